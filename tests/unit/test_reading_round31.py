"""Round 31's people, in other words: what they wrote and how it is now read."""

from __future__ import annotations

import pytest

from frontdoor.booking.preferences import parse_meeting
from frontdoor.intake import parsing

KINDS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize("text", ["I'll come, I can get the bus", "i can come no problem", "I could come"])
def test_the_person_coming_is_a_local_venue(text: str) -> None:
    assert parse_meeting(text, KINDS) == "community_venue"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a visit. or could I come to you? no a phone call is easier", "phone"),
        ("Phone? No, my hearing's bad. Someone to the house", "home_visit"),
    ],
)
def test_a_no_starting_the_sentence_after_a_question_takes_it_back(text: str, kind: str) -> None:
    assert parse_meeting(text, KINDS) == kind


def test_no_tests_booked_is_no_diagnosis_whoever_else_had_cancer() -> None:
    said = "No, the GP thinks it's my gallbladder. My dad had lung cancer though. I haven't got any scans"
    assert parsing.parse_has_diagnosis(said) == "no"


def test_no_tests_yet_is_still_waiting() -> None:
    assert parsing.parse_has_diagnosis("no, I haven't got any tests yet, the GP is sending me") == "awaiting"
