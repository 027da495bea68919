"""What the twenty-fifth blind set of people showed (issue #13), in other words than theirs: not
following the privacy question ("I don't get what that means") is a question back, never a no; dates
of birth given as a named day ("born on Boxing Day 1951"), as a month and year with a signature after
("June 52. Love, Pat"), or as a year alone; and "the kids" as the worry that matters most, where the
worry noted is children that may not come."""

from __future__ import annotations

from datetime import date

import pytest

from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Concern, Referral


@pytest.mark.parametrize(
    "text",
    [
        "I don't get what that means",
        "sorry I dont understand",
        "not sure what a privacy thing is",
        "I don't know",
        "what's that",
    ],
)
def test_not_following_the_privacy_question_is_asked_back_not_a_no(text: str) -> None:
    assert parsing.read_privacy_answer(text) == (None, True)


@pytest.mark.parametrize(
    ("text", "agreed"),
    [("no, I don't want that", False), ("What's it for? No thanks.", False), ("I don't mind", True)],
)
def test_a_plain_answer_at_the_privacy_question_is_still_that_answer(text: str, agreed: bool) -> None:
    assert parsing.read_privacy_answer(text)[0] is agreed


TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("born on Boxing Day 1951", date(1951, 12, 26)),
        ("New Year's Day 1940", date(1940, 1, 1)),
        ("I was born christmas eve, 1960", date(1960, 12, 24)),
    ],
)
def test_a_date_of_birth_on_a_named_day(text: str, born: date) -> None:
    assert parsing.parse_date_of_birth(text, TODAY) == born


def test_a_month_and_year_of_birth_signed_off_is_still_the_month_and_year() -> None:
    assert parsing.parse_month_of_birth("June 52. Love, Pat", TODAY) == 74


def test_a_month_and_year_inside_a_longer_message_is_no_birth() -> None:
    assert parsing.parse_month_of_birth("radiotherapy since May 2025. It was hard", TODAY) is None


@pytest.mark.parametrize(
    ("today", "age"),
    [(date(2026, 12, 6), 71), (date(2026, 2, 1), 70)],  # late in the year the birthday has most likely passed
)
def test_a_year_of_birth_alone_is_the_age_most_likely(today: date, age: int) -> None:
    assert parsing.parse_year_of_birth("born 1955", today) == age


def test_a_year_of_birth_that_may_be_17_is_never_read_as_18() -> None:
    assert parsing.parse_year_of_birth("born 2008", date(2026, 12, 6)) == 17


def _main(text: str, items: list[str]) -> str | None:
    referral = Referral(referrer_role="self")
    referral.concerns = [Concern(item=item, score=5, in_their_words="as they said it") for item in items]
    fields, _ = READERS["main_concern"](text, referral, get_content())
    return fields.get("main_concern")


def test_the_kids_after_a_fertility_worry_is_that_worry() -> None:
    assert _main("the having kids thing", ["money_or_finance", "sex_intimacy"]) == "sex_intimacy"


def test_the_kids_where_children_are_a_worry_are_the_children() -> None:
    assert _main("my kids", ["children", "sex_intimacy"]) == "children"


@pytest.mark.parametrize("text", ["what will happen to my dad", "Dad"])
def test_someone_close_named_as_what_matters_most_is_the_caring_worry(text: str) -> None:
    assert _main(text, ["sleep", "caring_responsibilities"]) == "caring_responsibilities"


def test_someone_close_named_without_a_caring_worry_is_read_as_before() -> None:
    assert _main("the money for my dad", ["money_or_finance", "sleep"]) == "money_or_finance"
