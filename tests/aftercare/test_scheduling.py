"""Quiet hours, the check-in's working day and calendar months, in UK time across the clock change."""

from __future__ import annotations

from datetime import UTC, datetime

from frontdoor.aftercare.scheduling import checkin_due, in_quiet_hours, months_after, next_allowed
from frontdoor.content import load_content
from frontdoor.content_files import DEFAULT_CONTENT_DIR

CONTENT = load_content(DEFAULT_CONTENT_DIR)
AFTERCARE = CONTENT.aftercare


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_quiet_hours_are_uk_time_either_side_of_the_clock_change() -> None:
    # Summer: 19:30 UTC is 20:30 in the UK (quiet); 08:30 UTC is 09:30 (not).
    assert in_quiet_hours(utc(2027, 7, 1, 19, 30), AFTERCARE)
    assert not in_quiet_hours(utc(2027, 7, 1, 8, 30), AFTERCARE)
    assert next_allowed(utc(2027, 7, 1, 19, 30), AFTERCARE) == utc(2027, 7, 2, 8)
    # Winter: 19:59 UTC is 19:59 (allowed, unchanged); 23:00 -> 09:00 the next morning.
    assert next_allowed(utc(2027, 1, 5, 19, 59), AFTERCARE) == utc(2027, 1, 5, 19, 59)
    assert next_allowed(utc(2027, 1, 5, 23), AFTERCARE) == utc(2027, 1, 6, 9)
    assert next_allowed(utc(2027, 1, 6, 3), AFTERCARE) == utc(2027, 1, 6, 9)
    # The night the clocks go back (31 October 2027): 01:30 UTC is 01:30 GMT; 09:00 GMT is 09:00 UTC.
    assert next_allowed(utc(2027, 10, 31, 1, 30), AFTERCARE) == utc(2027, 10, 31, 9)


def test_the_check_in_day_counts_working_days_of_the_sites_nation() -> None:
    dundee, durham = CONTENT.sites.get("dundee"), CONTENT.sites.get("durham")
    # Christmas 2026: Friday 25 and Monday 28 December are bank holidays in both nations, and Friday
    # 1 January; Scotland also keeps 2 January (a Saturday: its substitute is Monday 4 January).
    assert checkin_due(utc(2026, 12, 23, 12), durham, AFTERCARE) == utc(2026, 12, 30, 10)  # target 5: day 3
    assert checkin_due(utc(2026, 12, 23, 12), dundee, AFTERCARE) == utc(2027, 1, 8, 10)  # target 10: day 8


def test_months_after_keeps_the_day_or_the_months_last() -> None:
    assert months_after(utc(2026, 11, 30, 15), 3, AFTERCARE) == utc(2027, 2, 28, 10)
    assert months_after(utc(2026, 11, 23, 15), 9, AFTERCARE) == utc(2027, 8, 23, 9)  # 10:00 BST
