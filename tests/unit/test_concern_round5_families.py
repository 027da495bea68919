"""Families of phrasing the concerns reader learned in round 5, each on sentences written for these tests
(not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "I'm flagging and there's nobody to take over",
        "running on empty most days",
        "I feel so guilty that I can't do more for her",
        "I don't know how long I can do this",
        "nobody asks how I am, it's always about him",
    ],
)
def test_a_carer_worn_down_or_guilty_is_not_coping_with_caring(checklist: Checklist, text: str) -> None:
    assert "carer_coping" in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I feel like a prisoner in my own house these days", "loneliness_or_isolation"),
        ("he hasn't set foot out the house in weeks, won't gan oot the hoose", "loneliness_or_isolation"),
        ("I'm going round in circles with the benefits people", "anger_or_frustration"),
        ("what did I do to deserve this", "coping_with_diagnosis"),
        ("I'm just not myself lately", "sadness_or_depression"),
        ("everything is grey since the op", "sadness_or_depression"),
        ("I get very down on a Sunday night", "sadness_or_depression"),
        ("nobody has said if I can keep driving for work", "information_needs"),
        ("it's the not knowing that gets to me", "worry_fear_or_anxiety"),
        ("I have to stop for a breather halfway up the road", "breathing"),
        ("the car failed its MOT last week", "transport_or_parking"),
        ("people tell me I'm so brave, I don't have a choice", "coping_with_diagnosis"),
        ("what did I do to deserve all this", "meaning_or_purpose"),
        ("singing and walking were what made me me", "meaning_or_purpose"),
        ("I want my life back", "meaning_or_purpose"),
        ("I need someone who gets it", "loneliness_or_isolation"),
        ("there's nobody round me to talk to", "loneliness_or_isolation"),
        ("I wonder about what comes after", "faith_or_spiritual"),
        ("I wonder about what comes after", "end_of_life_wishes"),
        ("the internet says one thing, the nurse another, who do I believe", "information_needs"),
        ("I am not getting enough through my tube", "eating_or_appetite"),
        ("the child maintenance has stopped", "money_or_finance"),
        ("I do everything for her since her stroke", "caring_responsibilities"),
        ("I do my dad's shopping every Saturday", "caring_responsibilities"),
        ("we run a chippy and my husband is on his own now", "work_or_education"),
        ("do I have to tell my manager what it is", "information_needs"),
    ],
)
def test_everyday_wordings_of_a_concern(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_a_word_in_quotation_marks_is_read_as_the_word(checklist: Checklist) -> None:
    assert "coping_with_diagnosis" in found(checklist, "my sister says I should be 'over it' by now")


def test_having_children_after_treatment_is_fertility_not_a_concern_about_children(
    checklist: Checklist,
) -> None:
    assert found(checklist, "will I be able to have kids after the radiotherapy") == {"sex_intimacy"}


def test_not_frightened_is_no_worry(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" not in found(
        checklist, "I'm not scared at all, I'd just like to get my will written"
    )


def test_a_worry_about_dying_is_a_worry_as_well_as_the_end_of_life(checklist: Checklist) -> None:
    assert found(checklist, "I'm worried about dying") == {"worry_fear_or_anxiety", "end_of_life_wishes"}


def test_news_that_others_report_is_the_writers_to_cope_with(checklist: Checklist) -> None:
    assert "coping_with_diagnosis" in found(checklist, "they said it's terminal")


def test_fed_up_aimed_at_nothing_is_low_mood_and_fed_up_of_something_is_frustration(
    checklist: Checklist,
) -> None:
    low = found(checklist, "shattered and fed up")
    assert "sadness_or_depression" in low and "anger_or_frustration" not in low
    assert "anger_or_frustration" in found(checklist, "fed up of the waiting")


def test_worry_about_a_husband_or_wife_is_about_the_two_of_them(checklist: Checklist) -> None:
    assert found(checklist, "worried about my husband, he's not sleeping") == {"relationships"}
    carer = found(checklist, "worried about my husband all the time", "carer_for_self")
    assert "worry_fear_or_anxiety" in carer


def test_a_childs_question_about_dying_is_about_the_children(checklist: Checklist) -> None:
    assert found(checklist, "my little girl keeps asking if I'm going to die") == {"children"}


def test_everything_as_the_whole_answer_is_a_worry(checklist: Checklist) -> None:
    assert found(checklist, "everything really") == {"worry_fear_or_anxiety"}
    assert "worry_fear_or_anxiety" not in found(checklist, "everything tastes of metal")


def test_a_son_or_daughter_with_an_age_after_a_comma_is_a_child(checklist: Checklist) -> None:
    assert "children" in found(checklist, "I look after my son, he's 15 and has autism")


def test_guilt_eating_me_up_is_not_about_food(checklist: Checklist) -> None:
    assert "eating_or_appetite" not in found(checklist, "the guilt is eating me up", "carer_for_self")


def test_a_concern_of_me_and_someone_else_is_the_writers(checklist: Checklist) -> None:
    assert "sleep" in found(checklist, "the coughing keeps me and the wife awake")


def test_a_washing_line_is_not_washing_oneself(checklist: Checklist) -> None:
    assert "washing_and_dressing" not in found(checklist, "so tired I could sleep on a washing line")


def test_a_lift_in_a_block_of_flats_is_not_a_lift_to_hospital(checklist: Checklist) -> None:
    assert "transport_or_parking" not in found(checklist, "I'm on the 5th floor and there's no lift")
    assert "transport_or_parking" in found(checklist, "there's no lift to my appointments")


def test_a_bedroom_in_the_home_is_a_room_and_in_the_bedroom_is_intimacy(checklist: Checklist) -> None:
    assert "sex_intimacy" not in found(checklist, "we live in a flat, one bedroom")
    assert "sex_intimacy" in found(checklist, "things in the bedroom have stopped")


def test_looking_at_a_thing_is_not_how_the_writer_looks(checklist: Checklist) -> None:
    assert "skin_or_appearance" not in found(checklist, "the bills. I can't even look at them")
    assert "skin_or_appearance" not in found(checklist, "Look, I just need help with the rent")
    assert "skin_or_appearance" in found(checklist, "I don't like how I look at the moment")
    assert "skin_or_appearance" in found(checklist, "people look at me in the street")
