"""The start-up benchmark stops `make run` whether or not it is still running (a run that stopped on
its own once ended a whole `make bench` with ProcessLookupError, after 77 minutes)."""

from __future__ import annotations

import signal
import subprocess
import sys

from bench.startup import _stop


def test_a_process_that_already_ended_is_stopped_without_an_error() -> None:
    process = subprocess.Popen([sys.executable, "-c", "pass"], start_new_session=True)
    process.wait()
    _stop(process)
    assert process.returncode == 0


# Stopped by Ctrl-C, as `make run` is. Under pytest-xdist the worker ignores SIGINT and a child inherits
# that, so the child takes Python's handler back first, and says so before it is stopped (else the stop
# could come before the handler and wait its full minute).
INTERRUPTIBLE = (
    "import signal as s, time; s.signal(s.SIGINT, s.default_int_handler); print('ready', flush=True); "
    "time.sleep(60)"
)


def test_a_running_process_and_its_group_are_stopped() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTIBLE], start_new_session=True, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    _stop(process)
    assert process.returncode is not None and process.returncode != -signal.SIGKILL
