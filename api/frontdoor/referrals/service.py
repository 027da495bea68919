"""Building a referral as the conversation goes, and submitting it to the queue.

The action server sends answers as the person gives them. Nothing is stored until the person has
agreed to share their details; after that, each answer is normalised (postcode, phone), the postcode
routes the referral to a site, and eligibility is re-checked against that site's rules.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdoor.audit.log import record
from frontdoor.content import Content
from frontdoor.eligibility.postcode import normalise_postcode
from frontdoor.eligibility.rules import EligibilityAnswers, EligibilityOutcome, check_eligibility
from frontdoor.referrals.contact import normalise_phone
from frontdoor.referrals.models import PRIORITY_RANK, Concern, Referral
from frontdoor.referrals.references import new_reference
from frontdoor.referrals.schemas import Answers, DraftOut
from frontdoor.triage.priority import compute_priority

SERVICE_ACTOR = "assistant"
INCOMPLETE = "incomplete: call back"
_SIMPLE_FIELDS = (
    "consent_sms",
    "referrer_role",
    "on_behalf_agreed",
    "carer_support_wanted",
    "referrer_name",
    "referrer_relationship",
    "preferred_name",
    "date_of_birth",
    "age",
    "email",
    "preferred_contact",
    "contact_times",
    "language",
    "interpreter_needed",
    "access_needs",
    "cares_for_someone_with_cancer",
    "has_diagnosis",
    "cancer_type",
    "skin_cancer_kind",
    "cancer_stage",
    "referral_source",
    "main_concern",
    "distress_score",
    "what_matters_most",
    "eligibility_confirmed",
    "offer_local_help",
    "survey_consent",
)


class ReferralError(Exception):
    """A request that cannot be carried out; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def current_referral(session: Session, conversation_id: str) -> Referral | None:
    """The referral a conversation is building or has just submitted (newest first)."""
    return session.scalar(
        select(Referral)
        .where(Referral.conversation_id == conversation_id, Referral.status != "withdrawn")
        .order_by(Referral.created_at.desc())
        .limit(1)
    )


def _new_referral(session: Session, conversation_id: str, channel: str) -> Referral:
    for _ in range(5):
        referral = Referral(
            id=str(uuid.uuid4()),
            reference=new_reference(),
            conversation_id=conversation_id,
            channel=channel,
            status="in_progress",
            priority="routine",
            priority_rank=PRIORITY_RANK["routine"],
            priority_reasons=[],
            eligibility_checks=[],
        )
        try:
            with session.begin_nested():
                session.add(referral)
            return referral
        except IntegrityError:
            continue
    raise ReferralError("could not allocate a reference; try again", status=503)


def _apply(referral: Referral, answers: Answers, content: Content) -> dict[str, str]:
    """Copy the answers onto the referral, normalising what people type. Returns field problems."""
    given = answers.model_dump(exclude_unset=True)
    problems: dict[str, str] = {}
    for field in _SIMPLE_FIELDS:
        if field in given:
            setattr(referral, field, given[field])
    if "name" in given:
        name = " ".join((given["name"] or "").split())
        if given["name"] and not any(ch.isalpha() for ch in name):
            problems["name"] = "not_a_name"
        else:
            referral.name = name or None
    if "callback_requested" in given:
        referral.callback_requested = bool(given["callback_requested"])
    if "postcode" in given:
        postcode = normalise_postcode(given["postcode"]) if given["postcode"] else None
        if given["postcode"] and postcode is None:
            problems["postcode"] = "not_a_uk_postcode"
        else:
            referral.postcode = postcode
    for field in ("phone", "referrer_phone"):
        if field in given:
            phone = normalise_phone(given[field]) if given[field] else None
            if given[field] and phone is None:
                problems[field] = "not_a_phone_number"
            else:
                setattr(referral, field, phone)
    if given.get("concerns") is not None:
        referral.concerns = []
        for position, concern in enumerate(answers.concerns or []):
            item = content.checklist.get(concern.item)
            if item is None:
                problems[f"concerns[{position}]"] = "unknown_checklist_item"
                continue
            referral.concerns.append(
                Concern(
                    position=position,
                    item=item.id,
                    category=item.category,
                    label=item.label,
                    score=concern.score,
                    in_their_words=concern.in_their_words,
                )
            )
    return problems


def eligibility_for(referral: Referral, content: Content, today: date) -> EligibilityOutcome:
    return check_eligibility(
        EligibilityAnswers(
            postcode=referral.postcode,
            age=referral.age,
            date_of_birth=referral.date_of_birth,
            role=referral.referrer_role,
            on_behalf_agreed=referral.on_behalf_agreed,
            carer_support_wanted=referral.carer_support_wanted,
            has_diagnosis=referral.has_diagnosis,
            cares_for_someone_with_cancer=referral.cares_for_someone_with_cancer,
            cancer_type=referral.cancer_type,
            skin_cancer_kind=referral.skin_cancer_kind,
        ),
        content.sites,
        today,
    )


def _recheck(referral: Referral, content: Content, today: date) -> None:
    outcome = eligibility_for(referral, content, today)
    referral.site_id = outcome.site_id
    referral.eligible = outcome.eligible
    referral.eligibility_checks = [check.model_dump() for check in outcome.checks]
    if outcome.eligible is not False:
        referral.eligibility_confirmed = None


def _stored(referral: Referral, field: str) -> Any:
    """An answer as stored, for the bot to read back (concerns are summarised elsewhere)."""
    value = getattr(referral, field, None)
    if isinstance(value, date):
        return value.isoformat()
    return None if isinstance(value, list) else value


