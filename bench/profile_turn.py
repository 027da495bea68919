"""Where the time in a turn goes: the CPU each process of the stack spends per turn (from /proc),
and py-spy samples of each process, grouped by what the frames belong to (TensorFlow inference, the
tracker store, JSON schema checks, HTTP, our code...), while 10 people talk at once.

    .venv/bin/python -m bench.profile_turn   # updates bench/results/latest.json and latest.md
"""

from __future__ import annotations

import collections
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from bench.common import cpu_seconds

ROOT = Path(__file__).resolve().parents[1]
IDLE = (
    "select (",
    "epoll",
    "_worker (concurrent",
    "wait (threading",
    "serve (sanic",
    "run_forever",
    "poll (",
)
# What a sampled stack is spending its time in: the first that matches any frame of the stack.
WHAT = [
    ("TensorFlow inference (DIET, TED)", ("tensorflow",)),
    ("SQLAlchemy (Rasa's tracker store; the API's database)", ("tracker_store", "sqlalchemy")),
    ("JSON schema validation", ("jsonschema",)),
    ("Rasa policies and featurisation", ("rasa/core/policies", "rasa/core/featurizers", "rasa/shared/core")),
    ("Rasa NLU pipeline (tokeniser, features)", ("rasa/nlu",)),
    (
        "HTTP clients and servers",
        ("requests/", "urllib3", "aiohttp", "httpx", "http/client", "sanic", "uvicorn"),
    ),
    ("our API and actions", ("frontdoor", "actions/")),
]


def _py_spy() -> str | None:
    local = ROOT / ".venv" / "bin" / "py-spy"
    return shutil.which("py-spy") or (str(local) if local.exists() else None)


def _record(spy: str, pid: int, seconds: float, out: str) -> subprocess.Popen[bytes]:
    argv = [spy, "record", "--pid", str(pid), "--duration", str(int(seconds)), "--rate", "100"]
    argv += ["--subprocesses", "--format", "raw", "--output", out, "--nonblocking"]
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _what(frames: list[str]) -> str:
    joined = ";".join(frames)
    return next((label for label, cues in WHAT if any(cue in joined for cue in cues)), "other")


def profile_processes(pids: dict[str, int], seconds: float, load: Callable[[], int]) -> dict[str, object]:
    """Sample every process for ``seconds`` while ``load`` runs (it returns the turns it made)."""
    spy = _py_spy()
    if spy is None:
        return {"error": "py-spy is not installed: make bench installs it (pip install py-spy)"}
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    turns: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        recorders = {name: _record(spy, pid, seconds, f"{tmp}/{name}.txt") for name, pid in pids.items()}
        worker = threading.Thread(target=lambda: turns.append(load()))
        worker.start()
        worker.join()
        for recorder in recorders.values():
            recorder.wait()
        cpu = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in pids.items()}
        busy: dict[str, collections.Counter[str]] = {}
        for name in pids:
            counts: collections.Counter[str] = collections.Counter()
            path = Path(tmp) / f"{name}.txt"
            for line in path.read_text().splitlines() if path.exists() else []:
                stack, _, count = line.rpartition(" ")
                frames = stack.split(";")
                if not any(idle in frames[-1] for idle in IDLE):
                    counts[_what(frames)] += int(count)
            busy[name] = counts
    made = turns[0] if turns else 0
    out: dict[str, object] = {
        "turns": made,
        "cpu_ms_per_turn": {name: round(seconds * 1000 / made, 1) for name, seconds in cpu.items()}
        if made
        else {},
    }
    for name, counts in busy.items():
        total = sum(counts.values()) or 1
        out[f"{name}_busy_by_kind"] = {kind: round(n / total, 3) for kind, n in counts.most_common(6)}
    return out


def main() -> None:
    """Profile on its own, and fold the result into the latest results."""
    import asyncio
    import json

    from bench import conversation_load
    from bench.common import RESULTS
    from bench.run import markdown

    with tempfile.TemporaryDirectory() as tmp:
        stack, settings = conversation_load.our_stack(Path(tmp))
        try:
            url = f"{settings.rasa_url}/webhooks/rest/webhook"
            asyncio.run(conversation_load._load(url, 1, conversation_load.ours, "booked", "warm"))
            pids = {m.name: m.process.pid for m in stack.members if m.process}

            def load() -> int:
                run = conversation_load._load(url, 10, conversation_load.ours, "booked", "p")
                return len(asyncio.run(run).latencies)

            profile = profile_processes(pids, 30, load)
        finally:
            stack.stop()
    latest = RESULTS / "latest.json"
    results = json.loads(latest.read_text())
    results["conversation_load"]["profile"] = profile
    latest.write_text(json.dumps(results, indent=1))
    if "stage_seconds" in results:  # a whole `make bench` has been written before: its page too
        (RESULTS / "latest.md").write_text(markdown(results))
    print(json.dumps(profile, indent=1))


if __name__ == "__main__":
    main()
