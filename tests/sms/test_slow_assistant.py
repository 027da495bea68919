"""A slow assistant: the webhook answers within Twilio's patience, and a turn still running then is
finished, never asked again; its reply follows as a text from the outbox."""

from __future__ import annotations

import time

from sqlalchemy import select

from frontdoor.db.session import session_scope
from frontdoor.outbox.models import OutboxMessage
from frontdoor.outbox.service import send_due
from frontdoor.outbox.twilio_sender import TwilioSender
from frontdoor.settings import get_settings
from frontdoor.sms import inline
from frontdoor.sms.models import InboundSms
from frontdoor.worker import process_waiting_texts
from tests.sms.conftest import text
from tests.sms.test_webhook import messages_in, use_rasa

PERSON = "+447700900556"


def _statuses(db) -> list[str]:
    db.expire_all()
    return [m.status for m in db.scalars(select(InboundSms).order_by(InboundSms.id))]


def _wait_until_handled(db, count: int) -> None:
    deadline = time.monotonic() + 15
    while _statuses(db)[:count] != ["done"] * count:
        assert time.monotonic() < deadline, _statuses(db)
        time.sleep(0.05)


def test_a_slow_reply_follows_from_the_outbox_and_the_assistant_is_asked_once(
    client, db, fake_rasa, fake_twilio, monkeypatch
) -> None:
    fake_rasa.delay = 1.5
    monkeypatch.setattr(inline, "INLINE_BUDGET_SECONDS", 0.3)
    use_rasa(monkeypatch, fake_rasa.url)

    assert messages_in(text(client, PERSON, "yes, lung")) == []
    assert messages_in(text(client, PERSON, "and my wife")) == []  # waits its turn behind the first
    _wait_until_handled(db, 1)
    queued = db.scalars(select(OutboxMessage).where(OutboxMessage.to_address == PERSON)).all()
    assert [(m.body, m.status) for m in queued] == [("you said: yes, lung", "queued")]

    fake_rasa.delay = 0.0
    assert process_waiting_texts(get_settings()) == 1  # the second text; the first is not asked again
    assert [call["message"] for call in fake_rasa.received] == ["yes, lung", "and my wife"]
    assert _statuses(db) == ["done", "done"]

    sender = TwilioSender(
        fake_twilio.account_sid, fake_twilio.auth_token, "+447700900999", None, api_base=fake_twilio.base_url
    )
    send_due(session_scope, sender)
    assert [m["Body"] for m in fake_twilio.received] == ["you said: yes, lung", "you said: and my wife"]


def test_a_quick_assistant_is_answered_in_the_response(client, db, fake_rasa, monkeypatch) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    assert messages_in(text(client, PERSON, "hello")) == ["you said: hello"]
    sent = db.scalars(select(OutboxMessage).where(OutboxMessage.to_address == PERSON)).all()
    assert [(m.body, m.status) for m in sent] == [("you said: hello", "sent")]
