"""Families from round 10's people, in other words: a job that is cleaning, keeping on top of something
other than the house, a tired state named after "when", living alone, the small hours, a carer worn down,
closeness said politely. Sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "I work as a cleaner in an office and I'm scared I'll lose the job",
        "I'm a cleaner at the hospital and can't go back to work yet",
        "I'm a cleaner, worried about the job",
    ],
)
def test_cleaning_for_a_living_is_work_not_housework(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "housework_and_shopping" not in got
    assert "work_or_education" in got


def test_needing_a_cleaner_is_still_housework(checklist: Checklist) -> None:
    assert "housework_and_shopping" in found(checklist, "we need a cleaner, I can't do the house any more")


@pytest.mark.parametrize(
    "text",
    ["struggling to keep on top of my job", "can't keep on top of the coursework since the surgery"],
)
def test_keeping_on_top_of_something_named_is_not_the_house(checklist: Checklist, text: str) -> None:
    assert "housework_and_shopping" not in found(checklist, text)


def test_keeping_on_top_of_the_house_stays(checklist: Checklist) -> None:
    assert "housework_and_shopping" in found(checklist, "I can't keep on top of the house")


def test_a_tired_state_after_when_is_tiredness(checklist: Checklist) -> None:
    got = found(checklist, "getting my job done when I'm wiped out for a week after every round")
    assert {"tiredness_or_fatigue", "work_or_education"} <= got


@pytest.mark.parametrize("text", ["on my own since the autumn. knees are bad", "Bowels. On me own now"])
def test_a_sentence_opening_on_my_own_is_living_alone(checklist: Checklist, text: str) -> None:
    assert "loneliness_or_isolation" in found(checklist, text)


def test_doing_something_on_my_own_is_not_loneliness(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" not in found(checklist, "I can't get in the bath on my own")


@pytest.mark.parametrize("text", ["some days I see nobody at all", "I've seen no one since Tuesday"])
def test_seeing_nobody_is_loneliness(checklist: Checklist, text: str) -> None:
    assert "loneliness_or_isolation" in found(checklist, text)


@pytest.mark.parametrize("text", ["I'm still up at 4am going over it all", "awake till 2 in the morning"])
def test_awake_in_the_small_hours_is_sleep(checklist: Checklist, text: str) -> None:
    assert "sleep" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "looking after dad full time and I don't think I can keep this up",
        "cant keep up with it all, him and the kids",
    ],
)
def test_a_carer_who_cannot_keep_it_up_is_coping_with_caring(checklist: Checklist, text: str) -> None:
    assert "carer_coping" in found(checklist, text, "carer_for_self")


def test_that_department_is_intimacy(checklist: Checklist) -> None:
    assert "sex_intimacy" in found(
        checklist, "me and the wife, nothing doing in that department since the op"
    )
