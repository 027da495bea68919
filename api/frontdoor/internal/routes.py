"""Internal endpoints for the action server. Thin: the services hold the rules."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException

from frontdoor.deps import ContentDep, SessionDep, require_service
from frontdoor.referrals.schemas import DraftIn, DraftOut, SubmitIn
from frontdoor.referrals.service import ReferralError, save_draft, submit

router = APIRouter(prefix="/internal", tags=["internal"], dependencies=[Depends(require_service)])


@router.put("/referrals/draft")
def put_draft(body: DraftIn, session: SessionDep, content: ContentDep) -> DraftOut:
    try:
        return save_draft(session, content, body.conversation_id, body.channel, body.answers)
    except ReferralError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


@router.post("/referrals/submit")
def post_submit(body: SubmitIn, session: SessionDep, content: ContentDep) -> dict[str, str | None]:
    try:
        referral = submit(session, content, body.conversation_id)
    except ReferralError as exc:
        raise HTTPException(exc.status, str(exc)) from exc
    return {
        "referral_id": referral.id,
        "reference": referral.reference,
        "status": referral.status,
        "priority": referral.priority,
        "site_id": referral.site_id,
    }
