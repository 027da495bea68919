"""What a referral costs in texts: inbound messages, outbound messages and segments, for one happy
path and one typical path (a correction, two worries in their own words, booking), by signed
webhook into the running stack, counted from what the SMS layer stores for every reply."""

from __future__ import annotations

import itertools

import httpx
from sqlalchemy import create_engine, func, select
from twilio.request_validator import RequestValidator

from frontdoor.db.session import normalise_url
from frontdoor.outbox.models import OutboxMessage
from frontdoor.settings import Settings

HAPPY = [
    "Hi", "1", "1", "DD1 4HN", "67", "1", "lung", "Jean Smith", "same", "same", "2", "no", "no", "3", "my gp",
    "money", "7", "6", "paying the bills", "yes", "1", "as soon as possible", "1",
]  # fmt: skip
TYPICAL = [
    "Hi", "1", "1", "KY1 1AA", "71", "1", "bowel cancer", "Bill Jones", "Bill", "same", "text me, mornings",
    "no", "no", "3", "the nurse", "money worries and I can't sleep", "8", "6", "1", "7",
    "getting back to the bowls club", "actually I'm 72", "yes", "1", "mornings", "2",
]  # fmt: skip
_sids = itertools.count(1)


def _text(settings: Settings, number: str, body: str) -> str:
    url = f"{settings.public_base_url}/twilio/sms"
    params = {
        "MessageSid": f"SM{next(_sids):032d}",
        "From": number,
        "To": "+447700900101",
        "Body": body,
        "NumMedia": "0",
        "AccountSid": "AC" + "0" * 32,
    }
    signature = RequestValidator(settings.twilio_auth_token).compute_signature(url, params)
    response = httpx.post(
        f"http://127.0.0.1:{settings.api_port}/twilio/sms",
        data=params,
        headers={"X-Twilio-Signature": signature},
        timeout=60,
    )
    response.raise_for_status()
    return response.text


def _cost(settings: Settings, number: str, turns: list[str]) -> dict[str, object]:
    last = ""
    for body in turns:
        last = _text(settings, number, body)
    engine = create_engine(normalise_url(settings.database_url))
    with engine.connect() as conn:
        messages, segments = conn.execute(
            select(func.count(), func.sum(OutboxMessage.segments)).where(OutboxMessage.to_address == number)
        ).one()
    engine.dispose()
    return {
        "inbound_messages": len(turns),
        "outbound_messages": messages,
        "outbound_segments": int(segments or 0),
        "completed": "Booked" in last,
    }


def run(settings: Settings) -> dict[str, object]:
    return {
        "happy_path": _cost(settings, "+447700900551", HAPPY),
        "typical_path": _cost(settings, "+447700900552", TYPICAL),
    }
