"""Creating staff accounts and checking their credentials."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdoor.settings import Settings
from frontdoor.sites.models import Site
from frontdoor.staff.models import ROLES, SITE_ROLES, StaffSite, StaffUser
from frontdoor.staff.passwords import hash_password, verify_password
from frontdoor.staff.tokens import read_token

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 10


class StaffError(ValueError):
    """A request about a staff account that cannot be carried out, with a message for the person."""


def create_user(
    session: Session, email: str, password: str, role: str, site_ids: list[str] | None = None
) -> StaffUser:
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise StaffError(f"'{email}' is not an email address")
    if role not in ROLES:
        raise StaffError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"the password must be at least {MIN_PASSWORD} characters")
    if session.scalar(select(StaffUser).where(StaffUser.email == email)):
        raise StaffError(f"an account for {email} already exists")
    site_ids = _checked_sites(session, role, site_ids or [])
    user = StaffUser(email=email, password_hash=hash_password(password), role=role)
    user.site_links = [StaffSite(site_id=s) for s in site_ids]
    session.add(user)
    session.flush()
    return user


def _checked_sites(session: Session, role: str, site_ids: list[str]) -> list[str]:
    known = set(session.scalars(select(Site.id)))
    unknown = [s for s in site_ids if s not in known]
    if unknown:
        raise StaffError(f"unknown site(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    if role in SITE_ROLES and not site_ids:
        raise StaffError(f"a {role.replace('_', ' ')} needs at least one site (--site)")
    return list(dict.fromkeys(site_ids))


def set_role_and_sites(session: Session, user: StaffUser, role: str, site_ids: list[str]) -> None:
    """Change what an account may do and see. Admins see every site, so their site list is cleared."""
    if role not in ROLES:
        raise StaffError(f"role must be one of {', '.join(ROLES)}")
    site_ids = _checked_sites(session, role, [] if role == "admin" else site_ids)
    user.role = role
    user.site_links = [StaffSite(site_id=s) for s in site_ids]
    session.flush()


def set_active(session: Session, user: StaffUser, active: bool, by: StaffUser) -> None:
    """Deactivating takes effect on the account's very next request: sessions and tokens are checked
    against ``active`` every time. Nobody deactivates themselves (there would be no way back in)."""
    if not active and user.id == by.id:
        raise StaffError("you cannot deactivate your own account")
    user.active = active
    if not active:
        end_sessions(user)  # re-activating later does not bring old sessions back
    session.flush()


def end_sessions(user: StaffUser) -> None:
    """Every sign-in token issued so far (cookie or bearer) stops working."""
    user.session_version = (user.session_version or 0) + 1


def user_for_token(session: Session, settings: Settings, token: str | None) -> StaffUser | None:
    """The active account a sign-in token belongs to, checked on every request: None once the account
    is deactivated or its sessions were ended (password reset or changed)."""
    read = read_token(settings, token) if token else None
    if read is None or not 0 < read[0] < 2**31:
        return None
    user = session.get(StaffUser, read[0])
    if user is None or not user.active or read[1] != (user.session_version or 0):
        return None
    return user


def set_password(session: Session, user: StaffUser, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"the password must be at least {MIN_PASSWORD} characters")
    user.password_hash = hash_password(password)
    end_sessions(user)
    session.flush()


def authenticate(session: Session, email: str, password: str) -> StaffUser | None:
    user = session.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if user is None or not user.active or not verify_password(password, user.password_hash):
        return None
    return user
