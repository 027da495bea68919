"""Check-ins by text: "Has a link worker been in touch? Reply YES or NO" two working days before the
site's target, if no one has been in touch; and, after the first appointment, whether it happened.

NO, or no answer to the check-in within ``reply_hours``, marks the referral overdue: it needs
attention, at the top of the queue under risk flags (``frontdoor.aftercare.record.attention_first``).
NO to the appointment check makes a no-show visible the same way.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.orm import Session

from frontdoor.aftercare.models import AftercareTask
from frontdoor.aftercare.sending import queue_text, texts_allowed
from frontdoor.aftercare.wording import YesNoTexts
from frontdoor.audit.log import record
from frontdoor.booking.service import describe_start
from frontdoor.content import Content
from frontdoor.db.base import aware
from frontdoor.referrals.models import PRIORITY_RANK, Referral
from frontdoor.referrals.service import apply_priority

ACTOR = "aftercare"
WAITING_STATUSES = ("new", "claimed")  # nobody has been in touch yet, as far as the record shows
OVERDUE = "overdue: no contact yet (check-in by text)"
NO_SHOW = "first appointment did not happen (said by text)"
LATE_ANSWERS = timedelta(days=7)

_NO = re.compile(
    r"^(no|n|nope|nah|na|not yet|no one|noone|nobody|not really)\b|"
    r"\b(not yet|no one|nobody|noone|havent|hasnt|have not|has not|didnt|did not|not heard|heard nothing|"
    r"nothing yet|never)\b"
)
_YES = re.compile(r"^(yes|y|yeah|yep|yup|yh|ye|yea|aye|ok yes|they have|she has|he has|it did)\b|\byes\b")


def yes_or_no(text: str) -> Literal["yes", "no"] | None:
    words = " ".join(re.sub(r"[^a-z ]", " ", text.lower().replace("'", "").replace("’", "")).split())
    if not words:
        return None
    if _NO.search(words):
        return "no"
    if _YES.search(words):
        return "yes"
    return None


def texts_for(content: Content, task: AftercareTask) -> YesNoTexts:
    return content.aftercare.checkin if task.kind == "checkin" else content.aftercare.appointment_check


def still_waiting(referral: Referral) -> bool:
    booked = any(a.status == "booked" for a in referral.appointments)
    return referral.status in WAITING_STATUSES and not booked


def send_checkin(
    session: Session, content: Content, task: AftercareTask, referral: Referral, at: datetime
) -> None:
    site = content.sites.get(referral.site_id or "")
    if site is None or not still_waiting(referral) or not texts_allowed(referral):
        task.status = "not_needed"
        return
    body = content.aftercare.checkin.text.replace("{site}", site.name)
    sent = queue_text(session, content.aftercare, task, referral, site, body, at)
    task.status = "waiting"
    task.reply_by = sent + timedelta(hours=content.aftercare.checkin.reply_hours)


def send_appointment_check(
    session: Session, content: Content, task: AftercareTask, referral: Referral, at: datetime
) -> None:
    site = content.sites.get(referral.site_id or "")
    appointment = next((a for a in referral.appointments if a.id == task.detail.get("appointment")), None)
    if site is None or appointment is None or appointment.status != "booked" or not texts_allowed(referral):
        task.status = "not_needed"
        return
    when = describe_start(appointment)
    body = content.aftercare.appointment_check.text.replace("{site}", site.name).replace("{when}", when)
    sent = queue_text(session, content.aftercare, task, referral, site, body, at)
    task.status = "waiting"
    task.reply_by = sent + timedelta(hours=content.aftercare.checkin.reply_hours)


def needs_attention(session: Session, referral: Referral, task: AftercareTask, reason: str) -> None:
    """At the top of the queue (under risk flags), with the reason first among the priority reasons."""
    task.needs_attention = True
    if referral.priority == "routine":
        referral.priority, referral.priority_rank = "high", PRIORITY_RANK["high"]
    referral.priority_reasons = [reason, *(r for r in referral.priority_reasons or [] if r != reason)]
    record(session, ACTOR, "needs_attention", "referral", referral.id, why=task.kind)


def answer(
    session: Session, content: Content, task: AftercareTask, referral: Referral, text: str, at: datetime
) -> list[str] | None:
    """The reply to a YES or NO (late answers too, for a week); None when the text is neither twice."""
    said = yes_or_no(text)
    texts = texts_for(content, task)
    if said is None:
        if task.asked_again or task.status != "waiting":
            return None
        task.asked_again = True
        return [texts.unclear_reply]
    task.answer, task.answered_at, task.status = said, at, "answered"
    record(session, ACTOR, f"{task.kind}_answer", "referral", referral.id, answer=said)
    if said == "no":
        needs_attention(session, referral, task, OVERDUE if task.kind == "checkin" else NO_SHOW)
        return [texts.no_reply]
    if task.needs_attention:
        task.needs_attention = False
        apply_priority(referral, content)
    return [texts.yes_reply]


def no_answer(session: Session, task: AftercareTask, referral: Referral) -> None:
    """The reply time ran out: an unanswered check-in is taken as NO."""
    task.status = "no_reply"
    if task.kind == "checkin" and still_waiting(referral):
        needs_attention(session, referral, task, OVERDUE)


def accepts_late(task: AftercareTask, at: datetime) -> bool:
    return task.status == "no_reply" and task.sent_at is not None and at - aware(task.sent_at) < LATE_ANSWERS
