"""Aftercare tests: a clock that can be moved forward, the fake Twilio API, and a person's phone.

A referral is made through the assistant's own internal endpoints, then dated to the clock. The
``Phone`` runs the worker's aftercare hook and the outbox on the clock's time, collects every text the
fake Twilio received for the person, and answers through the signed webhook (replies come back in the
webhook's TwiML), so a test reads as the person's SMS transcript.
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from frontdoor.aftercare.scheduling import clock_set
from frontdoor.aftercare.worker import AftercareHook
from frontdoor.content import get_content
from frontdoor.db.session import session_scope
from frontdoor.outbox.models import OutboxMessage
from frontdoor.outbox.service import send_due
from frontdoor.outbox.twilio_sender import TwilioSender
from frontdoor.referrals.models import Referral
from tests.conftest import TEST_SECRETS
from tests.fakes.twilio_api import FakeTwilio

LONDON = ZoneInfo("Europe/London")
AUTH_TOKEN = "test-twilio-auth-token"
PUBLIC = "http://testserver"  # plain http: the staff pages' cookies are then sent by the test client
SERVICE = {"Authorization": f"Bearer {TEST_SECRETS['SERVICE_TOKEN']}"}
SITE_NUMBERS = {"dundee": "+447700900101", "tower_hamlets": "+447700900404"}
POSTCODES = {"dundee": "DD1 4HN", "tower_hamlets": "E1 6AN"}
CONCERNS = [
    {"item": "money_or_finance", "score": 9},
    {"item": "worry_fear_or_anxiety", "score": 7},
    {"item": "caring_responsibilities", "score": 5},
    {"item": "tiredness_or_fatigue", "score": 3},
]
_sids = itertools.count()


@dataclass
class MovableClock:
    at: datetime

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)

    def to(self, local: datetime) -> None:
        """Move to a UK local time (never backwards)."""
        moment = local.replace(tzinfo=LONDON).astimezone(UTC)
        assert moment >= self.at
        self.at = moment


def uk(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute)


@pytest.fixture(autouse=True)
def sms_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.setenv("PUBLIC_BASE_URL", PUBLIC)


@pytest.fixture
def clock() -> Iterator[MovableClock]:
    """Monday 23 November 2026, 11:00 in the UK."""
    moving = MovableClock(uk(2026, 11, 23, 11).replace(tzinfo=LONDON).astimezone(UTC))
    with clock_set(moving):
        yield moving


@pytest.fixture
def fake_twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio().start()
    yield fake
    fake.stop()


def refer(
    client, db, clock: MovableClock, number: str, site: str = "dundee", channel: str = "sms", **answers
):
    """A referral sent now (by the clock), eligible, with four scored concerns; returns it."""
    conversation = f"{channel}-{number}-{site}"
    given = {
        "consent_share": True,
        "postcode": POSTCODES[site],
        "age": 60,
        "has_diagnosis": "yes",
        "cancer_type": "bowel",
        "phone": number,
        "name": "Jean Smith",
        "concerns": CONCERNS,
        "distress_score": 6,
        **answers,
    }
    body = {"conversation_id": conversation, "channel": channel, "answers": given}
    response = client.put("/internal/referrals/draft", json=body, headers=SERVICE)
    assert response.status_code == 200, response.text
    assert response.json()["eligible"] is True, response.text
    response = client.post(
        "/internal/referrals/submit", json={"conversation_id": conversation}, headers=SERVICE
    )
    assert response.status_code == 200, response.text
    referral = db.scalar(select(Referral).where(Referral.conversation_id == conversation))
    referral.created_at = referral.submitted_at = clock()
    db.commit()
    return referral


@dataclass
class Phone:
    """One person's phone: what we sent them and what they replied, in order."""

    client: object
    fake: FakeTwilio
    clock: MovableClock
    number: str
    site_number: str
    hook: AftercareHook = field(default_factory=lambda: AftercareHook(every=timedelta(0)))
    transcript: list[tuple[datetime, str, str]] = field(default_factory=list)
    seen: int = 0

    def run(self) -> list[str]:
        """The worker, once, at the clock's time: aftercare, then the outbox. Returns the new texts."""
        with clock_set(self.clock):
            self.hook(session_scope, get_content())
        sender = TwilioSender(
            self.fake.account_sid, self.fake.auth_token, "+447700900999", None, api_base=self.fake.base_url
        )
        send_due(session_scope, sender, now=self.clock())
        new = [m for m in self.fake.received[self.seen :] if m["To"] == self.number]
        self.seen = len(self.fake.received)
        for message in new:
            assert message["From"] == self.site_number
            self.transcript.append((self.clock(), "us", message["Body"]))
        return [m["Body"] for m in new]

    def say(self, body: str) -> list[str]:
        params = {
            "MessageSid": f"SM{next(_sids):032d}",
            "From": self.number,
            "To": self.site_number,
            "Body": body,
            "NumMedia": "0",
            "AccountSid": "AC" + "0" * 32,
        }
        signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC}/twilio/sms", params)
        response = self.client.post("/twilio/sms", data=params, headers={"X-Twilio-Signature": signature})
        assert response.status_code == 200, response.text
        replies = [m.text or "" for m in ET.fromstring(response.text).iter("Message")]
        self.transcript.append((self.clock(), "them", body))
        self.transcript += [(self.clock(), "us", r) for r in replies]
        return replies

    def printed(self) -> str:
        return "\n".join(
            f"{at.astimezone(LONDON):%a %d %b %Y %H:%M} {'>' if who == 'us' else '<'} {body}"
            for at, who, body in self.transcript
        )


@pytest.fixture
def phone(client, fake_twilio, clock):
    def make(number: str, site: str = "dundee") -> Phone:
        return Phone(client, fake_twilio, clock, number, SITE_NUMBERS[site])

    return make


def queued(db, number: str) -> list[OutboxMessage]:
    db.expire_all()
    return list(
        db.scalars(select(OutboxMessage).where(OutboxMessage.to_address == number).order_by(OutboxMessage.id))
    )
