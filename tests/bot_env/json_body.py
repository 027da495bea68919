"""Run in the bot env: the same calls sent through Rasa's own ``EndpointConfig.request`` and through
bot.runtime.json_body's, to a local server that records what arrives; prints what each received."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

from bot.runtime import json_body

BODIES: dict[str, Any] = {
    "state": {"sender_id": "p1", "tracker": {"slots": {"age": 67.5, "postcode": None}}, "ok": True},
    "words": {"text": 'dziękuję, ça va ☺ "quoted" \\ and a\nnewline'},
    "int keys": {1: "one", "2": "two"},  # orjson will not write these: left to aiohttp
    "list": [1, 2.25, "three", {"four": [5]}],
}


async def exchange(request: Any) -> list[dict[str, Any]]:
    received: list[dict[str, Any]] = []

    async def record(incoming: web.Request) -> web.Response:
        received.append({"type": incoming.content_type, "body": json.loads(await incoming.read())})
        return web.json_response({"events": []})

    app = web.Application()
    app.router.add_post("/webhook", record)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    try:
        for body in BODIES.values():
            answer = await request(endpoint, json=body, method="post", compress=False)
            received[-1]["answer"] = answer
        answer = await request(endpoint, json=BODIES["state"], method="post", compress=True)
        received[-1]["answer"] = answer
    finally:
        await runner.cleanup()
    return received


def main() -> None:
    rasas = EndpointConfig.request
    found: dict[str, Any] = {"rasa": asyncio.run(exchange(rasas))}
    json_body.install()
    json_body.install()
    found["installed"] = EndpointConfig.request.__wrapped__ is rasas  # once, however often installed
    found["ours"] = asyncio.run(exchange(EndpointConfig.request))
    print(json.dumps(found), file=sys.stdout)


if __name__ == "__main__":
    main()
