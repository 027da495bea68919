"""Round 25's people, in other words: children hoped for "one day" or "in the future" are fertility; a
concern called "a big worry", or a fear of being sacked, is that concern alone; two people looked after
"as well as" each other is caring; friends going out without the writer is being left out; sex that hurts
is intimacy, and a husband who "doesn't understand" is the relationship, not a want of information; a
garden to sit in or that was a life is meaning, not a chore. Every message here was written for these
tests (none is from an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

SEX = "sex_intimacy"
CHILDREN = "children"
WORRY = "worry_fear_or_anxiety"
MONEY = "money_or_finance"
WORK = "work_or_education"
CARING = "caring_responsibilities"
LONELY = "loneliness_or_isolation"
PAIN = "pain"
INFO = "information_needs"
RELATIONSHIPS = "relationships"
MEANING = "meaning_or_purpose"
HOUSEWORK = "housework_and_shopping"


@pytest.mark.parametrize(
    "text",
    [
        "stressing bout havin kids one day",
        "will the chemo stop me having kids in the future",
    ],
)
def test_children_in_a_time_to_come_are_fertility(checklist: Checklist, text: str) -> None:
    assert SEX in found(checklist, text)
    assert CHILDREN not in found(checklist, text)


def test_having_the_children_one_day_a_week_is_the_children(checklist: Checklist) -> None:
    assert CHILDREN in found(checklist, "I only have the kids one day a week now")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("the bills are a huge worry for us", MONEY),
        ("his job is his main worry", WORK),
    ],
)
def test_a_concern_called_a_worry_is_that_concern_alone(checklist: Checklist, text: str, item: str) -> None:
    assert found(checklist, text, "on_behalf") == {item}


def test_a_fear_of_being_sacked_is_the_work(checklist: Checklist) -> None:
    assert found(checklist, "only been in the new job a month, terrified they will fire me") == {WORK}


def test_a_fear_of_its_own_beside_the_job_stays(checklist: Checklist) -> None:
    assert WORRY in found(checklist, "I'm terrified all the time, and I've had to give up my job")


@pytest.mark.parametrize(
    "text",
    [
        "im lookin after my sis as well as mum",
        "I'm looking after my nan as well as my dad",
    ],
)
def test_a_carer_with_two_to_look_after_has_caring(checklist: Checklist, text: str) -> None:
    assert CARING in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "my mates went out without me again at the weekend",
        "the girls from work all go out without me these days",
    ],
)
def test_friends_going_out_without_the_writer_is_loneliness(checklist: Checklist, text: str) -> None:
    assert LONELY in found(checklist, text)


def test_going_out_only_with_a_loo_nearby_is_not_loneliness(checklist: Checklist) -> None:
    assert LONELY not in found(checklist, "I can't go out without knowing where the loo is")


def test_sex_that_hurts_is_intimacy_not_pain(checklist: Checklist) -> None:
    assert found(checklist, "since the radiotherapy sex hurts and we've stopped trying") == {SEX}


def test_a_partner_who_does_not_understand_is_not_information(checklist: Checklist) -> None:
    result = found(checklist, "my wife doesn't understand, we keep rowing about it")
    assert RELATIONSHIPS in result
    assert INFO not in result


def test_not_understanding_what_was_said_is_still_information(checklist: Checklist) -> None:
    assert INFO in found(checklist, "I don't understand what the consultant told me")


@pytest.mark.parametrize(
    "text",
    [
        "I can't sit out in the garden in the sunshine any more and my garden was my life",
        "the garden was my whole life, now I can't even be out in the garden when it's sunny",
    ],
)
def test_a_garden_loved_is_meaning_not_housework(checklist: Checklist, text: str) -> None:
    result = found(checklist, text)
    assert MEANING in result
    assert HOUSEWORK not in result
    assert LONELY not in result


def test_a_garden_to_keep_is_still_housework(checklist: Checklist) -> None:
    assert HOUSEWORK in found(checklist, "I can't keep on top of the garden anymore")


def test_a_worry_about_one_thing_and_a_fear_of_its_own_keeps_the_fear(checklist: Checklist) -> None:
    text = "worried about the rent, and to be honest I'm just freaked out by all of it"
    assert {WORRY, "housing"} <= found(checklist, text)


def test_a_worry_about_one_thing_alone_is_that_thing(checklist: Checklist) -> None:
    assert found(checklist, "worried about the rent") == {"housing"}


@pytest.mark.parametrize("text", ["the flat is so quiet without him", "since she died the house feels empty"])
def test_a_home_gone_quiet_is_not_housing(checklist: Checklist, text: str) -> None:
    assert "housing" not in found(checklist, text)


def test_a_home_that_is_damp_is_still_housing(checklist: Checklist) -> None:
    assert "housing" in found(checklist, "the house is damp and freezing")
