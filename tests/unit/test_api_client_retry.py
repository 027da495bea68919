"""The action server's API client under load: a slow answer is waited for within the budget, a call
the API turned away or never received is sent again, and a write that may have been applied is never
sent twice. Against a real local HTTP server that misbehaves once, as a busy or restarting API does."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest

from actions import api_client

ANSWER = {"conversation_id": "c1", "field": "age", "text": "67"}


def call(method: str, path: str, body: dict) -> dict:
    """An action's call, awaited as the action server awaits it."""
    return asyncio.run(api_client.call(method, path, body))


class FakeApi(ThreadingHTTPServer):
    """Answers each request with the next of ``script`` (then 200), recording what it received."""

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.script: list[tuple[str, float]] = []
        self.received: list[tuple[str, str, dict]] = []
        self.release = threading.Event()  # lets a request held past the budget finish at teardown
        self.second = threading.Event()  # a second request has arrived
        self.met: list[bool] = []  # for each "meet": did another request arrive while it waited?


class Handler(BaseHTTPRequestHandler):
    server: FakeApi

    def _answer(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append((self.command, self.path, body))
        if len(self.server.received) >= 2:
            self.server.second.set()
        kind, value = self.server.script.pop(0) if self.server.script else ("ok", 0)
        if kind == "meet":  # answers only once another request is in, or after 5 s without one
            self.server.met.append(self.server.second.wait(5))
        if kind == "hold":  # slower than the caller will wait
            self.server.release.wait(10)
        if kind == "slow":
            time.sleep(value)
        status = int(value) if kind == "status" else 200
        payload = json.dumps({"accepted": True, "echo": body}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_PUT = do_POST = _answer

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeApi]:
    server = FakeApi()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("API_URL", f"http://127.0.0.1:{server.server_address[1]}")
    monkeypatch.setattr(api_client, "PAUSES", (0.01,))
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def test_a_slow_answer_is_waited_for_and_the_answer_sent_once(api: FakeApi) -> None:
    api.script = [("slow", 0.3)]
    result = call("PUT", "/internal/referrals/answer", ANSWER)
    assert result == {"accepted": True, "echo": ANSWER}
    assert api.received == [("PUT", "/internal/referrals/answer", ANSWER)]


@pytest.mark.parametrize("status", [503, 502, 504, 429])
def test_an_answer_turned_away_unread_is_sent_again_and_kept(api: FakeApi, status: int) -> None:
    api.script = [("status", status)]
    result = call("PUT", "/internal/referrals/answer", ANSWER)
    assert result["echo"] == ANSWER
    assert [r[2] for r in api.received] == [ANSWER, ANSWER]


def test_an_answer_sent_while_the_api_restarts_is_sent_again_once_it_is_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with socket.socket() as probe:  # a port nothing listens on yet
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("API_URL", f"http://127.0.0.1:{port}")
    servers: list[FakeApi] = []

    def pause(_seconds: float) -> None:  # the API is back by the time the client tries again
        if not servers:
            servers.append(FakeApi(port))
            threading.Thread(target=servers[0].serve_forever, daemon=True).start()

    monkeypatch.setattr(api_client, "time", SimpleNamespace(monotonic=time.monotonic, sleep=pause))
    try:
        assert call("PUT", "/internal/referrals/answer", ANSWER)["echo"] == ANSWER
        assert [r[2] for r in servers[0].received] == [ANSWER]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def test_an_action_waiting_on_the_api_does_not_hold_up_another_conversations(api: FakeApi) -> None:
    """Two conversations' actions at once in one action server: the second call reaches the API while
    the first is still waiting for its answer (a blocking call held the event loop until it returned)."""
    api.script = [("meet", 0)]

    async def two_at_once() -> list[dict]:
        first = asyncio.create_task(api_client.call("PUT", "/internal/referrals/answer", ANSWER))
        await asyncio.sleep(0.2)
        second = asyncio.create_task(
            api_client.call("POST", "/internal/referrals/plan", {"conversation_id": "c2"})
        )
        return await asyncio.gather(first, second)

    answers = asyncio.run(two_at_once())
    assert api.met == [True]
    assert [a["echo"] for a in answers] == [ANSWER, {"conversation_id": "c2"}]


def test_a_write_that_reached_the_api_is_not_sent_twice(api: FakeApi) -> None:
    api.script = [("status", 500)]
    with pytest.raises(api_client.ApiUnavailable):
        call("PUT", "/internal/referrals/answer", ANSWER)
    assert len(api.received) == 1


def test_a_write_still_unanswered_when_the_budget_runs_out_is_not_sent_again(
    api: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api_client, "BUDGET_SECONDS", 0.3)
    api.script = [("hold", 0)]
    with pytest.raises(api_client.ApiUnavailable, match="Timeout"):
        call("PUT", "/internal/referrals/answer", ANSWER)
    assert len(api.received) == 1


def test_a_read_is_tried_again_after_a_timeout_or_an_error(
    api: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api_client, "BUDGET_SECONDS", 2.0)
    monkeypatch.setattr(api_client, "CONNECT_SECONDS", 0.5)
    api.script = [("status", 500)]
    plan = {"conversation_id": "c1"}
    assert call("POST", "/internal/referrals/plan", plan)["echo"] == plan
    assert len(api.received) == 2


def test_not_found_is_said_at_once(api: FakeApi) -> None:
    api.script = [("status", 404)]
    with pytest.raises(api_client.ApiNotFound):
        call("POST", "/internal/referrals/plan", {"conversation_id": "c1"})
    assert len(api.received) == 1
