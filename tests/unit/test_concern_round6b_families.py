"""Families of phrasing the concerns reader learned in round 6 (second pass), each on sentences written
for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import _most_specific
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "my partner doesnt know about the lump and I can't find the words",
        "we're barely speaking at the moment",
        "he's drinking every night now and it frightens the kids",
        "my partner does not know about any of this yet",
    ],
)
def test_a_partner_said_sideways_is_the_relationship(checklist: Checklist, text: str) -> None:
    assert "relationships" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I've left three messages and no one gets back to me",
        "the district nurse keeps not turning up when she says",
    ],
)
def test_being_let_down_by_services_is_frustration(checklist: Checklist, text: str) -> None:
    assert "anger_or_frustration" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "most days I end up crying in the car park before I go in",
        "I can't see the point of getting up most mornings",
        "it's like I've already lost him and he's still here",
    ],
)
def test_sadness_said_sideways(checklist: Checklist, text: str) -> None:
    assert "sadness_or_depression" in found(checklist, text)


def test_five_items_keep_the_named_ones_before_the_guesses() -> None:
    found_at = {
        "pain": 0,
        "walking_or_moving": 3,
        "sleep": 5,
        "money_or_finance": 9,
        "housing": 12,
        "sad": 20,
    }
    named = {item: [(place, place + 1)] for item, place in found_at.items() if item != "walking_or_moving"}
    assert _most_specific(found_at, named, 5) == ["pain", "sleep", "money_or_finance", "housing", "sad"]
    assert _most_specific(found_at, named, 6) == list(found_at)


@pytest.mark.parametrize(
    ("text", "angry"),
    [
        ("the council sent the bailiffs round while I was HAVING CHEMO", True),
        ("they told me it was nothing, it was NOTHING TO WORRY ABOUT they said", True),
        ("the PIP assessor wanted to see my HR letter", False),
        ("I NEED a blue badge", False),
        ("I CANT GET TO MY APPOINTMENTS WITHOUT A LIFT", False),
    ],
)
def test_words_shouted_in_capitals_are_said_in_anger(checklist: Checklist, text: str, angry: bool) -> None:
    assert ("anger_or_frustration" in found(checklist, text)) is angry
