"""A stack is never started over one left running: a process still listening on a member's port would
answer the ready check in place of the new one, whose server could not bind (a benchmark once measured
an old Rasa for an hour that way)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from frontdoor.stack.processes import Service, Stack


def _service(port: int, log: Path) -> Service:
    argv = [sys.executable, "-c", "import time; time.sleep(30)"]
    return Service("rasa", argv, {}, f"http://127.0.0.1:{port}/status", log)


def test_a_port_already_in_use_stops_the_start_with_a_plain_message(tmp_path: Path) -> None:
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        port = listening.getsockname()[1]
        member = _service(port, tmp_path / "rasa.log")
        with pytest.raises(RuntimeError, match=f"already in use: rasa on port {port}"):
            Stack([member]).start()
    assert member.process is None  # nothing was started


def test_free_ports_start_every_member(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    member = _service(port, tmp_path / "rasa.log")
    stack = Stack([member])
    try:
        stack.start()
        assert member.process is not None and member.exited() is None
    finally:
        stack.stop()
