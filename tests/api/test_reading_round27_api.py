"""What the twenty-seventh blind set of people (an ordinary week) showed (issue #13), in other words
than theirs, through the internal API: an age said of the person in the third person, by someone typing
with them, is asked for once more and then taken as given, never left out."""

from __future__ import annotations

from tests.api.test_answers_api import answer
from tests.api.test_referrals_api import draft


def test_an_age_said_of_the_person_twice_is_taken_the_second_time(client) -> None:
    """Blind person R27037's granddaughter typed "She's 90, born June 1936" for her, twice; the age was
    left out, and the referral went to be checked instead of being booked."""
    draft(client, "x1", consent_share=True)
    answer(client, "x1", "referrer_role", "1")
    answer(client, "x1", "postcode", "CV1 2AB")
    out = answer(client, "x1", "age", "he is 83 this year")
    assert out["problem"] == "not_their_age" and "age" in out["questions"]
    out = answer(client, "x1", "age", "he is 83 this year", retry=True)
    assert out["accepted"] and out["values"]["age"] == 83
