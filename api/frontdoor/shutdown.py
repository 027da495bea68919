"""A flag that Ctrl-C or SIGTERM sets, so a long-running loop can finish its turn and stop cleanly."""

from __future__ import annotations

import signal
from types import FrameType


class StopFlag:
    def __init__(self) -> None:
        self.is_set = False
        signal.signal(signal.SIGINT, self._set)
        signal.signal(signal.SIGTERM, self._set)

    def _set(self, _signum: int, _frame: FrameType | None) -> None:
        self.is_set = True
