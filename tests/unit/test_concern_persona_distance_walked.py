"""A distance walked with nothing hard about it is how someone gets there, not trouble walking.
Sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


def test_a_distance_walked_is_not_trouble_walking(checklist: Checklist) -> None:
    text = "the clinic is across town, I walk 50 minutes each way because I have no bus fare"
    assert "walking_or_moving" not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    ["I can only walk 5 minutes now", "I walk 15 minutes and I'm puffed out, my legs ache"],
)
def test_a_short_or_hard_walk_stays(checklist: Checklist, text: str) -> None:
    assert "walking_or_moving" in found(checklist, text)
