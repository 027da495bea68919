"""The simulator's pure parts (eval/personas.py): which question is asked, how a person answers it, and
how a staff record is scored against a persona's expectation."""

from __future__ import annotations

import yaml

from eval.personas import (
    EXAMPLES,
    SLOT_TOPICS,
    Person,
    Question,
    load_personas,
    observed,
    score,
    summarise,
    topic_for,
)


def test_the_topic_comes_from_the_requested_slot_not_the_words() -> None:
    slots = {"requested_slot": "has_diagnosis"}
    assert topic_for(slots, "referral_form", "Is that OK? privacy", first=False).topic == "diagnosis"
    assert (
        topic_for({"requested_slot": "cancer_stage"}, "referral_form", "", first=False).topic
        == "treatment_stage"
    )
    assert (
        topic_for({"requested_slot": "meeting_slot"}, "booking_form", "", first=False).topic == "slot_choice"
    )


def test_a_slot_outside_the_table_is_other_and_the_first_message_is_a_greeting() -> None:
    assert topic_for({"requested_slot": "something_new"}, "referral_form", "", first=False).topic == "other"
    assert topic_for({"requested_slot": "postcode"}, "referral_form", "", first=True).topic == "greeting"


def test_the_safety_question_slot_wins_over_the_form() -> None:
    question = topic_for(
        {"requested_slot": "phone", "safety_question": "self_harm"}, "referral_form", "", False
    )
    assert question == Question("safety", "safety_question")


def test_words_are_read_only_where_no_slot_says() -> None:
    assert topic_for({}, None, "You said 6. Is that right?", first=False).topic == "confirm"
    assert topic_for({}, None, "Our privacy notice ... Is that OK?", first=False).topic == "consent"
    assert topic_for({}, None, "1. Thu 26 Nov, 9am, phone call\n2. Fri", first=False).topic == "slot_choice"
    assert topic_for({}, None, "Thank you.", first=False).topic == "other"
    # a requested slot with no active form is stale: the words decide
    assert topic_for({"requested_slot": "age"}, None, "Thank you.", first=False).topic == "other"


def test_every_slot_in_the_table_maps_to_a_persona_topic() -> None:
    topics = {
        "greeting", "consent", "role", "on_behalf_agreed", "carer_support", "postcode", "age", "diagnosis",
        "cancer_type", "skin_cancer_kind", "name", "preferred_name", "referrer_name", "referrer_relationship",
        "referrer_phone", "phone", "contact", "interpreter", "access_needs", "treatment_stage", "heard_from",
        "concerns", "concern_scores", "main_concern", "distress", "what_matters_most", "review", "confirm",
        "meeting", "meeting_time", "slot_choice", "support_needs", "aftercare",
    }  # fmt: skip
    assert set(SLOT_TOPICS.values()) <= topics


def _persona(**says) -> Person:
    return Person({"id": "T1", "says": {"other": "ok", **says}, "expect": {}})


def test_the_aftercare_question_is_a_yes_unless_the_persona_says_otherwise() -> None:
    asked = Question("aftercare", "aftercare_consent")
    assert _persona().answer(asked) == "yes"
    assert _persona(aftercare="no surveys").answer(asked) == "no surveys"


def test_lists_are_successive_answers_and_the_last_one_repeats() -> None:
    person = _persona(review=["PHONE WRONG ITS 07700 900145", "YES NOW"])
    asked = Question("review", "review_confirm")
    assert [person.answer(asked) for _ in range(3)] == ["PHONE WRONG ITS 07700 900145", "YES NOW", "YES NOW"]


def test_a_message_taking_back_an_answer_is_sent_next_whatever_is_asked() -> None:
    person = _persona(age=["86", "Sorry I meant 68 not 86"], diagnosis="yes", postcode=["zz", "DD1 4HN"])
    assert person.answer(Question("age", "age")) == "86"
    assert person.answer(Question("diagnosis", "has_diagnosis")) == "Sorry I meant 68 not 86"
    assert person.answer(Question("diagnosis", "has_diagnosis")) == "yes"
    # A second message that does not take the first back waits for its question to come again.
    assert person.answer(Question("postcode", "postcode")) == "zz"
    assert person.answer(Question("diagnosis", "has_diagnosis")) == "yes"
    assert person.answer(Question("postcode", "postcode")) == "DD1 4HN"


