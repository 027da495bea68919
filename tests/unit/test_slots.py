"""Finding free times: working patterns, breaks, travel, bank holidays in England and Scotland, the
target window in working days, preferences, and UK time either side of the clock change."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdoor.booking.slots import (
    LONDON,
    Slot,
    WorkerDiary,
    add_working_days,
    bank_holidays,
    describe,
    find_slots,
)
from frontdoor.sites.config import DAYS, SiteConfig, WorkingDay

FULL_DAY = WorkingDay(start=time(9), end=time(17), break_start=time(12, 30), break_end=time(13, 15))
LATE_DAY = WorkingDay(start=time(10), end=time(18), break_start=time(13), break_end=time(14))
SUNDAY = datetime(2026, 11, 29, 12, tzinfo=UTC)  # so the first day offered is Monday 30 November
MONDAY = date(2026, 11, 30)


def make_site(nation: str = "england", target: int = 10) -> SiteConfig:
    return SiteConfig.model_validate(
        {
            "id": "test",
            "name": "Test Link Workers",
            "nation": nation,
            "coverage": {"areas": ["DH1"]},
            "appointment_types": [
                {"kind": "phone", "minutes": 45},
                {"kind": "home_visit", "minutes": 60, "travel_minutes": 30},
                {"kind": "video", "minutes": 45, "enabled": False},
            ],
            "first_appointment_target_working_days": target,
            "phone": "0191 498 0000",
            "link_workers": [{"first_name": "Ann", "week": {"mon": {"start": "09:00", "end": "17:00"}}}],
        }
    )


def diary(
    worker_id: int = 1, busy: list[tuple[datetime, datetime]] | None = None, **week: WorkingDay
) -> WorkerDiary:
    return WorkerDiary(worker_id, f"Worker{worker_id}", week or dict.fromkeys(DAYS[:5], FULL_DAY), busy or [])


def local(moment: datetime) -> tuple[date, time]:
    at = moment.astimezone(LONDON)
    return at.date(), at.time()


def starts_on(slots: list[Slot], day: date) -> list[time]:
    return [local(s.start)[1] for s in slots if local(s.start)[0] == day]


def test_working_hours_and_the_break_are_respected() -> None:
    slots = find_slots(
        site=make_site(), kind="phone", diaries=[diary()], now=SUNDAY, first_contact=SUNDAY.date(), limit=40
    )
    monday = starts_on(slots, MONDAY)
    morning = [time(9 + m // 60, m % 60) for m in range(0, 3 * 60, 15)]  # 9:00 .. 11:45, ends by 12:30
    afternoon = [time(13 + m // 60, m % 60) for m in range(15, 3 * 60 + 30, 15)]  # 13:15 .. 16:15
    assert monday == morning + afternoon
    assert all(s.end - s.start == timedelta(minutes=45) for s in slots)
    assert all((s.blocked_start, s.blocked_end) == (s.start, s.end) for s in slots)
    assert all(s.start.utcoffset() == timedelta(0) and s.kind == "phone" for s in slots)


def test_home_visits_need_travel_time_either_side_and_avoid_busy_time() -> None:
    busy = [(datetime(2026, 11, 30, 11, tzinfo=UTC), datetime(2026, 11, 30, 12, tzinfo=UTC))]
    slots = find_slots(
        site=make_site(),
        kind="home_visit",
        diaries=[diary(busy=busy)],
        now=SUNDAY,
        first_contact=SUNDAY.date(),
        limit=10,
    )
    monday = starts_on(slots, MONDAY)
    assert monday[0] == time(9, 30)  # 9:00 would leave no time to travel there
    # from 9:45 the travel back runs into the busy hour from 11; after it, travel must clear the break
    afternoon = [time(13 + m // 60, m % 60) for m in range(45, 2 * 60 + 45, 15)]  # 13:45 .. 15:30
    assert monday == [time(9, 30), *afternoon]  # 15:45 would get back at 17:15
    assert starts_on(slots, MONDAY + timedelta(days=1))[0] == time(9, 30)
    for slot in slots:
        assert slot.blocked_start == slot.start - timedelta(minutes=30)
        assert slot.blocked_end == slot.end + timedelta(minutes=30)
        assert slot.end - slot.start == timedelta(minutes=60)


def test_busy_time_is_compared_as_an_instant_not_a_wall_clock() -> None:
    busy = [(datetime(2026, 11, 30, 9, tzinfo=LONDON), datetime(2026, 11, 30, 10, 30, tzinfo=LONDON))]
    slots = find_slots(
        site=make_site(), kind="phone", diaries=[diary(busy=busy)], now=SUNDAY, first_contact=SUNDAY.date()
    )
    assert local(slots[0].start) == (MONDAY, time(10, 30))


def test_weekends_only_when_the_worker_works_them() -> None:
    friday_now = datetime(2026, 12, 3, 12, tzinfo=UTC)  # Thursday: first day offered is Friday 4 Dec
    args = {"site": make_site(), "kind": "phone", "now": friday_now, "first_contact": friday_now.date()}
    weekdays_only = find_slots(**args, diaries=[diary()], limit=200)
    assert {local(s.start)[0].weekday() for s in weekdays_only} == {0, 1, 2, 3, 4}
    saturday = find_slots(**args, diaries=[diary(sat=LATE_DAY)], weekday=5)
    assert local(saturday[0].start) == (date(2026, 12, 5), time(10))


def test_bank_holidays_differ_between_england_and_scotland() -> None:
    england, scotland = bank_holidays("england", [2026]), bank_holidays("scotland", [2026])
    assert date(2026, 1, 2) in scotland and date(2026, 1, 2) not in england
    assert date(2026, 4, 6) in england and date(2026, 4, 6) not in scotland  # Easter Monday
    assert date(2026, 4, 3) in england and date(2026, 4, 3) in scotland  # Good Friday
    package = holidays.country_holidays("GB", subdiv="SCT", years=2026)
    assert (MONDAY in scotland) == (MONDAY in package)  # St Andrew's Day, 30 November
    assert MONDAY not in england
    assert bank_holidays("england", [2026, 2027]) >= england | {date(2027, 1, 1)}


@pytest.mark.parametrize(
    ("nation", "day"),
    [
        ("england", date(2026, 1, 2)),
        ("scotland", date(2026, 1, 2)),
        ("england", date(2026, 4, 6)),
        ("scotland", date(2026, 4, 6)),
        ("england", MONDAY),
        ("scotland", MONDAY),
    ],
)
def test_no_slots_on_the_nations_bank_holidays(nation: str, day: date) -> None:
    now = datetime.combine(day - timedelta(days=1), time(12), LONDON)
    slots = find_slots(
        site=make_site(nation), kind="phone", diaries=[diary()], now=now, first_contact=now.date(), limit=1
    )
    subdiv = {"england": "ENG", "scotland": "SCT"}[nation]
    is_holiday = day in holidays.country_holidays("GB", subdiv=subdiv, years=day.year)
    assert (local(slots[0].start)[0] != day) == is_holiday


@pytest.mark.parametrize(
    ("start", "days", "nation", "expected"),
    [
        (date(2026, 11, 27), 1, "england", date(2026, 11, 30)),  # over a weekend
        (date(2026, 11, 27), 1, "scotland", date(2026, 12, 1)),  # and St Andrew's Day
        (date(2026, 12, 31), 1, "england", date(2027, 1, 4)),
        (date(2026, 12, 31), 1, "scotland", date(2027, 1, 5)),  # 2 January, moved to a Monday
        (date(2026, 4, 2), 2, "england", date(2026, 4, 8)),  # Good Friday and Easter Monday
        (date(2026, 4, 2), 2, "scotland", date(2026, 4, 7)),  # Good Friday only
        (date(2026, 11, 25), 0, "england", date(2026, 11, 25)),
    ],
)
def test_working_days_skip_weekends_and_the_nations_bank_holidays(
    start: date, days: int, nation: str, expected: date
) -> None:
    assert add_working_days(start, days, nation) == expected


def test_nothing_is_offered_after_the_target() -> None:
    slots = find_slots(
        site=make_site(target=1),
        kind="phone",
        diaries=[diary()],
        now=SUNDAY,
        first_contact=date(2026, 11, 27),
        limit=100,
    )
    assert {local(s.start)[0] for s in slots} == {MONDAY}
    assert len(slots) == 25  # 9:00 to 11:45 and 13:15 to 16:15
    past_target = find_slots(
        site=make_site(target=1),
        kind="phone",
        diaries=[diary()],
        now=SUNDAY,
        first_contact=date(2026, 11, 20),
    )
    assert past_target == []


def test_preferences_narrow_the_times() -> None:
    args = {
        "site": make_site(),
        "kind": "phone",
        "diaries": [diary()],
        "now": SUNDAY,
        "first_contact": SUNDAY.date(),
    }
    afternoons = find_slots(**args, part_of_day="afternoon")
    assert [local(s.start) for s in afternoons] == [
        (MONDAY, time(13, 15)),
        (MONDAY, time(13, 30)),
        (MONDAY, time(13, 45)),
    ]
    mornings = find_slots(**args, part_of_day="morning", limit=24)  # 9:00 to 11:45
    assert all(local(s.start)[1] < time(12) for s in mornings)
    assert {local(s.start)[0] for s in mornings} == {MONDAY, MONDAY + timedelta(days=1)}
    wednesdays = find_slots(**args, weekday=2, limit=10)
    assert {local(s.start)[0] for s in wednesdays} == {date(2026, 12, 2)}
    later = find_slots(**args, after=afternoons[-1].start)
    assert [s.start for s in later] == [afternoons[-1].start + timedelta(minutes=15 * n) for n in (1, 2, 3)]
    tuesday_afternoon = find_slots(**args, part_of_day="afternoon", weekday=1, limit=1)
    assert local(tuesday_afternoon[0].start) == (date(2026, 12, 1), time(13, 15))


def test_one_offer_per_start_time_first_worker_wins() -> None:
    busy = [(datetime(2026, 11, 30, 9, tzinfo=UTC), datetime(2026, 11, 30, 9, 30, tzinfo=UTC))]
    slots = find_slots(
        site=make_site(),
        kind="phone",
        diaries=[diary(2), diary(1, busy=busy)],
        now=SUNDAY,
        first_contact=SUNDAY.date(),
        limit=4,
    )
    assert [(local(s.start)[1], s.worker_id, s.first_name) for s in slots] == [
        (time(9), 2, "Worker2"),  # worker 1 is busy
        (time(9, 15), 2, "Worker2"),
        (time(9, 30), 1, "Worker1"),
        (time(9, 45), 1, "Worker1"),
    ]


@pytest.mark.parametrize("kind", ["video", "community_venue"])
def test_a_kind_the_site_does_not_offer_is_refused_plainly(kind: str) -> None:
    with pytest.raises(ValueError, match=f"does not offer '{kind}'"):
        find_slots(site=make_site(), kind=kind, diaries=[diary()], now=SUNDAY, first_contact=SUNDAY.date())


def test_bad_arguments_are_refused() -> None:
    args = {"site": make_site(), "kind": "phone", "diaries": [diary()], "first_contact": SUNDAY.date()}
    with pytest.raises(ValueError, match="part_of_day"):
        find_slots(**args, now=SUNDAY, part_of_day="evening")
    with pytest.raises(ValueError, match="timezone-aware"):
        find_slots(**args, now=SUNDAY.replace(tzinfo=None))


def test_nine_oclock_is_nine_oclock_either_side_of_the_clock_change() -> None:
    thursday = datetime(2026, 10, 29, 12, tzinfo=UTC)  # clocks went back on Sunday 25 October...
    wednesday = datetime(2026, 10, 21, 12, tzinfo=UTC)  # ...so compare with the week before
    args = {"site": make_site(), "kind": "phone", "diaries": [diary()], "limit": 1}
    before = find_slots(**args, now=wednesday, first_contact=wednesday.date())[0]
    friday = find_slots(**args, now=thursday, first_contact=thursday.date())[0]
    monday = find_slots(**args, now=thursday, first_contact=thursday.date(), weekday=0)[0]
    assert before.start == datetime(2026, 10, 22, 8, tzinfo=UTC)  # BST, UTC+1
    assert friday.start == datetime(2026, 10, 30, 9, tzinfo=UTC)  # GMT already
    assert monday.start == datetime(2026, 11, 2, 9, tzinfo=UTC)
    assert before.start.astimezone(LONDON).utcoffset() == timedelta(hours=1)
    assert monday.start.astimezone(LONDON).utcoffset() == timedelta(0)
    assert [describe(s) for s in (before, friday, monday)] == [
        "Thu 22 Oct, 9am",
        "Fri 30 Oct, 9am",
        "Mon 2 Nov, 9am",
    ]


def test_describe_reads_plainly() -> None:
    def slot_at(moment: datetime) -> Slot:
        return Slot(1, "Ann", moment, moment + timedelta(minutes=45), "phone", moment, moment)

    assert describe(slot_at(datetime(2024, 12, 3, 10, 30, tzinfo=UTC))) == "Tue 3 Dec, 10:30am"
    assert describe(slot_at(datetime(2024, 12, 3, 10, tzinfo=UTC))) == "Tue 3 Dec, 10am"
    assert describe(slot_at(datetime(2026, 7, 1, 11, 15, tzinfo=UTC))) == "Wed 1 Jul, 12:15pm"  # BST
    assert describe(slot_at(datetime(2026, 7, 1, 23, 5, tzinfo=UTC))) == "Thu 2 Jul, 12:05am"
    assert describe(slot_at(datetime(2026, 1, 5, 16, tzinfo=UTC))).isascii()


@settings(max_examples=60, deadline=None)
@given(
    now=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    busy_minutes=st.lists(st.integers(min_value=0, max_value=60 * 24 * 20), max_size=12),
    kind=st.sampled_from(["phone", "home_visit"]),
    nation=st.sampled_from(["england", "scotland"]),
)
def test_every_slot_found_is_really_free(
    now: datetime, busy_minutes: list[int], kind: str, nation: str
) -> None:
    base = now.replace(second=0, microsecond=0)
    busy = [(base + timedelta(minutes=m), base + timedelta(minutes=m + 50)) for m in busy_minutes]
    site = make_site(nation)
    diaries = [diary(1, busy=busy), diary(2, busy=busy[::2], tue=LATE_DAY, sat=LATE_DAY)]
    slots = find_slots(site=site, kind=kind, diaries=diaries, now=now, first_contact=now.date(), limit=8)
    last = add_working_days(now.date(), site.first_appointment_target_working_days, nation)
    assert [(s.start, s.worker_id) for s in slots] == sorted((s.start, s.worker_id) for s in slots)
    assert len({s.start for s in slots}) == len(slots)
    for slot in slots:
        day, _ = local(slot.start)
        assert now.astimezone(LONDON).date() < day <= last
        assert day not in bank_holidays(nation, [day.year])
        worker = next(d for d in diaries if d.worker_id == slot.worker_id)
        hours = worker.week[DAYS[day.weekday()]]
        assert datetime.combine(day, hours.start, LONDON) <= slot.blocked_start
        assert slot.blocked_end <= datetime.combine(day, hours.end, LONDON)
        lunch = (
            datetime.combine(day, hours.break_start, LONDON),
            datetime.combine(day, hours.break_end, LONDON),
        )
        assert not (slot.blocked_start < lunch[1] and lunch[0] < slot.blocked_end)
        assert not any(slot.blocked_start < b[1] and b[0] < slot.blocked_end for b in worker.busy)
