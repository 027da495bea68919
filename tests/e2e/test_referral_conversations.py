"""Whole referrals through the real processes: Rasa's REST channel in, the queue API out."""

from __future__ import annotations

import httpx
import pytest

from tests.e2e.conversation import (
    SHORTEST,
    converse,
    plan_for,
    record_for,
    reference_in,
    save_transcript,
    staff_headers,
    texts,
)
from tests.helpers import assert_valid_record

# The conversations are the same on either database: they run on the default SQLite stack only. The
# PostgreSQL stack runs the text, booking, erasure, NLU and log tests, and tests/api runs every query
# the conversations make on both databases (a stack start and these calls were 3 minutes of make test).
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("stack", ["sqlite"], indirect=True)]

OPENING = [("hello", "in an emergency, call 999"), ("yes that's fine", "who is this support for")]


def test_self_referral_from_hello_to_the_queue(stack, sender) -> None:
    transcript = converse(
        stack,
        sender,
        [
            *OPENING,
            ("1", "what is your postcode"),
            ("my house", "doesn't look like a UK postcode"),
            ("dd1 4hn", "how old are you"),
            ("sorry, my postcode is actually DD2 1AA", "changed the postcode to DD2 1AA"),
            ("sixty seven", "have you been diagnosed"),
            ("1", "what type of cancer"),
            ("lung", "worrying you most"),
            ("can't pay the rent and I'm shattered", "how much is money or finance a worry"),
            ("really bad", "number from 0 to 10"),
            ("8", "how much is housing"),
            ("6", "tiredness"),
            ("8/10", "which of these matters most"),
            ("3", "have you felt"),
            ("seven", "your full name"),
            ("Jean Smith", "call or text you"),
            ("07700 900123", "interpreter"),
            ("I'm a bit deaf, please speak up", "you with treatment"),
            ("3", "hear about us"),
            ("the nurse told me", "while you wait"),
            ("no surveys thanks", "Postcode: DD2 1AA. Age: 67. Phone: 07700 900123"),
            ("actually I'm 68", "changed the age to 68"),
            ("change my postcode please", "postcode"),
            ("DD2 1AB", "Postcode: DD2 1AB. Age: 68"),
        ],
    )
    reply = texts(stack.say(sender, "yes"))
    reference = reference_in(reply)
    assert "Dundee" in reply
    # they said yes to local help: on the web it comes at once (web addresses become links)
    assert "these can help now" in reply and "Money or finance: Dundee Welfare Rights, 0131" in reply
    save_transcript("self_referral", [*transcript, "> yes", reply])

    headers = staff_headers(
        stack, f"dundee-{sender}@example.org", "--role", "link_worker", "--site", "dundee"
    )
    queue = httpx.get(f"{stack.api}/api/referrals", headers=headers).json()
    record = next(r for r in queue if r["reference"] == reference)
    assert_valid_record(record)
    assert record["channel"] == "web"
    assert (record["site"], record["status"], record["conversation_id"]) == ("dundee", "new", sender)
    assert record["referrer_role"] == "self"
    expected_person = {
        "name": "Jean Smith",
        "access_needs": "I'm a bit deaf, please speak up",
        "postcode": "DD2 1AB",
        "phone": "+447700900123",
        "age": 68,
        "interpreter_needed": False,
    }
    assert expected_person.items() <= record["person"].items()
    assert record["cancer"] == {"type": "lung", "stage": "in_treatment"}
    assert record["referral_source"] == "cancer_nurse_specialist"
    assert [(c["item"], c["category"], c["score"]) for c in record["concerns"]] == [
        ("money_or_finance", "practical", 8),
        ("housing", "practical", 6),
        ("tiredness_or_fatigue", "physical", 8),
    ]
    assert record["distress_score"] == 7
    assert record["main_concern"] == "tiredness_or_fatigue"
    assert record["eligibility"]["eligible"] is True
    assert record["priority"] == "high" and "money_or_finance scored 8/10" in record["priority_reasons"]
    assert (record["aftercare"]["local_help_wanted"], record["aftercare"]["surveys_agreed"]) == (True, False)


