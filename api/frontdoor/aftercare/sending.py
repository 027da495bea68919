"""Who may be texted, and queueing an aftercare text in the outbox (the one sender) at an allowed time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from frontdoor.aftercare.models import AftercareTask
from frontdoor.aftercare.scheduling import next_allowed
from frontdoor.aftercare.wording import Aftercare
from frontdoor.booking.service import is_uk_mobile
from frontdoor.outbox.service import enqueue
from frontdoor.referrals.models import Referral
from frontdoor.sites.config import SiteConfig
from frontdoor.sms.models import SmsOptOut


def texts_allowed(referral: Referral) -> bool:
    """A UK mobile, and texts not refused: never after a no to texts; someone who asked to be phoned
    or emailed is texted only if they said yes to texts, or were texting us themselves."""
    if not is_uk_mobile(referral.phone) or referral.consent_sms is False:
        return False
    return (
        referral.consent_sms is True
        or referral.channel == "sms"
        or referral.preferred_contact in (None, "sms")
    )


def opted_out(session: Session, number: str | None) -> bool:
    return number is not None and session.get(SmsOptOut, number) is not None


def queue_text(
    session: Session,
    aftercare: Aftercare,
    task: AftercareTask,
    referral: Referral,
    site: SiteConfig,
    body: str,
    moment: datetime,
) -> datetime:
    """Queue ``body`` to the referral's phone, not before the end of any quiet hours; returns when it
    may go. The outbox key makes a second worker's attempt at the same step a no-op."""
    not_before = next_allowed(moment, aftercare)
    message = enqueue(
        session,
        kind=task.kind,
        to=referral.phone or "",
        from_address=site.sms_number,
        body=body,
        dedupe_key=f"aftercare:{task.id}:{task.step}",
    )
    if message is not None:
        message.next_attempt_at = not_before
    task.to_number = referral.phone
    task.sent_at = not_before
    return not_before
