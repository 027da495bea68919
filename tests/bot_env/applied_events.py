"""Run in the bot env: conversations grown one event at a time, with forms run, rejected and left,
turns reverted and restarts; at every step the applied events carried on (bot/runtime/applied_events)
against Rasa's own walk from the first event. Prints JSON."""

from __future__ import annotations

import copy
import json
import random
import time

from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.runtime import applied_events

rasas_own = DialogueStateTracker.applied_events
applied_events.install()
applied_events.install()
FORMS = ["referral_form", "booking_form", "consent_form"]


def a_form_turn(form: str) -> list[Event]:
    return [
        UserUttered("yes", {"name": "affirm"}),
        ActionExecuted(form),
        SlotSet("requested_slot", "age"),
        ActionExecuted("action_listen"),
    ]


def a_random_event(rng: random.Random) -> list[Event]:
    form = rng.choice(FORMS)
    choices = [
        lambda: a_form_turn(form),
        lambda: [ActiveLoop(form), ActionExecuted(form)],
        lambda: [ActiveLoop(None), ActionExecuted("utter_done")],
        lambda: [ActionExecutionRejected(form), ActionExecuted("action_safety")],
        lambda: [UserUttered("why?", {"name": "ask_why"}), ActionExecuted("utter_why"), ActionExecuted(form)],
        lambda: [UserUtteranceReverted()],
        lambda: [ActionReverted()],
        lambda: [Restarted()],
        lambda: [ActionExecuted("action_session_start"), SessionStarted()],
        lambda: [SlotSet("age", rng.randint(18, 90))],
    ]
    weights = [30, 8, 6, 5, 6, 2, 2, 1, 1, 6]
    return rng.choices(choices, weights)[0]()


def compared(seed: int) -> dict[str, int]:
    """A conversation grown from the seed: steps where both walks agree, and where they differ."""
    rng = random.Random(seed)
    tracker = DialogueStateTracker("someone", [])
    same = differ = 0
    for _ in range(rng.randint(20, 90)):
        for event in a_random_event(rng):
            tracker.update(event)
        asked = [applied_events.applied_events(tracker) for _ in range(rng.choice([1, 1, 2]))]
        if rng.random() < 0.05:
            tracker = copy.deepcopy(tracker)  # Rasa copies trackers; the walk kept must still hold
        expected = rasas_own(tracker)
        for found in asked:
            if [id(e) for e in found] == [id(e) for e in expected] or found == expected:
                same += 1
            else:
                differ += 1
        if applied_events.applied_events(tracker) != expected:
            differ += 1
    return {"same": same, "differ": differ}


def timed(walk, tracker: DialogueStateTracker) -> float:
    start = time.perf_counter()
    for _ in range(20):
        walk(tracker)
    return (time.perf_counter() - start) / 20 * 1000


def a_referral() -> DialogueStateTracker:
    """A long conversation of form turns, as a referral with its booking is."""
    tracker = DialogueStateTracker.from_events(
        "someone", [ActionExecuted("action_session_start"), SessionStarted()]
    )
    for form in FORMS:
        tracker.update(ActiveLoop(form))
        for _ in range(12):
            for event in a_form_turn(form):
                tracker.update(event)
        tracker.update(ActiveLoop(None))
    return tracker


def main() -> None:
    results = [compared(seed) for seed in range(300)]
    referral = a_referral()
    rasas_own(referral)
    applied_events.applied_events(referral)
    referral.update(UserUttered("ok", {"name": "affirm"}))
    print(
        json.dumps(
            {
                "installed": DialogueStateTracker.applied_events is applied_events.applied_events,
                "steps": sum(r["same"] + r["differ"] for r in results),
                "differ": sum(r["differ"] for r in results),
                "events": len(referral.events),
                "rasa_ms": timed(rasas_own, referral),
                "carried_on_ms": timed(applied_events.applied_events, referral),
            }
        )
    )


if __name__ == "__main__":
    main()
