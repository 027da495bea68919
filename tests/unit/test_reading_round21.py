"""What the twenty-first blind set of people showed (issue #13), in other words than theirs: a month and
year of birth ("born September 51" was taken as 51); a postcode spelled out, or with a letter O for a
nought; "face to face" beside a home visit asked for; "aye she has" to "Have you been diagnosed?"
from someone who chose "Me"; and "fair enough, I'll talk to her" to "would you like support as her
carer?", which takes in the answer rather than asking for support."""

from __future__ import annotations

from datetime import date

import pytest

from frontdoor.booking.preferences import parse_meeting
from frontdoor.content import get_content
from frontdoor.eligibility.postcode import in_two_halves, normalise_postcode
from frontdoor.intake import corrections, parsing
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("born october 49", 77),
        ("I was born in April 1960", 66),
        ("Born Dec '45", 80),  # this month: the birthday may not have come yet
        ("June 1970", 56),
    ],
)
def test_a_month_and_year_of_birth(text: str, age: int) -> None:
    assert parsing.parse_month_of_birth(text, TODAY) == age


@pytest.mark.parametrize("text", ["on chemo since March 2024", "diagnosed in may 21"])
def test_a_month_and_year_that_is_no_birth(text: str) -> None:
    assert parsing.parse_month_of_birth(text, TODAY) is None


def test_a_two_digit_year_of_birth_is_no_age() -> None:
    fields, problem = READERS["age"]("born in '62", Referral(referrer_role="self"), get_content())
    assert problem is None and 60 <= fields["age"] <= 64


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("C V two, four F F", "CV2 4FF"),
        ("E one 6 A N", "E1 6AN"),
        ("DH1O 5AB", "DH10 5AB"),
        ("EC1A 1BB", "EC1A 1BB"),
    ],
)
def test_a_postcode_spelled_out_or_with_a_letter_for_a_digit(text: str, postcode: str) -> None:
    fields, problem = READERS["postcode"](text, Referral(), get_content())
    assert problem is None and fields == {"postcode": postcode}


def test_a_letter_a_district_can_take_stays() -> None:
    assert normalise_postcode("SW1W 0NY") == "SW1W 0NY"


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("a home visit, seeing someone face to face is easier for him", "home_visit"),
        ("in person at home please", "home_visit"),
        ("face to face please", "community_venue"),
        ("not at home, face to face somewhere", "community_venue"),
    ],
)
def test_face_to_face_beside_a_home_visit_is_the_home_visit(text: str, way: str) -> None:
    assert parse_meeting(text, ["phone", "home_visit", "community_venue"]) == way


@pytest.mark.parametrize("text", ["yes he has, bowel", "aye she's got it, in her breast", "he does"])
def test_a_yes_said_of_someone_else_to_the_diagnosis_makes_a_carer(text: str) -> None:
    referral = Referral(referrer_role="self", postcode="KY1 2NX", age=74)
    assert corrections.find(text, "has_diagnosis", referral) == corrections.Correction("referrer_role", "2")


@pytest.mark.parametrize("text", ["yes, bowel", "yes I have", "aye, she said it was lymphoma"])
def test_the_persons_own_yes_is_no_correction(text: str) -> None:
    referral = Referral(referrer_role="self", postcode="KY1 2NX", age=74)
    assert corrections.find(text, "has_diagnosis", referral) is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("aye fair enough, I'll speak tae him the night", False),
        ("fair enough. i'll try talking to my dad again", False),
        ("yes please, and I'll talk to her too", True),
        ("aye", True),
    ],
)
def test_taking_in_the_refusal_is_no_wish_for_support(text: str, wanted: bool) -> None:
    fields, problem = READERS["carer_support_wanted"](text, Referral(), get_content())
    assert problem is None and fields["carer_support_wanted"] is wanted


@pytest.mark.parametrize(
    ("previous", "text", "postcode"),
    [("dl14", "6QH", "DL14 6QH"), ("E1", "6an.", "E1 6AN"), ("DD1 4HN", "5HT", None), ("yes", "6QH", None)],
)
def test_a_postcode_in_two_halves(previous: str, text: str, postcode: str | None) -> None:
    assert in_two_halves(previous, text) == postcode


def test_the_first_half_alone_asks_for_the_rest() -> None:
    assert READERS["postcode"]("DL14", Referral(), get_content()) == ({}, "district_only")
    assert READERS["postcode"]("my house", Referral(), get_content()) == ({}, "not_a_uk_postcode")
