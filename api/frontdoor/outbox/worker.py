"""The outbox worker: ``python -m frontdoor.outbox.worker``. Sends due messages every second.

Without Twilio settings it sends nothing and leaves messages queued, so they go out once configured.
It logs counts only, never a number or a message body.
"""

from __future__ import annotations

import logging
import signal
import sys
import time
from types import FrameType

from frontdoor.db.session import session_scope
from frontdoor.outbox.service import send_due
from frontdoor.outbox.twilio_sender import TwilioSender
from frontdoor.settings import Settings, get_settings

logger = logging.getLogger("frontdoor.outbox")


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


def main(poll_seconds: float = 1.0) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = get_settings()
    sender = sender_for(settings)
    if sender is None:
        logger.warning("SMS sending is not configured (TWILIO_*): outbox messages stay queued")
    stopping = False

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    while not stopping:
        if sender is not None:
            report = send_due(session_scope, sender)
            if report.sent or report.retried or report.failed:
                logger.info(
                    "outbox: sent %d, retrying %d, failed %d", report.sent, report.retried, report.failed
                )
        time.sleep(poll_seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
