"""Round 22's people, more of them, in other words: "I'm not the same" is a change in someone, and takes
back nothing said after it ("he's not the same man and we're always arguin"); a husband or wife saying
the writer has changed ("the hubby reckons I've changed") is relationships, and so is rowing with them,
in text-speak too; "my two boys", "my 3 lads", "my wee girls" are children, as "my boys" is; and "I've
always been a sound sleeper" is no sleep trouble, where "a lousy sleeper" and "I used to be a good
sleeper" are. Every message here was written for these tests (none is from an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

WORRY = "worry_fear_or_anxiety"
SLEEP = "sleep"
MEMORY = "memory_or_concentration"
CHILDREN = "children"
RELATIONSHIPS = "relationships"
PAIN = "pain"
MONEY = "money_or_finance"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "keep worryin the cancers back, my heads all over the place at work, and the wife reckons "
            "ive changed, we're always arguin",
            {WORRY, MEMORY, RELATIONSHIPS},
        ),
        ("i'm not the same and we keep rowin", {RELATIONSHIPS}),
        ("he's not the same man since and we're forever bickerin", {RELATIONSHIPS}),
        ("she's not the same and we keep fallin out", {RELATIONSHIPS}),
        ("i'm not the same and me and the hubby are forever arguin", {RELATIONSHIPS}),
    ],
)
def test_not_the_same_takes_back_nothing_after_it(
    checklist: Checklist, text: str, expected: set[str]
) -> None:
    assert found(checklist, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my wife says I've changed",
        "the hubby reckons I've changed so much",
        "my husband says I'm different now",
        "the other half keeps saying I'm a different person since the chemo",
        "my partner tells me I'm not the same",
        "my girlfriend thinks I'm not the man she met",
        "hubby always says I've become a different person",
    ],
)
def test_a_partner_saying_the_writer_has_changed_is_relationships(checklist: Checklist, text: str) -> None:
    assert RELATIONSHIPS in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "my wife says I've changed my diet too much",
        "my husband says I'm doing really well",
        "my wife says I'm looking better",
        "the consultant says I'm not the same as last time",
        "I'm just not the same since the op",
    ],
)
def test_what_a_partner_says_that_is_no_change_in_the_writer(checklist: Checklist, text: str) -> None:
    assert RELATIONSHIPS not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I've no idea how to tell my two boys",
        "I dont know what to say to my two girls",
        "how do I break it to my 3 lads",
        "what do I say to my three kids",
        "I don't know how to tell my wee girls",
        "scared for my two little boys",
    ],
)
def test_children_counted_or_called_small_are_children(checklist: Checklist, text: str) -> None:
    assert CHILDREN in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    ["my two dogs keep me going", "my wee dog is good company", "I've two sisters nearby"],
)
def test_counted_things_that_are_not_children(checklist: Checklist, text: str) -> None:
    assert CHILDREN not in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I've always been a sound sleeper", set()),
        ("I'm a really deep sleeper, it's the pain in my hip that gets me", {PAIN}),
        ("always been a heavy sleeper so no bother there, but money is tight", {MONEY}),
    ],
)
def test_a_good_sleeper_is_no_sleep_trouble(checklist: Checklist, text: str, expected: set[str]) -> None:
    assert found(checklist, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm a lousy sleeper",
        "I used to be a great sleeper",
        "I was always a good sleeper",
        "never been a good sleeper",
        "I'm not a sound sleeper",
        "I'm no longer a heavy sleeper",
        "I've always been a good sleeper but now I'm up at 4 every night",
    ],
)
def test_a_sleeper_who_is_not_good_now_is_sleep(checklist: Checklist, text: str) -> None:
    assert SLEEP in found(checklist, text)
