"""Where the time in a turn goes: py-spy samples each process of the stack while load runs, and the
samples are summed by function (own time) and by process."""

from __future__ import annotations

import collections
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path


def _py_spy() -> str | None:
    return shutil.which("py-spy") or (
        str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "py-spy")
        if (Path(__file__).resolve().parents[1] / ".venv" / "bin" / "py-spy").exists()
        else None
    )


def _record(spy: str, pid: int, seconds: float, out: str) -> subprocess.Popen[bytes]:
    argv = [spy, "record", "--pid", str(pid), "--duration", str(int(seconds)), "--rate", "200"]
    argv += ["--format", "raw", "--output", out, "--nonblocking"]
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


IDLE = ("select (selectors", "epoll", "_worker (concurrent", "wait (threading")


def profile_processes(pids: dict[str, int], seconds: float, load: Callable[[], object]) -> dict[str, object]:
    """Sample every process for ``seconds`` while ``load`` runs; return the top functions by own time."""
    spy = _py_spy()
    if spy is None:
        return {"error": "py-spy is not installed (pip install py-spy)"}
    with tempfile.TemporaryDirectory() as tmp:
        recorders = {name: _record(spy, pid, seconds, f"{tmp}/{name}.txt") for name, pid in pids.items()}
        worker = threading.Thread(target=load)
        worker.start()
        for recorder in recorders.values():
            recorder.wait()
        worker.join()
        per_process: dict[str, int] = {}
        functions: collections.Counter[str] = collections.Counter()
        for name in pids:
            path = Path(tmp) / f"{name}.txt"
            if not path.exists():
                continue
            busy = 0
            for line in path.read_text().splitlines():
                stack, _, count = line.rpartition(" ")
                frames = stack.split(";")
                leaf = frames[-1]
                if any(
                    idle in leaf
                    for idle in ("select (selectors", "epoll", "_worker (concurrent", "wait (threading")
                ):
                    continue  # waiting for work, not working
                busy += int(count)
                functions[f"{name}: {leaf}"] += int(count)
            per_process[name] = busy
    total = sum(per_process.values()) or 1
    return {
        "seconds": seconds,
        "busy_share_by_process": {k: round(v / total, 3) for k, v in per_process.items()},
        "top_functions_own_time": [
            {"function": fn, "share": round(n / total, 3)} for fn, n in functions.most_common(12)
        ],
    }
