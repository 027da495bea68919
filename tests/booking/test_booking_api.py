"""Booking through the assistant's endpoints: offer, hold, book, none of these, taken, nothing free,
cancel and reschedule, the calendar file, and what the record and the outbox hold afterwards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from frontdoor.booking.models import Appointment, DiaryException, LinkWorker
from frontdoor.booking.service import reminder_at
from frontdoor.booking.slots import LONDON
from frontdoor.db.base import aware
from frontdoor.outbox.models import OutboxMessage
from frontdoor.referrals.models import Referral
from frontdoor.referrals.record import to_record
from frontdoor.settings import get_settings
from tests.api.test_referrals_api import SERVICE, draft, submit
from tests.booking.conftest import booking, eligible_referral
from tests.helpers import assert_valid_record

PHONE = {"meeting_type": "1", "meeting_when": "as soon as possible"}


def _referral(db, conversation: str) -> Referral:
    db.expire_all()
    return db.scalar(select(Referral).where(Referral.conversation_id == conversation))


def _appointments(db, referral: Referral) -> list[Appointment]:
    return list(
        db.scalars(
            select(Appointment).where(Appointment.referral_id == referral.id).order_by(Appointment.start)
        )
    )


def test_start_lists_the_sites_ways_of_meeting(client, referral) -> None:
    started = client.post(
        "/internal/booking/start", json={"conversation_id": referral}, headers=SERVICE
    ).json()
    assert started["can_book"] is True
    assert started["menu"] == "1. Phone call\n2. Home visit\n3. At a local venue"  # Dundee; video is off


def test_a_new_referral_comes_back_with_its_ways_of_meeting(client) -> None:
    """The submit turn asks the API once: the ways of meeting come with the reference."""
    draft(client, "sb1", "web", consent_share=True)
    draft(
        client,
        "sb1",
        "web",
        referrer_role="self",
        postcode="DD1 4HN",
        age=70,
        has_diagnosis="yes",
        cancer_type="lung",
        name="Ann Reid",
        phone="07700 900456",
    )
    booking = submit(client, "sb1")["booking"]
    assert (
        booking["can_book"] is True and booking["menu"] == "1. Phone call\n2. Home visit\n3. At a local venue"
    )


def test_someone_who_cannot_travel_is_offered_a_home_visit_first(client) -> None:
    conversation = eligible_referral(client, access_needs="I use a wheelchair and can't get out much")
    started = client.post("/internal/booking/start", json={"conversation_id": conversation}, headers=SERVICE)
    assert started.json()["menu"].splitlines()[0] == "1. Home visit"


def test_a_draft_or_ineligible_referral_cannot_book(client) -> None:
    draft(client, "nb", consent_share=True)
    draft(client, "nb", postcode="SW1A 2AA")
    submit(client, "nb")
    started = client.post("/internal/booking/start", json={"conversation_id": "nb"}, headers=SERVICE).json()
    assert started["can_book"] is False


def test_three_slots_are_held_and_the_chosen_one_is_booked(client, db, referral) -> None:
    assert booking(client, referral, "meeting_type", "phone please")["accepted"]
    assert booking(client, referral, "meeting_type", "by pigeon")["problem"] == "not_a_meeting_type"
    assert booking(client, referral, "meeting_when", "whenevs", meeting_type="1")["problem"] == "not_a_time"
    offered = booking(client, referral, "meeting_when", "as soon as possible", meeting_type="1")
    lines = offered["menu"].splitlines()
    assert [line[:3] for line in lines[:3]] == ["1. ", "2. ", "3. "] and "day or time" in lines[3]
    held = [a for a in _appointments(db, _referral(db, referral)) if a.status == "held"]
    assert len(held) == 3  # those offered with the way of meeting were let go when these were offered
    assert all(a.held_until is not None for a in held)

    out = booking(client, referral, "meeting_slot", "2", **PHONE)
    assert out["accepted"] and out["booked"]["how"] == "phone call"
    assert out["booked"]["contact"] == "We will phone you on 07700 900123."
    assert out["booked"]["link_worker"] in {"Morag", "Calum"}
    assert out["booked"]["calendar_url"].startswith("http")
    found = _referral(db, referral)
    statuses = sorted(a.status for a in _appointments(db, found))
    assert statuses == ["booked"] + ["released"] * (len(statuses) - 1)
    assert found.status == "hna_booked" and found.first_contact_to_appointment_hours > 0
    record = to_record(found)
    assert_valid_record(record)
    assert record["appointment"]["status"] == "booked" and record["appointment"]["type"] == "phone"
    assert lines[1].startswith("2. " + out["booked"]["when"])


def test_none_of_these_offers_later_times(client, db, referral) -> None:
    first = booking(client, referral, "meeting_when", "asap", meeting_type="1")
    more = booking(client, referral, "meeting_slot", "none of these", **PHONE)
    assert more["problem"] == "more_offered"
    assert more["menu"] != first["menu"]
    held = [a for a in _appointments(db, _referral(db, referral)) if a.status == "held"]
    assert len(held) == 3


def test_a_time_taken_meanwhile_gets_a_clear_answer_and_other_times(client, db, referral) -> None:
    booking(client, referral, "meeting_when", "asap", meeting_type="1")
    first = _appointments(db, _referral(db, referral))[0]
    first.held_until = datetime.now(UTC) - timedelta(minutes=1)  # their hold ran out...
    db.commit()
    other = eligible_referral(client)
    db.add(  # ...and someone else booked that very time
        Appointment(
            referral_id=_referral(db, other).id,
            link_worker_id=first.link_worker_id,
            start=first.start,
            end=first.end,
            type="phone",
            status="booked",
        )
    )
    first.status = "expired"
    db.commit()
    out = booking(client, referral, "meeting_slot", "1", **PHONE)
    assert out["problem"] == "taken"
    assert len(out["menu"].splitlines()) == 4


def test_nothing_free_in_the_target_window_asks_the_team_to_call(client, db, referral) -> None:
    now = datetime.now(UTC)
    for worker in db.scalars(select(LinkWorker).where(LinkWorker.site_id == "dundee")):
        db.add(
            DiaryException(link_worker_id=worker.id, start=now, end=now + timedelta(days=40), reason="leave")
        )
    db.commit()
    out = booking(client, referral, "meeting_when", "asap", meeting_type="1")
    assert out["problem"] == "no_slots" and out["site_phone"] == "0131 496 0101"
    found = _referral(db, referral)
    assert found.callback_requested and found.priority == "high"
    assert any("no appointment free within 10 working days" in r for r in found.priority_reasons)


def test_booking_queues_a_reminder_the_day_before_and_cancelling_stops_it(client, db, referral) -> None:
    booking(client, referral, "meeting_when", "tuesday", meeting_type="1")
    out = booking(client, referral, "meeting_slot", "1", **{**PHONE, "meeting_when": "tuesday"})
    assert out["booked"]["when"].startswith("Tue")
    found = _referral(db, referral)
    booked = next(a for a in _appointments(db, found) if a.status == "booked")
    reminder = db.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == f"reminder:{booked.id}"))
    # none when the reminder time has (nearly) passed already: booked for tomorrow, say
    assert (reminder is not None) == (
        reminder_at(get_settings(), booked.start) > datetime.now(UTC) + timedelta(hours=1)
    )
    if reminder is not None:
        due = aware(reminder.next_attempt_at).astimezone(LONDON)
        assert (due.date(), due.hour) == (
            aware(booked.start).astimezone(LONDON).date() - timedelta(days=1),
            10,
        )
        assert "To change it, reply CHANGE" in reminder.body and reminder.status == "queued"

    cancelled = client.post(
        "/internal/booking/cancel", json={"conversation_id": referral}, headers=SERVICE
    ).json()
    assert cancelled["accepted"] and cancelled["current"].startswith(out["booked"]["when"])
    found = _referral(db, referral)
    assert found.status == "new"
    assert to_record(found)["appointment"]["status"] == "cancelled"
    if reminder is not None:
        db.refresh(reminder)
        assert reminder.status == "cancelled"
    again = client.post(
        "/internal/booking/cancel", json={"conversation_id": referral}, headers=SERVICE
    ).json()
    assert again["problem"] == "nothing_booked"


def test_rebooking_moves_the_appointment(client, db, referral) -> None:
    booking(client, referral, "meeting_when", "asap", meeting_type="1")
    booking(client, referral, "meeting_slot", "1", **PHONE)
    booking(client, referral, "meeting_when", "afternoon", meeting_type="1")
    out = booking(client, referral, "meeting_slot", "1", **{**PHONE, "meeting_when": "afternoon"})
    assert out["accepted"]
    found = _referral(db, referral)
    statuses = [a.status for a in _appointments(db, found) if a.status in ("booked", "rescheduled")]
    assert sorted(statuses) == ["booked", "rescheduled"]
    assert to_record(found)["appointment"]["status"] == "booked"
    start = next(a for a in _appointments(db, found) if a.status == "booked").start
    assert aware(start).astimezone(LONDON).hour >= 12


def test_the_calendar_file_needs_its_token(client, referral) -> None:
    booking(client, referral, "meeting_when", "asap", meeting_type="1")
    url = booking(client, referral, "meeting_slot", "1", **PHONE)["booked"]["calendar_url"]
    path = url.split("://", 1)[1].split("/", 1)[1]
    ics = client.get("/" + path)
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in ics.text and "DTSTART" in ics.text
    assert client.get("/" + path.replace("token=", "token=x")).status_code == 404


def test_unknown_booking_question_is_a_clear_400(client, referral) -> None:
    response = client.put(
        "/internal/booking/answer",
        json={"conversation_id": referral, "field": "shoe_size", "text": "9"},
        headers=SERVICE,
    )
    assert response.status_code == 400 and "shoe_size" in response.json()["detail"]


def test_naming_a_day_none_of_the_times_is_on_offers_that_day(client, referral) -> None:
    earlier = {"meeting_type": "1", "meeting_when": "mornings"}
    offered = booking(client, referral, "meeting_when", "mornings", meeting_type="1")["menu"]
    days = {"Mon": "monday", "Tue": "tuesday", "Wed": "wednesday", "Thu": "thursday", "Fri": "friday"}
    day = next(d for d in days if d not in offered)
    out = booking(client, referral, "meeting_slot", f"the {days[day]} one please", **earlier)
    assert out["problem"] == "more_offered"
    assert all(line.split(" ")[1].startswith(day) for line in out["menu"].splitlines()[:3])


def test_a_booking_question_is_never_asked_a_third_time(client, referral) -> None:
    assert booking(client, referral, "meeting_type", "by pigeon")["problem"] == "not_a_meeting_type"
    assert booking(client, referral, "meeting_type", "by pigeon", retry=True)["problem"] == "later"
    out = booking(client, referral, "meeting_when", "whenever you like", meeting_type="1")
    assert out["accepted"] and out["menu"]
    # "When suits?" not understood twice: not asked a third time; the earliest times are offered.
    out = booking(client, referral, "meeting_when", "blue", meeting_type="1", retry=True)
    assert out["accepted"] and out["menu"] and out["problem"] is None


def test_a_video_confirmation_promises_nothing_the_product_does_not_send(db, client) -> None:
    from frontdoor.booking.service import confirmation

    conversation = eligible_referral(client)
    referral = _referral(db, conversation)
    start = datetime(2026, 12, 1, 10, tzinfo=UTC)
    details = confirmation(db, referral, Appointment(type="video", link_worker_id=None, start=start))
    assert "text you" not in details.contact.lower() and "link worker" in details.contact.lower()


def test_the_way_of_meeting_brings_the_earliest_times_at_once(client, db, referral) -> None:
    """ "When suits you best?" is not asked first: the way of meeting brings the earliest times, which
    take a day or time instead of a number ("afternoons", "not Mondays") as the question used to."""
    out = booking(client, referral, "meeting_type", "phone please")
    assert out["accepted"] and out["meeting_when"] == "as soon as possible"
    earliest = out["menu"].splitlines()[:3]
    assert [line[:3] for line in earliest] == ["1. ", "2. ", "3. "]
    later = "afternoons would be better"
    again = booking(client, referral, "meeting_slot", later, meeting_type="phone please")
    assert again["problem"] == "more_offered" and again["menu"].splitlines()[:3] != earliest
    assert all(_afternoon(line) for line in again["menu"].splitlines()[:3]), again["menu"]
    booked = booking(client, referral, "meeting_slot", "2", meeting_type="phone please")
    assert booked["accepted"] and booked["booked"]["how"] == "phone call"


def test_a_time_said_with_the_way_of_meeting_is_kept_as_when_suits(client, referral) -> None:
    out = booking(client, referral, "meeting_type", "on the phone, afternoons if possible")
    assert out["accepted"] and out["meeting_when"] == "on the phone, afternoons if possible"
    assert all(_afternoon(line) for line in out["menu"].splitlines()[:3]), out["menu"]
    evening = booking(client, referral, "meeting_slot", "evenings", meeting_type="phone")
    assert "Monday to Friday" in (evening["note"] or ""), evening


def _afternoon(line: str) -> bool:
    return "pm," in line


def test_a_change_of_mind_about_how_to_meet_at_the_times_on_offer(client, referral) -> None:
    """Blind person R6020 chose the phone, then at the times wrote "Actually, can I change my mind? I'd
    rather come in and see someone face to face": times for meeting in person, not "reply a number"."""
    out = booking(client, referral, "meeting_type", "Phone is probably easiest")
    assert "phone call" in out["menu"]
    said = "Actually, can I change my mind? I'd rather come in and see someone face to face."
    out = booking(client, referral, "meeting_slot", said, meeting_type="Phone is probably easiest")
    assert out["problem"] == "more_offered" and out["meeting_type"] == said
    assert out["note"].startswith("That's fine, we'll meet at a local venue instead.")
    assert "phone call" not in out["menu"]
    booked = booking(client, referral, "meeting_slot", "1", meeting_type=said)
    assert booked["accepted"] and booked["booked"]["how"] != "phone call"


