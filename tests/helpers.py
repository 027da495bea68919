"""Small helpers shared by the unit, API and end-to-end tests."""

from __future__ import annotations

import json
import socket
import subprocess
from typing import Any
from urllib.parse import urlsplit

import jsonschema

from frontdoor.contracts import referral_record_schema
from frontdoor.settings import PROJECT_ROOT
from frontdoor.stack.bot import bot_env, bot_python

PASSWORD = "correct horse battery"


def assert_concerns_read(checklist, role: str, text: str, present: str | None, absent: str | None) -> None:
    """The reader finds ``present`` in the text and not ``absent`` (either may be None), as the person's
    role would see it."""
    from frontdoor.checklist.matching import match_concerns

    found = match_concerns(text, checklist, role)
    assert present is None or present in found, found
    assert absent is None or absent not in found, found


def assert_valid_record(record: dict[str, Any]) -> None:
    jsonschema.validate(record, referral_record_schema(), format_checker=jsonschema.FormatChecker())


def create_staff(session, email: str, role: str = "link_worker", sites: list[str] | None = None) -> None:
    from frontdoor.staff.service import create_user

    create_user(session, email, PASSWORD, role, sites)
    session.commit()


def bearer(client, email: str) -> dict[str, str]:
    response = client.post("/api/auth/token", data={"username": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def in_bot_env(module: str) -> dict:
    """Run a module of tests/bot_env/ in the bot env (where Rasa is) and return the JSON it prints last."""
    return _json_from_bot_env(["-m", module], timeout=300)


def code_in_bot_env(code: str) -> dict:
    """Run Python source in the bot env and return the JSON it prints last."""
    return _json_from_bot_env(["-c", code], timeout=120)


def _json_from_bot_env(arguments: list[str], timeout: int) -> dict:
    result = subprocess.run(
        [str(bot_python()), *arguments],
        cwd=PROJECT_ROOT,
        env=bot_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def redis_reachable(url: str) -> bool:
    """Whether anything listens at the Redis URL's host and port (the scale-out runs need Redis)."""
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=2):
            return True
    except OSError:
        return False