def test_an_interjection_and_a_why_come_before_the_answer() -> None:
    person = Person(
        {
            "id": "T2",
            "says": {"age": "67", "postcode": "DD1 4HN", "why": "postcode"},
            "interjections": [{"at": "age", "say": "sorry the postcode is DD2 3AB"}],
            "expect": {},
        }
    )
    assert person.answer(Question("postcode", "postcode")) == "why do you need that?"
    assert person.answer(Question("postcode", "postcode")) == "DD1 4HN"
    assert person.answer(Question("age", "age")) == "sorry the postcode is DD2 3AB"
    assert person.answer(Question("age", "age")) == "67"


def test_an_unknown_topic_gets_other_and_scores_follow_the_concern_asked_about() -> None:
    person = _persona(concern_scores=["8", "6"])
    assert person.answer(Question("main_concern", "main_concern")) == "ok"
    score_question = Question("concern_scores", "concern_score")
    assert person.answer(score_question, "money_or_finance") == "8"
    assert person.answer(score_question, "money_or_finance") == "8"  # asked again about the same worry
    assert person.answer(score_question, "sleep") == "6"


def test_one_question_for_an_interpreter_and_access_needs() -> None:
    assert (
        _persona(interpreter="no", access_needs="no").answer(Question("support_needs", "support_needs"))
        == "no"
    )
    both = _persona(interpreter="Bengali please", access_needs="I use a wheelchair.")
    assert both.answer(Question("support_needs", "support_needs")) == "Bengali please. I use a wheelchair"
    only_access = _persona(interpreter="No", access_needs="deaf. big print")
    assert only_access.answer(Question("support_needs", "support_needs")) == "deaf. big print"


RECORD = {
    "referrer_role": "self",
    "person": {
        "postcode": "DD4 7AJ",
        "age": 67,
        "interpreter_needed": True,
        "language": "bengali",
        "access_needs": "wheelchair",
    },
    "eligibility": {"eligible": True, "checks": [{"rule": "lives_in_area", "passed": True}]},
    "consent": {"on_behalf_agreed_by_person": None},
    "concerns": [
        {"category": "practical", "item": "money_or_finance"},
        {"category": "physical", "item": "sleep"},
        {"category": "emotional", "item": "worry"},
    ],
    "appointment": {"type": "phone", "status": "booked"},
}
EXPECT = {
    "role": "self",
    "eligible": True,
    "reason": None,
    "postcode": "dd47aj",
    "age": 67,
    "concern_categories": ["practical", "physical"],
    "concern_items": ["money_or_finance"],
    "interpreter": "Bengali",
    "access_needs": True,
    "booked": True,
    "meeting": "phone",
}


def test_a_record_is_scored_field_by_field_leniently_where_allowed() -> None:
    scored = score(EXPECT, RECORD)
    wrong = {name for name, field in scored["fields"].items() if not field["right"]}
    assert wrong == {"concern_categories"}  # one category too many: sets must match
    assert not scored["correct"]
    assert scored["counts"]["concern_categories"] == {"expected": 2, "found": 3, "both": 2}
    assert score({**EXPECT, "concern_categories": ["practical", "physical", "emotional"]}, RECORD)["correct"]


def test_a_carer_expected_as_carer_is_the_record_s_carer_for_self() -> None:
    carer = {**RECORD, "referrer_role": "carer_for_self"}
    assert score({"role": "carer"}, carer)["fields"]["role"]["right"]
    assert score({"role": "carer_for_self"}, carer)["fields"]["role"]["right"]
    assert not score({"role": "self"}, carer)["fields"]["role"]["right"]
    assert not score({"role": "carer"}, {**RECORD, "referrer_role": "on_behalf"})["fields"]["role"]["right"]


