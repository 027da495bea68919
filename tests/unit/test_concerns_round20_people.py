"""Round 20's people, in other words: a carer's sleep lost to the one they look after being up in the
night is the carer's own sleep, and that one's cough, told only as why, is not the carer's breathing; "all
the running about after her" is the strain of caring, not the runs; a carer swamped, snowed under or barely
keeping their head above water with the caring is coping with caring; things tense between a couple are
the relationship, not nerves; not getting out to the shops is shopping, not loneliness, unless being stuck
in or lonely is said too; and a child's sadness or anger ("my daughter is 9 and she is sad, she does not
understand") is the worry about the children, not the writer's own feeling nor the relationship. Every
message here was written for these tests (none is from an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

BEHALF = "on_behalf"
CARER = "carer_for_self"
CARER_HEALTH = "carer_own_health"
CARER_COPING = "carer_coping"
SLEEP = "sleep"
BREATHING = "breathing"
HOUSEWORK = "housework_and_shopping"
LONELY = "loneliness_or_isolation"
TIRED = "tiredness_or_fatigue"
CHILDREN = "children"
RELATIONSHIPS = "relationships"


def test_a_carers_knees_hip_running_about_and_broken_nights(checklist: Checklist) -> None:
    text = (
        "my knees are gone and I'm waiting on a new hip. I can't cope with all the running about after "
        "her. and I never get a decent night's sleep because she's up coughing"
    )
    assert found(checklist, text, CARER) == {CARER_HEALTH, CARER_COPING, SLEEP}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I never get a decent night's sleep because she's up coughing", {SLEEP}),
        ("I never sleep cos he's up coughing half the night", {SLEEP}),
        ("he's up coughing all night so I never get any sleep", {SLEEP}),
        (
            "my back is bad and I never get a decent night's sleep because he's up coughing",
            {CARER_HEALTH, SLEEP},
        ),
    ],
)
def test_a_carers_sleep_lost_to_the_one_they_look_after_is_their_sleep(
    checklist: Checklist, text: str, expected: set[str]
) -> None:
    assert found(checklist, text, CARER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("his cough is terrible", {BREATHING}),
        ("I can't sleep because he's in so much pain at night", {SLEEP, "pain"}),
        ("The stress is making me ill. I've lost weight, I'm not sleeping", {CARER_HEALTH}),
    ],
)
def test_what_a_carer_tells_of_the_one_they_look_after_still_counts(
    checklist: Checklist, text: str, expected: set[str]
) -> None:
    assert found(checklist, text, CARER) == expected


@pytest.mark.parametrize(
    "text", ["I'm waiting on a new hip", "my knees are shot and I'm waiting for a new knee"]
)
def test_a_carers_new_hip_or_knee_is_their_own_health(checklist: Checklist, text: str) -> None:
    assert found(checklist, text, CARER) == {CARER_HEALTH}


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("I can't cope with all the running about after him", CARER, {CARER_COPING}),
        ("I can't cope with all the running about to appointments", "self", {"coping_with_diagnosis"}),
        ("I've got the runs from the chemo", "self", {"bladder_or_bowels"}),
    ],
)
def test_the_running_about_is_not_the_runs(
    checklist: Checklist, text: str, role: str, expected: set[str]
) -> None:
    assert found(checklist, text, role) == expected


@pytest.mark.parametrize(
    "text",
    [
        "completely swamped with the caring",
        "barely keeping my head above water with the caring",
        "drowning with looking after him",
        "snowed under with looking after mum",
        "totally swamped looking after mum",
    ],
)
def test_swamped_with_the_caring_is_coping_with_caring(checklist: Checklist, text: str) -> None:
    assert found(checklist, text, CARER) == {CARER_COPING}


def test_a_carers_head_above_water_with_the_bills_is_money(checklist: Checklist) -> None:
    assert found(checklist, "just about keeping our heads above water with the bills", CARER) == {
        "money_or_finance"
    }


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I haven't told my boyfriend yet and things are tense between us", "self"),
        ("she hasn't told her boyfriend yet and things are tense between them", BEHALF),
    ],
)
def test_things_tense_between_a_couple_is_the_relationship(
    checklist: Checklist, text: str, role: str
) -> None:
    assert found(checklist, text, role) == {RELATIONSHIPS}


def test_feeling_tense_is_still_worry(checklist: Checklist) -> None:
    assert found(checklist, "I'm tense all the time") == {"worry_fear_or_anxiety"}


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("I'm shattered all the time. I can't get out to the shops for my bits", "self", {TIRED, HOUSEWORK}),
        (
            "she's shattered all the time. she can't get out to the shops for her bits",
            BEHALF,
            {TIRED, HOUSEWORK},
        ),
        ("I couldn't get out to the shops last week, I was shattered", "self", {TIRED, HOUSEWORK}),
        ("I can't get out to the shops any more", "self", {HOUSEWORK}),
        ("he can't get out for his shopping", BEHALF, {HOUSEWORK}),
    ],
)
def test_not_getting_out_to_the_shops_is_shopping(
    checklist: Checklist, text: str, role: str, expected: set[str]
) -> None:
    assert found(checklist, text, role) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm stuck in, I can't get out to the shops or see anyone", "self"),
        ("I'm lonely, I can't get out to the shops", "self"),
        ("she can't get out to the shops any more and she's lonely", BEHALF),
    ],
)
def test_not_getting_out_to_the_shops_and_stuck_in_or_lonely_is_both(
    checklist: Checklist, text: str, role: str
) -> None:
    assert found(checklist, text, role) == {HOUSEWORK, LONELY}


def test_not_getting_out_of_the_house_is_still_isolation(checklist: Checklist) -> None:
    assert found(checklist, "I can't get out of the house") == {LONELY}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("my daughter is 9 and she is sad, she does not understand", "self"),
        ("his daughter is 9 and she is sad, she does not understand", BEHALF),
        ("our daughter is 9 and she is sad, she does not understand", CARER),
        ("her son is 8 and he's really upset, he doesn't understand", BEHALF),
        ("my son is 7 and he's sad all the time", "self"),
        ("my son is 12 and he is angry all the time", "self"),
    ],
)
def test_a_childs_sadness_is_the_worry_about_the_children(checklist: Checklist, text: str, role: str) -> None:
    assert found(checklist, text, role) == {CHILDREN}


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is 9 and I am so sad",
        "my son is 7 and he doesn't understand, I'm so sad",
        "I'm sad and my daughter doesn't understand",
    ],
)
def test_the_writers_own_sadness_beside_the_children_stays(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {CHILDREN, "sadness_or_depression"}
