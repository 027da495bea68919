"""Booking, moving and cancelling the first appointment in the conversation, checked in the database."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select

from frontdoor.booking.models import Appointment
from frontdoor.db.session import normalise_url
from frontdoor.referrals.models import Referral
from tests.e2e.conversation import FIRST_BOOKING, SHORTEST, converse, record_for, save_transcript, texts
from tests.helpers import assert_valid_record

pytestmark = pytest.mark.e2e


def appointments(stack, sender: str) -> list[tuple[str, str]]:
    engine = create_engine(normalise_url(stack.settings.database_url))
    with engine.connect() as conn:
        rows = conn.execute(
            select(Appointment.status, Appointment.type)
            .join(Referral, Referral.id == Appointment.referral_id)
            .where(
                Referral.conversation_id == sender,
                Appointment.status.in_(("booked", "rescheduled", "cancelled")),
            )
            .order_by(Appointment.id)
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_the_shortest_path_books_in_eighteen_messages(stack, sender) -> None:
    transcript = converse(stack, sender, [*SHORTEST, *FIRST_BOOKING])
    assert len(SHORTEST) == 16 and len(transcript) // 2 == 18


def test_book_then_move_then_cancel(stack, sender) -> None:
    transcript = converse(stack, sender, SHORTEST)
    transcript += converse(
        stack,
        sender,
        [
            ("by pigeon", "number from the list"),
            ("phone call", "which time suits you"),
            ("evenings", "link workers work monday to friday"),
            ("none of these", "which time suits you"),
        ],
    )
    reply = texts(stack.say(sender, "2"))
    save_transcript("shortest_path_and_booking", [*transcript, "> 2", reply])
    assert "Booked:" in reply and "phone call with" in reply and "We will phone you on 07700 900123" in reply
    assert "calendar.ics?token=" in reply
    record = record_for(stack, sender)
    assert_valid_record(record)
    assert record["status"] == "hna_booked" and record["appointment"]["status"] == "booked"
    assert record["appointment"]["link_worker"] in {"Morag", "Calum"}
    assert appointments(stack, sender) == [("booked", "phone")]

    converse(
        stack,
        sender,
        [
            ("I need to change my appointment", "how would you like to meet"),
            ("3", "which time suits you"),
            ("afternoons", "which time suits you"),
            ("1", "Booked:"),
        ],
    )
    assert appointments(stack, sender) == [("rescheduled", "phone"), ("booked", "community_venue")]
    assert record_for(stack, sender)["appointment"]["venue"] == "Whitfield Library"

    converse(stack, sender, [("please cancel my appointment", "is cancelled")])
    record = record_for(stack, sender)
    assert record["status"] == "new" and record["appointment"]["status"] == "cancelled"
    assert appointments(stack, sender) == [("rescheduled", "phone"), ("cancelled", "community_venue")]
    assert len(transcript) >= 2 * len(SHORTEST)


def test_no_preference_books_the_first_way_on_the_menu(stack, sender) -> None:
    """Blind person R30013 answered "you tell me" at how to meet and was told only to reply with a number.
    Told any is fine, and saying so again, the first way is booked (and read back at every later answer)."""
    converse(stack, sender, [*SHORTEST, ("whatever is easiest for you", "any of them is fine")])
    converse(stack, sender, [("whatever is easiest for you", "phone call, then")])
    reply = texts(stack.say(sender, "the first one"))
    assert "Booked:" in reply and "phone call with" in reply, reply
    assert appointments(stack, sender) == [("booked", "phone")]


def test_a_time_that_cannot_be_booked_is_passed_on_with_the_way_of_meeting(stack, sender) -> None:
    """Blind person R30028 chose a home visit and asked twice for a time nobody works; the booking was
    left to the link worker and the home visit was lost."""
    converse(stack, sender, [*SHORTEST, ("a home visit please", "which time suits you")])
    converse(stack, sender, [("Saturday at 11", "which time suits you")])
    reply = texts(stack.say(sender, "Saturday at 11"))
    assert "contact you to arrange a time" in reply and 'home visit, "Saturday at 11"' in reply, reply
    assert record_for(stack, sender)["appointment_wanted"] == {
        "type": "home_visit",
        "when_in_their_words": "Saturday at 11",
    }
