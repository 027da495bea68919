"""Texts received, people who have opted out, and the choices last offered to each conversation."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdoor.db.base import Base, utcnow


class InboundSms(Base):
    """Stored before anything else happens, so a crash or an outage loses nothing."""

    __tablename__ = "sms_inbound"
    __table_args__ = (Index("ix_sms_inbound_sender_status", "sender", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)
    sender: Mapped[str] = mapped_column(String(20))
    conversation_id: Mapped[str] = mapped_column(String(40))
    to_number: Mapped[str | None] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text, default="")
    num_media: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    processed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SmsOptOut(Base):
    __tablename__ = "sms_opt_outs"

    number: Mapped[str] = mapped_column(String(20), primary_key=True)
    opted_out_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SmsConversation(Base):
    """The numbered choices last offered, so that a reply of "2" means the second of them."""

    __tablename__ = "sms_conversations"

    conversation_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_choices: Mapped[list[Any]] = mapped_column(JSON, default=list)
