"""The link worker queue: submitted referrals a member of staff may see, most urgent first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdoor.referrals.models import Referral
from frontdoor.staff.models import StaffUser

QUEUE_STATUSES = ("new", "ineligible", "claimed", "contacted", "hna_booked", "closed", "withdrawn")


def list_queue(
    session: Session, staff: StaffUser, *, site: str | None, status: str | None, limit: int, offset: int
) -> list[Referral]:
    """Never shows ``in_progress`` drafts: those are not referrals yet."""
    query = select(Referral).where(Referral.status.in_(QUEUE_STATUSES))
    if staff.role != "admin":
        query = query.where(Referral.site_id.in_(staff.site_ids))
    if site:
        query = query.where(Referral.site_id == site)
    if status:
        query = query.where(Referral.status == status)
    query = (
        query.order_by(Referral.priority_rank, Referral.created_at, Referral.id).limit(limit).offset(offset)
    )
    return list(session.scalars(query))
