"""No server errors from any input: every operation in the OpenAPI schema, fed by schemathesis
(property-based, in-process against the ASGI app; valid and invalid data; SQLite and PostgreSQL),
as an admin with a staff token, as the action server with the internal service token, and with no
credentials at all.

Examples per operation are bounded (``FUZZ_EXAMPLES``, default 40, of valid and of invalid data) and
derandomised, so a run is repeatable; set it higher for a deeper run. A 500 anywhere fails the test,
naming the request.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.result import Ok

from tests.api.test_referrals_api import SERVICE
from tests.helpers import bearer, create_staff

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
# Rasa is not running in this test: these say so with a 503 and a plain message, as they should.
UNAVAILABLE = {(503, "/health"), (503, "/chat/api/message")}


def _fuzz(app, operations, headers_for, examples: int) -> tuple[Counter[int], list[str]]:
    statuses: Counter[int] = Counter()
    errors: list[str] = []
    for operation, mode in itertools.product(operations, GenerationMode):
        headers = headers_for(operation.path)

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=examples,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case) -> None:
            try:
                response = case.call(headers=headers)  # noqa: B023 (run at once, in this iteration)
            except Exception as exc:  # the test client raises what the app did not handle: a 500
                errors.append(
                    f"{case.method} {case.formatted_path} {case.query} -> {type(exc).__name__}: {exc}"
                )
                return
            statuses[response.status_code] += 1
            if response.status_code >= 500 and (response.status_code, case.path) not in UNAVAILABLE:
                errors.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}"
                )

        try:
            run()
        except Unsatisfiable:  # no invalid input exists for an operation without parameters
            assert mode is GenerationMode.NEGATIVE
    return statuses, errors


def test_no_operation_answers_a_server_error(client, db) -> None:
    create_staff(db, "fuzz-admin@example.org", "admin")
    staff = bearer(client, "fuzz-admin@example.org")
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
    assert len(operations) >= 20  # the whole API, not a corner of it
    internal = [op for op in operations if op.path.startswith("/internal")]
    assert internal

    with_tokens, errors = _fuzz(
        client.app,
        operations,
        lambda path: SERVICE if path.startswith("/internal") else staff,
        EXAMPLES,
    )
    anonymous, more = _fuzz(client.app, operations, lambda _path: {}, max(5, EXAMPLES // 5))
    print(  # the figures for the record: how many requests, and what they were answered
        f"fuzzed {len(operations)} operations: {sum(with_tokens.values())} requests with tokens "
        f"{dict(with_tokens)}, {sum(anonymous.values())} without {dict(anonymous)}"
    )
    found = sorted(set(errors + more))
    assert not found, "\n".join(found)
    assert sum(with_tokens.values()) >= len(operations) * 5
    # The internal endpoints were reached with the token (not all refused) and refused without it.
    assert with_tokens[200] + with_tokens[201] > 0
    assert anonymous[401] > 0


def test_the_requests_the_fuzzing_found_are_answered_plainly(client, db) -> None:
    create_staff(db, "fuzz-admin2@example.org", "admin")
    staff = bearer(client, "fuzz-admin2@example.org")
    assert client.get(f"/api/referrals?offset={2**80}", headers=staff).status_code == 422
    for too_big in (2**31, 2**64):  # PostgreSQL's INTEGER is 32 bits
        assert (
            client.put(f"/api/link-workers/{too_big}/week", json={"week": {}}, headers=staff).status_code
            == 422
        )
        assert client.delete(f"/api/away/{too_big}", headers=staff).status_code == 422
        assert client.get(f"/appointments/{too_big}/calendar.ics?token=x").status_code == 422
    body = {"conversation_id": "fuzz-1", "channel": "web", "answers": {"consent_share": True}}
    assert client.put("/internal/referrals/draft", json=body, headers=SERVICE).status_code == 200
    cleared = {**body, "answers": {"referrer_role": None}}
    assert client.put("/internal/referrals/draft", json=cleared, headers=SERVICE).status_code == 200


def test_a_nul_character_is_never_a_server_error(client, database_url: str) -> None:
    body = {"conversation_id": "nul-\x00-1", "channel": "web", "answers": {"consent_share": True}}
    response = client.put("/internal/referrals/draft", json=body, headers=SERVICE)
    # SQLite stores it; PostgreSQL cannot, and says so plainly.
    assert response.status_code == (422 if database_url.startswith("postgresql") else 200), response.text
    if response.status_code == 422:
        assert "cannot be stored" in response.json()["detail"]
