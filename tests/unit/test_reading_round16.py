"""What the sixteenth blind set of people showed (issue #13), in other words than theirs: an answer to
"who is this support for?" that gives the option's number beside words ("me mate, 1", where "mate" is a
word for the reader, not "my mate"), and hair that is falling (out), which is how a person looks, not a
fall."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.intake import parsing
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("me mate, 1", "self"),
        ("me pal. 1", "self"),
        ("1 - me", "self"),
        ("1 its me love", "self"),
        ("2, I look after my dad", "carer_for_self"),
        ("3 for my nan", "on_behalf"),
        ("for me da, 3", "on_behalf"),
    ],
)
def test_the_options_number_beside_words_that_agree_or_say_nothing_clear(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize("text", ["my brother, 1", "1, my husband has it"])
def test_a_number_against_the_words_is_asked_again(text: str) -> None:
    assert parsing.parse_role(text) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [("me mate has got bowel cancer", "on_behalf"), ("it's for me mate", "on_behalf"), ("me", "self")],
)
def test_without_a_number_me_mate_is_still_my_mate(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "i am very tired. hair falling. and money",
        "my hair is falling, I hate the mirror",
        "hair keeps falling on the pillow",
    ],
)
def test_hair_falling_is_appearance_not_a_fall(checklist: Checklist, text: str) -> None:
    items = found(checklist, text)
    assert "skin_or_appearance" in items and "walking_or_moving" not in items


def test_a_fall_beside_hair_falling_is_both(checklist: Checklist) -> None:
    assert {"skin_or_appearance", "walking_or_moving"} <= found(
        checklist, "my hair keeps falling and I keep falling over in the kitchen"
    )
