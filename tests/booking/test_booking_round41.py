"""Round 41's people at "how would you like to meet?" and "which time suits you?", in other words."""

from __future__ import annotations

import re

from tests.booking.conftest import booking
from tests.booking.test_booking_wish_kept import _record


def test_none_of_the_times_and_ring_me_on_a_date_is_left_to_the_link_worker(client, db, referral) -> None:
    """R41040, offered three library times: "None of those I'm afraid ... Can someone ring me after the
    2nd of January?" was booked at the second time on the list."""
    earlier = {"meeting_type": "3", "meeting_when": "asap"}
    booking(client, referral, "meeting_when", "asap", meeting_type="3")
    said = "No none of them sorry, family here over Christmas. Could you phone me on the 4th of Jan"
    left = booking(client, referral, "meeting_slot", said, **earlier)
    assert left["problem"] == "later" and not left.get("booked"), left
    assert "4th of Jan" in left["note"], left
    record = _record(client, db)
    assert record["appointment"] is None
    assert record["appointment_wanted"]["type"] == "community_venue"


def test_a_long_message_keeps_the_sentence_that_says_when(client, db, referral) -> None:
    """R41040's words were kept cut at 120 characters, mid-word, and the date she asked for was lost."""
    earlier = {"meeting_type": "3", "meeting_when": "asap"}
    booking(client, referral, "meeting_when", "asap", meeting_type="3")
    said = (
        "None of them I'm sorry, my son and his family are flying in from Canada and the house will be "
        "upside down for weeks. Could someone phone me after the 6th of January?"
    )
    left = booking(client, referral, "meeting_slot", said, **earlier)
    assert left["problem"] == "later", left
    wanted = _record(client, db)["appointment_wanted"]["when_in_their_words"]
    assert wanted == "Could someone phone me after the 6th of January?", wanted


def test_a_date_is_not_a_place_in_the_list(client, referral) -> None:
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    booking(client, referral, "meeting_when", "asap", meeting_type="1")
    out = booking(client, referral, "meeting_slot", "would the 3rd of February be any good", **earlier)
    assert not out.get("booked"), out


def test_a_new_way_of_meeting_with_a_time_on_the_old_list_offers_the_new_way(client, referral) -> None:
    """R41005, offered library times, wrote "Could it be on the phone instead? Mornings while his carer
    is in, 10 till 11" and was booked at the library at 10am."""
    earlier = {"meeting_type": "3", "meeting_when": "asap"}
    offered = booking(client, referral, "meeting_when", "asap", meeting_type="3")
    first = re.search(r"(\d{1,2}(?::\d{2})?(?:am|pm))", offered["menu"]).group(1)
    said = f"Sorry, I've thought again, can we do it over the phone after all? about {first} would be good"
    out = booking(client, referral, "meeting_slot", said, **earlier)
    assert not out.get("booked"), out
    assert "phone call instead" in (out["note"] or ""), out
    assert "phone call" in out["menu"] and "Library" not in out["menu"], out


def test_meeting_in_place_is_meeting_in_person(client, referral) -> None:
    """R41004, whose English is her second language, answered "meeting in place with polish translator"
    twice, and the booking was left to the link worker."""
    out = booking(client, referral, "meeting_type", "meet in place please, with urdu translator")
    assert out["accepted"] and "Library" in out["menu"], out