def test_reasons_come_from_the_failed_check_and_an_open_outcome_is_review() -> None:
    turned_away = {
        **RECORD,
        "eligibility": {"eligible": False, "checks": [{"rule": "lives_in_area", "passed": False}]},
        "appointment": None,
    }
    assert observed(turned_away)["reason"] == "out_of_area"
    assert observed(turned_away)["booked"] is False
    assert observed({**RECORD, "eligibility": {"eligible": None, "checks": []}})["eligible"] == "review"
    assert score({"eligible": "review"}, {**RECORD, "eligibility": {"eligible": None, "checks": []}})[
        "correct"
    ]


def test_a_writer_s_other_name_for_an_excluded_cancer_is_the_same_reason() -> None:
    excluded = {
        **RECORD,
        "eligibility": {"eligible": False, "checks": [{"rule": "excluded_cancer", "passed": False}]},
    }
    assert score({"reason": "cancer_not_accepted"}, excluded)["fields"]["reason"]["right"]
    assert score({"reason": "excluded_cancer"}, excluded)["fields"]["reason"]["right"]
    assert not score({"reason": "out_of_area"}, excluded)["fields"]["reason"]["right"]


def test_no_record_is_wrong_except_for_not_booked() -> None:
    scored = score({"postcode": "DD1 1AA", "booked": False}, None)
    assert not scored["found"]
    assert {n: f["right"] for n, f in scored["fields"].items()} == {"postcode": False, "booked": True}


def test_the_summary_counts_dead_ends_and_the_median_to_booked() -> None:
    base = {"error": None, "found": True, "counts": {}, "fields": {"age": {"right": True}}}
    results = [
        {**base, "id": "A", "correct": True, "dead_end": None, "messages_to_booked": 18},
        {**base, "id": "B", "correct": True, "dead_end": None, "messages_to_booked": 24},
        {
            **base,
            "id": "C",
            "correct": False,
            "dead_end": "no end after 60 messages",
            "messages_to_booked": None,
        },
    ]
    summary = summarise(results)
    assert summary["dead_ends"] == 1
    assert summary["median_messages_to_booked"] == 21
    assert summary["correct"] == 2
    assert summary["per_field"]["age"] == {"right": 3, "of": 3}


def test_the_example_personas_load_and_are_not_the_blind_set() -> None:
    loaded = load_personas(EXAMPLES)
    assert [p["id"][0] for p in loaded] == ["X"] * len(loaded)
    assert "NOT the blind set" in EXAMPLES.read_text().splitlines()[0]
    assert yaml.safe_load(EXAMPLES.read_text()) == loaded


def test_a_carer_whose_person_did_not_agree_is_no_agreement_only_if_not_eligible() -> None:
    carer = {**RECORD, "referrer_role": "carer_for_self", "consent": {"on_behalf_agreed_by_person": False}}
    assert observed(carer)["reason"] is None
    refused = {**carer, "referrer_role": "on_behalf", "eligibility": {"eligible": False, "checks": []}}
    assert observed(refused)["reason"] == "no_agreement"


def test_questions_never_asked_of_someone_rightly_turned_away_can_be_set_aside() -> None:
    away = {
        **RECORD,
        "person": {**RECORD["person"], "age": None},
        "eligibility": {"eligible": False, "checks": [{"rule": "lives_in_area", "passed": False}]},
        "appointment": None,
    }
    scored = score({"eligible": False, "reason": "out_of_area", "age": 49, "booked": False}, away)
    assert not scored["correct"]
    assert scored["correct_unasked_aside"]


