"""Readers from round 39's first people and concerns round 20's first answers, each tested in other
words."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.checklist.definition import Checklist
from frontdoor.content import get_content
from frontdoor.intake import corrections
from frontdoor.intake.parsing import parse_has_diagnosis, parse_number_choice, parse_role, said_place
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral
from tests.helpers import assert_concerns_read


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the second one", 2),
        ("Second.", 2),
        ("2nd option please", 2),
        ("its the third one", 3),
        ("the first", 1),
        ("first time I've done this", None),
        ("I'd like a second opinion", None),
    ],
)
def test_a_numbered_option_chosen_by_its_place(text: str, place: int | None) -> None:
    """R39008 wrote "the second one" at the role question: asked again, then read as the first option."""
    assert said_place(text) == place


def test_a_place_said_answers_each_numbered_question() -> None:
    assert parse_role("the second one") == "carer_for_self"
    assert parse_role("third one please") == "on_behalf"
    assert parse_number_choice("the second one", 2) == 1  # never the "one" in it
    assert parse_has_diagnosis("the first one") == "yes"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Oops, hit the wrong button, it's 3. I'm doing this for my dad", "on_behalf"),
        ("wrong number, should be 2, I look after her", "carer_for_self"),
    ],
)
def test_a_wrong_number_pressed_and_mended(text: str, role: str) -> None:
    assert parse_role(text) == role


def test_a_wrong_number_mended_at_the_next_question_changes_the_role() -> None:
    """R39020 chose 1, then at the postcode question wrote "Sorry, pressed the wrong one. It's 3, it's
    for my wife, not me", and was told that is not a UK postcode."""
    referral = Referral(referrer_role="self")
    said = "Pressed the wrong one there, sorry - it's 3, I'm asking for my brother"
    assert corrections.find(said, "postcode", referral) == corrections.Correction("referrer_role", "3")


@pytest.mark.parametrize(
    "text",
    [
        "Polish please. My left ear is not good since the operation",
        "Urdu. Please speak into my good ear, slowly",
        "Gujarati please, and I'm deaf in one ear",
    ],
)
def test_a_hearing_need_beside_a_language_is_kept(text: str) -> None:
    """R39030 asked for Cantonese and "Right ear not good after radiotherapy. Please speak on left side,
    slowly": the interpreter was kept and the hearing need lost."""
    fields, problem = READERS["support_needs"](text, Referral(referrer_role="self"), get_content())
    assert problem is None and fields["interpreter_needed"] is True
    assert fields.get("access_needs")


@pytest.mark.parametrize(
    ("role", "text", "present", "absent"),
    [
        ("self", "Most days I wake up and remember, and it floors me", None, "memory_or_concentration"),
        ("carer_for_self", "the parking and eating in the canteen every day, it costs a fortune",
         "money_or_finance", "eating_or_appetite"),
        ("self", "we've hardly spoken since the diagnosis, my husband and me", "relationships",
         "coping_with_diagnosis"),
        ("self", "nothing physical. It's the loneliness", "loneliness_or_isolation", "sex_intimacy"),
        ("self", "I'm coping fine with the chemo, it's the money", "money_or_finance",
         "coping_with_diagnosis"),
        ("self", "had the scan, nobody has phoned about it since", None, "loneliness_or_isolation"),
        ("self", "I keep cattle. Who will see to the cattle while I'm in", None, "caring_responsibilities"),
        # Named in a circumstance ("when I am sick") and again in a clause of its own: still a concern.
        ("self", "they stop my pay when I am sick. Food, I cannot eat much", "eating_or_appetite", None),
        ("self", "my contract is up in the spring and I doubt they'll renew it", "work_or_education", None),
        ("self", "the stall's been shut since October, that's my living gone", "work_or_education", None),
        ("on_behalf", "the GP keeps forgetting to send his letters on", None, "memory_or_concentration"),
        ("self", "a bit of a leak if I sneeze or get up too fast", "bladder_or_bowels", "walking_or_moving"),
        ("self", "chemo brain. I can't read a newspaper without losing the thread", "memory_or_concentration",
         "information_needs"),
        ("self", "putting my affairs in order, I won't leave a mess behind", None, "housework_and_shopping"),
        ("self", "I've had to repeat my final year at college", "work_or_education", "end_of_life_wishes"),
        ("self", "I can't finish a crossword, let alone a book", None, "loneliness_or_isolation"),
        ("self", "the consultant explained it all, it's the tiredness now", "tiredness_or_fatigue",
         "information_needs"),
        ("self", "back on shifts and my boss is not understanding at all", "work_or_education",
         "information_needs"),
    ],
)  # fmt: skip
def test_concerns_in_their_own_words(
    checklist: Checklist, role: str, text: str, present: str | None, absent: str | None
) -> None:
    assert_concerns_read(checklist, role, text, present, absent)
