"""What the twenty-third blind set of people showed (issue #13), in other words than theirs: a thumbs up
as the answer to a yes or no question."""

from __future__ import annotations

import pytest

from frontdoor.intake import parsing


@pytest.mark.parametrize("text", ["\U0001f44d", "\U0001f44d\U0001f3fd", "ok \U0001f44c", "\u2705"])
def test_a_thumbs_up_is_a_yes(text: str) -> None:
    assert parsing.parse_yes_no(text) is True
    assert parsing.read_privacy_answer(text) == (True, False)


def test_a_thumbs_down_is_a_no() -> None:
    assert parsing.parse_yes_no("\U0001f44e") is False


def test_a_smile_alone_is_no_answer() -> None:
    assert parsing.parse_yes_no("\U0001f642") is None
