"""Booking in other words (issue #13, second blind set): a clock time, nothing free at it, a new way of
meeting said at "when suits?", and "none of these" with a reason."""

from __future__ import annotations

import re

from tests.booking.conftest import booking


def _starts(menu: str) -> list[str]:
    return re.findall(r"(\d{1,2}(?::\d{2})?(?:am|pm))", menu)


def test_a_clock_time_narrows_the_times_offered(client, referral) -> None:
    out = booking(client, referral, "meeting_when", "any time from 2pm", meeting_type="1")
    assert out["accepted"] and out["note"] is None
    starts = _starts(out["menu"])
    assert starts and all(t.endswith("pm") and not t.startswith("12") for t in starts)


def test_nothing_at_the_time_asked_offers_the_nearest(client, referral) -> None:
    out = booking(client, referral, "meeting_when", "only before 6am", meeting_type="1")
    assert out["accepted"] and out["menu"]
    assert "nearest" in out["note"]
    assert all(t.endswith("am") for t in _starts(out["menu"]))


def test_a_new_way_of_meeting_at_when_suits_is_kept_and_when_asked_again(client, referral) -> None:
    said = "actually could someone come to the house instead"
    out = booking(client, referral, "meeting_when", said, meeting_type="1")
    assert out["problem"] == "meeting_changed"
    assert out["meeting_type"] == said
    assert "home visit instead" in out["note"]


def test_none_of_these_with_a_reason_offers_later_times(client, referral) -> None:
    first = booking(client, referral, "meeting_when", "asap", meeting_type="1")
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    more = booking(client, referral, "meeting_slot", "none of those, I'm at work", **earlier)
    assert more["problem"] == "more_offered" and more["menu"] != first["menu"]


def test_a_time_asked_for_that_brings_the_same_times_is_not_offered_again(client, referral) -> None:
    earlier = {"meeting_type": "1", "meeting_when": "evenings"}
    first = booking(client, referral, "meeting_when", "evenings", meeting_type="1")
    again = booking(client, referral, "meeting_slot", "ok, the 6pm one", **earlier)
    assert again["problem"] == "not_a_choice" and again["menu"] == first["menu"], (first, again)
    third = booking(client, referral, "meeting_slot", "ok, the 6pm one", retry=True, **earlier)
    assert third["problem"] == "later"


def test_a_weekend_time_chosen_from_weekday_times_says_when_link_workers_work(client, referral) -> None:
    """A son asking for "the Saturday one" was shown the same weekday list three times, unexplained."""
    earlier = {"meeting_type": "1", "meeting_when": "weekday evening or Saturday"}
    first = booking(client, referral, "meeting_when", earlier["meeting_when"], meeting_type="1")
    again = booking(client, referral, "meeting_slot", "the Saturday one", **earlier)
    assert again["problem"] in ("not_a_choice", "more_offered") and again["menu"], (first, again)
    assert again["note"] and "Monday to Friday" in again["note"]


def test_any_of_the_times_offered_books_the_earliest(client, referral) -> None:
    """ "that one is fine" at the list of times was "Please reply with a number" (blind person R3022)."""
    earlier = {"meeting_type": "1", "meeting_when": "afternoons"}
    first = booking(client, referral, "meeting_when", "afternoons", meeting_type="1")
    out = booking(client, referral, "meeting_slot", "that one is fine", **earlier)
    assert out["booked"] and out["booked"]["when"] in first["menu"], (first, out)
