"""What the twenty-sixth blind set of people showed (issue #13), in other words than theirs, through the
internal API: a support worker typing what the person says ("Ravi says yes please"), Scots numbers in
an age ("sixty-twa"), a carer whose husband is still having tests (waiting to know, not a no), and
scores given with words that name one worry by another name, beside the others named."""

from __future__ import annotations

from tests.api.test_answers_api import answer
from tests.api.test_consent_answer_first_round12 import _read
from tests.api.test_referrals_api import draft


def test_an_answer_passed_on_by_someone_typing_for_the_person(client) -> None:
    """Blind person R26007's support worker typed "Danny says yes ok" at the privacy question, twice,
    and nothing was kept."""
    out = _read(client, "Ravi says aye that's fine", conversation_id="w1", channel="web")
    assert out["agreed"] is True
    out = answer(client, "w1", "age", "Ravi says 52")
    assert out["values"]["age"] == 52


def test_what_someone_says_on_a_letter_or_a_doctor_says_is_not_cut_short(client) -> None:
    draft(client, "w2", consent_share=True)
    answer(client, "w2", "postcode", "CV3 1AB")
    answer(client, "w2", "age", "61")
    out = answer(client, "w2", "has_diagnosis", "the doctor says it's bowel cancer")
    assert out["values"].get("has_diagnosis") == "yes"


def test_an_age_in_scots_numbers(client) -> None:
    draft(client, "w3", consent_share=True)
    answer(client, "w3", "postcode", "DD2 3AB")
    out = answer(client, "w3", "age", "sixty-twa")
    assert out["values"]["age"] == 62


def test_a_carer_whose_person_is_still_having_tests_is_waiting_to_know(client) -> None:
    """Blind person R26025 answered "not yet, they're doing tests on his bowel": read as a no, she was
    asked to confirm she cares for nobody with cancer."""
    draft(client, "w4", consent_share=True)
    answer(client, "w4", "referrer_role", "2")
    answer(client, "w4", "postcode", "CV4 7AL")
    answer(client, "w4", "age", "70")
    out = answer(client, "w4", "cares_for_someone_with_cancer", "no, she's still having scans to see")
    assert out["values"]["has_diagnosis"] == "awaiting"
    assert "eligibility_check" not in out["questions"]


def test_a_score_given_under_another_name_beside_the_others_goes_to_the_worry_left(client) -> None:
    """Blind people R26013 and R26032 gave a score for each worry in one message, one of them under
    their own word for it ("the little ones 8" for "caring for someone else"), and were asked that
    worry's score twice."""
    draft(client, "w5", consent_share=True)
    out = answer(client, "w5", "concerns_text", "I'm skint, I can't sleep and I look after my dad as well")
    assert out["concerns"] == ["Money or finance", "Sleep problems", "Caring for someone else"]
    out = answer(client, "w5", "concern_score", "money 9, me da 6, sleep 7")
    assert out["accepted"] and out["next_concern"] is None
    assert "concern_score" not in out["questions"]
