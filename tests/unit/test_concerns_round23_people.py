"""Round 23's people, in other words: what to say to "my boys" or "our daughter" is the children, not a
want of information, and so is a worry for a son or daughter, grown up or not (a daughter's pregnancy is
no fertility concern of the writer's); running the home is no strain of caring; a carer missing him or
her, or the house empty without them, is grief, and so is a loss dreaded ("dreading losing her"); dealing
with the bank is money, not coping with the news; and being laid off, made redundant or let go is work.
Every message here was written for these tests (none is from an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

CARER = "carer_for_self"
ON_BEHALF = "on_behalf"
CHILDREN = "children"
INFO = "information_needs"
TIRED = "tiredness_or_fatigue"
WORK = "work_or_education"
MONEY = "money_or_finance"
CARER_COPING = "carer_coping"
BEREAVEMENT = "bereavement"
LONELY = "loneliness_or_isolation"
SLEEP = "sleep"
WORRY = "worry_fear_or_anxiety"
WASHING = "washing_and_dressing"
SEX = "sex_intimacy"
COPING = "coping_with_diagnosis"
HOUSING = "housing"


def test_shifts_the_home_the_girls_and_money(checklist: Checklist) -> None:
    text = (
        "I do shifts at the depot and run the house all day, I'm exhausted. No idea how to explain it to "
        "my two girls. And we're short of cash since my hours were cut"
    )
    assert found(checklist, text) == {TIRED, CHILDREN, MONEY, WORK}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("not sure what to say to my son", "self"),
        ("how do I break it to our daughter", "self"),
        ("I can't think how to explain to my lads", "self"),
        ("what am I meant to tell my little girl", "self"),
        ("I have no idea how to tell our boys", CARER),
        ("she doesn't know how to explain it to her grandson", ON_BEHALF),
    ],
)
def test_what_to_tell_the_children_is_the_children(checklist: Checklist, text: str, role: str) -> None:
    assert found(checklist, text, role) == {CHILDREN}


@pytest.mark.parametrize(
    "text", ["I told the lads at work", "explain to my boss", "I told the girls in the office"]
)
def test_telling_someone_else_is_not_the_children(checklist: Checklist, text: str) -> None:
    assert CHILDREN not in found(checklist, text)


@pytest.mark.parametrize(
    "text", ["I need someone to explain my treatment", "can someone explain what the scan showed"]
)
def test_something_to_be_explained_is_still_information(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert INFO in got
    assert CHILDREN not in got


@pytest.mark.parametrize(
    "text",
    [
        "I'm on nights at the depot and I do everything at home, I'm shattered",
        "I do everything in the house as well as my job",
    ],
)
def test_running_the_home_is_no_strain_of_caring(checklist: Checklist, text: str) -> None:
    assert CARER_COPING not in found(checklist, text, CARER)


@pytest.mark.parametrize(
    "text",
    [
        "I do everything for him and I'm shattered",
        "looking after her, I do everything at home and I'm on my knees",
        "I do everything, no help at all",
    ],
)
def test_doing_everything_for_the_one_cared_for_is_strain(checklist: Checklist, text: str) -> None:
    assert CARER_COPING in found(checklist, text, CARER)


def test_a_carer_missing_him_the_quiet_the_papers_and_no_sleep(checklist: Checklist) -> None:
    text = (
        "Miss him so much. Everything's so quiet now. I can't face sorting out the building society and "
        "his life insurance. Hardly sleeping."
    )
    assert found(checklist, text, CARER) == {BEREAVEMENT, LONELY, MONEY, SLEEP}


@pytest.mark.parametrize(
    "text",
    [
        "I miss him so much",
        "missing him terribly",
        "the house is so quiet without her",
        "I'm lost without him",
        "missing her so much, the bungalow is empty without her",
    ],
)
def test_a_carer_missing_the_one_they_cared_for_is_grief(checklist: Checklist, text: str) -> None:
    assert BEREAVEMENT in found(checklist, text, CARER)


@pytest.mark.parametrize(
    "text",
    [
        "she is missing her friends",
        "I missed her appointment",
        "I miss him when he's in respite",
        "I miss her, she's not the same woman any more",
        "he misses his work",
    ],
)
def test_missing_what_is_still_here_is_not_grief(checklist: Checklist, text: str) -> None:
    assert BEREAVEMENT not in found(checklist, text, CARER)


@pytest.mark.parametrize("text", ["I don't know how to deal with the bank and the bills"])
@pytest.mark.parametrize("role", ["self", CARER])
def test_dealing_with_the_bank_is_money_not_coping(checklist: Checklist, text: str, role: str) -> None:
    assert found(checklist, text, role) == {MONEY}


def test_dealing_with_it_all_is_still_coping(checklist: Checklist) -> None:
    assert found(checklist, "I don't know how to deal with this") == {COPING}


def test_a_job_caring_and_a_loss_dreaded(checklist: Checklist) -> None:
    text = "holding down a job and looking after her, I'm letting everyone down, and I'm dreading losing her"
    got = found(checklist, text, CARER)
    assert {WORK, CARER_COPING, BEREAVEMENT} <= got
    assert got - {WORRY} == {WORK, CARER_COPING, BEREAVEMENT}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("dreading the day we lose mum", CARER),
        ("I dread losing my wife", CARER),
        ("I fear losing him", CARER),
        ("dreading losing my husband", "self"),
        ("grieving for him already and he's still here", CARER),
    ],
)
def test_a_loss_dreaded_is_grief_begun(checklist: Checklist, text: str, role: str) -> None:
    assert BEREAVEMENT in found(checklist, text, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("dreading his next scan", CARER),
        ("dreading losing my job", CARER),
        ("dreading losing my hair", "self"),
        ("I'm terrified we're going to lose her", "self"),
    ],
)
def test_a_dread_of_something_else_or_a_fright_is_not_grief(
    checklist: Checklist, text: str, role: str
) -> None:
    assert BEREAVEMENT not in found(checklist, text, role)


def test_tired_dressing_and_a_worry_for_a_daughter_expecting(checklist: Checklist) -> None:
    text = (
        "He's shattered all the time. He can't get dressed by himself now and hates needing me. And he's "
        "worried about our daughter who's due in May"
    )
    assert found(checklist, text, CARER) == {TIRED, WASHING, CHILDREN}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("she frets about our grandson", CARER),
        ("he's anxious about our daughter", CARER),
        ("worried about my daughter", "self"),
        ("scared for my son", "self"),
        ("I'm worried about my eldest daughter who's pregnant", "self"),
    ],
)
def test_a_worry_for_a_son_or_daughter_is_the_children(checklist: Checklist, text: str, role: str) -> None:
    got = found(checklist, text, role)
    assert CHILDREN in got
    assert SEX not in got


def test_wanting_to_get_pregnant_is_still_fertility(checklist: Checklist) -> None:
    assert found(checklist, "worried I can't get pregnant after chemo") == {SEX}


@pytest.mark.parametrize(
    "text",
    [
        "got laid off in the summer",
        "I got made redundant last week",
        "been laid off from the factory",
        "lost my job in the spring",
        "they gave me the sack",
        "got let go from the warehouse",
    ],
)
def test_losing_the_job_is_work(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {WORK}


def test_laid_off_behind_on_the_mortgage_and_the_house(checklist: Checklist) -> None:
    text = "got laid off, behind on the mortgage and scared we'll lose the house"
    assert {WORK, MONEY, HOUSING} <= found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I need to lay off the biscuits",
        "the doctor let me go home early",
        "I have to let go of the past",
        "I laid out my clothes",
    ],
)
def test_laying_off_or_letting_go_of_something_else_is_not_work(checklist: Checklist, text: str) -> None:
    assert WORK not in found(checklist, text)
