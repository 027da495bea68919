"""The action server's only way to the rules: the API's internal endpoints, with the service token.

Under load a call can be slow or meet an API that is restarting. A call has one total time budget
(``BUDGET_SECONDS``, inside the 30 s the web chat waits for Rasa's answer): it waits for a slow
answer for as long as the budget lasts, rather than giving up on a turn the API is still working on
(an answer given up on while the API stores it leaves the form and the record apart). Within the
budget a call is sent again after a short pause only when that cannot apply it twice:

- any call the API never received (connection refused, or not connected in time);
- any call the API turned away unread (HTTP 429, 502, 503, 504);
- a call that changes nothing, or nothing more when sent twice (``READS``: the plan; the privacy
  answer, whose only write is the yes itself), whatever went wrong.

A write that reached the API and then failed or timed out is not sent again: reading the same words
twice could move a question on (a second worry's score). The form then says there was a problem and
asks again; nothing is dropped without the person being told.

Actions await ``call``: the request runs in a worker thread, so while one action waits on the API the
action server's event loop goes on with other conversations' actions (a blocking call held up every
action behind it). Each call opens its own connection: a kept-open one could be stale after the API
restarts, and a write sent on it could fail without being known to have arrived.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import time
from typing import TYPE_CHECKING, Any

import requests
from urllib3.exceptions import NewConnectionError

if TYPE_CHECKING:
    from rasa_sdk import Tracker

logger = logging.getLogger(__name__)
BUDGET_SECONDS = 25.0
CONNECT_SECONDS = 3.0
PAUSES = (0.1, 0.3, 1.0, 2.0)  # before the second, third... try; the last one repeats
TURNED_AWAY = frozenset({429, 502, 503, 504})
READS = frozenset({"/internal/referrals/plan", "/internal/consent/read", "/internal/intents/said"})


class ApiUnavailable(Exception):
    """The API could not be reached or answered with an error."""


class ApiNotFound(ApiUnavailable):
    """The API answered 404: there is nothing for this conversation yet."""


def _url(path: str) -> str:
    return os.environ.get("API_URL", "http://127.0.0.1:8000").rstrip("/") + path


def _headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {os.environ.get('SERVICE_TOKEN', '')}"}


def _never_received(exc: requests.RequestException) -> bool:
    """The request did not reach the API: refused, or no connection made in time."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(exc, requests.ConnectionError) and isinstance(reason, NewConnectionError)


async def call(method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """One call to the API within ``BUDGET_SECONDS``, tried again only where that is safe (above)."""
    return await asyncio.to_thread(_call, method, path, body)


def _call(method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    deadline = time.monotonic() + BUDGET_SECONDS
    pauses = itertools.chain(PAUSES, itertools.repeat(PAUSES[-1]))
    tries = 0
    while True:
        tries += 1
        left = max(deadline - time.monotonic(), 0.01)
        try:
            response = requests.request(
                method, _url(path), json=body, headers=_headers(), timeout=(min(CONNECT_SECONDS, left), left)
            )
        except requests.RequestException as exc:
            again, problem = path in READS or _never_received(exc), type(exc).__name__
        else:
            if response.status_code == 404:
                raise ApiNotFound(path)
            if response.status_code < 400:
                return response.json()
            again = path in READS or response.status_code in TURNED_AWAY
            problem = f"HTTP {response.status_code}"
        pause = next(pauses)
        if not again or time.monotonic() + pause >= deadline:
            logger.warning("API %s %s failed (%s tries): %s", method, path, tries, problem)
            raise ApiUnavailable(f"{path}: {problem}")
        logger.info("API %s %s: %s; trying again", method, path, problem)
        time.sleep(pause)


def channel_of(tracker: Tracker) -> str:
    """'sms' when the SMS bridge forwarded the message, else 'web' (the REST channel)."""
    return "sms" if tracker.get_latest_input_channel() == "sms" else "web"


async def save_answers(tracker: Tracker, **answers: Any) -> dict[str, Any]:
    """Store answers on the conversation's draft referral; returns the draft with any problems."""
    return await call(
        "PUT",
        "/internal/referrals/draft",
        {"conversation_id": tracker.sender_id, "channel": channel_of(tracker), "answers": answers},
    )
