"""What happens after a referral is sent: planned and sent texts (signposts, check-ins, surveys), and
the survey answers, kept against the referral (deleted with it on erasure)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdoor.db.base import Base, utcnow

KINDS = ("signposts", "checkin", "appointment_check", "survey")
# planned -> sent (nothing to answer) or waiting (for a reply) -> answered / no_reply / closed;
# not_needed when the time came and it no longer applied, stopped when the number replied STOP.
STATUSES = ("planned", "sent", "waiting", "answered", "no_reply", "closed", "not_needed", "stopped")


class AftercarePlan(Base):
    """One row per sent referral once its aftercare has been planned (so it is planned once)."""

    __tablename__ = "aftercare_plans"

    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True)
    planned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AftercareTask(Base):
    __tablename__ = "aftercare_tasks"
    __table_args__ = (
        UniqueConstraint("referral_id", "key"),
        Index("ix_aftercare_tasks_due", "status", "due_at"),
        Index("ix_aftercare_tasks_waiting", "to_number", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(40), doc="unique per referral: signposts, checkin, survey:3 ...")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    channel: Mapped[str] = mapped_column(String(8), default="sms")
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    to_number: Mapped[str | None] = mapped_column(String(20))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reply_by: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    answer: Mapped[str | None] = mapped_column(String(10), doc="yes or no (check-ins)")
    step: Mapped[int] = mapped_column(Integer, default=0, doc="surveys: the question waiting for its answer")
    asked_again: Mapped[bool] = mapped_column(Boolean, default=False, doc="an unclear reply was asked again")
    detail: Mapped[dict[str, Any]] = mapped_column(
        JSON, default=dict, doc="signposts: the services offered; surveys: the questions; appointment id"
    )
    needs_attention: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SurveyAnswer(Base):
    """One score from an outcome survey: ``question`` is ``distress`` or a checklist item id; a null
    score is a question skipped."""

    __tablename__ = "survey_answers"
    __table_args__ = (UniqueConstraint("referral_id", "month", "question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    month: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(String(60))
    score: Mapped[int | None] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
