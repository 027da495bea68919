"""One answer at a time: read it, store it, and tell the bot what to ask next.

This is what the bot's form validator calls for every question, so the order of questions, what
each answer means and who is eligible are decided here, for every channel alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from frontdoor.content import Content
from frontdoor.intake.readers import category_in, read_answer
from frontdoor.referrals.models import Referral
from frontdoor.intake.parsing import means_same_number
from frontdoor.referrals.questions import next_unscored, plan
from frontdoor.intake.review import summary
from frontdoor.referrals.schemas import AnswerOut, Answers
from frontdoor.referrals.service import ReferralError, current_referral, eligibility_for, save_draft


def answer(
    session: Session,
    content: Content,
    conversation_id: str,
    channel: str,
    field: str,
    text: str,
    *,
    sender_phone: str | None = None,
    category: str | None = None,
) -> AnswerOut:
    """``sender_phone``: on SMS, the number texting us, used when they answer "same" for a phone number.
    ``category``: the checklist category the person is browsing, when they answer with its numbers."""
    referral = current_referral(session, conversation_id)
    if referral is None or not referral.consent_share:
        raise ReferralError("the person has not agreed to share their details yet", status=409)
    if referral.status != "in_progress":
        raise ReferralError(f"referral {referral.reference} was already submitted", status=409)
    if field in ("phone", "referrer_phone") and sender_phone and means_same_number(text):
        text = sender_phone
    fields, problem = read_answer(field, text, referral, content, category)
    values = {}
    if fields:  # a correction at the review step stores a change and still reports it
        draft = save_draft(session, content, conversation_id, channel, Answers.model_validate(fields))
        problem = next(iter(draft.problems.values()), problem)
        values = draft.values
        session.refresh(referral)
    out = describe(referral, content, accepted=problem is None, problem=problem, values=values)
    if problem == "browse":
        out.menu = numbered(content.checklist.categories.values())
    elif field == "concern_category" and problem is None:
        out.category = category_in(text, content)
        items = content.checklist.in_category(out.category or "", referral.referrer_role)
        out.menu = numbered(item.label for item in items)
    return out


def numbered(labels: Iterable[str]) -> str:
    """ "1. Money\n2. Tiredness": a numbered list for SMS and screen readers alike."""
    return "\n".join(f"{n}. {label}" for n, label in enumerate(labels, start=1))


def describe(
    referral: Referral,
    content: Content,
    *,
    accepted: bool = True,
    problem: str | None = None,
    values: dict[str, Any] | None = None,
) -> AnswerOut:
    """Where the referral stands: the questions that apply, eligibility, and what to say next."""
    outcome = eligibility_for(referral, content, datetime.now(UTC).date())
    site = content.sites.get(outcome.site_id) if outcome.site_id else None
    under_age = any(c.rule == "age" and c.passed is False for c in outcome.checks)
    helps = sorted(content.sites.other_help, key=lambda h: h.for_under_18 != under_age)
    other_help = [f"{h.name}: {h.how}" for h in helps if under_age or not h.for_under_18][:3]
    return AnswerOut(
        accepted=accepted,
        problem=problem,
        values=values or {},
        questions=plan(referral, skin_follow_up=outcome.next_question == "skin_cancer_kind"),
        eligible=outcome.eligible,
        ineligible_reasons=outcome.reasons,
        other_help=other_help,
        site_name=site.name if site else None,
        site_phone=site.phone if site else None,
        next_concern=next_unscored(referral),
        concerns=[c.label for c in referral.concerns],
        menu=numbered(c.label for c in referral.concerns) if len(referral.concerns) > 1 else None,
        reference=referral.reference,
        status=referral.status,
        summary=summary(referral),
    )
