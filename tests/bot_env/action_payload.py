"""Run in the bot env: a long conversation's action call, as Rasa builds it and as installed; and what
the actions' own look-backs (actions/turns.py) and rasa-sdk's read from each. Prints JSON."""

from __future__ import annotations

import json
from typing import Any

from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk import Tracker

from actions import turns
from bot.runtime import action_payload

FIELDS = ["postcode", "age", "has_diagnosis", "concerns_text", "concern_score", "review_confirm"]


def conversation() -> DialogueStateTracker:
    """Twenty questions answered, 'please try again' and 'why' among them, as Rasa records them."""
    domain = Domain.load("bot/domain")
    tracker = DialogueStateTracker("someone", domain.slots)
    tracker.update(SessionStarted())
    tracker.update(UserUttered("hi, my dad has cancer", {"name": "greet", "confidence": 0.9}))
    for n in range(20):
        field = FIELDS[n % len(FIELDS)]
        tracker.update(SlotSet("requested_slot", field))
        tracker.update(BotUttered(f"question {n}", metadata={"utter_action": f"utter_ask_{field}"}))
        tracker.update(ActionExecuted("action_listen"))
        tracker.update(UserUttered(f"answer {n}", {"name": "inform", "confidence": 0.9}, input_channel="sms"))
        if n in (17, 18):  # hinted after their message: 18's counts at 19, "since their previous message"
            tracker.update(BotUttered("try again", metadata={"utter_action": f"utter_invalid_{field}"}))
            tracker.update(BotUttered("because", metadata={"utter_action": f"utter_why_{field}"}))
        tracker.update(SlotSet(field, f"answer {n}"))
    return tracker


def read(state: dict[str, Any]) -> dict[str, Any]:
    """What the actions see in a tracker state."""
    sdk = Tracker.from_dict(state)
    return {
        "asked_again": {f: turns.just_asked_again(sdk, f) for f in FIELDS},
        "told_why": {f: turns.just_told_why(sdk, f) for f in FIELDS},
        "answered_before": {f: turns.answered_before(sdk, f) for f in FIELDS},
        "opening": turns.opening(sdk),
        "previous": turns.previous_message(sdk),
        "channel": sdk.get_latest_input_channel(),
        "to_validate": sdk.slots_to_validate(),
        "slots": sdk.current_slot_values(),
        "latest": sdk.latest_message.get("text"),
    }


def main() -> None:
    tracker = conversation()
    domain = Domain.load("bot/domain")
    action = RemoteAction("validate_referral_form", None)
    rasa_own = action._action_call_format(tracker, domain)
    installed = action_payload.install()
    ours = action._action_call_format(tracker, domain)
    print(
        json.dumps(
            {
                "installed": installed,
                "same_apart_from_events": {k: v for k, v in rasa_own["tracker"].items() if k != "events"}
                == {k: v for k, v in ours["tracker"].items() if k != "events"},
                "same_keys": sorted(rasa_own) == sorted(ours),
                "events": [len(rasa_own["tracker"]["events"]), len(ours["tracker"]["events"])],
                "bytes": [len(json.dumps(rasa_own)), len(json.dumps(ours))],
                "rasa": read(rasa_own["tracker"]),
                "ours": read(ours["tracker"]),
            }
        )
    )


if __name__ == "__main__":
    main()
