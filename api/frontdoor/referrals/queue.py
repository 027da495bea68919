"""The link worker queue: submitted referrals a member of staff may see, most urgent first."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from frontdoor.aftercare.record import attention_first
from frontdoor.booking.models import Appointment
from frontdoor.referrals.models import Referral
from frontdoor.staff.models import StaffUser

QUEUE_STATUSES = ("new", "ineligible", "claimed", "contacted", "hna_booked", "closed", "withdrawn")


def shown_to_staff(referral: Referral) -> bool:
    """The same rule as the queue's, for one referral (see ``list_queue``)."""
    if referral.status != "in_progress":
        return True
    return referral.priority == "urgent" or referral.callback_requested


def list_queue(
    session: Session,
    staff: StaffUser,
    *,
    site: str | None,
    status: str | None,
    limit: int,
    offset: int,
    priority: str | None = None,
    appointment_type: str | None = None,
    interpreter: bool | None = None,
) -> list[Referral]:
    """``in_progress`` drafts (not referrals yet) show only when a risk flag made them urgent, or when
    the person asked for a call or stopped part way after giving a phone number ("incomplete")."""
    visible = or_(
        Referral.status.in_(QUEUE_STATUSES),
        and_(
            Referral.status == "in_progress",
            or_(Referral.priority == "urgent", Referral.callback_requested.is_(True)),
        ),
    )
    query = select(Referral).where(visible)
    if staff.role != "admin":
        query = query.where(Referral.site_id.in_(staff.site_ids))
    if site:
        query = query.where(Referral.site_id == site)
    if status:
        query = query.where(Referral.status == status)
    if priority:
        query = query.where(Referral.priority == priority)
    if interpreter is not None:
        query = query.where(Referral.interpreter_needed.is_(interpreter))
    if appointment_type:
        booked = select(Appointment.referral_id).where(
            Appointment.status == "booked", Appointment.type == appointment_type
        )
        query = query.where(Referral.id.in_(booked))
    query = (
        query.order_by(attention_first(), Referral.priority_rank, Referral.created_at, Referral.id)
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(query))
