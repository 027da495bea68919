"""Rasa's applied events carried on from where the last look got to, not worked out from the first event.

``DialogueStateTracker.applied_events()`` walks every event of the conversation, setting aside those
undone (a form's repeated runs, reverted turns, everything before a restart): at the end of a referral,
about 300 events, some 6 ms a call. Rasa calls it three or four times a turn on the same tracker (its
session check, each rule prediction through ``past_states``, the action server's payload), each time
from the first event, though only a few events were added since the last call.

``install()`` keeps, on each tracker, how far the walk got and what it had kept, and carries on from
there when the events it walked are still the tracker's first ones. Each event is judged exactly as
Rasa judges it, with Rasa's own helpers. The walk starts again from the first event when anything else
changed: fewer events, a different event where the last walk ended, or a form or loop named that the
conversation had not named before (a loop's name changes how its earlier runs are read).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

WALKED = "_applied_events_walked"  # where a tracker keeps its last walk


@dataclass(frozen=True)
class Walk:
    count: int  # events walked
    last: Event | None  # the last of them, to tell they are still the same ones
    loops: frozenset[str]  # the loops named in them
    kept: tuple[Event, ...]  # what was applied


def loop_names(events: Iterable[Event]) -> frozenset[str]:
    return frozenset(event.name for event in events if isinstance(event, ActiveLoop) and event.name)


def walk(
    tracker: DialogueStateTracker,
    events: Iterable[Event],
    loops: frozenset[str],
    kept: list[Event],
) -> list[Event]:
    """Each event judged as Rasa's ``applied_events`` judges it, after ``kept``."""
    for event in events:
        if isinstance(event, (Restarted, SessionStarted)):
            kept = []
        elif isinstance(event, ActionReverted):
            tracker._undo_till_previous(ActionExecuted, kept)
        elif isinstance(event, UserUtteranceReverted):
            tracker._undo_till_previous(UserUttered, kept)
            tracker._undo_till_previous(ActionExecuted, kept)
        elif (
            isinstance(event, ActionExecuted)
            and event.action_name in loops
            and not tracker._first_loop_execution_or_unhappy_path(event.action_name, kept)
        ):
            tracker._undo_till_previous_loop_execution(event.action_name, kept)
        else:
            kept.append(event)
    return kept


def _carried_on(tracker: DialogueStateTracker, before: Walk | None) -> list[Event] | None:
    """What the last walk kept, with the events added since (which name no loop it had not seen); None
    when it cannot be carried on."""
    events = tracker.events
    if before is None or before.count > len(events):
        return None
    if before.count and events[before.count - 1] is not before.last:
        return None
    added = list(islice(events, before.count, None))
    if not loop_names(added) <= before.loops:
        return None
    return walk(tracker, added, before.loops, list(before.kept))


def applied_events(self: DialogueStateTracker) -> list[Event]:
    """All events that should be applied, without reverted ones: Rasa's answer, carried on."""
    walked = self.__dict__.get(WALKED)
    kept = _carried_on(self, walked)
    loops = walked.loops if kept is not None and walked is not None else loop_names(self.events)
    if kept is None:
        kept = walk(self, self.events, loops, [])
    count = len(self.events)
    self.__dict__[WALKED] = Walk(count, self.events[-1] if count else None, loops, tuple(kept))
    return kept


applied_events.carries_on = True  # type: ignore[attr-defined]


def install() -> None:
    """Carry each tracker's applied events on from its last walk. Installing twice changes nothing."""
    if not getattr(DialogueStateTracker.applied_events, "carries_on", False):
        DialogueStateTracker.applied_events = applied_events  # type: ignore[method-assign]
