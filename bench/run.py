"""`make bench`: every benchmark, one after another, into bench/results/latest.json and latest.md.

Not a test: nothing here asserts on time. Each figure is the median of BENCH_REPEATS (5) repetitions
with their min and max; the JSON records the machine, the versions and the git commit.

    .venv/bin/python -m bench.run                       # every stage
    BENCH_REPEATS=1 .venv/bin/python -m bench.run scale_out conversation_load   # those again, keeping the rest
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime

from bench import (
    conversation_load,
    queue_at_scale,
    reports_at_scale,
    scale_out,
    slot_search,
    startup,
    training,
)
from bench.common import RESULTS, ROOT, machine
from frontdoor.stack.bot import BOT_VENV, bot_env, model_path


def _stage(name: str, started: float) -> None:
    print(f"[   bench] {name} ({time.monotonic() - started:.0f}s in)", file=sys.stderr, flush=True)


def nlu() -> dict[str, object]:
    result = subprocess.run(
        [str(BOT_VENV / "bin" / "python"), str(ROOT / "bench" / "nlu_speed.py"), str(model_path())],
        cwd=ROOT,
        env=bot_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    started = time.monotonic()
    only = set(sys.argv[1:])  # e.g. `python -m bench.run slot_search startup` redoes those, keeping the rest
    latest = RESULTS / "latest.json"
    results: dict[str, object] = json.loads(latest.read_text()) if only and latest.exists() else {}
    results.update(machine=machine(), started=datetime.now(UTC).isoformat())
    stages = [
        ("conversation load on SQLite and PostgreSQL, ours and rasa init's, with SMS cost and a profile",
         "conversation_load", lambda: conversation_load.run(profile_seconds=30)),
        ("scale-out: 100 people against two of each on PostgreSQL and Redis", "scale_out", scale_out.run),
        ("NLU alone", "nlu", nlu),
        ("training from scratch and after one change", "training", training.run),
        ("the queue with 100,000 referrals", "queue_at_scale", queue_at_scale.run),
        ("the reports page with 100,000 referrals", "reports_at_scale", reports_at_scale.run),
        ("slot search", "slot_search", slot_search.run),
        ("start-up", "startup", startup.run),
    ]  # fmt: skip
    for label, key, stage in stages:
        if only and key not in only:
            continue
        _stage(label, started)
        began = time.monotonic()
        results[key] = stage()
        results.setdefault("stage_seconds", {})[key] = round(time.monotonic() - began)
        (RESULTS / "latest.json").write_text(json.dumps(results, indent=1))
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=1))
    (RESULTS / "latest.md").write_text(markdown(results))
    update_readme(results)
    _stage(f"done: {RESULTS / 'latest.md'}", started)
    return 0


README = ROOT / "README.md"
README_MARKS = ("<!-- bench-load:start -->", "<!-- bench-load:end -->")


def readme_table(r: dict) -> str:
    """The headline load figures for the README: broken conversations, p95 and turns per second, with
    their ratios to rasa init's in the same run."""
    load, started = r["conversation_load"], r["started"][:10]
    lines = [
        f"Conversation load, {started}, commit `{r['machine']['git_commit'][:10]}` "
        f"({r['machine']['cores']} cores; medians of {_repeats(load)} runs):",
        "",
        "| set-up | people | broken | p95 ms (x rasa init's) | turns/s (x rasa init's) |",
        "|---|---|---|---|---|",
    ]
    for db in ("sqlite", "postgresql"):
        for n in load["sizes"] if db in load else ():
            o, ratio = load[db][f"n{n}"], load["ratios"][db][f"n{n}"]
            lines.append(
                f"| {db} | {n} | {_broken(o)} | {o['turn_p95_ms']['median']:.0f} ({ratio['turn_p95_ms']}) | "
                f"{o['turns_per_second']['median']:.1f} ({ratio['turns_per_second']}) |"
            )
    scale = r.get("scale_out") or {}
    if f"n{scale.get('people')}" in scale:
        s = scale[f"n{scale['people']}"]
        lines.append(
            f"| two of each, postgresql and redis | {scale['people']} | {_broken(s)} | "
            f"{s['turn_p95_ms']['median']:.0f} | {s['turns_per_second']['median']:.1f} |"
        )
    return "\n".join(lines)


def _repeats(load: dict) -> int:
    db = next(d for d in ("sqlite", "postgresql") if d in load)
    return load[db][f"n{load['sizes'][-1]}"]["turn_p95_ms"]["repeats"]


