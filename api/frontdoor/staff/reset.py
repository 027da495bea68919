"""One-time password reset links, made by an admin and shown to them once.

Making a link replaces the account's password with a random one nobody knows, so the old password
stops working at once. The link is a signed token bound to that replacement: once the new password
is set, the hash changes and the link no longer works. Nothing about it is stored, so it cannot be
shown again; it runs out after ``RESET_HOURS``.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

import jwt
from sqlalchemy.orm import Session

from frontdoor.settings import Settings
from frontdoor.staff.models import StaffUser
from frontdoor.staff.passwords import hash_password
from frontdoor.staff.service import end_sessions
from frontdoor.staff.tokens import ALGORITHM

RESET_HOURS = 24
PURPOSE = "password_reset"


def _bound_to(user: StaffUser) -> str:
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:32]


def start_reset(session: Session, settings: Settings, user: StaffUser) -> str:
    """Lock the old password out and return the token for the one-time link."""
    user.password_hash = hash_password(secrets.token_urlsafe(32))
    end_sessions(user)
    session.flush()
    now = datetime.now(UTC)
    claims = {
        "sub": str(user.id),
        "purpose": PURPOSE,
        "bound": _bound_to(user),
        "iat": now,
        "exp": now + timedelta(hours=RESET_HOURS),
    }
    return jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM)


def user_for_reset(session: Session, settings: Settings, token: str) -> StaffUser | None:
    """The active account this unused, unexpired link resets, or None."""
    try:
        claims = jwt.decode(token, settings.secret_key, algorithms=[ALGORITHM])
        user_id = int(claims["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
    if claims.get("purpose") != PURPOSE:
        return None
    user = session.get(StaffUser, user_id)
    if user is None or not user.active:
        return None
    return user if secrets.compare_digest(str(claims.get("bound")), _bound_to(user)) else None
