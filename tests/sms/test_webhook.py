"""The Twilio webhook: signatures, exactly once, nothing lost, keywords and odd input."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from frontdoor.settings import get_settings
from frontdoor.sms.models import InboundSms, SmsOptOut
from tests.sms.conftest import sign, text

PERSON = "+447700900555"


def use_rasa(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("RASA_URL", url)
    get_settings.cache_clear()


def messages_in(response) -> list[str]:
    body = response.text
    return [part.split("</Message>")[0] for part in body.split("<Message>")[1:]]


def test_a_signed_text_is_answered_in_twiml(client, fake_rasa, monkeypatch) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    response = text(client, PERSON, "hello")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    assert messages_in(response) == ["you said: hello"]
    sent = fake_rasa.received[0]
    assert sent["input_channel"] == "sms" and sent["sender"].startswith("sms-")
    assert "447700900555" not in sent["sender"]


@pytest.mark.parametrize("headers", [{}, {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"}])
def test_bad_or_missing_signatures_are_refused_and_logged_without_the_message(
    client, caplog, headers
) -> None:
    params = {"MessageSid": "SMbad", "From": PERSON, "To": "+447700900101", "Body": "my secret message"}
    with caplog.at_level(logging.INFO):
        response = client.post("/twilio/sms", data=params, headers=headers)
    assert response.status_code == 403
    assert "my secret message" not in caplog.text and "900555" not in caplog.text
    assert "signature" in caplog.text


def test_a_signature_for_another_url_is_refused(client) -> None:
    params = {"MessageSid": "SMx", "From": PERSON, "To": "+447700900101", "Body": "hi"}
    headers = sign("/twilio/status", params)
    assert client.post("/twilio/sms", data=params, headers=headers).status_code == 403


def test_the_same_message_sid_five_times_at_once_is_handled_once(client, db, fake_rasa, monkeypatch) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    with ThreadPoolExecutor(5) as pool:
        responses = list(pool.map(lambda _: text(client, PERSON, "hello", sid="SM" + "7" * 32), range(5)))
    assert [r.status_code for r in responses] == [200] * 5
    assert db.scalar(select(func.count()).select_from(InboundSms)) == 1
    assert len(fake_rasa.received) == 1
    assert sum(len(messages_in(r)) for r in responses) == 1


def test_stop_start_and_help(client, db, fake_rasa, monkeypatch) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    assert "won't get more messages" in messages_in(text(client, PERSON, "STOP"))[0]
    assert db.get(SmsOptOut, PERSON) is not None
    assert messages_in(text(client, PERSON, "are you there?")) == []
    assert "Welcome back" in messages_in(text(client, PERSON, "start"))[0]
    help_reply = messages_in(text(client, PERSON, "Help"))[0]
    assert "0131 496 0101" in help_reply and "STOP" in help_reply
    assert [r["message"] for r in fake_rasa.received] == []


def test_cancel_alone_opts_out_but_cancel_my_appointment_goes_to_the_assistant(
    client, db, fake_rasa, monkeypatch
) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    text(client, PERSON, "cancel my appointment please")
    assert [r["message"] for r in fake_rasa.received] == ["cancel my appointment please"]
    text(client, PERSON, "CANCEL")
    assert db.get(SmsOptOut, PERSON) is not None


def test_pictures_empty_and_very_long_texts(client, db, fake_rasa, monkeypatch) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    assert "can't read pictures" in messages_in(text(client, PERSON, "", NumMedia="1"))[0]
    assert "empty" in messages_in(text(client, PERSON, "   "))[0]
    long = "word " * 500
    replies = messages_in(text(client, PERSON, long))
    assert len(fake_rasa.received[-1]["message"]) == 1600
    stored = db.scalar(select(InboundSms.body).where(InboundSms.body == long))
    assert stored == long
    assert len(replies) >= 2  # the echo is split at word boundaries into parts of two segments at most


def test_unusual_unicode_and_a_non_uk_number(client, fake_rasa, monkeypatch) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    response = text(client, "+33612345678", "Bonjour “ça va” — 😀")
    assert response.status_code == 200
    assert fake_rasa.received[-1]["message"] == "Bonjour “ça va” — 😀"


def test_missing_fields_are_a_400_not_a_500(client) -> None:
    params = {"Body": "hi"}
    assert client.post("/twilio/sms", data=params, headers=sign("/twilio/sms", params)).status_code == 400


def test_status_callbacks_are_signed_and_recorded(client, db) -> None:
    from frontdoor.outbox.models import OutboxMessage

    db.add(
        OutboxMessage(
            kind="reply", to_address=PERSON, body="x", segments=1, status="sent", provider_id="SMabc"
        )
    )
    db.commit()
    params = {"MessageSid": "SMabc", "MessageStatus": "delivered"}
    assert client.post("/twilio/status", data=params).status_code == 403
    assert (
        client.post("/twilio/status", data=params, headers=sign("/twilio/status", params)).status_code == 204
    )
    db.expire_all()
    assert db.scalar(select(OutboxMessage.status)) == "delivered"


def test_inline_replies_are_recorded_with_their_segments(client, db, fake_rasa, monkeypatch) -> None:
    from frontdoor.outbox.models import OutboxMessage

    use_rasa(monkeypatch, fake_rasa.url)
    text(client, PERSON, "word " * 100)
    row = db.scalar(select(OutboxMessage))
    assert (row.kind, row.status, row.to_address, row.from_address) == (
        "reply",
        "sent",
        PERSON,
        "+447700900101",
    )
    assert row.segments == 4  # "you said: " + 500 characters, GSM-7, 153 a segment
