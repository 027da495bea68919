"""Offering, holding, booking, moving and cancelling a first appointment.

Offered slots are held for the person for a few minutes. Booking locks the link worker's diary row
(a write to it: a row lock on PostgreSQL, the database write lock on SQLite), checks for any overlap
under that lock, then books; the partial unique index on (link worker, start) backs it up. So two
people can never end up with the same link worker at the same time, on either database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdoor.audit.log import record
from frontdoor.booking.diary import diaries_for, live, travel_for
from frontdoor.booking.models import Appointment, DiaryException, LinkWorker
from frontdoor.booking.preferences import When, meeting_label
from frontdoor.booking.slots import LONDON, Slot, add_working_days, describe_time, find_slots
from frontdoor.content import Content
from frontdoor.db.base import aware
from frontdoor.observability.metrics import FIRST_APPOINTMENT_HOURS
from frontdoor.outbox.models import OutboxMessage
from frontdoor.outbox.service import enqueue
from frontdoor.referrals.contact import phone_shown
from frontdoor.referrals.models import Referral
from frontdoor.settings import Settings
from frontdoor.sites.config import SiteConfig

HOLD = timedelta(minutes=10)
OFFER_GRID_MINUTES = 30  # people are offered times on the hour and half hour
ACTOR = "assistant"


class BookingError(Exception):
    """A booking request that cannot be carried out; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


def site_for(content: Content, referral: Referral) -> SiteConfig:
    site = content.sites.get(referral.site_id) if referral.site_id else None
    if site is None or referral.eligible is not True or referral.status in ("in_progress", "ineligible"):
        raise BookingError("this referral cannot book an appointment (not submitted, or not eligible)")
    return site


def first_contact(referral: Referral) -> date:
    return aware(referral.created_at).astimezone(LONDON).date()


def target_date(site: SiteConfig, referral: Referral) -> date:
    """The last day of the site's first-appointment target, in working days from first contact."""
    return add_working_days(first_contact(referral), site.first_appointment_target_working_days, site.nation)


def holds_of(session: Session, referral: Referral) -> list[Appointment]:
    return list(
        session.scalars(
            select(Appointment)
            .where(Appointment.referral_id == referral.id, Appointment.status == "held")
            .order_by(Appointment.start, Appointment.id)
        )
    )


def booked_of(session: Session, referral: Referral) -> Appointment | None:
    return session.scalar(
        select(Appointment).where(Appointment.referral_id == referral.id, Appointment.status == "booked")
    )


def _venue(site: SiteConfig, kind: str) -> str | None:
    return site.venues[0] if kind == "community_venue" and site.venues else None


def offer(
    session: Session,
    content: Content,
    referral: Referral,
    kind: str,
    when: When,
    *,
    now: datetime,
    after: datetime | None = None,
    limit: int = 3,
) -> list[Appointment]:
    """Hold the earliest ``limit`` matching slots inside the target window for this person.

    Offers at one site are made one at a time (its diary rows are locked first), so two people are
    never offered the same time. Earlier holds of this person's are released. An empty list means
    nothing fits in the window.
    """
    site = site_for(content, referral)
    session.commit()  # the lock must be the first statement of its transaction
    _lock(session, LinkWorker.site_id == site.id)
    session.execute(
        update(Appointment)
        .where(Appointment.referral_id == referral.id, Appointment.status == "held")
        .values(status="released")
    )
    until = datetime.combine(target_date(site, referral) + timedelta(days=1), time(), LONDON)
    slots = find_slots(
        site=site,
        kind=kind,
        diaries=diaries_for(session, site, now, until),
        now=now,
        first_contact=first_contact(referral),
        part_of_day=when.part_of_day,
        weekday=when.weekday,
        avoid_weekday=when.avoid_weekday,
        not_before=when.not_before,
        not_after=when.not_after,
        after=after,
        limit=limit,
        step_minutes=OFFER_GRID_MINUTES,
    )
    held = [hold for hold in (_hold(session, referral, site, slot, now) for slot in slots) if hold]
    session.commit()
    return held


def _lock(session: Session, which: ColumnElement[bool]) -> None:
    """Lock link workers' diary rows before reading the diary, so what is read next is the latest.

    PostgreSQL: ``SELECT ... FOR UPDATE`` in id order (a fixed order, so two lockers cannot deadlock).
    SQLite has no row locks: a write to the rows takes the database write lock instead.
    """
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        session.execute(update(LinkWorker).where(which).values(active=LinkWorker.active))
    else:
        session.execute(select(LinkWorker.id).where(which).order_by(LinkWorker.id).with_for_update())


