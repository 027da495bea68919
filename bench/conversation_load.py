"""Conversation load: N simulated people at once (1, 10, 50, 100) each make a whole self-referral with
booking through Rasa's REST channel of the real stack (Rasa, action server, API), no think time, on
SQLite (the default set-up) and on PostgreSQL; and the same load shape (same number of turns per
person) against Rasa's own starter assistant (`rasa init`, trained in a temporary folder with the same
Rasa), as the baseline for what plain Rasa costs on this machine. The baseline's run at each size is
made just before ours, on each database, and each ratio is over the run beside it: this machine's speed
drifts by a third over a quarter of an hour, as much as any change measured here.

A conversation counts as completed only when every reply said what the script expects (the e2e
tests' shortest referral, tests/e2e/conversation.py, then booking a phone call) and the referral it
leaves in the database has the person's answers and a booked appointment. Every other conversation
is broken, with a short reason (which turn, or which part of the record). Per-turn latency p50/p95/p99,
turns per second, completed referrals per minute, broken conversations, each process's memory.

BENCH_REPEATS sets the repetitions of each size (a run at 100 people on both databases takes a few
minutes a repetition on 2 cores).
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import os
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import Engine, create_engine, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from bench import sms_cost
from bench.common import REPEATS, over_repeats, percentile, rss_mib
from frontdoor.booking.models import Appointment
from frontdoor.db.session import make_engine, normalise_url
from frontdoor.referrals.models import Concern, Referral
from frontdoor.settings import VAR_DIR, Settings
from frontdoor.stack.bot import BOT_VENV, bot_env, train
from frontdoor.stack.processes import Stack, services
from frontdoor.stack.run import prepare_database
from tests.e2e.conversation import SHORTEST

SECRETS = {
    "secret_key": "b" * 40,
    "service_token": "s" * 40,
    "rasa_token": "r" * 40,
    "twilio_auth_token": "bench-twilio-auth-token",
}
# Ports clear of `make run` (8000, 5005, 5055) and of the e2e stacks at any FRONTDOOR_E2E_PORT_OFFSET
# up to 299 (18000-18399, 15005-15454): API, Rasa, action server; rasa init's Rasa.
PORTS = {"api": 18500, "rasa": 15500, "actions": 15550}
BASELINE_PORT = 15600
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
POSTCODES = ["DD1 4HN", "KY1 1AA", "DH1 3LE", "CV1 5FB"]  # spread bookings over four sites' diaries
BOOKING = [("phone", "which time suits you"), ("1", "Booked:")]
BASELINE_TURNS = ["hello", "I am sad", "yes", "great", "are you a bot?", "bye"]
TAKEN = ("booked", "rescheduled", "cancelled")  # an appointment's states once taken (not offered)
Turn = tuple[str, str]  # what the person says, and words the reply must contain ("" for anything)


def ours(i: int) -> list[Turn]:
    """Person ``i``'s conversation: the e2e tests' shortest referral and a booking, in one of four
    sites' areas."""
    postcode = POSTCODES[i % len(POSTCODES)]
    return [(postcode if m == "DD1 4HN" else m, e) for m, e in SHORTEST] + BOOKING


TURNS_PER_PERSON = len(ours(0))


def plain(_i: int) -> list[Turn]:
    """The same number of turns for rasa init's assistant, cycling through its own happy path."""
    return [(BASELINE_TURNS[t % len(BASELINE_TURNS)], "") for t in range(TURNS_PER_PERSON)]


@dataclass
class LoadResult:
    people: int = 0
    by_turn: dict[int, list[float]] = field(default_factory=lambda: collections.defaultdict(list))
    said: list[str] = field(default_factory=list)  # the first person's messages, to name the turns
    completed: int = 0
    failures: list[str] = field(default_factory=list)  # one short reason per broken conversation
    seconds: float = 0.0

    @property
    def latencies(self) -> list[float]:
        """Every turn's time, whichever turn it was."""
        return [seconds for times in self.by_turn.values() for seconds in times]

    @property
    def broken(self) -> int:
        return self.people - self.completed