def test_the_shortest_path_is_sixteen_replies_to_send_and_speaks_about_them_on_behalf(stack, sender) -> None:
    transcript = converse(
        stack,
        sender,
        [
            *OPENING,
            ("for my mum, she knows I'm doing this", "happy for you"),
            ("yes", "where they live"),
            ("CV2 4AB", "how old are they"),
            ("81", "have they been diagnosed"),
            ("yes, breast", "worrying them most"),
            ("she can't sleep", "how much is sleep problems a worry"),
            ("6", "have they felt"),
            ("5", "their full name"),
            ("Rose Patel", "your name"),
            ("Priya Patel", "how do you know them"),
            ("daughter", "reach you"),
            ("07700 900301", "call them on"),
            ("07700 900302", "easier for them"),
            ("no", "they with treatment"),
            ("4", "hear about us"),
            ("a leaflet", "while they wait, can we text them"),
            ("yes", "send this"),
        ],
    )
    reply = texts(stack.say(sender, "yes"))
    reference_in(reply)
    record = record_for(stack, sender)
    assert (record["referrer_role"], record["cancer"]["stage"]) == ("on_behalf", "finished_treatment")
    save_transcript("on_behalf_shortest", [*transcript, "> yes", reply])
    self_path = [m for m in transcript[::2] if m.startswith(">")]
    assert len(self_path) == 19  # three more than a self-referral: the referrer's name, relationship, phone


def test_an_age_typed_wrong_is_read_back_before_anyone_is_turned_away(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("just me", "what is your postcode"),
            ("E1W 2RG", "how old are you"),
            ("6", "you said you are 6. is that right?"),
            ("no sorry", "how old are you"),
            ("66", "have you been diagnosed"),
            ("yes squamous cell lung cancer", "worrying you most"),
        ],
    )
    record = plan_for(stack, sender).json()
    assert record["eligible"] is not False and record["site_name"].startswith("Tower Hamlets")


def test_declining_consent_keeps_nothing_and_gives_another_way_in(stack, sender) -> None:
    converse(stack, sender, [("hi", "privacy"), ("no", "0808 808 00 00")])
    headers = staff_headers(stack, f"admin-{sender}@example.org", "--role", "admin")
    queue = httpx.get(f"{stack.api}/api/referrals", headers=headers).json()
    assert all(r["conversation_id"] != sender for r in queue)


def test_an_unclear_answer_to_the_privacy_question_twice_is_never_asked_a_third_time(stack, sender) -> None:
    """Blind person R7032's "whatever aye" was asked again three times and more: a dead end."""
    converse(
        stack,
        sender,
        [
            ("hi", "privacy"),
            ("purple", "didn't catch"),
            ("purple", "say hello at any time"),
            ("hello", "privacy"),
        ],
    )


def test_off_the_subject_after_help_at_the_start_leads_on_to_the_privacy_question(stack, sender) -> None:
    """Blind person R7003 was given help at her first message, then met "Sorry, I can only help with
    getting support" three times running, with no question to answer: a dead end."""
    converse(stack, sender, [("I want to end my life", "116 123")])
    reply = texts(stack.say(sender, "what's the weather like in Kirkcaldy today"))
    assert "privacy" in reply.lower(), reply


def test_a_worry_added_at_the_read_back_is_scored_and_read_back_again(stack, sender) -> None:
    """Blind person R7036 added a worry about her son at the read-back and was asked every worry again."""
    converse(
        stack,
        sender,
        [
            *SHORTEST[:-1],
            ("oh and I forgot to say I can't sleep too", "how much is sleep"),
            ("5", "send this"),
        ],
    )
    reply = texts(stack.say(sender, "yes"))
    assert "how would you like to meet" in reply.lower(), reply
    record = record_for(stack, sender)
    assert [c["item"] for c in record["concerns"]] == ["money_or_finance", "sleep"]


def test_non_melanoma_skin_cancer_in_dundee_is_kindly_turned_away_with_other_help(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("1", "postcode"),
            ("DD2 3AB", "how old"),
            ("58", "diagnosed"),
            ("yes", "type"),
            ("skin cancer", "melanoma"),
            ("no idea", "worrying you"),
            ("go back", "what type of cancer"),
            ("basal cell skin cancer", "you said it is a non-melanoma skin cancer"),
        ],
    )
    reply = texts(stack.say(sender, "yes"))
    assert "non-melanoma skin cancer" in reply
    assert "0808 808 00 00" in reply
    record = record_for(stack, sender)
    assert_valid_record(record)
    assert record["status"] == "ineligible"
    assert record["eligibility"]["eligible"] is False
    assert {"rule": "excluded_cancer", "passed": False}.items() <= next(
        c for c in record["eligibility"]["checks"] if c["rule"] == "excluded_cancer"
    ).items()


