"""What the twentieth blind set of people showed (issue #13), in other words than theirs: a plain yes
to "You said there has been no cancer diagnosis. Is that right? 1. Yes 2. No" confirms it (it was taken
as a new diagnosis, and a man with clear tests was asked his cancer type and referred); and a need said
not to be one ("no, he can walk fine") is no access need."""

from __future__ import annotations

import pytest

from frontdoor.content import get_content
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral

CONFIRMED = ({"eligibility_confirmed": True}, None)


@pytest.mark.parametrize("text", ["yes", "Yes.", "aye", "yep ta"])
def test_a_plain_yes_confirms_no_diagnosis_read_back(text: str) -> None:
    referral = Referral(
        referrer_role="self", has_diagnosis="no", eligibility_checks=[{"rule": "diagnosis", "passed": False}]
    )
    assert READERS["eligibility_check"](text, referral, get_content()) == CONFIRMED


@pytest.mark.parametrize("text", ["Yes", "yes thats right"])
def test_a_plain_yes_confirms_a_carer_caring_for_someone_without_cancer(text: str) -> None:
    referral = Referral(
        referrer_role="carer_for_self",
        cares_for_someone_with_cancer=False,
        eligibility_checks=[{"rule": "diagnosis", "passed": False}],
    )
    assert READERS["eligibility_check"](text, referral, get_content()) == CONFIRMED


def test_yes_i_have_to_the_read_back_is_a_diagnosis() -> None:
    referral = Referral(
        referrer_role="self", has_diagnosis="no", eligibility_checks=[{"rule": "diagnosis", "passed": False}]
    )
    assert READERS["eligibility_check"]("yes I have", referral, get_content()) == (
        {"has_diagnosis": "yes"},
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Urdu please. No, she can walk fine",
        "no, he walks ok",
        "no thanks, her eyesight is fine",
        "Polish would help. No problems with stairs",
    ],
)
def test_a_need_said_not_to_be_one_is_no_access_need(text: str) -> None:
    fields, problem = READERS["support_needs"](text, Referral(referrer_role="on_behalf"), get_content())
    assert problem is None and not fields.get("access_needs")


@pytest.mark.parametrize(
    "text",
    ["he can walk ok but his eyesight is poor", "his hearing's not good", "no problems with stairs but deaf"],
)
def test_a_need_beside_one_said_not_to_be_is_still_a_need(text: str) -> None:
    fields, _ = READERS["support_needs"](text, Referral(referrer_role="on_behalf"), get_content())
    assert fields["access_needs"] == text
