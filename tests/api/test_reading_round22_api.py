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


def test_what_a_first_message_says_of_someone_else_is_taken_once_they_agree(client) -> None:
    """Blind person R22015 began "i want 2 refer my mum ... shes 66 lives E3 2AN she has ovarian cancer"
    and was asked her postcode, age and cancer again. Nothing of hers is kept before she agrees."""
    opening = "hiya its for my dad, hes 79, he lives DH1 3LE, he has prostate cancer"
    draft(client, "v7", consent_share=True)
    out = answer(client, "v7", "referrer_role", "3", opening=opening)
    assert out["values"] == {"referrer_role": "on_behalf"} and not out.get("note")
    out = answer(client, "v7", "on_behalf_agreed", "yes he knows", opening=opening)
    assert out["note"] == (
        "Thank you. From your first message I've noted their postcode (DH1 3LE), their age (79) and the "
        "type of cancer."
    )
    assert out["values"] == {
        "on_behalf_agreed": True,
        "postcode": "DH1 3LE",
        "age": 79,
        "has_diagnosis": "yes",
        "cancer_type": "prostate",
    }
    draft(client, "v8", consent_share=True)
    answer(client, "v8", "referrer_role", "3", opening=opening)
    out = answer(client, "v8", "on_behalf_agreed", "no not yet", opening=opening)
    assert out["values"] == {"on_behalf_agreed": False} and not out.get("note")


def test_an_age_put_right_with_i_mean_at_the_next_question(client) -> None:
    """Blind person R23020 typed 47, then "Sorry, I mean 74! Fingers." at the diagnosis question."""
    draft(client, "v9", consent_share=True)
    answer(client, "v9", "postcode", "DD6 8BX")
    answer(client, "v9", "age", "38")
    out = answer(client, "v9", "has_diagnosis", "Oops I mean 83, silly thumbs")
    assert out["problem"] == "corrected:age" and "83" in out["note"]
    out = answer(client, "v9", "has_diagnosis", "sorry I mean 2")  # a choice, not an age
    assert out["problem"] != "corrected:age"
