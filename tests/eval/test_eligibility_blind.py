"""The blind eligibility table (eval/blind/eligibility.yml), written from the services' published rules
by someone who had not read the code, run through the real readers, draft service and rules.

Each case answers the questions the way the person typed them; the outcome must be the table's:
eligible, not eligible for the reason given, or "review" (a person at the service decides; the
assistant never refuses). Someone referring on behalf without the person's agreement cannot refer
them: the referral becomes support for the carer themselves, which is what "no_agreement" expects.
The figures are written to test-artifacts/eligibility_blind.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from frontdoor.referrals.models import Referral
from tests.api.test_answers_api import answer, draft

CASES = yaml.safe_load((Path(__file__).parents[2] / "eval" / "blind" / "eligibility.yml").read_text())
ROLE_CHOICE = {"self": "1", "carer_for_self": "2", "on_behalf": "3"}
REASON = {
    "lives_in_area": "out_of_area",
    "age": "under_age",
    "diagnosis": "no_diagnosis",
    "excluded_cancer": "excluded_cancer",
}


def outcome_of(client, db, case: dict) -> tuple[str, str | None, str | None]:
    """(expect, site, reason) as the product decides them, answering only what it asks."""
    conversation = f"blind-{case['id']}"
    draft(client, conversation, consent_share=True)
    out = answer(client, conversation, "referrer_role", ROLE_CHOICE[case["role"]])
    given = {
        "on_behalf_agreed": None
        if case["on_behalf_agreed"] is None
        else ("yes" if case["on_behalf_agreed"] else "no"),
        # Without the person's agreement the one writing takes support as their carer, so the postcode
        # (and the site the table expects) is still asked.
        "carer_support_wanted": "yes",
        "postcode": case["postcode"],
        "age": case["age"],
        "has_diagnosis": case["diagnosis"],
        "cares_for_someone_with_cancer": case["diagnosis"],
        "cancer_type": case["cancer_type"],
        "skin_cancer_kind": case["skin_cancer_kind"],
    }
    asked: set[str] = set()
    while True:
        pending = [q for q in out["questions"] if q in given and q not in asked and given[q] is not None]
        if not pending:
            break
        question = pending[0]
        asked.add(question)
        out = answer(client, conversation, question, str(given[question]))
    referral = db.scalar(select(Referral).where(Referral.conversation_id == conversation))
    db.refresh(referral)
    if case["role"] == "on_behalf" and referral.referrer_role == "carer_for_self":
        return "not_eligible", referral.site_id, "no_agreement"
    if referral.eligible is None:
        return "review", referral.site_id, None
    if referral.eligible:
        return "eligible", referral.site_id, None
    failed = next(c["rule"] for c in referral.eligibility_checks if c["passed"] is False)
    return "not_eligible", referral.site_id, REASON[failed]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_blind_eligibility_table(client, db) -> None:
    failures = []
    for case in CASES:
        expected = (case["expect"], case["site"], case["reason"])
        got = outcome_of(client, db, case)
        if got != expected:
            failures.append({"id": case["id"], "note": case["note"], "expected": expected, "got": got})
    report = {"cases": len(CASES), "passed": len(CASES) - len(failures), "failures": failures}
    out = Path(__file__).parents[2] / "test-artifacts" / "eligibility_blind.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=1))
    assert not failures, json.dumps(failures[:15], indent=1)
