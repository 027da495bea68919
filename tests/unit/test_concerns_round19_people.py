"""Round 19's people, in other words: someone on their own a lot, or by themselves most of the time, is
cut off (loneliness), and giving up the car said beside it is no transport concern unless getting
somewhere is said to be hard. Living alone told beside a concern of the body or the day ("lives on his own
and can't do his cooking") says who there is to see to it, not loneliness; told on its own, beside a
feeling, or with loneliness said outright, it is loneliness. A house named as where someone lives is not
a housing concern; rent, damp, a landlord or a lift that never works are. Every message here was written
for these tests (none is from an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

BEHALF = "on_behalf"
CARER = "carer_for_self"
LONELY = "loneliness_or_isolation"
HOUSEWORK = "housework_and_shopping"
TRANSPORT = "transport_or_parking"
HOUSING = "housing"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("she's by herself most of the time since she gave up the car", BEHALF),
        ("he's on his own most of the time since he stopped driving", BEHALF),
        ("he's by himself most of the time since he gave up the car", CARER),
        ("I'm by myself most of the time since I gave up the car", "self"),
    ],
)
def test_on_their_own_most_of_the_time_since_giving_up_the_car_is_isolation(
    checklist: Checklist, text: str, role: str
) -> None:
    assert found(checklist, text, role) == {LONELY}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("mum's on her own a lot now dad's gone", BEHALF),
        ("mum's on her own a lot now dad's gone", CARER),
        ("my nan is on her own all the time", BEHALF),
    ],
)
def test_on_their_own_a_lot_is_isolation(checklist: Checklist, text: str, role: str) -> None:
    assert LONELY in found(checklist, text, role)


@pytest.mark.parametrize(
    "text",
    ["he hardly sees anyone these days", "she hardly sees anybody now", "he never sees anyone any more"],
)
def test_hardly_seeing_anyone_is_isolation(checklist: Checklist, text: str) -> None:
    assert found(checklist, text, BEHALF) == {LONELY}


@pytest.mark.parametrize(
    "text",
    [
        "she gave up driving and can't get to her appointments",
        "since he stopped driving it's a nightmare getting to the hospital",
    ],
)
def test_giving_up_driving_is_transport_when_getting_there_is_hard(checklist: Checklist, text: str) -> None:
    assert TRANSPORT in found(checklist, text, BEHALF)


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("he lives on his own and can't do his cooking or the shops any more", BEHALF, HOUSEWORK),
        ("I live on my own and can't do the cooking or the shopping any more", "self", HOUSEWORK),
        ("she lives alone, and she's not eating", BEHALF, "eating_or_appetite"),
        ("she lives alone, and she's not eating", CARER, "eating_or_appetite"),
        ("I live alone and I'm not eating much", "self", "eating_or_appetite"),
        ("dad lives by himself and can't manage the stairs", BEHALF, "walking_or_moving"),
        ("mum lives on her own and is in a lot of pain", BEHALF, "pain"),
    ],
)
def test_living_alone_told_beside_a_need_is_not_loneliness(
    checklist: Checklist, text: str, role: str, expected: str
) -> None:
    assert found(checklist, text, role) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "she lives alone and is so lonely",
        "he lives on his own and has nobody to talk to",
        "she lives alone and feels very isolated",
        "he lives on his own and never sees a soul",
    ],
)
def test_living_alone_and_lonely_is_loneliness(checklist: Checklist, text: str) -> None:
    assert LONELY in found(checklist, text, BEHALF)


@pytest.mark.parametrize(
    "text", ["I live alone", "I live on my own since the divorce", "I live on my own and it's hard"]
)
def test_living_alone_told_on_its_own_is_still_loneliness(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {LONELY}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("we live in a house, the toilet is upstairs and she can't get up the stairs to it", BEHALF),
        ("I live in a house and the toilet is upstairs, I can't get up the stairs", "self"),
        ("they live in a bungalow and he can't walk far", BEHALF),
    ],
)
def test_a_house_named_as_where_someone_lives_is_not_housing(
    checklist: Checklist, text: str, role: str
) -> None:
    assert found(checklist, text, role) == {"walking_or_moving"}


@pytest.mark.parametrize(
    "text",
    [
        "we live in a house that's too big for us now",
        "we live in a damp flat and the landlord won't fix it",
        "we live in a flat, the lift is always broken",
        "I live in a flat on the 3rd floor and there's no lift",
    ],
)
def test_a_home_that_is_the_trouble_is_still_housing(checklist: Checklist, text: str) -> None:
    assert HOUSING in found(checklist, text, BEHALF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he can't manage the shower by himself", "washing_and_dressing"),
        ("she can't get dressed by herself", "washing_and_dressing"),
        ("the hospital transport keeps letting us down", TRANSPORT),
        ("nobody has explained anything to her properly", "information_needs"),
        ("she's not eating, only a little rice", "eating_or_appetite"),
    ],
)
def test_said_plainly_on_someones_behalf(checklist: Checklist, text: str, expected: str) -> None:
    assert found(checklist, text, BEHALF) == {expected}


def test_doing_a_thing_by_oneself_is_not_isolation(checklist: Checklist) -> None:
    assert LONELY not in found(checklist, "I can't manage the shower by myself")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I'd like to talk about the end of my life and where I want to be cared for", "end_of_life_wishes"),
        ("I don't want to be cared for in a hospital at the end", "end_of_life_wishes"),
    ],
)
def test_being_cared_for_is_care_received_not_caring_for_someone(
    checklist: Checklist, text: str, item: str
) -> None:
    assert found(checklist, text, "self") == {item}


def test_caring_for_someone_is_still_caring(checklist: Checklist) -> None:
    assert "caring_responsibilities" in found(
        checklist, "I've been caring for my disabled son for years", "self"
    )
