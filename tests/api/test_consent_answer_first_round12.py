"""Round 12's blind people at the privacy question: its own reader looks first, whatever the intent model
heard. Three of them never got past it (each the same question three times, or a delete question)."""

from __future__ import annotations

import pytest

from tests.api.test_referrals_api import SERVICE


def _read(client, text: str, **extra) -> dict:
    said = {"text": text, "conversation_id": extra.pop("conversation_id", None), **extra}
    response = client.post("/internal/consent/read", json=said, headers=SERVICE)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Yes, I am content for you to hold my details.", "delete_my_data"),  # R12004
        ("ar go on", "go_back"),  # R12011, Birmingham's yes
        ("yeah go on then, whatever you need", "goodbye"),
        ("I don't mind", "off_topic"),
    ],
)
def test_a_yes_in_words_is_a_yes_whatever_the_model_heard(client, text: str, intent: str) -> None:
    out = _read(client, text, intent=intent, confidence=0.95)
    assert out["agreed"] is True and out["interrupt"] is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("please delete everything I've said", "delete_my_data"),
        ("can I talk to a real person instead", "request_human"),
        ("start again", "start_again"),
    ],
)
def test_a_sure_interruption_the_reader_cannot_use_leaves_the_question(
    client, text: str, intent: str
) -> None:
    out = _read(client, text, intent=intent, confidence=0.95)
    assert out["interrupt"] == intent and out["agreed"] is None


def test_an_unsure_or_unsaid_interruption_stays_with_the_question(client) -> None:
    assert _read(client, "hmm not sure", intent="delete_my_data", confidence=0.5)["interrupt"] is None
    # The model was sure, but nothing in the words deletes anything.
    assert _read(client, "hmm not sure", intent="delete_my_data", confidence=0.95)["interrupt"] is None


def test_a_yes_beside_a_question_is_taken_once_the_question_was_answered(client) -> None:
    """R12012 asked "I suppose so. Is it shared with my GP?" three times and was told who sees it each
    time: the first time the question gets its answer; said again, the yes is taken and stored."""
    text = "I suppose so. Is it shared with my GP?"
    first = _read(client, text, conversation_id="r12012", channel="web")
    assert first == {"agreed": None, "asks": True, "questions": None, "interrupt": None}
    again = _read(client, text, conversation_id="r12012", channel="web", told_why=True)
    assert again["agreed"] is True and again["questions"][0] == "referrer_role"


def test_a_no_beside_a_question_is_never_taken_as_a_yes(client) -> None:
    text = "Who sees it? I don't want it going all over the place."
    assert _read(client, text, told_why=True)["agreed"] is None


def test_a_bad_confidence_is_a_clear_4xx(client) -> None:
    said = {"text": "yes", "intent": "affirm", "confidence": 7}
    response = client.post("/internal/consent/read", json=said, headers=SERVICE)
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Hello, I had a mastectomy in September and my breast care nurse gave me your details.", False),
        ("I want you to delete my details please", True),
        ("DELETE", True),
    ],
)
def test_whether_the_words_ask_to_delete(client, text: str, said: bool) -> None:
    """Round 21's R21003 opened with her nurse giving her "your details", and was asked whether to
    delete everything, again and again: the words decide."""
    response = client.post(
        "/internal/intents/said", json={"intent": "delete_my_data", "text": text}, headers=SERVICE
    )
    assert response.status_code == 200, response.text
    assert response.json() == {"said": said}


def test_an_intent_said_needs_its_name(client) -> None:
    response = client.post("/internal/intents/said", json={"intent": "", "text": "hi"}, headers=SERVICE)
    assert response.status_code == 422
