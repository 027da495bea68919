"""Families of phrasing the concerns reader learned in round 13, each on sentences written for these
tests (not from any eval set): a problem taken back as "not an issue", where a toilet is, Scots
"cannae keep gaun", children wanted or hoped for later (fertility), and ", even after sleep" as when."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "The bills are not an issue, we manage fine",
        "money's not an issue for us thankfully",
    ],
)
def test_not_an_issue_takes_money_back(checklist: Checklist, text: str) -> None:
    assert "money_or_finance" not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "the only loo is downstairs and I can't get down there at night",
        "our bathroom is upstairs and the stairs are beyond me now",
    ],
)
def test_where_the_toilet_is_is_not_the_bowels(checklist: Checklist, text: str) -> None:
    assert "bladder_or_bowels" not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I dinnae ken how I'll keep gaun, he's up every hour",
        "whiles I cannae keep gaun wi aw the running about for her",
    ],
)
def test_scots_keep_gaun_is_carer_coping(checklist: Checklist, text: str) -> None:
    assert "carer_coping" in found(checklist, text, role="carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "my partner and I want children and I'm scared the treatment stops that",
        "does radiotherapy ruin your chances of having kids later on",
    ],
)
def test_children_wanted_or_hoped_for_later_are_fertility(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "sex_intimacy" in got
    assert "children" not in got


def test_wanting_my_own_children_looked_after_is_not_fertility(checklist: Checklist) -> None:
    got = found(checklist, "I want my kids to be looked after when I'm in hospital")
    assert "sex_intimacy" not in got


@pytest.mark.parametrize(
    "text",
    [
        "I'm worn out all day, even after a full night's sleep",
        "exhausted constantly, even after sleeping ten hours",
    ],
)
def test_even_after_sleep_is_when_the_tiredness_comes(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "tiredness_or_fatigue" in got
    assert "sleep" not in got
