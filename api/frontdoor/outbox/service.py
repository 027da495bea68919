"""Queueing messages and sending the ones that are due, once each.

A row is claimed by moving it from ``queued`` to ``sending`` in its own transaction (on PostgreSQL
with ``FOR UPDATE SKIP LOCKED``, so two workers never take the same row; SQLite serialises writers).
A failed send is retried with exponential backoff and marked ``failed`` after the last try, where
staff can see it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdoor.outbox.models import SENT_DESPITE_STOP, OutboxMessage
from frontdoor.sms.gsm import segment_count, to_gsm7
from frontdoor.sms.models import SmsOptOut

MAX_ATTEMPTS = 5
BASE_DELAY = timedelta(seconds=30)


class SendError(Exception):
    """The provider refused or could not be reached; ``permanent`` means retrying will not help."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Sender(Protocol):
    def send(self, message: OutboxMessage) -> str:
        """Send it; return the provider's id for the message, or raise :class:`SendError`."""


def enqueue(
    session: Session,
    *,
    kind: str,
    to: str,
    body: str,
    from_address: str | None = None,
    dedupe_key: str | None = None,
) -> OutboxMessage | None:
    """Queue an SMS (made GSM-7 safe). With a ``dedupe_key`` already used, nothing is added."""
    text = to_gsm7(body)
    message = OutboxMessage(
        kind=kind,
        channel="sms",
        to_address=to,
        from_address=from_address,
        body=text,
        segments=segment_count(text),
        dedupe_key=dedupe_key,
        status="queued",
    )
    try:
        with session.begin_nested():
            session.add(message)
    except IntegrityError:
        return None
    return message


def record_sent_inline(session: Session, *, to: str, from_address: str | None, bodies: list[str]) -> None:
    """Replies that went back in the webhook's own response (TwiML): kept, with their segments, so
    every text we send is counted and visible, however it left. The caller commits."""
    for body in bodies:
        text = to_gsm7(body)
        session.add(
            OutboxMessage(
                kind="reply",
                channel="sms",
                to_address=to,
                from_address=from_address,
                body=text,
                segments=segment_count(text),
                status="sent",
                attempts=1,
            )
        )


def _claim(session: Session, now: datetime, limit: int) -> list[OutboxMessage]:
    """Mark up to ``limit`` due messages as ours in one statement, so two workers never take the same.

    PostgreSQL: the rows are picked ``FOR UPDATE SKIP LOCKED``, so workers share the queue without
    waiting on each other. SQLite: the UPDATE takes the database write lock, so one worker claims at
    a time and the other then sees the rows already taken.
    """
    due = (
        select(OutboxMessage.id)
        .where(OutboxMessage.status == "queued", OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    claimed = session.scalars(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(due.scalar_subquery()), OutboxMessage.status == "queued")
        .values(status="sending", attempts=OutboxMessage.attempts + 1)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    ).all()
    session.commit()
    if not claimed:
        return []
    return list(
        session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(claimed)).order_by(OutboxMessage.id))
    )


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    opted_out: int = 0


def send_due(
    session_factory: Callable[[], Session], sender: Sender, *, now: datetime | None = None, limit: int = 50
) -> SendReport:
    """Send every message that is due; returns what happened. Nothing goes to a number that replied
    STOP, checked at the moment of sending, except crisis help and staff alerts."""
    report = SendReport()
    with session_factory() as session:
        claimed = _claim(session, now or datetime.now(UTC), limit)
        for message in claimed:
            if message.kind not in SENT_DESPITE_STOP and session.get(SmsOptOut, message.to_address):
                message.status, message.last_error = "opted_out", "the number replied STOP"
                report.opted_out += 1
                session.commit()
                continue
            try:
                message.provider_id = sender.send(message)
                message.status, message.last_error = "sent", None
                report.sent += 1
            except SendError as exc:
                message.last_error = str(exc)[:200]
                if exc.permanent or message.attempts >= MAX_ATTEMPTS:
                    message.status = "failed"
                    report.failed += 1
                else:
                    message.status = "queued"
                    message.next_attempt_at = datetime.now(UTC) + BASE_DELAY * 2 ** (message.attempts - 1)
                    report.retried += 1
            session.commit()
    return report


def record_status(session: Session, provider_id: str, status: str) -> bool:
    """A delivery report from the provider; False when no message has that id."""
    message = session.scalar(select(OutboxMessage).where(OutboxMessage.provider_id == provider_id))
    if message is None:
        return False
    message.status = status if status in {"sent", "delivered", "failed", "undelivered"} else message.status
    session.commit()
    return True
