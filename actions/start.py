"""Hello, or hello again: a new person starts at the beginning, an unfinished referral carries on,
and someone who has already sent theirs is told where it is rather than starting a duplicate."""

from __future__ import annotations

import os
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiNotFound, ApiUnavailable, call


class ActionStart(Action):
    def name(self) -> str:
        return "action_start"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            plan = call("POST", "/internal/referrals/plan", {"conversation_id": tracker.sender_id})
        except ApiNotFound:
            plan = None
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        if plan is None:
            dispatcher.utter_message(response="utter_welcome")
            privacy = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/") + "/privacy"
            return [SlotSet("referral_state", "new"), SlotSet("privacy_url", privacy)]
        if plan["status"] == "in_progress":
            dispatcher.utter_message(response="utter_welcome_back")
            return [SlotSet("referral_state", "in_progress")]
        if plan["status"] == "ineligible":
            dispatcher.utter_message(response="utter_not_eligible_again")
        else:
            dispatcher.utter_message(response="utter_already_sent", referral_reference=plan["reference"])
        return [SlotSet("referral_state", "sent")]
