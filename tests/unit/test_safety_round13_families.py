""" "The runs" as a job to do (school runs, the hospital run) is not diarrhoea; the runs all day still
is, on its own or beside such a job. Written in other words than the round 13 person whose answer
raised it ("I'm doing school runs and all her appointments")."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import any_alarm


@pytest.mark.parametrize(
    "text",
    [
        "I do the nursery runs and all the cooking now she can't",
        "between the hospital runs and every shift at work I'm shattered",
        "the shopping run every Saturday and all the washing falls to me",
    ],
)
def test_a_run_as_a_job_to_do_is_no_alarm(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's had the runs all day since her chemo on Monday",
        "I do the school runs but now he's got the runs constantly since the treatment",
    ],
)
def test_the_runs_all_day_after_treatment_is_still_an_alarm(text: str) -> None:
    assert any_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        "A visit would suit. My mobile is hopeless, I can never hear it ring.",
        "the computer is hopeless, my grandson usually does it",
    ],
)
def test_a_thing_that_is_hopeless_is_no_alarm(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize("text", ["I just feel hopeless about everything", "it all seems so hopeless now"])
def test_feeling_hopeless_is_still_asked_about(text: str) -> None:
    assert any_alarm(text)
