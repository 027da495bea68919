"""What the twenty-second blind set of people showed (issue #13), in other words than theirs, through the
internal API: an age typed wrong and taken back at the read-back ("14" then "41, sorry, typo"), an age
corrected at the next question ("actually 57 now, it was my birthday"), and an answer said aloud by
voice typing."""

from __future__ import annotations

from tests.api.test_answers_api import answer
from tests.api.test_referrals_api import draft


def test_an_age_taken_back_at_the_read_back_is_changed_and_never_refused(client) -> None:
    draft(client, "v1", consent_share=True)
    answer(client, "v1", "postcode", "DL17 8LA")
    out = answer(client, "v1", "age", "15")
    assert out["questions"] == ["eligibility_check"]
    out = answer(client, "v1", "eligibility_check", "51 sorry typo")
    assert out["values"]["age"] == 51
    assert out["eligible"] is not False and "eligibility_check" not in out["questions"]


def test_an_age_corrected_at_the_next_question_with_now(client) -> None:
    draft(client, "v2", consent_share=True)
    answer(client, "v2", "postcode", "DD4 7QS")
    answer(client, "v2", "age", "56")
    out = answer(client, "v2", "has_diagnosis", "Actually 57 now, it was my birthday on Monday, I forgot")
    assert out["problem"] == "corrected:age" and "57" in out["note"]


def test_a_postcode_and_an_age_said_aloud(client) -> None:
    draft(client, "v3", consent_share=True)
    out = answer(client, "v3", "postcode", "K Y to for A B")
    assert out["values"]["postcode"] == "KY2 4AB"
    out = answer(client, "v3", "age", "sixty for")
    assert out["values"]["age"] == 64
