"""A site's diary as the slot finder needs it: each link worker's pattern and the time they are busy.

Busy means booked appointments and live holds (with travel around home visits) and leave or training.
A hold whose time has run out is not busy: the slot is free for the next person.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from frontdoor.booking.models import Appointment, DiaryException, LinkWorker
from frontdoor.booking.slots import WorkerDiary
from frontdoor.db.base import aware
from frontdoor.sites.config import SiteConfig, WorkingDay


def travel_for(site: SiteConfig, kind: str) -> timedelta:
    found = next((t for t in site.appointment_types if t.kind == kind), None)
    return timedelta(minutes=found.travel_minutes if found else 0)


def live(now: datetime):
    """Appointments that hold a link worker's time: booked, or held and not yet run out."""
    return or_(
        Appointment.status == "booked",
        and_(Appointment.status == "held", Appointment.held_until > now),
    )


def diaries_for(session: Session, site: SiteConfig, now: datetime, until: datetime) -> list[WorkerDiary]:
    workers = list(
        session.scalars(
            select(LinkWorker)
            .where(LinkWorker.site_id == site.id, LinkWorker.active.is_(True))
            .order_by(LinkWorker.id)
        )
    )
    ids = [w.id for w in workers]
    busy: dict[int, list[tuple[datetime, datetime]]] = {i: [] for i in ids}
    for away in session.scalars(
        select(DiaryException).where(
            DiaryException.link_worker_id.in_(ids), DiaryException.end > now, DiaryException.start < until
        )
    ):
        busy[away.link_worker_id].append((aware(away.start), aware(away.end)))
    for appt in session.scalars(
        select(Appointment).where(
            Appointment.link_worker_id.in_(ids), live(now), Appointment.start < until + timedelta(hours=2)
        )
    ):
        travel = travel_for(site, appt.type)
        busy[appt.link_worker_id].append((aware(appt.start) - travel, aware(appt.end) + travel))
    return [
        WorkerDiary(
            worker_id=w.id,
            first_name=w.first_name,
            week={day: WorkingDay.model_validate(hours) for day, hours in (w.week or {}).items()},
            busy=busy[w.id],
        )
        for w in workers
    ]
