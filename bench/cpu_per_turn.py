"""CPU per turn: each process's CPU time (user and system, its children included) over the same load
of simulated people, divided by the turns taken. Wall-clock figures on a shared machine move by a
fifth between runs of the same code; CPU time spent per turn moves much less, so this is the figure to
compare two commits by (run it from a clean clone of each, alternating).

    python -m bench.cpu_per_turn [people] [loads]     (defaults: 10 people, 3 loads; SQLite)
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path

from bench import conversation_load as load
from bench.common import cpu_seconds
from frontdoor.db.session import make_engine


def measure(people: int, loads: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        stack, settings = load.our_stack(Path(tmp))
        engine = make_engine(settings.database_url)
        try:
            url = f"{settings.rasa_url}/webhooks/rest/webhook"
            check = load.record_check(engine)
            asyncio.run(load._load(url, 1, load.ours, "Booked:", "warm", check))
            load.free_diaries(engine)
            pids = {m.name: m.process.pid for m in stack.members if m.process}
            before = {name: cpu_seconds(pid) for name, pid in pids.items()}
            broken = 0
            for n in range(loads):
                result = asyncio.run(load._load(url, people, load.ours, "Booked:", f"cpu{n}", check))
                load.free_diaries(engine)
                broken += result.broken
                print(f"[     cpu] load {n + 1}/{loads}: {result.broken} broken", file=sys.stderr, flush=True)
            turns = people * loads * len(load.ours(0))
            spent = {name: cpu_seconds(pid) - before[name] for name, pid in pids.items()}
        finally:
            engine.dispose()
            stack.stop()
    return {
        "people": people,
        "turns": turns,
        "broken": broken,
        "cpu_ms_per_turn": {name: round(1000 * seconds / turns, 2) for name, seconds in spent.items()},
    }


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    print(json.dumps(measure(*(arguments + [10, 3][len(arguments) :])), indent=1))
