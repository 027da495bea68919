"""Rasa's SQL tracker store as the stack configures it (endpoints: ``bot.runtime.tracker_store.SQLStore``).

Rasa's own ``SQLTrackerStore`` (same table, same rows, same queries for which events belong to the
current session), through Rasa's documented hook for a tracker store of one's own, with three changes
measured by ``make bench``:

- SQLite: the database uses write-ahead logging and each connection ``synchronous=NORMAL``, so a
  commit no longer waits for the disk (the commit alone was a sixth of Rasa's time in a turn), and
  waits up to 30 s for another writer's lock rather than 5 s;
- reading a conversation back looks each event's class up once per kind of event, where Rasa walks
  its whole tree of event classes for every stored event (a tenth of a turn);
- a turn's new events are written with one INSERT of many rows, not one ORM object each;
- the events' JSON is read and written with orjson, not the standard library (a twentieth of Rasa's
  busy time went to reading a conversation's JSON back). A value orjson cannot write (a dict with keys
  that are not strings) is written by the standard library, as before;
- the conversations last read or saved are kept in the process (see ``KeptTrackers``): a turn reads
  back only how many events are stored and when the latest was, and reads and replays the whole
  conversation only when that is not what was kept;
- a turn costs two statements, each its own transaction: the count that checks the kept
  conversation (above), and one INSERT of the turn's new events, which needs no count of its own as
  the turn's read-back made it (``StoredCounts``). Wrapped in a transaction, each statement would
  be three round trips to PostgreSQL (BEGIN, it, then COMMIT or ROLLBACK), each made while Rasa's
  event loop, which serves every conversation, waits;
- the current session's events are counted and read with statements built once, where Rasa builds an
  ORM query on every call (a millisecond each, twice a turn). Same filter, same rows.

On a 276-event conversation: reading it back 5.4 ms as Rasa does it here, 3.9 ms with the statements
built once, 0.3 ms when the kept tracker is still current; Rasa's CPU a turn 15% less under load
(bench/results/ab_2026-12-06_thirteenth.md).
"""

from __future__ import annotations

import itertools
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

import orjson
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 30_000
KEPT_TRACKERS = 200  # conversations kept in the process; 100 people at once is the load tested


@cache
def event_class(type_name: str) -> type[Event] | None:
    """Rasa's own lookup (``Event.resolve_by_type``), remembered: the event classes do not change
    while Rasa runs. An unknown name raises ValueError each time, as Rasa's does."""
    return Event.resolve_by_type(type_name)


def deserialise(stored: list[dict[str, Any]]) -> list[Event]:
    """``rasa.shared.core.events.deserialise_events`` with the class lookup remembered."""
    found: list[Event] = []
    for parameters in stored:
        name = parameters.get("event")
        if name is None:
            continue
        cls = event_class(name)
        event = cls._from_parameters(parameters) if cls else None
        if event:
            found.append(event)
        else:
            logger.warning("A stored event of kind %r could not be read back", name)
    return found


def _sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


V = TypeVar("V")


class MostRecent(OrderedDict[str, V]):
    """A dict of conversations that holds only the ``size`` most recently set: a process serving
    many people keeps what it needs for those talking now and forgets the rest."""

    def __init__(self, size: int = KEPT_TRACKERS) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, sender_id: str, value: V) -> None:
        super().__setitem__(sender_id, value)
        self.move_to_end(sender_id)
        while len(self) > self.size:
            self.popitem(last=False)


@dataclass(frozen=True)
class _Kept:
    tracker: DialogueStateTracker
    events: int  # how many events it had when read or saved: more means a turn that was not saved
    latest: float | None  # the latest timestamp among them


class KeptTrackers:
    """The conversations last read or saved by this process, most recent last.

    Reading a conversation back (every event's row and JSON, then every event replayed into a new
    tracker) was a fifth of Rasa's time in a turn, and the tracker so built starts each turn with
    nothing remembered (bot/runtime/applied_events.py). A kept tracker is used instead only while
    the store still holds exactly its events: the same number in the current session, the same
    latest timestamp, and no events added to it since that were not saved (a turn that failed part
    way). Anything written by another Rasa process, an erasure or a new session changes the count
    or the timestamp, and the conversation is read back in full, as Rasa does.
    """

    def __init__(self, size: int = KEPT_TRACKERS) -> None:
        self._kept: MostRecent[_Kept] = MostRecent(size)

    def keep(self, tracker: DialogueStateTracker) -> None:
        latest = max((event.timestamp for event in tracker.events), default=None)
        self._kept[tracker.sender_id] = _Kept(tracker, len(tracker.events), latest)

    def candidate(self, sender_id: str) -> _Kept | None:
        """The kept tracker for ``sender_id`` if nothing unsaved was added to it since."""
        kept = self._kept.get(sender_id)
        if kept is not None and len(kept.tracker.events) != kept.events:
            del self._kept[sender_id]
            return None
        return kept

    def forget(self, sender_id: str) -> None:
        self._kept.pop(sender_id, None)


