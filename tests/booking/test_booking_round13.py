"""Booking as the thirteenth blind set of people asked (issue #13), in other words than theirs: a time
said the British way ("half two") and a day beside a "lovely" is a time asked for, never the earliest
time booked in its place."""

from __future__ import annotations

import re

from tests.booking.conftest import booking
from tests.booking.test_booking_in_other_words import _starts


def test_a_day_and_half_past_with_a_pleasantry_asks_for_that_time_not_the_earliest(client, referral) -> None:
    earlier = {"meeting_type": "1", "meeting_when": "monday morning"}
    first = booking(client, referral, "meeting_when", "monday morning", meeting_type="1")
    assert first["menu"] and "Wed" not in first["menu"], first
    out = booking(client, referral, "meeting_slot", "Wednesday at half three, lovely", **earlier)
    assert not out.get("booked"), out  # nothing booked they did not ask for
    days = re.findall(r"\b(Mon|Tue|Wed|Thu|Fri)\b", out["menu"])
    assert days and all(day == "Wed" for day in days), out["menu"]
    assert _starts(out["menu"])[0] == "3:30pm", out["menu"]


def test_half_past_said_in_words_chooses_that_time_among_those_offered(client, referral) -> None:
    earlier = {"meeting_type": "1", "meeting_when": "tuesday morning"}
    first = booking(client, referral, "meeting_when", "tuesday morning", meeting_type="1")
    starts = _starts(first["menu"])
    half_past = [s for s in starts if s.endswith(":30am")]
    assert half_past, first
    hour = {"9": "nine", "10": "ten", "11": "eleven"}[half_past[0].split(":")[0]]
    out = booking(client, referral, "meeting_slot", f"half {hour} on the tuesday please", **earlier)
    assert out["booked"] and out["booked"]["when"].endswith(half_past[0]), (first, out)


def test_any_of_them_with_a_pleasantry_is_still_the_earliest(client, referral) -> None:
    earlier = {"meeting_type": "1", "meeting_when": "tuesday morning"}
    first = booking(client, referral, "meeting_when", "tuesday morning", meeting_type="1")
    out = booking(client, referral, "meeting_slot", "any of those is lovely", **earlier)
    assert out["booked"] and out["booked"]["when"].endswith(_starts(first["menu"])[0]), (first, out)


def test_a_way_not_offered_with_a_second_choice_takes_the_second_choice_and_says_so(client, referral) -> None:
    out = booking(client, referral, "meeting_type", "a zoom call would be ideal, otherwise the phone is ok")
    assert out["accepted"] is not False and out["menu"], out
    assert "phone call" in out["menu"] and "home visit" not in out["menu"], out
    assert out["note"].startswith("Sorry, video calls are not offered here yet, so a phone call."), out


def test_a_way_not_offered_alone_is_still_not_booked_in_its_place(client, referral) -> None:
    out = booking(client, referral, "meeting_type", "a zoom call would be ideal")
    assert out["problem"] == "not_a_meeting_type" and not out.get("menu"), out


def test_a_short_video_call_where_it_is_not_offered_is_told_so_and_not_booked_as_a_phone_call(
    client, referral
) -> None:
    out = booking(client, referral, "meeting_type", "vid call?")
    assert out["problem"] == "not_a_meeting_type" and not out.get("menu"), out
    assert out["note"].startswith("Sorry, video calls are not offered here yet."), out


def test_a_second_choice_after_or_is_taken_where_the_first_is_not_offered(client, referral) -> None:
    out = booking(client, referral, "meeting_type", "Video is possible? Or phone. Video better")
    assert out["menu"] and "phone call" in out["menu"], out
    assert out["note"].startswith("Sorry, video calls are not offered here yet, so a phone call."), out


def test_an_hour_not_among_those_offered_is_said_to_be_taken_with_the_nearest(client, referral) -> None:
    earlier = {"meeting_type": "1", "meeting_when": "tuesday afternoon"}
    first = booking(client, referral, "meeting_when", "tuesday afternoon", meeting_type="1")
    assert first["menu"] and "9am" not in first["menu"], first
    out = booking(client, referral, "meeting_slot", "the 9 o'clock", **earlier)
    assert not out.get("booked"), out
    # The times at 9 on another day, or said plainly that none is free at 9 beside the nearest.
    offered_at_nine = "9am" in (out.get("menu") or "")
    assert offered_at_nine or (out.get("note") or "").startswith("Nothing is free at 9am."), out
