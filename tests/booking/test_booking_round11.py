"""Booking as the eleventh blind set of people asked (issue #13), in other words than theirs: a weekday
shortened past three letters ("weds"), and an hour said beside the day ("thursday 11") both narrowing
the times offered and choosing among them."""

from __future__ import annotations

import re

from tests.booking.conftest import booking
from tests.booking.test_booking_in_other_words import _starts


def test_a_weekday_shortened_and_an_hour_beside_it_offer_that_day_from_that_hour(client, referral) -> None:
    out = booking(client, referral, "meeting_when", "weds 11", meeting_type="1")
    assert out["accepted"] and out["menu"], out
    assert all(day == "Wed" for day in re.findall(r"\b(Mon|Tue|Wed|Thu|Fri)\b", out["menu"])), out["menu"]
    assert _starts(out["menu"])[0] == "11am", out["menu"]


def test_the_hour_said_again_chooses_that_time_not_the_first(client, referral) -> None:
    """ "tuesday 10" twice, among Tuesday's 9:30, 10 and 10:30, booked 9:30 (blind person R11040)."""
    earlier = {"meeting_type": "1", "meeting_when": "thursday morning"}
    first = booking(client, referral, "meeting_when", "thursday morning", meeting_type="1")
    starts = _starts(first["menu"])
    assert len(starts) >= 2, first
    wanted = starts[1]
    said = "thursday " + wanted.removesuffix("am").removesuffix("pm")
    out = booking(client, referral, "meeting_slot", said, **earlier)
    assert out["booked"] and out["booked"]["when"].endswith(wanted), (first, out)


def test_a_place_in_the_list_is_still_a_place_in_the_list(client, referral) -> None:
    earlier = {"meeting_type": "1", "meeting_when": "thursday morning"}
    first = booking(client, referral, "meeting_when", "thursday morning", meeting_type="1")
    out = booking(client, referral, "meeting_slot", "2", **earlier)
    assert out["booked"] and out["booked"]["when"].endswith(_starts(first["menu"])[1]), (first, out)


def test_a_way_of_meeting_said_against_is_heard(client, referral) -> None:
    """ "not phone. i am deaf" was only "Please reply with a number from the list" (blind person R11036)."""
    out = booking(client, referral, "meeting_type", "no phone calls, I can't hear on it")
    assert out["problem"] == "not_a_meeting_type" and out["note"] == "That's fine, not a phone call.", out


def test_a_time_copied_back_with_its_date_chooses_that_time(client, referral) -> None:
    """ "Thu 10 Dec, 9am" copied back is 9am, not 10am on the day."""
    earlier = {"meeting_type": "1", "meeting_when": "thursday morning"}
    first = booking(client, referral, "meeting_when", "thursday morning", meeting_type="1")
    second = re.findall(r"2\. ([^,]+, [^,]+),", first["menu"])
    assert second, first
    out = booking(client, referral, "meeting_slot", second[0], **earlier)
    assert out["booked"] and out["booked"]["when"].startswith(second[0]), (first, out)
