"""The handover record: a referral in the shape of contracts/referral-record.schema.json."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from frontdoor.aftercare.record import summary as aftercare_summary
from frontdoor.db.base import aware
from frontdoor.referrals.models import Referral


def _iso(value: datetime | None) -> str | None:
    return aware(value).isoformat() if value is not None else None


def to_record(referral: Referral) -> dict[str, Any]:
    has_referrer = referral.referrer_role == "on_behalf" or referral.referrer_name is not None
    return {
        "id": referral.id,
        "reference": referral.reference,
        "site": referral.site_id or "unassigned",
        "channel": referral.channel,
        "conversation_id": referral.conversation_id,
        "created_at": _iso(referral.created_at),
        "submitted_at": _iso(referral.submitted_at),
        "status": referral.status,
        "priority": referral.priority,
        "priority_reasons": list(referral.priority_reasons or []),
        "referrer_role": referral.referrer_role,
        "referrer": {
            "name": referral.referrer_name,
            "relationship": referral.referrer_relationship,
            "phone": referral.referrer_phone,
        }
        if has_referrer
        else None,
        "person": {
            "name": referral.name,
            "preferred_name": referral.preferred_name,
            "date_of_birth": referral.date_of_birth.isoformat() if referral.date_of_birth else None,
            "age": referral.age,
            "phone": referral.phone,
            "email": referral.email,
            "postcode": referral.postcode,
            "preferred_contact": referral.preferred_contact,
            "contact_times": referral.contact_times,
            "language": referral.language,
            "interpreter_needed": referral.interpreter_needed,
            "access_needs": referral.access_needs,
            "cares_for_someone_with_cancer": referral.cares_for_someone_with_cancer,
        },
        "cancer": {"type": referral.cancer_type, "stage": referral.cancer_stage}
        if referral.cancer_type or referral.cancer_stage
        else None,
        "referral_source": referral.referral_source,
        "eligibility": {"eligible": referral.eligible, "checks": list(referral.eligibility_checks or [])},
        "consent": {
            "share_with_service": referral.consent_share,
            "contact_by_sms": referral.consent_sms,
            "on_behalf_agreed_by_person": referral.on_behalf_agreed,
            "privacy_notice_version": referral.privacy_notice_version,
            "given_at": _iso(referral.consent_given_at),
        },
        "concerns": [
            {
                "category": c.category,
                "item": c.item,
                "label": c.label,
                "score": c.score,
                "in_their_words": c.in_their_words,
            }
            for c in referral.concerns
        ],
        "main_concern": referral.main_concern,
        "distress_score": referral.distress_score,
        "what_matters_most": referral.what_matters_most,
        "callback_requested": referral.callback_requested,
        "risk_flags": [{"kind": f.kind, "at": _iso(f.at), "excerpt": f.excerpt} for f in referral.risk_flags],
        "appointment": _appointment(referral),
        "appointment_wanted": _appointment_wanted(referral),
        "first_contact_to_appointment_hours": referral.first_contact_to_appointment_hours,
        "aftercare": aftercare_summary(referral),
    }


def _appointment_wanted(referral: Referral) -> dict[str, Any] | None:
    """Not booked in the conversation: the way of meeting they chose and when suits, for the link worker
    who will arrange it."""
    if referral.meeting_wanted is None:
        return None
    return {"type": referral.meeting_wanted, "when_in_their_words": referral.meeting_when_wanted}


def _appointment(referral: Referral) -> dict[str, Any] | None:
    shown = referral.appointment
    if shown is None:
        return None
    return {
        "start": _iso(shown.start),
        "end": _iso(shown.end),
        "type": shown.type,
        "venue": shown.venue,
        "link_worker": shown.link_worker.first_name,
        "status": shown.status,
    }
