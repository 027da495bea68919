"""Families of phrasing the concerns reader learned in round 8, each on sentences written for these
tests (not from any eval set): how people say this kind of thing, and words read in the wrong sense."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import _most_specific
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "havent had a wink since the op",
        "the itching keeps me up half the night",
        "lie there staring at the ceiling till five",
        "my thoughts race at night and I cant drop off",
    ],
)
def test_sleep_said_sideways(checklist: Checklist, text: str) -> None:
    assert "sleep" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "the smallest thing winds me up these days",
        "I bit the head off my neighbour for nothing",
        "the whole booking system is a shambles",
        "the school is losing patience with all the days off",
    ],
)
def test_temper_and_exasperation_are_anger(checklist: Checklist, text: str) -> None:
    assert "anger_or_frustration" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "we're right out in the sticks and nobody comes by",
        "my mates are all out living their lives and I'm stuck here",
    ],
)
def test_being_out_of_the_way_is_isolation(checklist: Checklist, text: str) -> None:
    assert "loneliness_or_isolation" in found(checklist, text)


def test_going_out_only_with_a_loo_at_hand_is_not_isolation(checklist: Checklist) -> None:
    text = "my bowels are unpredictable, I never go out unless there's a toilet close by"
    got = found(checklist, text)
    assert "bladder_or_bowels" in got
    assert "loneliness_or_isolation" not in got


@pytest.mark.parametrize(
    "text",
    [
        "no idea who I am when I'm not out at work",
        "I'm not sure who I am if I can't run the shop",
    ],
)
def test_who_i_am_with_a_condition_is_identity(checklist: Checklist, text: str) -> None:
    assert "meaning_or_purpose" in found(checklist, text)


def test_who_i_am_seeing_is_not_identity(checklist: Checklist) -> None:
    assert "meaning_or_purpose" not in found(checklist, "I'm not sure who I am seeing at clinic on Monday")


def test_a_worry_about_everything_stays_beside_named_worries(checklist: Checklist) -> None:
    got = found(checklist, "worried about the rent. worried about the car. worried about everything really")
    assert "worry_fear_or_anxiety" in got
    assert "money_or_finance" in got or "housing" in got


@pytest.mark.parametrize(
    "text",
    [
        "the doctor said the drugs could stop me having children",
        "radiotherapy may affect us having a baby",
    ],
)
def test_treatment_that_may_stop_children_coming_is_fertility(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "sex_intimacy" in got
    assert "children" not in got


@pytest.mark.parametrize(
    "text",
    [
        "I cant chase the grandkids round the park any more",
        "too weak to take the dog to the park",
    ],
)
def test_a_park_to_walk_in_is_not_parking(checklist: Checklist, text: str) -> None:
    assert "transport_or_parking" not in found(checklist, text)


def test_the_car_park_is_still_parking(checklist: Checklist) -> None:
    assert "transport_or_parking" in found(checklist, "the car park at the infirmary costs a fortune")


def test_an_upbringing_is_not_raising_a_subject(checklist: Checklist) -> None:
    text = "we were brought up not to make a fuss, but my knee is agony"
    assert "relationships" not in found(checklist, text)


def test_raising_a_subject_with_a_partner_is_still_the_relationship(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "no idea how to bring it up with her")


def test_terminal_news_beside_plans_for_the_end_is_the_end_of_life(checklist: Checklist) -> None:
    got = found(checklist, "they've told me it's terminal. I need to write a will and choose where I die")
    assert "end_of_life_wishes" in got
    assert "coping_with_diagnosis" not in got


def test_terminal_news_alone_is_news_to_take_in(checklist: Checklist) -> None:
    assert "coping_with_diagnosis" in found(checklist, "the consultant said today that it's terminal")


def test_no_one_with_a_hyphen_is_no_one(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(checklist, "since the move I've got no-one to talk to")


def test_lying_awake_for_thinking_is_worry(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, "can't get off to sleep for thinking about it")


def test_the_writers_own_care_is_not_caring_for_someone(checklist: Checklist) -> None:
    got = found(checklist, "nobody tells me who is in charge of my care")
    assert "caring_responsibilities" not in got


def test_things_piling_up_are_not_piles(checklist: Checklist) -> None:
    got = found(checklist, "the ironing is piling up and I can't face it")
    assert "bladder_or_bowels" not in got


def test_step_by_step_is_not_walking(checklist: Checklist) -> None:
    got = found(checklist, "I'd like the surgery explained to me step by step")
    assert "information_needs" in got
    assert "walking_or_moving" not in got


def test_hard_to_explain_is_not_wanting_an_explanation(checklist: Checklist) -> None:
    assert "information_needs" not in found(checklist, "it's hard to explain, I just feel flat all the time")


def test_a_place_named_again_after_a_circumstance(checklist: Checklist) -> None:
    got = found(checklist, "the rash. I hate seeing my skin in the mirror after a bath")
    assert "skin_or_appearance" in got
    assert "washing_and_dressing" not in got


def test_cant_even_is_the_thing_itself_not_a_circumstance(checklist: Checklist) -> None:
    got = found(checklist, "I'm that worn out I can't even get dressed some mornings")
    assert "washing_and_dressing" in got


def test_a_couple_named_together_is_not_a_relationship_concern(checklist: Checklist) -> None:
    assert "relationships" not in found(checklist, "the coughing wakes me and my partner every night")


def test_a_partner_struggling_told_after_a_comma(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "it's not me so much, it's my wife, she is struggling badly")


def test_a_long_answer_keeps_one_item_from_each_area_named() -> None:
    found_at = {
        "pain": 0,
        "sleep": 2,
        "tiredness_or_fatigue": 4,
        "breathing": 6,
        "eating_or_appetite": 8,
        "money": 10,
    }
    named = {item: [(place, place + 1)] for item, place in found_at.items()}
    areas = {item: "physical" for item in found_at} | {"money": "practical"}
    kept = _most_specific(found_at, named, 5, areas)
    assert len(kept) == 5
    assert "money" in kept
    assert kept == sorted(kept, key=found_at.__getitem__)


def test_a_guess_does_not_push_out_a_named_item_for_its_area() -> None:
    found_at = {
        "pain": 0,
        "sleep": 2,
        "tiredness_or_fatigue": 4,
        "breathing": 6,
        "eating_or_appetite": 8,
        "sad": 10,
    }
    named = {item: [(place, place + 1)] for item, place in found_at.items() if item != "sad"}
    areas = {item: "physical" for item in found_at} | {"sad": "emotional"}
    assert "sad" not in _most_specific(found_at, named, 5, areas)


def test_someone_not_knowing_the_writer_is_not_a_question_of_identity(checklist: Checklist) -> None:
    got = found(
        checklist, "it breaks my heart, my dad looks at me and doesn't know who I am", "carer_for_self"
    )
    assert "meaning_or_purpose" not in got


def test_useless_at_a_task_is_not_feeling_worthless(checklist: Checklist) -> None:
    assert "meaning_or_purpose" not in found(checklist, "my hands shake so I'm useless at my knitting now")


@pytest.mark.parametrize(
    "text",
    [
        "I look after my dad who has Parkinson's, and now the cancer as well",
        "my wife has had dementia for years and now this, I do everything for her",
    ],
)
def test_caring_for_a_second_condition_is_a_load_of_its_own(checklist: Checklist, text: str) -> None:
    assert "caring_responsibilities" in found(checklist, text, "carer_for_self")


def test_a_carers_own_long_term_condition_is_not_caring_for_it(checklist: Checklist) -> None:
    got = found(checklist, "I have MS myself and looking after him is wearing me down", "carer_for_self")
    assert "caring_responsibilities" not in got