def _hold(
    session: Session, referral: Referral, site: SiteConfig, slot: Slot, now: datetime
) -> Appointment | None:
    appointment = Appointment(
        referral_id=referral.id,
        link_worker_id=slot.worker_id,
        start=slot.start,
        end=slot.end,
        type=slot.kind,
        venue=_venue(site, slot.kind),
        status="held",
        held_until=now + HOLD,
    )
    _expire_stale(session, slot.worker_id, slot.start, now)
    try:
        with session.begin_nested():
            session.add(appointment)
    except IntegrityError:
        return None
    return appointment


def _expire_stale(session: Session, worker_id: int, start: datetime, now: datetime) -> None:
    """A hold that has run out gives its slot back (the unique index only counts live ones)."""
    session.execute(
        update(Appointment)
        .where(
            Appointment.link_worker_id == worker_id,
            Appointment.start == start,
            Appointment.status == "held",
            Appointment.held_until <= now,
        )
        .values(status="expired")
    )


def _overlaps(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _free_under_lock(
    session: Session,
    site: SiteConfig,
    referral: Referral,
    worker_id: int,
    blocked: tuple[datetime, datetime],
    now: datetime,
) -> bool:
    """Nothing else live overlaps (this person's own holds do not count: booking releases them)."""
    others = session.scalars(
        select(Appointment).where(
            Appointment.link_worker_id == worker_id,
            live(now),
            or_(Appointment.referral_id != referral.id, Appointment.status != "held"),
        )
    )
    for other in others:
        travel = travel_for(site, other.type)
        if _overlaps(blocked, (aware(other.start) - travel, aware(other.end) + travel)):
            return False
    away = session.scalars(select(DiaryException).where(DiaryException.link_worker_id == worker_id))
    return not any(_overlaps(blocked, (aware(a.start), aware(a.end))) for a in away)


def book(
    session: Session,
    content: Content,
    settings: Settings,
    referral: Referral,
    *,
    worker_id: int,
    start: datetime,
    kind: str,
    now: datetime,
) -> Appointment | None:
    """Book this slot for the person, or return None when someone else has just taken it."""
    site = site_for(content, referral)
    length = next(t.minutes for t in site.appointment_types if t.kind == kind)
    end = start + timedelta(minutes=length)
    travel = travel_for(site, kind)
    session.commit()  # the lock below must be the first statement of its transaction
    _lock(session, LinkWorker.id == worker_id)
    own = session.scalar(
        select(Appointment).where(
            Appointment.referral_id == referral.id,
            Appointment.link_worker_id == worker_id,
            Appointment.start == start,
            Appointment.status == "held",
        )
    )
    if not _free_under_lock(session, site, referral, worker_id, (start - travel, end + travel), now):
        if own is not None:
            own.status = "released"
        session.commit()
        return None
    if own is None:
        _expire_stale(session, worker_id, start, now)
        own = Appointment(
            referral_id=referral.id,
            link_worker_id=worker_id,
            start=start,
            end=end,
            type=kind,
            venue=_venue(site, kind),
            status="booked",
        )
        try:
            with session.begin_nested():
                session.add(own)
        except IntegrityError:
            session.commit()
            return None
    own.status, own.booked_at, own.held_until = "booked", now, None
    _settle(session, settings, site, referral, own, now)
    session.commit()
    return own


def _settle(
    session: Session,
    settings: Settings,
    site: SiteConfig,
    referral: Referral,
    booked: Appointment,
    now: datetime,
) -> None:
    """Everything that follows a booking: the old one moved, holds released, status, wait, reminder."""
    for other in session.scalars(select(Appointment).where(Appointment.referral_id == referral.id)):
        if other.id == booked.id:
            continue
        if other.status == "booked":
            other.status, other.cancelled_at = "rescheduled", now
            _cancel_reminder(session, other)
            record(session, ACTOR, "reschedule", "appointment", str(other.id), referral=referral.id)
        elif other.status == "held":
            other.status = "released"
    referral.status = "hna_booked"
    hours = (aware(booked.start) - aware(referral.created_at)).total_seconds() / 3600
    referral.first_contact_to_appointment_hours = round(hours, 1)
    FIRST_APPOINTMENT_HOURS.observe(hours)
    _queue_reminder(session, settings, site, referral, booked, now)
    record(session, ACTOR, "book", "appointment", str(booked.id), referral=referral.id, type=booked.type)


def choose(
    session: Session, content: Content, settings: Settings, referral: Referral, index: int, now: datetime
) -> Appointment | None:
    """Book the ``index``-th slot offered to this person (their hold); None when it has gone."""
    holds = holds_of(session, referral)
    if not 0 <= index < len(holds):
        raise BookingError("that is not one of the times offered", status=400)
    chosen = holds[index]
    return book(
        session,
        content,
        settings,
        referral,
        worker_id=chosen.link_worker_id,
        start=aware(chosen.start),
        kind=chosen.type,
        now=now,
    )


def cancel(session: Session, referral: Referral, now: datetime, actor: str = ACTOR) -> Appointment | None:
    """Cancel the booked appointment, freeing the slot; the referral goes back to the queue as new."""
    booked = booked_of(session, referral)
    if booked is None:
        return None
    booked.status, booked.cancelled_at = "cancelled", now
    _cancel_reminder(session, booked)
    referral.status = "new"
    record(session, actor, "cancel", "appointment", str(booked.id), referral=referral.id)
    session.commit()
    return booked


def latest(session: Session, referral: Referral) -> Appointment | None:
    """The appointment the record shows: the booked one, else the most recently changed."""
    return booked_of(session, referral) or session.scalar(
        select(Appointment)
        .where(Appointment.referral_id == referral.id, Appointment.status.in_(("cancelled", "rescheduled")))
        .order_by(Appointment.cancelled_at.desc(), Appointment.id.desc())
        .limit(1)
    )


def reminder_at(settings: Settings, start: datetime) -> datetime:
    local = aware(start).astimezone(LONDON)
    day = local.date() - timedelta(days=settings.reminder_days_before)
    return datetime.combine(day, time(settings.reminder_hour), LONDON).astimezone(UTC)


def _queue_reminder(
    session: Session,
    settings: Settings,
    site: SiteConfig,
    referral: Referral,
    booked: Appointment,
    now: datetime,
) -> None:
    """A text the day before, through the outbox, to a mobile number; too late to be useful, none."""
    if not is_uk_mobile(referral.phone):
        return
    due = reminder_at(settings, booked.start)
    if due <= now + timedelta(hours=1):
        return
    worker = session.get(LinkWorker, booked.link_worker_id)
    message = enqueue(
        session,
        kind="reminder",
        to=referral.phone,
        from_address=site.sms_number,
        dedupe_key=f"reminder:{booked.id}",
        body=(
            f"Reminder from {site.name}: your {meeting_label(booked.type, booked.venue)} with "
            f"{worker.first_name if worker else 'your link worker'} is on {describe_start(booked)}. "
            f"To change it, reply CHANGE. Ref {referral.reference}"
        ),
    )
    if message is not None:
        message.next_attempt_at = due


def is_uk_mobile(e164: str | None) -> bool:
    """UK mobiles are +447... (not +4470 personal numbers or +4476 pagers); Ofcom's drama range too."""
    return bool(e164) and e164.startswith("+447") and not e164.startswith(("+4470", "+4476"))


def _cancel_reminder(session: Session, appointment: Appointment) -> None:
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.dedupe_key == f"reminder:{appointment.id}", OutboxMessage.status == "queued")
        .values(status="cancelled")
    )


def describe_start(appointment: Appointment) -> str:
    return describe_time(aware(appointment.start))


def in_words(appointment: Appointment) -> str:
    """ "Wed 25 Nov, 11am, phone call": how people and staff are shown an appointment."""
    return f"{describe_start(appointment)}, {meeting_label(appointment.type, appointment.venue)}"


@dataclass(frozen=True)
class Confirmation:
    when: str
    how: str
    contact: str
    link_worker: str
    reference: str


def confirmation(session: Session, referral: Referral, booked: Appointment) -> Confirmation:
    worker = session.get(LinkWorker, booked.link_worker_id) if booked.link_worker_id is not None else None
    if booked.type == "phone" and referral.phone:
        contact = f"We will phone you on {phone_shown(referral.phone)}."
    elif booked.type == "home_visit":
        contact = f"We will come to your home ({referral.postcode})."
    elif booked.type == "video":
        contact = "Your link worker will send you a link to join."
    else:
        contact = f"Meet at {booked.venue}."
    return Confirmation(
        when=describe_start(booked),
        how=meeting_label(booked.type, booked.venue),
        contact=contact,
        link_worker=worker.first_name if worker else "a link worker",
        reference=referral.reference,
    )
