"""One person not talking, to no one named, is speech or withdrawal, not trouble between people.
Sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "since the surgery on my tongue I can't talk so I stay in",
        "Grandad lies on the settee and doesn't talk, he's really down",
    ],
)
def test_not_talking_to_no_one_named_is_not_a_relationship(checklist: Checklist, text: str) -> None:
    assert "relationships" not in found(checklist, text, "on_behalf")


@pytest.mark.parametrize(
    "text",
    [
        "me and my partner don't talk any more",
        "my wife won't talk to me about the scan",
    ],
)
def test_not_talking_to_someone_stays(checklist: Checklist, text: str) -> None:
    assert "relationships" in found(checklist, text)
