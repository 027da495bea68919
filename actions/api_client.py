"""The action server's only way to the rules: the API's internal endpoints, with the service token."""

from __future__ import annotations

import logging
import os
from typing import Any

import requests
from rasa_sdk import Tracker

logger = logging.getLogger(__name__)
TIMEOUT = 10


class ApiUnavailable(Exception):
    """The API could not be reached or answered with an error."""


class ApiNotFound(ApiUnavailable):
    """The API answered 404: there is nothing for this conversation yet."""


def _url(path: str) -> str:
    return os.environ.get("API_URL", "http://127.0.0.1:8000").rstrip("/") + path


def _headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {os.environ.get('SERVICE_TOKEN', '')}"}


def call(method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    try:
        response = requests.request(method, _url(path), json=body, headers=_headers(), timeout=TIMEOUT)
    except requests.RequestException as exc:
        logger.warning("API %s %s unreachable: %s", method, path, type(exc).__name__)
        raise ApiUnavailable(path) from exc
    if response.status_code == 404:
        raise ApiNotFound(path)
    if response.status_code >= 400:
        logger.warning("API %s %s answered %s", method, path, response.status_code)
        raise ApiUnavailable(f"{path}: HTTP {response.status_code}")
    return response.json()


def channel_of(tracker: Tracker) -> str:
    """'sms' when the SMS bridge forwarded the message, else 'web' (the REST channel)."""
    return "sms" if tracker.get_latest_input_channel() == "sms" else "web"


def save_answers(tracker: Tracker, **answers: Any) -> dict[str, Any]:
    """Store answers on the conversation's draft referral; returns the draft with any problems."""
    return call(
        "PUT",
        "/internal/referrals/draft",
        {"conversation_id": tracker.sender_id, "channel": channel_of(tracker), "answers": answers},
    )
