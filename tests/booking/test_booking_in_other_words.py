"""Booking in other words (issue #13, second blind set): a clock time, nothing free at it, a new way of
meeting said at "when suits?", and "none of these" with a reason."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from frontdoor.booking.models import DiaryException, LinkWorker
from tests.api.test_referrals_api import SERVICE
from tests.booking.conftest import booking, eligible_referral


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


def test_a_span_of_the_day_offers_times_inside_it(client, referral) -> None:
    """ "12-2 weekdays" and "Between 1 and 3" were not understood twice and nothing was booked (blind
    people R4012, R4027)."""
    out = booking(client, referral, "meeting_when", "from 1 to 3 on weekdays", meeting_type="1")
    assert out["accepted"] and out["menu"], out
    assert all(t in ("1pm", "1:30pm", "2pm") for t in _starts(out["menu"])), out["menu"]


def test_a_time_not_understood_twice_offers_the_earliest_times(client, referral) -> None:
    """Never a booking given up because the words for a time were not understood: the earliest times."""
    said = "depends on the hospital transport"
    first = booking(client, referral, "meeting_when", said, meeting_type="1")
    assert first["problem"] == "not_a_time"
    again = booking(client, referral, "meeting_when", said, meeting_type="1", retry=True)
    assert again["accepted"] and again["menu"] and "earliest" in again["note"], again
    earlier = {"meeting_type": "1", "meeting_when": said}
    out = booking(client, referral, "meeting_slot", "2", **earlier)
    assert out["booked"] and out["booked"]["when"] in again["menu"], out


def test_a_day_with_nothing_free_offers_the_nearest_times(client, db, referral) -> None:
    """ "Friday, I'm off Fridays" with no Friday free within the target was handed to the team to
    phone (blind person R4039): the nearest times are offered first."""
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    fridays = [today + timedelta(days=n) for n in range(45) if (today + timedelta(days=n)).weekday() == 4]
    for worker in db.scalars(select(LinkWorker).where(LinkWorker.site_id == "dundee")):
        for friday in fridays:
            db.add(
                DiaryException(
                    link_worker_id=worker.id, start=friday, end=friday + timedelta(days=1), reason="leave"
                )
            )
    db.commit()
    out = booking(client, referral, "meeting_when", "Friday, I'm off Fridays", meeting_type="1")
    assert out["accepted"] and out["menu"] and "nearest" in out["note"], out
    assert "Fri" not in out["menu"]


def test_asking_again_for_a_call_back_at_how_to_meet_is_an_answer_not_a_loop(client, referral) -> None:
    """Blind person R5025: "can i no book yet ... can someone text me" at "how would you like to meet?"
    was taken for "talk to a person" three times, each with the same reply. Once a call back has been
    asked for, the same words are read as the answer: not booking now."""
    sure = {"intent": "request_human", "confidence": 0.95}
    said = "not sure of my shifts, could someone message me about it"
    assert booking(client, referral, "meeting_type", said, **sure)["interrupt"] == "request_human"
    client.post("/internal/referrals/callback", json={"conversation_id": referral}, headers=SERVICE)
    again = booking(client, referral, "meeting_type", said, **sure)
    assert again.get("interrupt") is None


def test_told_why_and_asking_why_again_at_how_to_meet_is_left_to_the_link_worker(client, referral) -> None:
    """Blind person R8032 asked "who do I talk to meanwhile?" at "how would you like to meet?" and was
    told why it is asked three times running. Told why once, asking again leaves it to the link worker."""
    sure = {"intent": "ask_why", "confidence": 0.95}
    said = "why does it matter how? I just need someone to talk to"
    assert booking(client, referral, "meeting_type", said, **sure)["interrupt"] == "ask_why"
    again = booking(client, referral, "meeting_type", said, told_why=True, **sure)
    assert again.get("interrupt") is None and again["problem"] == "later"


def test_none_of_the_times_and_a_call_to_arrange_one_is_left_to_the_link_worker(client, referral) -> None:
    """Blind person R7040: "None of them really, I've got the nurse those mornings. Can they just ring
    me to sort a time?" was shown the same three times again and again."""
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    booking(client, referral, "meeting_when", "asap", meeting_type="1")
    said = "none of those really, the district nurse comes then. could someone phone me to arrange it?"
    assert booking(client, referral, "meeting_slot", said, **earlier)["problem"] == "later"


@pytest.mark.parametrize("said", ["the secnod one pls", "the 2nd one please"])
def test_a_time_picked_by_an_ordinal_with_a_slip_of_the_finger_is_booked(client, referral, said) -> None:
    """Blind person R8023 chose "the forst one" twice and was left for the link worker to arrange. "The
    2nd one" is still the second though "the 2nd of January" is a date (R41040)."""
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    offered = booking(client, referral, "meeting_when", "asap", meeting_type="1")
    second = offered["menu"].splitlines()[1][3:]
    out = booking(client, referral, "meeting_slot", said, **earlier)
    assert out["accepted"] and out["booked"]["when"] in second, (out, second)


def test_a_day_nobody_works_says_when_link_workers_work(client) -> None:
    """Blind person R9016 asked for "Friday one please" in Coventry, where no link worker works on a
    Friday, and was told "Nothing is free then soon"."""
    coventry = eligible_referral(client, postcode="CV4 8FH")
    out = booking(client, coventry, "meeting_when", "Friday one please", meeting_type="1")
    assert out["note"].startswith("Link workers work Monday to Thursday"), out


