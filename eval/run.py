"""`make eval`: the simulated people against the running stack, then the concern and safety sets where
those modules exist; one summary printed, eval/results/latest.json and latest.md written, and each
persona's transcript kept in eval/results/transcripts/.

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


def _other(name: str) -> dict[str, Any]:
    """eval.concerns and eval.safety are written separately: run their main() when they exist."""
    try:
        module = importlib.import_module(f"eval.{name}")
    except ModuleNotFoundError as missing:
        if missing.name == f"eval.{name}":
            return {"ran": False, "why": "module not present"}
        raise
    started = time.monotonic()
    arguments, sys.argv = sys.argv, [f"eval.{name}"]  # its own defaults, not make eval's options
    try:
        code = module.main()
    finally:
        sys.argv = arguments
    lines = module.latest_lines() if code == 0 and hasattr(module, "latest_lines") else []
    return {"ran": True, "exit": code, "seconds": round(time.monotonic() - started), "lines": lines}


def markdown(summary: dict[str, Any], others: dict[str, Any], seconds: float, source: Path) -> str:
    lines = [
        "# make eval: latest figures",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC in {seconds / 60:.1f} minutes; personas: `{source}`.",
        "",
        "```",
        *personas.report_lines(summary),
        "```",
        "",
    ]
    for name, result in others.items():
        lines.append(f"- eval.{name}: " + (f"exit {result['exit']}" if result["ran"] else result["why"]))
        lines.extend(f"  - {line}" for line in result.get("lines", []))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every evaluation and write eval/results/latest.*")
    parser.add_argument("--only", action="append", help="a persona id (repeatable)")
    parser.add_argument("--workers", type=int, default=2, help="conversations at once")
    args = parser.parse_args(argv)
    source = personas.default_file()
    started = time.monotonic()
    summary = personas.run(args.only, personas.TRANSCRIPTS, source, args.workers)
    others = {name: _other(name) for name in ("concerns", "safety")}
    seconds = time.monotonic() - started
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps({"personas": summary, "others": others, "seconds": round(seconds)}, indent=2, default=str)
    )
    report = markdown(summary, others, seconds, source.relative_to(Path(__file__).parent.parent))
    (RESULTS / "latest.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
