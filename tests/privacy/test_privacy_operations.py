"""Retention, erasure and subject access, on SQLite and PostgreSQL, with Rasa's events table shaped as
Rasa 3.6's SQL tracker store makes it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from frontdoor.audit.models import AuditEntry
from frontdoor.cli import main
from frontdoor.outbox.models import OutboxMessage
from frontdoor.outbox.service import enqueue
from frontdoor.privacy.trackers import EVENTS, tracker_engine
from frontdoor.referrals.models import Referral
from frontdoor.settings import get_settings
from frontdoor.sms.models import InboundSms
from tests.api.test_referrals_api import SERVICE, draft, submit
from tests.booking.conftest import booking
from tests.helpers import create_staff

NOW = datetime.now(UTC)


def say(conversation: str, text: str, at: datetime, kind: str = "user") -> dict:
    return {
        "sender_id": conversation,
        "type_name": kind,
        "timestamp": at.timestamp(),
        "intent_name": None,
        "action_name": None,
        "data": json.dumps({"event": kind, "text": text, "timestamp": at.timestamp()}),
    }


@pytest.fixture
def events(configured):
    engine = tracker_engine(get_settings())
    EVENTS.create(engine, checkfirst=True)
    yield engine
    EVENTS.drop(engine)
    engine.dispose()


def count_events(engine, conversation: str) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).where(EVENTS.c.sender_id == conversation))


def referral(client, conversation: str, phone: str) -> str:
    draft(client, conversation, consent_share=True)
    draft(
        client,
        conversation,
        postcode="DD1 4HN",
        age=70,
        has_diagnosis="yes",
        referrer_role="self",
        name="Moira Tait",
        phone=phone,
    )
    return submit(client, conversation)["reference"]


def test_erasure_removes_the_person_from_every_store_and_leaves_an_audit_entry(client, db, events) -> None:
    create_staff(db, "dpo@example.org", "admin")
    reference = referral(client, "erase-me", "07700 900301")
    keep = referral(client, "keep-me", "07700 900302")
    booking(client, "erase-me", "meeting_when", "asap", meeting_type="1")
    booking(client, "erase-me", "meeting_slot", "1", meeting_type="1", meeting_when="asap")
    with events.begin() as conn:
        conn.execute(
            insert(EVENTS), [say("erase-me", "my name is Moira Tait", NOW), say("keep-me", "hi", NOW)]
        )
    db.add(
        InboundSms(message_sid="SM-erase", sender="+447700900301", conversation_id="sms-x", body="Moira here")
    )
    enqueue(db, kind="reply", to="+447700900301", body="Hello Moira")
    db.commit()
    referral_id = db.scalar(select(Referral.id).where(Referral.reference == reference))

    assert main(["erase", "--reference", reference, "--admin", "nobody@example.org"]) == 2
    assert main(["erase", "--reference", reference, "--admin", "dpo@example.org"]) == 0

    db.expire_all()
    assert db.scalar(select(Referral).where(Referral.reference == reference)) is None
    assert db.scalar(select(Referral).where(Referral.reference == keep)) is not None
    assert count_events(events, "erase-me") == 0 and count_events(events, "keep-me") == 1
    assert (
        db.scalar(select(func.count()).select_from(InboundSms).where(InboundSms.sender == "+447700900301"))
        == 0
    )
    assert db.scalar(select(func.count()).where(OutboxMessage.to_address == "+447700900301")) == 0
    entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "erase"))
    assert (entry.actor, entry.entity_id) == ("dpo@example.org", referral_id)
    assert "Moira" not in json.dumps(entry.detail) and "07700" not in json.dumps(entry.detail)
    assert main(["erase", "--reference", reference, "--admin", "dpo@example.org"]) == 2  # already gone


def test_subject_access_gives_everything_held(client, db, events, tmp_path, capsys) -> None:
    create_staff(db, "dpo2@example.org", "admin")
    reference = referral(client, "sar", "07700 900303")
    with events.begin() as conn:
        conn.execute(
            insert(EVENTS),
            [
                say("sar", "hello", NOW),
                say("sar", "Hello. I can help you...", NOW + timedelta(seconds=1), "bot"),
            ],
        )
    client.post("/internal/referrals/callback", json={"conversation_id": "sar"}, headers=SERVICE)
    out = tmp_path / "sar.json"
    assert main(["export", "--reference", reference, "--admin", "dpo2@example.org", "--out", str(out)]) == 0
    document = json.loads(out.read_text())
    assert document["record"]["person"]["name"] == "Moira Tait"
    assert [t["who"] for t in document["conversation"]] == ["person", "assistant"]
    assert {"create", "submit", "callback_requested"} <= {
        a["what"] for a in document["who_has_seen_or_changed_it"]
    }
    assert (
        db.scalar(select(AuditEntry).where(AuditEntry.action == "subject_access")).actor == "dpo2@example.org"
    )


def test_retention_deletes_old_conversations_and_text_bodies_but_keeps_records(client, db, events) -> None:
    reference = referral(client, "old-chat", "07700 900304")
    long_ago = NOW - timedelta(days=40)
    with events.begin() as conn:
        conn.execute(
            insert(EVENTS),
            [
                say("old-chat", "hello", long_ago),
                say("declined-long-ago", "no", long_ago),
                say("recent", "hi", NOW),
            ],
        )
    db.add(
        InboundSms(
            message_sid="SM-old",
            sender="+447700900304",
            conversation_id="sms-y",
            body="old text",
            status="done",
            received_at=long_ago,
        )
    )
    db.add(
        InboundSms(
            message_sid="SM-new",
            sender="+447700900304",
            conversation_id="sms-y",
            body="new text",
            status="done",
        )
    )
    old_reply = enqueue(db, kind="reply", to="+447700900304", body="old reply")
    old_reply.status, old_reply.created_at = "sent", long_ago
    db.commit()

    assert main(["retention", "run"]) == 0

    db.expire_all()
    assert count_events(events, "old-chat") == 0 and count_events(events, "declined-long-ago") == 0
    assert count_events(events, "recent") == 1
    bodies = dict(db.execute(select(InboundSms.message_sid, InboundSms.body)).all())
    assert bodies == {"SM-old": "", "SM-new": "new text"}
    sent = db.scalar(select(OutboxMessage).where(OutboxMessage.id == old_reply.id))
    assert (sent.body, sent.segments, sent.status) == ("", 1, "sent")  # the count stays
    assert db.scalar(select(Referral).where(Referral.reference == reference)) is not None


def test_delete_by_message_erases_every_referral_of_the_conversation_and_its_transcript(
    client, db, events
) -> None:
    first = referral(client, "delete-me", "07700 900311")
    client.post("/internal/referrals/start-again", json={"conversation_id": "delete-me"}, headers=SERVICE)
    draft(client, "delete-me", name="Moira Tait", phone="07700 900311")
    kept = referral(client, "other", "07700 900312")
    with events.begin() as conn:
        conn.execute(insert(EVENTS), [say("delete-me", "DELETE", NOW), say("other", "hi", NOW)])
    body = {"conversation_id": "delete-me"}
    response = client.post("/internal/referrals/erase", json=body, headers=SERVICE)
    assert response.status_code == 200 and response.json() == {"referrals_erased": 2}
    db.expire_all()
    assert db.scalar(select(func.count()).where(Referral.conversation_id == "delete-me")) == 0
    assert db.scalar(select(Referral).where(Referral.reference == kept)) is not None
    assert db.scalar(select(Referral).where(Referral.reference == first)) is None
    assert count_events(events, "delete-me") == 0 and count_events(events, "other") == 1
    assert client.post("/internal/referrals/erase", json={"conversation_id": "x"}).status_code == 401