def test_the_nearest_times_to_a_day_nobody_works_are_the_days_beside_it(client) -> None:
    """Blind person R10010 asked for "the friday" in Coventry and was shown Monday's times as "the
    nearest": the nearest to a Friday are the Thursday's, else the next Monday's."""
    coventry = eligible_referral(client, postcode="CV4 8FH")
    out = booking(client, coventry, "meeting_when", "could it be a friday afternoon", meeting_type="1")
    times = [line for line in out["menu"].splitlines() if line[:1].isdigit()]
    days = {line.split(". ", 1)[1][:3] for line in times}
    assert days <= {"Thu", "Mon"} and len(days) == 1, out["menu"]
    assert "Monday to Thursday" in out["note"]


def test_a_way_of_meeting_named_with_instead_is_the_one_wanted(client, referral) -> None:
    """Blind person R9009, offered library times: "oh hang on can we do it on the phone instead, i wont
    get the time off work to come in" was answered "Please reply with a number" ('come in' outweighed
    the phone)."""
    earlier = {"meeting_type": "3", "meeting_when": "asap"}
    said = "hang on, could it be on the phone instead? I can't get time off to come in"
    out = booking(client, referral, "meeting_slot", said, **earlier)
    assert "phone call instead" in (out["note"] or ""), out
    assert "phone call" in out["menu"] and "Library" not in out["menu"]


def test_a_day_offered_with_a_clock_time_not_offered_is_not_booked_at_another_time(client, referral) -> None:
    """Blind person R40018, offered Tuesday's 9:30, 10 and 10:30, wrote "Tuesday 11am" and was booked
    at 9:30."""
    earlier = {"meeting_type": "1", "meeting_when": "tuesday"}
    first = booking(client, referral, "meeting_when", "tuesday", meeting_type="1")
    assert first["menu"] and set(re.findall(r"(Mon|Tue|Wed|Thu|Fri) \d", first["menu"])) == {"Tue"}, first
    unoffered = next(t for t in ("4:45pm", "4:15pm", "11:15am") if t not in _starts(first["menu"]))
    out = booking(client, referral, "meeting_slot", f"Tuesday {unoffered}", **earlier)
    assert not out.get("booked"), (first, out)


def test_others_coming_in_is_not_a_wish_to_go_in(client, referral) -> None:
    """Blind person R40018, offered home visits: "Actually no, phone is better. Mam gets really agitated
    when strangers come in" was answered with times at a venue."""
    earlier = {"meeting_type": "2", "meeting_when": "asap"}
    said = "Actually no, the phone's better. Dad gets upset when people come in"
    out = booking(client, referral, "meeting_slot", said, **earlier)
    assert "phone call instead" in (out["note"] or ""), out


def test_a_venue_named_by_its_name_is_meeting_at_a_venue(client, referral) -> None:
    """Blind person R40019 answered "How would you like to meet?" with "kirkcaldy galleries if thats ok,
    ah get the bus in" and was asked for a number twice, then not booked. The venue's name comes from
    the site's own list (Dundee's here)."""
    said = "whitfield if that's alright, I get the bus"
    out = booking(client, referral, "meeting_type", said)
    assert out["accepted"] and "Whitfield Library" in out["menu"], out
    # The way's own word is kept for the questions after, which read ways of meeting, not venues.
    kept = out["meeting_type"] or said
    booked = booking(client, referral, "meeting_slot", "1", meeting_type=kept, meeting_when="asap")
    assert booked["booked"] and booked["booked"]["how"] == "at Whitfield Library", booked


def test_a_day_and_time_offered_on_two_weeks_books_the_earliest(client, referral) -> None:
    """Blind person R40011 asked for "Friday 2.30", was offered two Fridays at 2:30pm, and said "Friday
    2.30" again: that is the first of them, not a time that is not on the list."""
    earlier = {"meeting_type": "1", "meeting_when": "asap"}
    first = booking(client, referral, "meeting_when", "friday 2.30", meeting_type="1")
    fridays = re.findall(r"Fri \d+ \w+, 2:30pm", first["menu"] or "")
    assert len(fridays) >= 2, first
    out = booking(client, referral, "meeting_slot", "Friday 2.30", **earlier)
    assert out["booked"] and fridays[0] in out["booked"]["when"], (first, out)


def test_a_time_asked_again_among_the_nearest_books_the_one_soon_after(client, referral) -> None:
    """Blind person R40015 asked for "Monday 12.15", was shown Monday's nearest times from 12:30, and
    asked the same again: the one soon after the time asked, said in the booking message."""
    earlier = {"meeting_type": "1", "meeting_when": "tuesday 9.15"}
    first = booking(client, referral, "meeting_when", "tuesday 9.15", meeting_type="1")
    assert _starts(first["menu"] or "")[:1] == ["9:30am"], first
    out = booking(client, referral, "meeting_slot", "Tuesday 9.15", **earlier)
    assert out["booked"] and "9:30am" in out["booked"]["when"], (first, out)


def test_noon_said_without_pm_is_noon(client, referral) -> None:
    """Blind person R38033 asked for "Wednesday 12.30" twice and was passed on: 12.30 was read as half
    past midnight, so Wednesday's 1pm was never soon after it."""
    earlier = {"meeting_type": "1", "meeting_when": "tuesday 12.45"}
    first = booking(client, referral, "meeting_when", "tuesday 12.45", meeting_type="1")
    starts = _starts(first["menu"] or "")
    assert starts and "12:45pm" not in starts, first  # both link workers are at lunch
    out = booking(client, referral, "meeting_slot", "Tuesday 12.45", **earlier)
    assert out["booked"] and starts[0] in out["booked"]["when"], (first, out)