class SQLStore(SQLTrackerStore):
    """Rasa's SQL tracker store: WAL on SQLite, events read back and written in bulk."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            # Rasa's engine opens and closes a connection for every read and write; closing the last
            # one checkpoints the log to disk. Kept open instead, and set up as above.
            url = self.engine.url
            self.engine.dispose()
            self.engine = sa.create_engine(
                url, poolclass=sa.pool.QueuePool, pool_size=2, connect_args={"check_same_thread": False}
            )
            sa.event.listen(self.engine, "connect", _sqlite_connection)
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")  # kept in the file from now on
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
        # Each read, and a turn's one INSERT, is a single statement: it needs no BEGIN and COMMIT (or
        # ROLLBACK) around it, each a round trip of its own to PostgreSQL.
        self.statements = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self.kept = KeptTrackers()
        self.counted = StoredCounts()

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        with self.statements.connect() as connection:
            kept = None if fetch_events_from_all_sessions else self._still_stored(connection, sender_id)
            if kept is not None:
                return kept
            query = _events_of(self.SQLEvent.__table__, fetch_events_from_all_sessions)
            stored = [_parsed(data) for (data,) in connection.execute(query, {"sender_id": sender_id})]
        if not fetch_events_from_all_sessions:
            self.counted.note(sender_id, len(stored))
        if not (self.domain and stored):
            self.kept.forget(sender_id)
            return None
        tracker = DialogueStateTracker.from_events(sender_id, deserialise(stored), self.domain.slots)
        if not fetch_events_from_all_sessions:
            self.kept.keep(tracker)
        return tracker

    def _still_stored(self, connection: sa.engine.Connection, sender_id: str) -> DialogueStateTracker | None:
        """The kept tracker, if the current session's stored events are exactly its events."""
        kept = self.kept.candidate(sender_id)
        if kept is None:
            return None
        count, latest = connection.execute(_count_of(self.SQLEvent.__table__), {"sender_id": sender_id}).one()
        if count == kept.events and latest == kept.latest:
            self.counted.note(sender_id, count)
            return kept.tracker
        self.kept.forget(sender_id)
        return None

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.statements.connect() as connection:
            stored = self.counted.take(tracker.sender_id)
            sender = {"sender_id": tracker.sender_id}
            if stored is None:  # not read back in this turn: counted now
                stored = connection.execute(_count_of(self.SQLEvent.__table__), sender).one()[0]
            new = list(itertools.islice(tracker.events, stored, len(tracker.events)))
            if new:
                rows = [_row(tracker.sender_id, event) for event in new]
                connection.execute(sa.insert(self.SQLEvent.__table__), rows)
        self.kept.keep(tracker)


class StoredCounts:
    """How many events of each conversation's current session were stored when its turn read it back.
    Rasa holds the conversation's lock from that read to the save at the end of the turn, so nothing
    else writes to it between: the save needs no count of its own. Taken once; a save not preceded by a
    read in this process counts for itself."""

    def __init__(self, size: int = KEPT_TRACKERS) -> None:
        self._counts: MostRecent[int] = MostRecent(size)

    def note(self, sender_id: str, count: int) -> None:
        self._counts[sender_id] = count

    def take(self, sender_id: str) -> int | None:
        return self._counts.pop(sender_id, None)


def _current_session(table: sa.Table) -> sa.sql.ColumnElement:
    """Rasa's ``SQLTrackerStore._event_query`` filter, as a statement built once rather than an ORM
    query built on every call (a millisecond each): the sender's events from the timestamp of their
    latest ``session_started``, or all of them when there is none."""
    started = (
        sa.select(sa.func.max(table.c.timestamp))
        .where(table.c.sender_id == sa.bindparam("sender_id"), table.c.type_name == SessionStarted.type_name)
        .scalar_subquery()
    )
    return sa.and_(
        table.c.sender_id == sa.bindparam("sender_id"),
        sa.or_(table.c.timestamp >= started, started.is_(None)),
    )


@cache
def _events_of(table: sa.Table, all_sessions: bool) -> sa.sql.Select:
    """The stored events' JSON, in the order they were written."""
    where = table.c.sender_id == sa.bindparam("sender_id") if all_sessions else _current_session(table)
    return sa.select(table.c.data).where(where).order_by(table.c.id)


@cache
def _count_of(table: sa.Table) -> sa.sql.Select:
    """How many events the current session has stored, and the latest timestamp among them."""
    return sa.select(sa.func.count(table.c.id), sa.func.max(table.c.timestamp)).where(_current_session(table))


def _row(sender_id: str, event: Event) -> dict[str, Any]:
    """The row Rasa's own ``SQLTrackerStore.save`` writes for an event."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": _json(data),
    }


def _parsed(data: str) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:  # NaN or Infinity, which the standard library writes and reads
        return json.loads(data)


def _json(data: dict[str, Any]) -> str:
    try:
        return orjson.dumps(data).decode()
    except TypeError:  # orjson.JSONEncodeError: keys that are not strings, say
        return json.dumps(data)
