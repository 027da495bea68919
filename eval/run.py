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
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval import personas

RESULTS = Path(__file__).parent / "results"


BLIND = Path(__file__).parent / "blind"


def _round(path: Path) -> int:
    """personas.yml is round 1, personas_round12.yml round 12."""
    number = re.search(r"_round(\d+)$", path.stem)
    return int(number.group(1)) if number else 1


def blind_sets(kind: str) -> list[Path]:
    """Every blind set of one kind (personas, concerns, safety), oldest round first and a held-out set
    last: a later round was written after the earlier was tuned on, and a new round is run as soon as
    its file is committed."""
    found = [
        path
        for path in BLIND.glob(f"{kind}*.yml")
        if re.fullmatch(rf"{kind}(_round\d+|_holdout)?", path.stem)
    ]
    return sorted(found, key=lambda path: (path.stem.endswith("_holdout"), _round(path)))


def other_arguments(name: str) -> list[str]:
    """What eval.concerns and eval.safety are run with: every set of their kind."""
    stems = [path.stem for path in blind_sets(name)]
    if name == "safety":
        return ["--sets", ",".join(stems)]
    return [arg for stem in stems for arg in ("--set", stem)]


def _other(name: str) -> dict[str, Any]:
    """eval.concerns and eval.safety are written separately: run their main() when they exist."""
    try:
        module = importlib.import_module(f"eval.{name}")
    except ModuleNotFoundError as missing:
        if missing.name == f"eval.{name}":
            return {"ran": False, "why": "module not present"}
        raise
    started = time.monotonic()
    arguments, sys.argv = sys.argv, [f"eval.{name}", *other_arguments(name)]  # not make eval's options
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
    rounds = blind_sets("personas")
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