def test_a_late_text_reply_is_this_turns_not_the_last_ones(monkeypatch) -> None:
    """When the webhook answers empty (Rasa slow), the reply is read from the tracker only once Rasa holds
    this message: the previous turn's question read as the answer made people repeat themselves (R4007)."""
    import types

    import eval.personas as personas

    user, bot = {"event": "user"}, {"event": "bot", "text": "Which matters most?"}
    trackers = iter(
        [
            {"events": [user, bot]},  # before sending
            {"events": [user, bot]},  # Rasa still working on this message
            {"events": [user, bot, user, {"event": "bot", "text": "How much distress?"}]},
        ]
    )
    settings = types.SimpleNamespace(secret_key="k" * 32, twilio_auth_token="token")
    stack = types.SimpleNamespace(api="http://api", settings=settings, tracker=lambda _id: next(trackers))
    empty = types.SimpleNamespace(text="<Response/>", raise_for_status=lambda: None)
    monkeypatch.setattr(personas.httpx, "post", lambda *a, **k: empty)
    monkeypatch.setattr(personas.time, "sleep", lambda _s: None)
    assert personas.SmsChannel(stack, "+447700900001").send("uni prob") == ["How much distress?"]


def test_two_names_for_one_language_are_the_same_interpreter() -> None:
    from eval.personas import _same

    assert _same("interpreter", "Bengali", "Bangla") and _same("interpreter", "British Sign Language", "BSL")
    assert not _same("interpreter", "Bengali", "Urdu")


def test_a_personas_file_may_hold_its_people_under_personas(tmp_path) -> None:
    """Round 6 was written as ``personas: [...]``; a list at the top works as before."""
    from eval.personas import load_personas

    person = {"id": "X1", "says": {"greeting": "hi"}, "expect": {"role": "self"}}
    wrapped, bare = tmp_path / "wrapped.yml", tmp_path / "bare.yml"
    wrapped.write_text(yaml.safe_dump({"personas": [person]}))
    bare.write_text(yaml.safe_dump([person]))
    assert [p["id"] for p in load_personas(wrapped)] == [p["id"] for p in load_personas(bare)] == ["X1"]


def test_meeting_in_person_is_the_records_community_venue() -> None:
    from eval.personas import _same

    assert _same("meeting", "in_person", "community_venue") and _same("meeting", "phone", "phone")
    assert not _same("meeting", "in_person", "home_visit")


def test_not_booked_the_way_of_meeting_kept_for_the_link_worker_is_the_meeting() -> None:
    """R41019 chose the phone, then asked to be rung to sort a time: the record keeps the phone as the
    way wanted, and a writer may expect it, or expect no meeting because none was booked."""
    passed_on = {
        **RECORD,
        "appointment": None,
        "appointment_wanted": {"type": "phone", "when_in_their_words": None},
    }
    assert observed(passed_on)["meeting"] == "phone"
    assert score({"booked": False, "meeting": "phone"}, passed_on)["correct"]
    assert score({"booked": False, "meeting": None}, passed_on)["correct"]
    assert not score({"booked": False, "meeting": "home_visit"}, passed_on)["correct"]
    nothing_kept = {**RECORD, "appointment": None}
    assert not score({"booked": False, "meeting": "phone"}, nothing_kept)["correct"]
    assert not score({"booked": True, "meeting": None}, nothing_kept)["correct"]


def test_a_postcode_or_age_never_given_is_right_when_none_is_kept() -> None:
    from eval.personas import _same

    assert _same("age", None, None) and _same("postcode", None, None)
    assert not _same("age", None, 70) and not _same("postcode", None, "DH1 3LE")
    # Access needs never asked: the record says none, as it does for an interpreter never asked.
    assert _same("access_needs", None, False) and not _same("access_needs", None, True)


def test_a_message_ending_in_an_apology_takes_the_answer_back() -> None:
    person = _persona(age=["14", "41 sorry typo"], diagnosis="yes")
    assert person.answer(Question("age", "age")) == "14"
    assert person.answer(Question("confirm", "eligibility_check")) == "41 sorry typo"


