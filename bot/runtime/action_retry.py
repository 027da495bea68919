"""Rasa's calls to the action server, sent again when they never reached it.

Rasa 3.6 gives up on a custom action at the first connection error (``RemoteAction.run`` catches
``aiohttp.ClientConnectionError``) and carries on without the action's events: a form's validation
is skipped and the person's answer is lost, whatever they are then told. A call that never reached
the action server ran nothing there, so it is safe to send again: no connection could be made (the
action server restarting), or the connection was closing before Rasa wrote the request to it. Those
are sent again after a short pause, for up to ``BUDGET_SECONDS``. Anything else (the action server
answered, or failed after receiving the request) is left to Rasa as before.

``install()`` wraps ``EndpointConfig.request``, the one way Rasa calls its HTTP endpoints; nothing
else in Rasa changes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from functools import wraps
from typing import Any

import aiohttp
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)
BUDGET_SECONDS = 20.0
PAUSES = (0.2, 0.5, 1.0, 2.0)  # before the second, third... try; the last one repeats
UNWRITTEN = "Cannot write to closing transport"  # aiohttp, before any byte of the request went out


def never_reached(exc: BaseException) -> bool:
    """The request did not reach the server: no connection, or none left to write it on."""
    if isinstance(exc, aiohttp.ClientConnectorError):
        return True
    return isinstance(exc, aiohttp.ClientOSError) and UNWRITTEN in str(exc)


def with_retry(request: Any) -> Any:
    """``EndpointConfig.request``, sent again while it never reached the server (within the budget)."""

    @wraps(request)
    async def send(self: EndpointConfig, *args: Any, **kwargs: Any) -> Any:
        deadline = time.monotonic() + BUDGET_SECONDS
        tries = 0
        while True:
            tries += 1
            try:
                return await request(self, *args, **kwargs)
            except aiohttp.ClientError as exc:
                pause = PAUSES[min(tries, len(PAUSES)) - 1]
                if not never_reached(exc) or time.monotonic() + pause >= deadline:
                    raise
                logger.warning(
                    "%s did not reach %s (try %s); sending it again", type(exc).__name__, self.url, tries
                )
                await asyncio.sleep(pause)

    send.sends_again = True  # type: ignore[attr-defined]
    return send


def install() -> None:
    """Make Rasa send a call again while it never reached the server. Installing twice changes nothing."""
    if not getattr(EndpointConfig.request, "sends_again", False):
        EndpointConfig.request = with_retry(EndpointConfig.request)  # type: ignore[method-assign]
