"""Safety first, in the same turn, wherever the conversation is; then the person can carry on."""

from __future__ import annotations

import pytest

from tests.e2e.conversation import SHORTEST, converse, plan_for, record_for, texts
from tests.helpers import assert_valid_record

# The conversations are the same on either database: they run on the default SQLite stack only. The
# PostgreSQL stack runs the text, booking, erasure, NLU and log tests, and tests/api runs every query
# the conversations make on both databases (a stack start and these calls were 3 minutes of make test).
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("stack", ["sqlite"], indirect=True)]
OPENING = [("hello", "in an emergency, call 999"), ("yes", "who is this support for")]


def test_crisis_mid_questions_gets_help_then_the_question_again_and_an_urgent_record(stack, sender) -> None:
    converse(stack, sender, [*OPENING, ("1", "postcode"), ("DH1 3LE", "how old")])
    reply = texts(stack.say(sender, "honestly I just want to end it all"))
    assert "116 123" in reply and "SHOUT to 85258" in reply and "999" in reply
    assert reply.lower().index("116 123") < reply.lower().index("how old")
    record = record_for(stack, sender)
    assert_valid_record(record)
    assert (record["priority"], record["status"]) == ("urgent", "in_progress")
    assert record["risk_flags"][0]["kind"] == "suicide_or_self_harm"
    assert "end it all" in record["risk_flags"][0]["excerpt"]
    converse(stack, sender, [("70", "diagnosed")])


def test_before_consent_help_is_given_and_the_consent_question_comes_back(stack, sender) -> None:
    converse(stack, sender, [("hi", "privacy")])
    reply = texts(stack.say(sender, "I'm scared of my husband, he hits me"))
    assert "999" in reply and ("0808 2000 247" in reply or "0800 027 1234" in reply)
    assert "is that ok" in reply.lower()
    converse(stack, sender, [("yes", "who is this support for")])


def test_after_submitting_a_red_flag_still_gets_the_right_help(stack, sender) -> None:
    outside = [("1", "postcode"), ("SW1A 2AA", "is that right"), ("yes", "for where you live")]
    converse(stack, sender, [*OPENING, *outside])
    reply = texts(stack.say(sender, "I've got a temp of 38.5, I had chemo on Monday"))
    assert "24-hour" in reply and "999" in reply
    reply = texts(stack.say(sender, "and now chest pain"))
    assert "999" in reply and "emergency" in reply
    record = record_for(stack, sender)
    assert [f["kind"] for f in record["risk_flags"]] == ["treatment_side_effect", "medical_emergency"]


def test_look_alikes_do_not_interrupt(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            *OPENING,
            ("1", "postcode"),
            ("DD1 4HN", "how old"),
            ("67", "diagnosed"),
            ("1", "type"),
            ("lung", "worrying"),
            ("I'm dying to know what happens next and the worry is killing me", "noted"),
        ],
    )
    reply = texts(stack.say(sender, "I've been saving up my tablets"))
    assert "116 123" in reply
    assert reply.index("116 123") < reply.lower().index("how much is")
    converse(stack, sender, [("6", "from 0")])


# The detector only suggests a risk here (Assessment.possible): the conversation asks directly.
SUGGESTS_SUICIDE = "I feel like a burden to everyone"
AT_CONCERNS = [
    *OPENING,
    ("1", "postcode"),
    ("DD1 4HN", "how old"),
    ("67", "diagnosed"),
    ("yes, lung", "worrying"),
]


def test_a_possible_risk_at_the_concerns_question_is_asked_directly_and_yes_gets_help(stack, sender) -> None:
    converse(stack, sender, AT_CONCERNS)
    asked = texts(stack.say(sender, SUGGESTS_SUICIDE))
    assert "Are you having thoughts of ending your life?" in asked
    for number in ("999", "116 123", "SHOUT to 85258", "NHS 111"):
        assert number in asked
    assert "how much" not in asked.lower()  # never taken as a concern and scored
    record = record_for(stack, sender)
    assert (record["priority"], record["concerns"]) == ("urgent", [])  # urgent at once: they may not answer
    assert record["risk_flags"][0]["kind"] == "suicide_or_self_harm"

    reply = texts(stack.say(sender, "sometimes"))
    assert "mental health option" in reply and "116 123" in reply
    assert "worrying" in reply.lower(), reply  # then the question again
    assert reply.index("116 123") < reply.lower().index("worrying"), reply
    converse(stack, sender, [("money", "how much")])
    record = record_for(stack, sender)
    assert [f["kind"] for f in record["risk_flags"]] == ["suicide_or_self_harm"]  # one risk, one flag


def test_no_is_acknowledged_and_the_interrupted_question_comes_back(stack, sender) -> None:
    converse(stack, sender, [*OPENING, ("1", "postcode")])
    assert "thoughts of ending your life" in texts(stack.say(sender, SUGGESTS_SUICIDE))
    reply = texts(stack.say(sender, "no I'm fine, just tired"))
    assert reply.startswith("Thank you") and "postcode" in reply.lower()
    converse(stack, sender, [("DD1 4HN", "how old")])


