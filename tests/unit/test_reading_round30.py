"""Round 30's people, in other words: what they wrote and how it is now read."""

from __future__ import annotations

import pytest

from frontdoor.booking.preferences import parse_meeting

KINDS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a visit at home. actually no the phone will do", "phone"),
        ("come to the house, actually no, phone me", "phone"),
        ("phone. actually no a home visit would be better", "home_visit"),
        ("the library hall, nah a phone call's fine", "phone"),
    ],
)
def test_a_no_after_a_change_of_mind_takes_back_the_first_choice(text: str, kind: str) -> None:
    assert parse_meeting(text, KINDS) == kind


def test_a_plain_no_before_a_way_still_rules_it_out() -> None:
    assert parse_meeting("no phone please, a home visit", KINDS) == "home_visit"
