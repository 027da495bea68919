"""Recording a safety event against the conversation's referral.

With consent, the flag (kind, time, short excerpt) goes on the referral, which becomes urgent and
shows in the queue at once even if the person has not finished. Without consent, only the kind and
time are kept, for counting: no excerpt, no link to the conversation. With consent an alert goes
through the outbox, with the reference only and never clinical detail, to the site's duty number, or
to the service's duty contact (DUTY_ALERT_SMS_NUMBER) when the site has none or is not known yet.

The same risk reported twice for one referral within ``DUPLICATE_WINDOW`` (the same text reaching
both the SMS safety net and, late, a slow assistant) is one event: one flag, one alert.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from frontdoor.audit.log import record
from frontdoor.db.base import aware
from frontdoor.outbox.service import enqueue
from frontdoor.referrals.models import PRIORITY_RANK, Referral, RiskFlag
from frontdoor.referrals.service import SERVICE_ACTOR, current_referral
from frontdoor.settings import get_settings
from frontdoor.sites.config import SitesFile

EXCERPT_LIMIT = 120
DUPLICATE_WINDOW = timedelta(minutes=2)


@dataclass(frozen=True)
class FlagOutcome:
    referral_id: str | None
    site_id: str | None


ALERT_TEXT = "Front door: urgent referral {reference}: please review it in the queue now."


def make_urgent(referral: Referral, reason: str) -> None:
    """Top of the queue, with the reason first among the priority reasons (once)."""
    referral.priority = "urgent"
    referral.priority_rank = PRIORITY_RANK["urgent"]
    if reason not in (referral.priority_reasons or []):
        referral.priority_reasons = [reason, *(referral.priority_reasons or [])]


def record_flag(
    session: Session, sites: SitesFile, conversation_id: str, kind: str, excerpt: str | None, source: str
) -> FlagOutcome:
    kind = kind if kind != "general" else "other"
    referral = current_referral(session, conversation_id)
    if referral is None or not referral.consent_share:
        session.add(RiskFlag(kind=kind, source=source))
        session.commit()
        return FlagOutcome(referral_id=None, site_id=None)
    session.refresh(referral, with_for_update=True)  # one at a time per referral (PostgreSQL)
    stored_excerpt = (excerpt or "")[:EXCERPT_LIMIT] or None
    if _reported_just_now(referral, kind, stored_excerpt):
        session.commit()
        return FlagOutcome(referral_id=referral.id, site_id=referral.site_id)
    referral.risk_flags.append(
        RiskFlag(site_id=referral.site_id, kind=kind, source=source, excerpt=stored_excerpt)
    )
    make_urgent(referral, f"risk flag: {kind}")
    record(session, SERVICE_ACTOR, "risk_flag", "referral", referral.id, kind=kind, source=source)
    site = sites.get(referral.site_id) if referral.site_id else None
    alert_to = (site.alert_sms_number if site else None) or get_settings().duty_alert_sms_number
    if alert_to:
        enqueue(
            session,
            kind="staff_alert",
            to=alert_to,
            from_address=site.sms_number if site else None,
            body=ALERT_TEXT.format(reference=referral.reference),
            dedupe_key=f"alert:{referral.id}:{len(referral.risk_flags)}",
        )
    session.commit()
    return FlagOutcome(referral_id=referral.id, site_id=referral.site_id)


def _reported_just_now(referral: Referral, kind: str, excerpt: str | None) -> bool:
    """A flag of this kind (and the same excerpt, when both have one) in the last DUPLICATE_WINDOW."""
    since = datetime.now(UTC) - DUPLICATE_WINDOW
    return any(
        flag.kind == kind
        and flag.at is not None
        and aware(flag.at) >= since
        and (flag.excerpt == excerpt or not flag.excerpt or not excerpt)
        for flag in referral.risk_flags
    )
