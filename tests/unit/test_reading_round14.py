"""What the fourteenth blind set of people showed (issue #13), in other words than theirs: "k" is a yes,
a correction repeated once it is made changes nothing (so the yes beside it is read), and a video call
named first, or in short, is the way wanted."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.booking.preferences import parse_meeting
from frontdoor.content import get_content
from frontdoor.intake import corrections, parsing
from frontdoor.intake.readers import read_answer
from frontdoor.intake.review import summary
from frontdoor.referrals.contact import phone_shown
from frontdoor.referrals.models import Referral

WITH_VIDEO = ["phone", "home_visit", "community_venue", "video"]


@pytest.mark.parametrize("text", ["k", "kk", "okie", "Okey dokey"])
def test_text_speak_ok_is_a_yes(text: str) -> None:
    assert parsing.parse_yes_no(text) is True


def test_k_confirms_an_age_read_back_rather_than_asking_the_age_again() -> None:
    referral = Referral(
        referrer_role="self", postcode="CV2 3JR", age=17,
        eligibility_checks=[{"rule": "age", "passed": False}],
    )  # fmt: skip
    assert read_answer("eligibility_check", "k", referral, get_content()) == (
        {"eligibility_confirmed": True},
        None,
    )


def test_a_phone_correction_already_made_is_no_correction_and_the_yes_beside_it_sends() -> None:
    said = "Aye. Actually wait, ma phone's 07700 900134 no 133, sorry"
    before = Referral(referrer_role="self", postcode="KY1 2TN", age=55, phone="+447700900133")
    assert corrections.find(said, "review_confirm", before) == corrections.Correction("phone", "07700 900134")
    after = Referral(referrer_role="self", postcode="KY1 2TN", age=55, phone="+447700900134")
    assert corrections.find(said, "review_confirm", after) is None
    assert read_answer("review_confirm", said, after, get_content()) == ({}, None)


def test_a_phone_number_is_read_back_as_people_write_it() -> None:
    assert phone_shown("+447700900134") == "07700 900134"
    assert "Phone: 07700 900134." in summary(Referral(phone="+447700900134"))


@pytest.mark.parametrize(
    "text",
    [
        "Video would be easiest, I can do it on my phone at college",
        "vid call?",
        "a videocall please",
        "I can do video on my phone",
        "skype if poss",
    ],
)
def test_a_video_call_named_first_or_in_short_is_video(text: str) -> None:
    assert parse_meeting(text, WITH_VIDEO) == "video"


def test_a_phone_call_on_a_mobile_is_still_a_phone_call() -> None:
    assert parse_meeting("phone call on my mobile", WITH_VIDEO) == "phone"
    assert parse_meeting("phone or video, either", WITH_VIDEO) == "phone"


def test_a_language_someone_else_needs_after_not_for_me_is_no_interpreter() -> None:
    referral = Referral(referrer_role="carer_for_self")
    fields, problem = read_answer(
        "support_needs",
        "Not for me, thanks. Gran needs Cantonese but this one's mine",
        referral,
        get_content(),
    )
    assert problem is None and fields["interpreter_needed"] is False, fields


@pytest.mark.parametrize(
    "text", ["not yet, I'm waiting on the result", "No not yet. Still waiting", "i wait for the result"]
)
def test_waiting_for_a_result_in_few_words_is_waiting(text: str) -> None:
    assert parsing.parse_has_diagnosis(text) == "awaiting"


@pytest.mark.parametrize(
    "text",
    [
        "not as such, but she'd be glad of it",
        "she'd hit the roof if she found out, but someone has to",
        "I'm doing it behind his back to be honest",
    ],
)
def test_agreement_not_given_in_other_words_is_a_no(text: str) -> None:
    assert parsing.parse_yes_no(text) is False


@pytest.mark.parametrize("text", ["so what am I meant to do now", "but how would that work", "ok what now"])
def test_a_question_led_into_with_so_or_but_is_a_question(text: str) -> None:
    assert parsing.asks_first(text) is True
