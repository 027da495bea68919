"""What a referral costs in texts: inbound messages, outbound messages and segments, for one happy
path and one typical path (a correction, two worries in their own words, booking), by signed
webhook into the running stack, counted from what the SMS layer stores for every reply.

Every reply is checked against what that turn should bring (the happy path is the e2e tests' own
shortest referral, tests/e2e/conversation.py, then booking), so a changed conversation fails here
instead of being measured wrongly. Run alone, it starts its own stack (ports moved by
FRONTDOOR_E2E_PORT_OFFSET) and prints each text the person receives with its segments:

    .venv/bin/python -m bench.sms_cost
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, select

from frontdoor.db.session import normalise_url
from frontdoor.outbox.models import OutboxMessage
from frontdoor.settings import Settings
from frontdoor.sms.simulator import TextSession
from tests.e2e.conversation import FIRST_BOOKING, SHORTEST

# The happy path ends with a booked first appointment; its cost is what the goal is about.
HAPPY: list[tuple[str, str]] = [*SHORTEST, *FIRST_BOOKING]
GOAL_SEGMENTS = 30
TYPICAL: list[tuple[str, str]] = [
    ("Hi", "in an emergency, call 999"),
    ("1", "who is this support for"),
    ("1", "postcode"),
    ("KY1 1AA", "how old"),
    ("71", "diagnosed"),
    ("bowel cancer", "worrying"),
    ("money worries and I can't sleep", "how much is money"),
    ("8", "how much is sleep"),
    ("6", "have you felt"),
    ("7", "full name"),
    ("Bill Jones", "call or text you"),
    ("same", "interpreter"),
    ("no", "treatment"),
    ("3", "hear about us"),
    ("the nurse", "while you wait"),
    ("actually I'm 72", "72"),
    ("1", "send this"),
    ("yes", "how would you like to meet"),
    ("1", "which time suits you"),
    ("mornings", "which time suits you"),
    ("2", "Booked:"),
]
# Words that mean a reply was not the one expected: the assistant did not understand, or asked again.
NOT_UNDERSTOOD = ("sorry", "didn't", "please reply", "please give", "please tell", "doesn't look like")
SERVICE_NUMBER = "+447700900101"
LATE_WAIT_SECONDS = 30.0


class UnexpectedReply(AssertionError):
    """A turn's reply was not the one the script expects: the conversation has changed."""


def converse(settings: Settings, number: str, turns: list[tuple[str, str]]) -> list[str]:
    """Text each message; every reply must hold the expected words and no sign of a misunderstanding.
    Returns the transcript (what was sent, what came back)."""
    session = TextSession(settings, number, SERVICE_NUMBER)
    transcript: list[str] = []
    for message, expected in turns:
        before = len(stored_replies(settings, number))
        reply = "\n".join(session.send(message) or late_replies(settings, number, before))
        transcript += [f"> {message}", reply]
        wrong = [w for w in NOT_UNDERSTOOD if w in reply.lower()]
        if expected.lower() not in reply.lower() or wrong:
            raise UnexpectedReply(f"expected {expected!r}, not {wrong}:\n" + "\n".join(transcript[-6:]))
    return transcript


def stored_replies(settings: Settings, number: str) -> list[tuple[str, int]]:
    """The conversation's replies to ``number`` as the SMS layer stored them: body and segments."""
    engine = create_engine(normalise_url(settings.database_url))
    with engine.connect() as conn:
        rows = conn.execute(
            select(OutboxMessage.body, OutboxMessage.segments)
            .where(OutboxMessage.to_address == number, OutboxMessage.kind == "reply")
            .order_by(OutboxMessage.id)
        ).all()
    engine.dispose()
    return [(body, segments) for body, segments in rows]


def late_replies(settings: Settings, number: str, before: int, wait: float = LATE_WAIT_SECONDS) -> list[str]:
    """A turn slower than the webhook's budget is answered from the outbox (the worker sends it):
    what a phone would receive a little later."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if replies := stored_replies(settings, number)[before:]:
            return [body for body, _ in replies]
        time.sleep(0.2)
    return []


def cost(settings: Settings, number: str, turns: list[tuple[str, str]]) -> dict[str, object]:
    """One conversation by text from ``number`` (one that has not texted before, in Ofcom's drama range
    so that "same" is a phone number): what it cost, and each text sent with its segments."""
    try:
        converse(settings, number, turns)
        completed, unexpected = True, None
    except UnexpectedReply as exc:
        completed, unexpected = False, str(exc)
    replies = stored_replies(settings, number)
    return {
        "inbound_messages": len(turns),
        "outbound_messages": len(replies),
        "outbound_segments": sum(segments for _, segments in replies),
        "completed": completed,
        "unexpected": unexpected,
        "texts": [{"segments": segments, "body": body} for body, segments in replies],
    }


def run(settings: Settings) -> dict[str, object]:
    return {
        "happy_path": cost(settings, "+447700900551", HAPPY),
        "typical_path": cost(settings, "+447700900552", TYPICAL),
    }


def _own_stack(log_dir: Path):
    """Rasa, the action server and the API on a fresh SQLite database (no worker: nothing else is sent)."""
    from frontdoor.stack.bot import train
    from frontdoor.stack.processes import Stack, services
    from frontdoor.stack.run import prepare_database

    offset = int(os.environ.get("FRONTDOOR_E2E_PORT_OFFSET", "0"))
    api_port = 19000 + offset
    settings = Settings(
        frontdoor_env="production",
        database_url=f"sqlite:///{log_dir / 'sms_cost.db'}",
        api_port=api_port,
        rasa_url=f"http://127.0.0.1:{16005 + offset}",
        action_server_url=f"http://127.0.0.1:{16055 + offset}",
        public_base_url=f"http://127.0.0.1:{api_port}",
        secret_key="b" * 40,
        service_token="s" * 40,
        rasa_token="r" * 40,
        twilio_auth_token="bench-twilio-auth-token",
    )
    prepare_database(settings)
    stack = Stack(
        [s for s in services(settings, train(log_dir / "train.log"), log_dir=log_dir) if s.name != "worker"]
    )
    stack.start()
    stack.wait_ready(timeout=300)
    return stack, settings


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        stack, settings = _own_stack(Path(tmp))
        try:
            results = run(settings)
        finally:
            stack.stop()
    for name, path in results.items():
        print(f"\n## {name.replace('_', ' ')}\n")
        for text in path["texts"]:
            print(f"[{text['segments']}] {text['body']}\n")
        print(
            f"texts in {path['inbound_messages']}, texts out {path['outbound_messages']}, "
            f"segments out {path['outbound_segments']}"
        )
        if not path["completed"]:
            print(f"NOT COMPLETED: {path['unexpected']}")
    happy = results["happy_path"]["outbound_segments"]
    print(f"\nhappy path: {happy} segments out (goal: at most {GOAL_SEGMENTS})")
    return 0 if all(p["completed"] for p in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
