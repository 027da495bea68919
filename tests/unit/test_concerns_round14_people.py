"""Families from round 14's people, in other words: a tube feed is eating, not a fee; a carer's own hips
are their health, and the stairs they climb to the person they look after are caring, not their
walking; speaking to no one and people who don't visit are loneliness; affairs sorted are end-of-life
plans; a carer not knowing how they'll manage is coping; more children in doubt is fertility; one of
the writer's own who passed is a death; nights worked are work; a child named by age ("the youngest")
is a child; a carer's children's fear is the children's; "or nowt" is "or anything". Sentences written
for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


def test_a_tube_feed_is_eating_not_money(checklist: Checklist) -> None:
    got = found(checklist, "she's on a tube feed overnight and misses proper food", "on_behalf")
    assert "eating_or_appetite" in got
    assert "money_or_finance" not in got


def test_a_carers_hips_and_the_stairs_to_him(checklist: Checklist) -> None:
    got = found(
        checklist, "my hips are shot and I'm up and down the stairs to her every night", "carer_for_self"
    )
    assert "carer_own_health" in got
    assert "walking_or_moving" not in got


@pytest.mark.parametrize(
    "text",
    ["I haven't spoken to anyone in days since I came home", "some weeks I've not talked to anybody at all"],
)
def test_speaking_to_no_one_is_loneliness_not_relationships(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "loneliness_or_isolation" in got
    assert "relationships" not in got


def test_people_who_dont_visit_are_loneliness(checklist: Checklist) -> None:
    got = found(
        checklist, "he's so lonely, people dont visit because they don't know what to say", "on_behalf"
    )
    assert "loneliness_or_isolation" in got
    assert "relationships" not in got


def test_affairs_sorted_are_plans_not_an_affair(checklist: Checklist) -> None:
    got = found(checklist, "I need to get my affairs sorted while I still can")
    assert "end_of_life_wishes" in got
    assert "relationships" not in got


def test_a_carer_not_knowing_how_they_will_manage(checklist: Checklist) -> None:
    text = "I honestly don't know how I'm going to manage when she comes home from hospital"
    assert "carer_coping" in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    "text", ["we've two kids but I may not be able to have any more", "the boys, work, might never have more"]
)
def test_more_children_in_doubt_is_fertility(checklist: Checklist, text: str) -> None:
    assert "sex_intimacy" in found(checklist, text)


def test_more_of_something_else_is_not_fertility(checklist: Checklist) -> None:
    assert "sex_intimacy" not in found(
        checklist, "my kids are grand, I just can't have more than a few mouthfuls"
    )


@pytest.mark.parametrize(
    "text", ["since my husband Pete passed last spring the house is so quiet", "our mam passed at Christmas"]
)
def test_one_of_mine_passed_is_a_death(checklist: Checklist, text: str) -> None:
    assert "bereavement" in found(checklist, text)


@pytest.mark.parametrize(
    "text", ["my daughter passed her exams but money is tight", "my dad passed out at the clinic"]
)
def test_passing_something_is_not_a_death(checklist: Checklist, text: str) -> None:
    assert "bereavement" not in found(checklist, text)


def test_nights_worked_are_work_not_sleep(checklist: Checklist) -> None:
    got = found(checklist, "I work nights at the warehouse and they keep cutting my hours")
    assert "work_or_education" in got
    assert "sleep" not in got


def test_sleep_after_nights_is_still_sleep(checklist: Checklist) -> None:
    assert "sleep" in found(checklist, "I work nights and I can't sleep in the day")


def test_the_youngest_is_a_child(checklist: Checklist) -> None:
    got = found(
        checklist,
        "the kids are all over the place, our youngest has started wetting the bed",
        "carer_for_self",
    )
    assert "children" in got
    assert "bladder_or_bowels" not in got


def test_a_carers_childrens_fear_is_theirs(checklist: Checklist) -> None:
    got = found(checklist, "the kids are 5 and 8 and terrified their mum is going to die", "carer_for_self")
    assert "children" in got
    assert "worry_fear_or_anxiety" not in got
    assert "end_of_life_wishes" not in got


def test_a_carers_own_fear_stays(checklist: Checklist) -> None:
    got = found(checklist, "the kids are little and I'm scared he's going to die", "carer_for_self")
    assert "worry_fear_or_anxiety" in got


def test_or_nowt_is_or_anything(checklist: Checklist) -> None:
    got = found(checklist, "ive let my blood pressure slide, not been to the gp or nowt", "carer_for_self")
    assert "carer_own_health" in got
    assert "meaning_or_purpose" not in got
