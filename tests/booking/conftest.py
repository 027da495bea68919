"""A submitted, eligible referral ready to book, made through the assistant's own endpoints."""

from __future__ import annotations

import itertools

import pytest

from tests.api.test_referrals_api import SERVICE, draft, submit

_ids = itertools.count(1)


def eligible_referral(client, postcode: str = "DD1 4HN", channel: str = "web", **extra) -> str:
    conversation = f"book-{next(_ids)}"
    draft(client, conversation, channel, consent_share=True)
    draft(
        client,
        conversation,
        channel,
        referrer_role="self",
        postcode=postcode,
        age=66,
        has_diagnosis="yes",
        cancer_type="lung",
        name="Jean Smith",
        phone="07700 900123",
        **extra,
    )
    assert submit(client, conversation)["status"] == "new"
    return conversation


def booking(client, conversation: str, field: str, text: str, **earlier) -> dict:
    response = client.put(
        "/internal/booking/answer",
        json={"conversation_id": conversation, "field": field, "text": text, **earlier},
        headers=SERVICE,
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def referral(client) -> str:
    return eligible_referral(client)
