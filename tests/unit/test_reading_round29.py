"""Readings from blind round 29 (a third ordinary week), in other words than the set's."""

from __future__ import annotations

import pytest

from frontdoor.content import get_content
from frontdoor.intake.readers import READERS, read_answer
from frontdoor.referrals.models import Referral

OPENING = "hello, my wife has bowel cancer and the hospital said you help families too"


@pytest.mark.parametrize("said", ["2 - me", "2, for myself", "2 its for me"])
def test_the_carers_number_with_for_me_is_a_carer(said: str) -> None:
    assert READERS["referrer_role"](said, Referral(), get_content()) == (
        {"referrer_role": "carer_for_self"},
        None,
    )


def test_the_patients_number_with_i_have_it_is_still_the_patient() -> None:
    assert READERS["referrer_role"]("1 - me, I've got it", Referral(), get_content()) == (
        {"referrer_role": "self"},
        None,
    )


@pytest.mark.parametrize(
    ("said", "role"), [("1, me, I look after him as well", "self"), ("3 - me", "on_behalf")]
)
def test_a_number_given_twice_is_taken_over_the_first_message(said: str, role: str) -> None:
    fields, problem = read_answer(
        "referrer_role", said, Referral(), get_content(), retry=True, opening=OPENING
    )
    assert (fields, problem) == ({"referrer_role": role}, None)


def test_a_number_beside_someone_else_given_twice_goes_by_the_first_message() -> None:
    fields, _ = read_answer(
        "referrer_role", "my dad, 1", Referral(), get_content(), retry=True, opening=OPENING
    )
    assert fields == {"referrer_role": "on_behalf"}