async def _person(
    client: httpx.AsyncClient, url: str, sender: str, turns: list[Turn], done: str, out: LoadResult
) -> bool:
    """One whole conversation; False (with the reason in ``out.failures``) where it went wrong."""
    reply = ""
    for n, (message, expected) in enumerate(turns, 1):
        started = time.perf_counter()
        try:
            response = await client.post(url, json={"sender": sender, "message": message}, timeout=120)
            response.raise_for_status()
            reply = " ".join(r.get("text") or "" for r in response.json())
        except (httpx.HTTPError, ValueError) as exc:
            out.failures.append(f"turn {n} {message!r}: {type(exc).__name__}")
            return False
        out.by_turn[n].append(time.perf_counter() - started)
        if expected.lower() not in reply.lower():
            out.failures.append(f"turn {n} {message!r}: no {expected!r} in {' '.join(reply.split())[:120]!r}")
            return False
    if done.lower() not in reply.lower():
        out.failures.append(f"ended with {' '.join(reply.split())[:120]!r}")
        return False
    return True


async def _load(
    url: str,
    people: int,
    turns_for: Callable[[int], list[Turn]],
    done: str,
    tag: str,
    check: Callable[[str, int], str | None] | None = None,
) -> LoadResult:
    """``people`` conversations at once; then, outside the timing, each finished one's record checked
    (``check(sender, i)`` returns what is wrong with it, or None)."""
    out = LoadResult(people=people, said=[message for message, _ in turns_for(0)])
    senders = [f"bench-{tag}-{i}-{uuid.uuid4().hex[:6]}" for i in range(people)]
    limits = httpx.Limits(max_connections=people + 5)
    async with httpx.AsyncClient(limits=limits) as client:
        started = time.perf_counter()
        finished = await asyncio.gather(
            *(_person(client, url, senders[i], turns_for(i), done, out) for i in range(people))
        )
        out.seconds = time.perf_counter() - started
    for i, ok in enumerate(finished):
        problem = check(senders[i], i) if ok and check else None
        if problem:
            out.failures.append(problem)
        out.completed += ok and not problem
    return out


def record_check(engine: Engine) -> Callable[[str, int], str | None]:
    """What is wrong with the referral a conversation left (None when it is right): the answers the
    script gave, sent, and one phone appointment booked."""

    def check(sender: str, i: int) -> str | None:
        with Session(engine) as session:
            referral = session.scalars(select(Referral).where(Referral.conversation_id == sender)).first()
            if referral is None:
                return "record: no referral"
            concerns = session.scalars(select(Concern).where(Concern.referral_id == referral.id)).all()
            appointments = session.scalars(
                select(Appointment).where(Appointment.referral_id == referral.id)
            ).all()
            expected = {
                "postcode": POSTCODES[i % len(POSTCODES)],
                "age": 67,
                "cancer_type": "lung",
                "name": "Jean Smith",
                "distress_score": 6,
                "interpreter_needed": False,
                "offer_local_help": True,
                "survey_consent": True,
                "status": "hna_booked",
            }
            wrong = [k for k, v in expected.items() if getattr(referral, k) != v]
            if not (referral.phone or "").replace(" ", "").endswith("7700900123"):
                wrong.append("phone")
            if referral.submitted_at is None:
                wrong.append("submitted_at")
            if [(c.item, c.score) for c in concerns if c.score is not None][:1] != [("money_or_finance", 7)]:
                wrong.append("concerns")
            taken = [(a.status, a.type) for a in appointments if a.status in TAKEN]
            if taken != [("booked", "phone")]:
                wrong.append("appointment")
        return f"record: {', '.join(wrong)} not as answered" if wrong else None

    return check


def free_diaries(engine: Engine) -> None:
    """Give back every appointment the last run took, so each run finds the diaries as the first did
    (four sites' diaries hold only so many first appointments soon enough for hundreds of people)."""
    with engine.begin() as conn:
        conn.execute(
            update(Appointment).where(Appointment.status.in_(("booked", "held"))).values(status="cancelled")
        )


def summarise(runs: list[LoadResult]) -> dict[str, object]:
    reasons = collections.Counter(f for r in runs for f in r.failures)
    return {
        "turn_p50_ms": over_repeats(percentile(r.latencies, 50) * 1000 for r in runs),
        "turn_p95_ms": over_repeats(percentile(r.latencies, 95) * 1000 for r in runs),
        "turn_p99_ms": over_repeats(percentile(r.latencies, 99) * 1000 for r in runs),
        "turns_per_second": over_repeats(len(r.latencies) / r.seconds for r in runs),
        "completed_per_minute": over_repeats(r.completed / r.seconds * 60 for r in runs),
        "broken": over_repeats(r.broken for r in runs),
        "broken_total": sum(r.broken for r in runs),
        "failures": [f"{n}x {reason}" if n > 1 else reason for reason, n in reasons.most_common(8)],
        "turn_p50_ms_by_turn": _by_turn(runs),
    }


