"""Check-ins by text: sent on the right working day (the site's nation's bank holidays apart), never in
quiet hours; NO or no answer puts the referral at the top of the queue; the first appointment's check."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from frontdoor.aftercare.models import AftercareTask
from frontdoor.referrals.queue import list_queue
from frontdoor.staff.models import StaffUser
from tests.aftercare.conftest import LONDON, queued, refer, uk
from tests.helpers import create_staff

CHECKIN = "Has a link worker been in touch? Reply YES or NO"


def _admin(db) -> StaffUser:
    create_staff(db, "admin@example.org", role="admin")
    return db.scalar(select(StaffUser).where(StaffUser.email == "admin@example.org"))


def _run_until_text(person, clock, days: int = 20) -> list[str]:
    """Move on an hour at a time until something is texted; returns it."""
    for _ in range(days * 24):
        texts = person.run()
        if texts:
            return texts
        clock.advance(hours=1)
    raise AssertionError("nothing was texted")


def test_the_check_in_goes_on_the_right_working_day_for_each_nation(client, db, clock, phone) -> None:
    # First contact Monday 23 November 2026. Both sites' target is 10 working days, so the check-in is
    # on the 8th working day. Scotland's St Andrew's Day (Monday 30 November) is not a working day
    # there, but it is in England: Friday 4 December in Dundee, Thursday 3 December in Tower Hamlets.
    refer(client, db, clock, "+447700900611", site="dundee")
    refer(client, db, clock, "+447700900612", site="tower_hamlets")
    dundee, hamlets = phone("+447700900611"), phone("+447700900612", site="tower_hamlets")
    dundee.run(), hamlets.run()
    due = {
        t.to_number or t.referral_id: t.due_at
        for t in db.scalars(select(AftercareTask))
        if t.kind == "checkin"
    }
    assert sorted(d.replace(tzinfo=None) if d.tzinfo else d for d in due.values()) == [
        uk(2026, 12, 3, 10),  # 10:00 UK time is 10:00 UTC in December
        uk(2026, 12, 4, 10),
    ]
    clock.to(uk(2026, 12, 3, 9, 59))
    assert dundee.run() == [] and hamlets.run() == []
    clock.to(uk(2026, 12, 3, 10))
    assert hamlets.run() == [f"Tower Hamlets Cancer Link Workers: {CHECKIN}"]
    assert dundee.run() == []
    clock.to(uk(2026, 12, 4, 10))
    assert dundee.run() == [f"Dundee Cancer Link Workers: {CHECKIN}"]


def test_no_puts_the_referral_at_the_top_of_the_queue(client, db, clock, phone) -> None:
    admin = _admin(db)
    waiting = refer(client, db, clock, "+447700900621")
    # An earlier, high-priority referral (distress 9) that is not overdue.
    clock.advance(minutes=-30)
    high = refer(client, db, clock, "+447700900622", distress_score=9)
    clock.advance(minutes=30)
    person = phone("+447700900621")
    assert [r.id for r in list_queue(db, admin, site=None, status=None, limit=10, offset=0)] == [
        high.id,
        waiting.id,
    ]

    clock.to(uk(2026, 12, 4, 10))
    assert person.run() == [f"Dundee Cancer Link Workers: {CHECKIN}"]
    assert person.say("no not yet") == [
        "Sorry for the wait. We've asked the team to call you as soon as they can."
    ]
    db.expire_all()
    queue = list_queue(db, admin, site=None, status=None, limit=10, offset=0)
    assert [r.id for r in queue] == [waiting.id, high.id]
    assert queue[0].priority == "high"
    assert queue[0].priority_reasons[0] == "overdue: no contact yet (check-in by text)"
    record = client.get(f"/api/referrals/{waiting.id}", headers=_bearer(client, db))
    assert record.json()["aftercare"]["checkin"] == {
        "status": "answered",
        "due_at": "2026-12-04T10:00:00+00:00",
        "sent_at": "2026-12-04T10:00:00+00:00",
        "answer": "no",
        "needs_attention": True,
    }


def _bearer(client, db) -> dict[str, str]:
    from tests.helpers import bearer

    return bearer(client, "admin@example.org")


def test_no_reply_in_a_day_counts_as_no_and_yes_does_not(client, db, clock, phone) -> None:
    admin = _admin(db)
    happy = refer(client, db, clock, "+447700900632")
    clock.advance(minutes=1)
    silent = refer(client, db, clock, "+447700900631")
    quiet, glad = phone("+447700900631"), phone("+447700900632")
    clock.to(uk(2026, 12, 4, 10))
    quiet.run()
    glad.run()
    assert glad.say("Yes she rang yesterday") == ["Thank you. We're glad you've heard from us."]
    clock.advance(hours=23, minutes=59)
    quiet.run()
    db.expire_all()
    assert not any(t.needs_attention for t in db.scalars(select(AftercareTask)))
    clock.advance(minutes=1)
    quiet.run()
    db.expire_all()
    queue = list_queue(db, admin, site=None, status=None, limit=10, offset=0)
    assert [r.id for r in queue] == [silent.id, happy.id]
    assert queue[0].priority_reasons[0] == "overdue: no contact yet (check-in by text)"
    assert not any(reason.startswith("overdue") for reason in queue[1].priority_reasons)


def test_no_check_in_once_someone_has_been_in_touch(client, db, clock, phone) -> None:
    referral = refer(client, db, clock, "+447700900641")
    person = phone("+447700900641")
    person.run()
    referral.status = "contacted"
    db.commit()
    clock.to(uk(2026, 12, 4, 10))
    assert person.run() == []
    db.expire_all()
    assert db.scalar(select(AftercareTask).where(AftercareTask.kind == "checkin")).status == "not_needed"


def test_nothing_is_sent_in_quiet_hours(client, db, clock, phone, fake_twilio) -> None:
    # Sent at 19:58 with yes to local help: the signposts are queued at once, but the worker only
    # gets to them at 20:01 (it was down): they wait until 09:00.
    clock.to(uk(2026, 11, 23, 19, 58))
    refer(client, db, clock, "+447700900651", offer_local_help=True)
    person = phone("+447700900651")
    clock.to(uk(2026, 11, 23, 20, 1))
    while clock().astimezone(LONDON).replace(tzinfo=None) < uk(2026, 11, 24, 9):
        assert person.run() == [], clock()
        clock.advance(minutes=15)
    texts = person.run()
    assert len(texts) == 1 and texts[0].startswith("While you wait to hear from Dundee Cancer Link Workers")
    sent = [m for m in queued(db, "+447700900651") if m.status == "sent"]
    for message in sent:
        local = message.next_attempt_at.replace(tzinfo=message.next_attempt_at.tzinfo or LONDON)
        assert 9 <= local.astimezone(LONDON).hour < 20


def test_queued_texts_of_ours_are_held_when_quiet_hours_begin(client, db, clock, phone) -> None:
    refer(client, db, clock, "+447700900661")
    person = phone("+447700900661")
    clock.to(uk(2026, 12, 4, 9, 59))
    person.run()
    # The worker stops at 09:59 and comes back at 22:00: the check-in due at 10:00 is held until 09:00.
    clock.to(uk(2026, 12, 4, 22))
    assert person.run() == []
    clock.to(uk(2026, 12, 5, 8, 59))
    assert person.run() == []
    clock.to(uk(2026, 12, 5, 9))
    assert person.run() == [f"Dundee Cancer Link Workers: {CHECKIN}"]


def test_after_the_first_appointment_a_text_asks_if_it_happened(client, db, clock, phone) -> None:
    from frontdoor.booking.models import Appointment, LinkWorker

    admin = _admin(db)
    referral = refer(client, db, clock, "+447700900671")
    person = phone("+447700900671")
    person.run()
    worker = db.scalar(select(LinkWorker).where(LinkWorker.site_id == "dundee"))
    start = uk(2026, 11, 26, 10).replace(tzinfo=LONDON)
    db.add(
        Appointment(
            referral_id=referral.id,
            link_worker_id=worker.id,
            start=start,
            end=start + timedelta(minutes=45),
            type="phone",
            status="booked",
        )
    )
    referral.status = "hna_booked"
    db.commit()
    clock.to(uk(2026, 11, 26, 13, 44))
    assert person.run() == []
    clock.to(uk(2026, 11, 26, 13, 45))
    assert person.run() == [
        "Dundee Cancer Link Workers: Did your appointment on Thu 26 Nov, 10am happen? Reply YES or NO"
    ]
    assert person.say("no") == [
        "Sorry it didn't happen. We've asked the team to call you to arrange another."
    ]
    db.expire_all()
    queue = list_queue(db, admin, site=None, status=None, limit=10, offset=0)
    assert queue[0].id == referral.id
    assert queue[0].priority_reasons[0] == "first appointment did not happen (said by text)"
    # No check-in: an appointment was booked.
    clock.to(uk(2026, 12, 4, 10))
    assert person.run() == []
