"""Running the service from the dashboard (admins only): staff accounts and link workers' diaries.

Every form carries the CSRF token and every change is audited, under the same rules as the API:
admins change accounts and weekly patterns; time away may be added by anyone who may see the site
(here, admins). A deactivated account is refused on its very next request (``page_staff`` and
``current_staff`` check ``active`` every time).
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import ValidationError
from sqlalchemy import select

from frontdoor.audit.log import record
from frontdoor.booking.diary import diaries_for
from frontdoor.booking.models import DiaryException, LinkWorker
from frontdoor.booking.routes import WeekIn
from frontdoor.booking.service import OFFER_GRID_MINUTES
from frontdoor.booking.slots import LONDON, add_working_days, find_slots
from frontdoor.content import Content
from frontdoor.db.base import aware
from frontdoor.deps import ContentDep, SessionDep, SettingsDep
from frontdoor.reports.service import EARLIEST, LATEST
from frontdoor.sites.config import DAYS, SiteConfig
from frontdoor.staff.models import ROLES, StaffUser
from frontdoor.staff.reset import start_reset, user_for_reset
from frontdoor.staff.service import StaffError, create_user, set_active, set_password, set_role_and_sites
from frontdoor.web.rendering import page
from frontdoor.web.staff_pages import staff_context
from frontdoor.web.staff_session import PageStaff, check_csrf

router = APIRouter(prefix="/staff", tags=["admin pages"], include_in_schema=False)
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]  # a database integer (32-bit on PostgreSQL)
DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
ROLE_NAMES = {"link_worker": "Link worker", "manager": "Service manager", "admin": "Admin"}
DONE = {
    "created": "Account created.",
    "access": "Role and sites saved.",
    "deactivated": "Account deactivated: it is signed out everywhere.",
    "activated": "Account re-activated.",
    "week": "Weekly pattern saved.",
    "away": "Time away added.",
    "away_removed": "Time away removed.",
}


def admin_only(staff: PageStaff) -> StaffUser:
    if staff.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only admins can manage accounts and diaries.")
    return staff


Admin = Annotated[StaffUser, Depends(admin_only)]


def _accounts_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: Content,
    admin: StaffUser,
    *,
    error: str | None = None,
    done: str = "",
    reset_link: str | None = None,
    reset_for: str | None = None,
    code: int = 200,
) -> HTMLResponse:
    users = list(session.scalars(select(StaffUser).order_by(StaffUser.email)))
    return page(
        request,
        "admin_accounts.html",
        status=code,
        title="Staff accounts",
        users=users,
        roles=[(r, ROLE_NAMES[r]) for r in ROLES],
        role_names=ROLE_NAMES,
        sites=content.sites.sites,
        error=error,
        done=DONE.get(done),
        reset_link=reset_link,
        reset_for=reset_for,
        **staff_context(request, settings, admin),
    )


@router.get("/admin/accounts", response_class=HTMLResponse)
def accounts(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    admin: Admin,
    done: Annotated[str, Query(max_length=20)] = "",
) -> HTMLResponse:
    record(session, admin.email, "list", "staff_user", None, page="accounts")
    session.commit()
    return _accounts_page(request, session, settings, content, admin, done=done)


def _account(session: SessionDep, user_id: int) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no staff account with that id.")
    return user


def _to_accounts(done: str) -> RedirectResponse:
    return RedirectResponse(f"/staff/admin/accounts?done={done}", status_code=status.HTTP_303_SEE_OTHER)


def _reset_url(request: Request, settings: SettingsDep, token: str) -> str:
    base = settings.public_base_url.rstrip("/") if settings.public_base_url else str(request.base_url)
    return f"{base.rstrip('/')}/staff/reset-password/{token}"


@router.post("/admin/accounts", response_model=None, dependencies=[Depends(check_csrf)])
def create_account(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    admin: Admin,
    email: Annotated[str, Form(max_length=254)] = "",
    role: Annotated[str, Form(max_length=20)] = "",
    sites: Annotated[list[str] | None, Form(max_length=40)] = None,
) -> HTMLResponse:
    """A new account has no password anyone knows: the admin gets a one-time link to pass on."""
    try:
        user = create_user(session, email, secrets.token_urlsafe(32), role, sites or [])
        token = start_reset(session, settings, user)
    except StaffError as exc:
        session.rollback()
        return _accounts_page(request, session, settings, content, admin, error=_sentence(exc), code=400)
    record(session, admin.email, "create", "staff_user", str(user.id), role=role, sites=user.site_ids)
    record(session, admin.email, "password_reset_link", "staff_user", str(user.id))
    session.commit()
    return _accounts_page(
        request,
        session,
        settings,
        content,
        admin,
        done="created",
        reset_link=_reset_url(request, settings, token),
        reset_for=user.email,
    )


def _sentence(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


@router.post("/admin/accounts/{user_id}/access", response_model=None, dependencies=[Depends(check_csrf)])
def change_access(
    user_id: RowId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    admin: Admin,
    role: Annotated[str, Form(max_length=20)] = "",
    sites: Annotated[list[str] | None, Form(max_length=40)] = None,
) -> HTMLResponse | RedirectResponse:
    user = _account(session, user_id)
    if user.id == admin.id and role != "admin":
        return _accounts_page(
            request,
            session,
            settings,
            content,
            admin,
            error="You cannot remove your own admin role.",
            code=400,
        )
    try:
        set_role_and_sites(session, user, role, sites or [])
    except StaffError as exc:
        session.rollback()
        return _accounts_page(request, session, settings, content, admin, error=_sentence(exc), code=400)
    record(session, admin.email, "change_access", "staff_user", str(user.id), role=role, sites=user.site_ids)
    session.commit()
    return _to_accounts("access")


@router.post("/admin/accounts/{user_id}/active", response_model=None, dependencies=[Depends(check_csrf)])
def change_active(
    user_id: RowId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    admin: Admin,
    active: Annotated[str, Form(max_length=3)] = "",
) -> HTMLResponse | RedirectResponse:
    user = _account(session, user_id)
    if active not in ("yes", "no"):
        return _accounts_page(request, session, settings, content, admin, error="Choose yes or no.", code=400)
    try:
        set_active(session, user, active == "yes", admin)
    except StaffError as exc:
        return _accounts_page(request, session, settings, content, admin, error=_sentence(exc), code=400)
    record(session, admin.email, "activate" if active == "yes" else "deactivate", "staff_user", str(user.id))
    session.commit()
    return _to_accounts("activated" if active == "yes" else "deactivated")


@router.post("/admin/accounts/{user_id}/reset", response_model=None, dependencies=[Depends(check_csrf)])
def reset_password(
    user_id: RowId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    admin: Admin,
) -> HTMLResponse:
    """The old password stops working now; the link is shown on this page only, once."""
    user = _account(session, user_id)
    if not user.active:
        return _accounts_page(
            request, session, settings, content, admin, error="Re-activate the account first.", code=400
        )
    token = start_reset(session, settings, user)
    record(session, admin.email, "password_reset_link", "staff_user", str(user.id))
    session.commit()
    return _accounts_page(
        request,
        session,
        settings,
        content,
        admin,
        reset_link=_reset_url(request, settings, token),
        reset_for=user.email,
    )


TokenPath = Annotated[str, Path(max_length=1000)]


@router.get("/reset-password/{token}", response_class=HTMLResponse)
def choose_password_page(
    token: TokenPath, request: Request, session: SessionDep, settings: SettingsDep
) -> HTMLResponse:
    user = user_for_reset(session, settings, token)
    return page(
        request,
        "reset_password.html",
        status=200 if user else 404,
        title="Choose a password",
        valid=user is not None,
        email=user.email if user else "",
        error=None,
        staff=None,
        home_url="/staff",
    )


@router.post("/reset-password/{token}", response_model=None)
def choose_password(
    token: TokenPath,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    password: Annotated[str, Form(max_length=200)] = "",
    confirm: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse | RedirectResponse:
    user = user_for_reset(session, settings, token)
    error = None
    if user is None:
        error = "This link has been used or has run out. Ask an admin for a new one."
    elif password != confirm:
        error = "The two passwords are not the same."
    else:
        try:
            set_password(session, user, password)
        except StaffError as exc:
            error = _sentence(exc)
    if error or user is None:
        return page(
            request,
            "reset_password.html",
            status=400,
            title="Choose a password",
            valid=user is not None,
            email=user.email if user else "",
            error=error,
            staff=None,
            home_url="/staff",
        )
    record(session, user.email, "set_password", "staff_user", str(user.id))
    session.commit()
    return RedirectResponse("/staff/sign-in", status_code=status.HTTP_303_SEE_OTHER)


def free_slots(session: SessionDep, site: SiteConfig, now: datetime) -> dict[int, int]:
    """Free first-appointment times (the site's first kind of meeting, on the offer grid) from tomorrow
    to the site's target, per link worker: what someone referring today could be offered."""
    kind = next(t.kind for t in site.appointment_types if t.enabled)
    today = now.astimezone(LONDON).date()
    last = add_working_days(today, site.first_appointment_target_working_days, site.nation)
    until = datetime.combine(last + timedelta(days=1), time(), LONDON)
    out = {}
    for diary in diaries_for(session, site, now, until):
        slots = find_slots(
            site=site,
            kind=kind,
            diaries=[diary],
            now=now,
            first_contact=today,
            limit=10_000,
            step_minutes=OFFER_GRID_MINUTES,
        )
        out[diary.worker_id] = len(slots)
    return out


def _whole_days(start: datetime, end: datetime) -> bool:
    return start.time() == end.time() == time()


def _moment(day: datetime, exact: datetime) -> str:
    """A day as "Wed 25 Nov 2026", with the time too unless it starts or ends a whole day."""
    return f"{day:%a %d %b %Y}" if exact.time() == time() else f"{day:%a %d %b %Y %H:%M}"


def _diaries_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: Content,
    admin: StaffUser,
    site_id: str,
    *,
    error: str | None = None,
    done: str = "",
    code: int = 200,
) -> HTMLResponse:
    site = content.sites.get(site_id) or content.sites.sites[0]
    now = datetime.now(UTC)
    workers = list(
        session.scalars(select(LinkWorker).where(LinkWorker.site_id == site.id).order_by(LinkWorker.id))
    )
    away: dict[int, list[dict[str, Any]]] = {w.id: [] for w in workers}
    for a in session.scalars(
        select(DiaryException)
        .where(DiaryException.link_worker_id.in_(list(away)), DiaryException.end > now)
        .order_by(DiaryException.start)
    ):
        start, end = aware(a.start).astimezone(LONDON), aware(a.end).astimezone(LONDON)
        away[a.link_worker_id].append(
            {
                "id": a.id,
                "from": _moment(start, start),
                "to": _moment(end - timedelta(days=1), end) if _whole_days(start, end) else _moment(end, end),
                "reason": a.reason,
            }
        )
    return page(
        request,
        "admin_diaries.html",
        status=code,
        title="Diaries",
        site=site,
        sites=content.sites.sites,
        workers=workers,
        away=away,
        free=free_slots(session, site, now),
        days=DAY_NAMES,
        error=error,
        done=DONE.get(done),
        **staff_context(request, settings, admin),
    )


