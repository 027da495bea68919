"""Round 37's people at "which time suits you?", in other words."""

from __future__ import annotations

import re

from tests.booking.conftest import booking

_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?[ap]m")


def test_a_time_not_offered_is_offered_on_the_days_it_is_free_then_booked(client, referral) -> None:
    """R37038 asked for "the 9am" twice: nothing on the first day was at 9, so the nearest times on that
    day came back, then her wish was passed on unbooked. Now that time on the days it is free comes
    back, and the same words again book the earliest of them (R37026's "the 4pm")."""
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    first = booking(client, referral, "meeting_when", "asap", meeting_type="1")
    offered = set(_CLOCK.findall(first["menu"]))
    wanted = next(t for t in ("2pm", "3pm", "11am", "2:30pm", "10:30am") if t not in offered)
    out = booking(client, referral, "meeting_slot", f"the {wanted}", **earlier)
    assert out["note"] == f"These are the times at {wanted}.", out
    assert set(_CLOCK.findall(out["menu"])) == {wanted}, out["menu"]
    booked = booking(client, referral, "meeting_slot", f"the {wanted}", **earlier)
    assert booked["booked"] and wanted in booked["booked"]["when"], booked


def test_a_clock_time_is_never_read_as_a_place_on_the_list(client, referral) -> None:
    """ "the 2pm" among 9am, 9:30am and 10am booked the second, 9:30am."""
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    first = booking(client, referral, "meeting_when", "asap", meeting_type="1")
    offered = _CLOCK.findall(first["menu"])
    out = booking(client, referral, "meeting_slot", "the 2pm", **earlier)
    booked = (out.get("booked") or {}).get("when", "")
    assert "2pm" in booked or not booked, out
    assert not any(clock in booked for clock in offered if clock != "2pm"), out


def test_a_time_with_a_bound_is_not_that_time_only(client, referral) -> None:
    """ "any time after 3pm" is any time from 3, not only the times at 3pm."""
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    booking(client, referral, "meeting_when", "asap", meeting_type="1")
    out = booking(client, referral, "meeting_slot", "any time after 3pm", **earlier)
    assert out.get("note") != "These are the times at 3pm.", out
