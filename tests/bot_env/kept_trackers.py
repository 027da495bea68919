"""Run in the bot env: conversations kept between turns by bot.runtime.tracker_store.SQLStore, against
what Rasa's own SQL tracker store reads back from the same SQLite file: two Rasa processes writing to
one conversation in turn, a turn that failed before it was saved, a new session, an erasure. Prints
JSON: for each case whether the tracker was read back in full, and whether it matches Rasa's own."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.runtime import tracker_store
from bot.runtime.tracker_store import SQLStore

DOMAIN = Domain.from_dict(
    {
        "intents": ["inform"],
        "slots": {"postcode": {"type": "text", "mappings": [{"type": "from_text"}]}},
    }
)
READ_IN_FULL: list[str] = []
_from_events = DialogueStateTracker.from_events.__func__  # type: ignore[attr-defined]


def _counted(cls: type, sender_id: str, *args: Any, **kwargs: Any) -> DialogueStateTracker:
    READ_IN_FULL.append(sender_id)
    return _from_events(cls, sender_id, *args, **kwargs)


DialogueStateTracker.from_events = classmethod(_counted)  # type: ignore[method-assign]


def a_turn(text: str) -> list[Any]:
    return [
        UserUttered(text, {"name": "inform", "confidence": 0.9}),
        SlotSet("postcode", text),
        ActionExecuted("action_listen"),
    ]


class Case:
    """One case: what each of our stores did, checked against Rasa's own reading of the file."""

    def __init__(self, db: Path) -> None:
        self.rasa = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(db))
        self.first = SQLStore(domain=DOMAIN, dialect="sqlite", db=str(db))
        self.second = SQLStore(domain=DOMAIN, dialect="sqlite", db=str(db))

    async def turn(self, store: SQLStore, text: str) -> None:
        tracker = await store.get_or_create_tracker("person")
        for event in a_turn(text):
            tracker.update(event)
        await store.save(tracker)

    async def read(self, store: SQLStore) -> dict[str, Any]:
        """What ``store`` gives Rasa for the next turn, whether it read it in full, and whether that
        is what Rasa's own store reads from the file."""
        READ_IN_FULL.clear()
        ours = await store.retrieve("person")
        in_full = bool(READ_IN_FULL)
        READ_IN_FULL.clear()
        rasas = await self.rasa.retrieve("person")
        state = ours.current_state(EventVerbosity.ALL) if ours else None
        return {
            "read_in_full": in_full,
            "same_as_rasas": state == (rasas.current_state(EventVerbosity.ALL) if rasas else None),
            "events": len(ours.events) if ours else None,
        }


async def cases(tmp: Path) -> dict[str, Any]:
    found: dict[str, Any] = {}

    case = Case(tmp / "kept.db")
    await case.turn(case.first, "DD1 4HN")
    await case.turn(case.first, "DD2 1TW")
    found["next_turn"] = await case.read(case.first)
    found["same_object"] = (await case.first.retrieve("person")) is (await case.first.retrieve("person"))

    await case.turn(case.second, "KY1 2AB")  # another Rasa process takes a turn
    found["after_another_process"] = await case.read(case.first)
    found["then_kept_again"] = await case.read(case.first)

    tracker = await case.first.retrieve("person")
    tracker.update(UserUttered("lost", {"name": "inform"}))  # the turn fails before it is saved
    found["after_an_unsaved_turn"] = await case.read(case.first)

    tracker = await case.second.retrieve("person")
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    tracker.update(ActionExecuted("action_listen"))
    await case.second.save(tracker)
    found["after_a_new_session_elsewhere"] = await case.read(case.first)

    with sqlite3.connect(tmp / "kept.db") as conn:
        conn.execute("DELETE FROM events WHERE sender_id = 'person'")
    found["after_erasure"] = await case.read(case.first)

    turns = Case(tmp / "statements.db")
    await turns.turn(turns.first, "DD1 4HN")
    sent: list[str] = []
    sa.event.listen(turns.first.engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    await turns.turn(turns.first, "DD2 1TW")
    found["statements_a_turn"] = [statement.split()[0] for statement in sent]
    found["then_as_rasas"] = await turns.read(turns.first)

    many = SQLStore(domain=DOMAIN, dialect="sqlite", db=str(tmp / "many.db"))
    for n in range(tracker_store.KEPT_TRACKERS + 50):
        await many.get_or_create_tracker(f"person-{n}")
    found["kept_at_most"] = (len(many.kept._kept), tracker_store.KEPT_TRACKERS)
    return found


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(asyncio.run(cases(Path(tmp)))), file=sys.stdout)


if __name__ == "__main__":
    main()
