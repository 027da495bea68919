"""A person who "is sick" is ill, not nauseous; food that won't go down is swallowing, not low mood.
Sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "my brother is also sick so there is nobody to help me",
        "now I am sick, who pays the rent?",
    ],
)
def test_being_ill_is_not_nausea(checklist: Checklist, text: str) -> None:
    assert "eating_or_appetite" not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    ["I feel sick after every meal", "I've been sick three times today", "I am sick every evening"],
)
def test_nausea_stays(checklist: Checklist, text: str) -> None:
    assert "eating_or_appetite" in found(checklist, text)


def test_food_that_will_not_go_down_is_not_low_mood(checklist: Checklist) -> None:
    assert "sadness_or_depression" not in found(checklist, "the soup won't go down, my throat is raw")
    assert "sadness_or_depression" in found(checklist, "I feel really down most days")
