"""What the conversation so far says about the turn being handled."""

from __future__ import annotations

from rasa_sdk import Tracker

# Said before a question is asked again: "please try again", or "I can only help with..." when the
# last answer was taken for something off the subject.
ASKED_AGAIN_AFTER = ("utter_off_topic",)


# Where the first hint answers an answer rather than a failed reading: at the read-back it follows a
# "no" ("No problem. When you are ready, reply yes..."), so only the plainer hint makes a second try.
SECOND_TRY_AFTER = {"review_confirm": ("utter_invalid_review_confirm_again",)}


def just_asked_again(tracker: Tracker, field: str) -> bool:
    """Since the person's previous message, the bot said "please try again" for this question, explained
    it, or said that it can only help with support (then asked it again)."""
    hints = SECOND_TRY_AFTER.get(field) or (
        f"utter_invalid_{field}",
        f"utter_explain_{field}",
        *ASKED_AGAIN_AFTER,
    )
    return _said_since_their_last_message(tracker, hints, prefix=field not in SECOND_TRY_AFTER)


def just_told_why(tracker: Tracker, field: str, fully: bool = False) -> bool:
    """Since the person's previous message, the bot said why it asks this question (then asked it again);
    ``fully``: with the fuller reason given to a second "why?"."""
    told = (f"utter_why_{field}_more",)
    if not fully:
        told += (f"utter_why_{field}", "utter_why_general")
    return _said_since_their_last_message(tracker, told)


def _said_since_their_last_message(
    tracker: Tracker, responses: tuple[str, ...], prefix: bool = False
) -> bool:
    """``prefix``: any response whose name begins with one of these ("utter_invalid_age" covers
    "utter_invalid_age_again" and "utter_invalid_age_not_their_age")."""
    users = 0
    for event in reversed(tracker.events):
        users += event.get("event") == "user"
        if users == 2:
            return False
        said = (event.get("metadata") or {}).get("utter_action") if event.get("event") == "bot" else None
        if users == 1 and said and (said.startswith(responses) if prefix else said in responses):
            return True
    return False


def answered_before(tracker: Tracker, field: str) -> bool:
    """The person's previous message answered this same question too: it is being asked again (the
    same times offered again, say), so this answer is a second try whatever the bot said between."""
    users = 0
    for event in reversed(tracker.events):
        users += event.get("event") == "user"
        if users == 2 and event.get("event") == "slot" and event.get("name") == "requested_slot":
            return event.get("value") == field
    return False


def _their_messages(tracker: Tracker) -> list[str | None]:
    return [e.get("text") for e in tracker.events if e.get("event") == "user"]


def previous_message(tracker: Tracker) -> str | None:
    """The person's message before the one being read ("dl14" before "6QH"), short ones only."""
    said = _their_messages(tracker)
    return said[-2] if len(said) > 1 and said[-2] and len(said[-2]) <= 200 else None


def opening(tracker: Tracker) -> str | None:
    """The person's first message in this conversation, when the message being read is a later one."""
    said = _their_messages(tracker)
    return said[0][:2000] if len(said) > 1 and said[0] else None
