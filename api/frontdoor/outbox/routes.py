"""Staff view of texts that could not be sent after every retry (admin only): no message bodies."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select

from frontdoor.audit.log import record
from frontdoor.deps import SessionDep, StaffDep
from frontdoor.outbox.models import OutboxMessage

router = APIRouter(prefix="/api/messages", tags=["messages"])


@router.get("/failed")
def failed_messages(session: SessionDep, staff: StaffDep) -> list[dict[str, Any]]:
    if staff.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only admins can see failed messages")
    rows = session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status.in_(("failed", "undelivered")))
        .order_by(OutboxMessage.id)
    )
    record(session, staff.email, "list", "failed_messages", None)
    session.commit()
    return [
        {
            "id": m.id,
            "kind": m.kind,
            "to": m.to_address,
            "status": m.status,
            "attempts": m.attempts,
            "last_error": m.last_error,
            "created_at": m.created_at.isoformat(),
        }
        for m in rows
    ]
