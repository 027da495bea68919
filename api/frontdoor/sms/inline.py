"""Answering a text in the webhook's own response, when the assistant is quick enough.

Twilio waits about 15 seconds for the webhook's answer. The texter's turns run on a thread of their
own, and the webhook waits for them for ``INLINE_BUDGET_SECONDS``: replies ready by then go back in
the response (TwiML). A turn still running then is never abandoned, so the assistant is never asked
the same text twice: when it ends, its replies go to the outbox and the worker sends them. A text that
shows risk does not wait for it: the safety net answers it in the response.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy.orm import Session

from frontdoor.content import Content
from frontdoor.db.session import session_scope
from frontdoor.outbox.service import record_sent_inline
from frontdoor.settings import Settings
from frontdoor.sms.bridge import BotUnavailable
from frontdoor.sms.gsm import split_message, to_gsm7
from frontdoor.sms.inbound import Handled, handle_next, queue_replies
from frontdoor.sms.safety_net import NetAnswer, answer_waiting

logger = logging.getLogger("frontdoor.sms")
INLINE_BUDGET_SECONDS = 8.0


class _Response:
    """Where one webhook call's replies go: into its response while it waits, to the outbox after."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parts: list[str] = []
        self._sent = False
        self.turns_done = threading.Event()

    @property
    def sent(self) -> bool:
        return self._sent

    def deliver(self, session: Session, handled: Handled) -> None:
        """Into the response while it waits, else to the outbox; the caller commits."""
        with self._lock:
            if not self._sent:
                for reply in handled.replies:
                    self._parts += split_message(to_gsm7(reply))
                record_sent_inline(
                    session, to=handled.to, from_address=handled.from_number, bodies=handled.replies
                )
                return
        queue_replies(session, handled)

    def deliver_help(self, session: Session, found: NetAnswer) -> None:
        """The safety net's help for one text, delivered as any reply is."""
        self.deliver(session, Handled.from_net(found))

    def send(self) -> list[str]:
        """The parts that go in the response; anything delivered from now on is queued."""
        with self._lock:
            self._sent = True
            return list(self._parts)


def _take_turns(settings: Settings, content: Content, sender: str, response: _Response) -> None:
    """The sender's waiting texts, in order, while the webhook still waits; the one in hand is always
    finished. When the assistant is down, texts that show risk are answered by the safety net."""
    try:
        with session_scope() as session:
            while not response.sent:
                try:
                    if handle_next(session, content, settings.rasa_url, sender, response.deliver) is None:
                        return
                except BotUnavailable:
                    logger.warning("assistant unavailable: message kept for the worker")
                    answer_waiting(session, content, sender, response.deliver_help)
                    return
    finally:
        response.turns_done.set()


def answer(settings: Settings, content: Content, sender: str) -> list[str]:
    """The SMS parts for the webhook's response: every reply ready within the budget, and help for
    any text still waiting that shows risk. Every reply is also recorded, with its segments."""
    response = _Response()
    threading.Thread(
        target=_take_turns, args=(settings, content, sender, response), name="sms-turns", daemon=True
    ).start()
    if response.turns_done.wait(INLINE_BUDGET_SECONDS):
        return response.send()
    parts = response.send()
    logger.warning("the assistant is slow: its reply will follow from the outbox")

    def send_help_now(session: Session, found: NetAnswer) -> None:
        parts.extend(split_message(to_gsm7(found.reply)))
        record_sent_inline(session, to=found.to, from_address=found.from_number, bodies=[found.reply])

    with session_scope() as session:
        answer_waiting(session, content, sender, send_help_now, in_flight=True)
    return parts
