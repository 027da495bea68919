"""What the twenty-sixth blind set of people showed (issue #13), in other words than theirs: a way of
meeting turned down with a bare "no" after it ("video nah, I can't work it"), hearing aids and being
asked to speak slowly as needs to keep, and a "no" to having cancer that goes on to say it is still
being looked for."""

from __future__ import annotations

import pytest

from frontdoor.booking.preferences import meetings_said_against, parse_meeting
from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral

KINDS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize("text", ["phone nope, I don't hear well", "Phone call no. I'm deaf", "phone nah"])
def test_a_way_of_meeting_with_a_no_straight_after_is_turned_down(text: str) -> None:
    assert parse_meeting(text, KINDS) is None
    assert meetings_said_against(text, KINDS) == ["phone"]


@pytest.mark.parametrize("text", ["phone, no bother", "phone no problem at all"])
def test_no_bother_after_a_way_of_meeting_is_still_a_yes(text: str) -> None:
    assert parse_meeting(text, KINDS) == "phone"


@pytest.mark.parametrize(
    "text", ["nah, I've hearin aids in both ears", "no but please speak up, I'm 88", "No. Speak slowly pls"]
)
def test_a_no_to_an_interpreter_then_a_need_keeps_the_need(text: str) -> None:
    fields, problem = READERS["support_needs"](text, Referral(), get_content())
    assert problem is None and fields["interpreter_needed"] is False and fields["access_needs"] == text


@pytest.mark.parametrize("text", ["no, they're doing a biopsy next week", "Nah still waiting on scans"])
def test_a_no_to_a_diagnosis_that_is_still_being_looked_for_is_waiting(text: str) -> None:
    assert parsing.parse_has_diagnosis(text) == "awaiting"


@pytest.mark.parametrize("text", ["no, I had a scan and it was fine", "no, not waiting on any scans", "no"])
def test_a_plain_no_to_a_diagnosis_stays_a_no(text: str) -> None:
    assert parsing.parse_has_diagnosis(text) == "no"


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Mo says yes", "yes"), ("my mum says: 3", "3"), ("It says bowel on the letter", None)],
)
def test_an_answer_passed_on_is_read_without_who_passed_it(text: str, kept: str | None) -> None:
    assert parsing.without_relaying(text) == (kept or text)
