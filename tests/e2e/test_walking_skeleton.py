"""A whole (short) referral through the real processes: Rasa's REST channel in, the queue API out."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from tests.helpers import PASSWORD, assert_valid_record

pytestmark = pytest.mark.e2e


def texts(replies: list[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def staff_token(stack, email: str, *args: str) -> dict[str, str]:
    """Create an account with the real CLI, then sign in through the OAuth2 endpoint."""
    result = subprocess.run(
        [sys.executable, "-m", "frontdoor.cli", "users", "create", "--email", email, *args],
        env={**stack.env, "FRONTDOOR_NEW_PASSWORD": PASSWORD, "FRONTDOOR_ENV": "production"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    token = httpx.post(f"{stack.api}/api/auth/token", data={"username": email, "password": PASSWORD})
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def test_hello_to_reference_code_and_the_record_in_the_queue(stack, sender) -> None:
    welcome = texts(stack.say(sender, "hello"))
    assert "not for emergencies" in welcome
    assert "privacy" in welcome.lower()
    assert "name" in texts(stack.say(sender, "yes that's fine")).lower()
    assert "postcode" in texts(stack.say(sender, "Jean Smith")).lower()

    retry = texts(stack.say(sender, "my house"))
    assert "doesn't look like a UK postcode" in retry
    assert "phone" in texts(stack.say(sender, "dd1 4hn")).lower()
    done = texts(stack.say(sender, "07700 900123"))
    assert "reference" in done.lower()
    reference = done.split("reference is ")[1].split(".")[0]

    headers = staff_token(stack, f"dundee-{sender}@example.org", "--role", "link_worker", "--site", "dundee")
    queue = httpx.get(f"{stack.api}/api/referrals", headers=headers).json()
    record = next(r for r in queue if r["reference"] == reference)
    assert_valid_record(record)
    assert record["channel"] == "web"
    assert record["site"] == "dundee"
    assert record["conversation_id"] == sender
    assert record["status"] == "new"
    assert record["person"]["name"] == "Jean Smith"
    assert record["person"]["postcode"] == "DD1 4HN"
    assert record["person"]["phone"] == "+447700900123"

    single = httpx.get(f"{stack.api}/api/referrals/{record['id']}", headers=headers)
    assert single.json() == record


def test_declining_consent_keeps_nothing_and_gives_another_way_in(stack, sender) -> None:
    stack.say(sender, "hi")
    reply = texts(stack.say(sender, "no"))
    assert "0808 808 00 00" in reply
    headers = staff_token(stack, f"admin-{sender}@example.org", "--role", "admin")
    queue = httpx.get(f"{stack.api}/api/referrals", headers=headers).json()
    assert all(r["conversation_id"] != sender for r in queue)
