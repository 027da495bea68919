"""Postgraduate and vocational courses are education. Sentences written for these tests (not from any
eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "my PhD funding runs out and I've done nothing since the diagnosis",
        "supposed to hand my thesis in next month",
        "I've fallen way behind on my NVQ",
    ],
)
def test_courses_are_education(checklist: Checklist, text: str) -> None:
    assert "work_or_education" in found(checklist, text)
