"""A relative named only as where they live is not a concern about the children or trouble between
people; the same relative with something wrong stays. Sentences written for these tests (not from any
eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

FAMILY_ITEMS = {"children", "relationships"}


@pytest.mark.parametrize(
    "text",
    [
        "The stairs are beyond me now. My daughter is in Swindon and phones on a Friday.",
        "my grandson lives away so it's just me and the cat",
        "Her brothers are all back in Lagos, she has the hospital letters to sort and can't read them",
    ],
)
def test_a_relative_only_placed_is_no_family_concern(checklist: Checklist, text: str) -> None:
    assert not found(checklist, text) & FAMILY_ITEMS


@pytest.mark.parametrize(
    "text",
    [
        "my son is in Norwich and won't speak to me since the diagnosis",
        "my daughter is in bits and I don't know how to explain it to her",
        "my lad is in Cardiff and I worry how he's coping without me",
    ],
)
def test_a_relative_with_something_wrong_stays(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) & FAMILY_ITEMS


@pytest.mark.parametrize(
    "text",
    [
        "my knee is bad and my daughter works so I get the bus to clinic",
        "I can't get to the pub with the lads any more, I just stay in",
    ],
)
def test_a_relative_who_works_or_the_lads_is_no_family_concern(checklist: Checklist, text: str) -> None:
    assert "children" not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "the consultant reckons I might not be able to have children after this",
        "scared I'll never have kids now",
    ],
)
def test_children_that_may_never_come_are_fertility(checklist: Checklist, text: str) -> None:
    concerns = found(checklist, text)
    assert "children" not in concerns
    assert "sex_intimacy" in concerns


def test_children_the_writer_has_stay(checklist: Checklist) -> None:
    assert "children" in found(checklist, "I have kids of 5 and 8 and can't keep up with them")
