"""One answer at a time through the internal API: reading, storing, and planning the next question."""

from __future__ import annotations

import pytest

from tests.api.test_referrals_api import SERVICE, draft


def answer(client, conversation: str, field: str, text: str, **bot_reading) -> dict:
    response = client.put(
        "/internal/referrals/answer",
        json={"conversation_id": conversation, "field": field, "text": text, **bot_reading},
        headers=SERVICE,
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_answers_need_consent_first(client) -> None:
    response = client.put(
        "/internal/referrals/answer",
        json={"conversation_id": "nc", "channel": "web", "field": "postcode", "text": "DD1 4HN"},
        headers=SERVICE,
    )
    assert response.status_code == 409
    assert "agreed" in response.json()["detail"]


def test_unknown_question_is_a_clear_400(client) -> None:
    draft(client, "uq", consent_share=True)
    response = client.put(
        "/internal/referrals/answer",
        json={"conversation_id": "uq", "channel": "web", "field": "shoe_size", "text": "9"},
        headers=SERVICE,
    )
    assert response.status_code == 400
    assert "shoe_size" in response.json()["detail"]


def test_the_plan_follows_the_answers(client) -> None:
    draft(client, "p1", consent_share=True)
    out = answer(client, "p1", "referrer_role", "it's for my dad")
    assert out["questions"][:3] == ["referrer_role", "on_behalf_agreed", "postcode"]
    out = answer(client, "p1", "on_behalf_agreed", "yes he asked me to")
    assert "referrer_name" in out["questions"]
    answer(client, "p1", "postcode", "dd1 4hn")
    answer(client, "p1", "has_diagnosis", "1")
    out = answer(client, "p1", "cancer_type", "skin cancer")
    assert "skin_cancer_kind" in out["questions"]
    out = answer(client, "p1", "skin_cancer_kind", "basal cell")
    assert out["eligible"] is False
    assert out["questions"] == ["eligibility_check"]
    assert out["deciding"] == "it is a non-melanoma skin cancer (like basal cell)"
    out = answer(client, "p1", "eligibility_check", "yes that's right")
    assert out["questions"] == []
    assert out["ineligible_reasons"] == [
        "This service does not cover non-melanoma skin cancer (usually treated quickly)."
    ]
    assert any("0808 808 00 00" in h for h in out["other_help"])


def test_bad_answers_come_back_with_a_problem_and_change_nothing(client) -> None:
    draft(client, "p2", consent_share=True)
    assert answer(client, "p2", "age", "old enough")["problem"] == "not_an_age"
    assert answer(client, "p2", "postcode", "my house")["problem"] == "not_a_uk_postcode"
    assert answer(client, "p2", "referrer_role", "banana")["problem"] == "not_a_role"
    out = answer(client, "p2", "age", "I'm 71")
    assert out["accepted"] and out["values"] == {"age": 71, "date_of_birth": None}


def test_concerns_are_mapped_then_scored_one_by_one(client) -> None:
    draft(client, "p3", consent_share=True)
    out = answer(client, "p3", "concerns_text", "I'm skint and can't sleep")
    assert out["concerns"] == ["Money or finance", "Sleep problems"]
    assert out["next_concern"] == "Money or finance"
    assert answer(client, "p3", "concern_score", "really bad")["problem"] == "not_a_score"
    assert answer(client, "p3", "concern_score", "9")["next_concern"] == "Sleep problems"
    out = answer(client, "p3", "concern_score", "five")
    assert out["next_concern"] is None
    assert "concern_score" not in out["questions"]


def test_a_score_is_never_asked_a_third_time(client) -> None:
    """Blind person R3012 answered "9 before a scan, 5 the rest of the time" and was asked the same score
    question until the conversation gave up."""
    draft(client, "p4", consent_share=True)
    answer(client, "p4", "concerns_text", "I'm skint, can't sleep and my back hurts")
    out = answer(client, "p4", "concern_score", "9 before a scan, 5 the rest of the time")
    assert out["accepted"] and out["next_concern"] == "Sleep problems"
    assert answer(client, "p4", "concern_score", "depends on the night")["problem"] == "not_a_score"
    out = answer(client, "p4", "concern_score", "depends on the night", retry=True)
    assert out["accepted"] and out["next_concern"] == "Pain"  # kept unscored for the link worker
    out = answer(client, "p4", "concern_score", "pretty bad", retry=True)
    assert out["next_concern"] is None and "concern_score" not in out["questions"]


@pytest.mark.parametrize(
    "said", ["that's not a worry for me", "I never said that", "not bothered about that one", "thats wrong"]
)
def test_a_worry_they_say_is_not_theirs_is_taken_off(client, said: str) -> None:
    """Read wrongly from their words, a worry is not scored: they say so at its score question."""
    conversation = f"nw-{abs(hash(said))}"
    draft(client, conversation, consent_share=True)
    answer(client, conversation, "concerns_text", "I'm skint and can't sleep")
    out = answer(client, conversation, "concern_score", said)
    assert out["accepted"] and out["concerns"] == ["Sleep problems"]
    assert out["note"] == "Sorry, I've taken Money or finance off your list."
    assert out["next_concern"] == "Sleep problems"


def test_the_only_worry_taken_off_keeps_their_words(client) -> None:
    """Their words are never lost: with the one reading gone, they are scored as they said them."""
    said = "moving in with my daughter next month"
    draft(client, "nw-only", consent_share=True, concerns=[{"item": "housing", "in_their_words": said}])
    out = answer(client, "nw-only", "concern_score", "that isn't a worry, I didn't say that")
    assert out["concerns"] == ["Something else"]
    assert out["note"] == "Sorry, I've taken Housing off your list."
    assert out["next_concern"] == f"'{said}'"
    assert answer(client, "nw-only", "concern_score", "6")["next_concern"] is None


def test_a_low_score_in_words_is_still_a_score(client) -> None:
    draft(client, "nw-low", consent_share=True)
    answer(client, "nw-low", "concerns_text", "I'm skint and can't sleep")
    out = answer(client, "nw-low", "concern_score", "not worried, 0")
    assert out["concerns"] == ["Money or finance", "Sleep problems"] and out.get("note") is None


def test_asking_for_a_person_again_after_a_call_back_is_an_answer_not_the_same_reply(client) -> None:
    """Blind person R3018 answered "to have someone to talk" at "which matters most?": the call back was
    asked for, then the same again and again at the same question."""
    draft(client, "h1", consent_share=True)
    said = {"intent": "request_human", "confidence": 0.95}
    out = answer(client, "h1", "main_concern", "to have someone to talk", **said)
    assert out["interrupt"] == "request_human"
    client.post("/internal/referrals/callback", json={"conversation_id": "h1"}, headers=SERVICE)
    out = answer(client, "h1", "main_concern", "to have someone to talk", **said)
    assert not out.get("interrupt") and out["accepted"] and "main_concern" not in out["questions"]
    assert out["values"]["main_concern"] == "something_else"  # kept in their words


def _two_worries_scored(client, conversation: str) -> None:
    """Up to "which of these matters most?": two worries, scored the same (so the scores do not say)."""
    draft(client, conversation, consent_share=True)
    answer(client, conversation, "concerns_text", "I'm skint and can't sleep")
    answer(client, conversation, "concern_score", "7")
    out = answer(client, conversation, "concern_score", "7")
    assert "main_concern" in out["questions"]


def test_what_matters_most_in_words_that_fit_no_item_is_kept_in_their_words(client) -> None:
    """Blind person R4006 answered "Not knowing what the hospital has decided." at "which matters most?";
    the model read it as "why?", and the reason was given and the question asked again, in a loop."""
    _two_worries_scored(client, "m4")
    said = "Not knowing what the hospital has decided."
    out = answer(client, "m4", "main_concern", said, intent="ask_why", confidence=0.92)
    assert not out.get("interrupt") and out["accepted"], out
    assert out["values"]["main_concern"] == "something_else"
    assert out["next_concern"] == "'not knowing what the hospital has decided'"


def test_what_matters_most_can_be_a_worry_not_said_before_and_is_not_a_go_back(client) -> None:
    """Blind person R3028 answered "The question of purpose, I suppose" at "which matters most?": it was
    taken as "go back", and the worries were asked all over again, in a loop."""
    _two_worries_scored(client, "w9")
    said = "The question of purpose, I suppose, what it is all for now"
    out = answer(client, "w9", "main_concern", said, intent="go_back", confidence=0.93)
    assert not out.get("interrupt") and out["accepted"], out
    assert out["next_concern"] is not None  # the new worry is scored next
    assert out["values"]["main_concern"] == "meaning_or_purpose"


def test_a_carer_is_asked_about_caring_not_diagnosis(client) -> None:
    draft(client, "p4", consent_share=True)
    out = answer(client, "p4", "referrer_role", "2")
    assert "cares_for_someone_with_cancer" in out["questions"]
    assert "has_diagnosis" not in out["questions"] and "cancer_stage" not in out["questions"]


def test_under_age_is_told_kindly_and_pointed_to_young_peoples_services(client) -> None:
    draft(client, "p5", consent_share=True)
    answer(client, "p5", "postcode", "CV1 5FB")
    out = answer(client, "p5", "age", "16")
    assert out["eligible"] is False
    assert out["ineligible_reasons"] == ["This service is for adults."]
    assert any("Young Lives vs Cancer" in h or "Teenage Cancer Trust" in h for h in out["other_help"])


def test_details_questions_store_what_the_link_worker_needs(client) -> None:
    draft(client, "d1", consent_share=True)
    answer(client, "d1", "referrer_role", "3")
    out = answer(client, "d1", "on_behalf_agreed", "yes")
    assert out["questions"][out["questions"].index("name") :][:5] == [
        "name",
        "referrer_name",
        "referrer_relationship",
        "referrer_phone",
        "phone",
    ]
    assert out["speaking_to"] == "other"
    answer(client, "d1", "name", "Margaret Brown")
    assert answer(client, "d1", "preferred_name", "same")["values"] == {"preferred_name": "Margaret"}
    answer(client, "d1", "referrer_relationship", "her son")
    assert answer(client, "d1", "referrer_phone", "12345")["problem"] == "not_a_phone_number"
    assert answer(client, "d1", "referrer_phone", "07700 900456")["values"] == {
        "referrer_phone": "+447700900456"
    }
    out = answer(client, "d1", "contact_preferences", "ring me after 2pm")
    assert out["values"] == {"preferred_contact": "phone", "contact_times": "ring me after 2pm"}
    assert answer(client, "d1", "contact_preferences", "bananas")["problem"] == "not_a_contact_preference"
    assert answer(client, "d1", "access_needs", "she's hard of hearing")["accepted"]
    assert answer(client, "d1", "access_needs", "no")["values"] == {"access_needs": None}
    assert answer(client, "d1", "age", "12/03/1958")["values"]["date_of_birth"] == "1958-03-12"


def test_browsing_a_category_picks_its_numbered_items(client) -> None:
    draft(client, "b1", consent_share=True)
    out = answer(client, "b1", "concerns_text", "more")
    assert out["problem"] == "browse"
    assert out["menu"].splitlines()[0] == "1. Body and health"
    assert answer(client, "b1", "concern_category", "9")["problem"] == "not_a_category"
    out = answer(client, "b1", "concern_category", "3")
    assert out["category"] == "practical"
    practical = out["menu"].splitlines()
    assert practical[0] == "1. Money or finance" and practical[1] == "2. Housing"
    response = client.put(
        "/internal/referrals/answer",
        json={
            "conversation_id": "b1",
            "channel": "web",
            "field": "concerns_text",
            "text": "1 and 2",
            "category": "practical",
        },
        headers=SERVICE,
    )
    assert response.json()["concerns"] == ["Money or finance", "Housing"]


def test_which_concern_matters_most_is_asked_only_with_more_than_one(client) -> None:
    draft(client, "m1", consent_share=True)
    out = answer(client, "m1", "concerns_text", "money")
    assert "main_concern" not in out["questions"]
    out = answer(client, "m1", "concerns_text", "money worries and i can't sleep")
    assert "main_concern" in out["questions"]
    assert out["menu"] == "1. Money or finance\n2. Sleep problems"
    assert answer(client, "m1", "main_concern", "3")["problem"] == "not_one_of_the_concerns"
    assert answer(client, "m1", "main_concern", "2")["values"] == {"main_concern": "sleep"}
    assert answer(client, "m1", "main_concern", "the money")["values"] == {"main_concern": "money_or_finance"}


def test_start_again_clears_answers_but_keeps_consent(client) -> None:
    draft(client, "s1", consent_share=True)
    answer(client, "s1", "postcode", "DD1 4HN")
    answer(client, "s1", "concerns_text", "money")
    response = client.post("/internal/referrals/start-again", json={"conversation_id": "s1"}, headers=SERVICE)
    assert response.status_code == 200
    assert response.json()["concerns"] == [] and response.json()["site_name"] is None
    assert answer(client, "s1", "age", "70")["accepted"]  # consent is still there
    missing = client.post(
        "/internal/referrals/start-again", json={"conversation_id": "nobody"}, headers=SERVICE
    )
    assert missing.status_code == 409


def test_a_call_back_asked_for_after_sending_raises_the_priority(client) -> None:
    draft(client, "cb1", consent_share=True)
    draft(client, "cb1", postcode="DD1 4HN", age=60, has_diagnosis="yes", referrer_role="self")
    response = client.post("/internal/referrals/submit", json={"conversation_id": "cb1"}, headers=SERVICE)
    assert response.json()["priority"] == "routine"
    called = client.post("/internal/referrals/callback", json={"conversation_id": "cb1"}, headers=SERVICE)
    assert called.status_code == 200 and called.json()["priority"] == "high"
    nobody = client.post("/internal/referrals/callback", json={"conversation_id": "nobody"}, headers=SERVICE)
    assert nobody.status_code == 404


def test_a_refusal_is_read_back_first_and_no_puts_the_question_again(client) -> None:
    draft(client, "r1", consent_share=True)
    answer(client, "r1", "postcode", "CV1 5FB")
    out = answer(client, "r1", "age", "6")
    assert out["eligible"] is False
    assert out["questions"] == ["eligibility_check"] and out["deciding"] == "you are 6"
    out = answer(client, "r1", "eligibility_check", "no")
    assert out["problem"] == "change:age" and out["eligible"] is None
    assert "age" in out["questions"]
    answer(client, "r1", "age", "6")
    out = answer(client, "r1", "eligibility_check", "no I meant 66")
    assert out["values"]["age"] == 66
    assert out["eligible"] is not False and "eligibility_check" not in out["questions"]


def test_a_postcode_correction_at_the_age_question_is_not_read_as_an_age(client) -> None:
    draft(client, "c1", consent_share=True)
    answer(client, "c1", "postcode", "DH1 3LE")
    out = answer(client, "c1", "age", "sorry, my postcode is actually DH7 8XL")
    assert out["problem"] == "corrected:postcode" and out["accepted"] is False
    assert out["note"] == "Thank you, I've changed the postcode to DH7 8XL."
    assert out["eligible"] is not False
    out = answer(client, "c1", "has_diagnosis", "sorry I'm 2 years into treatment")
    assert out["problem"] != "corrected:age"  # a duration is no age
    out = answer(client, "c1", "has_diagnosis", "sorry I meant I'm 68")
    assert out["problem"] == "corrected:age"  # the age question left behind: given now, it is kept
    answer(client, "c1", "age", "67")
    out = answer(client, "c1", "has_diagnosis", "sorry I meant I'm 68")
    assert out["problem"] == "corrected:age" and "68" in out["note"]


def test_a_correction_that_also_answers_the_question_does_both_and_never_repeats(client) -> None:
    """Blind person R3013 texted "sorry i meant DH1 not DH7. its DH1 4PS. im 66" at the age question: the
    postcode was changed, the age asked again, and the same message changed the postcode again and again."""
    draft(client, "c3", consent_share=True)
    answer(client, "c3", "postcode", "dh7 4ps")
    fixed = "sorry i meant DH1 not DH7. its DH1 4PS. im 66"
    out = answer(client, "c3", "age", fixed)
    assert out["accepted"] is True and out["values"]["age"] == 66
    assert out["note"] == "Thank you, I've changed the postcode to DH1 4PS."
    draft(client, "c4", consent_share=True)
    answer(client, "c4", "postcode", "DH1 4PS")
    again = answer(client, "c4", "age", fixed)  # the postcode is already that: an answer, not a change
    assert again["accepted"] is True and again["values"]["age"] == 66 and not again.get("note")
    # A stray number left over is no age (blind person R2019 was read as 1 and turned away):
    draft(client, "c5", consent_share=True)
    answer(client, "c5", "postcode", "DL4 6AQ")
    out = answer(client, "c5", "age", "sorry, my postcode is DL14 6AQ, I missed the 1 off")
    assert out["problem"] == "corrected:postcode" and out["eligible"] is not False


def test_someone_else_having_cancer_makes_the_person_a_carer(client) -> None:
    draft(client, "c2", consent_share=True)
    answer(client, "c2", "referrer_role", "me")
    out = answer(client, "c2", "postcode", "no wait, it's my husband who has cancer")
    assert out["problem"] == "corrected:referrer_role" and out["speaking_to"] == "self"
    assert "cares_for_someone_with_cancer" in out["questions"]
    assert out["note"].startswith("Thank you. I've noted the support is for you")


def test_asking_for_someone_else_after_choosing_me_makes_it_on_behalf(client) -> None:
    """Blind person R19022 chose 1, then at the postcode question: "No wait, sorry, it's my husband
    who's ill, not me. I'm asking for him..., so it's 3". It was read as a postcode."""
    draft(client, "c6", consent_share=True)
    answer(client, "c6", "referrer_role", "1")
    said = "oh sorry, it's my mam who's poorly not me, I'm doing this for her. 3"
    out = answer(client, "c6", "postcode", said)
    assert out["problem"] == "corrected:referrer_role" and out["speaking_to"] == "other"
    assert "on_behalf_agreed" in out["questions"]
    assert out["note"] == "Thank you. I've noted you are asking for someone else."


def test_a_cancer_type_taken_back_later_is_changed_and_the_question_asked_again(client) -> None:
    """Blind person R19010 said "bowel", then at the concerns question "sorry no, that was my uncle.
    Dad's is prostate cancer": it was kept as a worry."""
    draft(client, "c7", consent_share=True)
    for field, text in [
        ("referrer_role", "3"),
        ("on_behalf_agreed", "yes"),
        ("carer_support_wanted", "no"),
        ("postcode", "CV2 4FF"),
        ("age", "80"),
        ("has_diagnosis", "yes"),
        ("cancer_type", "bowel"),
    ]:
        answer(client, "c7", field, text)
    out = answer(client, "c7", "concerns_text", "sorry no that was my brother. Dads is prostate")
    assert out["problem"] == "corrected:cancer_type" and out["accepted"] is False  # asked again
    assert out["note"] == "Thank you, I've changed the type of cancer to prostate."
    said = "sorry, he's not sleeping, the op scares him, his brother had bowel cancer and it went badly"
    worry = answer(client, "c7", "concerns_text", said)
    assert worry.get("problem") != "corrected:cancer_type"  # a longer message about a worry is a worry


def test_the_question_being_answered_reads_first_then_a_sure_intent(client) -> None:
    draft(client, "i1", consent_share=True)
    out = answer(client, "i1", "referrer_role", "just me", intent="goodbye", confidence=0.95)
    assert out["accepted"] and out["interrupt"] is None
    out = answer(client, "i1", "postcode", "why do you need that", intent="ask_why", confidence=0.97)
    assert out["interrupt"] == "ask_why" and out["accepted"] is False
    out = answer(client, "i1", "postcode", "blah", intent="ask_why", confidence=0.3)
    assert out["interrupt"] is None and out["problem"] == "not_a_uk_postcode"
    out = answer(client, "i1", "name", "can i talk to a person", intent="request_human", confidence=0.9)
    assert out["interrupt"] == "request_human"
    # blind person R7005, a carer asked her age: "how's that matter? ah'm no the wan wi cancer"
    said = "how's that matter? ah'm no the wan wi cancer"
    assert answer(client, "i1", "age", said, intent="ask_why", confidence=0.9)["interrupt"] == "ask_why"
    assert (
        answer(client, "i1", "age", "it doesn't matter", intent="ask_why", confidence=0.9)["interrupt"]
        is None
    )
    # asked again after a hint, "why?" is still a question, not a second try that leaves the age out
    out = answer(client, "i1", "age", "why does it matter", intent="ask_why", confidence=0.9, retry=True)
    assert out["interrupt"] == "ask_why"


def test_a_question_again_just_after_being_told_why_is_the_answer_in_their_own_words(client) -> None:
    """Blind person R8032 asked "who do I talk to meanwhile?" at the worries question, then at its score,
    and was told why it is asked three times running at each. Told why once, asking again is a second
    try: a free-text question keeps their words, a score is left for the link worker."""
    draft(client, "w1", consent_share=True)
    said = "do I just have to sit and wait then? who do I ring in the meantime?"
    first = answer(client, "w1", "concerns_text", said, intent="ask_why", confidence=0.95)
    assert first["interrupt"] == "ask_why"
    again = answer(client, "w1", "concerns_text", said, intent="ask_why", confidence=0.95, told_why=True)
    assert again["interrupt"] is None and again["accepted"]
    # at a score, told why once, asking again is a second try: left for the link worker, never a loop
    answer(client, "w1", "concern_score", "why do you need a number?", intent="ask_why", confidence=0.95)
    out = answer(
        client, "w1", "concern_score", "but why a number?", intent="ask_why", confidence=0.95, told_why=True
    )
    assert out["interrupt"] is None and out["accepted"]


def test_one_message_can_answer_diagnosis_and_type_and_needs_in_plain_words(client) -> None:
    draft(client, "m1", consent_share=True)
    out = answer(client, "m1", "has_diagnosis", "yes, squamous cell lung cancer")
    assert out["values"]["has_diagnosis"] == "yes" and out["values"]["cancer_type"] == "lung"
    out = answer(client, "m1", "support_needs", "English is fine, but I'm deaf in one ear")
    assert out["values"]["interpreter_needed"] is False and out["values"]["access_needs"]
    out = answer(client, "m1", "support_needs", "a Bengali interpreter please")
    assert out["values"]["language"] == "Bengali" and out["values"]["access_needs"] is None
    out = answer(client, "m1", "support_needs", "no thanks")
    assert out["values"]["interpreter_needed"] is False and out["values"]["access_needs"] is None
    out = answer(client, "m1", "cancer_stage", "finished treatment in May")
    assert out["values"]["cancer_stage"] == "finished_treatment"


def test_worries_that_fit_no_item_are_kept_in_their_words_and_never_asked_a_third_time(client) -> None:
    draft(client, "o1", consent_share=True)
    assert answer(client, "o1", "concerns_text", "zzz")["problem"] == "no_concern_recognised"
    out = answer(client, "o1", "concerns_text", "zzz", retry=True)
    assert out["accepted"] and out["concerns"] == ["Something else"]
    out = answer(client, "o1", "concerns_text", "the cat next door keeps getting in")
    assert out["accepted"] and out["concerns"] == ["Something else"]
    out = answer(client, "o1", "concerns_text", "nothing really")
    assert out["accepted"] and out["concerns"] == [] and "concern_score" not in out["questions"]
    assert answer(client, "o1", "referral_source", "banana")["problem"] == "not_a_source"
    assert answer(client, "o1", "referral_source", "banana", retry=True)["accepted"]
    out = answer(client, "o1", "age", "I'm 71, Jim's 74")
    assert out["values"]["age"] == 71
    out = answer(client, "o1", "postcode", "the house by the river", retry=True)
    assert out["accepted"] and out["eligible"] is None  # a person finds the address: never a loop
    assert answer(client, "o1", "review_confirm", "no", retry=True)["accepted"] is False  # a no is never sent


def test_a_phone_number_in_a_sentence_is_the_number_and_an_overlong_answer_is_asked_again(client) -> None:
    draft(client, "t1", consent_share=True)
    out = answer(client, "t1", "phone", "She doesn't have a mobile. Use mine, 07700 900108")
    assert out["values"] == {"phone": "+447700900108"}
    out = answer(client, "t1", "postcode", "we live at DD2 4QS near the park")
    assert out["values"]["postcode"] == "DD2 4QS"
    out = answer(client, "t1", "name", "Margaret " * 30)
    assert out["accepted"] is False and out["problem"] == "not_a_name"


def test_two_answers_in_one_message_are_both_kept(client) -> None:
    draft(client, "two", consent_share=True)
    out = answer(client, "two", "referrer_role", "me, breast cancer")
    assert out["values"]["referrer_role"] == "self"
    assert (out["values"]["has_diagnosis"], out["values"]["cancer_type"]) == ("yes", "breast")
    out = answer(client, "two", "postcode", "CV3 4AB and I'm 71")
    assert (out["values"]["postcode"], out["values"]["age"]) == ("CV3 4AB", 71)
    assert out["eligible"] is True
    draft(client, "carer", consent_share=True)
    out = answer(client, "carer", "referrer_role", "I look after my wife, she has bowel cancer")
    assert out["values"]["cares_for_someone_with_cancer"] is True


def test_going_back_at_the_worries_question_is_not_a_worry(client) -> None:
    draft(client, "gb", consent_share=True)
    out = answer(client, "gb", "concerns_text", "go back", intent="go_back", confidence=0.95)
    assert out["interrupt"] == "go_back" and out["concerns"] == []


def test_changes_at_the_read_back_to_questions_no_longer_asked_are_kept(client) -> None:
    draft(client, "rb", consent_share=True)
    out = answer(client, "rb", "review_confirm", "please call me Peggy")
    assert out["problem"] == "changed:preferred_name" and out["values"]["preferred_name"] == "Peggy"
    out = answer(client, "rb", "review_confirm", "actually I need a Polish interpreter")
    assert out["problem"] == "changed:support_needs" and out["values"]["language"] == "Polish"
    out = answer(client, "rb", "review_confirm", "text me in the evenings please")
    assert out["problem"] == "changed:contact_preferences" and out["values"]["preferred_contact"] == "sms"


def test_off_the_subject_twice_at_one_question_is_read_as_the_answer(client) -> None:
    """Blind person R5025 answered "a pal told me" at "how did you hear about us?": it was taken as off
    the subject, "I can only help with..." and the question again, three times. Asked again after that
    reply (``retry``), the words are the answer: kept where they can be read, else the question is left."""
    draft(client, "ot1", consent_share=True, referrer_role="self", postcode="DD1 4HN", age=60)
    sure = {"intent": "off_topic", "confidence": 0.93}
    out = answer(client, "ot1", "referral_source", "the lassie at the chippy", **sure)
    assert out.get("interrupt") == "off_topic"
    out = answer(client, "ot1", "referral_source", "the lassie at the chippy", retry=True, **sure)
    assert not out.get("interrupt") and out["accepted"]
    assert out["values"] == {}  # nothing to keep: the question is left for the link worker
    out = answer(client, "ot1", "referral_source", "a pal of mine told me about it", **sure)
    assert not out.get("interrupt") and out["values"] == {"referral_source": "word_of_mouth"}


def test_a_bare_me_is_read_beside_the_first_message(client) -> None:
    """Blind person R5031 opened "me dads got cancer n am lookin after him. u help carers?" and then
    answered "me" to "who is this support for?": recorded as the patient. Beside an opening that says
    they care for someone, "me" is their own support as a carer; "me, I've got it" is still the patient."""
    opening = "hiya my mams poorly with cancer and im the one caring for her, is this for people like me"
    draft(client, "op1", consent_share=True)
    out = answer(client, "op1", "referrer_role", "me", opening=opening)
    assert out["values"]["referrer_role"] == "carer_for_self"
    draft(client, "op2", consent_share=True)
    out = answer(client, "op2", "referrer_role", "me, I've got it myself", opening=opening)
    assert out["values"]["referrer_role"] == "self"
    draft(client, "op3", consent_share=True)
    assert answer(client, "op3", "referrer_role", "me")["values"]["referrer_role"] == "self"


def test_looked_after_is_caring() -> None:
    """Blind person R5011, widowed: "It's for me. I looked after Jack"."""
    from frontdoor.intake.parsing import parse_role

    assert parse_role("For me, I looked after my brother until the end") == "carer_for_self"


def test_agreement_given_later_makes_it_their_referral_again(client) -> None:
    """Blind person R5036 had not asked her partner yet ("he's asleep"), and took support as his carer;
    at the next question she wrote that he had woken and said yes. That is his referral."""
    draft(client, "ag1", consent_share=True)
    answer(client, "ag1", "referrer_role", "for my husband")
    out = answer(client, "ag1", "on_behalf_agreed", "not yet, he's at the hospital till tonight")
    assert out["values"] == {"on_behalf_agreed": False} and "carer_support_wanted" in out["questions"]
    out = answer(client, "ag1", "carer_support_wanted", "yes please")
    assert out["values"]["referrer_role"] == "carer_for_self"
    out = answer(client, "ag1", "postcode", "he's back now and he says yes, go ahead and do it")
    assert out["problem"] == "corrected:on_behalf_agreed" and "happy for you" in out["note"]
    out = answer(client, "ag1", "postcode", "DH7 8PS")
    assert out["speaking_to"] == "other" and "has_diagnosis" in out["questions"]
    out = answer(client, "ag1", "postcode", "she doesn't want to say yes to anything")
    assert out.get("problem") != "corrected:on_behalf_agreed"


def test_a_goodbye_interrupts_only_in_words_that_stop(client) -> None:
    """At a free-text question a sure intent wins over the answer, so a goodbye must say it: "forget
    it then" stops (blind person R5035 was asked every question with it), a worry does not."""
    draft(
        client,
        "gb1",
        consent_share=True,
        referrer_role="self",
        postcode="DD1 4HN",
        age=60,
        has_diagnosis="yes",
    )
    sure = {"intent": "goodbye", "confidence": 0.92}
    out = answer(client, "gb1", "name", "naw its not me that wants help, forget it then", **sure)
    assert out["interrupt"] == "goodbye"
    out = answer(client, "gb1", "concerns_text", "being on my own since he went", **sure)
    assert out["interrupt"] is None


def test_without_agreement_the_one_writing_chooses_support_as_a_carer_or_stops_there(client) -> None:
    """Blind person R5035 was referring her husband, who did not know and would not agree. She was told
    "We can still support you as their carer, so let's carry on", and said "its no me that needs help
    its him. forget it then" at every question after. Now she is asked; a no ends the referral there,
    not eligible for want of agreement, with nothing more asked about him."""
    draft(client, "na1", consent_share=True)
    answer(client, "na1", "referrer_role", "for him")
    out = answer(client, "na1", "on_behalf_agreed", "naw he doesnt know am doin it. cant yous just phone him")
    assert out["questions"][:3] == ["referrer_role", "on_behalf_agreed", "carer_support_wanted"]
    assert out["speaking_to"] == "other"
    declined = "naw its no me that needs help its him. forget it then"
    out = answer(client, "na1", "carer_support_wanted", declined)
    assert out["values"] == {"carer_support_wanted": False, "eligibility_confirmed": True}
    assert out["eligible"] is False and out["questions"] == []
    assert "Without their agreement" in " ".join(out["ineligible_reasons"]) and out["other_help"]

    for words in ("yes please", "ok", "that would be good actually"):
        conversation = f"na-{len(words)}"
        draft(client, conversation, consent_share=True)
        answer(client, conversation, "referrer_role", "my mum")
        answer(client, conversation, "on_behalf_agreed", "no she doesn't want to know")
        out = answer(client, conversation, "carer_support_wanted", words)
        assert out["values"]["referrer_role"] == "carer_for_self", words
        assert out["speaking_to"] == "self" and "carer_support_wanted" not in out["questions"]
        assert "cares_for_someone_with_cancer" not in out["questions"] or out["eligible"] is not False


def test_support_as_a_carer_asked_twice_without_a_clear_answer_goes_on(client) -> None:
    """Not a third time: someone who came for help and cannot say yes or no is supported, and can stop."""
    draft(client, "na9", consent_share=True)
    answer(client, "na9", "referrer_role", "my brother")
    answer(client, "na9", "on_behalf_agreed", "no")
    out = answer(client, "na9", "carer_support_wanted", "hmm what would that mean")
    assert out["problem"] == "not_yes_no"
    out = answer(client, "na9", "carer_support_wanted", "hmm what would that mean", retry=True)
    assert out["values"]["referrer_role"] == "carer_for_self"


def test_which_matters_most_is_asked_only_when_the_scores_do_not_say(client) -> None:
    """A person who scores money 9 and sleep 4 has said which matters most: one question fewer (the
    median person needed 24.5 messages to a booked appointment against a target of 22)."""
    draft(client, "mm1", consent_share=True)
    answer(client, "mm1", "concerns_text", "I'm skint and can't sleep")
    out = answer(client, "mm1", "concern_score", "9")
    assert "main_concern" in out["questions"]  # not all scored yet
    out = answer(client, "mm1", "concern_score", "4")
    assert "main_concern" not in out["questions"]
    draft(client, "mm2", consent_share=True)
    answer(client, "mm2", "concerns_text", "I'm skint and can't sleep and I'm lonely")
    for score in ("8", "3", "8"):
        out = answer(client, "mm2", "concern_score", score)
    assert "main_concern" in out["questions"]  # two scored 8: asked


def test_where_someone_is_treated_said_against_an_out_of_area_postcode_confirms_it(client) -> None:
    """Blind person R6014 answered "she goes 2 durham hospital tho" to "You said the postcode is DL3
    8SQ. Is that right?", was asked the postcode again, gave it again, and so round five times."""
    draft(client, "oa1", consent_share=True, referrer_role="on_behalf", on_behalf_agreed=True)
    out = answer(client, "oa1", "postcode", "dl3 8sq")
    assert out["eligible"] is False and out["questions"] == ["eligibility_check"]
    out = answer(client, "oa1", "eligibility_check", "she goes 2 durham hospital tho")
    assert out["values"] == {"eligibility_confirmed": True} and out["questions"] == []
    assert "not where you are treated" in out["ineligible_reasons"][0]


@pytest.mark.parametrize(
    "said", ["But he's at the Royal every week, surely that counts as Dundee?", "but her GP is in Fife"]
)
def test_anything_but_a_no_or_a_new_postcode_confirms_where_someone_lives(client, said: str) -> None:
    """Blind person R7012 said "But he's at Ninewells every week, surely that counts as Dundee?" and was
    asked the postcode again, gave it again, and so round five times: a dead end."""
    draft(client, "oa2", consent_share=True, referrer_role="on_behalf", on_behalf_agreed=True)
    answer(client, "oa2", "postcode", "PH2 7QE")
    out = answer(client, "oa2", "eligibility_check", said)
    assert out["values"] == {"eligibility_confirmed": True} and out["questions"] == []
    draft(client, "oa3", consent_share=True, referrer_role="self")
    answer(client, "oa3", "postcode", "PH2 7QE")
    out = answer(client, "oa3", "eligibility_check", "no sorry, it's DD2 4TF")
    assert out["problem"] == "corrected:postcode" and out["eligible"] is not False


def test_text_speak_for_at_the_age_read_back_is_not_an_age(client) -> None:
    """Blind person R7013, 15, asked "so theres nothing 4 me??" and was recorded as 4 years old."""
    draft(client, "ua1", consent_share=True, referrer_role="self", postcode="DD1 4HN")
    answer(client, "ua1", "age", "15")
    out = answer(client, "ua1", "eligibility_check", "so theres nothing 4 me??")
    assert out["values"] == {"eligibility_confirmed": True} and out["questions"] == []


def test_putting_off_support_until_the_person_is_asked_is_a_no_for_now(client) -> None:
    """Blind person R6012, whose mum did not know yet, said "ok, I'll try and talk to her this weekend":
    not a yes to support for himself (he was asked every question with it)."""
    draft(client, "na5", consent_share=True)
    answer(client, "na5", "referrer_role", "for my mum")
    answer(client, "na5", "on_behalf_agreed", "Not yet, she doesn't like talking about it")
    out = answer(client, "na5", "carer_support_wanted", "ok, I'll try and talk to her this weekend")
    assert out["values"]["carer_support_wanted"] is False and out["questions"] == []
    draft(client, "na6", consent_share=True)
    answer(client, "na6", "referrer_role", "for my mum")
    answer(client, "na6", "on_behalf_agreed", "no")
    out = answer(client, "na6", "carer_support_wanted", "yes please, and I'll talk to her too")
    assert out["values"]["referrer_role"] == "carer_for_self"


def test_an_access_need_said_in_passing_at_any_question_is_kept(client, db) -> None:
    """Blind person R6029 wrote "och i should of said before, im partially sighted, so phone is better or
    big writing on letters" when asked to score a worry; it was read as no score and lost, and his "naw"
    at the support question later recorded no access needs."""
    draft(client, "an1", consent_share=True)
    answer(client, "an1", "concerns_text", "the stoma and money")
    said = "och i should of said before, im partially sighted, so phone is better or big writing on letters"
    out = answer(client, "an1", "concern_score", said)
    assert out["problem"] == "corrected:access_needs" and "noted" in out["note"]
    assert out["next_concern"] is not None  # the same worry is scored next, as before
    out = answer(client, "an1", "support_needs", "naw")
    assert out["accepted"]
    out = answer(client, "an1", "concern_score", "I'm registered blind as well")  # added, not replaced
    assert out["problem"] == "corrected:access_needs"
    out = answer(client, "an1", "concern_score", "the pain is bad")  # no need named: the usual re-ask
    assert out["problem"] != "corrected:access_needs"
    from sqlalchemy import select

    from frontdoor.referrals.models import Referral

    kept = db.scalar(select(Referral).where(Referral.conversation_id == "an1")).access_needs
    assert "partially sighted" in kept and "registered blind" in kept


@pytest.mark.parametrize(
    "asked",
    ["What do you mean by distressed?", "Sorry, I'm not sure what you mean.", "sorry?", "wot u mean"],
)
def test_asking_what_the_question_means_is_explained_once_not_taken_as_a_wrong_answer(
    client, asked: str
) -> None:
    """Blind person R7031: "What do you mean by distressed? I'm not crying all day if that's what you
    mean" got "Please give a number from 0 to 10"."""
    draft(client, "am1", consent_share=True)
    out = answer(client, "am1", "distress_score", asked)
    assert (out["accepted"], out["problem"]) == (False, "asks_meaning")
    out = answer(client, "am1", "distress_score", asked, retry=True)  # after the explanation: no loop
    assert out["problem"] != "asks_meaning"
    assert answer(client, "am1", "age", "i don't understand why you want it")["problem"] == "asks_meaning"


def test_an_answer_that_says_it_does_not_understand_is_still_an_answer(client) -> None:
    """The question's reader looks first: a worry said with "I don't understand" is a worry."""
    draft(client, "am2", consent_share=True)
    out = answer(client, "am2", "concerns_text", "I don't understand the benefit forms at all")
    assert out["accepted"] and out["problem"] is None
    assert answer(client, "am2", "age", "67, I don't understand why it matters")["accepted"]


def test_as_i_said_at_the_postcode_or_age_takes_the_answer_from_the_first_message(client) -> None:
    """Blind people R8007 and R8025 put their postcode and age in their first message only, then
    answered "as per my first message": both were refused as not a postcode, and left unchecked."""
    draft(client, "b1", consent_share=True)
    first = "Evening. Iris Petrie here, 81, Lochee DD2 3AB. My lung cancer is back and I'd like some help."
    answer(client, "b1", "referrer_role", "for me", opening=first)
    out = answer(client, "b1", "postcode", "it's in my first message", opening=first)
    assert out["accepted"] and out["values"]["postcode"] == "DD2 3AB"
    assert out["note"] == "Thank you, I've taken DD2 3AB from your first message."
    out = answer(client, "b1", "age", "like I said above", opening=first)
    assert out["accepted"] and out["values"]["age"] == 81
    # nothing there to take: asked again as any unreadable answer is
    draft(client, "b2", consent_share=True)
    out = answer(client, "b2", "postcode", "I told you already", opening="hello, I need some help")
    assert not out["accepted"] and out["problem"] == "not_a_uk_postcode"


def test_details_in_the_first_message_are_not_asked_again_once_the_support_is_for_them(client) -> None:
    """Blind people R7035 and R8007 gave their age, postcode and cancer in their first message and were
    asked each again; a note says what was taken, so they can correct it."""
    draft(client, "f1", consent_share=True)
    first = "evening, it's Pat Rooney, I'm 68, from KY2 5QT, they found bowel cancer in the summer"
    out = answer(client, "f1", "referrer_role", "me", opening=first)
    assert out["accepted"]
    assert {k: out["values"].get(k) for k in ("postcode", "age", "cancer_type")} == {
        "postcode": "KY2 5QT",
        "age": 68,
        "cancer_type": "bowel",
    }
    assert out["note"] == (
        "Thank you. From your first message I've noted your postcode (KY2 5QT), your age (68) "
        "and the type of cancer."
    )
    # writing for someone else, their own details may be in it: nothing is taken
    draft(client, "f2", consent_share=True)
    first = "I'm 45 and live in KY2 5QT, my dad has bowel cancer and said I could do this for him"
    out = answer(client, "f2", "referrer_role", "for my dad", opening=first)
    assert "postcode" not in out["values"] and out["note"] is None


def test_a_name_is_never_taken_for_something_off_the_subject(client) -> None:
    """Blind person R10025 typed his name three times and was told three times that the bot can only
    help with support: at a free-text question the words are the answer, whatever the model thinks."""
    draft(client, "ot1", consent_share=True)
    sure = {"intent": "off_topic", "confidence": 0.93}
    out = answer(client, "ot1", "name", "kyle mcbride", **sure)
    assert out["interrupt"] is None and out["accepted"] and out["values"]["name"] == "kyle mcbride"
    # and at any question, what seemed off the subject twice running is read as the answer, or left
    out = answer(client, "ot1", "referral_source", "the fella at the bookies", retry=True, **sure)
    assert out["interrupt"] is None and out["accepted"]


@pytest.mark.parametrize("field", ["postcode", "age"])
def test_asked_why_twice_where_eligibility_needs_it_the_fuller_reason_not_a_skip(client, field: str) -> None:
    """Blind people R10027 and R10036 asked why twice, at the age and the postcode, and the question was
    left for a link worker: they could not be booked. Now a second "why?" gets the fuller reason and
    the question again; only a third is left for the link worker."""
    conversation = f"wm-{field}"
    draft(client, conversation, consent_share=True, referrer_role="self")
    sure = {"intent": "ask_why", "confidence": 0.95}
    out = answer(client, conversation, field, "what's that got to do with anything?", told_why=True, **sure)
    assert out["problem"] == "asks_why_again" and not out["accepted"]
    out = answer(client, conversation, field, "but why though?", told_why=True, told_why_fully=True, **sure)
    assert out["accepted"] and field not in out["questions"][:1]
    # and "don't know", as the fuller reason offers, is an answer: a link worker checks it
    draft(client, f"{conversation}-dk", consent_share=True, referrer_role="self")
    out = answer(client, f"{conversation}-dk", field, "rather not say")
    assert out["accepted"] and out["values"] == {}


@pytest.mark.parametrize(
    "said",
    [
        "hang on, will my husband be able to read this?",
        "is any of this passed to my GP?",
        "does the council get to see what I put",
        "will they tell my boss?",
    ],
)
def test_asking_who_sees_it_gets_who_sees_it(client, said: str) -> None:
    """Blind people R10025 ("does me mam get to see this") and R10027 ("is my doctor going to get all
    this") were told why a score is asked, or to give a number: the answer they needed was who sees it."""
    conversation = f"ws-{abs(hash(said))}"
    draft(client, conversation, consent_share=True)
    answer(client, conversation, "concerns_text", "money mostly")
    out = answer(client, conversation, "concern_score", said, intent="ask_why", confidence=0.9)
    assert out["problem"] == "asks_who_sees" and out["interrupt"] is None
    assert answer(client, conversation, "name", "my GP said to get in touch")["problem"] != "asks_who_sees"


def test_a_postcode_given_in_two_halves_is_put_together(client) -> None:
    """Blind person R21008 gave "dl14", then "6QH" when asked again: neither was a postcode alone, and
    the postcode was left for the link worker, so nothing could be booked."""
    draft(client, "p2", consent_share=True)
    out = answer(client, "p2", "postcode", "dl14")
    assert out["problem"] == "district_only" and out["accepted"] is False
    out = answer(client, "p2", "postcode", "6QH", retry=True, previous="dl14")
    assert out["accepted"] is True and out["values"]["postcode"] == "DL14 6QH"
    # A second half alone, after something that was no first half, is still no postcode.
    draft(client, "p3", consent_share=True)
    out = answer(client, "p3", "postcode", "6QH", previous="2 i look after him")
    assert out["problem"] == "not_a_uk_postcode"


def test_a_need_named_at_the_needs_question_is_the_answer_not_a_request_for_a_call(client) -> None:
    """Blind person R30039 wrote for his dad "He can't speak since the operation, so texts to him or
    calls to me please": read as asking to talk to a person, he was told the team would phone and asked
    the question again."""
    draft(client, "n1", consent_share=True, referrer_role="on_behalf")
    said = {"intent": "request_human", "confidence": 0.95}
    text = "she lost her voice after the surgery, so messages to her or ring me instead"
    out = answer(client, "n1", "support_needs", text, **said)
    assert out["accepted"] and out.get("interrupt") is None
    assert out["values"]["access_needs"] == text
    out = answer(client, "n1", "support_needs", "could I speak to a real person please", **said)
    assert out["interrupt"] == "request_human"  # no need named: the request it is


def test_a_word_that_may_ask_what_it_means_at_the_read_back_never_goes_round(client) -> None:
    """R37032 answered the read-back "eh" (a Dundee yes): taken as asking what it means, he got "No
    problem, when you are ready..." and the read-back again, three times. Now the plainer way on, then
    it is sent as it is with a call to check."""
    draft(client, "eh1", consent_share=True)
    assert answer(client, "eh1", "review_confirm", "eh")["problem"] == "not_confirmed_again"
    out = answer(client, "eh1", "review_confirm", "eh", retry=True)
    assert out["accepted"] and out["values"]["callback_requested"] is True
