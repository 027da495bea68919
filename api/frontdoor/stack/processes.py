"""Starting, watching and stopping the product's processes (Rasa, action server, API)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from frontdoor.settings import PROJECT_ROOT, VAR_DIR, Settings
from frontdoor.stack.bot import BOT_VENV, bot_env, write_endpoints

# The action server (Rasa SDK on Sanic). Under load a connection from Rasa can wait there, accepted but
# unread, for longer than Sanic's 5 s keep-alive timeout, which Sanic also applies to a connection that
# has not sent anything yet as it sees it: it closed them unread, Rasa's call failed ("Cannot write to
# closing transport"), Rasa dropped the action's events and the person's answer was lost (21 of 100
# conversations at once). The action server now waits on a connection as long as Rasa waits on an
# action (5 minutes) at every stage. Actions await their calls to the API (actions/api_client.py), and
# two action server processes share the work (ACTION_SERVER_SANIC_WORKERS in the environment still
# chooses).
SANIC_WAIT = "300"
ACTION_SERVER_ENV = {
    "SANIC_KEEP_ALIVE_TIMEOUT": SANIC_WAIT,
    "SANIC_REQUEST_TIMEOUT": SANIC_WAIT,
    "SANIC_RESPONSE_TIMEOUT": SANIC_WAIT,
    "ACTION_SERVER_SANIC_WORKERS": os.environ.get("ACTION_SERVER_SANIC_WORKERS", "2"),
}


@dataclass
class Service:
    name: str
    argv: list[str]
    env: dict[str, str]
    ready_url: str | None
    log_path: Path
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.argv,
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()

    def is_ready(self) -> bool:
        """Answers its ready URL; a process without one (a worker) is ready once it is running."""
        if self.ready_url is None:
            return self.process is not None and self.process.poll() is None
        try:
            return httpx.get(self.ready_url, timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def port_taken(self) -> bool:
        """Something already listens where this member will serve."""
        if self.ready_url is None:
            return False
        parts = urlsplit(self.ready_url)
        try:
            with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=0.5):
                return True
        except OSError:
            return False

    def exited(self) -> int | None:
        return self.process.poll() if self.process else None

    def stop(self, timeout: float = 15) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _port(url: str) -> str:
    return str(urlsplit(url).port)


def app_env(settings: Settings) -> dict[str, str]:
    """The environment every child process gets: the same settings, secrets included."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=settings.database_url,
        RASA_URL=settings.rasa_url,
        ACTION_SERVER_URL=settings.action_server_url,
        SERVICE_TOKEN=settings.service_token,
        SECRET_KEY=settings.secret_key,
        TWILIO_ACCOUNT_SID=settings.twilio_account_sid,
        TWILIO_AUTH_TOKEN=settings.twilio_auth_token,
        TWILIO_FROM_NUMBER=settings.twilio_from_number,
        TWILIO_API_BASE=settings.twilio_api_base,
        PUBLIC_BASE_URL=settings.public_base_url,
        RASA_TOKEN=settings.rasa_token,
        API_URL=f"http://127.0.0.1:{settings.api_port}",
        CONTENT_DIR=str(settings.content_dir),
        FRONTDOOR_CONTENT_DIR=str(settings.content_dir),
        PYTHONUNBUFFERED="1",
    )
    return env


def services(settings: Settings, model: Path, log_dir: Path = VAR_DIR / "log") -> list[Service]:
    env = app_env(settings)
    endpoints = write_endpoints(settings, VAR_DIR / f"endpoints-{_port(settings.rasa_url)}.yml")
    rasa = str(BOT_VENV / "bin" / "rasa")
    return [
        Service(
            "action server",
            [rasa, "run", "actions", "--actions", "actions", "--port", _port(settings.action_server_url)],
            bot_env({**env, **ACTION_SERVER_ENV}),
            f"{settings.action_server_url}/health",
            log_dir / "actions.log",
        ),
        Service(
            "rasa",
            [
                str(BOT_VENV / "bin" / "python"),
                "-m",
                "bot.runtime.serve",  # Rasa's own `rasa run`, its action-reply check built once
                "run",
                "--model",
                str(model),
                "--endpoints",
                str(endpoints),
                "--credentials",
                "bot/credentials.yml",
                "--port",
                _port(settings.rasa_url),
                "--interface",
                "127.0.0.1",
                "--enable-api",
                "--auth-token",
                settings.rasa_token,
                "--cors",
                f"http://127.0.0.1:{settings.api_port}",
            ],
            bot_env(env),
            f"{settings.rasa_url}/status?token={settings.rasa_token}",
            log_dir / "rasa.log",
        ),
        Service(
            "api",
            [
                sys.executable,
                "-m",
                "uvicorn",
                "frontdoor.app:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(settings.api_port),
                "--no-access-log",
            ],
            env,
            f"http://127.0.0.1:{settings.api_port}/docs",
            log_dir / "api.log",
        ),
        Service(
            "worker",
            [sys.executable, "-m", "frontdoor.worker"],
            env,
            None,
            log_dir / "worker.log",
        ),
    ]


class Stack:
    """The three processes, started together and stopped together."""

    def __init__(self, members: list[Service]) -> None:
        self.members = members

    def start(self) -> None:
        """Start every member, once each one's port is known to be free: a process left running on it
        (an earlier stack not stopped) would answer the ready check in place of the one started here,
        whose own server could not bind and never serves (Rasa then keeps running)."""
        taken = [member for member in self.members if member.port_taken()]
        if taken:
            ports = ", ".join(f"{m.name} on port {urlsplit(m.ready_url or '').port}" for m in taken)
            raise RuntimeError(f"already in use: {ports}. Stop what is running there, then start again.")
        for member in self.members:
            member.start()

    def wait_ready(self, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        waiting = list(self.members)
        while waiting:
            for member in list(waiting):
                code = member.exited()
                if code is not None:
                    raise RuntimeError(f"{member.name} stopped (exit {code}); see {member.log_path}")
                if member.is_ready():
                    waiting.remove(member)
            if waiting and time.monotonic() > deadline:
                names = ", ".join(m.name for m in waiting)
                raise RuntimeError(f"not ready after {timeout:.0f}s: {names}; see {VAR_DIR / 'log'}")
            time.sleep(0.5)

    def first_exited(self) -> Service | None:
        return next((m for m in self.members if m.exited() is not None), None)

    def stop(self) -> None:
        for member in reversed(self.members):
            member.stop()
