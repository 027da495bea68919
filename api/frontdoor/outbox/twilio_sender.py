"""Sending SMS with Twilio's own client.

``TWILIO_API_BASE`` points the client at another base URL (a local fake of Twilio's REST API in
tests): the twilio library still builds, signs and parses every request itself.
"""

from __future__ import annotations

from typing import Any

from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from frontdoor.outbox.models import OutboxMessage
from frontdoor.outbox.service import SendError

TWILIO_API = "https://api.twilio.com"


class _RebasedHttpClient(TwilioHttpClient):
    def __init__(self, base_url: str) -> None:
        super().__init__(timeout=10)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        return super().request(method, url.replace(TWILIO_API, self.base_url, 1), *args, **kwargs)


class TwilioSender:
    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        default_from: str,
        status_callback: str | None,
        api_base: str | None = None,
    ) -> None:
        http_client = _RebasedHttpClient(api_base) if api_base else TwilioHttpClient(timeout=10)
        self.client = Client(account_sid, auth_token, http_client=http_client)
        self.default_from = default_from
        self.status_callback = status_callback

    def send(self, message: OutboxMessage) -> str:
        options: dict[str, Any] = {
            "to": message.to_address,
            "from_": message.from_address or self.default_from,
            "body": message.body,
        }
        if self.status_callback:
            options["status_callback"] = self.status_callback
        try:
            return self.client.messages.create(**options).sid
        except TwilioRestException as exc:
            raise SendError(f"Twilio {exc.status}: {exc.code}", permanent=400 <= exc.status < 500) from exc
        except Exception as exc:  # network failures: retry later
            raise SendError(type(exc).__name__) from exc
