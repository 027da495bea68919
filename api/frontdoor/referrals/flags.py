"""Recording a safety event against the conversation's referral.

With consent, the flag (kind, time, short excerpt) goes on the referral, which becomes urgent and
shows in the queue at once even if the person has not finished. Without consent, only the kind and
time are kept, for counting: no excerpt, no link to the conversation. Where the site has a duty number,
an alert goes through the outbox with the reference only, never clinical detail.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from frontdoor.audit.log import record
from frontdoor.outbox.service import enqueue
from frontdoor.referrals.models import PRIORITY_RANK, RiskFlag
from frontdoor.referrals.service import SERVICE_ACTOR, current_referral
from frontdoor.sites.config import SitesFile

EXCERPT_LIMIT = 120


@dataclass(frozen=True)
class FlagOutcome:
    referral_id: str | None
    site_id: str | None


ALERT_TEXT = "Front door: urgent referral {reference}: please review it in the queue now."


def record_flag(
    session: Session, sites: SitesFile, conversation_id: str, kind: str, excerpt: str | None, source: str
) -> FlagOutcome:
    kind = kind if kind != "general" else "other"
    referral = current_referral(session, conversation_id)
    if referral is None or not referral.consent_share:
        session.add(RiskFlag(kind=kind, source=source))
        session.commit()
        return FlagOutcome(referral_id=None, site_id=None)
    referral.risk_flags.append(
        RiskFlag(
            site_id=referral.site_id,
            kind=kind,
            source=source,
            excerpt=(excerpt or "")[:EXCERPT_LIMIT] or None,
        )
    )
    referral.priority = "urgent"
    referral.priority_rank = PRIORITY_RANK["urgent"]
    reason = f"risk flag: {kind}"
    if reason not in (referral.priority_reasons or []):
        referral.priority_reasons = [reason, *(referral.priority_reasons or [])]
    record(session, SERVICE_ACTOR, "risk_flag", "referral", referral.id, kind=kind, source=source)
    site = sites.get(referral.site_id) if referral.site_id else None
    if site is not None and site.alert_sms_number:
        enqueue(
            session,
            kind="staff_alert",
            to=site.alert_sms_number,
            from_address=site.sms_number,
            body=ALERT_TEXT.format(reference=referral.reference),
            dedupe_key=f"alert:{referral.id}:{len(referral.risk_flags)}",
        )
    session.commit()
    return FlagOutcome(referral_id=referral.id, site_id=referral.site_id)
