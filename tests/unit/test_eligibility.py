"""The eligibility rules and postcode routing, against the demo sites in content/sites.yml."""

from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontdoor.eligibility.postcode import normalise_postcode
from frontdoor.eligibility.routing import route_postcode
from frontdoor.eligibility.rules import EligibilityAnswers, check_eligibility
from frontdoor.sites.config import load_sites

SITES = load_sites()
TODAY = date(2026, 11, 24)


def outcome(**answers):
    base = {"postcode": "DD1 4HN", "age": 60, "role": "self", "has_diagnosis": "yes"}
    return check_eligibility(EligibilityAnswers(**(base | answers)), SITES, TODAY)


def check(result, rule: str):
    return next(c for c in result.checks if c.rule == rule)


@pytest.mark.parametrize(
    ("postcode", "site", "status"),
    [
        ("DD1 4HN", "dundee", "in_area"),
        ("DD6 8AB", "fife", "in_area"),
        ("KY1 1AA", "fife", "in_area"),
        ("KY13 8AA", None, "outside"),
        ("DH1 3LE", "durham", "in_area"),
        ("DL14 6AA", "durham", "in_area"),
        ("DL1 1AA", None, "outside"),
        ("E1 6AN", "tower_hamlets", "in_area"),
        ("E2 7DG", "tower_hamlets", "boundary"),
        ("SR8 2RR", "durham", "boundary"),  # Peterlee: County Durham with a Sunderland postcode
        ("SR2 9AA", None, "outside"),
        ("CV1 5FB", "coventry", "in_area"),
        ("SW1A 2AA", None, "outside"),
    ],
)
def test_routing(postcode: str, site: str | None, status: str) -> None:
    routed = route_postcode(postcode, SITES)
    assert (routed.site_id, routed.status) == (site, status)


def test_eligible_in_area_adult_with_diagnosis() -> None:
    result = outcome()
    assert (result.eligible, result.site_id) == (True, "dundee")
    assert all(c.passed for c in result.checks)


def test_boundary_postcode_leaves_it_to_the_team() -> None:
    result = outcome(postcode="E2 7DG")
    assert (result.eligible, result.site_id) == (None, "tower_hamlets")
    assert check(result, "lives_in_area").passed is None


def test_outside_every_area_is_not_eligible_with_a_reason() -> None:
    result = outcome(postcode="KY13 8AA")
    assert result.eligible is False and result.site_id is None
    assert result.reasons[0].startswith("We don't have a link worker service for where you live yet")
    assert "not where you are treated" in result.reasons[0]


def test_under_the_site_age_threshold() -> None:
    result = outcome(age=17)
    assert result.eligible is False
    assert "18 or over" in check(result, "age").detail


def test_age_from_date_of_birth() -> None:
    assert outcome(age=None, date_of_birth=date(2008, 11, 25)).eligible is False
    assert outcome(age=None, date_of_birth=date(2008, 11, 24)).eligible is True


@pytest.mark.parametrize(
    ("site_postcode", "excluded"), [("DD1 4HN", True), ("KY1 1AA", True), ("DH1 3LE", False)]
)
def test_non_melanoma_skin_cancer_is_excluded_only_where_the_site_says(
    site_postcode: str, excluded: bool
) -> None:
    needs = outcome(postcode=site_postcode, cancer_type="skin")
    assert needs.next_question == ("skin_cancer_kind" if excluded else None)
    result = outcome(postcode=site_postcode, cancer_type="skin", skin_cancer_kind="non_melanoma")
    assert result.eligible is (not excluded)
    assert outcome(postcode=site_postcode, cancer_type="skin", skin_cancer_kind="melanoma").eligible is True


def test_unknown_skin_cancer_kind_goes_to_the_team() -> None:
    assert outcome(cancer_type="skin", skin_cancer_kind="unknown").eligible is None


def test_carers_are_eligible_through_the_person_they_care_for() -> None:
    assert outcome(role="carer_for_self", has_diagnosis=None, cares_for_someone_with_cancer=True).eligible
    assert (
        outcome(role="carer_for_self", has_diagnosis=None, cares_for_someone_with_cancer=False).eligible
        is False
    )


def test_awaiting_diagnosis_and_no_diagnosis() -> None:
    assert outcome(has_diagnosis="awaiting").eligible is True
    assert outcome(has_diagnosis="no").eligible is False


def test_missing_answers_leave_it_open() -> None:
    assert outcome(age=None).eligible is None
    assert outcome(postcode=None).eligible is None


AREAS = st.sampled_from(["DD", "KY", "E", "DH", "CV", "SW", "M", "B", "EH", "G"])
districts = st.one_of(  # A9, A99, AA9, AA99, and A9A / AA9A (a letter only after a single digit)
    st.builds(lambda area, num: f"{area}{num}", AREAS, st.integers(1, 99)),
    st.builds(
        lambda area, num, letter: f"{area}{num}{letter}", AREAS, st.integers(1, 9), st.sampled_from("AW")
    ),
)
inwards = st.builds(
    lambda d, a, b: f"{d}{a}{b}",
    st.integers(0, 9),
    st.sampled_from("ABDEFGHJLNPQRSTUWXYZ"),
    st.sampled_from("ABDEFGHJLNPQRSTUWXYZ"),
)


@given(districts, inwards, st.sampled_from(["", " ", "  "]), st.booleans())
def test_postcodes_normalise_however_they_are_typed(
    district: str, inward: str, gap: str, lower: bool
) -> None:
    typed = f"{district}{gap}{inward}"
    typed = typed.lower() if lower else typed
    normalised = normalise_postcode(typed)
    assert normalised == f"{district} {inward}"
    assert normalise_postcode(normalised) == normalised


@given(st.text(alphabet=string.ascii_letters + string.digits + " !?.", max_size=12))
def test_normalising_never_crashes_and_returns_a_valid_shape(text: str) -> None:
    result = normalise_postcode(text)
    assert result is None or normalise_postcode(result) == result


@pytest.mark.parametrize("text", ["my house", "", "12345", "DD1", "ZZZZ ZZZ", "DD1 4H"])
def test_not_postcodes(text: str) -> None:
    assert normalise_postcode(text) is None


def test_a_carer_of_someone_awaiting_diagnosis_follows_the_sites_awaiting_rule() -> None:
    waiting = {"role": "carer_for_self", "has_diagnosis": "awaiting", "cares_for_someone_with_cancer": True}
    assert outcome(**waiting).eligible is True
    strict = SITES.model_copy(
        update={"sites": [s.model_copy(update={"accepts_awaiting_diagnosis": False}) for s in SITES.sites]}
    )
    answers = EligibilityAnswers(**({"postcode": "DD1 4HN", "age": 60} | waiting))
    assert check(check_eligibility(answers, strict, TODAY), "diagnosis").passed is False
