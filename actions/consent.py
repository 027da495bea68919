"""Consent to share: only once the person says yes does anything get stored."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call, channel_of, save_answers
from actions.turns import just_asked_again, just_told_why


class ValidateConsentForm(FormValidationAction):
    def name(self) -> str:
        return "validate_consent_form"

    async def validate_consent_share(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        typed = tracker.latest_message.get("text") or ""
        if not isinstance(value, str) and typed and not typed.startswith("/"):
            # Typed, not a button: the question's own reader decides, not the intent model ("Before I
            # say yes, who exactly would see it? I don't want it going all over the place" is no "no").
            value = typed
        if isinstance(value, str):
            said = {"text": value, "conversation_id": tracker.sender_id, "channel": channel_of(tracker)}
            try:
                read = await call("POST", "/internal/consent/read", said)
            except ApiUnavailable:
                dispatcher.utter_message(response="utter_technical_problem")
                return {"consent_share": None}
            value = read["agreed"]
            if read.get("asks"):
                # Asked again once told: the full notice, never the same words twice running.
                told = just_told_why(tracker, "consent_share")
                why = "utter_why_consent_share_more" if told else "utter_why_consent_share"
                dispatcher.utter_message(response=why)
                return {"consent_share": None}
            if value is None and just_asked_again(tracker, "consent_share"):
                # Never a third time: nothing is kept, and they hear that hello starts it again.
                dispatcher.utter_message(response="utter_consent_unclear_again")
                return {"consent_share": False}
            if value is None:
                dispatcher.utter_message(response="utter_invalid_consent_share")
                return {"consent_share": None}
            if value is True:
                # Stored by the reader; the first questions come with it, so the form asks them
                # without asking the API again.
                return {"consent_share": True, "intake_questions": read["questions"]}
        if value is not True:
            return {"consent_share": value}
        try:
            await save_answers(tracker, consent_share=True)
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return {"consent_share": None}
        return {"consent_share": True, "intake_questions": None}


class ActionAfterConsent(Action):
    """Yes: on to the referral questions. No: nothing is kept, and they get another way in."""

    def name(self) -> str:
        return "action_after_consent"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if tracker.get_slot("consent_share"):
            return [SlotSet("referral_state", "in_progress")]  # the questions were set with the yes
        dispatcher.utter_message(response="utter_no_consent")
        return [SlotSet("consent_share", None), SlotSet("referral_state", "declined")]
