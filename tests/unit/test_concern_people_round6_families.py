"""Families of phrasing the concerns reader learned from the round 6 people's own worry messages, each on
sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure how long I can keep it up, looking after him",
        "honestly I don't know how long I can carry on like this",
        "the school run is the only time I get to myself",
        "I never get out these days, not even to the shop",
        "I was signed off with stress in the spring",
    ],
)
def test_a_carer_at_the_end_of_their_rope_is_not_coping_with_caring(checklist: Checklist, text: str) -> None:
    assert "carer_coping" in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "I'm that tired I doze off on the train home",
        "some nights I just sit in the car in the supermarket car park and cry",
        "I fall asleep on the bus after my shift",
    ],
)
def test_a_vehicle_where_the_writer_sleeps_or_sits_is_not_transport(checklist: Checklist, text: str) -> None:
    assert "transport_or_parking" not in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "I can't sit on the bus for an hour with this back",
        "the parking is a nightmare, I sit in the car for ages waiting for a space",
        "I have to get two buses to the hospital",
    ],
)
def test_a_journey_is_still_transport(checklist: Checklist, text: str) -> None:
    assert "transport_or_parking" in found(checklist, text, "carer_for_self")
