"""Asking directly when a message only suggests a risk, and reading the answer (issue #14 item 1).

A possible risk: the direct question with the numbers, the referral urgent at once, nobody paged.
The answer: yes, unsure or no clear answer twice is a clear risk (help, alert); no is acknowledged.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from frontdoor.outbox.models import OutboxMessage
from frontdoor.referrals.models import RiskFlag
from frontdoor.safety.direct_question import POSSIBLE_SOURCE
from tests.api.test_referrals_api import SERVICE, draft

HELP_NUMBERS = r"999|NHS 111|116 123|SHOUT to 85258|0808 2000 247|0800 027 1234|24-hour"


def possible(client, conversation: str, kind: str = "suicide_or_self_harm", **extra) -> dict:
    response = client.post(
        "/internal/safety/flags",
        json={
            "conversation_id": conversation,
            "channel": "sms",
            "kind": kind,
            "excerpt": "what is the point any more",
            "certainty": "possible",
            **extra,
        },
        headers=SERVICE,
    )
    assert response.status_code == 200, response.text
    return response.json()


def answer(client, conversation: str, text: str, kind: str = "suicide_or_self_harm", **extra) -> dict:
    response = client.post(
        "/internal/safety/answer",
        json={"conversation_id": conversation, "channel": "sms", "kind": kind, "text": text, **extra},
        headers=SERVICE,
    )
    assert response.status_code == 200, response.text
    return response.json()


def alerts(db) -> list[OutboxMessage]:
    return list(db.scalars(select(OutboxMessage).where(OutboxMessage.kind == "staff_alert")))


def consented(client, conversation: str) -> None:
    draft(client, conversation, channel="sms", consent_share=True)
    draft(client, conversation, channel="sms", postcode="DH1 3LE", name="Pat")


def test_a_possible_risk_asks_directly_with_the_numbers_and_is_urgent_without_paging(client, db) -> None:
    consented(client, "maybe")
    out = possible(client, "maybe")
    assert "thoughts of ending your life" in out["reply"]
    for number in ("999", "116 123", "SHOUT to 85258", "NHS 111"):
        assert number in out["reply"]
    assert (out["asking"], out["urgent"]) == ("suicide_or_self_harm", True)
    flags = db.scalars(select(RiskFlag)).all()
    assert [(f.kind, f.source, f.excerpt) for f in flags] == [
        ("suicide_or_self_harm", POSSIBLE_SOURCE, "what is the point any more")
    ]
    assert alerts(db) == []


@pytest.mark.parametrize(
    ("kind", "asked"),
    [
        ("suicide_or_self_harm", "Are they having thoughts of ending their life?"),
        ("harm_or_abuse", "Is someone hurting, threatening or controlling them?"),
        ("treatment_side_effect", "Are they having cancer treatment"),
        ("medical_emergency", "Is it happening to them now"),
    ],
)
def test_a_possible_risk_to_someone_else_asks_about_them_with_the_same_numbers(
    client, db, kind: str, asked: str
) -> None:
    consented(client, f"other-{kind}")
    about_them = possible(client, f"other-{kind}", kind, about="other")
    about_self = possible(client, f"other-{kind}", kind)
    assert asked in about_them["reply"] and asked not in about_self["reply"]
    assert (about_them["asking"], about_them["urgent"]) == (kind, True)
    numbers = re.findall(HELP_NUMBERS, about_self["reply"])
    assert numbers and all(n in about_them["reply"] for n in numbers)


def test_whose_risk_it_is_must_be_self_or_other(client) -> None:
    body = {"conversation_id": "c", "channel": "sms", "kind": "suicide_or_self_harm", "about": "us"}
    assert client.post("/internal/safety/flags", json=body, headers=SERVICE).status_code == 422


@pytest.mark.parametrize("said", ["yes", "Yeah", "sometimes", "a bit", "not sure tbh", "I do"])
def test_yes_or_unsure_is_a_clear_risk_help_and_an_alert(client, db, said: str) -> None:
    consented(client, "yes")
    possible(client, "yes")
    out = answer(client, "yes", said)
    assert (out["outcome"], out["asking"], out["urgent"]) == ("clear", None, True)
    assert "mental health option" in out["reply"] and "116 123" in out["reply"]
    flags = db.scalars(select(RiskFlag)).all()
    # the possible flag became the clear one, keeping the words that raised it: one risk, one flag
    assert [(f.kind, f.source, f.excerpt) for f in flags] == [
        ("suicide_or_self_harm", "answer", "what is the point any more")
    ]
    assert len(alerts(db)) == 1


@pytest.mark.parametrize("said", ["no", "No I'm fine, just tired", "nah", "no, just a bit tired"])
def test_no_is_acknowledged_kindly_and_nobody_is_paged(client, db, said: str) -> None:
    consented(client, "no")
    possible(client, "no")
    out = answer(client, "no", said)
    assert (out["outcome"], out["asking"]) == ("no", None)
    assert out["reply"].startswith("Thank you")
    assert alerts(db) == []
    # a person still looks: the referral stays at the top of the queue with the possible flag
    assert db.scalar(select(RiskFlag.source)) == POSSIBLE_SOURCE


def test_no_clear_answer_is_asked_once_more_then_treated_as_yes(client, db) -> None:
    consented(client, "unclear")
    possible(client, "unclear")
    first = answer(client, "unclear", "why do you ask?")
    assert (first["outcome"], first["asking"], first["asked"]) == ("again", "suicide_or_self_harm", 2)
    assert "116 123" in first["reply"] and "YES or NO" in first["reply"]
    assert alerts(db) == []
    second = answer(client, "unclear", "thanks love", asked=2)
    assert second["outcome"] == "clear"
    assert [f.source for f in db.scalars(select(RiskFlag))] == ["no_answer"]
    assert len(alerts(db)) == 1
    # The numbers are left in words that do not tell someone who never said yes that they are suicidal
    # (two carers who thanked us were told "I'm sorry this is happening").
    assert second["reply"].startswith("I'll leave these numbers with you") and "116 123" in second["reply"]


def test_a_clear_risk_in_the_answer_is_that_clear_risk(client, db) -> None:
    consented(client, "other")
    possible(client, "other")
    out = answer(
        client,
        "other",
        "no but I have chest pain",
        clear=["medical_emergency"],
        excerpt="I have chest pain",
    )
    assert (out["outcome"], out["kind"]) == ("clear", "medical_emergency")
    assert "999" in out["reply"] and "emergency" in out["reply"]
    kinds = sorted((f.kind, f.source) for f in db.scalars(select(RiskFlag)))
    assert kinds == [("medical_emergency", "patterns"), ("suicide_or_self_harm", POSSIBLE_SOURCE)]


def test_an_answer_suggesting_another_risk_asks_about_that_one(client, db) -> None:
    consented(client, "switch")
    possible(client, "switch")
    out = answer(client, "switch", "no, but I'm hot and shivery", possible=["treatment_side_effect"])
    assert (out["outcome"], out["asking"], out["asked"]) == ("ask", "treatment_side_effect", 1)
    assert "chemo" in out["reply"] and "999" in out["reply"]
    assert alerts(db) == []


def test_an_answer_suggesting_a_risk_to_someone_else_asks_about_them_as_a_first_question(client) -> None:
    consented(client, "switch-other")
    possible(client, "switch-other")
    out = answer(
        client,
        "switch-other",
        "no, but my daughter's boyfriend shouts at her",
        possible=["harm_or_abuse"],
        about="other",
    )
    assert (out["outcome"], out["asking"], out["asked"]) == ("ask", "harm_or_abuse", 1)
    assert "controlling them?" in out["reply"] and "0808 2000 247" in out["reply"]
    assert "I need to check" not in out["reply"]  # the other kind's first question, not its "again"


def test_without_consent_the_question_is_asked_and_only_counts_are_kept(client, db) -> None:
    out = possible(client, "anon", "harm_or_abuse")
    assert "0808 2000 247" in out["reply"] and "0800 027 1234" in out["reply"]
    assert out["urgent"] is False
    answered = answer(client, "anon", "yes", kind="harm_or_abuse")
    assert answered["outcome"] == "clear" and "999" in answered["reply"]
    stored = [(f.kind, f.referral_id, f.excerpt) for f in db.scalars(select(RiskFlag))]
    assert stored == [("harm_or_abuse", None, None), ("harm_or_abuse", None, None)]
    assert alerts(db) == []


def test_the_question_for_a_treatment_risk_names_the_sites_line_or_the_alert_card(client) -> None:
    consented(client, "chemo")
    out = possible(client, "chemo", "treatment_side_effect")
    assert "999" in out["reply"]
    assert "24-hour" in out["reply"]


def test_the_answer_endpoint_needs_the_service_token_and_a_known_kind(client) -> None:
    body = {"conversation_id": "x", "channel": "web", "kind": "suicide_or_self_harm", "text": "yes"}
    assert client.post("/internal/safety/answer", json=body).status_code in (401, 403)
    bad = {**body, "kind": "sad"}
    assert client.post("/internal/safety/answer", json=bad, headers=SERVICE).status_code == 422
    asked_too_often = {**body, "asked": 3}
    assert client.post("/internal/safety/answer", json=asked_too_often, headers=SERVICE).status_code == 422


@pytest.mark.parametrize(
    ("said", "asked", "interrupted", "read_now"),
    [
        ("no, nothing like that", 1, "concerns_text", True),  # settled: their worries, read now
        ("mm", 2, "concerns_text", True),  # left unanswered twice: the help given, then their worries
        ("yes", 1, "concerns_text", False),  # help first; the worries are asked for again later
        ("mm", 1, "concerns_text", False),  # asked once more first
        ("no", 1, "postcode", False),  # words about a risk are never a postcode
        ("no", 1, None, False),  # no question was interrupted
    ],
)
def test_the_words_that_raised_the_question_answer_the_worries_question_once_it_is_settled(
    client, said: str, asked: int, interrupted: str | None, read_now: bool
) -> None:
    """Blind person R30013 wrote her worries ("husband very ill, I am doing everything alone ...") and
    was asked about a risk; once that was settled she was asked for her worries again, and had to write
    them all out a second time."""
    consented(client, "held")
    possible(client, "held")
    out = answer(client, "held", said, asked=asked, interrupted=interrupted)
    assert out["answers_interrupted"] is read_now


@pytest.mark.parametrize(
    ("kind", "certainty", "interrupted", "read_now"),
    [
        ("treatment_side_effect", "clear", "concerns_text", True),  # the help, then their worries read
        ("suicide_or_self_harm", "clear", "concerns_text", False),  # a crisis is not pressed on with
        ("medical_emergency", "clear", "concerns_text", False),  # nor is an emergency
        ("treatment_side_effect", "possible", "concerns_text", False),  # asked about first
        ("treatment_side_effect", "clear", "postcode", False),  # words about a risk are never a postcode
        ("treatment_side_effect", "clear", None, False),  # no question was interrupted
    ],
)
def test_worries_written_with_a_side_effect_are_read_after_the_help(
    client, kind: str, certainty: str, interrupted: str | None, read_now: bool
) -> None:
    """Blind person R38 wrote 'can barely keep anything down' among her worries at the concerns question:
    she got the chemotherapy help, then was asked for her worries again and had to write them all out."""
    consented(client, "sick")
    out = possible(client, "sick", kind=kind, certainty=certainty, interrupted=interrupted)
    assert out["answers_interrupted"] is read_now
