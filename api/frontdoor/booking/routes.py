"""Booking endpoints: the action server's (internal), the person's calendar file, and staff diaries."""

from __future__ import annotations

import hmac
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, status
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import select

from frontdoor.audit.log import record
from frontdoor.booking import conversation
from frontdoor.booking.calendar import appointment_ics
from frontdoor.booking.models import Appointment, DiaryException, LinkWorker
from frontdoor.booking.service import BookingError
from frontdoor.db.base import aware
from frontdoor.deps import ContentDep, SessionDep, SettingsDep, StaffDep, require_service
from frontdoor.referrals.models import Referral
from frontdoor.referrals.schemas import SubmitIn
from frontdoor.sites.config import DAYS, WorkingDay

internal = APIRouter(prefix="/internal/booking", tags=["internal"], dependencies=[Depends(require_service)])
public = APIRouter(tags=["booking"])
staff_router = APIRouter(prefix="/api", tags=["diaries"])
# Ids are database integers (32-bit on PostgreSQL): anything larger is refused with a 422, never queried.
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _now() -> datetime:
    return datetime.now(UTC)


@internal.post("/start")
def booking_start(body: SubmitIn, session: SessionDep, content: ContentDep) -> conversation.BookingOut:
    try:
        return conversation.start(session, content, body.conversation_id)
    except BookingError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


@internal.put("/answer")
def booking_answer(
    body: conversation.BookingAnswerIn, session: SessionDep, content: ContentDep, settings: SettingsDep
) -> conversation.BookingOut:
    try:
        return conversation.answer(session, content, settings, body, _now())
    except BookingError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


@internal.post("/cancel")
def booking_cancel(body: SubmitIn, session: SessionDep, content: ContentDep) -> conversation.BookingOut:
    try:
        return conversation.cancel_booking(session, content, body.conversation_id, _now())
    except BookingError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


@public.get("/appointments/{appointment_id}/calendar.ics")
def calendar_file(
    appointment_id: RowId,
    token: Annotated[str, Query(max_length=64)],
    session: SessionDep,
    content: ContentDep,
    settings: SettingsDep,
) -> Response:
    expected = conversation.calendar_token(settings, appointment_id)
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or not hmac.compare_digest(token, expected) or appointment.status != "booked":
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such appointment, or the link has expired")
    referral = session.get(Referral, appointment.referral_id)
    worker = session.get(LinkWorker, appointment.link_worker_id)
    site = content.sites.get(referral.site_id) if referral and referral.site_id else None
    body = appointment_ics(
        appointment,
        site.name if site else "Cancer support",
        worker.first_name if worker else "a link worker",
        referral.reference if referral else "",
    )
    return Response(
        body,
        media_type="text/calendar",
        headers={"Content-Disposition": 'attachment; filename="appointment.ics"'},
    )


def _worker_for(session: SessionDep, staff: StaffDep, worker_id: int, *, admin: bool = False) -> LinkWorker:
    worker = session.get(LinkWorker, worker_id)
    if worker is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no link worker with that id")
    if not staff.can_see_site(worker.site_id) or (admin and staff.role != "admin"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "you cannot change this diary")
    return worker


@staff_router.get("/sites/{site_id}/diary")
def diary(site_id: str, session: SessionDep, staff: StaffDep) -> dict[str, Any]:
    """Each link worker's pattern, time away and upcoming appointments."""
    if not staff.can_see_site(site_id):
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"you do not have access to site '{site_id}'")
    now = _now()
    workers = list(
        session.scalars(select(LinkWorker).where(LinkWorker.site_id == site_id).order_by(LinkWorker.id))
    )
    out = []
    for worker in workers:
        away = session.scalars(
            select(DiaryException).where(DiaryException.link_worker_id == worker.id, DiaryException.end > now)
        )
        booked = session.scalars(
            select(Appointment)
            .where(
                Appointment.link_worker_id == worker.id,
                Appointment.status == "booked",
                Appointment.start > now,
            )
            .order_by(Appointment.start)
        )
        out.append(
            {
                "id": worker.id,
                "first_name": worker.first_name,
                "active": worker.active,
                "week": worker.week,
                "away": [
                    {
                        "id": a.id,
                        "start": aware(a.start).isoformat(),
                        "end": aware(a.end).isoformat(),
                        "reason": a.reason,
                    }
                    for a in away
                ],
                "appointments": [
                    {
                        "id": b.id,
                        "referral_id": b.referral_id,
                        "start": aware(b.start).isoformat(),
                        "type": b.type,
                    }
                    for b in booked
                ],
            }
        )
    record(session, staff.email, "view", "diary", site_id)
    session.commit()
    return {"site": site_id, "link_workers": out}


class WeekIn(BaseModel):
    week: dict[str, WorkingDay] = Field(
        description="working pattern by day (mon..sun); days left out are off"
    )

    @model_validator(mode="after")
    def _days(self) -> WeekIn:
        unknown = [d for d in self.week if d not in DAYS]
        if unknown:
            raise ValueError(f"unknown day(s) {', '.join(unknown)}: use {', '.join(DAYS)}")
        return self


@staff_router.put("/link-workers/{worker_id}/week")
def set_week(worker_id: RowId, body: WeekIn, session: SessionDep, staff: StaffDep) -> dict[str, Any]:
    worker = _worker_for(session, staff, worker_id, admin=True)
    worker.week = {day: hours.model_dump(mode="json") for day, hours in body.week.items()}
    record(session, staff.email, "change_week", "link_worker", str(worker.id))
    session.commit()
    return {"id": worker.id, "week": worker.week}


class AwayIn(BaseModel):
    start: datetime
    end: datetime
    reason: str = Field(min_length=1, max_length=40, examples=["annual leave", "training"])

    @model_validator(mode="after")
    def _order(self) -> AwayIn:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("give start and end with a time zone, like 2026-12-01T09:00:00+00:00")
        if self.start >= self.end:
            raise ValueError("start must be before end")
        return self


@staff_router.post("/link-workers/{worker_id}/away", status_code=status.HTTP_201_CREATED)
def add_away(worker_id: RowId, body: AwayIn, session: SessionDep, staff: StaffDep) -> dict[str, Any]:
    """Leave or training: no new appointments are offered then (existing ones stay for staff to move)."""
    worker = _worker_for(session, staff, worker_id)
    away = DiaryException(link_worker_id=worker.id, start=body.start, end=body.end, reason=body.reason)
    session.add(away)
    session.flush()
    record(session, staff.email, "add_away", "link_worker", str(worker.id), reason=body.reason)
    session.commit()
    return {"id": away.id, "link_worker_id": worker.id}


@staff_router.delete("/away/{away_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove_away(away_id: RowId, session: SessionDep, staff: StaffDep) -> Response:
    away = session.get(DiaryException, away_id)
    if away is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no time away with that id")
    _worker_for(session, staff, away.link_worker_id)
    session.delete(away)
    record(session, staff.email, "remove_away", "link_worker", str(away.link_worker_id))
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
