"""Self-harm or an attempt long ago, told as history ("when I was 16 ... telling you because the form
asked"), is not asked about; said to be happening again, in the same sentence or a later one, it is a
risk now. Written in other words than the blind item that found it (a round 2 look-alike)."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import SUICIDE, assess, clear_kinds, possible_kinds


@pytest.mark.parametrize(
    "text",
    [
        "I overdosed when I was 16. I'm only telling you because the form asked about it.",
        "I self harmed when I was fifteen, mentioning it as the nurse said to",
        "cut my arms when i was 14, telling u in case it matters",
        "I cut myself when I was 14. I'd never do that again, telling you as the nurse asked",
    ],
)
def test_long_ago_and_told_as_history_is_not_asked_about(text: str) -> None:
    found = assess(text)
    assert not found.detections and not found.possible


@pytest.mark.parametrize(
    "text",
    [
        "I cut myself when I was 14. Telling you because I've started doing it again",
        "I overdosed when I was 16, telling you because I feel like doing it again tonight",
        "I tried to kill myself when I was 17 and I want to do it again now",
    ],
)
def test_long_ago_and_back_again_is_a_risk_now(text: str) -> None:
    assert SUICIDE in clear_kinds(text)


def test_long_ago_without_a_reason_for_telling_is_asked_about() -> None:
    assert SUICIDE in possible_kinds("I tried to kill myself when I was 17")
