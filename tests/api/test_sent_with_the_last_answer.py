"""The answer that leaves nothing to ask sends the referral in the same call (issue #15: one API call for
the turn that cost most), with what the bot needs to say next: the reference, the site, booking's ways of
meeting and, on the web, the local help to show."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from frontdoor.referrals.models import Referral
from tests.api.test_referrals_api import SERVICE, draft

# The e2e tests' shortest referral, one answer per question.
SAID = {
    "referrer_role": "1",
    "postcode": "DD1 4HN",
    "age": "67",
    "has_diagnosis": "yes, lung",
    "concerns_text": "money",
    "concern_score": "7",
    "distress_score": "6",
    "name": "Jean Smith",
    "phone": "07700 900123",
    "support_needs": "no",
    "cancer_stage": "3",
    "referral_source": "my gp",
    "aftercare_consent": "yes",
}


def _answer(client, conversation: str, channel: str, field: str, text: str) -> dict:
    body = {"conversation_id": conversation, "channel": channel, "field": field, "text": text}
    response = client.put("/internal/referrals/answer", json=body, headers=SERVICE)
    assert response.status_code == 200, response.text
    return response.json()


def _up_to_the_read_back(client, conversation: str, channel: str, **instead: str) -> None:
    """Every question answered as SAID, but for the answers given ``instead``."""
    said = {**SAID, **instead}
    draft(client, conversation, channel, consent_share=True)
    questions = client.post(
        "/internal/referrals/plan", json={"conversation_id": conversation}, headers=SERVICE
    )
    questions = questions.json()["questions"]
    answered: set[str] = set()
    for _ in range(len(said)):  # the plan lists every question that applies, answered or not
        pending = [q for q in questions if q not in answered and q != "review_confirm"]
        if not pending:
            break
        out = _answer(client, conversation, channel, pending[0], said[pending[0]])
        assert out["accepted"] and out["submitted"] is None, (pending[0], out)
        answered |= {pending[0], *out["values"]}
        questions = out["questions"]
    assert questions[-1] == "review_confirm"


@pytest.mark.parametrize("channel", ["web", "sms"])
def test_yes_at_the_read_back_sends_it_in_the_same_call(client, db, channel: str) -> None:
    _up_to_the_read_back(client, f"last-{channel}", channel)
    out = _answer(client, f"last-{channel}", channel, "review_confirm", "yes send it")
    sent = out["submitted"]
    referral = db.scalar(select(Referral).where(Referral.conversation_id == f"last-{channel}"))
    assert referral.status == "new" and referral.submitted_at is not None
    assert sent["reference"] == referral.reference and sent["status"] == "new"
    assert sent["site_name"] == "Dundee Cancer Link Workers" and sent["target_days"]
    assert "Phone call" in sent["booking"]["menu"]
    # Local help as links in the chat on the web (they said yes to it); by text the worker sends it.
    assert (sent["local_help"] is not None) is (channel == "web")


def test_a_no_at_the_read_back_sends_nothing(client, db) -> None:
    _up_to_the_read_back(client, "last-no", "web")
    out = _answer(client, "last-no", "web", "review_confirm", "not yet")
    assert out["submitted"] is None
    referral = db.scalar(select(Referral).where(Referral.conversation_id == "last-no"))
    assert referral.status == "in_progress"


def test_sending_again_gives_back_the_same_referral(client) -> None:
    _up_to_the_read_back(client, "last-again", "web")
    sent = _answer(client, "last-again", "web", "review_confirm", "yes")["submitted"]
    again = client.post("/internal/referrals/submit", json={"conversation_id": "last-again"}, headers=SERVICE)
    assert again.status_code == 200 and again.json()["reference"] == sent["reference"]


def test_a_confirmed_refusal_is_sent_as_not_eligible_in_the_same_call(client) -> None:
    draft(client, "last-young", "web", consent_share=True)
    for field, text in [("referrer_role", "1"), ("postcode", "DD1 4HN")]:
        assert _answer(client, "last-young", "web", field, text)["submitted"] is None
    out = _answer(client, "last-young", "web", "age", "15")
    assert out["questions"] == ["eligibility_check"] and out["submitted"] is None
    out = _answer(client, "last-young", "web", "eligibility_check", "yes")
    assert out["questions"] == [] and out["submitted"]["status"] == "ineligible"
    assert out["submitted"]["other_help"] and out["submitted"]["booking"] is None
