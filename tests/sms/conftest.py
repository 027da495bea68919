"""Signing requests exactly as Twilio does, and an API client configured for SMS."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from twilio.request_validator import RequestValidator

from tests.fakes.rasa_rest import FakeRasa
from tests.fakes.twilio_api import FakeTwilio

AUTH_TOKEN = "test-twilio-auth-token"
PUBLIC = "https://referrals.example.org"
DUNDEE_SMS = "+447700900101"
_sids = itertools.count()


def sign(path: str, params: dict[str, str]) -> dict[str, str]:
    return {"X-Twilio-Signature": RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC}{path}", params)}


def text(client, sender: str, body: str, sid: str | None = None, **extra: str):
    params = {
        "MessageSid": sid or f"SM{next(_sids):032d}",
        "From": sender,
        "To": DUNDEE_SMS,
        "Body": body,
        "NumMedia": "0",
        "AccountSid": "AC" + "0" * 32,
        **extra,
    }
    return client.post("/twilio/sms", data=params, headers=sign("/twilio/sms", params))


@pytest.fixture(autouse=True)
def sms_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.setenv("PUBLIC_BASE_URL", PUBLIC)


@pytest.fixture
def fake_rasa() -> Iterator[FakeRasa]:
    fake = FakeRasa().start()
    yield fake
    fake.stop()


@pytest.fixture
def fake_twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio().start()
    yield fake
    fake.stop()
