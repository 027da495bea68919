"""Answers as round 7's blind people gave them, each asked again or misread on the first run."""

from datetime import date

import pytest

from frontdoor.intake.parsing import parse_age, parse_date_of_birth, parse_has_diagnosis, parse_stage

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "said",
    [
        "I was born in 1961, the 14th of March",
        "born 1961 on the 14th of March",
        "March 14th 1961",
        "march 14 1961",
    ],
)
def test_a_date_of_birth_with_the_month_or_the_year_first(said: str) -> None:
    """R7031's "born in 1957, the 2nd of April" was read as the year alone, and a year too young."""
    assert parse_date_of_birth(said, TODAY) == date(1961, 3, 14)


@pytest.mark.parametrize("said", ["starting chemoradiation next wk", "on chemoradiotherapy"])
def test_chemoradiation_is_treatment(said: str) -> None:
    assert parse_stage(said) == "in_treatment"


@pytest.mark.parametrize(("said", "answer"), [("yh", "yes"), ("yeh, breast", "yes"), ("naw", "no")])
def test_text_speak_yes_and_no_answer_the_diagnosis_question(said: str, answer: str) -> None:
    """R7007's "yh" was asked again twice, then left unknown: her referral went to a person to check."""
    assert parse_has_diagnosis(said) == answer


@pytest.mark.parametrize(("said", "age"), [("is there nothing 4 me", None), ("2 u its 44", 44), ("24", 24)])
def test_text_speak_for_is_not_an_age(said: str, age: int | None) -> None:
    assert parse_age(said) == age
