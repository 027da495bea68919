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


def test_several_scores_in_one_message_go_to_the_worries_in_turn(client) -> None:
    """Blind people R22002 and R22028 answered the first "how much is it a worry?" with a score for each
    of their worries ("8 9 9 5"), and were asked every score twice."""
    draft(client, "v4", consent_share=True)
    out = answer(client, "v4", "concerns_text", "I'm skint, can't sleep and my back hurts")
    assert out["concerns"] == ["Money or finance", "Sleep problems", "Pain"]
    out = answer(client, "v4", "concern_score", "seven, five")
    assert out["accepted"] and out["next_concern"] == "Pain"
    out = answer(client, "v4", "concern_score", "6")
    assert out["next_concern"] is None and "concern_score" not in out["questions"]
    draft(client, "v5", consent_share=True)
    answer(client, "v5", "concerns_text", "I'm skint and can't sleep")
    out = answer(client, "v5", "concern_score", "8 9")
    assert out["next_concern"] is None and "concern_score" not in out["questions"]


def test_more_scores_than_worries_left_is_one_score_as_before(client) -> None:
    draft(client, "v6", consent_share=True)
    answer(client, "v6", "concerns_text", "I'm skint and can't sleep")
    answer(client, "v6", "concern_score", "7")
    out = answer(client, "v6", "concern_score", "6 7")  # "6 or 7" for the last one: the higher
    assert out["accepted"] and out["next_concern"] is None
