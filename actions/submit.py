"""Submitting the referral to the link worker queue and telling the person their reference."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call


class ActionSubmitReferral(Action):
    def name(self) -> str:
        return "action_submit_referral"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            result = call("POST", "/internal/referrals/submit", {"conversation_id": tracker.sender_id})
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        dispatcher.utter_message(response="utter_submitted", referral_reference=result["reference"])
        return [SlotSet("referral_reference", result["reference"])]
