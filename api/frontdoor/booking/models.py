"""Link workers, their diary exceptions, and appointments.

The unique index on (link_worker_id, start) among live appointments is what guarantees that two people
can never hold the same link worker at the same time, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdoor.db.base import Base, utcnow


class LinkWorker(Base):
    __tablename__ = "link_workers"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(60))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    week: Mapped[dict[str, Any]] = mapped_column(
        JSON, default=dict, doc="working pattern by day, as in content/sites.yml; seeded from there"
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DiaryException(Base):
    """Time a link worker is away (leave, training)."""

    __tablename__ = "diary_exceptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    link_worker_id: Mapped[int] = mapped_column(ForeignKey("link_workers.id", ondelete="CASCADE"), index=True)
    start: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    end: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(String(40))


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (
        Index("ix_appointments_worker_start", "link_worker_id", "start"),
        Index(
            "uq_appointments_live_slot",
            "link_worker_id",
            "start",
            unique=True,
            sqlite_where=text("status IN ('held', 'booked')"),
            postgresql_where=text("status IN ('held', 'booked')"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    link_worker_id: Mapped[int] = mapped_column(ForeignKey("link_workers.id"))
    start: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    end: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    type: Mapped[str] = mapped_column(String(20))
    venue: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(
        String(12), doc="held (offered), booked, released, expired, cancelled, rescheduled"
    )
    held_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    booked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    link_worker: Mapped[LinkWorker] = relationship(lazy="joined")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
