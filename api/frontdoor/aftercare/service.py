"""Planning each sent referral's aftercare, and carrying it out when it comes due (the worker's hook).

A referral sent and eligible is planned once: signposts now (if they said yes to local help), a
check-in two working days before the site's target, surveys at 3 and 9 months (if they agreed). At
each run: new referrals are planned, first appointments that have ended get their check, due texts are
queued in the outbox, unanswered ones time out, and numbers that replied STOP stop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdoor.aftercare import checkins, surveys
from frontdoor.aftercare.models import AftercarePlan, AftercareTask
from frontdoor.aftercare.scheduling import checkin_due, months_after
from frontdoor.aftercare.sending import opted_out, queue_text, texts_allowed
from frontdoor.aftercare.signposts import Signpost, chat_text, choose, sms_text
from frontdoor.audit.log import record
from frontdoor.booking.models import Appointment
from frontdoor.content import Content
from frontdoor.db.base import aware
from frontdoor.referrals.models import Referral
from frontdoor.sms.models import SmsOptOut

ACTOR = "aftercare"
PLANNED_STATUSES = ("new", "claimed", "contacted", "hna_booked")
APPOINTMENT_CHECK_WITHIN = timedelta(days=14)  # older appointments are not asked about
WEB_GRACE = timedelta(hours=1)
TOO_LATE = {
    "signposts": timedelta(days=2),
    "checkin": timedelta(days=2),
    "appointment_check": timedelta(days=2),
    "survey": timedelta(days=14),
}
ZERO = timedelta(0)
BATCH = 200


@dataclass
class RunReport:
    planned: int = 0
    queued: int = 0
    timed_out: int = 0
    stopped: int = 0


def _task(session: Session, referral: Referral, kind: str, key: str, due: datetime, **detail: Any) -> None:
    session.add(
        AftercareTask(
            referral_id=referral.id,
            kind=kind,
            key=key,
            status="planned",
            channel=referral.channel,
            due_at=due,
            step=0,
            asked_again=False,
            needs_attention=False,
            detail=detail,
        )
    )


def plan(session: Session, content: Content, referral: Referral, at: datetime) -> None:
    """The aftercare of one sent referral; planned once (the plan row is its key)."""
    try:
        with session.begin_nested():
            session.add(AftercarePlan(referral_id=referral.id, planned_at=at))
            session.flush()
    except IntegrityError:
        return
    site = content.sites.get(referral.site_id or "")
    if site is None or referral.eligible is not True:
        return
    if referral.offer_local_help:
        # On the web the chat shows them as links at once; a text follows only if it did not.
        _task(
            session,
            referral,
            "signposts",
            "signposts",
            at + (WEB_GRACE if referral.channel == "web" else ZERO),
        )
    checkin_at = checkin_due(referral.created_at, site, content.aftercare)
    _task(session, referral, "checkin", "checkin", max(checkin_at, at))
    if referral.survey_consent:
        sent = aware(referral.submitted_at or at)
        for month in content.aftercare.survey.months:
            _task(
                session,
                referral,
                "survey",
                f"survey:{month}",
                months_after(sent, month, content.aftercare),
                month=month,
            )
    record(session, ACTOR, "plan", "referral", referral.id)


def send_signposts(
    session: Session, content: Content, task: AftercareTask, referral: Referral, at: datetime
) -> None:
    """Chosen when sent, texted, and kept on the task so the record shows what was offered."""
    site = content.sites.get(referral.site_id or "")
    if site is None or not texts_allowed(referral):
        task.status = "not_needed"
        return
    limit = content.aftercare.signposts.max_services
    chosen = choose(content.directory, content.checklist, referral, site.nation, limit)
    body, chosen = sms_text(chosen, site.name, content.aftercare.signposts)
    if not chosen:
        task.status = "not_needed"
        return
    queue_text(session, content.aftercare, task, referral, site, body, at)
    offered(session, task, referral, chosen, at)


def offered(
    session: Session, task: AftercareTask, referral: Referral, chosen: list[Signpost], at: datetime
) -> None:
    task.detail = {**task.detail, "offered": [s.as_dict() for s in chosen], "at": at.isoformat()}
    task.status = "sent"
    record(session, ACTOR, "signposts", "referral", referral.id, services=[s.service.id for s in chosen])


SENDERS = {
    "signposts": send_signposts,
    "checkin": checkins.send_checkin,
    "appointment_check": checkins.send_appointment_check,
    "survey": surveys.start,
}


def _plan_new(session: Session, content: Content, at: datetime) -> int:
    planned = exists().where(AftercarePlan.referral_id == Referral.id)
    fresh = session.scalars(
        select(Referral)
        .where(Referral.status.in_(PLANNED_STATUSES), Referral.submitted_at.is_not(None), ~planned)
        .limit(BATCH)
    ).all()
    for referral in fresh:
        plan(session, content, referral, at)
    session.commit()
    return len(fresh)


def _plan_appointment_checks(session: Session, content: Content, at: datetime) -> None:
    ended = at - timedelta(hours=content.aftercare.appointment_check.hours_after)
    asked = exists().where(
        AftercareTask.referral_id == Appointment.referral_id, AftercareTask.kind == "appointment_check"
    )
    planned = exists().where(AftercarePlan.referral_id == Appointment.referral_id)
    rows = session.execute(
        select(Appointment.referral_id, func.min(Appointment.id))
        .where(
            Appointment.status == "booked",
            Appointment.end <= ended,
            Appointment.end > ended - APPOINTMENT_CHECK_WITHIN,
            planned,
            ~asked,
        )
        .group_by(Appointment.referral_id)
        .limit(BATCH)
    ).all()
    for referral_id, appointment_id in rows:
        referral = session.get(Referral, referral_id)
        if referral is not None:
            _task(session, referral, "appointment_check", "appointment_check", at, appointment=appointment_id)
    session.commit()


def _locked(session: Session, query: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True)
    return query


def _send_due(session: Session, content: Content, at: datetime, report: RunReport) -> None:
    due = session.scalars(
        _locked(
            session,
            select(AftercareTask)
            .where(AftercareTask.status == "planned", AftercareTask.due_at <= at)
            .order_by(AftercareTask.due_at)
            .limit(BATCH),
        )
    ).all()
    for task in due:
        referral = session.get(Referral, task.referral_id)
        if referral is None:
            continue
        if opted_out(session, referral.phone) or referral.status == "withdrawn":
            task.status = "stopped"
            report.stopped += 1
        elif at - aware(task.due_at) > TOO_LATE[task.kind]:
            task.status = "not_needed"  # the worker was down far too long: a late check-in helps no one
        else:
            SENDERS[task.kind](session, content, task, referral, at)
            report.queued += task.status in ("sent", "waiting")
        session.commit()


def _time_out(session: Session, at: datetime, report: RunReport) -> None:
    late = session.scalars(
        _locked(
            session,
            select(AftercareTask)
            .where(AftercareTask.status == "waiting", AftercareTask.reply_by <= at)
            .limit(BATCH),
        )
    ).all()
    for task in late:
        referral = session.get(Referral, task.referral_id)
        if referral is None:
            continue
        if task.kind == "survey":
            task.status = "closed"
        else:
            checkins.no_answer(session, task, referral)
        report.timed_out += 1
    session.commit()


def _stop_opted_out(session: Session, report: RunReport) -> None:
    """A number that replied STOP gets nothing more: its waiting surveys and check-ins stop."""
    stopped = session.scalars(
        select(AftercareTask).where(
            AftercareTask.status.in_(("waiting", "planned")),
            exists().where(
                and_(SmsOptOut.number == AftercareTask.to_number, AftercareTask.to_number.is_not(None))
            ),
        )
    ).all()
    for task in stopped:
        task.status = "stopped"
        report.stopped += 1
    session.commit()


def _settle_attention(session: Session) -> None:
    """An overdue referral that has since been booked, or a no-show since rebooked, no longer needs it."""
    flagged = session.scalars(select(AftercareTask).where(AftercareTask.needs_attention.is_(True))).all()
    for task in flagged:
        referral = session.get(Referral, task.referral_id)
        if referral is None:
            continue
        booked = [a.id for a in referral.appointments if a.status == "booked"]
        rebooked = [a for a in booked if a != task.detail.get("appointment")]
        if rebooked if task.kind == "appointment_check" else booked:
            task.needs_attention = False
    session.commit()


def run_due(session: Session, content: Content, at: datetime) -> RunReport:
    report = RunReport()
    report.planned = _plan_new(session, content, at)
    _plan_appointment_checks(session, content, at)
    _stop_opted_out(session, report)
    _send_due(session, content, at, report)
    _time_out(session, at, report)
    _settle_attention(session)
    return report


def signposts_in_chat(session: Session, content: Content, referral: Referral, at: datetime) -> dict[str, Any]:
    """For a referral just sent on the web: the local help to show in the chat now, as links (recorded
    as offered), if the person said yes to it; nothing otherwise. Planned here if not planned yet."""
    plan(session, content, referral, at)
    task = session.scalar(
        select(AftercareTask).where(
            AftercareTask.referral_id == referral.id, AftercareTask.key == "signposts"
        )
    )
    site = content.sites.get(referral.site_id or "")
    if task is None or site is None:
        session.commit()
        return {"signposts": []}
    if task.status == "planned":
        chosen = choose(
            content.directory,
            content.checklist,
            referral,
            site.nation,
            content.aftercare.signposts.max_services,
        )
        if chosen:
            offered(session, task, referral, chosen, at)
            task.channel = "web"
        else:
            task.status = "not_needed"
        session.commit()
    shown = task.detail.get("offered", []) if task.channel == "web" else []
    intro = content.aftercare.signposts.intro.replace("{site}", site.name)
    return {"signposts": shown, "intro": intro, "text": chat_text(shown, intro) if shown else None}
