"""The worker's aftercare hook: called every loop, before the outbox sends.

Every call holds our queued texts back in quiet hours (a cheap UPDATE, only when it is quiet); once a
minute it plans, queues and times out (``frontdoor.aftercare.service.run_due``). The clock is
injectable (``frontdoor.aftercare.scheduling``), so tests move time forward instead of waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from frontdoor.aftercare.scheduling import Clock, hold_in_quiet_hours, now
from frontdoor.aftercare.service import RunReport, run_due
from frontdoor.content import Content

logger = logging.getLogger("frontdoor.aftercare")
EVERY = timedelta(seconds=60)


class AftercareHook:
    def __init__(self, clock: Clock = now, every: timedelta = EVERY) -> None:
        self.clock = clock
        self.every = every
        self.next_run: datetime | None = None

    def __call__(self, session_factory: Callable[[], Session], content: Content) -> RunReport | None:
        at = self.clock()
        with session_factory() as session:
            held = hold_in_quiet_hours(session, content.aftercare, at)
            if held:
                logger.info("aftercare: %d texts held until quiet hours end", held)
            if self.next_run is not None and at < self.next_run:
                return None
            self.next_run = at + self.every
            report = run_due(session, content, at)
        if report.planned or report.queued or report.timed_out or report.stopped:
            logger.info(
                "aftercare: planned %d, queued %d, timed out %d, stopped %d",
                report.planned,
                report.queued,
                report.timed_out,
                report.stopped,
            )
        return report
