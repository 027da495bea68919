"""Round 14's people, second pass, in other words: a worry about something named goes to that thing,
but a worry said again in a clause of its own ("and he's frightened all the time") is a worry in its
own right, while "that worries me" after a concern is about that concern; things in the bedroom are
intimacy; fares a driver does are work; the washing beside the house is housework; a carer's own aching
body is their own health and what caused it (the lifting, the bathing) is not a concern of its own; a
carer worn down is carer_coping; looking after two younger siblings as well is caring. Sentences
written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    ("text", "role", "named"),
    [
        (
            "he worries about paying the rent. he's frightened all the time too",
            "on_behalf",
            "money_or_finance",
        ),
        ("I'm worried about money, and I'm scared all the time", "self", "money_or_finance"),
    ],
)
def test_a_worry_said_again_on_its_own_stays(checklist: Checklist, text: str, role: str, named: str) -> None:
    got = found(checklist, text, role)
    assert named in got
    assert "worry_fear_or_anxiety" in got


@pytest.mark.parametrize(
    "text",
    ["I'm worried about money and it worries me", "worried about the bills. anxious about the mortgage"],
)
def test_a_worry_that_points_back_or_names_a_thing_still_goes(checklist: Checklist, text: str) -> None:
    assert "worry_fear_or_anxiety" not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "the nurse said the tablets might affect stuff in the bedroom, which bothers me",
        "the hormone jabs could change things in the bedroom, that worries me",
    ],
)
def test_things_in_the_bedroom_are_intimacy_and_the_worry_is_about_them(
    checklist: Checklist, text: str
) -> None:
    got = found(checklist, text)
    assert "sex_intimacy" in got
    assert "worry_fear_or_anxiety" not in got


def test_fares_a_driver_does_are_work(checklist: Checklist) -> None:
    got = found(checklist, "I drive a cab, so if I'm off for weeks I can't do any fares")
    assert "work_or_education" in got
    assert "transport_or_parking" not in got


def test_a_bus_fare_is_still_transport(checklist: Checklist) -> None:
    assert "transport_or_parking" in found(checklist, "the bus fare every day adds up")


def test_the_washing_and_the_house_are_housework(checklist: Checklist) -> None:
    got = found(checklist, "I'm falling behind with the washing and the house", "carer_for_self")
    assert "housework_and_shopping" in got
    assert "washing_and_dressing" not in got
    assert "housing" not in got


def test_washing_and_dressing_is_still_personal_care(checklist: Checklist) -> None:
    assert "washing_and_dressing" in found(checklist, "I need help with the washing and dressing")


@pytest.mark.parametrize(
    "text",
    [
        "my shoulder is agony from helping her in and out of the bath",
        "my back is in bits from lifting her out of bed",
    ],
)
def test_a_carers_own_aching_body_is_their_health_not_the_chore(checklist: Checklist, text: str) -> None:
    got = found(checklist, text, "carer_for_self")
    assert "carer_own_health" in got
    assert "pain" not in got
    assert "washing_and_dressing" not in got


def test_a_carer_worn_down_is_coping_not_fatigue(checklist: Checklist) -> None:
    got = found(checklist, "honestly I'm worn down, I do it all on my own", "carer_for_self")
    assert "carer_coping" in got
    assert "tiredness_or_fatigue" not in got


def test_a_young_carer_looking_after_siblings_too(checklist: Checklist) -> None:
    got = found(
        checklist, "I look after my three younger sisters after school while mum is ill", "carer_for_self"
    )
    assert "caring_responsibilities" in got
