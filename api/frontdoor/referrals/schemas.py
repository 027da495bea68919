"""What the action server may send about a conversation: answers given so far, all optional."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Role = Literal["self", "carer_for_self", "on_behalf"]
Channel = Literal["sms", "web"]
Stage = Literal[
    "awaiting",
    "newly_diagnosed",
    "in_treatment",
    "finished_treatment",
    "incurable_treatable",
    "end_of_life",
    "unknown",
]


class ConcernAnswer(BaseModel):
    item: str = Field(max_length=60)
    score: int | None = Field(None, ge=0, le=10)
    in_their_words: str | None = Field(None, max_length=500)


class Answers(BaseModel):
    """A partial set of answers. Fields left out are unchanged; an explicit null clears an answer."""

    model_config = ConfigDict(extra="forbid")

    consent_share: bool | None = None
    consent_sms: bool | None = None
    privacy_notice_version: str | None = Field(None, max_length=20)
    referrer_role: Role | None = None
    on_behalf_agreed: bool | None = None
    carer_support_wanted: bool | None = None
    referrer_name: str | None = Field(None, max_length=120)
    referrer_relationship: str | None = Field(None, max_length=60)
    referrer_phone: str | None = Field(None, max_length=40)
    name: str | None = Field(None, max_length=120)
    preferred_name: str | None = Field(None, max_length=60)
    date_of_birth: date | None = None
    age: int | None = Field(None, ge=0, le=120)
    phone: str | None = Field(None, max_length=40)
    email: str | None = Field(None, max_length=254)
    postcode: str | None = Field(None, max_length=20)
    preferred_contact: Literal["sms", "phone", "email"] | None = None
    contact_times: str | None = Field(None, max_length=120)
    language: str | None = Field(None, max_length=40)
    interpreter_needed: bool | None = None
    access_needs: str | None = Field(None, max_length=500)
    cares_for_someone_with_cancer: bool | None = None
    has_diagnosis: Literal["yes", "awaiting", "no"] | None = None
    cancer_type: str | None = Field(None, max_length=40)
    skin_cancer_kind: Literal["melanoma", "non_melanoma", "unknown"] | None = None
    cancer_stage: Stage | None = None
    referral_source: str | None = Field(None, max_length=40)
    concerns: list[ConcernAnswer] | None = Field(None, max_length=30)
    main_concern: str | None = Field(None, max_length=60)
    distress_score: int | None = Field(None, ge=0, le=10)
    what_matters_most: str | None = Field(None, max_length=1000)
    callback_requested: bool | None = None
    eligibility_confirmed: bool | None = None
    offer_local_help: bool | None = None
    survey_consent: bool | None = None

    @field_validator("referrer_role")
    @classmethod
    def _role_cleared_is_self(cls, value: Role | None) -> Role:
        """Clearing who the support is for goes back to the default: the person themselves."""
        return value or "self"


class DraftIn(BaseModel):
    conversation_id: str = Field(min_length=1, max_length=120)
    channel: Channel
    answers: Answers


class SubmitIn(BaseModel):
    conversation_id: str = Field(min_length=1, max_length=120)


class DraftOut(BaseModel):
    referral_id: str | None
    reference: str | None
    status: str | None
    site_id: str | None
    site_name: str | None
    eligible: bool | None
    values: dict[str, Any] = Field(default_factory=dict, description="the answers as stored, normalised")
    problems: dict[str, str] = Field(default_factory=dict, description="field -> problem code")


RiskKind = Literal["suicide_or_self_harm", "medical_emergency", "treatment_side_effect", "harm_or_abuse"]


class SafetyFlagIn(BaseModel):
    conversation_id: str = Field(min_length=1, max_length=120)
    channel: Channel
    kind: RiskKind | Literal["general"]
    excerpt: str | None = Field(None, max_length=500)
    source: Literal["patterns", "intent"] = "patterns"


class SafetyFlagOut(BaseModel):
    reply: str
    urgent: bool
    referral_id: str | None


class AnswerIn(BaseModel):
    conversation_id: str = Field(min_length=1, max_length=120)
    field: str = Field(min_length=1, max_length=40)
    text: str = Field(max_length=2000)
    sender_phone: str | None = Field(None, max_length=20, description="on SMS, the number texting us")
    category: str | None = Field(
        None, max_length=20, description="the checklist category being browsed, for numbered concerns"
    )
    intent: str | None = Field(None, max_length=60, description="the bot's own reading of the message")
    confidence: float = Field(0.0, ge=0, le=1, description="how sure the bot is of that intent")
    retry: bool = Field(False, description="the question was just asked again: never ask a third time")
    told_why: bool = Field(False, description="the question was just asked again after saying why")
    told_why_fully: bool = Field(
        False, description="... and what was said was the fuller reason, given when asked why a second time"
    )
    previous: str | None = Field(
        None,
        max_length=200,
        description="at the postcode question asked again, the person's message before this one: a "
        "postcode given in two halves ('dl14', then '6QH') is put together",
    )
    opening: str | None = Field(
        None,
        max_length=2000,
        description="the person's first message: the role question reads 'me' by it, what it says of "
        "someone else is taken once they agree, and 'as I said' at the postcode or age looks in it",
    )


class AnswerOut(BaseModel):
    """The outcome of one answer, and what the conversation needs next."""

    accepted: bool
    problem: str | None = None
    values: dict[str, Any] = Field(default_factory=dict)
    questions: list[str] = Field(description="every question that applies now, in order")
    eligible: bool | None
    ineligible_reasons: list[str] = Field(default_factory=list)
    other_help: list[str] = Field(default_factory=list)
    site_name: str | None = None
    site_phone: str | None = None
    next_concern: str | None = Field(None, description="label of the next concern to score")
    concerns: list[str] = Field(default_factory=list)
    category: str | None = Field(None, description="the checklist category the person chose to browse")
    menu: str | None = Field(
        None, description="numbered choices for the next question (categories, items, or their concerns)"
    )
    reference: str | None = None
    status: str | None = None
    summary: str = ""
    interrupt: str | None = Field(
        None, description="the intent to act on instead: the question's reader could not use the message"
    )
    note: str | None = Field(None, description="what was changed, to say before asking again")
    deciding: str | None = Field(None, description="the answer that makes them not eligible, to confirm")
    speaking_to: Literal["self", "other"] = Field(
        "self", description="'other' when the support is for someone else: the questions say 'they'"
    )
    submitted: dict[str, Any] | None = Field(
        None, description="the answer left nothing to ask, so the referral was sent: what POST submit returns"
    )
