"""Finding free appointment times in link workers' diaries. Pure functions: no database, no clock.

Start times are laid on a grid in UK local time (Europe/London, so 9am is 9am either side of the clock
change); all sums and comparisons are done in UTC, and slots are returned in UTC. A slot must fit, with
any travel time either side, inside the link worker's working day, outside their break, outside anything
already busy, on a day that is not one of the nation's bank holidays, from tomorrow up to the site's
target: a number of working days (Monday to Friday, not bank holidays) after first contact.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from zoneinfo import ZoneInfo

import holidays

from frontdoor.sites.config import DAYS, SiteConfig, WorkingDay

LONDON = ZoneInfo("Europe/London")
_SUBDIVISION = {"england": "ENG", "scotland": "SCT"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NOON = time(12)


@lru_cache(maxsize=32)
def _holidays(nation: str, year: int) -> frozenset[date]:
    if nation not in _SUBDIVISION:
        raise ValueError(f"unknown nation '{nation}': use england or scotland")
    return frozenset(holidays.country_holidays("GB", subdiv=_SUBDIVISION[nation], years=year))


def bank_holidays(nation: str, years: Iterable[int]) -> set[date]:
    """The bank holidays of England or Scotland in those years, from the ``holidays`` package."""
    return {day for year in years for day in _holidays(nation, year)}


def is_working_day(day: date, nation: str) -> bool:
    """Monday to Friday and not one of the nation's bank holidays."""
    return day.weekday() < 5 and day not in _holidays(nation, day.year)


def add_working_days(start: date, days: int, nation: str) -> date:
    """The date ``days`` working days after ``start`` (Monday to Friday, not bank holidays)."""
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day, nation):
            left -= 1
    return day


def working_days_between(start: date, end: date, nation: str) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
    return sum(is_working_day(start + timedelta(days=n), nation) for n in range(1, (end - start).days + 1))


@dataclass(frozen=True)
class WorkerDiary:
    """A link worker's weekly pattern (keyed mon..sun) and busy times (aware UTC, travel included)."""

    worker_id: int
    first_name: str
    week: dict[str, WorkingDay]
    busy: list[tuple[datetime, datetime]]


@dataclass(frozen=True)
class Slot:
    """A free time, in UTC. ``blocked_*`` adds travel either side of a home visit; else equals start/end."""

    worker_id: int
    first_name: str
    start: datetime
    end: datetime
    kind: str
    blocked_start: datetime
    blocked_end: datetime


def _utc(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, LONDON).astimezone(UTC)


def _overlaps(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _is_free(hours: WorkingDay, day: date, blocked: tuple[datetime, datetime], diary: WorkerDiary) -> bool:
    if not (_utc(day, hours.start) <= blocked[0] and blocked[1] <= _utc(day, hours.end)):
        return False
    if (
        hours.break_start
        and hours.break_end
        and _overlaps(blocked, (_utc(day, hours.break_start), _utc(day, hours.break_end)))
    ):
        return False
    return not any(_overlaps(blocked, busy) for busy in diary.busy)


def _grid(day: date, first: time, last: time, step_minutes: int) -> list[datetime]:
    """The ``step_minutes`` grid (from local midnight) from ``first`` to before ``last``, in UTC."""
    opens, closes = first.hour * 60 + first.minute, last.hour * 60 + last.minute
    begin = -(-opens // step_minutes) * step_minutes
    return sorted({_utc(day, time(m // 60, m % 60)) for m in range(begin, closes, step_minutes)})


def _day_slots(
    workers: list[WorkerDiary],
    day: date,
    kind: str,
    meeting: timedelta,
    travel: timedelta,
    step_minutes: int,
    part_of_day: str | None,
    after: datetime | None,
    clock: tuple[time | None, time | None] = (None, None),
) -> Iterator[Slot]:
    """Free slots on one day in start order, one per start: the first free worker (by id) takes it."""
    working = [(w, w.week[DAYS[day.weekday()]]) for w in workers if DAYS[day.weekday()] in w.week]
    if not working:
        return
    first = min(hours.start for _, hours in working)
    last = max(hours.end for _, hours in working)
    for start in _grid(day, first, last, step_minutes):
        morning = start.astimezone(LONDON).time() < _NOON
        if (part_of_day == "morning" and not morning) or (part_of_day == "afternoon" and morning):
            continue
        if after is not None and start <= after:
            continue
        local = start.astimezone(LONDON).time()
        if (clock[0] is not None and local < clock[0]) or (clock[1] is not None and local > clock[1]):
            continue
        blocked = (start - travel, start + meeting + travel)
        free = next((w for w, hours in working if _is_free(hours, day, blocked, w)), None)
        if free is not None:
            yield Slot(
                worker_id=free.worker_id,
                first_name=free.first_name,
                start=start,
                end=start + meeting,
                kind=kind,
                blocked_start=blocked[0],
                blocked_end=blocked[1],
            )


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
    step_minutes: int = 15,
    avoid_weekday: int | None = None,
    not_before: time | None = None,
    not_after: time | None = None,
) -> list[Slot]:
    """The earliest ``limit`` free slots of this kind, one per start time, from tomorrow to the target.

    ``part_of_day``: "morning" (starts before noon) or "afternoon" (noon or later); ``weekday``:
    0 = Monday (``avoid_weekday``: any day but this); ``after``: only slots starting later than this
    (for "none of these, show me others"); ``not_before``, ``not_after``: UK clock times a start must
    fall between ("after 10").
    Raises ``ValueError`` for a kind the site does not offer or a bad argument.
    """
    offered = next((t for t in site.appointment_types if t.kind == kind and t.enabled), None)
    if offered is None:
        raise ValueError(f"{site.name} does not offer '{kind}' appointments")
    if part_of_day not in (None, "morning", "afternoon"):
        raise ValueError(f"part_of_day must be 'morning' or 'afternoon', not '{part_of_day}'")
    if step_minutes < 1:
        raise ValueError("step_minutes must be at least 1")
    if now.tzinfo is None or (after is not None and after.tzinfo is None):
        raise ValueError("now and after must be timezone-aware")
    meeting, travel = timedelta(minutes=offered.minutes), timedelta(minutes=offered.travel_minutes)
    workers = sorted(diaries, key=lambda d: d.worker_id)
    last = add_working_days(first_contact, site.first_appointment_target_working_days, site.nation)
    day = now.astimezone(LONDON).date() + timedelta(days=1)
    found: list[Slot] = []
    while day <= last and len(found) < limit:
        wanted = weekday in (None, day.weekday()) and day.weekday() != avoid_weekday
        if day not in _holidays(site.nation, day.year) and wanted:
            day_slots = _day_slots(
                workers, day, kind, meeting, travel, step_minutes, part_of_day, after, (not_before, not_after)
            )
            found.extend(islice(day_slots, limit - len(found)))
        day += timedelta(days=1)
    return found


def describe(slot: Slot) -> str:
    """ "Tue 3 Dec, 10:30am" in UK time, plain ASCII for SMS."""
    return describe_time(slot.start)


def describe_time(moment: datetime) -> str:
    """ "Tue 3 Dec, 10am" in UK time, whatever the machine's locale."""
    local = moment.astimezone(LONDON)
    hour, suffix = local.hour % 12 or 12, "am" if local.hour < 12 else "pm"
    clock = f"{hour}{suffix}" if local.minute == 0 else f"{hour}:{local.minute:02d}{suffix}"
    return f"{DAYS[local.weekday()].capitalize()} {local.day} {_MONTHS[local.month - 1]}, {clock}"