def _by_turn(runs: list[LoadResult]) -> dict[str, float]:
    """Each turn's median over everyone in every run, named by its place and what was said ("7 money"):
    where the time goes in a conversation."""
    pooled: dict[int, list[float]] = collections.defaultdict(list)
    for r in runs:
        for n, seconds in r.by_turn.items():
            pooled[n] += seconds
    said = runs[0].said if runs else []
    return {
        f"{n} {said[n - 1] if n <= len(said) else ''}".strip(): round(percentile(pooled[n], 50) * 1000, 1)
        for n in sorted(pooled)
    }


def bench_settings(
    database_url: str,
    api: int = PORTS["api"],
    rasa: int = PORTS["rasa"],
    actions: int = PORTS["actions"],
    redis_url: str = "",
) -> Settings:
    """The stack's settings for a benchmark: production mode, fixed secrets, the given ports."""
    return Settings(
        frontdoor_env="production",
        database_url=database_url,
        api_port=api,
        rasa_url=f"http://127.0.0.1:{rasa}",
        action_server_url=f"http://127.0.0.1:{actions}",
        public_base_url=f"http://127.0.0.1:{api}",
        redis_url=redis_url,
        **SECRETS,
    )


@contextmanager
def postgres_database() -> Iterator[str]:
    """A throwaway database on the machine's PostgreSQL (TEST_POSTGRES_URL's server), dropped after."""
    admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    name = f"frontdoor_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(normalise_url(PG_URL)).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def our_stack(log_dir: Path, database_url: str | None = None) -> tuple[Stack, Settings]:
    """Rasa, the action server and the API (no worker: the REST channel needs none), ready."""
    settings = bench_settings(database_url or f"sqlite:///{log_dir / 'bench.db'}")
    prepare_database(settings)
    model = train(log_dir / "train.log")
    stack = Stack([s for s in services(settings, model, log_dir=log_dir) if s.name != "worker"])
    stack.start()
    try:
        stack.wait_ready(timeout=300)
    except RuntimeError:
        stack.stop()
        raise
    return stack, settings


