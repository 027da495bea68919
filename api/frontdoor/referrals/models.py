"""A referral, its concerns and its risk flags.

One row per self-referral episode. It starts ``in_progress`` while the person is talking and is only
shown to link workers once submitted (``new``) or turned away (``ineligible``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontdoor.booking.models import Appointment

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdoor.db.base import Base, utcnow

PRIORITY_RANK = {"urgent": 0, "high": 1, "routine": 2}


class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_queue", "site_id", "status", "priority_rank", "created_at"),
        Index("ix_referrals_conversation", "conversation_id", "status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reference: Mapped[str] = mapped_column(String(12), unique=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"), nullable=True)
    channel: Mapped[str] = mapped_column(String(8))
    conversation_id: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    priority: Mapped[str] = mapped_column(String(10), default="routine")
    priority_rank: Mapped[int] = mapped_column(Integer, default=PRIORITY_RANK["routine"])
    priority_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    referrer_role: Mapped[str] = mapped_column(String(20), default="self")

    referrer_name: Mapped[str | None] = mapped_column(String(120))
    referrer_relationship: Mapped[str | None] = mapped_column(String(60))
    referrer_phone: Mapped[str | None] = mapped_column(String(20))

    name: Mapped[str | None] = mapped_column(String(120))
    preferred_name: Mapped[str | None] = mapped_column(String(60))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    age: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    postcode: Mapped[str | None] = mapped_column(String(10))
    preferred_contact: Mapped[str | None] = mapped_column(String(10))
    contact_times: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[str | None] = mapped_column(String(40))
    interpreter_needed: Mapped[bool | None] = mapped_column(Boolean)
    access_needs: Mapped[str | None] = mapped_column(Text)
    cares_for_someone_with_cancer: Mapped[bool | None] = mapped_column(Boolean)

    has_diagnosis: Mapped[str | None] = mapped_column(String(10))
    cancer_type: Mapped[str | None] = mapped_column(String(40))
    skin_cancer_kind: Mapped[str | None] = mapped_column(String(15))
    cancer_stage: Mapped[str | None] = mapped_column(String(30))
    referral_source: Mapped[str | None] = mapped_column(String(40))

    eligible: Mapped[bool | None] = mapped_column(Boolean)
    eligibility_checks: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    eligibility_confirmed: Mapped[bool | None] = mapped_column(
        Boolean, doc="the person confirmed the answer that makes them not eligible"
    )
    last_answer_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    consent_share: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sms: Mapped[bool | None] = mapped_column(Boolean)
    on_behalf_agreed: Mapped[bool | None] = mapped_column(Boolean)
    carer_support_wanted: Mapped[bool | None] = mapped_column(
        Boolean, doc="asked when the person referred has not agreed: support for the one writing instead?"
    )
    privacy_notice_version: Mapped[str | None] = mapped_column(String(20))
    consent_given_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    main_concern: Mapped[str | None] = mapped_column(String(60))
    distress_score: Mapped[int | None] = mapped_column(Integer)
    what_matters_most: Mapped[str | None] = mapped_column(Text)
    callback_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    meeting_wanted: Mapped[str | None] = mapped_column(
        String(20), doc="not booked in the conversation: the way of meeting they chose, for the link worker"
    )
    meeting_when_wanted: Mapped[str | None] = mapped_column(
        String(120), doc="not booked in the conversation: when suits them, in their words"
    )
    offer_local_help: Mapped[bool | None] = mapped_column(Boolean, doc="yes to local help while waiting")
    survey_consent: Mapped[bool | None] = mapped_column(Boolean, doc="yes to outcome surveys by text")
    claimed_by: Mapped[str | None] = mapped_column(String(254), doc="the link worker who took it on")
    first_contact_to_appointment_hours: Mapped[float | None] = mapped_column(
        Float, doc="for reporting: from the first message to the first appointment booked"
    )

    concerns: Mapped[list[Concern]] = relationship(
        cascade="all, delete-orphan", order_by="Concern.position", lazy="selectin"
    )
    risk_flags: Mapped[list[RiskFlag]] = relationship(
        cascade="all, delete-orphan", order_by="RiskFlag.at", lazy="selectin"
    )
    notes: Mapped[list[ReferralNote]] = relationship(
        cascade="all, delete-orphan", order_by="ReferralNote.at", lazy="selectin"
    )
    appointments: Mapped[list[Appointment]] = relationship(
        order_by="Appointment.id", lazy="selectin", viewonly=True
    )

    @property
    def appointment(self) -> Appointment | None:
        """The appointment the record shows: the booked one, else the last one cancelled or moved."""
        shown = [a for a in self.appointments if a.status in ("booked", "cancelled", "rescheduled")]
        booked = [a for a in shown if a.status == "booked"]
        return (booked or shown or [None])[-1]


class Concern(Base):
    __tablename__ = "concerns"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    item: Mapped[str] = mapped_column(String(60))
    category: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(120))
    score: Mapped[int | None] = mapped_column(Integer)
    in_their_words: Mapped[str | None] = mapped_column(Text)


class RiskFlag(Base):
    """A safety event. ``referral_id`` is null when the person had not consented: then only the kind
    and time are kept, for counting, and no excerpt."""

    __tablename__ = "risk_flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[str | None] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True, nullable=True
    )
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    excerpt: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20), default="patterns")


class ReferralNote(Base):
    """A link worker's note on a referral (free text, seen by staff of the site only)."""

    __tablename__ = "referral_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(254))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
