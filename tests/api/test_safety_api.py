"""Recording safety events: urgent at once with consent, a count without personal data otherwise."""

from __future__ import annotations

from sqlalchemy import select

from frontdoor.referrals.models import RiskFlag
from tests.api.test_referrals_api import SERVICE, draft
from tests.helpers import assert_valid_record, bearer, create_staff


def flag(client, conversation: str, kind: str, excerpt: str | None = "want to end it all") -> dict:
    response = client.post(
        "/internal/safety/flags",
        json={"conversation_id": conversation, "channel": "web", "kind": kind, "excerpt": excerpt},
        headers=SERVICE,
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_without_consent_help_is_given_and_only_a_count_is_kept(client, db) -> None:
    out = flag(client, "anon", "suicide_or_self_harm")
    assert "116 123" in out["reply"]
    assert out["urgent"] is False
    stored = db.scalars(select(RiskFlag)).all()
    assert [(f.kind, f.referral_id, f.excerpt) for f in stored] == [("suicide_or_self_harm", None, None)]


def test_with_consent_an_unfinished_referral_goes_to_the_top_of_the_queue(client, db) -> None:
    draft(client, "routine", consent_share=True)
    draft(client, "routine", postcode="DH1 3LE")
    client.post("/internal/referrals/submit", json={"conversation_id": "routine"}, headers=SERVICE)
    draft(client, "crisis", consent_share=True)
    draft(client, "crisis", postcode="DH1 3LE", name="Pat")
    out = flag(client, "crisis", "treatment_side_effect", "temp of 38.5 and on chemo")
    assert out["urgent"] is True
    assert "alert card" in out["reply"]  # Durham has no real acute oncology number in the demo content

    create_staff(db, "durham@example.org", sites=["durham"])
    queue = client.get("/api/referrals", headers=bearer(client, "durham@example.org")).json()
    assert [(r["conversation_id"], r["priority"], r["status"]) for r in queue] == [
        ("crisis", "urgent", "in_progress"),
        ("routine", "routine", "new"),
    ]
    record = queue[0]
    assert_valid_record(record)
    assert record["risk_flags"][0]["kind"] == "treatment_side_effect"
    assert record["risk_flags"][0]["excerpt"] == "temp of 38.5 and on chemo"
    assert record["priority_reasons"] == ["risk flag: treatment_side_effect"]


def test_the_intent_alone_records_an_other_flag_with_general_help(client, db) -> None:
    draft(client, "intent", consent_share=True)
    response = client.post(
        "/internal/safety/flags",
        json={"conversation_id": "intent", "channel": "sms", "kind": "general", "source": "intent"},
        headers=SERVICE,
    )
    assert "0808 808 00 00" in response.json()["reply"]
    assert db.scalar(select(RiskFlag.kind)) == "other"


def test_an_unknown_kind_is_a_422(client) -> None:
    response = client.post(
        "/internal/safety/flags",
        json={"conversation_id": "x", "channel": "web", "kind": "sad"},
        headers=SERVICE,
    )
    assert response.status_code == 422
