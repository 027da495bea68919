"""The referral as FHIR: a Bundle of the Patient, a ServiceRequest (the referral to the link worker
service) and a QuestionnaireResponse (the preliminary concerns checklist), validated on the way out
with ``fhir.resources`` (its R4B models: R4's structures for these resources)."""

from __future__ import annotations

import json
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from frontdoor.referrals.models import Referral
from frontdoor.referrals.record import to_record

SYSTEM = "https://github.com/frontdoor-cancer-support/referrals"
PRIORITY = {"routine": "routine", "high": "urgent", "urgent": "asap"}


def _patient(record: dict[str, Any]) -> dict[str, Any]:
    person = record["person"]
    resource: dict[str, Any] = {"resourceType": "Patient"}
    if person.get("name"):
        resource["name"] = [{"text": person["name"]}]
    if person.get("phone"):
        resource["telecom"] = [{"system": "phone", "value": person["phone"], "use": "mobile"}]
    if person.get("postcode"):
        resource["address"] = [{"postalCode": person["postcode"], "country": "GB"}]
    if person.get("date_of_birth"):
        resource["birthDate"] = person["date_of_birth"]
    if person.get("language"):
        resource["communication"] = [{"language": {"text": person["language"]}, "preferred": True}]
    return resource


def _answers(record: dict[str, Any]) -> list[dict[str, Any]]:
    items = [
        {
            "linkId": f"concern.{c['item']}",
            "text": f"{c['label']} ({c['category']})",
            "answer": [{"valueInteger": c["score"]}] if c["score"] is not None else [{"valueBoolean": True}],
        }
        for c in record["concerns"]
    ]
    if record.get("main_concern"):
        items.append(
            {
                "linkId": "main_concern",
                "text": "Matters most",
                "answer": [{"valueString": record["main_concern"]}],
            }
        )
    if record.get("distress_score") is not None:
        items.append(
            {
                "linkId": "distress",
                "text": "Overall distress, 0 to 10",
                "answer": [{"valueInteger": record["distress_score"]}],
            }
        )
    if record.get("what_matters_most"):
        items.append(
            {
                "linkId": "what_matters_most",
                "text": "What matters most to you right now?",
                "answer": [{"valueString": record["what_matters_most"]}],
            }
        )
    return items


def referral_bundle(referral: Referral) -> dict[str, Any]:
    record = to_record(referral)
    patient_id, questionnaire_id = f"urn:uuid:{referral.id}-patient", f"urn:uuid:{referral.id}-concerns"
    request: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "identifier": [{"system": f"{SYSTEM}/reference", "value": record["reference"]}],
        "status": "active" if record["status"] not in ("closed", "withdrawn", "ineligible") else "completed",
        "intent": "order",
        "priority": PRIORITY[record["priority"]],
        "code": {"text": "Cancer support link worker: Holistic Needs Assessment"},
        "subject": {"reference": patient_id},
        "authoredOn": record["submitted_at"] or record["created_at"],
        "reasonCode": [{"text": reason} for reason in record["priority_reasons"]] or None,
        "supportingInfo": [{"reference": questionnaire_id}],
        "note": [{"text": f"Self-referral by {record['referrer_role']} via {record['channel']}"}],
    }
    response: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{SYSTEM}/Questionnaire/preliminary-concerns",
        "status": "completed",
        "subject": {"reference": patient_id},
        "authored": record["submitted_at"] or record["created_at"],
        "item": _answers(record) or None,
    }
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "identifier": {"system": f"{SYSTEM}/record", "value": record["id"]},
        "entry": [
            {"fullUrl": patient_id, "resource": _patient(record)},
            {
                "fullUrl": f"urn:uuid:{referral.id}-request",
                "resource": {k: v for k, v in request.items() if v is not None},
            },
            {"fullUrl": questionnaire_id, "resource": {k: v for k, v in response.items() if v is not None}},
        ],
    }
    validated = Bundle.model_validate(bundle)
    return json.loads(validated.model_dump_json(exclude_none=True, by_alias=True))
