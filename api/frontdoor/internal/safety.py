"""Internal endpoints for safety events: record the flag, return the right help or question for it.

``/flags``: a message raised a risk. Clear: the flag, urgency, the staff alert and the help for its kind.
Possible: urgent at once but no alert, and the kind's direct question, worded for someone else when the
message was about them (``about``); ``asking`` says which kind the next message answers. ``/answer``:
that next message, read as the answer first (``frontdoor.safety.direct_question``).
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from frontdoor.deps import ContentDep, SessionDep, require_service
from frontdoor.referrals.flags import FlagOutcome
from frontdoor.referrals.schemas import Channel, RiskKind, SafetyFlagIn, SafetyFlagOut
from frontdoor.referrals.service import current_referral
from frontdoor.safety.direct_question import (
    MAX_ASKS,
    answers_interrupted,
    clear_risk_answers_interrupted,
    decide,
    question_for,
    record_clear,
    record_possible,
)

router = APIRouter(prefix="/internal/safety", tags=["internal"], dependencies=[Depends(require_service)])

Kind = RiskKind | Literal["general"]


class SafetyEventIn(SafetyFlagIn):
    certainty: Literal["clear", "possible"] = "clear"
    about: Literal["self", "other"] = Field(
        "self", description="whose risk it is: the person writing, or someone else they wrote about"
    )
    interrupted: str | None = Field(
        None, max_length=60, description="the question the message that raised the risk was answering, if any"
    )


class SafetyEventOut(SafetyFlagOut):
    asking: Kind | None = Field(None, description="the kind whose direct question the next message answers")
    answers_interrupted: bool = Field(
        False,
        description="the words that raised a clear risk also answer the interrupted question: read them now",
    )


class SafetyAnswerIn(BaseModel):
    conversation_id: str = Field(min_length=1, max_length=120)
    channel: Channel
    kind: Kind = Field(description="the kind the direct question asked about")
    asked: int = Field(1, ge=1, le=MAX_ASKS, description="how many times it has been asked")
    text: str = Field(max_length=2000)
    clear: list[Kind] = Field(default_factory=list, description="clear risks in the answer itself")
    possible: list[Kind] = Field(default_factory=list, description="risks the answer only suggests")
    excerpt: str | None = Field(None, max_length=500, description="the words that raised a risk in it")
    about: Literal["self", "other"] = Field(
        "self",
        description="whose risk the answer's words are: a new question about someone else asks about them",
    )
    asked_about: Literal["self", "other"] = Field(
        "self", description="whose risk the question being answered asked about: asked again, it asks so"
    )
    interrupted: str | None = Field(
        None, max_length=60, description="the question the message that raised the risk was answering, if any"
    )


class SafetyAnswerOut(BaseModel):
    outcome: Literal["clear", "no", "again", "ask"]
    reply: str
    kind: Kind
    asking: Kind | None
    asked: int
    urgent: bool
    referral_id: str | None
    answers_interrupted: bool = Field(
        False,
        description="the message that raised the question answers the question it interrupted: read it now",
    )


@router.post("/flags")
def post_safety_flag(body: SafetyEventIn, session: SessionDep, content: ContentDep) -> SafetyEventOut:
    """Record a safety event; return the help for a clear one, the direct question for a possible one."""
    if body.certainty == "possible":
        outcome = record_possible(session, body.conversation_id, body.kind, body.excerpt)
    else:
        outcome = record_clear(
            session, content.sites, body.conversation_id, body.kind, body.excerpt, body.source
        )
    site = content.sites.get(outcome.site_id) if outcome.site_id else None
    possible = body.certainty == "possible"
    return SafetyEventOut(
        reply=content.safety.direct_question(body.kind, question_for(body.about), site)
        if possible
        else content.safety.reply(body.kind, site),
        urgent=outcome.referral_id is not None,
        referral_id=outcome.referral_id,
        asking=body.kind if possible else None,
        answers_interrupted=not possible and clear_risk_answers_interrupted(body.kind, body.interrupted),
    )


@router.post("/answer")
def post_safety_answer(body: SafetyAnswerIn, session: SessionDep, content: ContentDep) -> SafetyAnswerOut:
    """Read the message after a direct safety question as its answer, and act on it."""
    decision = decide(
        body.kind, body.asked, body.text, body.clear, body.possible, body.about, body.asked_about
    )
    if decision.outcome == "clear":
        source = "patterns" if body.clear else "answer" if decision.reading == "yes" else "no_answer"
        excerpt = body.excerpt if body.clear else body.text
        outcome = record_clear(session, content.sites, body.conversation_id, decision.kind, excerpt, source)
    elif decision.outcome == "ask":
        outcome = record_possible(session, body.conversation_id, decision.kind, body.excerpt)
    else:
        referral = current_referral(session, body.conversation_id)
        consented = referral is not None and referral.consent_share
        outcome = FlagOutcome(referral.id if consented else None, referral.site_id if consented else None)
    site = content.sites.get(outcome.site_id) if outcome.site_id else None
    reply = (
        content.safety.direct_question(decision.kind, decision.wording, site)
        if decision.wording
        else content.safety.reply(decision.kind, site)
    )
    return SafetyAnswerOut(
        outcome=decision.outcome,
        reply=reply,
        kind=decision.kind,
        asking=decision.pending,
        asked=decision.asked,
        urgent=outcome.referral_id is not None,
        referral_id=outcome.referral_id,
        answers_interrupted=answers_interrupted(decision, body.interrupted),
    )
