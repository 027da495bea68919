"""What the tenth blind set of people showed (issue #13), in other words than theirs: the support for
"me nan" or for someone named, a carer who gives the other person's age, a yes buried in a long answer
or said Scots-fashion after the subject, what a carer's first message already says, a type of cancer
named and then ruled out, and meeting in person in everyday words."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.booking.preferences import parse_meeting
from frontdoor.content import get_content
from frontdoor.intake import corrections, parsing
from frontdoor.intake.extras import also_answered, from_first_message
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("it's for me nan", "on_behalf"),
        ("for me lad, he's the one that's poorly", "on_behalf"),
        ("for Priya", "on_behalf"),
        ("its for Tomasz", "on_behalf"),
        ("for me", "self"),
        ("for me, I look after me dad", "carer_for_self"),
        ("for us", None),
    ],
)
def test_who_the_support_is_for(text: str, role: str | None) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize("text", ["He's 79", "my husband is 81", "she's 90 in March"])
def test_a_carer_giving_the_other_persons_age_is_asked_their_own(text: str) -> None:
    referral = Referral(referrer_role="carer_for_self")
    assert READERS["age"](text, referral, get_content()) == ({}, "not_their_age")


def test_a_carer_giving_their_own_age_beside_the_other_persons_is_read() -> None:
    referral = Referral(referrer_role="carer_for_self")
    fields, problem = READERS["age"]("I'm 58, he's 61", referral, get_content())
    assert problem is None and fields["age"] == 58


@pytest.mark.parametrize(
    "text",
    [
        "my brother has, aye",
        "Dad does, yes, prostate. It was caught late and they're not operating, he's not keen on chemo",
        "yeah the wife. Not that she'll talk about it",
    ],
)
def test_a_yes_about_the_one_they_care_for_in_many_words(text: str) -> None:
    fields, problem = READERS["cares_for_someone_with_cancer"](text, Referral(), get_content())
    assert problem is None and fields["cares_for_someone_with_cancer"] is True


def test_a_no_is_still_a_no() -> None:
    fields, _ = READERS["cares_for_someone_with_cancer"]("no, not yet", Referral(), get_content())
    assert fields.get("cares_for_someone_with_cancer") is not True


def test_a_carers_first_message_says_whom_they_care_for_and_their_own_age() -> None:
    opening = "my husband's got bowel cancer and I'm doing everything for him. I'm 62. DH1 3LE"
    found, note = from_first_message(opening, "carer_for_self", Referral(), get_content())
    assert found == {"age": 62, "cares_for_someone_with_cancer": True}
    assert note == (
        "Thank you. From your first message I've noted your age (62) "
        "and that you care for someone with cancer."
    )


def test_someone_elses_age_in_a_carers_message_is_not_theirs() -> None:
    found = also_answered("DD4 7AA, she's 88", "postcode", "carer_for_self", Referral(), get_content())
    assert "age" not in found
    found = also_answered("DD4 7AA am 59", "postcode", "carer_for_self", Referral(), get_content())
    assert found["age"] == 59


@pytest.mark.parametrize(
    "opening",
    [
        "Hello, they did a biopsy on a breast lump and it was benign. Can I still get support?",
        "found a lump in my bowel but it wasn't cancer thank god",
    ],
)
def test_a_type_named_and_ruled_out_is_not_a_diagnosis(opening: str) -> None:
    found, _ = from_first_message(opening, "self", Referral(), get_content())
    assert "cancer_type" not in found and "has_diagnosis" not in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'd like to see somebody, my son will bring me", "community_venue"),
        ("she won't do the phone. she'll go to a place near her if I drive", "community_venue"),
        ("in real life please", "community_venue"),
        ("I will come to the office with my son", "community_venue"),
        ("ring me, I can't go in anywhere", "phone"),
    ],
)
def test_meeting_in_person_in_everyday_words(text: str, kind: str) -> None:
    assert parse_meeting(text, ["phone", "home_visit", "community_venue"]) == kind


@pytest.mark.parametrize(
    "text",
    ["no, the biopsy came back benign, but the wait for the results was awful", "nope, all clear"],
)
def test_a_diagnosis_ruled_out_after_a_wait_is_no_diagnosis(text: str) -> None:
    """Blind person R10030: "No, it was benign... But the waiting wrecked me" was read as still waiting."""
    assert parsing.parse_has_diagnosis(text) == "no"


def test_still_waiting_is_still_waiting() -> None:
    assert parsing.parse_has_diagnosis("no, still waiting for the results") == "awaiting"


def test_an_age_left_unanswered_is_given_by_a_correction_later() -> None:
    """Blind person R10011 gave her mum's age twice at the age question (so it was left), then at a
    later question: "Sorry, can I go back - I put 84 for the age, that's Mum. I'm 55." In other words:"""
    referral = Referral(referrer_role="carer_for_self", postcode="DD1 4HN")
    referral.cares_for_someone_with_cancer = True
    said = "sorry, that number before was my husband's age, he's 79. I'm 74 myself"
    assert corrections.find(said, "name", referral) == corrections.Correction("age", "74")
    assert corrections.find("sorry, 7", "distress_score", referral) is None
    assert corrections.find("sorry I'm 61", "postcode", referral) is None  # the age is not asked yet
