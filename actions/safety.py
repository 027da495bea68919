"""Safety first, whatever the conversation was doing (``bot/policies/safety_question.py`` decides when).

``action_safety_pass``: a possible risk of a kind already asked about is the form's answer after all.
``action_safety_reply``: a message raised a risk. The API records it and returns the reviewed wording:
help for a clear risk, or the kind's direct question for a possible one (then ``safety_question`` holds
the kind until the answer); a side effect written as someone's worries is read as their answer too,
after the help. ``action_safety_answer``: the next message, sent to the API as the answer;
when the API says the words that raised the question also answer the question they interrupted ("what
is worrying you?", settled by a no), the form's validator reads them now, so the person need not write
them again.
If the API cannot be reached, the person still gets help: the reply for the kind is read from the same
content file, and no question is left pending.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call, channel_of
from actions.booking import ValidateBookingForm
from actions.consent import ValidateConsentForm
from actions.referral import ValidateReferralForm
from frontdoor.safety.wording import offline_reply

logger = logging.getLogger(__name__)
SAFETY_INTENT = "safety_alert"
PENDING = "safety_question"
ASKED = "safety_question_asked"
ASKED_ABOUT = "safety_question_about"
ASKED_KINDS = "safety_asked_kinds"
# Each form's own validator, by form name: what reads an answer that action_safety_pass hands on.
VALIDATORS: dict[str, type[Action]] = {
    "booking_form": ValidateBookingForm,
    "consent_form": ValidateConsentForm,
    "referral_form": ValidateReferralForm,
}


def safety_file() -> Path:
    """content/safety.yml, for the offline reply: where FRONTDOOR_CONTENT_DIR (or CONTENT_DIR) says, else
    the project's content/ beside actions/ (the action server's image copies it to /app/content). Only
    the dependency-free wording module is imported here: the detector needs spaCy, which that image
    does not have."""
    base = os.environ.get("FRONTDOOR_CONTENT_DIR") or os.environ.get("CONTENT_DIR")
    content = Path(base) if base else Path(__file__).resolve().parents[1] / "content"
    return content / "safety.yml"


def _pending(tracker: Tracker, kind: str | None, asked: int, about: str = "self") -> list[dict[str, Any]]:
    """The question now awaiting an answer (or none), whose risk it asks about (asked again, it asks
    about them), and every kind asked about so far: a possible risk of a kind already asked about is
    not asked about again (``bot/policies/safety_question.py``)."""
    events = [
        SlotSet(PENDING, kind),
        SlotSet(ASKED, float(asked) if kind else None),
        SlotSet(ASKED_ABOUT, about if kind else None),
    ]
    if kind:
        events.append(SlotSet(ASKED_KINDS, sorted({*(tracker.get_slot(ASKED_KINDS) or []), kind})))
    return events


def _not_the_forms_answer(tracker: Tracker) -> list[dict[str, Any]]:
    """Rasa's slot mappings read every message as the answer to the active form's question before any
    action runs ("yes" to the safety question would be consent; "sometimes" a concern). A message
    handled here is never that answer: the question's slot (empty until answered) is emptied again, so
    the form asks it again."""
    requested = tracker.get_slot("requested_slot")
    return [SlotSet(requested, None)] if tracker.active_loop_name and requested else []


def _offline(dispatcher: CollectingDispatcher, tracker: Tracker, kind: str) -> list[dict[str, Any]]:
    logger.warning("safety event not recorded: API unavailable")
    dispatcher.utter_message(text=offline_reply(safety_file(), kind))
    return _pending(tracker, None, 0)


class ActionSafetyReply(Action):
    def name(self) -> str:
        return "action_safety_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        found = tracker.latest_message.get("safety") or {}
        kind = found.get("kind") or "general"
        try:
            result = await call(
                "POST",
                "/internal/safety/flags",
                {
                    "conversation_id": tracker.sender_id,
                    "channel": channel_of(tracker),
                    "kind": kind,
                    "excerpt": found.get("excerpt"),
                    "source": "intent" if found.get("rule", "intent") == "intent" else "patterns",
                    "certainty": found.get("level") or "clear",
                    "about": found.get("about") or "self",
                    "interrupted": tracker.get_slot("requested_slot") if tracker.active_loop_name else None,
                },
            )
        except ApiUnavailable:
            return [*_not_the_forms_answer(tracker), *_offline(dispatcher, tracker, kind)]
        dispatcher.utter_message(text=result["reply"])
        about = found.get("about") or "self"
        events = [*_not_the_forms_answer(tracker), *_pending(tracker, result.get("asking"), 1, about)]
        if result.get("answers_interrupted"):
            # Worries written with a side effect that needs a call ("sick all day on the chemo, and the
            # bills"): after the help, they are read as the answer, not asked for again.
            events += await _as_the_forms_answer(dispatcher, tracker, domain, tracker.latest_message)
        return events


class ActionSafetyAnswer(Action):
    def name(self) -> str:
        return "action_safety_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        kind = tracker.get_slot(PENDING) or "general"
        asked_about = tracker.get_slot(ASKED_ABOUT) or "self"
        found = tracker.latest_message.get("safety") or {}
        level = found.get("level")
        kinds = found.get("kinds") or ([found["kind"]] if found.get("kind") else [])
        try:
            result = await call(
                "POST",
                "/internal/safety/answer",
                {
                    "conversation_id": tracker.sender_id,
                    "channel": channel_of(tracker),
                    "kind": kind,
                    "asked": int(tracker.get_slot(ASKED) or 1),
                    "text": tracker.latest_message.get("text") or "",
                    "clear": kinds if level == "clear" else [],
                    "possible": kinds if level == "possible" else [],
                    "excerpt": found.get("excerpt"),
                    "about": found.get("about") or "self",
                    "asked_about": asked_about,
                    "interrupted": tracker.get_slot("requested_slot") if tracker.active_loop_name else None,
                },
            )
        except ApiUnavailable:
            return [*_not_the_forms_answer(tracker), *_offline(dispatcher, tracker, kind)]
        dispatcher.utter_message(text=result["reply"])
        # A new question ("ask") is about whom the answer's words name; asked again, about the same.
        about = (found.get("about") or "self") if result.get("outcome") == "ask" else asked_about
        events = [
            *_not_the_forms_answer(tracker),
            *_pending(tracker, result.get("asking"), result.get("asked") or 1, about),
        ]
        raised = _raised_the_question(tracker) if result.get("answers_interrupted") else None
        if raised is not None:
            # "What is worrying you?" answered in words that raised the question, now settled: those
            # words are read as the answer, so they need not write it all again.
            events += await _as_the_forms_answer(dispatcher, tracker, domain, raised)
        return events


class ActionSafetyPass(Action):
    """The slot mappings never read a message flagged as a risk as the form's answer. When the policy
    lets one through (a possible risk of a kind already asked about: "ky8 4hn an im 38" again after the
    question about a temperature), the form's own validator reads it here as the answer to the question
    being asked (Rasa's form validates only what follows the person's message directly)."""

    def name(self) -> str:
        return "action_safety_pass"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return await _as_the_forms_answer(dispatcher, tracker, domain, tracker.latest_message)


async def _as_the_forms_answer(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, message: dict[str, Any]
) -> list[dict[str, Any]]:
    """``message`` read by the active form's own validator as the answer to the question being asked."""
    requested = tracker.get_slot("requested_slot")
    text = message.get("text")
    validator = VALIDATORS.get(tracker.active_loop_name or "")
    if not (requested and text and validator):
        return []
    answered = Tracker(
        tracker.sender_id,
        {**tracker.current_slot_values(), requested: text},
        message,
        [*tracker.events, {"event": "slot", "name": requested, "value": text}],
        tracker.is_paused(),
        tracker.followup_action,
        tracker.active_loop,
        tracker.latest_action_name,
    )
    return await validator().run(dispatcher, answered, domain)


def _raised_the_question(tracker: Tracker) -> dict[str, Any] | None:
    """The person's message that raised the safety question now answered: their last one before this
    answer that was flagged as a risk (the question is asked at most twice, so it is among the messages
    the action is sent)."""
    said = [e for e in tracker.events if e.get("event") == "user"][:-1]
    flagged = [
        e for e in said if ((e.get("parse_data") or {}).get("intent") or {}).get("name") == SAFETY_INTENT
    ]
    return {**flagged[-1]["parse_data"], "text": flagged[-1].get("text")} if flagged else None
