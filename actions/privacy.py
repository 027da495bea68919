"""Deleting what a person told us, when they ask: confirmed once, then erased by the API."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiNotFound, ApiUnavailable, call
from actions.start import carry_on


class ActionAskDelete(Action):
    """ "Delete my details": asked to confirm, when the words ask it. The model can hear it in a first
    message that does not ("Hello, I had a mastectomy and my breast care nurse gave me your details");
    that message is then the way in, as hello is. With the API out of reach, the question is asked."""

    def name(self) -> str:
        return "action_ask_delete"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        try:
            said = await call("POST", "/internal/intents/said", {"intent": "delete_my_data", "text": text})
        except (ApiNotFound, ApiUnavailable):
            said = {"said": True}
        if not said["said"]:
            return await carry_on(dispatcher, tracker, domain)
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
