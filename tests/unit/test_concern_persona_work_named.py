"""Work named only as a time, a routine or what a treatment does is not a worry about work; work at
risk, missed, behind or short of money is. Sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

WORK = "work_or_education"


@pytest.mark.parametrize(
    "text",
    [
        "Dad sits in the flat by himself while I'm at work and he never sees a soul",
        "I work early mornings and then I sit with him till bedtime",
        "my brother and I both work so grandma has nobody with her in the daytime",
        "I lie awake wondering what happens if the new tablets don't work",
        "the chemo isn't working and they want to talk about what comes next",
    ],
)
def test_work_only_named_is_not_a_work_concern(checklist: Checklist, text: str) -> None:
    assert WORK not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I work in a care home. They won't pay me while I'm off sick",
        "I work at the garage, no shifts no pay, and the rent is due",
        "I'm way behind at work and my manager has noticed",
        "worried about my job",
        "I work nights and have to sleep in the day around his appointments",
    ],
)
def test_work_at_risk_stays(checklist: Checklist, text: str) -> None:
    assert WORK in found(checklist, text)
