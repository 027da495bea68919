"""The background worker: ``python -m frontdoor.worker``. Every second it

1. works through texts that arrived while the assistant was busy or down (in order per sender), and
   queues the replies in the outbox; while it is down, texts that show risk are answered by the
   safety net (frontdoor.sms.safety_net) instead of waiting;
2. plans and queues aftercare texts (signposts, check-ins, surveys: frontdoor.aftercare), held in
   quiet hours, and sends what the outbox holds that is due, through Twilio;
3. and every hour deletes conversations past their retention (frontdoor.privacy.retention), and puts
   unfinished referrals idle for a day, with a phone number, in the queue for a call back.

Without Twilio settings it sends nothing and leaves messages queued, so they go out once configured.
It logs counts only, never a number or a message body.
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from frontdoor.aftercare.worker import AftercareHook
from frontdoor.content import Content, get_content
from frontdoor.db.session import session_scope
from frontdoor.observability.logs import configure_logging
from frontdoor.outbox.service import send_due
from frontdoor.outbox.twilio_sender import TwilioSender
from frontdoor.privacy.retention import run_retention
from frontdoor.referrals.service import flag_idle_drafts
from frontdoor.settings import Settings, get_settings
from frontdoor.shutdown import StopFlag
from frontdoor.sms.bridge import BotUnavailable
from frontdoor.sms.inbound import Handled, handle_next, queue_replies, senders_waiting
from frontdoor.sms.safety_net import NetAnswer, answer_waiting

logger = logging.getLogger("frontdoor.worker")
RETENTION_EVERY_SECONDS = 3600
INCOMPLETE_AFTER = timedelta(days=1)


def sender_for(settings: Settings) -> TwilioSender | None:
    if not (settings.twilio_account_sid and settings.twilio_auth_token and settings.twilio_from_number):
        return None
    return TwilioSender(
        settings.twilio_account_sid,
        settings.twilio_auth_token,
        settings.twilio_from_number,
        f"{settings.public_base_url}/twilio/status",
        settings.twilio_api_base or None,
    )


def process_waiting_texts(settings: Settings) -> int:
    """Handle every waiting text; returns how many. Stops at the first sign Rasa is down, and then
    answers every waiting text that shows risk from the API's own detector."""
    content = get_content()
    handled_count = 0
    with session_scope() as session:
        for sender in senders_waiting(session):
            try:
                while handle_next(session, content, settings.rasa_url, sender) is not None:
                    handled_count += 1
            except BotUnavailable:
                return handled_count + answer_risks_waiting(session, content)
    return handled_count


def answer_risks_waiting(session: Session, content: Content) -> int:
    """The assistant is down: queue the safety net's help for every waiting text that shows risk."""

    def queue_help(session: Session, found: NetAnswer) -> None:
        queue_replies(session, Handled.from_net(found))

    return sum(answer_waiting(session, content, sender, queue_help) for sender in senders_waiting(session))


def run_once(settings: Settings, sender: TwilioSender | None, aftercare: AftercareHook | None = None) -> None:
    texts = process_waiting_texts(settings)
    if texts:
        logger.info("handled %d waiting texts", texts)
    if aftercare is not None:
        aftercare(session_scope, get_content())
    if sender is not None:
        report = send_due(session_scope, sender)
        if report.sent or report.retried or report.failed:
            logger.info("outbox: sent %d, retrying %d, failed %d", report.sent, report.retried, report.failed)


def main(poll_seconds: float = 1.0) -> int:
    configure_logging()
    settings = get_settings()
    sender = sender_for(settings)
    if sender is None:
        logger.warning("SMS sending is not configured (TWILIO_*): outbox messages stay queued")
    stop = StopFlag()
    next_retention = 0.0
    aftercare = AftercareHook()
    while not stop.is_set:
        run_once(settings, sender, aftercare)
        if time.monotonic() >= next_retention:
            retention(settings)
            next_retention = time.monotonic() + RETENTION_EVERY_SECONDS
        time.sleep(poll_seconds)
    return 0


def retention(settings: Settings) -> None:
    with session_scope() as session:
        report = run_retention(session, settings, datetime.now(UTC))
        incomplete = flag_idle_drafts(session, get_content(), datetime.now(UTC), INCOMPLETE_AFTER)
    if incomplete:
        logger.info("%d unfinished referrals put in the queue for a call back", incomplete)
    if report.conversations or report.texts_received or report.texts_sent:
        logger.info(
            "retention: %d conversations, %d received and %d sent text bodies",
            report.conversations,
            report.texts_received,
            report.texts_sent,
        )


if __name__ == "__main__":
    sys.exit(main())
