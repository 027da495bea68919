"""Twenty people try to book the same link worker at the same time: exactly one gets it, and the
other nineteen are told it has just gone and are offered other times. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from frontdoor.booking.diary import diaries_for
from frontdoor.booking.models import Appointment
from frontdoor.booking.preferences import When
from frontdoor.booking.service import book, first_contact, offer
from frontdoor.booking.slots import find_slots
from frontdoor.content import get_content
from frontdoor.db.session import get_engine, session_scope
from frontdoor.referrals.models import Referral
from frontdoor.settings import get_settings
from tests.booking.conftest import eligible_referral

PEOPLE = 20


def test_twenty_people_one_slot(client, configured) -> None:
    content, settings, now = get_content(), get_settings(), datetime.now(UTC)
    conversations = [eligible_referral(client) for _ in range(PEOPLE)]
    site = content.sites.get("dundee")
    with session_scope() as session:
        first = session.scalar(select(Referral).where(Referral.conversation_id == conversations[0]))
        until = datetime(2100, 1, 1, tzinfo=UTC)
        slot = find_slots(
            site=site,
            kind="phone",
            diaries=diaries_for(session, site, now, until),
            now=now,
            first_contact=first_contact(first),
            limit=1,
        )[0]
    barrier = threading.Barrier(PEOPLE, timeout=60)

    def attempt(conversation: str) -> tuple[str, list[tuple[int, datetime]]]:
        barrier.wait()
        with session_scope() as session:
            referral = session.scalar(select(Referral).where(Referral.conversation_id == conversation))
            booked = book(
                session,
                content,
                settings,
                referral,
                worker_id=slot.worker_id,
                start=slot.start,
                kind="phone",
                now=now,
            )
            if booked is not None:
                return "booked", []
            others = offer(session, content, referral, "phone", When(), now=now)
            return "taken", [(o.link_worker_id, o.start) for o in others]

    with ThreadPoolExecutor(PEOPLE) as pool:
        results = list(pool.map(attempt, conversations))

    outcomes = [outcome for outcome, _ in results]
    assert outcomes.count("booked") == 1 and outcomes.count("taken") == PEOPLE - 1
    offered = [others for outcome, others in results if outcome == "taken"]
    assert [len(others) for others in offered] == [3] * (PEOPLE - 1)
    every_offer = [time for others in offered for time in others]
    assert len(set(every_offer)) == len(every_offer)  # nobody was offered a time held for someone else
    assert (slot.worker_id, slot.start) not in every_offer
    with session_scope() as session:
        live_here = session.scalar(
            select(func.count()).where(
                Appointment.link_worker_id == slot.worker_id,
                Appointment.start == slot.start,
                Appointment.status.in_(("held", "booked")),
            )
        )
        booked_total = session.scalar(select(func.count()).where(Appointment.status == "booked"))
    assert (live_here, booked_total) == (1, 1)
    dialect = get_engine().dialect.name
    out = Path(__file__).parents[2] / "test-artifacts" / f"booking_concurrency_{dialect}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"attempts": PEOPLE, "booked": 1, "taken_and_offered_others": PEOPLE - 1}))
