"""The link worker dashboard: sign in, the queue, one referral laid out for a phone call, and what
staff do with it (claim, record contact, change status, add a note, export). Staff only; every view
and change is audited."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from frontdoor.audit.log import record
from frontdoor.booking.preferences import meeting_label
from frontdoor.booking.service import in_words
from frontdoor.booking.slots import LONDON, working_days_between
from frontdoor.checklist.definition import CATEGORIES
from frontdoor.db.base import aware
from frontdoor.deps import ContentDep, SessionDep, SettingsDep
from frontdoor.referrals.fhir import referral_bundle
from frontdoor.referrals.handling import STAFF_STATUSES, HandlingError, add_note, claim, set_status
from frontdoor.referrals.models import Referral
from frontdoor.referrals.queue import QUEUE_STATUSES, list_queue, shown_to_staff
from frontdoor.referrals.record import to_record
from frontdoor.staff.service import authenticate
from frontdoor.staff.tokens import issue_token
from frontdoor.web.rendering import page
from frontdoor.web.staff_pages import staff_context
from frontdoor.web.staff_session import COOKIE, PageStaff, check_csrf, limiter, secure_cookies

router = APIRouter(prefix="/staff", tags=["dashboard pages"], include_in_schema=False)
SIGN_IN_COOKIE = "fd_signin"
ROLES = {
    "self": "Person with cancer",
    "carer_for_self": "Carer (for themselves)",
    "on_behalf": "On behalf of",
}
APPOINTMENT_TYPES = ("phone", "home_visit", "community_venue", "video")


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(request: Request) -> HTMLResponse:
    return _sign_in(request)


def _sign_in(request: Request, error: str | None = None, email: str = "", code: int = 200) -> HTMLResponse:
    token = secrets.token_urlsafe(24)
    response = page(
        request, "sign_in.html", status=code, title="Sign in", error=error, email=email, signin_token=token
    )
    response.set_cookie(SIGN_IN_COOKIE, token, httponly=True, samesite="strict", path="/staff")
    return response


@router.post("/sign-in", response_model=None)
def sign_in(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    email: Annotated[str, Form(max_length=254)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
    signin_token: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    expected = request.cookies.get(SIGN_IN_COOKIE, "")
    if not expected or not secrets.compare_digest(expected, signin_token):
        return _sign_in(request, "This page had expired. Please try again.", email, 400)
    if not email or not password:
        return _sign_in(request, "Enter your email address and password.", email, 400)
    wait = limiter(request).wait_seconds(email, _client(request))
    if wait:
        minutes = max(1, round(wait / 60))
        return _sign_in(request, f"Too many attempts. Try again in {minutes} minutes.", email, 429)
    user = authenticate(session, email, password)
    if user is None:
        limiter(request).failed(email, _client(request))
        record(session, "anonymous", "sign_in_failed", "staff_user", None)
        session.commit()
        return _sign_in(request, "Email address or password is not right.", email, 400)
    limiter(request).succeeded(email)
    record(session, user.email, "sign_in", "staff_user", str(user.id))
    session.commit()
    response = RedirectResponse("/staff", status_code=status.HTTP_303_SEE_OTHER)
    response.set_cookie(
        COOKIE,
        issue_token(settings, user.id, user.session_version),
        httponly=True,
        samesite="strict",
        secure=secure_cookies(settings),
        max_age=settings.access_token_minutes * 60,
        path="/",
    )
    response.delete_cookie(SIGN_IN_COOKIE, path="/staff")
    return response


@router.post("/sign-out", dependencies=[Depends(check_csrf)])
def sign_out(staff: PageStaff, session: SessionDep) -> RedirectResponse:
    record(session, staff.email, "sign_out", "staff_user", str(staff.id))
    session.commit()
    response = RedirectResponse("/staff/sign-in", status_code=status.HTTP_303_SEE_OTHER)
    response.delete_cookie(COOKIE, path="/")
    return response


def _common(request: Request, settings: SettingsDep, staff: PageStaff) -> dict[str, Any]:
    return staff_context(request, settings, staff)


def _wait(referral: Referral, content: ContentDep) -> dict[str, Any]:
    """Working days since first contact, against the site's target for the first appointment."""
    site = content.sites.get(referral.site_id) if referral.site_id else None
    if site is None:
        return {"days": None, "target": None, "over": False}
    today = datetime.now(UTC).astimezone(LONDON).date()
    days = working_days_between(aware(referral.created_at).astimezone(LONDON).date(), today, site.nation)
    target = site.first_appointment_target_working_days
    booked = referral.appointment is not None and referral.appointment.status == "booked"
    return {"days": days, "target": target, "over": days > target and not booked}


def _wanted(referral: Referral) -> str | None:
    """ "Home visit, "Friday 11.30"": what they asked for when no time was booked in the conversation."""
    if referral.meeting_wanted is None:
        return None
    label = meeting_label(referral.meeting_wanted).capitalize()
    return f'{label}, "{referral.meeting_when_wanted}"' if referral.meeting_when_wanted else label


