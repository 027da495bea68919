"""What the eighteenth blind set of people showed (issue #13), in other words than theirs: a first
message about a mother's cancer and the fear of getting it, which is no diagnosis; "it's for me" from
someone with cancer who names a worried husband; a wife who cares for him and asks for him, with the
option's number; a change of mind about how to meet ("nah, make it ..."); and answers in the north's
words ("this un", "nee, nowt", "waitin on the op")."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.booking.preferences import means_later, parse_meeting
from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.extras import from_first_message
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral

MEETINGS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize(
    "opening",
    [
        "my dad passed with bowel cancer last year and I'm frightened I'll get it too. who can I talk to",
        "Hello, my sister has ovarian cancer and I'm scared I might have it as well",
    ],
)
def test_someone_elses_cancer_or_the_fear_of_it_is_not_taken_as_a_diagnosis(opening: str) -> None:
    found, note = from_first_message(opening, "self", Referral(referrer_role="self"), get_content())
    assert "cancer_type" not in found and "has_diagnosis" not in found
    assert note is None


@pytest.mark.parametrize(
    "opening",
    [
        "I was diagnosed with bowel cancer in March and the nurse gave me this number",
        "I've got breast cancer, my mum had it too years ago",
    ],
)
def test_their_own_cancer_is_still_noted_from_the_first_message(opening: str) -> None:
    found, note = from_first_message(opening, "self", Referral(referrer_role="self"), get_content())
    assert found.get("has_diagnosis") == "yes" and found.get("cancer_type")
    assert note and "the type of cancer" in note


@pytest.mark.parametrize(
    "text",
    [
        "For me - I've got the lymphoma, my wife's just very upset about it all",
        "me, I'm the one with the bowel cancer. My son is worried sick though",
    ],
)
def test_their_own_cancer_beside_a_worried_relative_is_for_themselves(text: str) -> None:
    assert parsing.parse_role(text) == "self"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("3 - I'm his daughter and I care for him, he knows I'm doing this", "on_behalf"),
        ("2. it's my mum, I look after her most days", "carer_for_self"),
    ],
)
def test_family_who_care_and_ask_take_the_number_they_chose(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


def test_a_number_against_words_that_say_it_is_their_own_cancer_is_asked_again() -> None:
    assert parsing.parse_role("3 - it's me who has it, I've got lung cancer") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("home visit? nah, make it the phone", "phone"),
        ("phone... nah, changed my mind, come to the house", "home_visit"),
        ("the library then. nah, make that a phone call", "phone"),
    ],
)
def test_a_change_of_mind_about_how_to_meet_is_the_last_said(text: str, kind: str) -> None:
    assert parse_meeting(text, MEETINGS) == kind


@pytest.mark.parametrize("text", ["this un", "this un pet", "this 'un"])
def test_this_un_is_the_number_they_text_from(text: str) -> None:
    assert parsing.means_same_number(text)


@pytest.mark.parametrize("text", ["nae. nowt", "nee, nowt like that", "nil"])
def test_no_and_nothing_in_the_norths_words_need_nothing(text: str) -> None:
    fields, problem = READERS["support_needs"](text, Referral(referrer_role="self"), get_content())
    assert problem is None
    assert fields["interpreter_needed"] is False
    assert not fields.get("access_needs")


def test_a_need_beside_nowt_else_is_kept() -> None:
    fields, _ = READERS["support_needs"]("nowt else, just me hearing aids", Referral(), get_content())
    assert fields["access_needs"] == "nowt else, just me hearing aids"


@pytest.mark.parametrize("text", ["waitin for the operation", "just waitin on the op date"])
def test_waiting_as_it_is_typed_is_waiting(text: str) -> None:
    assert parsing.parse_stage(text) == "awaiting"


@pytest.mark.parametrize(
    "text", ["dis 1. evenings are better", "the landline's broken, use this number", "this one, thanks. ta"]
)
def test_this_number_in_part_of_a_longer_answer(text: str) -> None:
    assert parsing.means_same_number(text)


@pytest.mark.parametrize(
    "text", ["this number. no wait, use the landline", "this one, or actually my wife's is better"]
)
def test_this_number_taken_back_is_not_this_number(text: str) -> None:
    assert not parsing.means_same_number(text)


@pytest.mark.parametrize("text", ["3, she's sitting right here with me", "3 - he is beside me now"])
def test_someone_sat_with_them_is_not_the_support_being_for_them(text: str) -> None:
    assert parsing.parse_role(text) == "on_behalf"


def test_heard_of_it_from_someone_at_the_pub_is_word_of_mouth() -> None:
    assert parsing.parse_referral_source("a fella at the pub told me about you") == "word_of_mouth"


def test_treatment_that_comes_every_few_weeks_is_treatment() -> None:
    assert parsing.parse_stage("they put it in through a catheter every few weeks") == "in_treatment"


@pytest.mark.parametrize(
    "text", ["Later - I need to check the rota with my son first", "later, let me check my calendar"]
)
def test_later_with_a_reason_is_later(text: str) -> None:
    assert means_later(text, MEETINGS)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("it's the both of us. I'm her partner and I do it all for her. 2 I guess", "carer_for_self"),
        ("my dad, he knows. 3 please", "on_behalf"),
    ],
)
def test_the_number_before_a_last_hedge_or_please(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("No - never been diagnosed, and I'm not having any tests either. Just worried sick", "no"),
        ("nope. not waiting for any results or anything, I'm just frightened", "no"),
        ("no, still waiting on my scan results", "awaiting"),
        ("no, waiting for the biopsy", "awaiting"),
    ],
)
def test_a_wait_said_not_to_be_happening_is_no_diagnosis(text: str, answer: str) -> None:
    assert parsing.parse_has_diagnosis(text) == answer


# Blind person R20011 answered "yes" to "You said there has been no cancer diagnosis. Is that right?
# 1. Yes 2. No" and was asked what type of cancer it was: the offered yes confirms.
@pytest.mark.parametrize("text", ["Yes, that's correct", "yep thats right", "aye, spot on", "yes", "Yep."])
def test_that_is_right_confirms_no_diagnosis_read_back(text: str) -> None:
    referral = Referral(
        referrer_role="self", has_diagnosis="no", eligibility_checks=[{"rule": "diagnosis", "passed": False}]
    )
    assert READERS["eligibility_check"](text, referral, get_content()) == (
        {"eligibility_confirmed": True},
        None,
    )


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("yes I have", {"has_diagnosis": "yes"}),
        ("yes, diagnosed in March", {"has_diagnosis": "yes"}),
        ("yes, lung", {"has_diagnosis": "yes", "cancer_type": "lung"}),
    ],
)
def test_a_yes_that_is_a_diagnosis_still_replaces_no_diagnosis(text: str, given: dict) -> None:
    referral = Referral(
        referrer_role="self", has_diagnosis="no", eligibility_checks=[{"rule": "diagnosis", "passed": False}]
    )
    assert READERS["eligibility_check"](text, referral, get_content()) == (given, None)


def test_cannot_make_it_to_a_venue_is_no_change_of_mind() -> None:
    assert parse_meeting("I can't make it to the library, phone please", MEETINGS) == "phone"
