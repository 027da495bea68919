"""Conversation load: N simulated people (1, 10, 50) each complete a whole self-referral, with booking,
through Rasa's REST channel of the real stack (Rasa, action server, API, SQLite), no think time; and
the same load shape (same number of turns per person) against Rasa's own starter assistant
(`rasa init`, trained in a temporary folder with the same Rasa), as the baseline for what plain Rasa
costs on this machine. Per-turn latency p50/p95/p99, turns per second, completed conversations per
minute, errors, and each process's memory at the end.
"""

from __future__ import annotations

import asyncio
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench import sms_cost
from bench.common import REPEATS, over_repeats, percentile, rss_mib
from frontdoor.settings import Settings
from frontdoor.stack.bot import BOT_VENV, bot_env, train
from frontdoor.stack.processes import Stack, services
from frontdoor.stack.run import prepare_database

SECRETS = {
    "secret_key": "b" * 40,
    "service_token": "s" * 40,
    "rasa_token": "r" * 40,
    "twilio_auth_token": "bench-twilio-auth-token",
}
POSTCODES = ["DD1 4HN", "KY1 1AA", "DH1 3LE", "CV1 5FB"]  # spread bookings over four sites' diaries
OUR_TURNS = [
    "hello", "yes", "1", "{postcode}", "67", "1", "lung", "Jean Smith", "same", "07700 900123", "1", "no",
    "no", "3", "my gp", "money", "7", "6", "paying the bills", "yes", "1", "as soon as possible", "1",
]  # fmt: skip
BASELINE_TURNS = ["hello", "I am sad", "yes", "great", "are you a bot?", "bye"]


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    completed: int = 0
    failures: list[str] = field(
        default_factory=list
    )  # what went wrong, for the report (no people: bench data)
    seconds: float = 0.0


async def _person(
    client: httpx.AsyncClient, url: str, sender: str, turns: list[str], done: str, out: LoadResult
) -> None:
    last = ""
    for message in turns:
        started = time.perf_counter()
        try:
            response = await client.post(url, json={"sender": sender, "message": message}, timeout=120)
            response.raise_for_status()
            last = " ".join(r.get("text", "") for r in response.json())
        except (httpx.HTTPError, ValueError) as exc:
            out.errors += 1
            out.failures.append(f"turn {message!r}: {type(exc).__name__}")
            return
        out.latencies.append(time.perf_counter() - started)
    if done.lower() in last.lower():
        out.completed += 1
    else:
        out.errors += 1
        out.failures.append(f"ended with: {last[:160]}")


