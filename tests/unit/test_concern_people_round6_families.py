"""Families of phrasing the concerns reader learned from the round 6 people's own worry messages, each on
sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure how long I can keep it up, looking after him",
        "honestly I don't know how long I can carry on like this",
        "the school run is the only time I get to myself",
        "I never get out these days, not even to the shop",
        "I was signed off with stress in the spring",
    ],
)
def test_a_carer_at_the_end_of_their_rope_is_not_coping_with_caring(checklist: Checklist, text: str) -> None:
    assert "carer_coping" in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "I'm that tired I doze off on the train home",
        "some nights I just sit in the car in the supermarket car park and cry",
        "I fall asleep on the bus after my shift",
    ],
)
def test_a_vehicle_where_the_writer_sleeps_or_sits_is_not_transport(checklist: Checklist, text: str) -> None:
    assert "transport_or_parking" not in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "I can't sit on the bus for an hour with this back",
        "the parking is a nightmare, I sit in the car for ages waiting for a space",
        "I have to get two buses to the hospital",
    ],
)
def test_a_journey_is_still_transport(checklist: Checklist, text: str) -> None:
    assert "transport_or_parking" in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I keep wondering whether I can still have children", "sex_intimacy"),
        ("will I still be able to, can I have kids one day", "sex_intimacy"),
        ("my mother is old, I care her every day", "caring_responsibilities"),
        ("I can't get my messages in without the car", "housework_and_shopping"),
    ],
)
def test_round6_phrasings_name_their_item(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_having_children_is_not_asking_about_fertility(checklist: Checklist) -> None:
    assert "sex_intimacy" not in found(checklist, "I have 4 children and no help")


@pytest.mark.parametrize(
    "text",
    [
        "I can't concentrate at work, my memory is shot",
        "I get so tired at work these days",
    ],
)
def test_at_work_after_another_concern_says_where(checklist: Checklist, text: str) -> None:
    assert "work_or_education" not in found(checklist, text)


@pytest.mark.parametrize("text", ["I'm struggling at work", "my boss is on at me at work"])
def test_at_work_alone_is_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" in found(checklist, text)


def test_sleeping_through_the_day_beside_tiredness_is_tiredness(checklist: Checklist) -> None:
    assert found(checklist, "she's so tired, she sleeps most of the day now", "on_behalf") == {
        "tiredness_or_fatigue"
    }


def test_sleeping_all_day_and_awake_at_night_is_a_sleep_concern(checklist: Checklist) -> None:
    assert "sleep" in found(
        checklist, "he's very tired, he sleeps all day and then he's up all night", "on_behalf"
    )


def test_family_far_away_beside_being_alone_is_loneliness(checklist: Checklist) -> None:
    assert found(checklist, "My wife and daughter are still in Romania, I am alone here") == {
        "loneliness_or_isolation"
    }


def test_strife_beside_being_alone_is_still_relationships(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "I'm on my own and my wife doesn't understand")


def test_bringing_children_up_alone_is_not_loneliness(checklist: Checklist) -> None:
    assert found(checklist, "I have three kids and I am alone with them") == {"children"}


def test_alone_with_it_is_loneliness(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(checklist, "I have two kids but I feel alone with this")


def test_worry_about_funeral_plans_is_the_plans(checklist: Checklist) -> None:
    assert found(checklist, "she's worried about her burial, she wants it done right", "on_behalf") == {
        "end_of_life_wishes"
    }


def test_worry_about_dying_is_still_a_worry(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, "he's worried about dying", "on_behalf")


def test_having_had_a_health_scare_is_not_fear(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" not in found(checklist, "I had a scare with my own heart in the spring")


def test_a_scare_that_frightened_is_still_fear(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, "the last scan gave me a scare")


def test_naming_past_radiotherapy_is_history_not_skin(checklist: Checklist) -> None:
    assert "skin_or_appearance" not in found(checklist, "I had surgery and radiotherapy")


def test_skin_sore_from_radiotherapy_is_skin(checklist: Checklist) -> None:
    assert "skin_or_appearance" in found(checklist, "my skin is red raw from the radiotherapy")


def test_what_treatment_left_the_writer_feeling_is_not_a_partner_leaving(checklist: Checklist) -> None:
    assert found(checklist, "the chemo has left me exhausted") == {"tiredness_or_fatigue"}


def test_a_partner_leaving_is_still_relationships(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "he left me for someone else")


@pytest.mark.parametrize(
    "text",
    ["my eldest is 15 and she's been running the house", "my youngest keeps asking when I'll be better"],
)
def test_my_eldest_or_youngest_is_a_child(checklist: Checklist, text: str) -> None:
    assert "children" in found(checklist, text)
