"""Finding free appointment times in link workers' diaries. Pure functions: no database, no clock.

Times are worked out in UK local time (Europe/London, so 9am is 9am either side of the clock change)
and returned in UTC. A slot must fit, with any travel time either side, inside a working day, outside
the break, outside anything already busy, on a working day that is not one of the nation's bank
holidays, and no later than the site's target: a number of working days after first contact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from frontdoor.sites.config import DAYS, SiteConfig, WorkingDay

LONDON = ZoneInfo("Europe/London")
_SUBDIVISION = {"england": "ENG", "scotland": "SCT"}


@lru_cache(maxsize=32)
def _holidays(nation: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv=_SUBDIVISION[nation], years=year))


def bank_holidays(nation: str, years: Iterable[int]) -> set[date]:
    """The bank holidays of England or Scotland in those years, from the ``holidays`` package."""
    return {day for year in years for day in _holidays(nation, year)}


def is_working_day(day: date, nation: str) -> bool:
    return day.weekday() < 5 and day not in _holidays(nation, day.year)


def add_working_days(start: date, days: int, nation: str) -> date:
    """The date ``days`` working days after ``start`` (Monday to Friday, not bank holidays)."""
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day, nation):
            left -= 1
    return day


@dataclass(frozen=True)
class WorkerDiary:
    worker_id: int
    first_name: str
    week: dict[str, WorkingDay]
    busy: list[tuple[datetime, datetime]]


@dataclass(frozen=True)
class Slot:
    worker_id: int
    first_name: str
    start: datetime
    end: datetime
    kind: str
    blocked_start: datetime
    blocked_end: datetime


def _at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, LONDON)


def _overlaps(start: datetime, end: datetime, other: tuple[datetime, datetime]) -> bool:
    return start < other[1] and other[0] < end


def _day_slots(
    diary: WorkerDiary, day: date, kind: str, meeting: timedelta, travel: timedelta, step: timedelta
) -> Iterable[Slot]:
    hours = diary.week.get(DAYS[day.weekday()])
    if hours is None:
        return
    opens, closes = _at(day, hours.start), _at(day, hours.end)
    lunch = (
        (_at(day, hours.break_start), _at(day, hours.break_end))
        if hours.break_start and hours.break_end
        else None
    )
    start = opens + travel
    while start + meeting + travel <= closes:
        blocked = (start - travel, start + meeting + travel)
        clashes = (lunch is not None and _overlaps(*blocked, lunch)) or any(
            _overlaps(*blocked, busy) for busy in diary.busy
        )
        if not clashes:
            yield Slot(
                worker_id=diary.worker_id,
                first_name=diary.first_name,
                start=start.astimezone(UTC),
                end=(start + meeting).astimezone(UTC),
                kind=kind,
                blocked_start=blocked[0].astimezone(UTC),
                blocked_end=blocked[1].astimezone(UTC),
            )
        start += step


def find_slots(
    *,
    site: SiteConfig,
    kind: str,
    diaries: list[WorkerDiary],
    now: datetime,
    first_contact: date,
    part_of_day: str | None = None,
    weekday: int | None = None,
    after: datetime | None = None,
    limit: int = 3,
    step_minutes: int = 30,
) -> list[Slot]:
    """The earliest ``limit`` free slots of this kind, one per start time, from tomorrow to the target.

    ``part_of_day``: "morning" (starts before noon) or "afternoon"; ``weekday``: 0 = Monday;
    ``after``: only slots starting later than this (for "none of these, show me others").
    """
    offered = next((t for t in site.appointment_types if t.kind == kind and t.enabled), None)
    if offered is None:
        raise ValueError(f"{site.name} does not offer '{kind}' appointments")
    meeting, travel = timedelta(minutes=offered.minutes), timedelta(minutes=offered.travel_minutes)
    step = timedelta(minutes=step_minutes)
    last = add_working_days(first_contact, site.first_appointment_target_working_days, site.nation)
    day = now.astimezone(LONDON).date() + timedelta(days=1)
    found: list[Slot] = []
    while day <= last and len(found) < limit:
        if day not in _holidays(site.nation, day.year) and (weekday is None or day.weekday() == weekday):
            by_start: dict[datetime, Slot] = {}
            for diary in sorted(diaries, key=lambda d: d.worker_id):
                for slot in _day_slots(diary, day, kind, meeting, travel, step):
                    by_start.setdefault(slot.start, slot)
            for start in sorted(by_start):
                local_hour = start.astimezone(LONDON).hour
                if part_of_day == "morning" and local_hour >= 12:
                    continue
                if part_of_day == "afternoon" and local_hour < 12:
                    continue
                if after is not None and start <= after:
                    continue
                found.append(by_start[start])
                if len(found) == limit:
                    break
        day += timedelta(days=1)
    return found


def describe(slot: Slot) -> str:
    """ "Tue 3 Dec, 10:30am" in UK time, plain ASCII for SMS."""
    return describe_time(slot.start)


def describe_time(moment: datetime) -> str:
    local = moment.astimezone(LONDON)
    hour = local.hour % 12 or 12
    clock = f"{hour}{local:%p}".lower() if local.minute == 0 else f"{hour}:{local:%M%p}".lower()
    return f"{local:%a} {local.day} {local:%b}, {clock}"


def working_days_between(start: date, end: date, nation: str) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
    return sum(is_working_day(start + timedelta(days=n), nation) for n in range(1, (end - start).days + 1))
