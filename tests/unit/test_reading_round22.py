"""What the twenty-second blind set of people showed (issue #13), in other words than theirs: answers
dictated by voice typing ("D L for to Q T", "sixty to", "oh seven seven double oh ..."), and agreement
given beside a question back at the privacy question ("Who sees it? If it's only the link workers then
yes, I agree")."""

from __future__ import annotations

import pytest

from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("D H for to R T", "DH4 2RT"),
        ("C V too won B A", "CV2 1BA"),
        ("K Y double one oh A B", "KY11 0AB"),
        ("E one for 9 Q Q", "E14 9QQ"),
    ],
)
def test_a_postcode_said_aloud_with_words_that_sound_like_digits(text: str, postcode: str) -> None:
    fields, problem = READERS["postcode"](text, Referral(), get_content())
    assert problem is None and fields == {"postcode": postcode}


@pytest.mark.parametrize("text", ["DD4 for me", "for me", "DH1 to", "to the hospital"])
def test_words_that_sound_like_digits_are_words_beside_other_words(text: str) -> None:
    _, problem = READERS["postcode"](text, Referral(), get_content())
    assert problem is not None


@pytest.mark.parametrize(
    ("text", "age"), [("seventy to", 72), ("fifty for", 54), ("I'm eighty ate", 88), ("sixty seven", 67)]
)
def test_an_age_said_aloud(text: str, age: int) -> None:
    assert parsing.parse_age(text) == age


def test_a_range_of_ages_is_not_one_age_said_aloud() -> None:
    assert parsing.parse_age("between sixty to seventy") is None


@pytest.mark.parametrize(
    "text",
    [
        "oh seven seven oh oh nine oh oh four five six",
        "zero seven seven double oh nine double oh four five six",
        "oh seven seven oh oh nine oh oh for five six",
    ],
)
def test_a_phone_number_said_aloud(text: str) -> None:
    fields, problem = READERS["phone"](text, Referral(), get_content())
    assert problem is None and fields == {"phone": "+447700900456"}


@pytest.mark.parametrize(
    "text",
    [
        "Who sees it? If it's just the link worker team then yes, I agree.",
        "Is it kept private? If so then yes I consent to it being shared",
    ],
)
def test_agreement_beside_a_question_back_is_a_yes_once_the_question_is_answered(text: str) -> None:
    assert parsing.read_privacy_answer(text) == (True, True)
