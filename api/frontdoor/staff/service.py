"""Creating staff accounts and checking their credentials."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdoor.sites.models import Site
from frontdoor.staff.models import ROLES, StaffSite, StaffUser
from frontdoor.staff.passwords import hash_password, verify_password

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
    site_ids = site_ids or []
    known = set(session.scalars(select(Site.id)))
    unknown = [s for s in site_ids if s not in known]
    if unknown:
        raise StaffError(f"unknown site(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    if role == "link_worker" and not site_ids:
        raise StaffError("a link worker needs at least one site (--site)")
    user = StaffUser(email=email, password_hash=hash_password(password), role=role)
    user.site_links = [StaffSite(site_id=s) for s in site_ids]
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, email: str, password: str) -> StaffUser | None:
    user = session.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if user is None or not user.active or not verify_password(password, user.password_hash):
        return None
    return user
