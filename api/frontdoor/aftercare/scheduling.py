"""When aftercare texts go out: an injectable clock, quiet hours, the check-in's working day, months.

Everything is worked out in UK time (Europe/London) and stored in UTC. Texts the service starts are
queued with a not-before time (the outbox's ``next_attempt_at``) outside quiet hours, and anything
of ours still queued when quiet hours begin is held until they end, whatever was planned.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from frontdoor.aftercare.wording import Aftercare
from frontdoor.booking.slots import LONDON, add_working_days
from frontdoor.db.base import aware
from frontdoor.outbox.models import OutboxMessage
from frontdoor.sites.config import SiteConfig

Clock = Callable[[], datetime]
# The outbox kinds of the texts the service starts; replies to a person's own text are not held.
OUTBOX_KINDS = ("signposts", "checkin", "appointment_check", "survey")


def system_clock() -> datetime:
    return datetime.now(UTC)


_clock: list[Clock] = [system_clock]


def now() -> datetime:
    """The time by the clock in use: the system's, unless a test or a demo has set another."""
    return aware(_clock[-1]())


@contextmanager
def clock_set(clock: Clock) -> Iterator[None]:
    """Use ``clock`` for every aftercare decision inside the block (the webhook's too)."""
    _clock.append(clock)
    try:
        yield
    finally:
        _clock.pop()


def in_quiet_hours(moment: datetime, aftercare: Aftercare) -> bool:
    clock = aware(moment).astimezone(LONDON).time()
    if aftercare.quiet_from > aftercare.quiet_until:
        return clock >= aftercare.quiet_from or clock < aftercare.quiet_until
    return aftercare.quiet_from <= clock < aftercare.quiet_until


def next_allowed(moment: datetime, aftercare: Aftercare) -> datetime:
    """``moment`` if a text may go then, else the end of these quiet hours."""
    moment = aware(moment)
    if not in_quiet_hours(moment, aftercare):
        return moment
    local = moment.astimezone(LONDON)
    day = local.date() if local.time() < aftercare.quiet_until else local.date() + timedelta(days=1)
    return datetime.combine(day, aftercare.quiet_until, LONDON).astimezone(UTC)


def at_send_time(day: date, aftercare: Aftercare) -> datetime:
    return datetime.combine(day, aftercare.send_at, LONDON).astimezone(UTC)


def checkin_due(first_contact: datetime, site: SiteConfig, aftercare: Aftercare) -> datetime:
    """``days_before_target`` working days (the site's nation's bank holidays apart) before the
    site's first-appointment target, counted from first contact as the queue counts the wait."""
    start = aware(first_contact).astimezone(LONDON).date()
    days = max(1, site.first_appointment_target_working_days - aftercare.checkin.days_before_target)
    return at_send_time(add_working_days(start, days, site.nation), aftercare)


def months_after(moment: datetime, months: int, aftercare: Aftercare) -> datetime:
    """The same day ``months`` calendar months later (the month's last day if it has fewer), at the
    time planned texts go out."""
    local = aware(moment).astimezone(LONDON).date()
    year, month = divmod(local.month - 1 + months, 12)
    year, month = local.year + year, month + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    return at_send_time(date(year, month, day), aftercare)


def hold_in_quiet_hours(session: Session, aftercare: Aftercare, moment: datetime) -> int:
    """Push our queued texts that have come due back to the end of quiet hours, if it is quiet now
    (after a worker was down all evening, say). Returns how many were held."""
    if not in_quiet_hours(moment, aftercare):
        return 0
    due = (
        OutboxMessage.kind.in_(OUTBOX_KINDS),
        OutboxMessage.status == "queued",
        OutboxMessage.next_attempt_at <= moment,
    )
    if session.scalar(select(OutboxMessage.id).where(*due).limit(1)) is None:
        return 0  # a read, so an idle worker takes no write lock every second all night
    held = session.execute(
        update(OutboxMessage)
        .where(*due)
        .values(next_attempt_at=next_allowed(moment, aftercare))
        .execution_options(synchronize_session=False)
    ).rowcount
    session.commit()
    return held or 0
