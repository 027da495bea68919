"""The real stack for end-to-end tests: the trained model, Rasa, the action server and the API.

The model is trained once per run (it is cached by content hash under models/). One stack is started
per database kind and shared by the tests that use it. The PostgreSQL one is set up as a deployment
that scales out is (Rasa's lock store on Redis, where Redis is reachable), so the scale-out test adds a
second Rasa and API to it rather than starting a third stack.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from frontdoor.settings import Settings
from frontdoor.stack.bot import train
from frontdoor.stack.processes import Stack, app_env, services
from frontdoor.stack.run import prepare_database
from tests.conftest import TEST_SECRETS, _skip_or_fail_without_postgres
from tests.helpers import redis_reachable

TWILIO_AUTH_TOKEN = "e2e-twilio-auth-token"
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
# FRONTDOOR_E2E_PORT_OFFSET lets two test runs on one machine start their stacks side by side.
PORT_OFFSET = int(os.environ.get("FRONTDOOR_E2E_PORT_OFFSET", "0"))
PORTS = {
    kind: tuple(port + PORT_OFFSET for port in ports)
    for kind, ports in {"sqlite": (18000, 15005, 15055), "postgresql": (18100, 15105, 15155)}.items()
}


@dataclass
class RunningStack:
    settings: Settings
    env: dict[str, str]
    log_dir: Path
    model: Path

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.settings.api_port}"

    def say(self, sender: str, message: str) -> list[dict]:
        """Send one message through Rasa's REST channel, as the web chat does; return the bot's replies."""
        response = httpx.post(
            f"{self.settings.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=60,
        )
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return train(tmp_path_factory.mktemp("train") / "train.log")


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def stack(request: pytest.FixtureRequest, trained_model: Path, tmp_path_factory) -> Iterator[RunningStack]:
    kind = request.param
    redis_url = ""
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'e2e.db'}"
    else:
        _skip_or_fail_without_postgres()
        url = request.getfixturevalue("postgres_factory")()
        redis_url = REDIS_URL if redis_reachable(REDIS_URL) else ""
    api_port, rasa_port, action_port = PORTS[kind]
    settings = Settings(
        frontdoor_env="production",
        database_url=url,
        api_port=api_port,
        rasa_url=f"http://127.0.0.1:{rasa_port}",
        action_server_url=f"http://127.0.0.1:{action_port}",
        redis_url=redis_url,
        secret_key=TEST_SECRETS["SECRET_KEY"],
        service_token=TEST_SECRETS["SERVICE_TOKEN"],
        rasa_token=TEST_SECRETS["RASA_TOKEN"],
        twilio_auth_token=TWILIO_AUTH_TOKEN,
        public_base_url=f"http://127.0.0.1:{api_port}",
    )
    prepare_database(settings)
    log_dir = tmp_path_factory.mktemp(f"logs-{kind}")
    running = Stack(services(settings, trained_model, log_dir=log_dir))
    running.start()
    try:
        running.wait_ready(timeout=300)
        health = httpx.get(f"http://127.0.0.1:{api_port}/health", timeout=10)
        assert health.status_code == 200, health.text
        yield RunningStack(settings, app_env(settings), log_dir, trained_model)
    finally:
        running.stop()


_senders = itertools.count()


@pytest.fixture
def sender() -> str:
    return f"e2e-{next(_senders)}-{uuid.uuid4().hex[:8]}"
