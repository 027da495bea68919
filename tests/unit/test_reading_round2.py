"""What a second blind set of people showed (issue #13), in other words than theirs: agreement at the
read-back in many words, never the same hint three times, an interpreter wanted without a language
named, and clock times for when suits ("from 3pm", "before 11")."""

from __future__ import annotations

from datetime import time

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from eval.personas import _same
from frontdoor.booking.preferences import parse_meeting, parse_when
from frontdoor.booking.slots import find_slots
from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import READERS, read_answer
from frontdoor.referrals.models import Referral
from tests.unit.test_slots import SUNDAY, diary, local, make_site


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("that all looks correct to me", True),
        ("yep that's grand, send it", True),
        ("everything's fine thanks", True),
        ("go ahead then", True),
        ("perfect, thank you", True),
        ("that's not right", None),
        ("fine but the phone number is old", None),
        ("hang on", None),
        ("go back", None),
        ("nope", False),
    ],
)
def test_agreement_in_many_words(text: str, answer: bool | None) -> None:
    assert parsing.agrees(text) is answer


def _referral() -> Referral:
    return Referral(referrer_role="self", postcode="DD1 4HN", age=70, phone="+447700900123")


def test_the_read_back_sends_on_a_yes_in_words_and_never_gives_the_same_hint_a_third_time() -> None:
    content = get_content()
    assert read_answer("review_confirm", "that all looks correct to me", _referral(), content) == ({}, None)
    first = read_answer("review_confirm", "hmm well", _referral(), content)
    again = read_answer("review_confirm", "hmm well", _referral(), content, retry=True)
    assert first == ({}, "not_confirmed")
    assert again == ({}, "not_confirmed_again")


@pytest.mark.parametrize(
    ("text", "needed", "language"),
    [
        ("my niece helps with letters but an interpreter would be easier for the meeting", True, None),
        ("a translator please", True, None),
        ("no interpreter needed thanks, just a ramp", False, None),
        ("Tigrinya please", True, "Tigrinya"),
    ],
)
def test_an_interpreter_wanted_without_a_language_named(text: str, needed: bool, language: str | None) -> None:
    fields, problem = READERS["support_needs"](text, _referral(), get_content())
    assert problem is None
    assert fields["interpreter_needed"] is needed
    assert fields.get("language") == language


@pytest.mark.parametrize(
    ("text", "not_before", "not_after"),
    [
        ("anytime from 3pm", time(15), None),
        ("after 2 on a wednesday", time(14), None),
        ("before 11 ideally", None, time(11)),
        ("after half ten", None, None),  # not a clock time it can read: falls to the other readers
    ],
)
def test_clock_times_for_when_suits(text: str, not_before: time | None, not_after: time | None) -> None:
    when = parse_when(text)
    assert (when.not_before if when else None) == not_before
    assert (when.not_after if when else None) == not_after


def test_a_start_after_the_working_day_is_outside_hours() -> None:
    when = parse_when("only after 7pm")
    assert when is not None and when.outside_hours


def test_clock_times_narrow_the_times_offered() -> None:
    args = {"site": make_site(), "kind": "phone", "diaries": [diary()], "now": SUNDAY}
    from_three = find_slots(**args, first_contact=SUNDAY.date(), not_before=time(15))
    assert from_three and all(local(s.start)[1] >= time(15) for s in from_three)
    before_ten = find_slots(**args, first_contact=SUNDAY.date(), not_after=time(10), limit=10)
    assert before_ten and all(local(s.start)[1] <= time(10) for s in before_ten)


def test_phone_spelt_as_said() -> None:
    assert parse_meeting("fone is easiest", ["community_venue", "phone"]) == "phone"


def test_simulator_counts_any_language_when_the_persona_only_wants_an_interpreter() -> None:
    assert _same("interpreter", True, "Amharic")
    assert not _same("interpreter", True, False)
    assert not _same("interpreter", "Polish", "Urdu")
    assert not _same("interpreter", False, "Urdu")
