"""Staff accounts and the sites each may see."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdoor.db.base import Base, utcnow

ROLES = ("link_worker", "manager", "admin")
SITE_ROLES = ("link_worker", "manager")  # need at least one site; admins see every site


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    session_version: Mapped[int] = mapped_column(
        Integer, default=0, doc="sign-in tokens carry it; raising it ends every session and token"
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    site_links: Mapped[list[StaffSite]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def site_ids(self) -> list[str]:
        return [link.site_id for link in self.site_links]

    def can_see_reports(self) -> bool:
        """Admins (every site) and managers (their own sites) see the service's reports."""
        return self.role in ("admin", "manager")

    def can_see_site(self, site_id: str | None) -> bool:
        return self.role == "admin" or (site_id is not None and site_id in self.site_ids)


class StaffSite(Base):
    __tablename__ = "staff_sites"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), primary_key=True)
