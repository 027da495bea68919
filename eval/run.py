"""`make eval`: each round of simulated people against the running stack, then the concern sets (the
one tuned on and the held-out one) and the safety sets where those modules exist; one summary printed,
eval/results/latest.json and latest.md written, and each persona's transcript kept in
eval/results/transcripts/.

    python -m eval.run [--only P001] [--workers 2]
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval import personas

RESULTS = Path(__file__).parent / "results"


# Each blind round of people, oldest first: a later round was written after the earlier was tuned on.
ROUNDS = (
    "personas.yml",
    "personas_round2.yml",
    "personas_round3.yml",
    "personas_round4.yml",
    "personas_round5.yml",
    "personas_round6.yml",
    "personas_round7.yml",
    "personas_round8.yml",
    "personas_round9.yml",
    "personas_round10.yml",
    "personas_round11.yml",
    "personas_round12.yml",
    "personas_round13.yml",
    "personas_round14.yml",
    "personas_round15.yml",
    "personas_round16.yml",
    "personas_round17.yml",
    "personas_round18.yml",
    "personas_round19.yml",
    "personas_round20.yml",
    "personas_round21.yml",
    "personas_round22.yml",
    "personas_round23.yml",
    "personas_round24.yml",
    "personas_round25.yml",
    "personas_round26.yml",
    "personas_round27.yml",
    "personas_round28.yml",
    "personas_round29.yml",
)
# What each other evaluation is run with (its own defaults otherwise).
OTHER_ARGUMENTS = {
    "concerns": [
        arg
        for name in (
            "concerns",
            "concerns_round2",
            "concerns_round3",
            "concerns_round4",
            "concerns_round5",
            "concerns_round6",
            "concerns_round7",
            "concerns_round8",
            "concerns_round9",
            "concerns_round10",
            "concerns_round11",
            "concerns_round12",
            "concerns_holdout",
        )
        for arg in ("--set", name)
    ],
    "safety": [
        "--sets",
        "safety,safety_round2,safety_round3,safety_round4,safety_round5,safety_round6,safety_round7,"
        "safety_round8,safety_round9,safety_round10,safety_holdout",
    ],
}


def _other(name: str) -> dict[str, Any]:
    """eval.concerns and eval.safety are written separately: run their main() when they exist."""
    try:
        module = importlib.import_module(f"eval.{name}")
    except ModuleNotFoundError as missing:
        if missing.name == f"eval.{name}":
            return {"ran": False, "why": "module not present"}
        raise
    started = time.monotonic()
    arguments, sys.argv = sys.argv, [f"eval.{name}", *OTHER_ARGUMENTS[name]]  # not make eval's options
    try:
        code = module.main()
    finally:
        sys.argv = arguments
    lines = module.latest_lines() if code == 0 and hasattr(module, "latest_lines") else []
    return {"ran": True, "exit": code, "seconds": round(time.monotonic() - started), "lines": lines}


def markdown(summaries: dict[str, dict[str, Any]], others: dict[str, Any], seconds: float) -> str:
    lines = [
        "# make eval: latest figures",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC in {seconds / 60:.1f} minutes.",
        "",
    ]
    for source, summary in summaries.items():
        lines += [f"Personas: `{source}`", "", "```", *personas.report_lines(summary), "```", ""]
    for name, result in others.items():
        lines.append(f"- eval.{name}: " + (f"exit {result['exit']}" if result["ran"] else result["why"]))
        lines.extend(f"  - {line}" for line in result.get("lines", []))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every evaluation and write eval/results/latest.*")
    parser.add_argument("--only", action="append", help="a persona id (repeatable)")
    parser.add_argument("--workers", type=int, default=2, help="conversations at once")
    args = parser.parse_args(argv)
    started = time.monotonic()
    rounds = [path for path in (personas.BLIND.parent / name for name in ROUNDS) if path.exists()]
    sources = rounds if rounds and not args.only else [personas.default_file()]
    summaries = {
        str(source.relative_to(Path(__file__).parent.parent)): personas.run(
            args.only, personas.TRANSCRIPTS, source, args.workers
        )
        for source in sources
    }
    others = {name: _other(name) for name in ("concerns", "safety")}
    seconds = time.monotonic() - started
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps(
            {"personas": summaries, "others": others, "seconds": round(seconds)}, indent=2, default=str
        )
    )
    report = markdown(summaries, others, seconds)
    (RESULTS / "latest.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
