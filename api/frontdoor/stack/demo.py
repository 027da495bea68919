"""The demo staff account that ``make run`` creates and prints (demo mode only)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdoor.settings import Settings, demo_secret
from frontdoor.staff.models import StaffUser
from frontdoor.staff.service import create_user

DEMO_EMAIL = "demo.admin@example.org"


def ensure_demo_account(session: Session, settings: Settings) -> tuple[str, str]:
    """Create the demo admin once; its password is kept under var/secrets so it can be printed."""
    if settings.frontdoor_env != "demo":
        raise RuntimeError("the demo account exists only in demo mode")
    password = demo_secret("demo_password")
    if session.scalar(select(StaffUser).where(StaffUser.email == DEMO_EMAIL)) is None:
        create_user(session, DEMO_EMAIL, password, "admin")
        session.commit()
    return DEMO_EMAIL, password
