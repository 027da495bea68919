"""The outbox: queued once, sent once through Twilio's client (to a local fake), retried, then failed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from frontdoor.db.session import make_engine, session_scope
from frontdoor.outbox.models import OutboxMessage
from frontdoor.outbox.service import MAX_ATTEMPTS, enqueue, send_due
from frontdoor.outbox.twilio_sender import TwilioSender
from frontdoor.settings import get_settings
from frontdoor.sms.models import SmsOptOut
from tests.api.test_referrals_api import draft
from tests.api.test_safety_api import flag
from tests.fakes.twilio_api import FakeTwilio


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio().start()
    yield fake
    fake.stop()


@pytest.fixture
def sender(twilio: FakeTwilio) -> TwilioSender:
    return TwilioSender(
        twilio.account_sid, twilio.auth_token, "+447700900999", None, api_base=twilio.base_url
    )


def later() -> datetime:
    return datetime.now(UTC) + timedelta(days=1)


def test_messages_are_made_gsm7_counted_and_sent_once(db, twilio, sender) -> None:
    enqueue(db, kind="reply", to="+447700900001", body="It’s booked — see you soon…")
    db.commit()
    assert send_due(session_scope, sender).sent == 1
    assert send_due(session_scope, sender).sent == 0
    assert [(m["To"], m["From"], m["Body"]) for m in twilio.received] == [
        ("+447700900001", "+447700900999", "It's booked - see you soon...")
    ]
    row = db.scalar(select(OutboxMessage))
    db.refresh(row)
    assert (row.status, row.segments, row.provider_id) == ("sent", 1, twilio.received[0]["Sid"])


def test_a_dedupe_key_queues_only_once(db) -> None:
    assert enqueue(db, kind="staff_alert", to="+447700900001", body="x", dedupe_key="k") is not None
    assert enqueue(db, kind="staff_alert", to="+447700900001", body="x", dedupe_key="k") is None
    db.commit()
    assert len(db.scalars(select(OutboxMessage)).all()) == 1


def test_server_errors_are_retried_with_backoff_then_marked_failed(db, twilio, sender) -> None:
    enqueue(db, kind="reply", to="+447700900001", body="hello")
    db.commit()
    twilio.fail_next = [500] * MAX_ATTEMPTS
    report = send_due(session_scope, sender)
    assert (report.sent, report.retried) == (0, 1)
    row = db.scalar(select(OutboxMessage))
    assert row.status == "queued" and row.next_attempt_at.replace(tzinfo=UTC) > datetime.now(UTC)
    for _ in range(MAX_ATTEMPTS - 1):
        send_due(session_scope, sender, now=later())
    db.expire_all()
    row = db.scalar(select(OutboxMessage))
    assert (row.status, row.attempts) == ("failed", MAX_ATTEMPTS)
    assert "500" in row.last_error
    assert twilio.received == []


def test_a_refused_number_fails_at_once(db, twilio, sender) -> None:
    enqueue(db, kind="reply", to="+447700900001", body="hello")
    db.commit()
    twilio.fail_next = [400]
    assert send_due(session_scope, sender).failed == 1


def test_an_urgent_flag_alerts_the_duty_number_with_the_reference_only(client, db, twilio, sender) -> None:
    draft(client, "alert", consent_share=True)
    out = draft(client, "alert", postcode="DH1 3LE", name="Pat Jones")
    flag(client, "alert", "suicide_or_self_harm", "I want to end it all")
    send_due(session_scope, sender)
    assert len(twilio.received) == 1
    alert = twilio.received[0]
    assert alert["To"] == "+447700900393" and alert["From"] == "+447700900303"
    assert out["reference"] in alert["Body"] and "urgent" in alert["Body"]
    assert "Pat" not in alert["Body"] and "end it all" not in alert["Body"] and "suicide" not in alert["Body"]


def test_failed_texts_are_shown_to_admins_only(client, db, twilio, sender) -> None:
    from tests.helpers import bearer, create_staff

    enqueue(db, kind="reply", to="+447700900001", body="private words")
    db.commit()
    twilio.fail_next = [400]
    send_due(session_scope, sender)
    create_staff(db, "lw@example.org", sites=["dundee"])
    create_staff(db, "admin@example.org", role="admin")
    assert client.get("/api/messages/failed", headers=bearer(client, "lw@example.org")).status_code == 403
    failed = client.get("/api/messages/failed", headers=bearer(client, "admin@example.org")).json()
    assert [(m["to"], m["status"], m["attempts"]) for m in failed] == [("+447700900001", "failed", 1)]
    assert "private words" not in str(failed)


def test_two_workers_share_the_queue_and_send_nothing_twice(db, twilio, sender) -> None:
    """Two workers (each with its own connections) drain 60 texts at once: every text goes exactly once."""
    for n in range(60):
        enqueue(db, kind="reply", to=f"+4477009{n:05d}", body=f"message {n}")
    db.commit()
    barrier = threading.Barrier(2)

    def worker() -> None:
        factory = sessionmaker(make_engine(get_settings().database_url), expire_on_commit=False)
        barrier.wait()
        while send_due(factory, sender, limit=7).sent:
            pass

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sent_to = sorted(m["To"] for m in twilio.received)
    assert sent_to == sorted(f"+4477009{n:05d}" for n in range(60))
    assert db.scalar(select(func.count()).where(OutboxMessage.status == "sent")) == 60


def test_only_crisis_help_and_staff_alerts_go_to_a_number_that_replied_stop(db, twilio, sender) -> None:
    enqueue(db, kind="reminder", to="+447700900002", body="Your appointment is tomorrow")
    enqueue(db, kind="crisis", to="+447700900002", body="Call Samaritans free on 116 123")
    enqueue(db, kind="reply", to="+447700900003", body="not opted out")
    db.add(SmsOptOut(number="+447700900002"))
    db.commit()
    report = send_due(session_scope, sender)
    assert (report.sent, report.opted_out) == (2, 1)
    assert sorted(m["Body"] for m in twilio.received) == ["Call Samaritans free on 116 123", "not opted out"]
    db.expire_all()
    reminder = db.scalar(select(OutboxMessage).where(OutboxMessage.kind == "reminder"))
    assert reminder.status == "opted_out"
