"""The start-up benchmark stops `make run` whether or not it is still running (a run that stopped on
its own once ended a whole `make bench` with ProcessLookupError, after 77 minutes)."""

from __future__ import annotations

import subprocess
import sys

from bench.startup import _stop


def test_a_process_that_already_ended_is_stopped_without_an_error() -> None:
    process = subprocess.Popen([sys.executable, "-c", "pass"], start_new_session=True)
    process.wait()
    _stop(process)
    assert process.returncode == 0


def test_a_running_process_and_its_group_are_stopped() -> None:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)
    _stop(process)
    assert process.returncode is not None
