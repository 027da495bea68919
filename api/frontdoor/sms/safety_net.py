"""No silent crisis by text: the API answers a risk message itself when the conversation cannot.

The conversation (Rasa, its safety component and the action server) normally gives help in the same
turn. When it cannot, a text that shows risk would otherwise wait silently for the worker; so every
path that would not answer comes here:

- Rasa or the action server is down or too slow (the webhook's and the worker's ``BotUnavailable``):
  every waiting text from that sender that shows risk is taken from the queue and answered;
- Rasa answered without help: nothing at all, or only its next words (what it does when the action
  server fails mid-turn: the action's reply is lost and the conversation carries on). Every reviewed
  safety reply and direct question names 999 (checked at start-up), so a reply without it gave none;
- the number replied STOP: help for a crisis is still sent, nothing else is.

Each answer uses the API's own detector (``frontdoor.safety.detector``) and the reviewed wording for
that kind and site (``content.safety.reply``), the same words as the conversation. It is recorded as
the web path records it (``/internal/safety/flags``), with whose risk it is (``about``): a clear risk
through ``record_flag`` (urgent with consent, and a staff or duty alert with the reference only),
which counts a report of the same risk reaching it again from a slow assistant only once; a risk the
text only suggests through ``record_possible`` (urgent with consent, nobody paged). The net gives
help rather than the direct question, as the action server does when the API is down: no conversation
is there to read the answer.
A message answered here is marked ``safety`` and never passed to the assistant afterwards.
Logs name the kind only, never the text or the number.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from frontdoor.content import Content
from frontdoor.referrals.flags import record_flag
from frontdoor.referrals.service import current_referral
from frontdoor.safety.detector import Detection, detector_for
from frontdoor.safety.direct_question import record_possible
from frontdoor.settings import get_settings
from frontdoor.sms.models import InboundSms

logger = logging.getLogger("frontdoor.sms.safety_net")
SOURCE = "sms_safety_net"
ANSWERED = "safety"
HELP_MARK = "999"


@dataclass(frozen=True)
class NetAnswer:
    """The help sent for one text: to its sender, from the number they texted."""

    message_id: int
    to: str
    from_number: str | None
    kind: str
    reply: str
    about: str = "self"  # "other" when the text is about someone else's risk


def gives_help(replies: list[str]) -> bool:
    """Whether the assistant's replies to a text include safety help (all of it names 999)."""
    return any(HELP_MARK in reply for reply in replies)


def risk_in(body: str) -> Detection | None:
    """The most serious risk the text shows: a clear one first, else one it only suggests."""
    if not body.strip():
        return None
    assessment = detector_for(str(get_settings().content_dir / "safety.yml")).assess(body)
    found = assessment.detections or assessment.possible
    return found[0] if found else None


def _help_for(session: Session, content: Content, message: InboundSms, found: Detection) -> NetAnswer:
    """The help for the risk's kind, worded for the person's site (the site of a referral they agreed to
    share, else the site whose number they texted)."""
    texted = content.sites.by_sms_number(message.to_number or "")
    referral = current_referral(session, message.conversation_id)
    shared = referral is not None and referral.consent_share and referral.site_id
    site = content.sites.get(referral.site_id) if shared else texted
    return NetAnswer(
        message_id=message.id,
        to=message.sender,
        from_number=texted.sms_number if texted else None,
        kind=found.kind,
        reply=content.safety.reply(found.kind, site),
        about=found.about,
    )


def _record(session: Session, content: Content, message: InboundSms, found: Detection) -> None:
    """Record the risk as the web path does (clear: flag, urgent, alert; possible: urgent, no alert).
    Both commit, and so commit the text's status and its help with the flag."""
    if found.certainty == "clear":
        record_flag(session, content.sites, message.conversation_id, found.kind, found.excerpt, SOURCE)
    else:
        record_possible(session, message.conversation_id, found.kind, found.excerpt)
    whose = "someone else's" if found.about == "other" else "the texter's own"
    logger.warning(
        "answered a %s %s risk (%s) by text without the assistant", found.certainty, found.kind, whose
    )


def answer(session: Session, content: Content, message: InboundSms, found: Detection) -> NetAnswer:
    """Record the risk and return its help: for a text in hand, whose status the caller commits later
    (a crash between leaves it claimed, and it is taken again)."""
    help_now = _help_for(session, content, message, found)
    _record(session, content, message, found)
    return help_now


def answer_waiting(
    session: Session,
    content: Content,
    sender: str,
    deliver: Callable[[Session, NetAnswer], None],
    in_flight: bool = False,
) -> int:
    """Answer every text from ``sender`` still waiting for the assistant that shows risk, oldest first,
    and return how many; with ``in_flight``, also those the assistant is still slow to answer
    (``handle_next`` then sends the rest of its reply, without help a second time).

    Each is taken with a conditional UPDATE (to ``safety``), so when the webhook and the worker both
    try, only one answers it. ``deliver`` records the help (in the outbox, or as sent in the webhook's
    response) without committing: the text's new status, its help and the risk flag are committed
    together, so a crash between them cannot leave a text marked answered whose help was never kept."""
    answered = 0
    statuses = ("pending", "processing") if in_flight else ("pending",)
    waiting = session.scalars(
        select(InboundSms)
        .where(InboundSms.sender == sender, InboundSms.status.in_(statuses))
        .order_by(InboundSms.id)
    ).all()
    for message in waiting:
        found = risk_in(message.body)
        if found is None:
            continue
        taken = session.execute(
            update(InboundSms)
            .where(InboundSms.id == message.id, InboundSms.status == message.status)
            .values(status=ANSWERED, processed_at=datetime.now(UTC))
            .execution_options(synchronize_session=False)
        ).rowcount
        if not taken:
            continue
        deliver(session, _help_for(session, content, message, found))
        _record(session, content, message, found)
        answered += 1
    session.commit()
    return answered
