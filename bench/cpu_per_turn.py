"""CPU per turn: each process's CPU time (user and system, its children included) over the same load
of simulated people, divided by the turns taken. Wall-clock figures on a shared machine move by a
fifth between runs of the same code; CPU time spent per turn moves much less, so this is the figure to
compare two commits by (run it from a clean clone of each, alternating).

On PostgreSQL the server's own CPU is counted too ("postgresql"): every statement a turn sends costs
the database server as well as the process that sends it, on the same cores.

    python -m bench.cpu_per_turn [people] [loads] [postgresql]   (defaults: 10 people, 3 loads; SQLite)
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path

from bench import conversation_load as load
from bench.common import cpu_seconds, postgres_cpu_seconds
from frontdoor.db.session import make_engine


def measure(people: int, loads: int, postgresql: bool = False) -> dict[str, object]:
    database = load.postgres_database() if postgresql else nullcontext(None)
    with tempfile.TemporaryDirectory() as tmp, database as url:
        stack, settings = load.our_stack(Path(tmp), url)
        engine = make_engine(settings.database_url)
        try:
            url = f"{settings.rasa_url}/webhooks/rest/webhook"
            check = load.record_check(engine)
            asyncio.run(load._load(url, 1, load.ours, "Booked:", "warm", check))
            load.free_diaries(engine)
            pids = {m.name: m.process.pid for m in stack.members if m.process}
            server = postgres_cpu_seconds if postgresql else lambda: None
            before = {name: cpu_seconds(pid) for name, pid in pids.items()}
            server_before = server()
            broken = 0
            for n in range(loads):
                result = asyncio.run(load._load(url, people, load.ours, "Booked:", f"cpu{n}", check))
                load.free_diaries(engine)
                broken += result.broken
                print(f"[     cpu] load {n + 1}/{loads}: {result.broken} broken", file=sys.stderr, flush=True)
            turns = people * loads * len(load.ours(0))
            spent = {name: cpu_seconds(pid) - before[name] for name, pid in pids.items()}
            if server_before is not None:
                spent["postgresql"] = server() - server_before
        finally:
            engine.dispose()
            stack.stop()
    return {
        "database": "postgresql" if postgresql else "sqlite",
        "people": people,
        "turns": turns,
        "broken": broken,
        "cpu_ms_per_turn": {name: round(1000 * seconds / turns, 2) for name, seconds in spent.items()},
    }


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:] if a.isdigit()][:2]
    people, loads = arguments + [10, 3][len(arguments) :]
    print(json.dumps(measure(people, loads, postgresql="postgresql" in sys.argv[1:]), indent=1))
