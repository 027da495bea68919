"""Asides in the middle of the questions: "why do you need that?" and "can I talk to a person?"."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call
from actions.referral import BROWSE, FORM, plan
from actions.start import carry_on

SURE = 0.85


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

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if not tracker.get_slot("consent_share"):
            # A number to call now, and the way in stays open ("I'm deaf, please text only" is no
            # reason to stop at a phone number).
            dispatcher.utter_message(response="utter_callback_no_consent")
            return [] if tracker.active_loop else await carry_on(dispatcher, tracker, domain)
        try:
            await call("POST", "/internal/referrals/callback", {"conversation_id": tracker.sender_id})
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        dispatcher.utter_message(response="utter_callback_noted")
        return []


class ActionGoBack(Action):
    """ "Go back": ask the previous question again (what was said stays until it is answered anew)."""

    def name(self) -> str:
        return "action_go_back"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        asked = tracker.get_slot("requested_slot")
        try:
            questions = (await plan(tracker))["questions"]
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        if asked in BROWSE:
            return [SlotSet(name, None) for name in ("browsing", *BROWSE)]
        if asked not in questions or questions.index(asked) == 0:
            dispatcher.utter_message(response="utter_at_first_question")
            return []
        previous = questions[questions.index(asked) - 1]
        if previous == "concern_score":
            previous = "concerns_text"
        dispatcher.utter_message(response="utter_going_back")
        rescore = [SlotSet("concern_score", None)] if previous == "concerns_text" else []
        return [SlotSet(previous, None), *rescore]


class ActionStartAgain(Action):
    """ "Start again": the API clears the answers (consent is kept) and the questions begin anew.

    Clearing cannot be undone, so it happens only when the model is sure that is what was meant.
    """

    def name(self) -> str:
        return "action_start_again"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if (tracker.latest_message.get("intent") or {}).get("confidence", 0) < SURE:
            dispatcher.utter_message(response="utter_start_again_unsure")
            return []
        try:
            await call("POST", "/internal/referrals/start-again", {"conversation_id": tracker.sender_id})
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        dispatcher.utter_message(response="utter_started_again")
        form_slots = domain["forms"][FORM]["required_slots"]
        cleared = (*form_slots, "browsing", "concern_menu", "intake_questions")
        return [*(SlotSet(name, None) for name in cleared), SlotSet("referral_state", "in_progress")]