@router.get("/admin/diaries", response_class=HTMLResponse)
def diaries(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    admin: Admin,
    site: Annotated[str, Query(max_length=40)] = "",
    done: Annotated[str, Query(max_length=20)] = "",
) -> HTMLResponse:
    chosen = content.sites.get(site) or content.sites.sites[0]
    record(session, admin.email, "view", "diary", chosen.id, page="diaries")
    session.commit()
    return _diaries_page(request, session, settings, content, admin, chosen.id, done=done)


def _worker(session: SessionDep, worker_id: int) -> LinkWorker:
    worker = session.get(LinkWorker, worker_id)
    if worker is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no link worker with that id.")
    return worker


def _to_diaries(site_id: str, done: str) -> RedirectResponse:
    return RedirectResponse(
        f"/staff/admin/diaries?site={site_id}&done={done}", status_code=status.HTTP_303_SEE_OTHER
    )


@router.post("/admin/link-workers/{worker_id}/week", response_model=None, dependencies=[Depends(check_csrf)])
async def change_week(
    worker_id: RowId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    admin: Admin,
) -> HTMLResponse | RedirectResponse:
    """Each day: start and end (both blank for a day off), and an optional break."""
    worker = _worker(session, worker_id)
    form = await request.form()
    week: dict[str, dict[str, str]] = {}
    for day in DAYS:
        hours = {k: str(form.get(f"{day}_{k}", ""))[:5] for k in ("start", "end", "break_start", "break_end")}
        if hours["start"] or hours["end"]:
            week[day] = {k: v for k, v in hours.items() if v}
    try:
        checked = WeekIn.model_validate({"week": week})
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = next((DAY_NAMES[p] for p in problem["loc"] if p in DAY_NAMES), "The pattern")
        message = f"{where}: {problem['msg'].removeprefix('Value error, ')}."
        return _diaries_page(
            request, session, settings, content, admin, worker.site_id, error=message, code=400
        )
    worker.week = {day: hours.model_dump(mode="json") for day, hours in checked.week.items()}
    record(session, admin.email, "change_week", "link_worker", str(worker.id))
    session.commit()
    return _to_diaries(worker.site_id, "week")


