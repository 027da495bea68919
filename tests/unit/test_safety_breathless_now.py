"""Breathlessness said as a change, later in the sentence: narrowing "puffed out" to a change (so "I get
puffed out on the stairs" raises nothing) had also quietened "puffed out just sitting in the chair
today" and "puffed out and grey". Oxygen or an inhaler that is not helping is asked about too."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import EMERGENCY, any_alarm, clear_kinds, possible_kinds


@pytest.mark.parametrize(
    "text",
    [
        "mum's puffed out just sitting in the chair today",
        "he's puffed out lying in bed, which he never is",
        "my son is puffed out and grey",
        "I'm breathless this evening and it came on suddenly",
        "she's on oxygen and it doesn't seem to be helping tonight",
        "his inhaler is not really helping him today",
    ],
)
def test_breathless_now_is_asked_about(text: str) -> None:
    assert EMERGENCY in possible_kinds(text) + clear_kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I get puffed out walking up to the shop",
        "dad's out of breath on the stairs with his copd, always has been",
    ],
)
def test_breathless_as_usual_is_not(text: str) -> None:
    assert not any_alarm(text), text