def test_a_question_at_the_privacy_question_is_answered_not_taken_as_a_no(stack, sender) -> None:
    """Blind person R6030 asked who would see it before saying yes and was told "That's fine. Nothing is
    passed on": the end. The question is answered, the privacy question put again, and yes goes on."""
    asked = "Before I say yes, who exactly would see it? I don't want it going all over the place."
    converse(
        stack,
        sender,
        [
            ("hello", "in an emergency, call 999"),
            (asked, "GP included"),
            ("yes that's fine then", "who is this support for"),
        ],
    )


def test_a_second_question_at_the_privacy_question_gets_the_full_notice(stack, sender) -> None:
    """Told who sees it, a second question back is pointed to the full notice: never the same words
    twice running (blind person R8032 was told the same thing three times at other questions)."""
    converse(
        stack,
        sender,
        [
            ("hello", "in an emergency, call 999"),
            ("who gets to see what I put?", "GP included"),
            ("and how long do you keep it for?", "full notice says what we keep"),
            ("ok yes go on", "who is this support for"),
        ],
    )


def test_a_third_question_back_at_the_privacy_question_is_not_answered_round_and_round(stack, sender) -> None:
    """Blind person R22011 asked "Who sees it?" with a yes the reader missed beside it, and heard the
    full notice after every message (a dead end). Told twice, a third question back is no yes: nothing
    is kept, and they hear how to start again."""
    converse(
        stack,
        sender,
        [
            ("hello", "in an emergency, call 999"),
            ("who gets to see what I put?", "GP included"),
            ("and how long do you keep it for?", "full notice says what we keep"),
            ("can my family see it?", "can't tell if that is a yes"),
        ],
    )


def test_what_the_first_message_said_is_not_asked_again_and_as_i_said_looks_there(stack, sender) -> None:
    """Blind people R8023 ("why aye" at the privacy question, told who sees it three times), R8007 and
    R8025 (postcode and age in the first message only, then "as per my first message": refused as no
    postcode). In other words: the yes is a yes, the postcode is taken and said, and "like I said" at
    the age question finds the only number that could be an age."""
    converse(
        stack,
        sender,
        [
            ("Afternoon, Bill Hetherington, 79, Ferryhill DL17 8AB. The nurse gave me this.", "call 999"),
            ("why aye man, gan on", "who is this support for"),
            ("me", "I've noted your postcode (DL17 8AB)"),
        ],
    )
    reply = texts(stack.say(sender, "like I said in my first text"))
    assert "taken 79 from your first message" in reply and "diagnosed" in reply.lower()


def test_outside_every_area(stack, sender) -> None:
    converse(stack, sender, [*OPENING, ("1", "postcode"), ("SW1A 2AA", "the postcode is SW1A 2AA")])
    reply = texts(stack.say(sender, "yes"))
    assert "for where you live" in reply
    record = record_for(stack, sender)
    assert record["status"] == "ineligible" and record["site"] == "unassigned"


def test_on_behalf_without_agreement_support_for_the_carer_if_wanted(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("it's for my husband", "happy for you"),
            ("no he doesn't know yet", "support you, as someone who cares for them"),
            ("yes please", "your postcode"),
            ("DH1 3LE", "how old"),
            ("62", "worrying"),
            ("worried sick and so lonely", "how much is worry"),
            ("7", "loneliness"),
            ("5", "overall"),
            ("6", "your full name"),
            ("Ann Smith", "call or text you"),
            ("07700900124", "interpreter"),
            ("no", "hear about us"),
            ("a leaflet at the library", "while you wait"),
            ("4", "local help and surveys: no"),
        ],
    )
    assert "County Durham" in texts(stack.say(sender, "yes please"))
    record = record_for(stack, sender)
    assert_valid_record(record)
    assert record["referrer_role"] == "carer_for_self"
    assert record["consent"]["on_behalf_agreed_by_person"] is False
    assert record["person"]["cares_for_someone_with_cancer"] is True
    assert (record["site"], record["status"], record["eligibility"]["eligible"]) == ("durham", "new", True)
    assert [c["item"] for c in record["concerns"]] == ["worry_fear_or_anxiety", "loneliness_or_isolation"]
    assert record["main_concern"] == "worry_fear_or_anxiety"  # scored highest: not asked
    assert (record["aftercare"]["local_help_wanted"], record["aftercare"]["surveys_agreed"]) == (False, False)


