"""Internal endpoints for the action server. Thin: the services hold the rules."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from frontdoor.deps import ContentDep, SessionDep, SettingsDep, require_service
from frontdoor.intake.consent import read_consent
from frontdoor.intake.conversation import describe, said_in_words
from frontdoor.intake.readers import READERS
from frontdoor.intake.sending import answer_and_send, send
from frontdoor.privacy.erasure import erase_conversation
from frontdoor.referrals.schemas import (
    AnswerIn,
    AnswerOut,
    Channel,
    DraftIn,
    DraftOut,
    SubmitIn,
)
from frontdoor.referrals.service import (
    ReferralError,
    current_referral,
    request_callback,
    save_draft,
    start_again,
)

router = APIRouter(prefix="/internal", tags=["internal"], dependencies=[Depends(require_service)])


@router.put("/referrals/draft")
def put_draft(body: DraftIn, session: SessionDep, content: ContentDep) -> DraftOut:
    try:
        return save_draft(session, content, body.conversation_id, body.channel, body.answers)
    except ReferralError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


class ConsentReadIn(BaseModel):
    text: str = Field(max_length=500)
    conversation_id: str | None = Field(
        None, min_length=1, max_length=120, description="with a channel: a yes is stored at once"
    )
    channel: Channel | None = None
    intent: str | None = Field(None, max_length=60, description="the bot's own reading, used last")
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    told_why: bool = Field(False, description="the question was just put again after answering one")


@router.post("/consent/read")
def read_consent_answer(body: ConsentReadIn, session: SessionDep, content: ContentDep) -> dict[str, Any]:
    """The privacy question's own reader: yes, no, or None (ask again); whether they asked something
    first ("who would see it?"), to be answered before the question is put again; or the interruption
    that takes over. A yes is stored and the first questions come back (one call for the turn)."""
    try:
        reading = read_consent(
            session,
            content,
            body.text,
            conversation_id=body.conversation_id,
            channel=body.channel,
            intent=body.intent,
            confidence=body.confidence,
            told_why=body.told_why,
        )
    except ReferralError as exc:
        raise HTTPException(exc.status, str(exc)) from exc
    return asdict(reading)


class SaidIn(BaseModel):
    intent: str = Field(min_length=1, max_length=60, description="what the bot's intent model heard")
    text: str = Field(max_length=2000)


@router.post("/intents/said")
def post_said(body: SaidIn) -> dict[str, bool]:
    """Whether the words say what the model heard, for an intent that only words may act on: a first
    message the model took for "delete my data" starts the conversation unless it asks to delete."""
    return {"said": said_in_words(body.intent, body.text)}


@router.put("/referrals/answer")
def put_answer(body: AnswerIn, session: SessionDep, content: ContentDep) -> AnswerOut:
    """Read one typed answer to ``field``, store it, and say what to ask next."""
    if body.field not in READERS:
        raise HTTPException(400, f"unknown question '{body.field}'; known: {', '.join(READERS)}")
    try:
        return answer_and_send(
            session,
            content,
            body.conversation_id,
            field=body.field,
            text=body.text,
            sender_phone=body.sender_phone,
            category=body.category,
            intent=body.intent,
            confidence=body.confidence,
            retry=body.retry,
            told_why=body.told_why,
            told_why_fully=body.told_why_fully,
            opening=body.opening,
            previous=body.previous,
        )
    except ReferralError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


@router.post("/referrals/plan")
def post_plan(body: SubmitIn, session: SessionDep, content: ContentDep) -> AnswerOut:
    """What the conversation's referral still needs, without answering anything."""
    referral = current_referral(session, body.conversation_id)
    if referral is None:
        raise HTTPException(404, "no referral for this conversation yet")
    return describe(referral, content)


@router.post("/referrals/start-again")
def post_start_again(body: SubmitIn, session: SessionDep, content: ContentDep) -> AnswerOut:
    """Clear the answers so far (consent is kept) and return the plan from the first question."""
    try:
        return describe(start_again(session, body.conversation_id), content)
    except ReferralError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


@router.post("/referrals/callback")
def post_callback(body: SubmitIn, session: SessionDep, content: ContentDep) -> dict[str, Any]:
    """The person asked to talk to someone: flagged on the record, whether sent yet or not."""
    try:
        referral = request_callback(session, content, body.conversation_id)
    except ReferralError as exc:
        raise HTTPException(exc.status, str(exc)) from exc
    return {"reference": referral.reference, "priority": referral.priority}


@router.post("/referrals/erase")
def post_erase(body: SubmitIn, session: SessionDep, settings: SettingsDep) -> dict[str, int]:
    """The person asked to delete what they told us, and confirmed: erase it all for this conversation."""
    return {"referrals_erased": erase_conversation(session, settings, body.conversation_id)}


@router.post("/referrals/submit")
def post_submit(body: SubmitIn, session: SessionDep, content: ContentDep) -> dict[str, Any]:
    try:
        return send(session, content, body.conversation_id)
    except ReferralError as exc:
        raise HTTPException(exc.status, str(exc)) from exc