def test_a_way_of_meeting_the_site_does_not_offer_is_said_plainly(client, referral) -> None:
    """Blind person R6006 asked for video twice where the site offers none and heard only "Please reply
    with a number from the list"."""
    out = booking(client, referral, "meeting_type", "Video is best, I can do from car in my break")
    assert out["problem"] == "not_a_meeting_type"
    menu = ["phone", "home_visit", "community_venue"]  # the site's ways, in the order offered
    nearest = f"reply {menu.index('phone') + 1} for phone call times"
    assert (
        out["note"] == f"Sorry, video calls are not offered here yet. A phone call is the nearest: {nearest}."
    )
    assert booking(client, referral, "meeting_type", "by pigeon")["note"] is None


def test_where_video_is_not_offered_someone_deaf_is_not_pointed_to_the_phone(client) -> None:
    """Blind person R10028, Deaf, asked for video with a BSL interpreter and was told a phone call is
    the nearest: for someone who cannot hear on the phone, meeting in person is."""
    deaf = eligible_referral(client, access_needs="Deaf, I use BSL, text only please")
    out = booking(client, deaf, "meeting_type", "video with a sign language interpreter")
    assert "phone" not in out["note"].split("yet.")[1], out["note"]
    assert "is the nearest" in out["note"]


def test_a_video_call_asked_for_is_not_taken_for_a_phone_call(client, referral) -> None:
    """Blind person R9010 said "Video call, if possible" where the site offers none and was shown phone
    call times without a word ("call" read as a phone call); R9003's "video? i hate phone calls" was
    taken for asking a person to ring."""
    sure = {"intent": "request_human", "confidence": 0.95}
    for said in ("Video call, if possible", "video? i hate phone calls"):
        out = booking(client, referral, "meeting_type", said, **sure)
        assert out["problem"] == "not_a_meeting_type" and out.get("interrupt") is None, out
        assert out["note"].startswith("Sorry, video calls are not offered here yet.")
    assert booking(client, referral, "meeting_type", "a phone call or video, either is fine")["accepted"]


def test_a_time_that_the_earliest_times_already_suit_is_said_so(client, referral) -> None:
    """ "mornings" to times that are all mornings had been answered "Please reply with a number"."""
    out = booking(client, referral, "meeting_type", "phone")
    parts = {"mornings" if "am," in line else "afternoons" for line in out["menu"].splitlines()[:3]}
    if len(parts) > 1:
        pytest.skip("the earliest times today span the morning and the afternoon")
    again = booking(client, referral, "meeting_slot", parts.pop(), meeting_type="phone")
    assert again["problem"] == "more_offered" and again["menu"] == out["menu"]
    assert again["note"] == "These are the earliest times that suit."
