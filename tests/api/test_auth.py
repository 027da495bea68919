"""Staff sign in with the OAuth2 password flow; nothing under /api is open without a token."""

from __future__ import annotations

from tests.helpers import PASSWORD, bearer, create_staff


def test_token_for_right_password_and_401_otherwise(client, db) -> None:
    create_staff(db, "ann@example.org", sites=["dundee"])
    assert (
        client.post("/api/auth/token", data={"username": "ann@example.org", "password": "wrong"}).status_code
        == 401
    )
    assert (
        client.post("/api/auth/token", data={"username": "bob@example.org", "password": PASSWORD}).status_code
        == 401
    )
    headers = bearer(client, "ANN@example.org ")
    assert client.get("/api/referrals", headers=headers).status_code == 200


def test_queue_needs_a_valid_token(client) -> None:
    assert client.get("/api/referrals").status_code == 401
    assert client.get("/api/referrals", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_internal_endpoints_need_the_service_token(client) -> None:
    body = {"conversation_id": "c1", "channel": "web", "answers": {"consent_share": True}}
    assert client.put("/internal/referrals/draft", json=body).status_code == 401
    response = client.put("/internal/referrals/draft", json=body, headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401


def test_sign_in_is_audited_without_the_password(client, db) -> None:
    from sqlalchemy import select

    from frontdoor.audit.models import AuditEntry

    create_staff(db, "ann@example.org", sites=["dundee"])
    bearer(client, "ann@example.org")
    entries = db.scalars(select(AuditEntry).where(AuditEntry.action == "sign_in")).all()
    assert [e.actor for e in entries] == ["ann@example.org"]
    assert PASSWORD not in str(entries[0].detail)
