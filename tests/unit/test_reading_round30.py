"""Round 30's people, in other words: what they wrote and how it is now read."""

from __future__ import annotations

import pytest

from frontdoor.booking.preferences import any_way_of_meeting, parse_meeting
from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Concern, Referral

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


def _concerns(said: str, items: list[str], scores: list[int | None]) -> Referral:
    referral = Referral(referrer_role="on_behalf")
    referral.concerns = [
        Concern(item=item, score=score, in_their_words=said)
        for item, score in zip(items, scores, strict=True)
    ]
    return referral


SAID = (
    "The council still haven't fixed the windows in his flat, so he never has anyone round. "
    "He can't cook for himself now."
)
ITEMS = ["housing", "loneliness_or_isolation", "eating_or_appetite"]


def test_the_worry_that_matters_most_in_a_word_from_their_own_message() -> None:
    """R30015 wrote that the lift was broken so her mum was stuck in (housing, then loneliness), and
    answered "The lift" when asked which matters most: asked again, then left without an answer."""
    fields, problem = READERS["main_concern"]("the windows", _concerns(SAID, ITEMS, [8, 7, 6]), get_content())
    assert problem is None and fields["main_concern"] == "housing"


def test_a_word_from_a_part_of_their_message_naming_two_worries_is_no_answer() -> None:
    said = "The stairs and being stuck in, he is lonely up there"
    referral = _concerns(said, ["housing", "loneliness_or_isolation"], [8, 7])
    _, problem = READERS["main_concern"]("up there", referral, get_content())
    assert problem == "not_one_of_the_concerns"


def test_a_score_labelled_with_a_word_from_their_own_message() -> None:
    referral = _concerns(
        SAID, ["eating_or_appetite", "housing", "loneliness_or_isolation"], [None, None, None]
    )
    fields, problem = READERS["concern_score"]("windows 9, eating 6", referral, get_content())
    assert problem is None
    assert [c["score"] for c in fields["concerns"]] == [6, 9, None]


@pytest.mark.parametrize(
    "text", ["you decide", "Honestly I don't mind which", "whatever's easiest", "up to you"]
)
def test_no_way_of_meeting_preferred(text: str) -> None:
    assert any_way_of_meeting(text)


@pytest.mark.parametrize("text", ["I don't mind the phone", "no", "later", "home visit please", "any time"])
def test_a_way_named_or_not_now_is_not_any_way(text: str) -> None:
    assert not any_way_of_meeting(text)


@pytest.mark.parametrize(
    "text",
    [
        "having immunotherapy, they told me it won't be cured but they can hold it",
        "tablets to keep it stable",
    ],
)
def test_held_back_rather_than_cured_is_incurable_but_treatable(text: str) -> None:
    assert parsing.parse_stage(text) == "incurable_treatable"


def test_the_district_nurses_are_the_gp_practice() -> None:
    assert parsing.parse_referral_source("it was the district nurses who told me") == "gp"
