"""The privacy question's own reader, through the internal API (issue #13, second blind set)."""

from __future__ import annotations

import pytest

from frontdoor.intake.conversation import SENT_TO_CHECK
from tests.api.test_answers_api import answer
from tests.api.test_referrals_api import SERVICE, draft


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        ("yes, that's fine by me", True),
        ("we've read it and agree", True),
        ("no I'd rather not", False),
        ("hello again", None),
        ("1", True),
        ("2", False),
    ],
)
def test_consent_is_read_by_its_own_reader(client, text: str, agreed: bool | None) -> None:
    response = client.post("/internal/consent/read", json={"text": text}, headers=SERVICE)
    assert response.status_code == 200, response.text
    assert response.json() == {"agreed": agreed, "asks": False, "questions": None, "interrupt": None}


@pytest.mark.parametrize(
    "text",
    [
        "Before I say yes, who exactly would see it? I don't want it going all over the place.",
        "who gets to see all this",
        "will my GP be told?",
    ],
)
def test_a_question_back_at_the_privacy_question_is_no_refusal(client, text: str) -> None:
    """Blind person R6030 asked who would see it before saying yes, was taken as a no, and told
    "That's fine. Nothing is passed on": the end of her referral. A question gets an answer first."""
    response = client.post("/internal/consent/read", json={"text": text}, headers=SERVICE)
    assert response.json() == {"agreed": None, "asks": True, "questions": None, "interrupt": None}


def test_a_yes_for_a_conversation_is_stored_and_the_first_questions_come_back(client) -> None:
    """One call for the privacy turn: the yes is kept and the form's first questions come with it."""
    said = {"text": "aye go on", "conversation_id": "cr1", "channel": "sms"}
    out = client.post("/internal/consent/read", json=said, headers=SERVICE).json()
    assert out["agreed"] is True and out["questions"][:3] == ["referrer_role", "postcode", "age"]
    plan = client.post("/internal/referrals/plan", json={"conversation_id": "cr1"}, headers=SERVICE)
    assert plan.status_code == 200 and plan.json()["questions"] == out["questions"]
    said = {"text": "no thanks", "conversation_id": "cr2", "channel": "sms"}
    assert client.post("/internal/consent/read", json=said, headers=SERVICE).json()["questions"] is None
    plan = client.post("/internal/referrals/plan", json={"conversation_id": "cr2"}, headers=SERVICE)
    assert plan.status_code == 404  # nothing kept without a yes


def test_consent_reading_needs_the_service_token(client) -> None:
    assert client.post("/internal/consent/read", json={"text": "yes"}).status_code in (401, 403)


def test_the_read_back_takes_a_yes_in_words_and_gives_a_plainer_way_on_the_second_time(client) -> None:
    draft(client, "rb2", consent_share=True, referrer_role="self", postcode="DD1 4HN", age=66)
    assert answer(client, "rb2", "review_confirm", "no")["problem"] == "not_confirmed"
    assert answer(client, "rb2", "review_confirm", "um")["problem"] == "not_confirmed_again"
    sent = answer(client, "rb2", "review_confirm", "all looks right to me")
    assert sent["accepted"] and sent["problem"] is None


def test_words_the_read_back_cannot_use_twice_running_send_it_for_a_link_worker_to_check(client) -> None:
    """Blind people R7023 and R7029 said "That's about right yes" and "That is a fair summary." and were
    given the two hints in turn, for ever. Unclear twice now sends it, with a call to check it."""
    draft(client, "rb3", consent_share=True, referrer_role="self", postcode="DD1 4HN", age=66)
    assert (
        answer(client, "rb3", "review_confirm", "erm the lot I suppose")["problem"] == "not_confirmed_again"
    )
    sent = answer(client, "rb3", "review_confirm", "erm the lot I suppose", retry=True)
    assert sent["accepted"] and sent["note"] == SENT_TO_CHECK
    draft(client, "rb4", consent_share=True, referrer_role="self", postcode="DD1 4HN", age=66)
    kept = answer(client, "rb4", "review_confirm", "no not yet", retry=True)  # a no is never sent
    assert not kept["accepted"] and kept["problem"] == "not_confirmed"
