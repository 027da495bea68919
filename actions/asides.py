"""Asides in the middle of the questions: "why do you need that?" and "can I talk to a person?"."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, save_answers


class ActionExplainWhy(Action):
    def name(self) -> str:
        return "action_explain_why"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        asked = tracker.get_slot("requested_slot")
        response = f"utter_why_{asked}"
        dispatcher.utter_message(
            response=response if response in domain["responses"] else "utter_why_general"
        )
        return []


class ActionRequestCallback(Action):
    """Records a call-back request (it raises the priority); without consent, gives a number to call."""

    def name(self) -> str:
        return "action_request_callback"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if not tracker.get_slot("consent_share"):
            dispatcher.utter_message(response="utter_callback_no_consent")
            return []
        try:
            save_answers(tracker, callback_requested=True)
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        dispatcher.utter_message(response="utter_callback_noted")
        return []
