"""Staff sign-in: the OAuth2 password flow."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from frontdoor.audit.log import record
from frontdoor.deps import SessionDep, SettingsDep
from frontdoor.staff.service import authenticate
from frontdoor.staff.tokens import issue_token

router = APIRouter(prefix="/api/auth", tags=["staff"])


@router.post("/token")
def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep, settings: SettingsDep
) -> dict[str, str]:
    user = authenticate(session, form.username, form.password)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Email or password not recognised",
            headers={"WWW-Authenticate": "Bearer"},
        )
    record(session, user.email, "sign_in", "staff", str(user.id))
    session.commit()
    return {"access_token": issue_token(settings, user.id, user.session_version), "token_type": "bearer"}
