"""Replies to a check-in or a survey, taken before the conversation sees them.

A text from a number with a check-in or survey waiting for its answer is answered here; anything else
(or an answer unclear a second time) goes on to the assistant as usual. The safety net runs first, as
it does on every message in the conversation: a risk message gets the same help in the same turn and
flags the referral urgent (``frontdoor.referrals.flags.record_flag``, the internal endpoint's own entry
point), and the question stays open.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdoor.aftercare import checkins, surveys
from frontdoor.aftercare.models import AftercareTask
from frontdoor.aftercare.scheduling import now
from frontdoor.content import Content
from frontdoor.db.base import aware
from frontdoor.referrals.flags import record_flag
from frontdoor.referrals.models import Referral
from frontdoor.safety.detector import detector_for
from frontdoor.settings import get_settings
from frontdoor.sms.models import InboundSms


def waiting_for(session: Session, number: str, at: datetime) -> AftercareTask | None:
    """The latest check-in or survey sent to this number that is open for an answer."""
    tasks = session.scalars(
        select(AftercareTask)
        .where(
            AftercareTask.to_number == number,
            AftercareTask.status.in_(("waiting", "no_reply")),
            AftercareTask.kind != "signposts",
            AftercareTask.sent_at <= at,
        )
        .order_by(AftercareTask.sent_at.desc(), AftercareTask.id.desc())
    ).all()
    for task in tasks:
        if task.detail.get("via") == "web":
            continue  # answered on the survey page
        if task.status == "waiting" and (task.reply_by is None or aware(task.reply_by) > at):
            return task
        if task.kind != "survey" and checkins.accepts_late(task, at):
            return task
    return None


def reply(session: Session, content: Content, message: InboundSms) -> list[str] | None:
    """The replies to this text if it answers a check-in or survey; None to pass it on."""
    at = now()
    task = waiting_for(session, message.sender, at)
    if task is None:
        return None
    referral = session.get(Referral, task.referral_id)
    if referral is None:
        return None
    detections = detector_for(str(get_settings().content_dir / "safety.yml")).detect(message.body)
    if detections:
        first = detections[0]
        record_flag(session, content.sites, referral.conversation_id, first.kind, first.excerpt, "patterns")
        return [content.safety.reply(first.kind, content.sites.get(referral.site_id or ""))]
    if task.kind == "survey":
        replies = surveys.answer(session, content, task, referral, message.body, at)
    else:
        replies = checkins.answer(session, content, task, referral, message.body, at)
    session.commit()
    return replies