def test_an_aside_about_when_suits_is_said_at_the_times_on_offer() -> None:
    """Round 6's people changed their mind about how to meet at "when suits you?", which is now asked
    within the times on offer: the aside is said there, once."""
    from eval.personas import Person

    persona = {
        "id": "X2",
        "says": {"meeting": "phone", "meeting_time": "mornings", "slot_choice": "1"},
        "interjections": [{"at": "meeting_time", "say": "actually can I come in instead"}],
        "expect": {},
    }
    person = Person(persona)
    assert person.answer(Question("meeting", "meeting_type")) == "phone"
    assert person.answer(Question("slot_choice", "meeting_slot")) == "actually can I come in instead"
    assert person.answer(Question("slot_choice", "meeting_slot")) == "1"


def test_an_answer_under_another_name_or_given_only_as_a_fact_is_said() -> None:
    person = Person(
        {
            "id": "T1",
            "says": {"other": "ok", "agreement": "yes she asked me to"},
            "expect": {"carer_support": False, "booked": True},
        }
    )
    assert person.answer(Question("on_behalf_agreed", "on_behalf_agreed")) == "yes she asked me to"
    assert person.answer(Question("carer_support", "carer_support_wanted")) == "no"
    assert person.answer(Question("contact", "contact")) == "ok"


def test_asked_whether_a_skin_cancer_is_a_melanoma_a_person_says_what_they_were_told() -> None:
    """Blind person R10016 wrote his type under cancer_type; asked "is it a melanoma?", he says that."""
    person = Person({"id": "T2", "says": {"other": "eh?", "cancer_type": ["skin", "a squamous one"]}})
    assert person.answer(Question("skin_cancer_kind", "skin_cancer_kind")) == "skin"
    assert person.answer(Question("skin_cancer_kind", "skin_cancer_kind")) == "a squamous one"


def test_support_as_a_carer_not_written_is_declined_when_the_record_stays_on_their_behalf() -> None:
    person = _persona(on_behalf_agreed="not yet", other="thanks")
    person.persona["expect"] = {"role": "on_behalf", "eligible": False}
    assert person.answer(Question("carer_support", "carer_support_wanted")) == "no"
    carer = _persona(on_behalf_agreed="not yet", other="thanks")
    carer.persona["expect"] = {"role": "carer"}
    assert carer.answer(Question("carer_support", "carer_support_wanted")) == "thanks"


def test_a_correction_written_for_a_read_back_never_asked_is_said_at_the_summary() -> None:
    person = _persona(confirm=["no the postcode is wrong its DD2 3AB", "yes"], review="yes send it")
    asked = Question("review", "review_confirm")
    assert person.answer(asked) == "no the postcode is wrong its DD2 3AB"
    assert person.answer(asked) == "yes send it"
    agreed = _persona(confirm="yes", review="yes send it")
    assert agreed.answer(asked) == "yes send it"


def test_a_way_of_meeting_scrapped_is_taken_back_at_the_next_question() -> None:
    """R38010 wrote ["Video, me grandson set me up", "Nah scrap that, just ring me"]: a change of mind
    sent straight after, whatever is asked next."""
    person = _persona(meeting=["video", "nah scrap that, just phone me"], slot_choice="the first one")
    assert person.answer(Question("meeting", "meeting_type")) == "video"
    assert person.answer(Question("slot_choice", "meeting_slot")) == "nah scrap that, just phone me"
    assert person.answer(Question("slot_choice", "meeting_slot")) == "the first one"


def test_a_correction_written_for_a_question_never_asked_is_sent_at_the_next() -> None:
    """R38011 wrote his wife's age correction as the answer to the diagnosis question, which was never
    asked (his first message named the cancer): he still sends it, once, at the next question."""
    person = _persona(
        age="54", diagnosis=["Sorry, she's 55 not 54", "yes"], cancer_type="glioma", concerns="her memory"
    )
    assert person.answer(Question("age", "age")) == "54"
    assert person.answer(Question("concerns", "concerns_text")) == "Sorry, she's 55 not 54"
    assert person.answer(Question("concerns", "concerns_text")) == "her memory"
    assert person.answer(Question("diagnosis", "has_diagnosis")) == "yes"
