"""'It's nothing' said of money is an amount, not a loss of meaning; on one's own with the children
is a concern about the children, not loneliness; "a 9 year old" is a child. Sentences written for
these tests (not from any eval set)."""

from __future__ import annotations

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


def test_nothing_as_an_amount_is_not_meaning(checklist: Checklist) -> None:
    assert "meaning_or_purpose" not in found(checklist, "the rent is due and the pension, its nothing.")


def test_a_life_with_nothing_in_it_stays_meaning(checklist: Checklist) -> None:
    assert "meaning_or_purpose" in found(checklist, "I feel like I'm nothing now, what's the point of me")


def test_on_my_own_with_the_children_is_the_children(checklist: Checklist) -> None:
    concerns = found(checklist, "my kids are 3 and 5 and I'm on my own with them till teatime")
    assert "loneliness_or_isolation" not in concerns
    assert "children" in concerns


def test_on_my_own_with_my_thoughts_stays_lonely(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(checklist, "I'm on my own with my thoughts every evening")


def test_a_child_named_by_age_is_the_children(checklist: Checklist) -> None:
    concerns = found(checklist, "I have a 9 year old and I can't work out how to explain it to her")
    assert "children" in concerns
    assert "information_needs" not in concerns
