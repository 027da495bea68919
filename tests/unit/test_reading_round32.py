"""Round 32's people, in other words: what they wrote and how it is now read."""

from __future__ import annotations

from datetime import time

import pytest

from frontdoor.booking.preferences import parse_meeting, parse_when
from frontdoor.checklist.definition import load_checklist
from frontdoor.checklist.matching import match_concerns

KINDS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize(
    ("text", "at"), [("could I have the 1.30 one", time(13, 30)), ("2:15 if poss", time(14, 15))]
)
def test_a_time_with_minutes_and_no_am_or_pm_is_a_time(text: str, at: time) -> None:
    """R32008 asked for "The 12.30 one" twice, was told to reply with a number, then left unbooked."""
    assert parse_when(text).not_before == at


def test_a_postcode_or_a_count_is_no_time() -> None:
    assert parse_when("DH8 7NA") is None


@pytest.mark.parametrize(
    "text",
    [
        "a visit. no actually, phone please, I wouldn't want anybody to see the mess in the house",
        "I don't want people coming round to the house, I'd rather a phone call",
    ],
)
def test_nobody_wanted_at_the_house_is_not_a_home_visit(text: str) -> None:
    """R32012: "Home visit. Actually no, phone is fine, I don't want anyone seeing the state of the house"
    booked a home visit."""
    assert parse_meeting(text, KINDS) == "phone"


def test_not_wanting_to_go_out_is_still_a_home_visit() -> None:
    assert parse_meeting("I don't want to go out so a home visit", KINDS) == "home_visit"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("keep forgeting where I put things", "memory_or_concentration"),
        ("the shoping is too much", "housework_and_shopping"),
    ],
)
def test_a_doubled_letter_left_out_is_mended(text: str, item: str) -> None:
    """R32040 wrote "off my food, forgeting things": "forgeting" was taken for "forget" + "ing", a word,
    and never mended."""
    assert item in match_concerns(text, load_checklist())
