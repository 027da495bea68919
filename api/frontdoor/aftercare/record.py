"""What the record shows of aftercare (the contract's optional ``aftercare``), and the queue's order:
a referral that needs attention (NO to a check-in, or no answer; a first appointment that did not
happen) comes straight after the urgent ones."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, exists, select
from sqlalchemy.orm import object_session

from frontdoor.aftercare.models import AftercareTask, SurveyAnswer
from frontdoor.db.base import aware
from frontdoor.referrals.models import PRIORITY_RANK, Referral

ATTENTION_STATUSES = ("new", "claimed", "hna_booked")


def attention_first() -> ColumnElement[int]:
    """0 for urgent, 1 for needing attention, 2 for the rest: sort by this before the priority rank."""
    flagged = exists().where(
        AftercareTask.referral_id == Referral.id, AftercareTask.needs_attention.is_(True)
    )
    return case(
        (Referral.priority_rank == PRIORITY_RANK["urgent"], 0),
        (Referral.status.in_(ATTENTION_STATUSES) & flagged, 1),
        else_=2,
    )


def _iso(value: Any) -> str | None:
    return aware(value).isoformat() if value is not None else None


def _check(task: AftercareTask | None) -> dict[str, Any] | None:
    if task is None:
        return None
    return {
        "status": task.status,
        "due_at": _iso(task.due_at),
        "sent_at": _iso(task.sent_at),
        "answer": task.answer,
        "needs_attention": task.needs_attention,
    }


def summary(referral: Referral) -> dict[str, Any] | None:
    """None before anything is planned or agreed (and for a referral outside a session)."""
    session = object_session(referral)
    if session is None:
        return None
    tasks = {
        t.key: t
        for t in session.scalars(select(AftercareTask).where(AftercareTask.referral_id == referral.id))
    }
    if not tasks and referral.offer_local_help is None and referral.survey_consent is None:
        return None
    answers = session.scalars(
        select(SurveyAnswer).where(SurveyAnswer.referral_id == referral.id).order_by(SurveyAnswer.id)
    ).all()
    signposts = tasks.get("signposts")
    surveys = []
    for task in sorted((t for t in tasks.values() if t.kind == "survey"), key=lambda t: t.due_at):
        month = int(task.detail.get("month", 0))
        mine = [a for a in answers if a.month == month]
        surveys.append(
            {
                "month": month,
                "status": task.status,
                "due_at": _iso(task.due_at),
                "sent_at": _iso(task.sent_at),
                "distress_score": next((a.score for a in mine if a.question == "distress"), None),
                "concerns": [
                    {"item": a.question, "score": a.score} for a in mine if a.question != "distress"
                ],
            }
        )
    return {
        "local_help_wanted": bool(referral.offer_local_help),
        "surveys_agreed": bool(referral.survey_consent),
        "signposts_offered": [
            {"item": s["item"], "service": s["service"], "name": s["name"], "contact": s["phone"] or s["web"]}
            for s in (signposts.detail.get("offered", []) if signposts else [])
        ],
        "signposts_offered_at": signposts.detail.get("at") if signposts else None,
        "checkin": _check(tasks.get("checkin")),
        "appointment_check": _check(tasks.get("appointment_check")),
        "surveys": surveys,
    }
