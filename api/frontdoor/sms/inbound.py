"""What happens when a text arrives: stored once, handled in order per sender, answered.

1. ``store`` keeps the message before anything else (a retry of the same MessageSid is a duplicate,
   caught by the unique constraint, and never handled twice).
2. ``handle_next`` claims the sender's oldest unfinished message, only if it is still pending, in one
   conditional UPDATE: so two processes (the webhook and the worker) can never handle one sender's
   messages out of order or twice.
3. Keywords, pictures and empty texts get fixed replies; everything else goes to the assistant. If
   Rasa is down the message stays pending and is tried again later; nothing is lost. A text that
   shows risk is never left unanswered (``frontdoor.sms.safety_net``): after STOP it still gets the
   help for that risk (and nothing else does), and when the assistant answers without help, or is
   down (the callers of ``handle_next``), the API answers it itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from frontdoor.aftercare.inbound import reply as aftercare_reply
from frontdoor.content import Content
from frontdoor.outbox.service import enqueue
from frontdoor.sms.bridge import BotUnavailable, ask_rasa, choice_for, render
from frontdoor.sms.identity import conversation_id_for, normalise_sender
from frontdoor.sms.keywords import keyword
from frontdoor.sms.models import InboundSms, SmsConversation, SmsOptOut
from frontdoor.sms.safety_net import ANSWERED, NetAnswer, answer, gives_help, risk_in

MAX_BODY = 1600
STALE_CLAIM = timedelta(minutes=2)


@dataclass
class Handled:
    """Replies for one message; ``to`` is the sender's number. ``kind`` is the outbox kind: "crisis"
    for the safety net's help, which still goes to a number that replied STOP."""

    message_id: int
    to: str
    from_number: str | None
    replies: list[str] = field(default_factory=list)
    kind: str = "reply"

    @classmethod
    def from_net(cls, found: NetAnswer) -> Handled:
        return cls(found.message_id, found.to, found.from_number, [found.reply], "crisis")


def queue_replies(session: Session, handled: Handled) -> None:
    """Put the replies in the outbox for the worker to send, once each (keyed by message). The caller
    commits: ``handle_next`` does, with the message marked done, so no reply is lost between them."""
    for i, reply in enumerate(handled.replies):
        enqueue(
            session,
            kind=handled.kind,
            to=handled.to,
            from_address=handled.from_number,
            body=reply,
            dedupe_key=f"reply:{handled.message_id}:{i}",
        )


def store(
    session: Session, *, sid: str, sender: str, to: str | None, body: str, num_media: int, secret: str
) -> InboundSms | None:
    """Keep the message; None when this MessageSid was stored before (a Twilio retry)."""
    number = normalise_sender(sender)
    row = InboundSms(
        message_sid=sid,
        sender=number,
        conversation_id=conversation_id_for(number, secret),
        to_number=to,
        body=body or "",
        num_media=num_media,
        status="pending",
    )
    try:
        with session.begin_nested():
            session.add(row)
        session.commit()
    except IntegrityError:
        session.rollback()
        return None
    return row


def _claim_next(session: Session, sender: str) -> InboundSms | None:
    unfinished = aliased(InboundSms)
    oldest = (
        select(func.min(unfinished.id))
        .where(unfinished.sender == sender, unfinished.status.in_(("pending", "processing")))
        .scalar_subquery()
    )
    claimed = session.execute(
        update(InboundSms)
        .where(InboundSms.id == oldest, InboundSms.status == "pending")
        .values(status="processing", claimed_at=datetime.now(UTC), attempts=InboundSms.attempts + 1)
        .returning(InboundSms.id)
    ).scalar_one_or_none()
    session.commit()
    return session.get(InboundSms, claimed) if claimed is not None else None


