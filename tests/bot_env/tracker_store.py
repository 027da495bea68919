"""Run in the bot env: one conversation saved and read back by Rasa's own SQL tracker store and by
bot.runtime.tracker_store.SQLStore, each into its own SQLite file; prints what each wrote and read."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.runtime.tracker_store import SQLStore

DOMAIN = Domain.from_dict(
    {
        "intents": ["greet", "inform"],
        "slots": {
            "postcode": {"type": "text", "mappings": [{"type": "from_text"}]},
            "intake_questions": {"type": "list", "mappings": [{"type": "custom"}]},
        },
        "responses": {"utter_ask_postcode": [{"text": "What is your postcode?"}]},
        "forms": {"referral_form": {"required_slots": ["postcode"]}},
    }
)


def turns(offset: float) -> list[Any]:
    return [
        ActionExecuted("action_session_start", timestamp=offset + 1),
        SessionStarted(timestamp=offset + 2),
        ActionExecuted("action_listen", timestamp=offset + 3),
        UserUttered(
            "hello, dziękuję ☺", {"name": "greet", "confidence": 0.9}, timestamp=offset + 4, message_id="m1"
        ),
        ActionExecuted("referral_form", timestamp=offset + 5),
        ActiveLoop("referral_form", timestamp=offset + 6),
        SlotSet("requested_slot", "postcode", timestamp=offset + 7),
        BotUttered(
            "What is your postcode?", metadata={"utter_action": "utter_ask_postcode"}, timestamp=offset + 8
        ),
        ActionExecuted("action_listen", timestamp=offset + 9),
        UserUttered("DD1 4HN", {"name": "inform", "confidence": 0.8}, timestamp=offset + 10, message_id="m2"),
        SlotSet("postcode", "DD1 4HN", timestamp=offset + 11),
        SlotSet("intake_questions", ["age", "has_diagnosis"], timestamp=offset + 12),
    ]


async def exercise(store: SQLTrackerStore) -> dict[str, Any]:
    """Event by event, as Rasa does: read the conversation back, add to it, save it."""
    for event in [*turns(0), *turns(100), ActionExecuted("action_listen", timestamp=200)]:
        tracker = await store.retrieve("person-1") or DialogueStateTracker("person-1", DOMAIN.slots)
        tracker.update(event)
        await store.save(tracker)
    read = await store.retrieve("person-1")
    full = await store.retrieve_full_tracker("person-1")
    return {
        "current_session": read.current_state(EventVerbosity.ALL),
        "all_sessions": full.current_state(EventVerbosity.ALL),
        "slots": {name: slot.value for name, slot in read.slots.items()},
        "missing": await store.retrieve("nobody") is None,
    }


def rows(db: Path) -> list[list[Any]]:
    with sqlite3.connect(db) as conn:
        return [
            [*row[:5], json.loads(row[5])]
            for row in conn.execute(
                "SELECT sender_id, type_name, timestamp, intent_name, action_name, data "
                "FROM events ORDER BY id"
            )
        ]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        found: dict[str, Any] = {}
        for name, cls in (("rasa", SQLTrackerStore), ("ours", SQLStore)):
            db = Path(tmp) / f"{name}.db"
            store = cls(domain=DOMAIN, dialect="sqlite", db=str(db))
            found[name] = asyncio.run(exercise(store))
            found[name]["rows"] = rows(db)
            with sqlite3.connect(db) as conn:
                found[name]["journal_mode"] = conn.execute("PRAGMA journal_mode").fetchone()[0]
            found[name]["class"] = type(store).__name__
        print(json.dumps(found), file=sys.stdout)


if __name__ == "__main__":
    main()
