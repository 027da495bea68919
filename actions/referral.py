"""The referral form: every question goes to the API, which reads the answer and plans the next one.

One generic validator serves every question: it sends the person's words (and Rasa's own guess at the
intent) to the API in one call per turn, and does what the API decided: keep the stored value (and any
other answer the same message gave), say kindly why it could not (``utter_invalid_<question>``), or
what the question means when they asked (``utter_explain_<question>``), and ask again, say what an
earlier answer was corrected to, or hand the message back to Rasa's rules as an interruption ("why do
you need that?", "can I talk to a person?") by rejecting the form for this turn.
The plan the API returns is kept in ``intake_questions``, so choosing the next question needs no call.

Browsing the full checklist adds two questions before "what is worrying you": which category
(``concern_category``), then which items in it (``concern_pick``, stored as the concerns answer).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call, channel_of
from actions.submit import tell_sent
from actions.turns import just_asked_again, just_told_why, opening, previous_message

FORM = "referral_form"
BROWSE = ("concern_category", "concern_pick")
# What the API's answer keeps beside the questions (the plan, who is spoken to, the read-back, the
# worry being scored): set only when it changes. Set again unchanged every turn, they were a third of
# a conversation's events, each one stored, read back and walked by Rasa on every later turn.
KEPT_BESIDE = frozenset(
    ("intake_questions", "speaking_to", "deciding", "review_summary", "concern_menu", "current_concern")
)


def only_changes(tracker: Tracker, events: list[EventType]) -> list[EventType]:
    """The events, without those that set a slot kept beside the questions to the value it has."""
    now = {name: tracker.get_slot(name) for name in KEPT_BESIDE}
    kept: list[EventType] = []
    for event in events:
        name = event.get("name") if event.get("event") == "slot" else None
        if name in now:
            if now[name] == event.get("value"):
                continue
            now[name] = event.get("value")
        kept.append(event)
    return kept


async def plan(tracker: Tracker) -> dict[str, Any]:
    return await call("POST", "/internal/referrals/plan", {"conversation_id": tracker.sender_id})


def _hint(field: str, problem: str, domain: DomainDict) -> str:
    """What to say when the answer could not be used: welcome back after a bare hello, the question
    explained in other words when they asked what it means, else the question's hint (a plainer one
    when not understood twice running: never the same hint a third time)."""
    if problem == "greeting":
        return "utter_welcome_back"
    if problem == "asks_who_sees":
        return "utter_why_consent_share"  # who sees what they tell us
    if problem == "asks_why_again":
        return f"utter_why_{field}_more"
    if f"utter_invalid_{field}_{problem}" in domain["responses"]:
        return f"utter_invalid_{field}_{problem}"
    explained = f"utter_explain_{field}"
    if problem == "asks_meaning" and explained in domain["responses"]:
        return explained
    return f"utter_invalid_{field}{'_again' if problem.endswith('_again') else ''}"


# The questions whose answer the person's first message can hold: "me" is read beside it, what it says
# of someone else is taken once they have agreed, and "as I said" at the postcode or age looks there.
OPENING_READ_AT = ("referrer_role", "on_behalf_agreed", "postcode", "age")


class ValidateReferralForm(FormValidationAction):
    def name(self) -> str:
        return "validate_referral_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        questions = tracker.get_slot("intake_questions")
        if questions is None:
            try:
                questions = (await plan(tracker))["questions"]
            except ApiUnavailable:
                return [s for s in domain_slots if s not in BROWSE]
        questions = list(questions)
        if "concerns_text" in questions and tracker.get_slot("browsing"):
            at = questions.index("concerns_text")
            questions[at:at] = list(BROWSE)
        return [q for q in questions if q in domain_slots]

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events: list[EventType] = []
        for field, text in tracker.slots_to_validate().items():
            if field not in self.domain_slots(domain) or text is None:
                continue
            events += await self._validate(field, str(text), dispatcher, tracker, domain)
        return events

    async def _validate(
        self, field: str, text: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = tracker.latest_message.get("intent") or {}
        body = {
            "conversation_id": tracker.sender_id,
            "field": "concerns_text" if field == "concern_pick" else field,
            "text": text,
            "sender_phone": ((tracker.get_last_event_for("user") or {}).get("metadata") or {}).get("phone"),
            "category": tracker.get_slot("concern_category") if field == "concern_pick" else None,
            "intent": intent.get("name"),
            "confidence": intent.get("confidence") or 0.0,
            "retry": just_asked_again(tracker, field),
            "told_why": just_told_why(tracker, field),
            "told_why_fully": just_told_why(tracker, field, fully=True),
            "opening": opening(tracker) if field in OPENING_READ_AT else None,
            "previous": previous_message(tracker) if field == "postcode" else None,
        }
        try:
            result = await call("PUT", "/internal/referrals/answer", body)
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return [SlotSet(field, None)]
        events = only_changes(tracker, self._apply(field, text, result, dispatcher, tracker, domain))
        if result.get("submitted"):
            # Nothing left to ask, so the API sent the referral with this answer: the form ends here,
            # and they hear what it said in the same turn, with no other action to call.
            events += await tell_sent(dispatcher, tracker, result["submitted"])
        return events

    def _apply(
        self,
        field: str,
        text: str,
        result: dict[str, Any],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[EventType]:
        """Do what the API decided about this answer."""
        plan_events: list[EventType] = [
            SlotSet("intake_questions", result["questions"]),
            SlotSet("speaking_to", result["speaking_to"]),
            SlotSet("deciding", result.get("deciding")),
        ]
        if result.get("interrupt"):
            return [*plan_events, SlotSet(field, None), ActionExecutionRejected(FORM)]
        if result.get("note"):
            dispatcher.utter_message(text=result["note"])
        summary = SlotSet("review_summary", result.get("summary"))
        menu = SlotSet("concern_menu", result.get("menu"))
        problem = result["problem"] or ""
        if problem == "browse":
            resets = [SlotSet(name, None) for name in (field, *BROWSE)]
            return [*plan_events, menu, SlotSet("browsing", "yes"), *resets]
        if problem.startswith(("changed:", "corrected:")):
            if problem.startswith("changed:"):
                dispatcher.utter_message(response="utter_changed")
            # "changed:concerns_text,concern_score": a worry added at the read-back is scored next.
            asked_next = problem.split(":", 1)[1].split(",")[1:]
            return [
                *plan_events,
                summary,
                SlotSet("current_concern", result.get("next_concern")),
                SlotSet(field, None),
                *(SlotSet(name, None) for name in asked_next),
            ]
        if problem.startswith("change:"):
            again = problem.split(":", 1)[1].split(",")
            return [*plan_events, summary, SlotSet(field, None), *(SlotSet(name, None) for name in again)]
        if not result["accepted"]:
            dispatcher.utter_message(response=_hint(field, problem, domain))
            return [*plan_events, SlotSet(field, None)]
        events: list[EventType] = [
            *plan_events,
            summary,
            menu,
            SlotSet("current_concern", result.get("next_concern")),
            *self._also_answered(field, result["values"], tracker),
        ]
        if field == "concern_category":
            return [*events, SlotSet(field, result["category"])]
        if field == "concern_pick":
            events += [
                SlotSet("concerns_text", text),
                SlotSet("browsing", None),
                SlotSet("concern_category", None),
            ]
        if field == "on_behalf_agreed" and result["values"].get("on_behalf_agreed") is False:
            dispatcher.utter_message(
                response="utter_on_behalf_not_agreed", site_phone=result.get("site_phone")
            )
        if field in ("concerns_text", "concern_pick") and not self._named_next(result, tracker):
            dispatcher.utter_message(response="utter_concerns_noted", concerns=", ".join(result["concerns"]))
        if field == "concern_score" and result.get("next_concern"):
            return [*events, SlotSet(field, None)]
        return [*events, SlotSet(field, text)]

    @staticmethod
    def _named_next(result: dict[str, Any], tracker: Tracker) -> bool:
        """By text, one worry noted is named by the question that follows ("How much is Money or
        finance a worry"), so it needs no text of its own to say it was noted: each text is paid for."""
        return channel_of(tracker) == "sms" and result["concerns"] == [result.get("next_concern")]

    @staticmethod
    def _also_answered(field: str, values: dict[str, Any], tracker: Tracker) -> list[EventType]:
        """Other questions the same message answered ("yes, bowel" is the diagnosis and the type)."""
        return [
            SlotSet(name, str(value))
            for name, value in values.items()
            if name != field and value is not None and tracker.slots.get(name, False) is None
        ]
