"""Small helpers shared by API and end-to-end tests."""

from __future__ import annotations

from typing import Any

import jsonschema

from frontdoor.contracts import referral_record_schema

PASSWORD = "correct horse battery"


def assert_valid_record(record: dict[str, Any]) -> None:
    jsonschema.validate(record, referral_record_schema(), format_checker=jsonschema.FormatChecker())


def create_staff(session, email: str, role: str = "link_worker", sites: list[str] | None = None) -> None:
    from frontdoor.staff.service import create_user

    create_user(session, email, PASSWORD, role, sites)
    session.commit()


def bearer(client, email: str) -> dict[str, str]:
    response = client.post("/api/auth/token", data={"username": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
