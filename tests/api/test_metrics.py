"""Prometheus metrics: protected, and reporting what operators need."""

from __future__ import annotations

import pytest

from frontdoor.settings import get_settings
from tests.api.test_referrals_api import draft, submit

TOKEN = "m" * 40


def test_metrics_are_not_public(client) -> None:
    assert client.get("/metrics").status_code == 403  # not loopback, and no token configured


@pytest.fixture
def metrics_token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("METRICS_TOKEN", TOKEN)
    get_settings.cache_clear()
    return TOKEN


def test_metrics_report_referrals_outbox_and_turns(client, metrics_token) -> None:
    draft(client, "m1", consent_share=True)
    draft(client, "m1", postcode="DD1 4HN", age=60, has_diagnosis="yes", referrer_role="self")
    submit(client, "m1")
    client.post("/chat/api/message", json={"sender": "web-" + "b" * 32, "message": "hello"})  # Rasa is down
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    body = client.get("/metrics", headers={"Authorization": f"Bearer {metrics_token}"}).text
    assert 'frontdoor_referrals{priority="routine",status="new"} 1.0' in body
    assert 'frontdoor_turns_total{channel="web"}' in body
    assert "frontdoor_turn_seconds_bucket" in body
    assert "frontdoor_sms_segments_total" in body
    assert "frontdoor_first_contact_to_appointment_hours_bucket" in body
