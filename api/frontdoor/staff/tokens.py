"""Signed bearer tokens for staff (OAuth2 password flow)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt

from frontdoor.settings import Settings

ALGORITHM = "HS256"


def issue_token(settings: Settings, user_id: int, session_version: int = 0) -> str:
    now = datetime.now(UTC)
    claims = {
        "sub": str(user_id),
        "sv": session_version,
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_minutes),
    }
    return jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM)


def read_token(settings: Settings, token: str) -> tuple[int, int] | None:
    """The user id and session version in a valid, unexpired sign-in token, or None (a password
    reset link is not one)."""
    try:
        claims = jwt.decode(token, settings.secret_key, algorithms=[ALGORITHM])
        return None if "purpose" in claims else (int(claims["sub"]), int(claims.get("sv", 0)))
    except (jwt.PyJWTError, KeyError, ValueError, TypeError):
        return None
