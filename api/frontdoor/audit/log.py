"""Writing audit entries from services."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from frontdoor.audit.models import AuditEntry


def record(
    session: Session, actor: str, action: str, entity: str, entity_id: str | None, **detail: Any
) -> None:
    """Add an audit entry to the session; it is committed with the change it describes."""
    session.add(AuditEntry(actor=actor, action=action, entity=entity, entity_id=entity_id, detail=detail))
