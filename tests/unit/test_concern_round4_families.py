"""Families of phrasing the concerns reader learned in round 4, each on sentences written for these tests
(not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import reader_for
from frontdoor.checklist.words import is_english
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("my wife barely touches her food now", "eating_or_appetite"),
        ("dad can't get up the stairs any more", "walking_or_moving"),
        ("he's in agony with his hip most days", "pain"),
        ("my mother keeps forgetting what day it is", "memory_or_concentration"),
    ],
)
def test_for_a_carer_the_body_of_the_person_cared_for_counts(
    checklist: Checklist, text: str, item: str
) -> None:
    assert item in found(checklist, text, "carer_for_self")
    assert item not in found(checklist, text, "self")


def test_for_a_carer_a_childs_symptom_or_a_sound_listened_to_is_not_a_body_concern(
    checklist: Checklist,
) -> None:
    assert "bladder_or_bowels" not in found(
        checklist, "my little boy has started wetting himself", "carer_for_self"
    )
    assert "breathing" not in found(checklist, "I sit up at night hearing his breathing", "carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "all good here thanks, I just wanted to find out what the service offers",
        "nothing pressing, we'd just like to know what help exists for later",
        "not sure really, the ward sister told me to message",
        "I'm managing ok, just curious what you do",
    ],
)
def test_asking_what_the_service_does_after_saying_all_is_well_is_no_concern(
    checklist: Checklist, text: str
) -> None:
    assert found(checklist, text) == set()


def test_worry_about_something_no_item_names_is_a_worry(checklist: Checklist) -> None:
    assert found(checklist, "I lie awake worrying about what the surgeon will find") == {
        "sleep",
        "worry_fear_or_anxiety",
    }
    assert found(checklist, "awake half the night worrying about the bills") == {"sleep", "money_or_finance"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I nod off in front of the telly by six", "walking_or_moving"),
        ("my grandson is falling behind at school", "money_or_finance"),
        ("can only walk as far as the post office", "housework_and_shopping"),
        ("since the surgery things down there don't work properly", "work_or_education"),
        ("my neighbour brings my bits in, bless him", "faith_or_spiritual"),
        ("I've just been burying my head in the sand about the debts", "end_of_life_wishes"),
        ("I'm at my wits' end with the council", "end_of_life_wishes"),
        ("my brother is poorly with bowel cancer", "eating_or_appetite"),
    ],
)
def test_sayings_that_are_not_what_their_words_say(checklist: Checklist, text: str, absent: str) -> None:
    assert absent not in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("our 5 year old keeps asking where grandma went", "children"),
        ("my daughter's only 14 and won't talk to me", "children"),
        ("I'm run off my feet and the wee ones need feeding", "children"),
    ],
)
def test_a_child_named_by_age_or_in_dialect(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_our_kid_is_a_brother_not_a_child(checklist: Checklist) -> None:
    assert "children" not in found(checklist, "our kid's been poorly since the spring", "carer_for_self")


def test_someone_elses_anger_or_uselessness_is_not_the_writers(checklist: Checklist) -> None:
    assert "anger_or_frustration" not in found(checklist, "my sister gets cross with me when I forget things")
    assert "meaning_or_purpose" not in found(checklist, "her brother's no use to anyone")
    assert "anger_or_frustration" in found(checklist, "I get so angry with everyone")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("the illness has come between us", "relationships"),
        ("she just changes the subject whenever I bring it up", "relationships"),
        ("I feel caught in the middle of my parents", "relationships"),
        ("we've not been close like that for a year", "sex_intimacy"),
        ("I'd like to be buried next to my mum", "end_of_life_wishes"),
        ("who will have the kids if I die", "end_of_life_wishes"),
        ("I can't stay awake after lunch", "tiredness_or_fatigue"),
        ("I miss getting to mass", "faith_or_spiritual"),
        ("my mood is on the floor", "sadness_or_depression"),
        ("had a letter saying I'm fit for work", "money_or_finance"),
        ("I've used all my annual leave on appointments", "work_or_education"),
        ("my back's killing me", "pain"),
    ],
)
def test_more_everyday_words(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm just not cut out for this",
        "at my wits' end",
        "I feel like I'm failing everyone",
        "I'm falling apart",
    ],
)
def test_a_carers_strain_said_plainly(checklist: Checklist, text: str) -> None:
    assert "carer_coping" in found(checklist, text, "carer_for_self")


def test_a_carer_who_can_no_longer_lift_them_has_a_health_concern(checklist: Checklist) -> None:
    assert "carer_own_health" in found(checklist, "I can't lift her off the floor now", "carer_for_self")


def test_a_carer_keeping_on_is_not_strain(checklist: Checklist) -> None:
    assert "carer_coping" not in found(
        checklist, "I keep forgetting my own check-ups because I'm looking after her", "carer_for_self"
    )


def test_a_doubled_consonant_before_ing_is_still_english() -> None:
    assert is_english("skipping") and is_english("chatting")


def test_as_well_is_not_all_is_well(checklist: Checklist) -> None:
    assert "children" in found(checklist, "I have two teenagers at home as well")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("my husband won't eat a thing", "relationships"),
        ("my wife works away on the boats", "relationships"),
    ],
)
def test_a_spouse_named_beside_another_concern_says_whose_it_is(
    checklist: Checklist, text: str, absent: str
) -> None:
    assert absent not in found(checklist, text)


def test_a_scots_house_named_in_passing_is_not_a_housing_problem(checklist: Checklist) -> None:
    assert found(checklist, "the hoose is a mess and I can't face cleaning") == {"housework_and_shopping"}


def test_someone_who_does_not_understand_what_they_are_told_needs_information(checklist: Checklist) -> None:
    assert found(
        checklist,
        "my father only speaks Urdu and he does not understand what the nurses tell him",
        "carer_for_self",
    ) == {"information_needs"}


def test_falling_out_again_and_again_is_between_people(checklist: Checklist) -> None:
    assert found(checklist, "we keep falling out about money") & {
        "relationships",
        "walking_or_moving",
    } == {"relationships"}


@pytest.mark.parametrize(
    "text",
    [
        "the house feels empty since he went",
        "the house is a tip these days",
        "I can't manage the house on my own",
    ],
)
def test_a_house_is_not_a_housing_problem_by_being_named(checklist: Checklist, text: str) -> None:
    assert "housing" not in found(checklist, text)


def test_a_home_that_no_longer_suits_is_a_housing_problem(checklist: Checklist) -> None:
    assert "housing" in found(checklist, "mum's place isn't suitable any more")


@pytest.mark.parametrize(
    "text", ["who'll walk the dog while I'm having chemo", "my neighbour walks him twice a day"]
)
def test_walking_someone_else_is_not_the_writers_walking(checklist: Checklist, text: str) -> None:
    assert "walking_or_moving" not in found(checklist, text)


def test_saying_they_are_not_religious_is_no_faith_concern(checklist: Checklist) -> None:
    assert "faith_or_spiritual" not in found(
        checklist, "I'm not religious at all, I just want to plan my funeral"
    )


def test_a_number_that_counts_something_is_not_text_speak(checklist: Checklist) -> None:
    words = reader_for(checklist).words
    assert words.lemmas("our 2 lads")[1] == "2"
    assert words.lemmas("talk 2 someone")[1] == "to"
    assert "children" in found(checklist, "thinking about my 3 lads all the time")


def test_hanging_the_washing_out_is_not_being_washed_out(checklist: Checklist) -> None:
    assert "tiredness_or_fatigue" not in found(checklist, "I can't even peg the washing out")


def test_a_concern_said_of_the_writer_anywhere_stays_though_first_said_of_someone_else(
    checklist: Checklist,
) -> None:
    assert "work_or_education" in found(checklist, "my wife isn't working, and now I can't work either")
    assert "work_or_education" not in found(checklist, "my wife isn't working at the moment")


def test_fear_of_what_it_means_is_a_worry_not_a_question(checklist: Checklist) -> None:
    assert found(checklist, "terrified of what this means") == {"worry_fear_or_anxiety"}
    assert "information_needs" in found(checklist, "nobody has said what this means")
