"""No time booked in the conversation: what the person asked for is kept for the link worker who will
arrange it, said back to them, and in the record and on the dashboard. Blind person R30028 chose a home
visit and asked twice for a Friday where link workers do not work Fridays; the booking was left to the
link worker, and the home visit and the Friday were lost."""

from __future__ import annotations

from tests.booking.conftest import booking
from tests.helpers import assert_valid_record, bearer, create_staff
from tests.web.test_pages import sign_in


def _record(client, db) -> dict:
    create_staff(db, "dundee@example.org", sites=["dundee"])
    queue = client.get("/api/referrals", headers=bearer(client, "dundee@example.org")).json()
    assert len(queue) == 1
    assert_valid_record(queue[0])
    return queue[0]


def test_a_time_asked_for_twice_that_cannot_be_booked_is_kept_with_the_way_of_meeting(client, db, referral):
    earlier = {"meeting_type": "home visit please", "meeting_when": "evenings"}
    booking(client, referral, "meeting_when", "evenings", meeting_type="home visit please")
    booking(client, referral, "meeting_slot", "the 7pm one", **earlier)
    left = booking(client, referral, "meeting_slot", "the 7pm one", retry=True, **earlier)
    assert left["problem"] == "later"
    assert left["note"] == 'I\'ve passed on what you asked for: home visit, "the 7pm one".'
    record = _record(client, db)
    assert record["appointment"] is None
    assert record["appointment_wanted"] == {"type": "home_visit", "when_in_their_words": "the 7pm one"}


def test_a_call_to_arrange_keeps_when_they_said_suits(client, db, referral) -> None:
    earlier = {"meeting_type": "phone", "meeting_when": "mornings before 11"}
    left = booking(
        client, referral, "meeting_slot", "none of those, can they just ring me to sort a time", **earlier
    )
    assert left["problem"] == "later"
    wanted = _record(client, db)["appointment_wanted"]
    assert wanted == {"type": "phone", "when_in_their_words": "mornings before 11"}


def test_later_before_choosing_how_to_meet_keeps_nothing(client, db, referral) -> None:
    left = booking(client, referral, "meeting_type", "by pigeon", retry=True)
    assert left["problem"] == "later" and left.get("note") is None
    assert _record(client, db)["appointment_wanted"] is None


def test_the_dashboard_shows_what_they_asked_for(client, db, referral) -> None:
    earlier = {"meeting_type": "phone", "meeting_when": "mornings before 11"}
    booking(client, referral, "meeting_slot", "can someone just phone me to arrange it", **earlier)
    record = _record(client, db)
    sign_in(client, "dundee@example.org")
    page = client.get(f"/staff/referrals/{record['id']}")
    assert page.status_code == 200, page.text
    assert "They asked for: Phone call, &#34;mornings before 11&#34;." in page.text
