"""Passing a text to the assistant through Rasa's REST channel, and turning its replies into SMS.

Buttons become numbered lines; a reply that is just a number is sent on as that choice's payload.
"""

from __future__ import annotations

from typing import Any

import httpx

from frontdoor.observability.metrics import TURN_SECONDS, TURNS

RASA_TIMEOUT = 20.0


class BotUnavailable(Exception):
    """Rasa (or the action server behind it) did not answer."""


def ask_rasa(
    rasa_url: str, conversation_id: str, text: str, phone: str, timeout: float = RASA_TIMEOUT
) -> list[dict[str, Any]]:
    """``phone`` goes as message metadata, so the person can say "same" to give it as their contact."""
    payload = {
        "sender": conversation_id,
        "message": text,
        "input_channel": "sms",
        "metadata": {"phone": phone},
    }
    TURNS.labels("sms").inc()
    try:
        with TURN_SECONDS.labels("sms").time():
            response = httpx.post(f"{rasa_url}/webhooks/rest/webhook", json=payload, timeout=timeout)
        response.raise_for_status()
        return response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise BotUnavailable(type(exc).__name__) from exc


def render(replies: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Texts to send, and the payloads of the choices offered (in number order).

    A reply whose text already lists the choices as numbered lines is sent as it is."""
    texts: list[str] = []
    choices: list[str] = []
    for reply in replies:
        text = reply.get("text") or ""
        buttons = reply.get("buttons") or []
        if buttons:
            choices = [b.get("payload") or b.get("title", "") for b in buttons]
            if "\n1." not in text:
                text += "".join(f"\n{i}. {b.get('title', '')}" for i, b in enumerate(buttons, start=1))
        if text:
            texts.append(text)
    return texts, choices


def choice_for(body: str, choices: list[str]) -> str:
    """ "2" becomes the second choice's payload; anything else is passed on as typed."""
    stripped = body.strip().rstrip(".")
    if stripped.isdigit() and 1 <= int(stripped) <= len(choices):
        return choices[int(stripped) - 1]
    return body
