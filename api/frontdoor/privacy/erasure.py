"""A person's right to erasure and of access, by their referral reference.

``erase`` removes their personal data from every store we hold it in: the referral and everything
hanging off it (concerns, risk flags, notes, appointments), Rasa's transcript of the conversation,
the texts received from and sent to their numbers, and the SMS conversation state. What stays is an
audit entry saying that an erasure happened, by whom, with no personal data (the referral's random
id only). Our logs never held personal data (tests/e2e/test_log_privacy.py), so there is nothing to
remove there. An opt-out (STOP) is kept: it is what stops us texting that number again.

``subject_access`` gathers everything held about the person as one JSON document.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Delete, delete, or_, select
from sqlalchemy.orm import Session

from frontdoor.audit.log import record
from frontdoor.audit.models import AuditEntry
from frontdoor.booking.models import Appointment
from frontdoor.outbox.models import OutboxMessage
from frontdoor.privacy.trackers import delete_conversation, transcript
from frontdoor.referrals.models import Referral
from frontdoor.referrals.record import to_record
from frontdoor.settings import Settings
from frontdoor.sms.models import InboundSms, SmsConversation


class NotFound(Exception):
    pass


def _referral(session: Session, reference: str) -> Referral:
    found = session.scalar(select(Referral).where(Referral.reference == reference.strip().upper()))
    if found is None:
        raise NotFound(f"no referral with reference {reference}")
    return found


def _numbers(referral: Referral) -> list[str]:
    return [n for n in (referral.phone, referral.referrer_phone) if n]


def _deleted(session: Session, statement: Delete) -> int:
    return session.execute(statement).rowcount or 0


def erase(session: Session, settings: Settings, reference: str, actor: str) -> dict[str, int]:
    referral = _referral(session, reference)
    numbers, conversation = _numbers(referral), referral.conversation_id
    received = or_(InboundSms.conversation_id == conversation, InboundSms.sender.in_(numbers))
    removed = {
        "conversation_events": delete_conversation(settings, conversation),
        "texts_received": _deleted(session, delete(InboundSms).where(received)),
        "texts_sent": _deleted(session, delete(OutboxMessage).where(OutboxMessage.to_address.in_(numbers))),
        "appointments": _deleted(session, delete(Appointment).where(Appointment.referral_id == referral.id)),
    }
    session.execute(delete(SmsConversation).where(SmsConversation.conversation_id == conversation))
    referral_id = referral.id
    session.delete(referral)
    record(session, actor, "erase", "referral", referral_id, **removed)
    session.commit()
    return removed


def erase_conversation(session: Session, settings: Settings, conversation_id: str) -> int:
    """The person asked, in the conversation, to delete what they told us ("DELETE"): every referral
    it made is erased as above, and the transcript and texts with them. Returns how many referrals."""
    references = session.scalars(
        select(Referral.reference).where(Referral.conversation_id == conversation_id)
    ).all()
    for reference in references:
        erase(session, settings, reference, actor="the person, by message")
    delete_conversation(settings, conversation_id)
    session.execute(delete(InboundSms).where(InboundSms.conversation_id == conversation_id))
    session.commit()
    return len(references)


def subject_access(session: Session, settings: Settings, reference: str, actor: str) -> dict[str, Any]:
    referral = _referral(session, reference)
    numbers = _numbers(referral)
    received = session.scalars(
        select(InboundSms)
        .where(or_(InboundSms.conversation_id == referral.conversation_id, InboundSms.sender.in_(numbers)))
        .order_by(InboundSms.id)
    )
    sent = session.scalars(
        select(OutboxMessage).where(OutboxMessage.to_address.in_(numbers)).order_by(OutboxMessage.id)
    )
    audit = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_id == referral.id).order_by(AuditEntry.id)
    )
    document = {
        "record": to_record(referral),
        "notes": [{"author": n.author, "at": n.at.isoformat(), "text": n.text} for n in referral.notes],
        "appointments": [
            {"start": a.start.isoformat(), "type": a.type, "venue": a.venue, "status": a.status}
            for a in referral.appointments
        ],
        "conversation": transcript(settings, referral.conversation_id),
        "texts_received": [{"at": m.received_at.isoformat(), "body": m.body} for m in received],
        "texts_sent": [{"at": m.created_at.isoformat(), "body": m.body, "status": m.status} for m in sent],
        "who_has_seen_or_changed_it": [
            {"at": a.at.isoformat(), "who": a.actor, "what": a.action} for a in audit
        ],
    }
    record(session, actor, "subject_access", "referral", referral.id)
    session.commit()
    return document
