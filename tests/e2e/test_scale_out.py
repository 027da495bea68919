"""Scale-out on PostgreSQL and Redis: two Rasa instances (tracker store on PostgreSQL, Redis lock store)
and two API processes serve one conversation whose turns alternate between them. No turn is lost,
reordered or answered twice.

Instance A is the PostgreSQL stack the other end-to-end tests share (its Rasa already locks through
Redis); B is a second Rasa and API started beside it, on the same database and action server."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest

from frontdoor.settings import Settings
from frontdoor.stack.processes import Stack, services
from tests.e2e.conftest import PORT_OFFSET, RunningStack
from tests.e2e.conversation import user_turns

pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("stack", ["postgresql"], indirect=True)]
SECOND = (18201, 15206)  # (API port, Rasa port) for B


@pytest.fixture
def two_of_each(stack: RunningStack, tmp_path_factory) -> Iterator[list[Settings]]:
    a = stack.settings
    if not a.redis_url:
        message = "Redis is not reachable, so the PostgreSQL stack has no shared lock store"
        if os.environ.get("FRONTDOOR_REQUIRE_POSTGRES"):
            pytest.fail(message)
        pytest.skip(message)
    api_port, rasa_port = (port + PORT_OFFSET for port in SECOND)
    b = a.model_copy(
        update={
            "api_port": api_port,
            "rasa_url": f"http://127.0.0.1:{rasa_port}",
            "public_base_url": f"http://127.0.0.1:{api_port}",
        }
    )
    logs = tmp_path_factory.mktemp("logs-scale-out")
    second = Stack([s for s in services(b, stack.model, log_dir=logs) if s.name in ("rasa", "api")])
    second.start()
    try:
        second.wait_ready(timeout=300)
        yield [a, b]
    finally:
        second.stop()


TURNS = [
    ("hello", "first, your privacy"),
    ("yes", "who is this support for"),
    ("1", "postcode"),
    ("DD1 4HN", "how old"),
    ("67", "diagnosed"),
    ("1", "type"),
    ("lung", "worrying"),
    ("money", "how much"),
    ("7", "have you felt"),
    ("6", "full name"),
]


def test_one_conversation_alternating_between_instances(two_of_each) -> None:
    sender = "web-" + "c" * 32
    replies = []
    for n, (message, expected) in enumerate(TURNS):
        api = two_of_each[n % 2]  # A, B, A, B...: each API sends to its own Rasa
        response = httpx.post(
            f"http://127.0.0.1:{api.api_port}/chat/api/message",
            json={"sender": sender, "message": message},
            timeout=60,
        )
        assert response.status_code == 200, response.text
        text = "\n".join(r["text"] or "" for r in response.json()["replies"])
        replies.append(text)
        assert expected.lower() in text.lower(), (n, message, text)
        assert text.lower().count(expected.lower()) == 1, (n, message, text)  # asked once, not twice
    for settings in two_of_each:  # both Rasa instances see the same conversation, in order
        assert user_turns(settings, sender) == [message for message, _ in TURNS]