def update_readme(r: dict) -> None:
    """Put the headline load figures between the README's markers (if it has them)."""
    text = README.read_text()
    start, end = README_MARKS
    if "conversation_load" not in r or start not in text or end not in text:
        return
    before, rest = text.split(start, 1)
    README.write_text(f"{before}{start}\n{readme_table(r)}\n{end}{rest.split(end, 1)[1]}")


def _m(figure: dict[str, float]) -> str:
    return f"{figure['median']} ({figure['min']}-{figure['max']})"


def _load_table(load: dict, db: str) -> list[str]:
    ours, base, ratios = load[db], load["baseline_beside"][db], load["ratios"][db]
    lines = [
        f"### {db}",
        "",
        "| people | p50 ms | p95 | p99 | turns/s | referrals/min | broken | rasa init p50 ms | p95 | turns/s "
        "| ratio p50 | ratio p95 | ratio turns/s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n in load["sizes"]:
        o, b, ratio = ours[f"n{n}"], base[f"n{n}"], ratios[f"n{n}"]
        lines.append(
            f"| {n} | {_m(o['turn_p50_ms'])} | {_m(o['turn_p95_ms'])} | {_m(o['turn_p99_ms'])} | "
            f"{_m(o['turns_per_second'])} | {_m(o['completed_per_minute'])} | {_broken(o)} | "
            f"{_m(b['turn_p50_ms'])} | {_m(b['turn_p95_ms'])} | {_m(b['turns_per_second'])} | "
            f"{ratio['turn_p50_ms']} | {ratio['turn_p95_ms']} | {ratio['turns_per_second']} |"
        )
    why = [
        f"- {n} people: " + "; ".join(ours[f"n{n}"]["failures"])
        for n in load["sizes"]
        if ours[f"n{n}"]["failures"]
    ]
    rss = ", ".join(f"{k} {v} MiB" for k, v in ours["rss_mib"].items())
    return [
        *lines,
        "",
        *(["Why conversations broke:", "", *why, ""] if why else []),
        *_slowest_turns(ours, load["sizes"]),
        f"Memory at the end: {rss}.",
        "",
    ]


def _slowest_turns(ours: dict, sizes: list[int]) -> list[str]:
    """The three turns that cost most, alone (one person) and at the largest size: where time goes."""
    lines = []
    for n in (sizes[0], sizes[-1]):
        by_turn = ours[f"n{n}"].get("turn_p50_ms_by_turn") or {}
        slowest = sorted(by_turn.items(), key=lambda kv: -kv[1])[:3]
        if slowest:
            named = ", ".join(f"turn {turn} ({ms:g} ms)" for turn, ms in slowest)
            lines.append(f"Slowest turns at {n} {'person' if n == 1 else 'people'} (median): {named}.")
    return [*lines, ""] if lines else []


def _broken(summary: dict) -> str:
    """Broken conversations: the median run's, and all of them over the repetitions."""
    return f"{summary['broken']['median']:g} ({summary['broken_total']} in all)"


def markdown(r: dict) -> str:
    m, load = r["machine"], r["conversation_load"]
    first = load[next(db for db in ("sqlite", "postgresql") if db in load)][f"n{load['sizes'][0]}"]
    lines = [
        "# Benchmarks",
        "",
        f"Commit `{m['git_commit'][:10]}`, {m['cores']} cores, {m['memory_gib']} GiB, Rasa {m['rasa']}, "
        f"Python {m['python']}, {r['started'][:16]} UTC. Medians of {first['turn_p50_ms']['repeats']} "
        "repetitions (BENCH_REPEATS), (min-max). `make bench` regenerates this; the JSON beside it has every figure.",
        "",
        "## Conversation load (REST channel, whole referral with booking, no think time)",
        "",
        f"Each person sends the {load['turns_per_person']} messages of a whole referral with booking, all "
        "at once; rasa init's assistant gets the same number of turns per person, just before ours at "
        "each size on each database. A "
        "conversation is broken unless every reply is the expected one and the referral it leaves has the "
        "answers given and a booked appointment (checked in the database). Ratios are ours over the rasa "
        "init run beside ours.",
        "",
    ]
    for db in ("sqlite", "postgresql"):
        if db in load:
            lines += _load_table(load, db)
    lines += [f"rasa init's Rasa at the end: {load['baseline']['rss_mib']['rasa']} MiB.", ""]
    scale = r.get("scale_out")
    if scale and "skipped" in scale:
        lines += ["## Scale-out", "", f"Not measured: {scale['skipped']}.", ""]
    elif scale:
        s = scale[f"n{scale['people']}"]
        lines += [
            "## Scale-out (two of each on PostgreSQL and Redis)",
            "",
            "Two replicas (Rasa, action server, API each), one PostgreSQL database, Rasa's lock store on "
            f"Redis; {scale['people']} people at once, each person's turns alternating between the replicas.",
            "",
            "| people | p50 ms | p95 | p99 | turns/s | referrals/min | broken |",
            "|---|---|---|---|---|---|---|",
            f"| {scale['people']} | {_m(s['turn_p50_ms'])} | {_m(s['turn_p95_ms'])} | {_m(s['turn_p99_ms'])} | "
            f"{_m(s['turns_per_second'])} | {_m(s['completed_per_minute'])} | {_broken(s)} |",
            "",
            *([f"Why conversations broke: {'; '.join(s['failures'])}.", ""] if s["failures"] else []),
        ]
    profile = load.get("profile") or {}
    if profile.get("cpu_ms_per_turn"):
        cpu = ", ".join(f"{k} {v} ms" for k, v in profile["cpu_ms_per_turn"].items())
        lines += [f"CPU per turn (10 people on SQLite, {profile['turns']} turns): {cpu}.", ""]
        for name in profile["cpu_ms_per_turn"]:
            kinds = ", ".join(f"{k} {v:.0%}" for k, v in profile.get(f"{name}_busy_by_kind", {}).items())
            lines.append(f"- {name}, busy time by what it was doing (py-spy): {kinds}")
        lines.append("")
    sms = load["sms_cost"]
    lines += [
        "## SMS cost per referral",
        "",
        "| path | texts in | texts out | segments out |",
        "|---|---|---|---|",
        *(
            f"| {name.replace('_', ' ')} | {p['inbound_messages']} | {p['outbound_messages']} | {p['outbound_segments']} |"
            for name, p in sms.items()
        ),
        "",
        "## NLU, training, queue, slots, start-up",
        "",
        f"- NLU alone (held-out messages, warm): {_m(r['nlu']['messages_per_second'])} messages/s, "
        f"{_m(r['nlu']['ms_per_message'])} ms each.",
        f"- Training from scratch: {_m(r['training']['from_scratch_seconds'])} s; after changing one NLU "
        f"example: {_m(r['training']['after_one_nlu_example_seconds'])} s (ratio {r['training']['ratio']}).",
    ]
    q = r["queue_at_scale"]
    for db in ("postgresql", "sqlite"):
        lines.append(
            f"- Queue, first page, {q['referrals']:,} referrals and {q['concerns']:,} concerns, {db}: admin p50 "
            f"{_m(q[db]['admin']['p50_ms'])} ms, p95 {_m(q[db]['admin']['p95_ms'])} ms; one site's link worker "
            f"p50 {_m(q[db]['lw']['p50_ms'])} ms, p95 {_m(q[db]['lw']['p95_ms'])} ms."
        )
    if "reports_at_scale" in r:
        p = r["reports_at_scale"]
        lines.append(
            f"- Reports page, every table, {p['referrals']:,} referrals, postgresql: admin (every site) p50 "
            f"{_m(p['postgresql']['admin']['p50_ms'])} ms, p95 {_m(p['postgresql']['admin']['p95_ms'])} ms; "
            f"one site's manager p50 {_m(p['postgresql']['manager']['p50_ms'])} ms, "
            f"p95 {_m(p['postgresql']['manager']['p95_ms'])} ms."
        )
    s = r["slot_search"]
    lines += [
        f"- Slot search, 10 link workers, 8 weeks: {s['slot_finder']['ten_workers_eight_weeks']['median_ms']} ms "
        f"(baseline one worker, one week: {s['slot_finder']['baseline_one_worker_one_week']['median_ms']} ms; "
        f"ratio {s['slot_finder']['ratio_median']}); a whole offer through SQLite "
        f"{s['offer_through_sqlite']['median_ms']} ms.",
        f"- Start-up, `make run` to all health checks green: {_m(r['startup']['make_run_to_healthy_seconds'])} s.",
        "",
        "Seconds per stage: "
        + ", ".join(f"{k} {v}" for k, v in r["stage_seconds"].items())
        + f"; {sum(r['stage_seconds'].values())} in all.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
