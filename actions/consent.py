"""Consent to share: only once the person says yes does anything get stored."""

from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call, channel_of, save_answers
from actions.turns import just_asked_again, just_told_why


class ValidateConsentForm(FormValidationAction):
    """The privacy question's own reader (the API's) gets every typed message first; only what it cannot
    use, said as a sure interruption ("delete everything"), leaves the question for the bot's rules."""

    def name(self) -> str:
        return "validate_consent_form"

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        value = tracker.slots_to_validate().get("consent_share")
        if value is None:
            return []
        return self._decided(await self._answer(value, dispatcher, tracker), dispatcher)

    async def _answer(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        typed = tracker.latest_message.get("text") or ""
        if typed and not typed.startswith("/"):
            # Typed, not a button: the reader decides, not the intent model ("Before I say yes, who
            # exactly would see it? I don't want it going all over the place" is no "no").
            return await self._read(typed, dispatcher, tracker)
        if value is not True:
            return [SlotSet("consent_share", value)]
        try:
            await save_answers(tracker, consent_share=True)
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return [SlotSet("consent_share", None)]
        return [SlotSet("consent_share", True), SlotSet("intake_questions", None)]

    async def _read(self, typed: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        intent = tracker.latest_message.get("intent") or {}
        told = just_told_why(tracker, "consent_share")
        said = {
            "text": typed,
            "conversation_id": tracker.sender_id,
            "channel": channel_of(tracker),
            "intent": intent.get("name"),
            "confidence": intent.get("confidence") or 0.0,
            "told_why": told,
        }
        try:
            read = await call("POST", "/internal/consent/read", said)
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return [SlotSet("consent_share", None)]
        if read.get("interrupt"):
            return [SlotSet("consent_share", None), ActionExecutionRejected("consent_form")]
        told_fully = just_told_why(tracker, "consent_share", fully=True)
        if read.get("asks") and not told_fully:
            # Asked again once told: the full notice, never the same words twice running.
            why = "utter_why_consent_share_more" if told else "utter_why_consent_share"
            dispatcher.utter_message(response=why)
            return [SlotSet("consent_share", None)]
        if read["agreed"] is None and (told_fully or just_asked_again(tracker, "consent_share")):
            # Never a third time: nothing is kept, and they hear that hello starts it again.
            dispatcher.utter_message(response="utter_consent_unclear_again")
            return [SlotSet("consent_share", False)]
        if read["agreed"] is None:
            dispatcher.utter_message(response="utter_invalid_consent_share")
            return [SlotSet("consent_share", None)]
        # A yes was stored by the reader, and the first questions come with it: the form asks them
        # without asking the API again.
        return [SlotSet("consent_share", read["agreed"]), SlotSet("intake_questions", read["questions"])]

    @staticmethod
    def _decided(events: list[EventType], dispatcher: CollectingDispatcher) -> list[EventType]:
        """A yes goes on to the questions; a no keeps nothing, and they hear another way in. Either
        ends the form in this turn, with no other action to call."""
        agreed = next(
            (e["value"] for e in events if e.get("event") == "slot" and e["name"] == "consent_share"), None
        )
        if agreed is True:
            return [*events, SlotSet("referral_state", "in_progress")]
        if agreed is False:
            dispatcher.utter_message(response="utter_no_consent")
            return [
                SlotSet("consent_share", None),
                SlotSet("referral_state", "declined"),
                SlotSet("requested_slot", None),
            ]
        return events
