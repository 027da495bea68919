"""FastAPI dependencies: database session, content, the signed-in member of staff, the service token."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from frontdoor.content import Content, get_content
from frontdoor.db.session import get_session
from frontdoor.settings import Settings, get_settings
from frontdoor.staff.models import StaffUser
from frontdoor.staff.service import user_for_token

oauth2 = OAuth2PasswordBearer(tokenUrl="/api/auth/token", auto_error=False)

SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
ContentDep = Annotated[Content, Depends(get_content)]


def current_staff(
    session: SessionDep, settings: SettingsDep, token: Annotated[str | None, Depends(oauth2)]
) -> StaffUser:
    user = user_for_token(session, settings, token)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Sign in first: send a valid bearer token from /api/auth/token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


StaffDep = Annotated[StaffUser, Depends(current_staff)]


def require_service(settings: SettingsDep, authorization: Annotated[str | None, Header()] = None) -> None:
    """Internal endpoints are for the action server only, which sends ``Bearer <SERVICE_TOKEN>``."""
    expected = f"Bearer {settings.service_token}"
    if authorization is None or not hmac.compare_digest(authorization.encode(), expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "internal endpoint: service token required")
