"""Families from round 29's people, in other words: hair, teeth or nails that fall out are no quarrel,
and money that is tight is not a pair of tights. Sentences written for these tests (not from any eval
set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "his hair is falling out in clumps since the treatment",
        "Mum's teeth keep falling out and she won't eat",
        "my nails are falling out from the chemo",
    ],
)
def test_hair_falling_out_is_no_quarrel(checklist: Checklist, text: str) -> None:
    assert "relationships" not in found(checklist, text)


@pytest.mark.parametrize(
    "text", ["me and my sister keep falling out", "her hair's going and she's falling out with everyone"]
)
def test_falling_out_with_people_is_still_the_relationship(checklist: Checklist, text: str) -> None:
    assert "relationships" in found(checklist, text)


@pytest.mark.parametrize(
    "text", ["cash is tight on universal credit", "things are tight on my pension", "it's tight on ESA"]
)
def test_money_tight_on_an_income_is_not_dressing(checklist: Checklist, text: str) -> None:
    assert "washing_and_dressing" not in found(checklist, text)


@pytest.mark.parametrize("text", ["can't get my tights on in the morning", "I need help to put my tights on"])
def test_tights_are_still_dressing(checklist: Checklist, text: str) -> None:
    assert "washing_and_dressing" in found(checklist, text)
