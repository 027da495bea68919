"""Scale-out on PostgreSQL and Redis: two Rasa instances (tracker store on PostgreSQL, Redis lock store)
and two API processes serve one conversation whose turns alternate between them. No turn is lost,
reordered or answered twice."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from frontdoor.settings import Settings
from frontdoor.stack.processes import Stack, services
from frontdoor.stack.run import prepare_database
from tests.conftest import TEST_SECRETS, _skip_or_fail_without_postgres
from tests.e2e.conversation import user_turns
from tests.helpers import redis_reachable

pytestmark = pytest.mark.e2e
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
INSTANCES = [(18200, 15205), (18201, 15206)]  # (API port, Rasa port) for A and B
ACTIONS_PORT = 15255


def _settings(database_url: str, api_port: int, rasa_port: int) -> Settings:
    return Settings(
        frontdoor_env="production",
        database_url=database_url,
        api_port=api_port,
        rasa_url=f"http://127.0.0.1:{rasa_port}",
        action_server_url=f"http://127.0.0.1:{ACTIONS_PORT}",
        redis_url=REDIS_URL,
        secret_key=TEST_SECRETS["SECRET_KEY"],
        service_token=TEST_SECRETS["SERVICE_TOKEN"],
        rasa_token=TEST_SECRETS["RASA_TOKEN"],
        public_base_url=f"http://127.0.0.1:{api_port}",
    )


@pytest.fixture(scope="module")
def two_of_each(trained_model: Path, postgres_factory, tmp_path_factory) -> Iterator[list[Settings]]:
    _skip_or_fail_without_postgres()
    if not redis_reachable(REDIS_URL):
        if os.environ.get("FRONTDOOR_REQUIRE_POSTGRES"):
            pytest.fail(f"Redis is not reachable at {REDIS_URL}")
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")
    url = postgres_factory()
    a, b = (_settings(url, api, rasa) for api, rasa in INSTANCES)
    prepare_database(a)
    logs = tmp_path_factory.mktemp("logs-scale-out")
    first = services(a, trained_model, log_dir=logs / "a")  # action server, Rasa A, API A, worker
    second = [s for s in services(b, trained_model, log_dir=logs / "b") if s.name in ("rasa", "api")]
    for member in (*first, *second):
        member.log_path.parent.mkdir(parents=True, exist_ok=True)
    stack = Stack([*first, *second])
    stack.start()
    try:
        stack.wait_ready(timeout=300)
        yield [a, b]
    finally:
        stack.stop()


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