async def _load(url: str, people: int, turns_for, done: str, tag: str) -> LoadResult:
    out = LoadResult()
    limits = httpx.Limits(max_connections=people + 5)
    async with httpx.AsyncClient(limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(
            *(_person(client, url, f"bench-{tag}-{i}", turns_for(i), done, out) for i in range(people))
        )
        out.seconds = time.perf_counter() - started
    return out


def ours(i: int) -> list[str]:
    """Person ``i``'s messages: the happy path, in one of four sites' areas."""
    return [t.format(postcode=POSTCODES[i % len(POSTCODES)]) for t in OUR_TURNS]


def plain(_i: int) -> list[str]:
    """The same number of turns for rasa init's assistant, cycling through its own happy path."""
    return [BASELINE_TURNS[t % len(BASELINE_TURNS)] for t in range(len(OUR_TURNS))]


def summarise(runs: list[LoadResult]) -> dict[str, object]:
    return {
        "turn_p50_ms": over_repeats(percentile(r.latencies, 50) * 1000 for r in runs),
        "turn_p95_ms": over_repeats(percentile(r.latencies, 95) * 1000 for r in runs),
        "turn_p99_ms": over_repeats(percentile(r.latencies, 99) * 1000 for r in runs),
        "turns_per_second": over_repeats(len(r.latencies) / r.seconds for r in runs),
        "completed_per_minute": over_repeats(r.completed / r.seconds * 60 for r in runs),
        "errors": over_repeats(r.errors for r in runs),
        "failures": [f for r in runs for f in r.failures][:5],
    }


def our_stack(log_dir: Path) -> tuple[Stack, Settings]:
    db = log_dir / "bench.db"
    settings = Settings(
        frontdoor_env="production",
        database_url=f"sqlite:///{db}",
        api_port=18400,
        rasa_url="http://127.0.0.1:15405",
        action_server_url="http://127.0.0.1:15455",
        public_base_url="http://127.0.0.1:18400",
        **SECRETS,
    )
    prepare_database(settings)
    model = train(log_dir / "train.log")
    stack = Stack([s for s in services(settings, model, log_dir=log_dir) if s.name != "worker"])
    stack.start()
    stack.wait_ready(timeout=300)
    return stack, settings


def baseline_rasa(folder: Path, log: Path) -> subprocess.Popen[bytes]:
    """Rasa's starter assistant, created and trained by `rasa init`, served on port 15505."""
    rasa = str(BOT_VENV / "bin" / "rasa")
    env = bot_env()
    subprocess.run([rasa, "init", "--no-prompt", "--init-dir", str(folder)], cwd=folder, env=env,
                   stdout=log.open("w"), stderr=subprocess.STDOUT, check=True)  # fmt: skip
    process = subprocess.Popen(
        [rasa, "run", "--enable-api", "--port", "15505", "--interface", "127.0.0.1", "--model", "models"],
        cwd=folder, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get("http://127.0.0.1:15505/status", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"the baseline Rasa did not start; see {log}")


def run(sizes: tuple[int, ...] = (1, 10, 50), profile_seconds: float = 0) -> dict[str, object]:
    from bench.profile_turn import profile_processes

    results: dict[str, object] = {"sizes": list(sizes), "turns_per_person": len(OUR_TURNS)}
    with tempfile.TemporaryDirectory() as tmp:
        log_dir = Path(tmp)
        stack, settings = our_stack(log_dir)
        url = f"{settings.rasa_url}/webhooks/rest/webhook"

        try:
            asyncio.run(_load(url, 1, ours, "booked", "warmup"))
            for people in sizes:
                runs = [
                    asyncio.run(_load(url, people, ours, "booked", f"{people}-{rep}"))
                    for rep in range(REPEATS)
                ]
                results[f"ours_n{people}"] = summarise(runs)
            results["ours_rss_mib"] = {m.name: rss_mib(m.process.pid) for m in stack.members if m.process}
            results["sms_cost"] = sms_cost.run(settings)
            if profile_seconds:
                pids = {m.name: m.process.pid for m in stack.members if m.process}
                results["profile"] = profile_processes(
                    pids,
                    profile_seconds,
                    lambda: len(asyncio.run(_load(url, 10, ours, "booked", "p")).latencies),
                )
        finally:
            stack.stop()

        baseline_dir = log_dir / "baseline"
        baseline_dir.mkdir()
        process = baseline_rasa(baseline_dir, log_dir / "baseline.log")
        url = "http://127.0.0.1:15505/webhooks/rest/webhook"

        try:
            asyncio.run(_load(url, 1, plain, "", "warmup"))
            for people in sizes:
                runs = [
                    asyncio.run(_load(url, people, plain, "", f"b{people}-{rep}")) for rep in range(REPEATS)
                ]
                results[f"baseline_n{people}"] = summarise(runs)
            results["baseline_rss_mib"] = {"rasa": rss_mib(process.pid)}
        finally:
            process.terminate()
            process.wait(30)
    for people in sizes:
        ours_p50 = results[f"ours_n{people}"]["turn_p50_ms"]["median"]
        base_p50 = results[f"baseline_n{people}"]["turn_p50_ms"]["median"]
        ours_tps = results[f"ours_n{people}"]["turns_per_second"]["median"]
        base_tps = results[f"baseline_n{people}"]["turns_per_second"]["median"]
        results[f"ratio_n{people}"] = {
            "turn_p50": round(ours_p50 / base_p50, 2) if base_p50 else None,
            "turns_per_second": round(ours_tps / base_tps, 2) if base_tps else None,
        }
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
