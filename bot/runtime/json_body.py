"""Rasa's HTTP calls (to the action server above all) with their JSON body written by orjson.

Rasa 3.6 passes the body of every call as ``json=`` to aiohttp, which writes it with the standard
library's ``json.dumps``: for a call to the action server that is the conversation's state and the
domain, tens of kilobytes, written on every action call (a twentieth of Rasa's busy time at 10 people at
once, py-spy). ``install()`` wraps ``EndpointConfig.request`` so the body is written by orjson (a tenth
of the time) and sent as the same JSON, with the same ``Content-Type``. A body orjson cannot write (keys
that are not strings, say) is left to aiohttp as before.
"""

from __future__ import annotations

from functools import wraps
from typing import Any

import orjson
from rasa.utils.endpoints import EndpointConfig


def with_orjson(request: Any) -> Any:
    """``EndpointConfig.request`` with a ``json=`` body written by orjson."""

    @wraps(request)
    async def send(self: EndpointConfig, *args: Any, **kwargs: Any) -> Any:
        if (
            kwargs.get("json") is not None
            and kwargs.get("content_type", "application/json") == "application/json"
        ):
            try:
                kwargs["data"] = orjson.dumps(kwargs["json"])
            except TypeError:  # orjson.JSONEncodeError
                pass
            else:
                del kwargs["json"]
        return await request(self, *args, **kwargs)

    send.writes_orjson = True  # type: ignore[attr-defined]
    return send


def install() -> None:
    """Make Rasa write its calls' JSON with orjson. Installing twice changes nothing."""
    if not getattr(EndpointConfig.request, "writes_orjson", False):
        EndpointConfig.request = with_orjson(EndpointConfig.request)  # type: ignore[method-assign]