def test_worries_that_raised_the_question_are_noted_once_it_is_answered_no(stack, sender) -> None:
    """Blind person R30013 wrote her worries, was asked about a risk, and once she had answered was asked
    for her worries again: she had to write them all out a second time. After a no, the words she
    wrote are her answer."""
    converse(stack, sender, AT_CONCERNS)
    worry = f"{SUGGESTS_SUICIDE} and money is tight"
    assert "thoughts of ending your life" in texts(stack.say(sender, worry))
    reply = texts(stack.say(sender, "no"))
    assert reply.startswith("Thank you") and "how much is" in reply.lower(), reply
    assert "worrying you most" not in reply.lower(), reply
    record = record_for(stack, sender)
    assert "money_or_finance" in [c["item"] for c in record["concerns"]]
    assert [f["kind"] for f in record["risk_flags"]] == ["suicide_or_self_harm"]


def test_worries_written_with_a_side_effect_get_the_help_and_are_kept(stack, sender) -> None:
    """Blind people wrote that they could not keep anything down on the chemo among their worries: they got
    the chemotherapy help, then were asked for their worries again from the start."""
    converse(stack, sender, AT_CONCERNS)
    worry = "Sick all day since my chemo on Tuesday, cannot keep anything down, and the bills are piling up"
    reply = texts(stack.say(sender, worry))
    assert "chemotherapy" in reply.lower() and "how much is" in reply.lower(), reply
    assert reply.lower().index("chemotherapy") < reply.lower().index("how much is"), reply
    assert "worrying you most" not in reply.lower(), reply
    record = record_for(stack, sender)
    assert {"eating_or_appetite", "money_or_finance"} <= {c["item"] for c in record["concerns"]}
    assert [f["kind"] for f in record["risk_flags"]] == ["treatment_side_effect"]


def test_the_same_words_again_after_the_question_are_the_answer_to_the_question_asked(stack, sender) -> None:
    """Asked once, not asked again: someone who answers the interrupted question as before (blind
    round-2 people did, and went round the direct question, then round 'Sorry') is read as answering it."""
    converse(stack, sender, [*OPENING, ("1", "postcode")])
    assert "thoughts of ending your life" in texts(stack.say(sender, SUGGESTS_SUICIDE))
    assert "postcode" in texts(stack.say(sender, "no")).lower()
    reply = texts(stack.say(sender, f"{SUGGESTS_SUICIDE}, DD1 4HN"))
    assert "thoughts of ending your life" not in reply and "how old" in reply.lower(), reply


def test_before_consent_yes_answers_the_safety_question_never_the_privacy_one(stack, sender) -> None:
    converse(stack, sender, [("hi", "privacy")])
    assert "thoughts of ending your life" in texts(stack.say(sender, SUGGESTS_SUICIDE))
    reply = texts(stack.say(sender, "yes"))
    assert "116 123" in reply and "is that ok" in reply.lower()
    assert plan_for(stack, sender).status_code == 404  # no consent was taken from that yes
    converse(stack, sender, [("yes", "who is this support for")])


def test_an_unclear_answer_is_asked_about_again_then_treated_as_yes(stack, sender) -> None:
    converse(
        stack,
        sender,
        [*OPENING, ("1", "postcode"), ("SW1A 2AA", "is that right"), ("yes", "for where you live")],
    )
    assert "thoughts of ending your life" in texts(stack.say(sender, SUGGESTS_SUICIDE))
    again = texts(stack.say(sender, "why are you asking"))
    assert "YES or NO" in again and "116 123" in again
    reply = texts(stack.say(sender, "hmm"))
    assert "mental health option" in reply


def test_while_booking_a_possible_risk_answered_no_keeps_the_booking_question(stack, sender) -> None:
    converse(stack, sender, SHORTEST)
    assert "thoughts of ending your life" in texts(stack.say(sender, SUGGESTS_SUICIDE))
    reply = texts(stack.say(sender, "no"))
    assert reply.startswith("Thank you") and "how would you like to meet" in reply.lower(), reply
    reply = texts(stack.say(sender, "i want to end it all"))
    assert "116 123" in reply and "how would you like to meet" in reply.lower(), reply
    converse(stack, sender, [("phone", "which time suits")])
    record = record_for(stack, sender)
    assert [f["kind"] for f in record["risk_flags"]] == ["suicide_or_self_harm"]
    assert record["priority"] == "urgent"


def test_a_first_message_met_with_the_direct_question_still_leads_into_the_questions(stack, sender) -> None:
    """Blind person R4013's first message raised the direct question; after two unclear answers and the
    numbers, "Right, thank you" got only "You're welcome.", again and again: a dead end."""
    assert "thoughts of ending your life" in texts(stack.say(sender, SUGGESTS_SUICIDE))
    texts(stack.say(sender, "ok"))
    assert "116 123" in texts(stack.say(sender, "ok"))
    reply = texts(stack.say(sender, "Right, thank you"))
    assert "welcome" in reply.lower() and "is that ok" in reply.lower(), reply
    converse(stack, sender, [("yes", "who is this support for")])
