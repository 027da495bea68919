"""Shared by the benchmarks: repetition summaries, the machine and versions, process memory."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile (pct in 0-100) of a non-empty list."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def over_repeats(values: Iterable[float], digits: int = 3) -> dict[str, float]:
    """Median of the repetitions, with their min and max."""
    data = list(values)
    return {
        "median": round(statistics.median(data), digits),
        "min": round(min(data), digits),
        "max": round(max(data), digits),
        "repeats": len(data),
    }


def with_children(pid: int) -> list[int]:
    """A process and its children (the action server's sanic workers), from /proc."""
    try:
        return [pid, *(int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split())]
    except OSError:
        return [pid]


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and its children, from /proc."""
    total = 0
    for each in with_children(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone since it was listed
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds() -> float | None:
    """CPU time of the machine's PostgreSQL server: its main process and every child's own, plus what
    it has collected from children that have ended (closed connections). None when no server runs
    here. The server is shared, so this is a turn's share only on a machine doing nothing else."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            name, fields = stat.read_text().rsplit(")", 1)
        except OSError:
            continue
        fields = fields.split()
        if name.endswith("(postgres") and not _comm(int(fields[1])).startswith("postgres"):
            ended = int(fields[13]) + int(fields[14])
            return cpu_seconds(int(stat.parent.name)) + ended / os.sysconf("SC_CLK_TCK")
    return None


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text()
    except OSError:
        return ""


def rss_mib(pid: int) -> float | None:
    """Resident memory of a process (and its children), from /proc."""
    total = 0
    for each in with_children(pid):
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return round(total / 1024, 1) if total else None


def machine() -> dict[str, object]:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    total_kib = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    bot_python = ROOT / ".venv-bot" / "bin" / "python"
    rasa = subprocess.run(
        [str(bot_python), "-c", "import rasa; print(rasa.__version__)"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "cores": os.cpu_count(),
        "memory_gib": round(total_kib / 1024 / 1024, 1),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "rasa": rasa,
        "git_commit": commit,
    }


def use_database(url: str) -> None:
    """Point the app's settings and cached engine at another database (each benchmark has its own)."""
    from frontdoor.caches import forget

    os.environ["DATABASE_URL"] = url
    forget()
