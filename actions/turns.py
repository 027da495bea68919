"""What the conversation so far says about the turn being handled."""

from __future__ import annotations

from rasa_sdk import Tracker


def just_asked_again(tracker: Tracker, field: str) -> bool:
    """Since the person's previous message, the bot said "please try again" for this question."""
    users = 0
    for event in reversed(tracker.events):
        users += event.get("event") == "user"
        if users == 2:
            return False
        said = (event.get("metadata") or {}).get("utter_action") if event.get("event") == "bot" else None
        if users == 1 and said == f"utter_invalid_{field}":
            return True
    return False