def test_on_behalf_without_agreement_and_no_support_wanted_ends_there(stack, sender) -> None:
    """Nothing more is asked about someone who has not agreed, and what comes after still gets an answer."""
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("for him", "happy for you"),
            ("naw he doesnt know am doin it", "would you like that"),
            ("naw its no me that needs help its him. forget it then", "without their agreement"),
        ],
    )
    assert texts(stack.say(sender, "ok thanks"))
    record = record_for(stack, sender)
    assert (record["referrer_role"], record["status"]) == ("on_behalf", "ineligible")
    assert record["consent"]["on_behalf_agreed_by_person"] is False and record["person"]["postcode"] is None


def test_asides_mid_question_get_an_answer_and_the_question_again(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("1", "postcode"),
            ("why do you need my postcode?", "each area has its own service"),
            ("dd1 4hn", "how old"),
            ("can someone ring me please", "asked the team to phone you"),
            ("hello", "welcome back"),
            ("just me", "tell me the age"),
            ("70", "diagnosed"),
        ],
    )
    reply = texts(stack.say(sender, "why are you asking"))
    assert "affected by cancer" in reply and "diagnosed" in reply.lower()


def test_asking_what_a_question_means_gets_it_explained_then_asked_again(stack, sender) -> None:
    """Blind person R7031 asked "What do you mean by distressed?" and was told "Please give a number
    from 0 to 10"; "Sorry, I'm not sure what you mean" got the same hint as a wrong answer."""
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("1", "postcode"),
            ("what do you mean?", "the end of an address"),
            ("DD1 4HN", "how old"),
            ("sorry, I don't understand", "the service is for adults"),
            ("how's my age matter to anyone", "over a certain age"),
            ("70", "diagnosed"),
        ],
    )


def test_stopping_part_way_and_coming_back_later(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("1", "postcode"),
            ("CV1 5FB", "how old"),
            ("bye for now", "kept what you told me"),
            ("hello", "welcome back"),
        ],
    )
    converse(stack, sender, [("hi again", "how old"), ("55", "diagnosed")])


def test_after_a_refusal_hello_says_so_truthfully_and_start_again_works(stack, sender) -> None:
    converse(
        stack,
        sender,
        [*OPENING, ("1", "postcode"), ("SW1A 2AA", "is that right"), ("yes", "for where you live")],
    )
    reply = texts(stack.say(sender, "hello"))
    assert "can't take this referral" in reply and "has been sent" not in reply
    assert "privacy" not in reply.lower()
    again = [("start again", "who is this support for"), ("1", "postcode"), ("DD1 4HN", "how old")]
    converse(stack, sender, again)


def test_go_back_start_again_off_topic_and_browsing_the_full_list(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("1", "postcode"),
            ("KY1 1AA", "how old"),
            ("go back", "postcode"),
            ("KY2 5AA", "how old"),
            ("who won the football", "only help with getting support"),
            ("72", "diagnosed"),
            ("start again", "who is this support for"),
            ("1", "postcode"),
            ("KY1 1AA", "how old"),
            ("72", "diagnosed"),
            ("yes", "type"),
            ("bowel", "worrying"),
            ("more", "which kind of worry"),
            ("3", "Housing"),
            ("1 and 2", "how much is money or finance"),
        ],
    )
    record_headers = staff_headers(stack, f"admin-{sender}@example.org", "--role", "admin")
    assert all(
        r["conversation_id"] != sender
        for r in httpx.get(f"{stack.api}/api/referrals?limit=200", headers=record_headers).json()
    )


def test_delete_my_details_is_confirmed_then_everything_is_erased(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("1", "postcode"),
            ("DD1 4HN", "how old"),
            ("please delete my details", "delete everything you have told us"),
            ("yes", "deleted what you told us"),
            ("hello", "privacy"),
        ],
    )
    plan = plan_for(stack, sender)
    assert plan.status_code == 404
