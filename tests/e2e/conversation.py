"""Driving whole conversations through the REST channel, and reading the record back as staff."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx

from tests.helpers import PASSWORD


def texts(replies: list[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def converse(stack, sender: str, turns: list[tuple[str, str]]) -> list[str]:
    """Send each message; after each, the bot's reply must contain the expected words (case-insensitive)."""
    transcript = []
    for message, expected in turns:
        reply = texts(stack.say(sender, message))
        transcript += [f"> {message}", reply]
        assert expected.lower() in reply.lower(), "\n".join(transcript)
    return transcript


def save_transcript(name: str, lines: list[str]) -> None:
    """Kept as a test artifact: what a person actually sees, turn by turn."""
    out = Path(__file__).parents[2] / "test-artifacts" / f"transcript_{name}.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(lines) + "\n")


def reference_in(reply: str) -> str:
    match = re.search(r"reference is ([A-Z0-9]{3}-[A-Z0-9]{3})", reply)
    assert match, reply
    return match.group(1)


def staff_headers(stack, email: str, *args: str) -> dict[str, str]:
    """Create an account with the real CLI (once), then sign in through the OAuth2 endpoint."""
    result = subprocess.run(
        [sys.executable, "-m", "frontdoor.cli", "users", "create", "--email", email, *args],
        env={**stack.env, "FRONTDOOR_NEW_PASSWORD": PASSWORD, "FRONTDOOR_ENV": "production"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 or "already exists" in result.stderr, result.stderr
    token = httpx.post(f"{stack.api}/api/auth/token", data={"username": email, "password": PASSWORD})
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def plan_for(stack, sender: str) -> httpx.Response:
    """What the API holds of a conversation's referral (the internal plan), as the action server sees it."""
    return httpx.post(
        f"{stack.api}/internal/referrals/plan",
        json={"conversation_id": sender},
        headers={"Authorization": f"Bearer {stack.settings.service_token}"},
    )


def record_for(stack, sender: str) -> dict:
    headers = staff_headers(stack, f"admin-{sender}@example.org", "--role", "admin")
    queue = httpx.get(f"{stack.api}/api/referrals?limit=200", headers=headers).json()
    return next(r for r in queue if r["conversation_id"] == sender)


# The shortest complete self-referral: one concern, every optional question answered briefly.
# The shortest complete referral: every question answered briefly. 16 messages send it.
SHORTEST = [
    ("hello", "in an emergency, call 999"),
    ("yes", "who is this support for"),
    ("1", "postcode"),
    ("DD1 4HN", "how old"),
    ("67", "diagnosed"),
    ("yes, lung", "worrying"),
    ("money", "how much"),
    ("7", "have you felt"),
    ("6", "full name"),
    ("Jean Smith", "call or text you"),
    ("07700 900123", "interpreter"),
    ("no", "treatment"),
    ("3", "hear about us"),
    ("my gp", "while you wait"),
    ("yes", "send this"),
    ("yes", "how would you like to meet"),
]
# Then booking the first appointment: 18 messages to a booked appointment (the earliest times come with
# the way of meeting; a day or time that suits better can be said instead of a number).
FIRST_BOOKING = [("phone", "which time suits you"), ("1", "Booked:")]


def user_turns(settings, sender: str) -> list[str]:
    """What Rasa itself holds of what the person said, in order (its tracker, over its HTTP API)."""
    tracker = httpx.get(
        f"{settings.rasa_url}/conversations/{sender}/tracker",
        params={"token": settings.rasa_token},
        timeout=30,
    ).json()
    return [e.get("text") for e in tracker["events"] if e["event"] == "user"]