def _fixed_reply(session: Session, message: InboundSms, content: Content) -> list[str] | None:
    replies = content.sms
    site = content.sites.by_sms_number(message.to_number or "")
    word = keyword(message.body)
    if word == "stop":
        session.merge(SmsOptOut(number=message.sender))
        return [replies.stopped_reply]
    if word == "start":
        opted = session.get(SmsOptOut, message.sender)
        if opted is not None:
            session.delete(opted)
        return [replies.started_reply]
    if word == "help":
        return [replies.help_reply.replace("{phone}", site.phone if site else "the number on our leaflet")]
    if is_opted_out(session, message.sender):
        return []  # kept, and no reply: they asked for no more messages (crisis help aside, see below)
    if message.num_media and not message.body.strip():
        return [replies.media_reply]
    if not message.body.strip():
        return [replies.empty_reply]
    return None


def handle_next(
    session: Session,
    content: Content,
    rasa_url: str,
    sender: str,
    deliver: Callable[[Session, Handled], None] = queue_replies,
    rasa_timeout: float = 20.0,
) -> Handled | None:
    """Handle the sender's next message, if it is theirs to take, and ``deliver`` its replies in the
    same commit that marks it done: a crash between the two cannot lose them. Raises BotUnavailable
    (the message goes back to pending) when Rasa does not answer."""
    message = _claim_next(session, sender)
    if message is None:
        return None
    site = content.sites.by_sms_number(message.to_number or "")
    handled = Handled(message_id=message.id, to=message.sender, from_number=site.sms_number if site else None)
    fixed = _fixed_reply(session, message, content)
    if fixed == [] and (found := risk_in(message.body)) is not None:
        # After STOP nothing is sent, except help for a text that shows risk.
        fixed, handled.kind = [answer(session, content, message, found).reply], "crisis"
    if fixed is None:
        fixed = aftercare_reply(session, content, message)  # a check-in or survey answer, safety first
    if fixed is not None:
        handled.replies = fixed
    else:
        state = session.get(SmsConversation, message.conversation_id) or SmsConversation(
            conversation_id=message.conversation_id, last_choices=[]
        )
        text = choice_for(message.body[:MAX_BODY], state.last_choices or [])
        session.commit()  # no transaction stays open while the assistant thinks (it calls back into the API)
        try:
            replies = ask_rasa(rasa_url, message.conversation_id, text, message.sender, timeout=rasa_timeout)
        except BotUnavailable:
            message.status = "pending"
            session.commit()
            raise
        handled.replies, state.last_choices = render(replies)
        session.refresh(message)
        if message.status == ANSWERED:
            # The safety net gave help while the assistant was slow: it is not sent twice.
            handled.replies = [reply for reply in handled.replies if not gives_help([reply])]
        found = None if message.status == ANSWERED or gives_help(handled.replies) else risk_in(message.body)
        if found is not None and (found.certainty == "clear" or not handled.replies):
            # The assistant gave no help (its action server failed mid-turn): help goes first. A risk
            # the text only suggests is the conversation's to ask about, unless it said nothing.
            help_now = answer(session, content, message, found).reply
            handled.replies, handled.kind = [help_now, *handled.replies], "crisis"
        session.merge(state)
    if message.status != ANSWERED:
        message.status = "done"
    message.processed_at = datetime.now(UTC)
    deliver(session, handled)
    session.commit()
    return handled


def senders_waiting(session: Session) -> list[str]:
    """Senders with pending messages, oldest first; claims left by a crashed process are released."""
    session.execute(
        update(InboundSms)
        .where(InboundSms.status == "processing", InboundSms.claimed_at < datetime.now(UTC) - STALE_CLAIM)
        .values(status="pending")
    )
    session.commit()
    rows = session.execute(
        select(InboundSms.sender, func.min(InboundSms.id))
        .where(InboundSms.status == "pending")
        .group_by(InboundSms.sender)
        .order_by(func.min(InboundSms.id))
    )
    return [sender for sender, _ in rows]


def is_opted_out(session: Session, number: str) -> bool:
    return session.get(SmsOptOut, number) is not None
