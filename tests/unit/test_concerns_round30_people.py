"""Round 30's people, in other words: concerns read as the person meant them."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import load_checklist
from frontdoor.checklist.matching import match_concerns

CHECKLIST = load_checklist()


@pytest.mark.parametrize(
    "text",
    [
        "I care for my husband, he had a heart attack two years ago",
        "my mum's in a home since last winter and I visit every day",
    ],
)
def test_a_year_and_a_family_member_without_a_death_is_no_grief(text: str) -> None:
    assert "bereavement" not in match_concerns(text, CHECKLIST)


@pytest.mark.parametrize(
    "text",
    [
        "the first Easter without my dad",
        "it's a year since my husband and I still can't cope",
        "my brother passed in the autumn",
    ],
)
def test_a_loss_told_in_any_words_is_still_grief(text: str) -> None:
    assert "bereavement" in match_concerns(text, CHECKLIST)


def test_a_thing_named_as_playing_on_the_mind_is_that_thing() -> None:
    assert match_concerns("the bills side of it is preying on my mind", CHECKLIST) == ["money_or_finance"]


def test_playing_on_my_mind_alone_is_a_worry() -> None:
    assert match_concerns("it's all playing on my mind", CHECKLIST) == ["worry_fear_or_anxiety"]


@pytest.mark.parametrize(
    "text", ["worried for our three, the eldest is only 14", "worried about my two", "how do I tell my four?"]
)
def test_children_counted_are_the_children(text: str) -> None:
    assert match_concerns(text, CHECKLIST) == ["children"]


@pytest.mark.parametrize("text", ["I've had my two sessions of chemo", "my two weeks off are up"])
def test_a_count_of_other_things_is_not_children(text: str) -> None:
    assert "children" not in match_concerns(text, CHECKLIST)


def test_thinking_too_much_is_a_worry() -> None:
    assert "worry_fear_or_anxiety" in match_concerns("at night I am thinking too much, no sleep", CHECKLIST)


def test_the_farm_is_work() -> None:
    assert match_concerns("who will do the calving this year, we've a farm and my son is away", CHECKLIST)[
        :1
    ] == ["work_or_education"]


def test_a_carers_own_chest_is_their_own_health() -> None:
    found = match_concerns("and me own chest is terrible", CHECKLIST, "carer_for_self")
    assert "carer_own_health" in found
