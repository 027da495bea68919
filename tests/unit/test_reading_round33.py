"""Readers from round 33's first run of blind people, each tested in other words than theirs."""

from __future__ import annotations

import pytest

from frontdoor.booking.preferences import parse_meeting
from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import match_concerns
from frontdoor.intake.parsing import parse_has_diagnosis

KINDS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize(
    "text",
    [
        "not yet, found a lump under my arm last month but I haven't seen my GP about it",
        "nah. been coughing blood but never went to the doctors",
        "I don't know, I've not spoken to a doctor yet, I'm too frightened",
    ],
)
def test_a_worry_no_doctor_has_seen_is_no_diagnosis(text: str) -> None:
    assert parse_has_diagnosis(text) == "no"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not yet", "awaiting"),
        ("haven't seen the GP since but the biopsy is on Monday", "awaiting"),
        ("yes, bowel, though I've not seen my GP since", "yes"),
    ],
)
def test_a_wait_or_a_diagnosis_named_still_counts(text: str, expected: str) -> None:
    assert parse_has_diagnosis(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "someone coming round would be nice. no actually, phone me, the flat's a mess",
        "phone is best, my house is a tip",
        "the house is in a state so phone please",
    ],
)
def test_a_home_not_fit_for_visitors_is_no_home_visit(text: str) -> None:
    assert parse_meeting(text, KINDS) == "phone"


def test_a_home_visit_asked_for_plainly_is_still_one() -> None:
    assert parse_meeting("can you come to the house please", KINDS) == "home_visit"


@pytest.mark.parametrize(
    "text",
    ["the money side of it is eating at me", "not knowing is eating away at her", "it's eating at us both"],
)
def test_something_eating_at_someone_is_not_food(text: str, checklist: Checklist) -> None:
    assert "eating_or_appetite" not in match_concerns(text, checklist, "self")


def test_not_eating_at_all_is_still_eating(checklist: Checklist) -> None:
    assert "eating_or_appetite" in match_concerns("I can hardly eat at all", checklist, "self")


def test_up_again_and_again_in_the_night_is_sleep(checklist: Checklist) -> None:
    assert "sleep" in match_concerns("up four times a night, I'm like a zombie", checklist, "self")


def test_an_islamic_funeral_is_faith(checklist: Checklist) -> None:
    found = match_concerns("he wants it all done the Islamic way when the time comes", checklist, "on_behalf")
    assert "faith_or_spiritual" in found
