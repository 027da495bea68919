"""Families of phrasing the concerns reader learned in round 10, each on sentences written for these
tests (not from any eval set): words read in their everyday sense (a pet looked after, money eaten up,
a subject raised, limbs that don't work, the kettle boiled), the question said back, a cancer's site
named after it, nothing apart from the obvious, someone else's fear as the writer believes it, and new
ways of saying sleep, tiredness, bowels, closeness, questions, faith and a carer's strain."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Who'll look after my cat while I'm in for surgery?", "caring_responsibilities"),
        ("My son and his wife do everything for me", "caring_responsibilities"),
        ("I'm well looked after.", "caring_responsibilities"),
        ("the prepayment meter eats every penny I get", "eating_or_appetite"),
        ("the heating is eating into my savings", "eating_or_appetite"),
        ("whenever I bring it up he walks out of the room", "eating_or_appetite"),
        ("Social work never ring me back", "work_or_education"),
        ("I need dental work first and can't get it", "work_or_education"),
        ("my arms don't want to work in the mornings", "work_or_education"),
        ("sick all the time off the new tablets", "work_or_education"),
        ("running late to every appointment and I panic", "bereavement"),
        ("I snap at people for no reason", "meaning_or_purpose"),
        ("my accent is strong and the nurses can't understand me", "information_needs"),
        ("I just can't be bothered to cook meals", "sadness_or_depression"),
        ("I forget my appointments", "transport_or_parking"),
        ("night sweats, the sheets are wet through every morning", "bladder_or_bowels"),
        ("boiling pans of water so I can have a wash", "anger_or_frustration"),
        ("I've seen people suffer with this, that's what scares me", "loneliness_or_isolation"),
        ("the pain is unreal some days", "coping_with_diagnosis"),
        ("I don't want my kids to worry about me", "sex_intimacy"),
        ("they found cancer in my bowel in June", "bladder_or_bowels"),
        ("It's the cancer, lung. I'm not coping with it", "breathing"),
        ("I think she's frightened of losing me", "worry_fear_or_anxiety"),
        ("What's worrying me? The stairs.", "worry_fear_or_anxiety"),
        ("Aw reet pet, just the bills", "sadness_or_depression"),
    ],
)
def test_a_word_in_its_everyday_sense_is_not_the_concern(checklist: Checklist, text: str, gone: str) -> None:
    assert gone not in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the prepayment meter eats every penny I get", "money_or_finance"),
        ("What's worrying me? The stairs.", "walking_or_moving"),
        ("I can't be bothered with food these days", "eating_or_appetite"),
        ("I've no car, who will take me to my appointments?", "transport_or_parking"),
        ("whatever I eat I bring it up", "eating_or_appetite"),
    ],
)
def test_the_concern_beside_an_everyday_sense_stays(checklist: Checklist, text: str, kept: str) -> None:
    assert kept in found(checklist, text)


def test_nothing_apart_from_the_obvious_is_nothing(checklist: Checklist) -> None:
    assert found(checklist, "Nothing, apart from the obvious.") == set()


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I'm up in the night three or four times", "sleep"),
        ("been sleeping in a chair downstairs for weeks", "sleep"),
        ("I run out of steam by lunchtime", "tiredness_or_fatigue"),
        ("whatever I have goes right through me", "bladder_or_bowels"),
        ("we've not been close since my surgery", "sex_intimacy"),
        ("nobody has talked to me about what happens with my job", "information_needs"),
        ("I don't know what questions to ask", "information_needs"),
        ("as a Jehovah's Witness I can't accept blood", "faith_or_spiritual"),
        ("the GP says it's not his problem", "anger_or_frustration"),
        ("I'm down to half pay", "money_or_finance"),
    ],
)
def test_new_ways_of_saying_a_concern(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I've my own heart problems to deal with as well", "carer_own_health"),
        ("no one asks how I am anymore", "carer_coping"),
        ("I'm the only one who can lift her", "carer_coping"),
    ],
)
def test_a_carers_own_health_and_strain(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text, "carer_for_self")


def test_a_death_told_as_past_is_no_wish_for_the_end(checklist: Checklist) -> None:
    text = "Bereavement really. My dad died two months ago and the hospice were lovely"
    assert "end_of_life_wishes" not in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("My worries: the rent, and getting to my appointments", "worry_fear_or_anxiety"),
        ("he wants to go back to Ireland to die", "bereavement"),
    ],
)
def test_a_heading_or_a_death_to_come_is_not_the_concern(checklist: Checklist, text: str, item: str) -> None:
    assert item not in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Naebody's telt me anything about the scan", "information_needs"),
        ("will I be allowed to drive after the op", "transport_or_parking"),
        ("I don't know how I'll get to my chemo every day", "transport_or_parking"),
        ("I lie there and can't stop thinking", "worry_fear_or_anxiety"),
    ],
)
def test_more_ways_of_saying_a_concern(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_off_her_food_and_sleeping_the_day_away_is_tiredness(checklist: Checklist) -> None:
    text = "Gran's off her food and sleeping most of the day"
    assert {"tiredness_or_fatigue", "eating_or_appetite"} <= found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I sob at the silliest things. At work, on the train.", "transport_or_parking"),
        ("I'm crying in the shower most mornings", "washing_and_dressing"),
        ("My son tries but he's hopeless at cooking", "sadness_or_depression"),
        ("She just pushes her dinner away now", "relationships"),
        ("Don't know how we'll get through Christmas this year", "end_of_life_wishes"),
    ],
)
def test_a_place_a_judgement_or_a_season_is_not_the_concern(
    checklist: Checklist, text: str, gone: str
) -> None:
    assert gone not in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The water bill came and I've no clue how we'll pay it", "information_needs"),
        ("I can't bend down to put my shoes on any more", "walking_or_moving"),
    ],
)
def test_what_a_difficulty_is_for_says_the_concern(checklist: Checklist, text: str, gone: str) -> None:
    assert gone not in found(checklist, text)
