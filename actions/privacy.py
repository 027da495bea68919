"""Deleting what a person told us, when they ask: confirmed once, then erased by the API."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call


class ActionAskDelete(Action):
    def name(self) -> str:
        return "action_ask_delete"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_ask_delete")
        return [SlotSet("delete_pending", True)]


class ActionDeleteData(Action):
    """Erase every referral, text and transcript of this conversation; then start afresh."""

    def name(self) -> str:
        return "action_delete_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            await call("POST", "/internal/referrals/erase", {"conversation_id": tracker.sender_id})
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return [SlotSet("delete_pending", False)]
        dispatcher.utter_message(response="utter_deleted")
        return [Restarted()]


class ActionKeepData(Action):
    def name(self) -> str:
        return "action_keep_data"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_kept")
        return [SlotSet("delete_pending", False)]
