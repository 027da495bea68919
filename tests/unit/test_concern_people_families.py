"""Families of phrasing from whole answers people gave to "What is worrying you?", each tested on
sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("nothing much happening in the bedroom department these days", "sex_intimacy"),
        ("must decide on freezing eggs before more chemo, nobody explained it", "sex_intimacy"),
        ("my partner and I want a baby one day, will this stop that", "sex_intimacy"),
        ("me and my brother are at each other every time he visits", "relationships"),
        ("we are at each other constantly", "relationships"),
        ("I keep picturing what I'll look like after the operation", "skin_or_appearance"),
    ],
)
def test_everyday_names_for_an_item(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_wanting_a_baby_is_fertility_not_the_children(checklist: Checklist) -> None:
    assert "children" not in found(checklist, "we want a baby after all this, if my body lets us")


def test_dreading_a_named_thing_is_that_thing_not_a_worry_of_its_own(checklist: Checklist) -> None:
    assert found(checklist, "honestly I'm dreading my hair coming out") == {"skin_or_appearance"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm gasping for breath on the steps to the front door",
        "I get breathless, even going up the stairs at my daughter's",
        "short of breath climbing the stairs to bed",
    ],
)
def test_a_climb_after_breathlessness_says_when_it_comes(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {"breathing"}


@pytest.mark.parametrize(
    "text",
    [
        "I've no breath left and can't manage the stairs at all",
        "I can't get up the steps without stopping for breath",
    ],
)
def test_a_climb_that_is_itself_the_trouble_stays_a_walking_concern(checklist: Checklist, text: str) -> None:
    assert {"breathing", "walking_or_moving"} <= found(checklist, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("he's fretting about who pays for his funeral", "on_behalf"),
        ("she keeps telling me which hymns she wants for her funeral", "carer_for_self"),
    ],
)
def test_a_funeral_planned_ahead_is_an_end_of_life_wish_not_grief(
    checklist: Checklist, text: str, role: str
) -> None:
    items = found(checklist, text, role)
    assert "end_of_life_wishes" in items
    assert "bereavement" not in items


def test_a_funeral_that_has_happened_is_still_grief(checklist: Checklist) -> None:
    assert "bereavement" in found(checklist, "I've not been right since her funeral in March")


def test_too_late_is_a_time_not_a_late_husband(checklist: Checklist) -> None:
    assert "bereavement" not in found(
        checklist, "she wants to sort her affairs, and she's scared it will be too late"
    )


@pytest.mark.parametrize(
    "text", ["I worry what will happen when I can't manage by myself", "I'm scared what happens next"]
)
def test_worrying_what_will_happen_is_a_worry_not_a_question(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {"worry_fear_or_anxiety"}


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("the lift in our block is never working and I'm on the ninth floor", "housing"),
        ("I've not seen my grandchildren for months now", "loneliness_or_isolation"),
    ],
)
def test_a_home_that_traps_and_family_not_seen(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


@pytest.mark.parametrize(
    "text", ["I can't keep on top of the washing any more", "he does the cleaning and washing now, badly"]
)
def test_the_households_washing_is_housework_not_washing_oneself(checklist: Checklist, text: str) -> None:
    items = found(checklist, text, "carer_for_self")
    assert "washing_and_dressing" not in items
    assert "housework_and_shopping" in items


def test_washing_oneself_stays(checklist: Checklist) -> None:
    assert "washing_and_dressing" in found(
        checklist, "I need a hand with the washing and dressing in the morning"
    )


def test_especially_when_adds_a_time_to_the_clause_before(checklist: Checklist) -> None:
    assert found(checklist, "my hip hurts all day, especially when I walk") == {"pain"}


@pytest.mark.parametrize(
    "text",
    ["my knee throbs every evening", "my legs swell up every evening", "the scar on my knee looks awful"],
)
def test_a_limb_named_with_another_concern_says_where_it_is(checklist: Checklist, text: str) -> None:
    assert "walking_or_moving" not in found(checklist, text)


def test_a_limb_that_cannot_do_something_is_walking(checklist: Checklist) -> None:
    assert "walking_or_moving" in found(checklist, "I can't get my leg up onto the step")


@pytest.mark.parametrize("text", ["I'm on me tod most days now", "just me and the telly for company now"])
def test_everyday_ways_of_saying_alone(checklist: Checklist, text: str) -> None:
    assert "loneliness_or_isolation" in found(checklist, text)


def test_lying_awake_worrying_about_a_person_keeps_the_worry(checklist: Checklist) -> None:
    items = found(checklist, "can't get to sleep for worrying about him", "carer_for_self")
    assert {"sleep", "worry_fear_or_anxiety"} <= items
