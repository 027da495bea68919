"""Families from round 26's people, in other words: paid carers who come to the writer, money short for
rent and food, the children minded during a hospital stay, a growth on the face that people stare at,
a young carer standing in for a parent, work as a time of day, a last wish before death, no one who
signs to a deaf person, fertility said with "bairns" or "weans", no one keeping in touch, "memorys"
without its apostrophe, a pet to be seen to, and a carer signed off work. Sentences written for these
tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "the carers only come twice a day and I need help getting washed",
        "my carers rush me in the shower and I can't do it myself",
    ],
)
def test_paid_carers_who_come_to_the_writer_are_not_caring(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "washing_and_dressing" in got
    assert "caring_responsibilities" not in got


def test_being_someones_carer_is_still_caring(checklist: Checklist) -> None:
    assert "caring_responsibilities" in found(checklist, "I'm her carer and the carers she has don't come")


def test_money_short_for_rent_and_food_is_money_only(checklist: Checklist) -> None:
    got = found(checklist, "no money left for rent or food this month")
    assert "money_or_finance" in got
    assert "housing" not in got
    assert "eating_or_appetite" not in got


def test_rent_that_cannot_be_paid_is_still_housing(checklist: Checklist) -> None:
    assert "housing" in found(checklist, "can't pay the rent")


@pytest.mark.parametrize(
    "text",
    [
        "who is going to look after my little ones when I'm having my operation",
        "who would look after the kids if I was kept in",
    ],
)
def test_children_minded_during_a_stay_are_children_not_caring(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "children" in got
    assert "caring_responsibilities" not in got


def test_looking_after_a_disabled_son_is_still_caring(checklist: Checklist) -> None:
    assert "caring_responsibilities" in found(checklist, "I look after my disabled son")


def test_a_growth_on_the_face_people_gawp_at_is_appearance(checklist: Checklist) -> None:
    assert "skin_or_appearance" in found(checklist, "the lump's on my cheek and people gawp at it")


def test_staring_at_the_ceiling_is_not_appearance(checklist: Checklist) -> None:
    assert "skin_or_appearance" not in found(checklist, "I lie staring at the ceiling all night")


def test_a_young_carer_standing_in_for_a_parent_is_caring(checklist: Checklist) -> None:
    got = found(checklist, "caring for my little sisters cos my mam can't do it", "carer_for_self")
    assert "caring_responsibilities" in got


@pytest.mark.parametrize(
    "text",
    ["I pop in to see my mum on my way home from work", "I do her shopping before work every day"],
)
def test_work_as_a_time_of_day_is_not_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" not in found(checklist, text, "carer_for_self")


def test_going_back_to_work_after_treatment_is_still_work(checklist: Checklist) -> None:
    assert "work_or_education" in found(checklist, "I'm worried about going back to work after treatment")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("my dad wants to see Ireland again before he passes away", "carer_for_self"),
        ("she'd love to go to the seaside one more time", "on_behalf"),
    ],
)
def test_a_last_wish_before_death_is_the_end_of_life(checklist: Checklist, text: str, role: str) -> None:
    got = found(checklist, text, role)
    assert "end_of_life_wishes" in got
    assert "bereavement" not in got


def test_no_one_who_signs_is_information(checklist: Checklist) -> None:
    got = found(checklist, "none of the staff can sign so my husband misses everything", "carer_for_self")
    assert "information_needs" in got


def test_signing_a_form_is_not_information(checklist: Checklist) -> None:
    assert "information_needs" not in found(checklist, "I need to sign the forms")


def test_weans_that_may_not_come_are_fertility(checklist: Checklist) -> None:
    got = found(checklist, "I won't be able to have weans after this")
    assert "sex_intimacy" in got
    assert "children" not in got


@pytest.mark.parametrize("text", ["nobody phones to check how I'm doing", "no one ever checks in on me"])
def test_no_one_keeping_in_touch_is_loneliness(checklist: Checklist, text: str) -> None:
    assert "loneliness_or_isolation" in found(checklist, text)


def test_no_one_ringing_back_is_not_loneliness(checklist: Checklist) -> None:
    got = found(checklist, "nobody rings me back from the clinic")
    assert "loneliness_or_isolation" not in got
    assert "information_needs" in got


@pytest.mark.parametrize("text", ["me memorys rubbish", "my memorys terrible since the chemo"])
def test_memorys_without_an_apostrophe_is_memory(checklist: Checklist, text: str) -> None:
    assert "memory_or_concentration" in found(checklist, text)


def test_shocking_sleep_is_not_shock(checklist: Checklist) -> None:
    got = found(checklist, "my sleep is shocking")
    assert "sleep" in got
    assert "coping_with_diagnosis" not in got


@pytest.mark.parametrize(
    "text", ["who'll feed my cat if I'm kept in", "worried about the dog when I'm in hospital"]
)
def test_a_pet_to_be_seen_to_is_something_else(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == set()


def test_a_carer_signed_off_by_the_doctor_is_work(checklist: Checklist) -> None:
    got = found(checklist, "the doctor signed me off for two weeks with the stress", "carer_for_self")
    assert "work_or_education" in got
