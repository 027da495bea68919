"""Someone's past stroke, named to say who they are, is set aside ("my husband who had a stroke, so I
can't rest my leg"); a sign of a stroke now beside it is not ("my wife who had a stroke has gone floppy
on one side"). The set-aside had at first quietened those too."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import EMERGENCY, any_alarm, clear_kinds, possible_kinds


@pytest.mark.parametrize(
    "text",
    [
        "my husband who had a stroke is slurring now",
        "my wife who had a stroke has gone floppy on one side",
        "my mum's arm has gone heavy down one side",
    ],
)
def test_a_sign_of_a_stroke_now_gets_help(text: str) -> None:
    assert EMERGENCY in clear_kinds(text), text


@pytest.mark.parametrize(
    "text",
    ["she has gone floppy on one side", "dad, who has had two strokes, is drooping on one side of his face"],
)
def test_one_side_gone_floppy_or_drooping_is_asked_about_at_least(text: str) -> None:
    assert EMERGENCY in clear_kinds(text) + possible_kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I look after my husband who had a stroke, so getting out is hard",
        "my dad, who had a stroke in 2019, needs help with the stairs",
    ],
)
def test_a_past_stroke_named_to_say_who_they_are_raises_nothing(text: str) -> None:
    assert not any_alarm(text), text
