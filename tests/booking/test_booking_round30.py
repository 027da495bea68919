"""Round 30's people at "how would you like to meet?", in other words."""

from __future__ import annotations

from tests.booking.conftest import booking


def test_no_preference_gets_the_first_way_on_the_menu_with_its_times(client, referral) -> None:
    """R30013, writing in a second language, answered "you tell me" and was told only to reply with a
    number from the list."""
    out = booking(client, referral, "meeting_type", "you choose really")
    assert out["accepted"] and out["note"] == "Phone call, then." and "phone" in out["menu"]
