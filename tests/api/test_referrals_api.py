"""The assistant's draft and submit endpoints, and the queue link workers read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from frontdoor.content import get_content
from frontdoor.referrals.models import Referral, RiskFlag
from frontdoor.referrals.service import flag_idle_drafts
from tests.conftest import TEST_SECRETS
from tests.helpers import assert_valid_record, bearer, create_staff

SERVICE = {"Authorization": f"Bearer {TEST_SECRETS['SERVICE_TOKEN']}"}


def draft(client, conversation: str, channel: str = "web", **answers):
    response = client.put(
        "/internal/referrals/draft",
        json={"conversation_id": conversation, "channel": channel, "answers": answers},
        headers=SERVICE,
    )
    assert response.status_code == 200, response.text
    return response.json()


def submit(client, conversation: str):
    response = client.post(
        "/internal/referrals/submit", json={"conversation_id": conversation}, headers=SERVICE
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_nothing_is_stored_before_consent(client, db) -> None:
    out = draft(client, "c-no-consent", name="Jean Smith", postcode="DD1 4HN")
    assert out["referral_id"] is None
    assert db.scalar(select(func.count()).select_from(Referral)) == 0


def test_answers_are_normalised_and_the_postcode_routes_to_a_site(client) -> None:
    draft(client, "c1", consent_share=True)
    out = draft(client, "c1", postcode="dd14hn", phone="07700 900123", name="  Jean   Smith ")
    assert out["values"] == {"postcode": "DD1 4HN", "phone": "+447700900123", "name": "Jean Smith"}
    assert out["site_id"] == "dundee"
    assert out["problems"] == {}


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("postcode", "not a postcode", "not_a_uk_postcode"),
        ("phone", "12345", "not_a_phone_number"),
        ("name", "!!!", "not_a_name"),
    ],
)
def test_bad_answers_are_named_and_not_stored(client, db, field, value, problem) -> None:
    draft(client, "c2", consent_share=True)
    out = draft(client, "c2", **{field: value})
    assert out["problems"] == {field: problem}
    assert getattr(db.scalar(select(Referral)), field) is None


def test_unknown_fields_and_bad_types_get_422_with_a_message(client) -> None:
    response = client.put(
        "/internal/referrals/draft",
        json={"conversation_id": "c3", "channel": "web", "answers": {"shoe_size": 9}},
        headers=SERVICE,
    )
    assert response.status_code == 422
    assert "shoe_size" in response.text
    response = client.put(
        "/internal/referrals/draft",
        json={"conversation_id": "c3", "channel": "fax", "answers": {}},
        headers=SERVICE,
    )
    assert response.status_code == 422


def test_submitted_referral_is_in_the_queue_in_contract_shape(client, db) -> None:
    draft(client, "c4", consent_share=True)
    draft(client, "c4", name="Jean Smith", postcode="DD1 4HN", phone="07700900123")
    result = submit(client, "c4")
    assert result["status"] == "new"
    assert result["priority"] == "routine"
    # booking opens at once: its ways of meeting come with the reference, as /internal/booking/start gives
    start = client.post("/internal/booking/start", json={"conversation_id": "c4"}, headers=SERVICE).json()
    assert result["booking"] == start and "can_book" in start

    create_staff(db, "dundee@example.org", sites=["dundee"])
    queue = client.get("/api/referrals", headers=bearer(client, "dundee@example.org")).json()
    assert [r["reference"] for r in queue] == [result["reference"]]
    record = queue[0]
    assert_valid_record(record)
    assert record["site"] == "dundee"
    assert record["channel"] == "web"
    assert record["conversation_id"] == "c4"
    assert record["person"]["postcode"] == "DD1 4HN"
    assert record["consent"]["share_with_service"] is True
    assert record["consent"]["privacy_notice_version"]


def test_drafts_are_never_shown_to_link_workers(client, db) -> None:
    draft(client, "c5", consent_share=True)
    draft(client, "c5", postcode="DD1 4HN")
    create_staff(db, "dundee@example.org", sites=["dundee"])
    headers = bearer(client, "dundee@example.org")
    assert client.get("/api/referrals", headers=headers).json() == []
    referral_id = db.scalar(select(Referral.id))
    assert client.get(f"/api/referrals/{referral_id}", headers=headers).status_code == 404


def test_a_second_submit_is_harmless_and_a_new_draft_after_it_is_refused(client) -> None:
    draft(client, "c6", consent_share=True)
    first = submit(client, "c6")
    assert submit(client, "c6")["reference"] == first["reference"]
    response = client.put(
        "/internal/referrals/draft",
        json={"conversation_id": "c6", "channel": "web", "answers": {"name": "x"}},
        headers=SERVICE,
    )
    assert response.status_code == 409


def test_link_workers_see_only_their_sites(client, db) -> None:
    for conversation, postcode in (("d", "DD1 4HN"), ("h", "DH1 3LE")):
        draft(client, conversation, consent_share=True)
        draft(client, conversation, postcode=postcode)
        submit(client, conversation)
    create_staff(db, "dundee@example.org", sites=["dundee"])
    create_staff(db, "boss@example.org", role="admin")
    dundee = bearer(client, "dundee@example.org")
    assert [r["site"] for r in client.get("/api/referrals", headers=dundee).json()] == ["dundee"]
    durham_id = db.scalar(select(Referral.id).where(Referral.site_id == "durham"))
    assert client.get(f"/api/referrals/{durham_id}", headers=dundee).status_code == 403
    assert client.get("/api/referrals?site=durham", headers=dundee).status_code == 403
    admin = bearer(client, "boss@example.org")
    assert {r["site"] for r in client.get("/api/referrals", headers=admin).json()} == {"dundee", "durham"}
    assert client.get("/api/referrals?status=bogus", headers=admin).status_code == 400


def test_queue_is_ordered_urgent_then_high_then_oldest(client, db) -> None:
    draft(client, "routine-old", consent_share=True)
    draft(client, "routine-old", postcode="DD1 4HN")
    submit(client, "routine-old")
    draft(client, "high", consent_share=True)
    draft(client, "high", postcode="DD2 1AA", distress_score=9)
    submit(client, "high")
    draft(client, "urgent", consent_share=True)
    draft(client, "urgent", postcode="DD3 6AB")
    referral = db.scalar(select(Referral).where(Referral.conversation_id == "urgent"))
    db.add(RiskFlag(referral_id=referral.id, site_id="dundee", kind="suicide_or_self_harm", excerpt="..."))
    db.commit()
    submit(client, "urgent")

    create_staff(db, "dundee@example.org", sites=["dundee"])
    queue = client.get("/api/referrals", headers=bearer(client, "dundee@example.org")).json()
    assert [(r["conversation_id"], r["priority"]) for r in queue] == [
        ("urgent", "urgent"),
        ("high", "high"),
        ("routine-old", "routine"),
    ]
    assert queue[1]["priority_reasons"] == ["distress 9/10"]
    for record in queue:
        assert_valid_record(record)


def test_an_unfinished_referral_asking_for_a_call_is_in_the_queue_marked_incomplete(client, db) -> None:
    draft(client, "cb1", consent_share=True)
    draft(client, "cb1", postcode="DD1 4HN", phone="07700 900123")
    response = client.post("/internal/referrals/callback", json={"conversation_id": "cb1"}, headers=SERVICE)
    assert response.status_code == 200
    create_staff(db, "cb@example.org", sites=["dundee"])
    queue = client.get("/api/referrals", headers=bearer(client, "cb@example.org")).json()
    assert [r["status"] for r in queue] == ["in_progress"]
    assert "incomplete: call back" in queue[0]["priority_reasons"]
    assert_valid_record(queue[0])


def test_a_draft_idle_for_a_day_with_a_phone_number_is_put_in_the_queue(client, db) -> None:
    content = get_content()
    draft(client, "idle1", consent_share=True)
    draft(client, "idle1", postcode="DD1 4HN", phone="07700 900124")
    draft(client, "idle2", consent_share=True)
    draft(client, "idle2", postcode="DD1 4HN")  # no phone: nobody can call
    now = datetime.now(UTC)
    assert flag_idle_drafts(db, content, now, timedelta(days=1)) == 0
    assert flag_idle_drafts(db, content, now + timedelta(days=1, minutes=1), timedelta(days=1)) == 1
    create_staff(db, "idle@example.org", sites=["dundee"])
    queue = client.get("/api/referrals", headers=bearer(client, "idle@example.org")).json()
    assert len(queue) == 1 and queue[0]["priority_reasons"][-1] == "incomplete: call back"