def _row(referral: Referral, content: ContentDep) -> dict[str, Any]:
    top = sorted(referral.concerns, key=lambda c: -(c.score or 0))[:3]
    shown = referral.appointment
    return {
        "id": referral.id,
        "reference": referral.reference,
        "name": referral.name or "(no name given)",
        "preferred_name": referral.preferred_name,
        "role": ROLES.get(referral.referrer_role, referral.referrer_role),
        "priority": referral.priority,
        "status": referral.status,
        "concerns": [f"{c.label} {c.score}/10" if c.score is not None else c.label for c in top],
        "distress": referral.distress_score,
        "risks": sorted({flag.kind.replace("_", " ") for flag in referral.risk_flags}),
        "appointment": (in_words(shown) if shown is not None and shown.status == "booked" else None),
        "wanted": _wanted(referral),
        "interpreter": referral.interpreter_needed,
        "wait": _wait(referral, content),
    }


@router.get("", response_class=HTMLResponse)
def queue_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    staff: PageStaff,
    status_: Annotated[str, Query(alias="status", max_length=20)] = "",
    priority: Annotated[str, Query(max_length=10)] = "",
    appointment: Annotated[str, Query(max_length=20)] = "",
    interpreter: Annotated[str, Query(max_length=3)] = "",
) -> HTMLResponse:
    rows = list_queue(
        session,
        staff,
        site=None,
        status=status_ if status_ in QUEUE_STATUSES else None,
        priority=priority if priority in ("urgent", "high", "routine") else None,
        appointment_type=appointment if appointment in APPOINTMENT_TYPES else None,
        interpreter=True if interpreter == "yes" else None,
        limit=200,
        offset=0,
    )
    record(session, staff.email, "list", "referral", None, count=len(rows), page="queue")
    session.commit()
    return page(
        request,
        "queue.html",
        title="Referrals",
        rows=[_row(r, content) for r in rows],
        filters={
            "status": status_,
            "priority": priority,
            "appointment": appointment,
            "interpreter": interpreter,
        },
        statuses=QUEUE_STATUSES,
        appointment_types=[(t, meeting_label(t).capitalize()) for t in APPOINTMENT_TYPES],
        **_common(request, settings, staff),
    )


def _visible(session: SessionDep, staff: PageStaff, referral_id: str) -> Referral:
    found = session.get(Referral, referral_id)
    if found is None or not shown_to_staff(found):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No referral with that id.")
    if not staff.can_see_site(found.site_id):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This referral belongs to a site you do not work for.")
    return found


@router.get("/referrals/{referral_id}", response_class=HTMLResponse)
def record_page(
    referral_id: str,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    staff: PageStaff,
    done: Annotated[str, Query(max_length=20)] = "",
) -> HTMLResponse:
    referral = _visible(session, staff, referral_id)
    record(session, staff.email, "view", "referral", referral.id, page="record")
    session.commit()
    data = to_record(referral)
    site = content.sites.get(referral.site_id) if referral.site_id else None
    by_category = {
        content.checklist.categories[c]: [x for x in data["concerns"] if x["category"] == c]
        for c in CATEGORIES
    }
    return page(
        request,
        "record.html",
        title=f"Referral {referral.reference}",
        r=data,
        row=_row(referral, content),
        site_name=site.name if site else "No site (outside every area)",
        concerns_by_category={k: v for k, v in by_category.items() if v},
        notes=referral.notes,
        claimed_by=referral.claimed_by,
        staff_statuses=STAFF_STATUSES,
        done=done,
        **_common(request, settings, staff),
    )


def _back(referral: Referral, done: str) -> RedirectResponse:
    return RedirectResponse(
        f"/staff/referrals/{referral.id}?done={done}", status_code=status.HTTP_303_SEE_OTHER
    )


def _handled(action) -> None:
    try:
        action()
    except HandlingError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


@router.post("/referrals/{referral_id}/claim", dependencies=[Depends(check_csrf)])
def claim_referral(referral_id: str, session: SessionDep, staff: PageStaff) -> RedirectResponse:
    referral = _visible(session, staff, referral_id)
    _handled(lambda: claim(session, staff, referral))
    return _back(referral, "claimed")


@router.post("/referrals/{referral_id}/status", dependencies=[Depends(check_csrf)])
def change_status(
    referral_id: str, session: SessionDep, staff: PageStaff, new_status: Annotated[str, Form(max_length=20)]
) -> RedirectResponse:
    referral = _visible(session, staff, referral_id)
    _handled(lambda: set_status(session, staff, referral, new_status))
    return _back(referral, "status")


@router.post("/referrals/{referral_id}/notes", dependencies=[Depends(check_csrf)])
def note(
    referral_id: str, session: SessionDep, staff: PageStaff, text: Annotated[str, Form(max_length=5000)] = ""
) -> RedirectResponse:
    referral = _visible(session, staff, referral_id)
    _handled(lambda: add_note(session, staff, referral, text))
    return _back(referral, "note")


@router.get("/referrals/{referral_id}/export.json")
def export_json(referral_id: str, session: SessionDep, staff: PageStaff) -> JSONResponse:
    referral = _visible(session, staff, referral_id)
    record(session, staff.email, "export", "referral", referral.id, format="json")
    session.commit()
    return JSONResponse(
        to_record(referral),
        headers={"Content-Disposition": f'attachment; filename="referral-{referral.reference}.json"'},
    )


@router.get("/referrals/{referral_id}/export.fhir.json")
def export_fhir(referral_id: str, session: SessionDep, staff: PageStaff) -> JSONResponse:
    referral = _visible(session, staff, referral_id)
    record(session, staff.email, "export", "referral", referral.id, format="fhir")
    session.commit()
    return JSONResponse(
        referral_bundle(referral),
        media_type="application/fhir+json",
        headers={"Content-Disposition": f'attachment; filename="referral-{referral.reference}.fhir.json"'},
    )
