"""Finding free times: working patterns, breaks, travel, bank holidays in England and Scotland, the
target window in working days, preferences, and UK time either side of the clock change."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdoor.booking.slots import LONDON, WorkerDiary, add_working_days, describe, find_slots
from frontdoor.sites.config import DAYS, SiteConfig, WorkingDay

FULL_DAY = WorkingDay(start=time(9), end=time(17), break_start=time(12, 30), break_end=time(13, 15))


def site(nation: str = "england", target: int = 10, **types: dict) -> SiteConfig:
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
            "venues": [],
            "first_appointment_target_working_days": target,
            "phone": "0191 498 0000",
            "link_workers": [{"first_name": "Ann", "week": {"mon": {"start": "09:00", "end": "17:00"}}}],
            **types,
        }
    )


def diary(
    worker_id: int = 1, busy: list[tuple[datetime, datetime]] | None = None, **week: WorkingDay
) -> WorkerDiary:
    return WorkerDiary(worker_id, f"Worker{worker_id}", week or dict.fromkeys(DAYS[:5], FULL_DAY), busy or [])


def local(moment: datetime) -> tuple[date, time]:
    at = moment.astimezone(LONDON)
    return at.date(), at.time()


SUNDAY = datetime(2026, 11, 29, 12, tzinfo=UTC)  # so the first day offered is Monday 30 November


def test_working_hours_and_the_break_are_respected() -> None:
    slots = find_slots(
        site=site(), kind="phone", diaries=[diary()], now=SUNDAY, first_contact=date(2026, 11, 29), limit=20
    )
    monday = [local(s.start)[1] for s in slots if local(s.start)[0] == date(2026, 11, 30)]
    assert monday[:7] == [time(9), time(9, 30), time(10), time(10, 30), time(11), time(11, 30), time(13, 30)]
    assert monday[-1] == time(16)  # 16:30 would end at 17:15
    assert all(s.end - s.start == timedelta(minutes=45) for s in slots)


def test_home_visits_need_travel_time_either_side_and_avoid_busy_time() -> None:
    busy = [(datetime(2026, 11, 30, 11, tzinfo=UTC), datetime(2026, 11, 30, 12, tzinfo=UTC))]
    slots = find_slots(
        site=site(),
        kind="home_visit",
        diaries=[diary(busy=busy)],
        now=SUNDAY,
        first_contact=date(2026, 11, 29),
    )
    starts = [local(s.start)[1] for s in slots]
    assert starts[0] == time(9, 30)  # 9:00 would leave no time to travel there
    assert time(10) not in starts  # its travel home would run into the busy hour from 11
    assert all(s.blocked_start == s.start - timedelta(minutes=30) for s in slots)
    assert all(s.blocked_end == s.end + timedelta(minutes=30) for s in slots)


def test_st_andrews_day_is_a_holiday_in_scotland_but_not_in_england() -> None:
    def first_day(nation: str) -> date:
        found = find_slots(
            site=site(nation), kind="phone", diaries=[diary()], now=SUNDAY, first_contact=SUNDAY.date()
        )
        return local(found[0].start)[0]

    assert first_day("england") == date(2026, 11, 30)
    assert first_day("scotland") == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("start", "days", "nation", "expected"),
    [
        (date(2026, 11, 27), 1, "england", date(2026, 11, 30)),  # over a weekend
        (date(2026, 11, 27), 1, "scotland", date(2026, 12, 1)),  # and St Andrew's Day
        (date(2026, 12, 31), 1, "england", date(2027, 1, 4)),
        (date(2026, 12, 31), 1, "scotland", date(2027, 1, 5)),  # 2 January, moved to a Monday
        (date(2026, 4, 2), 2, "england", date(2026, 4, 8)),  # Good Friday and Easter Monday
        (date(2026, 4, 2), 2, "scotland", date(2026, 4, 7)),  # Good Friday only
    ],
)
def test_working_days_skip_weekends_and_the_nations_bank_holidays(start, days, nation, expected) -> None:
    assert add_working_days(start, days, nation) == expected


def test_nothing_is_offered_after_the_target() -> None:
    slots = find_slots(
        site=site(target=1),
        kind="phone",
        diaries=[diary()],
        now=SUNDAY,
        first_contact=date(2026, 11, 27),
        limit=50,
    )
    assert {local(s.start)[0] for s in slots} == {date(2026, 11, 30)}


def test_preferences_narrow_the_times() -> None:
    args = {
        "site": site(),
        "kind": "phone",
        "diaries": [diary()],
        "now": SUNDAY,
        "first_contact": SUNDAY.date(),
    }
    afternoons = find_slots(**args, part_of_day="afternoon")
    assert all(local(s.start)[1] >= time(12) for s in afternoons)
    mornings = find_slots(**args, part_of_day="morning", limit=10)
    assert all(local(s.start)[1] < time(12) for s in mornings)
    wednesdays = find_slots(**args, weekday=2)
    assert {local(s.start)[0].weekday() for s in wednesdays} == {2}
    later = find_slots(**args, after=afternoons[-1].start)
    assert later[0].start > afternoons[-1].start


def test_one_offer_per_start_time_first_worker_wins() -> None:
    slots = find_slots(
        site=site(), kind="phone", diaries=[diary(2), diary(1)], now=SUNDAY, first_contact=SUNDAY.date()
    )
    assert [s.worker_id for s in slots] == [1, 1, 1]
    assert len({s.start for s in slots}) == 3


def test_a_kind_the_site_does_not_offer_is_refused_plainly() -> None:
    with pytest.raises(ValueError, match="does not offer 'video'"):
        find_slots(site=site(), kind="video", diaries=[diary()], now=SUNDAY, first_contact=SUNDAY.date())


def test_nine_oclock_is_nine_oclock_either_side_of_the_clock_change() -> None:
    before = datetime(2026, 10, 22, 12, tzinfo=UTC)  # Thursday; clocks go back on Sunday 25 October
    slots = find_slots(
        site=site(), kind="phone", diaries=[diary()], now=before, first_contact=before.date(), limit=60
    )
    nine = [s.start for s in slots if local(s.start)[1] == time(9)]
    assert nine[0] == datetime(2026, 10, 23, 8, tzinfo=UTC)  # BST
    assert nine[1] == datetime(2026, 10, 26, 9, tzinfo=UTC)  # GMT
    assert describe(slots[0]) == "Fri 23 Oct, 9am"
    assert describe(slots[1]) == "Fri 23 Oct, 9:30am"


@settings(max_examples=60, deadline=None)
@given(
    now=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    busy_hours=st.lists(st.integers(min_value=0, max_value=24 * 20), max_size=12),
    kind=st.sampled_from(["phone", "home_visit"]),
)
def test_every_slot_found_is_really_free(now: datetime, busy_hours: list[int], kind: str) -> None:
    base = now.replace(minute=0, second=0, microsecond=0)
    busy = [(base + timedelta(hours=h), base + timedelta(hours=h, minutes=50)) for h in busy_hours]
    test_site = site()
    slots = find_slots(
        site=test_site, kind=kind, diaries=[diary(busy=busy)], now=now, first_contact=now.date(), limit=8
    )
    last = add_working_days(now.date(), test_site.first_appointment_target_working_days, "england")
    assert [s.start for s in slots] == sorted(s.start for s in slots)
    for slot in slots:
        day, _ = local(slot.start)
        assert now.astimezone(LONDON).date() < day <= last and day.weekday() < 5
        opens = datetime.combine(day, time(9), LONDON)
        closes = datetime.combine(day, time(17), LONDON)
        assert opens <= slot.blocked_start and slot.blocked_end <= closes
        lunch = (datetime.combine(day, time(12, 30), LONDON), datetime.combine(day, time(13, 15), LONDON))
        assert not (slot.blocked_start < lunch[1] and lunch[0] < slot.blocked_end)
        assert not any(slot.blocked_start < b[1] and b[0] < slot.blocked_end for b in busy)
