"""``frontdoor text``: try the text-message channel from a terminal, without Twilio.

Each line typed is sent to the running API's ``POST /twilio/sms`` exactly as Twilio would send it,
signed with Twilio's own ``RequestValidator`` and the configured auth token (demo mode makes one).
Every reply is printed with how many SMS segments it costs, and a running total: what a referral by
text costs the service. Replies that could not be given at once (the assistant was slow) come from the
outbox, where the worker would send them through Twilio.
"""

from __future__ import annotations

import re
import sys
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from xml.etree import ElementTree

import httpx
from twilio.request_validator import RequestValidator

from frontdoor.settings import Settings
from frontdoor.sms.gsm import segment_count


@dataclass
class Totals:
    sent: int = 0
    texts: int = 0
    segments: int = 0
    replies: list[str] = field(default_factory=list)


class TextSession:
    """One phone number texting one service number, through the real webhook."""

    def __init__(self, settings: Settings, sender: str, to: str, client: httpx.Client | None = None) -> None:
        if not settings.twilio_auth_token:
            raise ValueError("TWILIO_AUTH_TOKEN is not set, so every text would be refused (403)")
        self.url = f"{settings.public_base_url.rstrip('/')}/twilio/sms"
        self.validator = RequestValidator(settings.twilio_auth_token)
        self.sender, self.to = sender, to
        self.client = client or httpx.Client(timeout=60)
        self.totals = Totals()

    def send(self, body: str) -> list[str]:
        """Send one text; return the replies that came back in the webhook's answer."""
        form = {"MessageSid": f"SM{uuid.uuid4().hex}", "From": self.sender, "To": self.to, "Body": body}
        signature = self.validator.compute_signature(self.url, form)
        response = self.client.post(self.url, data=form, headers={"X-Twilio-Signature": signature})
        if response.status_code != 200:
            raise RuntimeError(f"the API answered {response.status_code}: {response.text[:200]}")
        replies = [m.text or "" for m in ElementTree.fromstring(response.text).iter("Message")]
        self.totals.sent += 1
        self.totals.texts += len(replies)
        self.totals.segments += sum(segment_count(r) for r in replies)
        self.totals.replies += replies
        return replies


def run(session: TextSession, lines: Iterable[str], out: Callable[[str], None] = print) -> Totals:
    """Send each line, print each reply with its cost and the running total."""
    out(f"Texting {session.to} from {session.sender}. Type a message and press Enter; Ctrl-D ends.")
    for line in lines:
        body = line.strip()
        if not body:
            continue
        for reply in session.send(body) or ["(no reply yet: the worker will send it from the outbox)"]:
            out(f"< {reply}\n  [{segment_count(reply)} segment(s)]")
        t = session.totals
        out(f"  total: {t.sent} sent, {t.texts} received, {t.segments} segments")
    return session.totals


def main(settings: Settings, sender: str | None, to: str | None) -> int:
    from frontdoor.content import get_content

    number = to or next((s.sms_number for s in get_content().sites.sites if s.sms_number), "+447700900000")
    phone = sender or f"+447700900{uuid.uuid4().int % 1000:03d}"
    if not re.fullmatch(r"\+\d{10,15}", phone):
        print("error: --from must be a phone number like +447700900123", file=sys.stderr)
        return 2
    try:
        run(TextSession(settings, phone, number), sys.stdin)
    except (ValueError, RuntimeError, httpx.HTTPError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
