"""What the fifteenth blind set of people showed (issue #13), in other words than theirs: a cancer that
"came back" is no step back through the questions, a child's age in a worry is not the person's, an
age in words with a birthday coming is read whole, "not at home, a centre" is a venue, and "this one"
on a text is the number texting us."""

from __future__ import annotations

from datetime import datetime, time

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.booking.conversation import _not_at
from frontdoor.booking.preferences import When, parse_meeting, parse_when
from frontdoor.booking.slots import LONDON
from frontdoor.intake import corrections, parsing
from frontdoor.intake.conversation import interrupts
from frontdoor.referrals.models import Referral

KINDS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize(
    "text",
    [
        "Cervical, it came back last year",
        "bowel, and it's come back in the liver",
        "back pain mostly",
        "going back to work is what worries me",
    ],
)
def test_back_in_an_answer_is_not_going_back_a_question(text: str) -> None:
    assert not interrupts("go_back", 0.99, text, None)


@pytest.mark.parametrize(
    "text", ["go back", "back", "oops, back please", "can I go back one", "back to the last question", "undo"]
)
def test_going_back_said_so_still_goes_back(text: str) -> None:
    assert interrupts("go_back", 0.99, text, None)


@pytest.mark.parametrize(
    "text",
    [
        "I'm on my own with the kids, my daughter is 8 and I can't tell her. Not sleeping either",
        "Money isn't enough since I stopped work, and our twins are 6 so I'm run ragged",
    ],
)
def test_a_childs_age_in_a_worry_is_not_a_correction_of_the_persons_age(text: str) -> None:
    referral = Referral(referrer_role="self", postcode="CV6 5LS", age=39)
    assert corrections.find(text, "concerns_text", referral) is None


def test_the_persons_own_age_corrected_in_a_worry_is_still_a_correction() -> None:
    referral = Referral(referrer_role="self", postcode="CV6 5LS", age=39)
    said = "sorry I'm 49 not 39. my son is 8 and I worry about him"
    assert corrections.find(said, "concerns_text", referral) == corrections.Correction("age", "49")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("ninety three in January. well ninety two now", 92),
        ("eighty one next month", 80),
        ("nearly sixty five", 64),
        ("seventy two", 72),
        ("I'll be sixty in May", 59),
    ],
)
def test_an_age_in_words_with_a_birthday_coming_is_read_whole(text: str, age: int) -> None:
    assert parsing.parse_age(text) == age


@pytest.mark.parametrize(
    "text",
    [
        "not at home, some centre near Foleshill is good",
        "no home visit, the library would be better",
        "not the house, somewhere local",
    ],
)
def test_a_way_said_against_before_a_comma_leaves_the_way_after_it(text: str) -> None:
    assert parse_meeting(text, KINDS) == "community_venue"


def test_a_way_said_against_is_still_against_within_its_clause() -> None:
    assert parse_meeting("not at home", KINDS) is None


@pytest.mark.parametrize(
    "text", ["this one mate", "yes this number please", "use this one", "this one is fine"]
)
def test_this_one_on_a_text_is_the_number_texting_us(text: str) -> None:
    assert parsing.means_same_number(text)


@pytest.mark.parametrize("text", ["my mum's number", "the other one", "07700 900123"])
def test_another_number_is_not_the_same_number(text: str) -> None:
    assert not parsing.means_same_number(text)


@pytest.mark.parametrize(
    ("text", "hour"),
    [("the 10 o'clock", 10), ("ten oclock please", 10), ("at 2", 14), ("the three o'clock one", 15)],
)
def test_an_hour_on_the_clock_is_a_time_in_working_hours(text: str, hour: int) -> None:
    when = parse_when(text)
    assert when is not None and when.not_before is not None and when.not_before.hour == hour


def test_an_hour_none_of_the_times_offered_starts_at_is_said_plainly() -> None:
    held = [datetime(2026, 12, 7, h, m, tzinfo=LONDON) for h, m in ((11, 0), (11, 30))]
    assert _not_at(When(not_before=time(10)), held) == "Nothing is free at 10am. These are the nearest times."
    assert _not_at(When(not_before=time(11)), held) is None
    assert _not_at(When(not_before=time(10), not_after=time(12)), held) is None
