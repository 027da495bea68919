"""Booking as the twenty-third blind set of people asked for it (issue #13), in other words than theirs:
not booking now, with a way of meeting named beside it ("can't book anything yet, could someone phone me
next week and we'll fix a time")."""

from __future__ import annotations

import pytest

from tests.booking.conftest import booking


@pytest.mark.parametrize(
    "said",
    [
        "can't book anything yet, my chemo dates aren't out. could someone phone me next week instead",
        "at the hospital just now, I'll do the rest later",
        "could a link worker ring me on Thursday and we'll fix a time then",
        "i dont know my shifts, can you phone me after the weekend so we can sort something out",
    ],
)
def test_not_booking_now_is_left_for_the_link_worker_to_arrange(client, referral, said: str) -> None:
    assert booking(client, referral, "meeting_type", said)["problem"] == "later"


@pytest.mark.parametrize("said", ["a phone call please, in the mornings", "ring me, any weekday"])
def test_a_call_asked_for_is_still_a_phone_call_booked(client, referral, said: str) -> None:
    out = booking(client, referral, "meeting_type", said)
    assert out["accepted"] and out["menu"] and out.get("problem") is None
