"""What every signed-in staff page shows: who is signed in, the CSRF token for its forms, and the
navigation (reports for managers and admins, accounts and diaries for admins)."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from frontdoor.settings import Settings
from frontdoor.staff.models import StaffUser
from frontdoor.web.staff_session import COOKIE, csrf_token


def staff_context(request: Request, settings: Settings, staff: StaffUser) -> dict[str, Any]:
    links = [("/staff", "Referrals")]
    if staff.can_see_reports():
        links.append(("/staff/reports", "Reports"))
    if staff.role == "admin":
        links += [
            ("/staff/admin/accounts", "Staff accounts"),
            ("/staff/admin/diaries", "Diaries"),
            ("/staff/admin/directory", "Local help"),
        ]
    return {
        "staff": staff,
        "csrf": csrf_token(settings, request.cookies.get(COOKIE, "")),
        "home_url": "/staff",
        "nav": links,
        "here": request.url.path,
    }
