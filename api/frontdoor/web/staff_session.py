"""Signing staff in to the dashboard pages: a session cookie, a CSRF token for every form, and a
limit on sign-in attempts.

The cookie holds the same signed token as the API's bearer tokens (HttpOnly, SameSite=Strict, and
Secure when the service is served over https). Every form carries a CSRF token derived from that
session, checked on each POST. Five failed sign-ins for one address, or twenty from one client,
within 15 minutes lock further tries for the rest of that window (kept in memory: one API process;
with several, put this in Redis).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import defaultdict, deque
from typing import Annotated

from fastapi import Cookie, Depends, HTTPException, Request, status

from frontdoor.deps import SessionDep, SettingsDep
from frontdoor.settings import Settings
from frontdoor.staff.models import StaffUser
from frontdoor.staff.service import user_for_token

COOKIE = "fd_session"
WINDOW_SECONDS = 15 * 60
MAX_PER_EMAIL, MAX_PER_CLIENT = 5, 20


class SignInLimiter:
    def __init__(self) -> None:
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] < now - WINDOW_SECONDS:
            failures.popleft()
        return failures

    def wait_seconds(self, email: str, client: str) -> int:
        """0 when another try is allowed, else how long until it is."""
        now = time.monotonic()
        with self._lock:
            waits = [
                int(failures[0] + WINDOW_SECONDS - now) + 1
                for key, limit in (
                    (f"email:{email.lower()}", MAX_PER_EMAIL),
                    (f"client:{client}", MAX_PER_CLIENT),
                )
                if len(failures := self._recent(key, now)) >= limit
            ]
        return max(waits, default=0)

    def failed(self, email: str, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._failures[f"email:{email.lower()}"].append(now)
            self._failures[f"client:{client}"].append(now)

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(f"email:{email.lower()}", None)


def limiter(request: Request) -> SignInLimiter:
    """One limiter per running app (see ``create_app``)."""
    return request.app.state.sign_in_limiter


def csrf_token(settings: Settings, session_token: str) -> str:
    return hmac.new(
        settings.secret_key.encode(), f"csrf:{session_token}".encode(), hashlib.sha256
    ).hexdigest()


def secure_cookies(settings: Settings) -> bool:
    return settings.public_base_url.startswith("https://")


class SignInRequired(Exception):
    """No valid session: the page sends the person to the sign-in page."""


def page_staff(
    session: SessionDep, settings: SettingsDep, fd_session: Annotated[str | None, Cookie()] = None
) -> StaffUser:
    user = user_for_token(session, settings, fd_session)
    if user is None:
        raise SignInRequired
    return user


PageStaff = Annotated[StaffUser, Depends(page_staff)]


async def check_csrf(
    request: Request, settings: SettingsDep, fd_session: Annotated[str | None, Cookie()] = None
) -> None:
    form = await request.form()
    sent = str(form.get("csrf_token", ""))
    if not fd_session or not hmac.compare_digest(sent, csrf_token(settings, fd_session)):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "This form has expired. Go back, reload the page and try again."
        )
