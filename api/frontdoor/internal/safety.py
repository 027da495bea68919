"""Internal endpoint for safety events: record the flag, return the right help for that kind."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from frontdoor.deps import ContentDep, SessionDep, require_service
from frontdoor.referrals.flags import record_flag
from frontdoor.referrals.schemas import SafetyFlagIn, SafetyFlagOut

router = APIRouter(prefix="/internal/safety", tags=["internal"], dependencies=[Depends(require_service)])


@router.post("/flags")
def post_safety_flag(body: SafetyFlagIn, session: SessionDep, content: ContentDep) -> SafetyFlagOut:
    """Record a safety event and return the reply for its kind and the person's site."""
    outcome = record_flag(session, content.sites, body.conversation_id, body.kind, body.excerpt, body.source)
    site = content.sites.get(outcome.site_id) if outcome.site_id else None
    return SafetyFlagOut(
        reply=content.safety.reply(body.kind, site),
        urgent=outcome.referral_id is not None,
        referral_id=outcome.referral_id,
    )
