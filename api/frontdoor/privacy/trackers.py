"""Rasa's conversation store, read and pruned from the app: transcripts for subject access, and
deletion for retention and erasure.

Rasa's SQL tracker store keeps one row per event in an ``events`` table (sender_id, type_name,
timestamp, data as JSON). On PostgreSQL it shares the app's database; on SQLite it is a file beside
the app's (see ``frontdoor.stack.bot.tracker_store``). Before Rasa has run, there is no table and
nothing to read or delete.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    inspect,
    select,
)

from frontdoor.db.session import make_engine, normalise_url
from frontdoor.settings import Settings
from frontdoor.stack.bot import tracker_store

EVENTS = Table(
    "events",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), index=True),
    Column("type_name", String(255)),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


def tracker_url(settings: Settings) -> str:
    store = tracker_store(settings)
    if store["dialect"] == "sqlite":
        return f"sqlite:///{store['db']}"
    return normalise_url(settings.database_url)


@lru_cache(maxsize=8)
def _engine(url: str) -> Engine:
    return make_engine(url)


def tracker_engine(settings: Settings) -> Engine:
    return _engine(tracker_url(settings))


def _has_events(engine: Engine) -> bool:
    return inspect(engine).has_table("events")


def delete_conversation(settings: Settings, sender_id: str) -> int:
    """Remove every event of one conversation; returns how many."""
    engine = tracker_engine(settings)
    if not _has_events(engine):
        return 0
    with engine.begin() as conn:
        return conn.execute(delete(EVENTS).where(EVENTS.c.sender_id == sender_id)).rowcount or 0


def delete_idle_conversations(settings: Settings, idle_since: datetime) -> tuple[int, int]:
    """Remove conversations whose last event is older than ``idle_since``: (conversations, events)."""
    engine = tracker_engine(settings)
    if not _has_events(engine):
        return 0, 0
    cutoff = idle_since.timestamp()
    idle = (
        select(EVENTS.c.sender_id).group_by(EVENTS.c.sender_id).having(func.max(EVENTS.c.timestamp) < cutoff)
    )
    with engine.begin() as conn:
        senders = list(conn.scalars(idle))
        removed = 0
        for start in range(0, len(senders), 500):
            chunk = senders[start : start + 500]
            removed += conn.execute(delete(EVENTS).where(EVENTS.c.sender_id.in_(chunk))).rowcount or 0
    return len(senders), removed


def transcript(settings: Settings, sender_id: str) -> list[dict[str, Any]]:
    """What the person said and what they were told, in order."""
    engine = tracker_engine(settings)
    if not _has_events(engine):
        return []
    with engine.connect() as conn:
        rows = conn.execute(
            select(EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.data)
            .where(EVENTS.c.sender_id == sender_id, EVENTS.c.type_name.in_(("user", "bot")))
            .order_by(EVENTS.c.id)
        ).all()
    out = []
    for kind, at, data in rows:
        event = json.loads(data or "{}")
        out.append(
            {
                "who": "person" if kind == "user" else "assistant",
                "at": datetime.fromtimestamp(at, UTC).isoformat(),
                "text": event.get("text"),
            }
        )
    return out
