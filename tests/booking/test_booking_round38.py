"""Round 38's people at "which time suits you?", in other words."""

from __future__ import annotations

from tests.booking.conftest import booking


def test_a_way_of_meeting_taken_back_at_the_times_is_the_one_wanted(client, referral) -> None:
    """R38010 chose a video call, then, offered video times, took it back: "nah scrap that, just ring
    me"."""
    earlier = {"meeting_type": "2", "meeting_when": "asap"}
    out = booking(client, referral, "meeting_slot", "no forget that, can you just phone me", **earlier)
    assert "phone call" in out["menu"] and "home visit" not in out["menu"].lower(), out
