"""Round 22's people, in other words: a wait for news told as a torment ("the wait for the biopsy results is
agonising") is worry, and the agony of the wait is not pain; a church choir or a chapel coffee morning told
as what the writer did is company and things to do, not faith, and "I used to be so busy" is what was, not
a loss of purpose; "a lousy sleeper" and "up at 4 most nights" are sleep; a trade spent years at with no
going back to it is work; and "where do I even begin." opening a message is no want of information. Every
message here was written for these tests (none is from an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

WORRY = "worry_fear_or_anxiety"
SLEEP = "sleep"
MEMORY = "memory_or_concentration"
CHILDREN = "children"
PAIN = "pain"
BREATHING = "breathing"
LONELY = "loneliness_or_isolation"
FAITH = "faith_or_spiritual"
MEANING = "meaning_or_purpose"
WORK = "work_or_education"
MONEY = "money_or_finance"
EATING = "eating_or_appetite"
ANGER = "anger_or_frustration"
INFO = "information_needs"
TRANSPORT = "transport_or_parking"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This wait is agonising.", {WORRY}),
        ("The wait for my biopsy results is torture.", {WORRY}),
        ("all this waiting for news is hell", {WORRY}),
        ("I'm waiting on the scan results and it's unbearable", {WORRY}),
        ("The waiting is just too much, honestly.", {WORRY}),
        ("the waiting's the worst bit", {WORRY}),
        (
            "All this waiting is awful. I lie awake half the night, I can't concentrate at work, and I "
            "don't know what to say to our kids",
            {WORRY, SLEEP, MEMORY, CHILDREN},
        ),
        ("The wait for the scan results is agonising", {WORRY}),
        ("waiting for the scan is killing me, and my back is agony", {WORRY, PAIN}),
    ],
)
def test_a_wait_for_news_told_as_a_torment_is_worry(
    checklist: Checklist, text: str, expected: set[str]
) -> None:
    assert found(checklist, text) == expected


@pytest.mark.parametrize(
    "text",
    ["the waiting room is grim", "waiting times at the hospital are terrible"],
)
def test_a_wait_that_is_not_for_news(checklist: Checklist, text: str) -> None:
    assert WORRY not in found(checklist, text)


def test_waiting_for_a_taxi_is_no_worry(checklist: Checklist) -> None:
    assert found(checklist, "waiting for the taxi is awful") == {TRANSPORT}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I'm puffed out just getting to the corner, and I was always on the go, the bowls club and "
            "singing in the chapel choir. Now I'm stuck indoors by myself all day and never see a "
            "soul. And I'm a lousy sleeper, awake at 2 most nights.",
            {BREATHING, LONELY, SLEEP},
        ),
        ("I used to sing in the church choir, now I never see anyone", {LONELY}),
        ("I used to help at the church coffee morning and the chapel hall bingo", set()),
        ("I was always at the church's knit and natter group", set()),
        ("we went to the chapel quiz every week, and I loved the bingo at the church", set()),
        ("I used to be so busy", set()),
    ],
)
def test_a_church_choir_is_company_not_faith(checklist: Checklist, text: str, expected: set[str]) -> None:
    assert found(checklist, text) == expected


@pytest.mark.parametrize(
    "text", ["I can't get to church any more", "I miss my church", "I can't face the church choir now"]
)
def test_church_itself_is_still_faith(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {FAITH}


@pytest.mark.parametrize(
    "text", ["I'm no use to anyone now", "I used to be so active and now I'm nothing", "I feel useless"]
)
def test_a_loss_of_purpose_is_still_read(checklist: Checklist, text: str) -> None:
    assert MEANING in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm a rubbish sleeper these days",
        "I'm a shocking sleeper since the op",
        "I'm up at 4 every morning",
        "awake at 2 most nights",
        "up at three o'clock and that's me",
        "I'm up at 3 every night",
    ],
)
def test_a_bad_sleeper_and_the_small_hours_are_sleep(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {SLEEP}


def test_an_early_start_for_work_is_no_sleep_problem(checklist: Checklist) -> None:
    assert SLEEP not in found(checklist, "I get up at 6 every morning for work")


@pytest.mark.parametrize(
    "text",
    [
        "I was a plasterer 25 years and I can't go back to it.",
        "Twenty years a bricklayer and there's no going back to that now.",
        "Thirty years as a welder, and I can't do that any more.",
        "I was a hairdresser for 15 years. I'll never go back to it with my hands like this.",
    ],
)
def test_a_trade_with_no_going_back_is_work(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {WORK}


@pytest.mark.parametrize(
    "text",
    [
        "I was a smoker for 30 years and I can't go back to that",
        "I was a joiner for 30 years",
        "I was a baker 20 years and now I wake at 3 and can't go back to sleep",
    ],
)
def test_no_trade_or_no_going_back_is_no_work(checklist: Checklist, text: str) -> None:
    assert WORK not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "Where do I even begin. I was a plasterer 25 years and I can't go back to it. The firm have been "
        "good but my sick pay runs out in June and then what, the bills still have to be paid. "
        "Food tastes like cardboard and I'm fed through a tube. And I'm so short tempered, biting "
        "everyone's head off.",
        "Not sure where to start. Thirty years as a welder, and I can't do that any more. The statutory "
        "sick pay ends soon and the bills keep coming. I can't eat properly, everything tastes of tin. "
        "I'm angry all the time.",
    ],
)
def test_a_trade_lost_money_food_and_temper(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {WORK, MONEY, EATING, ANGER}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Where do I even begin? My back is agony and the bills keep coming", {PAIN, MONEY}),
        ("Not sure where to start. I can't sleep.", {SLEEP}),
        ("I don't know where to start with the benefit forms", {INFO, MONEY}),
    ],
)
def test_where_to_start_opening_a_message(checklist: Checklist, text: str, expected: set[str]) -> None:
    assert found(checklist, text) == expected


def test_their_trade_told_on_their_behalf_is_work(checklist: Checklist) -> None:
    assert found(checklist, "she was a cleaner 20 years and she can't go back to that now", "on_behalf") == {
        WORK
    }


def test_a_husbands_trade_is_not_the_writers_work(checklist: Checklist) -> None:
    assert WORK not in found(checklist, "my husband was a plasterer 25 years and he can't go back to it")
