"""Rasa's calls to the action server that never reached it are sent again (bot/runtime/action_retry.py),
so an action server restarting or closing a connection before reading it does not cost the person's
answer; a call that reached the action server is never sent twice. Run in the bot env, where Rasa is,
against a real local aiohttp server."""

from __future__ import annotations

import pytest

from frontdoor.stack.bot import bot_python
from tests.helpers import code_in_bot_env

pytestmark = pytest.mark.skipif(not bot_python().exists(), reason="the bot env (.venv-bot) is not built")

IN_THE_BOT_ENV = """
import asyncio, json, socket
from types import SimpleNamespace

import aiohttp
from aiohttp import web
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from bot.runtime import action_retry

action_retry.install()
action_retry.install()
received, answers = [], []


async def webhook(request):
    received.append(await request.json())
    events = [{"event": "slot", "name": "age", "value": "67"}]
    return web.json_response({"events": events}, status=answers.pop(0))


async def main():
    with socket.socket() as probe:  # a port nothing listens on yet: the action server is restarting
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    runners = []

    async def back_up(_seconds):  # the action server is back by the time Rasa sends again
        if not runners:
            app = web.Application()
            app.router.add_post("/webhook", webhook)
            runners.append(web.AppRunner(app))
            await runners[0].setup()
            await web.TCPSite(runners[0], "127.0.0.1", port).start()

    action_retry.asyncio = SimpleNamespace(sleep=back_up)
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    answers.append(200)
    kept = await endpoint.request(json={"next_action": "validate_referral_form"}, method="post", timeout=30)
    answers.append(500)
    try:
        await endpoint.request(json={"next_action": "validate_booking_form"}, method="post", timeout=30)
        failed = None
    except ClientResponseError as exc:  # Rasa's own, as RemoteAction.run expects
        failed = exc.status
    await runners[0].cleanup()
    return {
        "kept": kept,
        "received": [r["next_action"] for r in received],
        "failed": failed,
        "never_reached": {
            "closing": action_retry.never_reached(aiohttp.ClientOSError(action_retry.UNWRITTEN)),
            "reset_after_sending": action_retry.never_reached(aiohttp.ClientOSError(104, "Connection reset")),
            "disconnected": action_retry.never_reached(aiohttp.ServerDisconnectedError()),
        },
    }


print(json.dumps(asyncio.run(main())))
"""


def test_a_call_that_never_reached_the_action_server_is_sent_again_and_others_are_not() -> None:
    found = code_in_bot_env(IN_THE_BOT_ENV)
    assert found["kept"] == {"events": [{"event": "slot", "name": "age", "value": "67"}]}
    # the first call went out once the server was up; the one that failed there was not sent twice
    assert found["received"] == ["validate_referral_form", "validate_booking_form"]
    assert found["failed"] == 500
    assert found["never_reached"] == {"closing": True, "reset_after_sending": False, "disconnected": False}
