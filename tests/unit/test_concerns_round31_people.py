"""Round 31's people, in other words: concerns read as the person meant them."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import load_checklist
from frontdoor.checklist.matching import match_concerns

CHECKLIST = load_checklist()
CARER = "carer_for_self"


def test_a_carers_angina_left_untended_is_their_health_not_the_housework() -> None:
    said = "I've got angina myself and I'm not keeping on top of it"
    assert match_concerns(said, CHECKLIST, CARER) == ["carer_own_health"]


def test_the_house_not_kept_on_top_of_is_still_the_housework() -> None:
    assert match_concerns("the house is a tip, I can't keep on top of it", CHECKLIST) == [
        "housework_and_shopping"
    ]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("she's not able to keep much down, even water", "eating_or_appetite"),
        ("the grandweans don't understand why granny is poorly", "children"),
        ("I've had an upset tummy since the tablets", "bladder_or_bowels"),
        ("who'll run the salon while I'm off", "work_or_education"),
    ],
)
def test_said_in_everyday_words(text: str, item: str) -> None:
    assert item in match_concerns(text, CHECKLIST)


def test_a_wait_doing_my_head_in_is_worry_not_temper() -> None:
    assert match_concerns("waiting on the biopsy is doing my head in", CHECKLIST) == ["worry_fear_or_anxiety"]
