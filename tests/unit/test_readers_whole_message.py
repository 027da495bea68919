"""The readers weigh the whole message (issue: wrong refusals and misreadings), in words nobody wrote
the rules from: who the support is for, ages that are not postcodes, interpreters, treatment stage,
cancer type by place rather than cell, and London sub-districts."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.booking.preferences import parse_meeting
from frontdoor.content import get_content
from frontdoor.eligibility.cancer_types import match_cancer_type
from frontdoor.eligibility.routing import route_postcode
from frontdoor.intake import corrections, parsing
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("it's my nan, she said it was fine for me to message", "on_behalf"),
        ("for my brother please", "on_behalf"),
        ("only me", "self"),
        ("its me thats got it", "self"),
        ("my partner has lymphoma but i need some help for me", "carer_for_self"),
        ("i look after my mother in law", "carer_for_self"),
        ("I have a husband with cancer", None),  # for him, or for her as his carer? ask again
        ("3", "on_behalf"),
    ],
)
def test_who_the_support_is_for(text: str, role: str | None) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    ("text", "age"),
    [("I'm seventy-two", 72), ("72yrs", 72), ("she is 91", 91), ("TS7 0AB", None), ("DH7", None)],
)
def test_an_age_is_never_a_digit_of_a_postcode(text: str, age: int | None) -> None:
    assert parsing.parse_age(text) == age


@pytest.mark.parametrize(
    ("text", "needed", "language"),
    [
        ("english", False, None),
        ("not needed thanks", False, None),
        ("don't need one", False, None),
        ("she speaks urdu mostly", True, "Urdu"),
        ("yes, Sylheti please", True, "Sylheti"),
    ],
)
def test_interpreter(text: str, needed: bool, language: str | None) -> None:
    fields, problem = READERS["interpreter_needed"](text, Referral(), get_content())
    assert problem is None
    assert (fields["interpreter_needed"], fields.get("language")) == (needed, language)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("treatment finished last spring", "finished_treatment"),
        ("had my treatment, all done now", "finished_treatment"),
        ("on immunotherapy every 3 weeks", "in_treatment"),
    ],
)
def test_treatment_stage(text: str, stage: str) -> None:
    assert parsing.parse_stage(text) == stage


@pytest.mark.parametrize(
    ("text", "type_id", "kind"),
    [
        ("squamous cell carcinoma of the oesophagus", "oesophageal", None),
        ("SCC of the tongue", "head_and_neck", None),
        ("squamous skin cancer on my ear", "skin", "non_melanoma"),
        ("scc", "skin", None),  # no place named: the follow-up question asks
    ],
)
def test_cancer_type_is_the_place_not_the_cell(text: str, type_id: str, kind: str | None) -> None:
    found = match_cancer_type(text, get_content().cancer_types)
    assert (found.type_id, found.skin_cancer_kind) == (type_id, kind)


def test_no_idea_at_the_melanoma_question_is_not_a_no() -> None:
    assert parsing.parse_skin_kind("no idea") == "unknown"
    assert parsing.parse_skin_kind("no, not a melanoma") == "non_melanoma"


def test_london_sub_districts_belong_to_their_district() -> None:
    assert route_postcode("E1W 3TJ", get_content().sites).site_id == "tower_hamlets"


@pytest.mark.parametrize(
    ("asked", "text", "field"),
    [
        ("has_diagnosis", "oops my post code is DD4 6AB", "postcode"),
        ("cancer_type", "sorry I meant 58 not 85", "age"),
        ("postcode", "I have a husband with cancer", "referrer_role"),
        ("concern_score", "sorry I meant 3", None),  # a score, not an age
        # "for me" at the role question, then this: a carer (blind person R4032)
        ("has_diagnosis", "yes, my daughter Amy has lymphoma", "referrer_role"),
        ("has_diagnosis", "yes, I have lymphoma", None),
    ],
)
def test_corrections_name_their_field(asked: str, text: str, field: str | None) -> None:
    referral = Referral(referrer_role="self", postcode="DD1 4HN", age=85, phone="+447700900123")
    found = corrections.find(text, asked, referral)
    assert (found.field if found else None) == field


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("could you not come to the house, somewhere in town instead", "community_venue"),
        ("home visit please, she can't get out now", "home_visit"),
        ("just ring me", "phone"),
    ],
)
def test_how_to_meet_weighs_every_cue_and_what_is_said_against(text: str, kind: str) -> None:
    assert parse_meeting(text, ["phone", "home_visit", "community_venue"]) == kind


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Me mam, she's got it", "on_behalf"),  # "me" for "my" in the north (blind person R4039)
        ("fur ma neebur", "on_behalf"),  # Scots (blind person R4038)
        ("for my neighbour Jim", "on_behalf"),
        ("just me", "self"),
    ],
)
def test_who_the_support_is_for_in_dialect(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "The consultant said basal cell, so it's not the melanoma sort.",
        "It is squamous",
        "it isn't a melanoma",
    ],
)
def test_a_kind_that_is_never_a_melanoma_settles_it(text: str) -> None:
    """ "The doctor said squamous cell. It is not the melanoma kind." was read as a melanoma, and a person
    the service excludes was taken on (blind person R4026)."""
    assert parsing.parse_skin_kind(text) == "non_melanoma"
