"""Keeping conversations no longer than needed.

A number of days (``RETENTION_DAYS``, 30 by default, as the privacy notice says) after a conversation
was last active, whether it ended in a referral or was abandoned, its transcript (Rasa's tracker) is
deleted, and the bodies of the texts we received and sent are blanked. Referral records stay (the
service needs them for care), and so do the counts: how many texts and segments, when, and what for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from frontdoor.audit.log import record
from frontdoor.outbox.models import OutboxMessage
from frontdoor.privacy.trackers import delete_idle_conversations
from frontdoor.settings import Settings
from frontdoor.sms.models import InboundSms

ACTOR = "retention"


@dataclass(frozen=True)
class RetentionReport:
    conversations: int
    events: int
    texts_received: int
    texts_sent: int


def run_retention(
    session: Session, settings: Settings, now: datetime, days: int | None = None
) -> RetentionReport:
    cutoff = now - timedelta(days=settings.retention_days if days is None else days)
    conversations, events = delete_idle_conversations(settings, cutoff)
    received = session.execute(
        update(InboundSms)
        .where(InboundSms.received_at < cutoff, InboundSms.status != "pending", InboundSms.body != "")
        .values(body="")
    ).rowcount
    sent = session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.created_at < cutoff,
            OutboxMessage.status.in_(("sent", "failed", "cancelled")),
            OutboxMessage.body != "",
        )
        .values(body="")
    ).rowcount
    report = RetentionReport(conversations, events, received or 0, sent or 0)
    record(session, ACTOR, "retention", "conversations", None, **report.__dict__)
    session.commit()
    return report
