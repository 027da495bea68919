"""Families from round 11's people, in other words: a prepayment meter, a carer's own body, Scots
"swally" and "mooth", "wee" before a business, sleeping downstairs, puffing like a train, food that
money is short for, a job long ago, being forgotten, friends who don't get it, a
wheelchair taxi, "nothing doing", caught short in a shop, getting short with someone, conked out, a
teaching job given up, treatment called maintenance. Sentences written for these tests (not from any
eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    ["the gas meter's run out again and payday is a week off", "we're on emergency credit on the electric"],
)
def test_a_meter_running_out_is_money(checklist: Checklist, text: str) -> None:
    assert "money_or_finance" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    ["my knees are bad and I need them done myself", "me back's killing me from getting him up the stairs"],
)
def test_a_carers_own_body_is_their_health(checklist: Checklist, text: str) -> None:
    got = found(checklist, text, "carer_for_self")
    assert "carer_own_health" in got
    assert "walking_or_moving" not in got


def test_scots_swallowing_is_eating(checklist: Checklist) -> None:
    assert "eating_or_appetite" in found(checklist, "a cannae swally ma tablets, ma mooth's raw")


def test_a_wee_business_is_not_the_bladder(checklist: Checklist) -> None:
    assert "bladder_or_bowels" not in found(checklist, "I run a wee shop and can't open it most days")


def test_needing_a_wee_is_still_the_bladder(checklist: Checklist) -> None:
    assert "bladder_or_bowels" in found(checklist, "I need a wee every half hour")


def test_sleeping_downstairs_is_not_sleep_or_housing(checklist: Checklist) -> None:
    got = found(checklist, "my legs won't do the stairs so she sleeps downstairs on the sofa bed")
    assert "sleep" not in got
    assert "housing" not in got


def test_not_sleeping_still_is_sleep(checklist: Checklist) -> None:
    assert "sleep" in found(checklist, "I can't sleep at all since the op")


def test_puffing_like_a_train_is_not_transport(checklist: Checklist) -> None:
    got = found(checklist, "going up the hill I'm puffing like a train")
    assert "transport_or_parking" not in got
    assert "breathing" in got


def test_the_train_to_hospital_is_still_transport(checklist: Checklist) -> None:
    assert "transport_or_parking" in found(checklist, "the train to the hospital takes two hours each way")


@pytest.mark.parametrize("text", ["can't afford food for the kids", "nae money for food by Thursday"])
def test_food_money_is_short_for_is_money_not_eating(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "eating_or_appetite" not in got
    assert "money_or_finance" in got


def test_going_off_food_is_still_eating(checklist: Checklist) -> None:
    assert "eating_or_appetite" in found(checklist, "I've gone right off my food")


def test_a_job_long_ago_is_not_work(checklist: Checklist) -> None:
    assert "work_or_education" not in found(checklist, "the asbestos was from a job I had thirty years ago")


def test_being_forgotten_by_god_is_not_memory(checklist: Checklist) -> None:
    got = found(checklist, "he's stopped going to mosque, he says Allah has forgotten him")
    assert "memory_or_concentration" not in got
    assert "loneliness_or_isolation" not in got


def test_forgetting_things_is_still_memory(checklist: Checklist) -> None:
    assert "memory_or_concentration" in found(checklist, "I forget things all the time now")


def test_friends_who_dont_get_it_are_not_family(checklist: Checklist) -> None:
    assert "relationships" not in found(checklist, "my pals don't get it at all")


def test_family_who_dont_get_it_stay_family(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "my family don't get it")


def test_a_wheelchair_taxi_is_transport(checklist: Checklist) -> None:
    got = found(checklist, "booking a wheelchair taxi for every appointment is a nightmare")
    assert "transport_or_parking" in got
    assert "walking_or_moving" not in got


def test_nothing_doing_is_not_tiredness(checklist: Checklist) -> None:
    assert "tiredness_or_fatigue" not in found(checklist, "nothing doing in that department these days")


def test_caught_short_in_the_shop_is_bladder(checklist: Checklist) -> None:
    got = found(checklist, "got caught short in the supermarket on Tuesday")
    assert "bladder_or_bowels" in got
    assert "housework_and_shopping" not in got


def test_shopping_help_is_still_housework(checklist: Checklist) -> None:
    assert "housework_and_shopping" in found(checklist, "I can't get to the shops on my own")


@pytest.mark.parametrize(
    "text", ["I'm short with the kids all the time", "I get short with her and hate myself"]
)
def test_getting_short_with_someone_is_anger(checklist: Checklist, text: str) -> None:
    assert "anger_or_frustration" in found(checklist, text)


def test_conked_out_is_tiredness(checklist: Checklist) -> None:
    assert "tiredness_or_fatigue" in found(checklist, "by lunchtime I've conked out in the chair")


def test_giving_up_teaching_is_work(checklist: Checklist) -> None:
    assert "work_or_education" in found(checklist, "I've had to stop teaching and I miss it")


def test_maintenance_treatment_is_not_money(checklist: Checklist) -> None:
    assert "money_or_finance" not in found(checklist, "how long will I be on maintenance")


def test_child_maintenance_is_still_money(checklist: Checklist) -> None:
    assert "money_or_finance" in found(checklist, "his dad's stopped paying child maintenance")


def test_seeing_nobody_for_days_is_loneliness(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(
        checklist, "she can go a week without seeing anyone", "on_behalf"
    )


@pytest.mark.parametrize(
    "text", ["i cant hear the phone so i miss my appointment", "missed the clinic again"]
)
def test_a_missed_appointment_is_not_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" not in found(checklist, text)


def test_missing_school_is_still_work(checklist: Checklist) -> None:
    assert "work_or_education" in found(
        checklist, "my son is 16 and has missed school for weeks with his chemo"
    )
