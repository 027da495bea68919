"""Scale-out: the conversation load at 100 people against two of everything on PostgreSQL and Redis.

Two replicas, each a Rasa, an action server and an API (tests/e2e/test_scale_out.py checks one
conversation this way): Rasa's tracker store on the one PostgreSQL database the APIs share, Rasa's
lock store on Redis. Each person's turns alternate between the replicas (a balancer without sticky
sessions), so every turn relies on the shared state. The same completed-record check as
bench/conversation_load.py; turns per second and per-turn p50/p95/p99, BENCH_REPEATS times.

    .venv/bin/python -m bench.run scale_out   # this stage alone, into bench/results/latest.*
"""

from __future__ import annotations

import asyncio
import itertools
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

from bench.common import REPEATS, rss_mib
from bench.conversation_load import (
    TURNS_PER_PERSON,
    LoadResult,
    Turn,
    _person,
    bench_settings,
    free_diaries,
    ours,
    postgres_database,
    record_check,
    summarise,
)
from frontdoor.db.session import make_engine
from frontdoor.stack.bot import train
from frontdoor.stack.processes import Stack, services
from frontdoor.stack.run import prepare_database
from tests.helpers import redis_reachable

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
# (API, Rasa, action server) for replicas A and B: clear of conversation_load's ports and the e2e stacks'.
REPLICAS = [(18510, 15510, 15560), (18511, 15511, 15561)]
PEOPLE = 100


async def _alternating(
    urls: list[str], people: int, tag: str, check: Callable[[str, int], str | None]
) -> LoadResult:
    """``people`` conversations at once, turn n of person i sent to replica (i + n) % 2."""
    out = LoadResult(people=people)
    senders = [f"bench-{tag}-{i}-{uuid.uuid4().hex[:6]}" for i in range(people)]

    async def person(client: httpx.AsyncClient, i: int) -> bool:
        script: list[Turn] = ours(i)
        for n, turn in enumerate(script):
            url = urls[(i + n) % len(urls)]
            last = n == len(script) - 1
            if not await _person(client, url, senders[i], [turn], "Booked:" if last else "", out):
                return False
        return True

    limits = httpx.Limits(max_connections=people + 5)
    async with httpx.AsyncClient(limits=limits) as client:
        started = time.perf_counter()
        finished = await asyncio.gather(*(person(client, i) for i in range(people)))
        out.seconds = time.perf_counter() - started
    for i, ok in enumerate(finished):
        problem = check(senders[i], i) if ok else None
        if problem:
            out.failures.append(problem)
        out.completed += ok and not problem
    return out


def run(people: int = PEOPLE) -> dict[str, object]:
    if not redis_reachable(REDIS_URL):
        return {"skipped": f"Redis is not reachable at {REDIS_URL}"}
    results: dict[str, object] = {"people": people, "turns_per_person": TURNS_PER_PERSON, "replicas": 2}
    with tempfile.TemporaryDirectory() as tmp, postgres_database() as database_url:
        logs = Path(tmp)
        replicas = [
            bench_settings(database_url, api, rasa, actions, REDIS_URL) for api, rasa, actions in REPLICAS
        ]
        prepare_database(replicas[0])
        model = train(logs / "train.log")
        members = list(
            itertools.chain.from_iterable(
                [s for s in services(settings, model, log_dir=logs / name) if s.name != "worker"]
                for name, settings in zip("ab", replicas, strict=True)
            )
        )
        stack = Stack(members)
        stack.start()
        engine = make_engine(database_url)
        try:
            stack.wait_ready(timeout=300)
            urls = [f"{s.rasa_url}/webhooks/rest/webhook" for s in replicas]
            check = record_check(engine)
            asyncio.run(_alternating(urls, 1, "x-warm", check))
            free_diaries(engine)
            runs = []
            for rep in range(REPEATS):
                runs.append(asyncio.run(_alternating(urls, people, f"x{people}-{rep}", check)))
                free_diaries(engine)
                print(f"[   scale] {people} people, two of each: {runs[-1].broken} broken", flush=True)
            results[f"n{people}"] = summarise(runs)
            results["rss_mib"] = {
                f"{m.name} {'ab'[i // 3]}": rss_mib(m.process.pid) for i, m in enumerate(members) if m.process
            }
        finally:
            engine.dispose()
            stack.stop()
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