def save_draft(
    session: Session, content: Content, conversation_id: str, channel: str, answers: Answers
) -> DraftOut:
    referral = current_referral(session, conversation_id)
    if referral is not None and referral.status != "in_progress":
        raise ReferralError(f"referral {referral.reference} was already submitted", status=409)
    if referral is None:
        if not answers.consent_share:
            return DraftOut(
                referral_id=None, reference=None, status=None, site_id=None, site_name=None, eligible=None
            )
        referral = _new_referral(session, conversation_id, channel)
        record(session, SERVICE_ACTOR, "create", "referral", referral.id, channel=channel)
    return save_answers(session, content, referral, answers)


def save_answers(session: Session, content: Content, referral: Referral, answers: Answers) -> DraftOut:
    """Store answers on a referral still being made, re-decide eligibility and commit. The objects
    stay as stored (the session keeps them on commit), so the caller reads the referral on without
    loading it again."""
    if answers.consent_share is not None:
        referral.consent_share = answers.consent_share
        if answers.consent_share and referral.consent_given_at is None:
            referral.consent_given_at = datetime.now(UTC)
            referral.privacy_notice_version = content.privacy.version
    problems = _apply(referral, answers, content)
    referral.last_answer_at = datetime.now(UTC)
    _recheck(referral, content, datetime.now(UTC).date())
    session.commit()
    site = content.sites.get(referral.site_id) if referral.site_id else None
    return DraftOut(
        referral_id=referral.id,
        reference=referral.reference,
        status=referral.status,
        site_id=referral.site_id,
        site_name=site.name if site else None,
        eligible=referral.eligible,
        values={f: _stored(referral, f) for f in answers.model_fields_set if f not in problems},
        problems=problems,
    )


_KEPT_ON_RESTART = {"consent_sms"}


def start_again(session: Session, conversation_id: str) -> Referral:
    """Clear every answer of an unfinished referral but keep the consent (and any safety flags).

    After a referral was sent or turned away, starting again is a new referral with the same consent:
    a refusal is never final for a conversation."""
    referral = current_referral(session, conversation_id)
    if referral is None or not referral.consent_share:
        raise ReferralError("there is no referral with consent to start again", status=409)
    if referral.status != "in_progress":
        fresh = _new_referral(session, conversation_id, referral.channel)
        fresh.consent_share = True
        fresh.consent_sms = referral.consent_sms
        fresh.consent_given_at = referral.consent_given_at
        fresh.privacy_notice_version = referral.privacy_notice_version
        record(session, SERVICE_ACTOR, "create", "referral", fresh.id, channel=fresh.channel)
        session.commit()
        return fresh
    for field in _SIMPLE_FIELDS:
        if field not in _KEPT_ON_RESTART:
            setattr(referral, field, None)
    referral.referrer_role = "self"
    referral.name = referral.postcode = referral.phone = referral.referrer_phone = None
    referral.site_id = referral.eligible = None
    referral.eligibility_checks = []
    referral.callback_requested = False
    referral.concerns = []
    record(session, SERVICE_ACTOR, "start_again", "referral", referral.id)
    session.commit()
    return referral


def apply_priority(referral: Referral, content: Content, extra_reasons: tuple[str, ...] = ()) -> None:
    """Work out the priority from the answers so far (the rule is in triage/priority.py)."""
    priority = compute_priority(
        content.triage,
        risk_kinds=[flag.kind for flag in referral.risk_flags],
        distress=referral.distress_score,
        concern_scores={c.item: c.score for c in referral.concerns},
        callback_requested=referral.callback_requested,
    )
    referral.priority = priority.level
    referral.priority_rank = PRIORITY_RANK[priority.level]
    referral.priority_reasons = [*priority.reasons, *extra_reasons]


def request_callback(session: Session, content: Content, conversation_id: str) -> Referral:
    """ "Can I talk to a person?": recorded before or after sending; once sent, it raises the priority."""
    referral = current_referral(session, conversation_id)
    if referral is None or not referral.consent_share:
        raise ReferralError("there is no referral with consent for this conversation", status=404)
    referral.callback_requested = True
    apply_priority(referral, content, (INCOMPLETE,) if referral.status == "in_progress" else ())
    record(session, SERVICE_ACTOR, "callback_requested", "referral", referral.id)
    session.commit()
    return referral


def flag_idle_drafts(session: Session, content: Content, now: datetime, idle: timedelta) -> int:
    """Unfinished referrals with consent and a phone number, untouched for ``idle``, go in the queue
    for a call back, as the conversation promised ("stop here and they'll call")."""
    drafts = session.scalars(
        select(Referral).where(
            Referral.status == "in_progress",
            Referral.consent_share.is_(True),
            Referral.phone.is_not(None),
            Referral.callback_requested.is_(False),
            Referral.last_answer_at < now - idle,
        )
    ).all()
    for referral in drafts:
        referral.callback_requested = True
        apply_priority(referral, content, (INCOMPLETE,))
        record(session, SERVICE_ACTOR, "incomplete_call_back", "referral", referral.id)
    session.commit()
    return len(drafts)


def submit(session: Session, content: Content, conversation_id: str) -> Referral:
    referral = current_referral(session, conversation_id)
    if referral is None or not referral.consent_share:
        raise ReferralError("there is no referral with consent to submit for this conversation", 404)
    if referral.status != "in_progress":
        return referral
    if referral.main_concern is None and referral.concerns:
        referral.main_concern = max(referral.concerns, key=lambda c: c.score or 0).item
    apply_priority(referral, content)
    referral.status = "ineligible" if referral.eligible is False else "new"
    referral.submitted_at = datetime.now(UTC)
    record(session, SERVICE_ACTOR, "submit", "referral", referral.id, status=referral.status)
    session.commit()
    return referral
