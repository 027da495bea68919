"""Round 21's people, in other words: Scots "ain", "efter", "wha'll", "dae" and "feart" read as "own",
"after", "who will", "do" and "afraid", so a carer's "my ain knees are shot" is their own health and "I
look efter him" is caring; walking the dog is no walking concern; a carer's own sleep stays beside a
health that is only an aching body; planning or hoping to have kids, in doubt now, is fertility, not the
children; not getting over a mother's dying is the grief, not the end of life; and not having accepted
the cancer is coping with the diagnosis. Every message here was written for these tests (none is from
an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

BEHALF = "on_behalf"
CARER = "carer_for_self"
CARER_HEALTH = "carer_own_health"
CARER_COPING = "carer_coping"
CARING = "caring_responsibilities"
SLEEP = "sleep"
TIRED = "tiredness_or_fatigue"
HOUSEWORK = "housework_and_shopping"
WALKING = "walking_or_moving"
WORRY = "worry_fear_or_anxiety"
SEX = "sex_intimacy"
CHILDREN = "children"
BEREAVEMENT = "bereavement"
LONELY = "loneliness_or_isolation"
END_OF_LIFE = "end_of_life_wishes"
COPING = "coping_with_diagnosis"
TRANSPORT = "transport_or_parking"


@pytest.mark.parametrize(
    "text",
    [
        "I'm that tired aw the time. I cannae get the messages in or dae the hoovering. And wha'll walk "
        "the dug when I'm in the hospital",
        "I'm always tired and can't do the shopping or the hoovering. who will walk the dog when I'm in",
    ],
)
def test_walking_the_dog_is_no_walking_concern(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {TIRED, HOUSEWORK}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my ain knees are shot and I'm waiting on a hip op masel. I'm no sleeping for listening oot "
            "for her. And I'm no coping wi the caring",
            {CARER_HEALTH, SLEEP, CARER_COPING},
        ),
        ("my ain knees are shot", {CARER_HEALTH}),
        ("I'm waiting on a knee operation myself", {CARER_HEALTH}),
        (
            "my back is bad from helping him in and out of bed. I don't sleep. And my sister died and I've "
            "not had time to grieve",
            {CARER_HEALTH, SLEEP, BEREAVEMENT},
        ),
        ("my back is bad. I don't sleep.", {CARER_HEALTH, SLEEP}),
        ("me knees are killing me and I never sleep", {CARER_HEALTH, SLEEP}),
    ],
)
def test_a_carers_own_body_and_own_sleep(checklist: Checklist, text: str, expected: set[str]) -> None:
    assert found(checklist, text, CARER) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my man has his ain troubles wi his heart and I look efter him, wha'll dae that when I'm in for "
        "my operation. And I'm feart aboot the whole thing",
        "my husband has heart trouble and I look after him, who will do that when I'm in for my op. I'm "
        "scared about the whole thing",
    ],
)
def test_scots_caring_for_a_husband_and_fear(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {CARING, WORRY}


def test_getting_him_to_radiotherapy_every_day(checklist: Checklist) -> None:
    text = "getting him to the hospital every day for radiotherapy will be hard, none of us drive in the day"
    assert TRANSPORT in found(checklist, text, BEHALF)


@pytest.mark.parametrize(
    "text",
    [
        "we were planning to have kids and now I don't know if we can",
        "we wanted to have children and now we can't",
        "we were hoping to have children one day",
    ],
)
def test_kids_still_to_come_are_fertility(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {SEX}


def test_kids_already_here_are_the_children(checklist: Checklist) -> None:
    assert CHILDREN in found(checklist, "I want to have the kids over at christmas")


def test_a_widower_alone(checklist: Checklist) -> None:
    text = "I miss my wife terribly since she passed. I don't see anyone from one week to the next"
    assert found(checklist, text) == {BEREAVEMENT, LONELY}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("he's not got over me mam dying in june", BEHALF),
        ("she never got over her husband dying last year", BEHALF),
        ("I've not got over my dad dying", "self"),
    ],
)
def test_not_over_a_death_is_grief_not_the_end_of_life(checklist: Checklist, text: str, role: str) -> None:
    assert found(checklist, text, role) == {BEREAVEMENT}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("she hasn't really accepted that she has cancer", BEHALF),
        ("he won't accept that he has cancer", BEHALF),
        ("I haven't really accepted that I have cancer", "self"),
    ],
)
def test_not_accepting_the_cancer_is_coping(checklist: Checklist, text: str, role: str) -> None:
    assert found(checklist, text, role) == {COPING}


@pytest.mark.parametrize(
    "text",
    [
        "getting her to the hospital every day will be a struggle, nobody drives in our house. She's in pain",
        "None of us drive and he has radiotherapy daily. He's barely eating",
    ],
)
def test_getting_them_to_hospital_beside_other_concerns_is_transport(checklist: Checklist, text: str) -> None:
    assert "transport_or_parking" in found(checklist, text, "on_behalf")
