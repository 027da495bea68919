"""Round 30's people at "how would you like to meet?", in other words."""

from __future__ import annotations

import re

from tests.booking.conftest import booking


def test_no_preference_is_told_any_is_fine_then_gets_the_first_way_on_the_menu(client, referral) -> None:
    """R30013, writing in a second language, answered "you tell me" and was told only to reply with a
    number from the list. Told any is fine, the choice is theirs once; the same again books the first."""
    first = booking(client, referral, "meeting_type", "you choose really")
    assert (first["accepted"], first["problem"], first["note"]) == (
        False,
        "not_a_meeting_type",
        "Any of them is fine.",
    )
    out = booking(client, referral, "meeting_type", "you choose really", retry=True)
    assert out["accepted"] and out["note"] == "Phone call, then." and "phone" in out["menu"]
    assert out["meeting_type"] == "phone"  # kept for the next questions, which read it again
    earlier = {"meeting_type": out["meeting_type"], "meeting_when": out["meeting_when"]}
    booked = booking(client, referral, "meeting_slot", "the first one", **earlier)
    assert booked["booked"] and "phone" in booked["booked"]["how"].lower(), booked


def test_a_day_not_offered_is_never_booked_at_the_same_clock_time_on_another(client, referral) -> None:
    """ "Saturday at 11" among Tuesday's times booked Tuesday at 11am."""
    first = booking(client, referral, "meeting_when", "asap", meeting_type="1")
    clock = re.search(r"\d{1,2}(?::\d{2})?[ap]m", first["menu"]).group()  # the first time offered
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    out = booking(client, referral, "meeting_slot", f"Saturday at {clock}", **earlier)
    assert out.get("booked") is None, out
    assert "Monday to Friday" in (out["note"] or ""), out
