"""Readings from blind round 28 (a second ordinary week), in other words than the set's."""

from __future__ import annotations

import pytest

from frontdoor.content import get_content
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral


@pytest.mark.parametrize(
    ("said", "postcode"),
    [
        ("DD2 5LT no wait, 5LU", "DD2 5LU"),
        ("cv3 1ab sorry 1aq", "CV3 1AQ"),
        ("It's KY1 2EE, oops I mean 2EF", "KY1 2EF"),
        ("DH1 3LE, no, sorry, 3LH", "DH1 3LH"),
    ],
)
def test_the_second_half_put_right_in_the_same_message_is_kept(said: str, postcode: str) -> None:
    assert READERS["postcode"](said, Referral(), get_content()) == ({"postcode": postcode}, None)


@pytest.mark.parametrize("said", ["DD2 5LT thanks", "DD2 5LT no wait", "DD2 5LT, flat 3"])
def test_a_postcode_with_nothing_put_right_is_kept_as_given(said: str) -> None:
    assert READERS["postcode"](said, Referral(), get_content()) == ({"postcode": "DD2 5LT"}, None)


@pytest.mark.parametrize(
    "said", ["a pal from the bowling club", "my neighbour at the mosque told me", "A friend from chapel"]
)
def test_a_friend_met_somewhere_is_word_of_mouth(said: str) -> None:
    assert READERS["referral_source"](said, Referral(), get_content()) == (
        {"referral_source": "word_of_mouth"},
        None,
    )


@pytest.mark.parametrize(
    ("said", "source"), [("the minister at church", "voluntary_organisation"), ("my GP", "gp")]
)
def test_no_friend_named_reads_as_before(said: str, source: str) -> None:
    assert READERS["referral_source"](said, Referral(), get_content()) == ({"referral_source": source}, None)


@pytest.mark.parametrize(
    "said",
    ["newly diagnosed, the op is booked for March", "Only diagnosed last week, radiotherapy to come"],
)
def test_newly_diagnosed_with_treatment_still_to_come(said: str) -> None:
    assert READERS["cancer_stage"](said, Referral(), get_content()) == (
        {"cancer_stage": "newly_diagnosed"},
        None,
    )