def baseline_rasa(folder: Path, log: Path) -> subprocess.Popen[bytes]:
    """Rasa's starter assistant, created and trained by `rasa init`, served on BASELINE_PORT."""
    rasa = str(BOT_VENV / "bin" / "rasa")
    env = bot_env()
    subprocess.run([rasa, "init", "--no-prompt", "--init-dir", str(folder)], cwd=folder, env=env,
                   stdout=log.open("w"), stderr=subprocess.STDOUT, check=True)  # fmt: skip
    process = subprocess.Popen(
        [rasa, "run", "--enable-api", "--port", str(BASELINE_PORT), "--interface", "127.0.0.1",
         "--model", "models"],
        cwd=folder, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{BASELINE_PORT}/status", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"the baseline Rasa did not start; see {log}")


def load_sizes(
    url: str,
    sizes: tuple[int, ...],
    check: Callable[[str, int], str | None],
    free: Callable[[], None],
    tag: str,
    beside: Callable[[int], LoadResult] | None = None,
) -> dict[str, object]:
    """Each size BENCH_REPEATS times after one warm-up conversation: {"n<size>": summary}. The
    diaries are freed after each run. ``beside``: the baseline's run at the same size, made just before
    each of ours, so that a ratio compares runs a minute apart, not a quarter of an hour (this machine's
    speed drifts that much); its summaries come back under "beside"."""
    asyncio.run(_load(url, 1, ours, "Booked:", f"{tag}-warm", check))
    free()
    out: dict[str, object] = {}
    paired: dict[str, object] = {}
    for people in sizes:
        runs, base = [], []
        for rep in range(REPEATS):
            if beside is not None:
                base.append(beside(people))
            runs.append(asyncio.run(_load(url, people, ours, "Booked:", f"{tag}{people}-{rep}", check)))
            free()
            print(f"[    load] {tag} {people} people: {runs[-1].broken} broken", flush=True)
        out[f"n{people}"] = summarise(runs)
        if base:
            paired[f"n{people}"] = summarise(base)
    if paired:
        out["beside"] = paired
    return out


def _ours_on(
    database_url: str | None,
    log_dir: Path,
    sizes: tuple[int, ...],
    tag: str,
    extra: Callable | None = None,
    beside: Callable[[int], LoadResult] | None = None,
) -> dict[str, object]:
    stack, settings = our_stack(log_dir, database_url)
    engine = make_engine(settings.database_url)
    try:
        url = f"{settings.rasa_url}/webhooks/rest/webhook"
        results = load_sizes(url, sizes, record_check(engine), lambda: free_diaries(engine), tag, beside)
        results["rss_mib"] = {m.name: rss_mib(m.process.pid) for m in stack.members if m.process}
        if extra:
            results.update(extra(stack, settings, url))
        return results
    finally:
        engine.dispose()
        stack.stop()


def run(
    sizes: tuple[int, ...] = (1, 10, 50, 100),
    databases: tuple[str, ...] = ("sqlite", "postgresql"),
    profile_seconds: float = 0,
) -> dict[str, object]:
    """Rasa init's assistant is started first and kept running; at each size its run is made just
    before ours on each database, and each ratio is ours over the baseline run beside it."""
    from bench.profile_turn import profile_processes

    def sms_and_profile(stack: Stack, settings: Settings, url: str) -> dict[str, object]:
        found: dict[str, object] = {"sms_cost": sms_cost.run(settings)}
        if profile_seconds:
            pids = {m.name: m.process.pid for m in stack.members if m.process}
            found["profile"] = profile_processes(
                pids, profile_seconds, lambda: len(asyncio.run(_load(url, 10, ours, "", "p")).latencies)
            )
        return found

    results: dict[str, object] = {"sizes": list(sizes), "turns_per_person": TURNS_PER_PERSON}
    with tempfile.TemporaryDirectory() as tmp:
        log_dir = Path(tmp)
        baseline_dir = log_dir / "baseline"
        baseline_dir.mkdir()
        process = baseline_rasa(baseline_dir, log_dir / "baseline.log")
        baseline_url = f"http://127.0.0.1:{BASELINE_PORT}/webhooks/rest/webhook"
        counter = itertools.count()

        def beside(people: int) -> LoadResult:
            return asyncio.run(_load(baseline_url, people, plain, "", f"b{people}-{next(counter)}"))

        try:
            asyncio.run(_load(baseline_url, 1, plain, "", "b-warm"))
            if "sqlite" in databases:
                ours_sqlite = _ours_on(None, log_dir / "sqlite", sizes, "s", sms_and_profile, beside)
                for key in ("sms_cost", "profile"):
                    if key in ours_sqlite:
                        results[key] = ours_sqlite.pop(key)
                results["sqlite"] = ours_sqlite
            if "postgresql" in databases:
                with postgres_database() as url:
                    results["postgresql"] = _ours_on(url, log_dir / "postgresql", sizes, "p", beside=beside)
            results["baseline"] = {"rss_mib": {"rasa": rss_mib(process.pid)}}
        finally:
            process.terminate()
            process.wait(30)
    results["baseline_beside"] = {db: results[db].pop("beside") for db in databases}
    results["ratios"] = {db: ratios(results[db], results["baseline_beside"][db], sizes) for db in databases}
    return results


def ratios(ours_on: dict, baseline: dict, sizes: tuple[int, ...] | list[int]) -> dict[str, dict]:
    """Ours against rasa init's per size: p50 and p95 (lower is better) and turns per second."""
    out = {}
    for people in sizes:
        o, b = ours_on[f"n{people}"], baseline[f"n{people}"]
        out[f"n{people}"] = {
            key: round(o[key]["median"] / b[key]["median"], 2) if b[key]["median"] else None
            for key in ("turn_p50_ms", "turn_p95_ms", "turns_per_second")
        }
    return out


if __name__ == "__main__":
    import json
    import sys

    # e.g. `python -m bench.conversation_load 50 sqlite`: our stack alone at those sizes, no baseline;
    # its logs are kept under var/log/bench-load/ to read what went wrong.
    wanted = [int(a) for a in sys.argv[1:] if a.isdigit()] or [1, 10, 50, 100]
    kinds = [a for a in sys.argv[1:] if a in ("sqlite", "postgresql")] or ["sqlite", "postgresql"]
    logs = VAR_DIR / "log" / "bench-load"
    found = {}
    for kind in kinds:
        if kind == "sqlite":
            (logs / kind / "bench.db").unlink(missing_ok=True)
            found[kind] = _ours_on(None, logs / kind, tuple(wanted), "s")
        else:
            with postgres_database() as pg:
                found[kind] = _ours_on(pg, logs / kind, tuple(wanted), "p")
    print(json.dumps(found, indent=1))
