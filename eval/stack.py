"""Start the real stack for an evaluation, as tests/e2e/conftest.py does: trained model, Rasa, action
server and API on SQLite in a temporary directory, on ports of their own.

Ports are EVAL_PORTS shifted by FRONTDOOR_E2E_PORT_OFFSET, so an evaluation can run beside tests.
Usage: ``with running_stack() as stack: stack.say(sender, "hello")``.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from frontdoor.settings import Settings
from frontdoor.stack.bot import train
from frontdoor.stack.processes import Stack, app_env, services
from frontdoor.stack.run import prepare_database

EVAL_PORTS = (19000, 16005, 16055)  # API, Rasa, action server
STAFF_EMAIL = "eval-admin@example.org"


def ports() -> tuple[int, int, int]:
    offset = int(os.environ.get("FRONTDOOR_E2E_PORT_OFFSET", "0"))
    api, rasa, actions = EVAL_PORTS
    return api + offset, rasa + offset, actions + offset


@dataclass
class EvalStack:
    settings: Settings
    env: dict[str, str]
    log_dir: Path

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.settings.api_port}"

    def say(self, sender: str, message: str) -> list[dict]:
        """One message through Rasa's REST channel, as the web chat sends it; the bot's replies."""
        response = httpx.post(
            f"{self.settings.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=120,
        )
        response.raise_for_status()
        return response.json()

    def tracker(self, sender: str) -> dict:
        """Rasa's tracker for a conversation, over its HTTP API (token-protected)."""
        response = httpx.get(
            f"{self.settings.rasa_url}/conversations/{sender}/tracker",
            params={"token": self.settings.rasa_token},
            timeout=60,
        )
        response.raise_for_status()
        return response.json()

    def staff_headers(self, email: str = STAFF_EMAIL) -> dict[str, str]:
        """An admin made with the real CLI, signed in through POST /api/auth/token."""
        password = secrets.token_urlsafe(18)
        result = subprocess.run(
            [sys.executable, "-m", "frontdoor.cli", "users", "create", "--email", email, "--role", "admin"],
            env={**self.env, "FRONTDOOR_NEW_PASSWORD": password},
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"could not create the evaluation's staff account: {result.stderr.strip()}")
        token = httpx.post(
            f"{self.api}/api/auth/token", data={"username": email, "password": password}, timeout=30
        )
        token.raise_for_status()
        return {"Authorization": f"Bearer {token.json()['access_token']}"}


@contextmanager
def running_stack(log_dir: Path | None = None) -> Iterator[EvalStack]:
    """Train (or reuse) the model, migrate a fresh SQLite database, start the processes, stop them after."""
    with tempfile.TemporaryDirectory(prefix="frontdoor-eval-") as tmp:
        work = Path(tmp)
        logs = log_dir or work / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        model = train(logs / "train.log")
        api_port, rasa_port, action_port = ports()
        settings = Settings(
            frontdoor_env="production",
            database_url=f"sqlite:///{work / 'eval.db'}",
            api_port=api_port,
            rasa_url=f"http://127.0.0.1:{rasa_port}",
            action_server_url=f"http://127.0.0.1:{action_port}",
            secret_key=secrets.token_hex(32),
            service_token=secrets.token_hex(32),
            rasa_token=secrets.token_hex(32),
            twilio_auth_token=secrets.token_hex(16),
            public_base_url=f"http://127.0.0.1:{api_port}",
        )
        prepare_database(settings)
        stack = Stack(services(settings, model, log_dir=logs))
        stack.start()
        try:
            stack.wait_ready(timeout=300)
            httpx.get(f"http://127.0.0.1:{api_port}/health", timeout=30).raise_for_status()
            yield EvalStack(settings, app_env(settings), logs)
        finally:
            stack.stop()
