"""Rasa down: every text is kept; when it is back, each is handled in order and answered once."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from frontdoor.db.session import session_scope
from frontdoor.outbox.service import send_due
from frontdoor.outbox.twilio_sender import TwilioSender
from frontdoor.settings import get_settings
from frontdoor.sms.models import InboundSms
from frontdoor.worker import process_waiting_texts
from tests.sms.conftest import text

SENDERS = ["+447700900601", "+447700900602", "+447700900603"]


def test_ten_texts_from_three_people_survive_an_outage(
    client, db, fake_rasa, fake_twilio, monkeypatch
) -> None:
    sent_order = [(SENDERS[i % 3], f"message {i}") for i in range(10)]
    for sender, body in sent_order:
        response = text(client, sender, body)
        assert response.status_code == 200
        assert "<Message>" not in response.text
    assert [r.status for r in db.scalars(select(InboundSms))] == ["pending"] * 10

    monkeypatch.setenv("RASA_URL", fake_rasa.url)
    get_settings.cache_clear()
    settings = get_settings()
    sender = TwilioSender(
        fake_twilio.account_sid, fake_twilio.auth_token, "+447700900999", None, api_base=fake_twilio.base_url
    )
    while process_waiting_texts(settings) or send_due(session_scope, sender).sent:
        pass

    by_conversation = defaultdict(list)
    for call in fake_rasa.received:
        by_conversation[call["sender"]].append(call["message"])
    expected = defaultdict(list)
    for sender_number, body in sent_order:
        expected[sender_number].append(body)
    assert sorted(by_conversation.values()) == sorted(expected.values())
    assert len(fake_rasa.received) == 10

    delivered = [(m["To"], m["Body"]) for m in fake_twilio.received]
    assert sorted(delivered) == sorted((s, f"you said: {b}") for s, b in sent_order)
    assert all(m["From"] == "+447700900101" for m in fake_twilio.received)
    db.expire_all()
    assert [r.status for r in db.scalars(select(InboundSms))] == ["done"] * 10