def _day(value: str, label: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise StaffError(f"Enter the {label} as a date, like 2026-12-21.") from None


@router.post("/admin/link-workers/{worker_id}/away", response_model=None, dependencies=[Depends(check_csrf)])
def add_away(
    worker_id: RowId,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    admin: Admin,
    first_day: Annotated[str, Form(max_length=10)] = "",
    last_day: Annotated[str, Form(max_length=10)] = "",
    reason: Annotated[str, Form(max_length=40)] = "",
) -> HTMLResponse | RedirectResponse:
    """Whole days away, from the first to the last day inclusive (UK time)."""
    worker = _worker(session, worker_id)
    try:
        first, last = _day(first_day, "first day"), _day(last_day, "last day")
        if not (first >= EARLIEST and last <= LATEST):
            raise StaffError(f"Choose days from {EARLIEST.year} to {LATEST.year}.")
        if last < first:
            raise StaffError("The last day must be on or after the first day.")
        if (last - first).days > 366:
            raise StaffError("Add time away of at most a year at once.")
        if not reason.strip():
            raise StaffError("Say why (for example annual leave or training).")
    except StaffError as exc:
        return _diaries_page(
            request, session, settings, content, admin, worker.site_id, error=str(exc), code=400
        )
    start = datetime.combine(first, time(), LONDON)
    end = datetime.combine(last + timedelta(days=1), time(), LONDON)
    session.add(DiaryException(link_worker_id=worker.id, start=start, end=end, reason=reason.strip()))
    record(session, admin.email, "add_away", "link_worker", str(worker.id), reason=reason.strip())
    session.commit()
    return _to_diaries(worker.site_id, "away")


@router.post("/admin/away/{away_id}/remove", dependencies=[Depends(check_csrf)])
def remove_away(away_id: RowId, session: SessionDep, admin: Admin) -> RedirectResponse:
    away = session.get(DiaryException, away_id)
    if away is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no time away with that id.")
    worker = _worker(session, away.link_worker_id)
    session.delete(away)
    record(session, admin.email, "remove_away", "link_worker", str(worker.id))
    session.commit()
    return _to_diaries(worker.site_id, "away_removed")
