"""The blind concerns sets: free-text answers to "what is worrying you?", labelled with checklist items
by someone who had not read the checklist's phrases or the matcher. ``eval/blind/concerns.yml`` is for
tuning; ``concerns_holdout.yml`` is never read by anyone tuning, and a set whose name ends in
``_holdout`` only ever prints and writes totals, never an item's text or id.

Each message goes through the same reader the conversation uses (frontdoor.checklist.matching), as
the person's role would see it; category and item recall and precision, exact matches, the time per
message (median and 95th percentile) and the reader's build time are printed, and written to
eval/results/<set>.json. Messages labelled with no item count as right when nothing is found.

    python -m eval.concerns [--set concerns] [--set concerns_holdout] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from frontdoor.checklist.definition import CATEGORIES, Checklist, load_checklist
from frontdoor.checklist.matching import ConcernReader, match_concerns

BLIND = Path(__file__).parent / "blind"
RESULTS = Path(__file__).parent / "results"
DEFAULT_SET = "concerns"
# Who wrote each answer, as the conversation knows them: a carer tells their own worries, and someone
# writing on another's behalf tells that person's ("he's hardly eating" is the person's concern).
ROLES = {"self": "self", "carer": "carer_for_self", "on_behalf": "on_behalf"}


def is_holdout(name: str) -> bool:
    """A held-out set: its items' texts are never printed or written, only totals."""
    return Path(name).stem.endswith("_holdout")


def set_path(name: str) -> Path:
    """A set's file: a name under eval/blind ("concerns_holdout") or a path to a .yml file."""
    return Path(name) if name.endswith((".yml", ".yaml")) else BLIND / f"{name}.yml"


def _ratio(hit: int, total: int) -> float:
    return round(hit / total, 3) if total else 1.0


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def score(cases: list[dict[str, Any]], checklist: Checklist) -> dict[str, Any]:
    """Recall and precision of items and categories, overall and per category, and the time taken."""
    category_of = {item.id: item.category for item in checklist.items}
    counts = {"categories": [0, 0, 0], "items": [0, 0, 0]}  # found right, found, expected
    by_category = {c: [0, 0, 0] for c in CATEGORIES}
    misses = []
    timings: list[float] = []
    for case in cases:
        role = ROLES.get(case.get("who") or "self", "self")
        started = time.perf_counter()
        found = set(match_concerns(case["text"], checklist, role))
        timings.append((time.perf_counter() - started) * 1000)
        expected = set(case.get("items") or [])
        got_categories = {category_of[i] for i in found}
        want_categories = set(case.get("categories") or [])
        for name, got, want in (("items", found, expected), ("categories", got_categories, want_categories)):
            counts[name][0] += len(got & want)
            counts[name][1] += len(got)
            counts[name][2] += len(want)
        for category, tally in by_category.items():
            tally[0] += category in got_categories and category in want_categories
            tally[1] += category in got_categories
            tally[2] += category in want_categories
        if found != expected:
            misses.append(
                {"id": case["id"], "text": case["text"], "expected": sorted(expected), "found": sorted(found)}
            )
    report: dict[str, Any] = {"messages": len(cases)}
    for name, (right, got, want) in counts.items():
        report[name] = {"recall": _ratio(right, want), "precision": _ratio(right, got)}
    report["by_category"] = {
        c: {"recall": _ratio(right, want), "precision": _ratio(right, got), "expected": want}
        for c, (right, got, want) in by_category.items()
    }
    report["exact"] = _ratio(len(cases) - len(misses), len(cases))
    report["ms_per_message"] = {
        "median": round(statistics.median(timings), 2) if timings else 0.0,
        "p95": round(_percentile(timings, 0.95), 2),
    }
    report["misses"] = misses
    return report


def build_seconds(checklist: Checklist) -> float:
    """How long the reader takes to build from the checklist, as the API does once at start-up."""
    started = time.perf_counter()
    ConcernReader(checklist)
    return round(time.perf_counter() - started, 2)


def summary_lines(name: str, report: dict[str, Any]) -> list[str]:
    """Totals, and per category when the report has them (a tuning set): never an item's text."""
    categories, items, ms = report["categories"], report["items"], report["ms_per_message"]
    lines = [
        f"{name}: {report['messages']} messages; categories recall {categories['recall']:.3f}, "
        f"precision {categories['precision']:.3f} (targets 0.90 and 0.85); "
        f"items recall {items['recall']:.3f}, precision {items['precision']:.3f}; "
        f"exactly right {report['exact']:.3f}; {ms['median']:.1f} ms per message (median), "
        f"{ms['p95']:.1f} ms (p95)"
    ]
    lines += [
        f"  {category:<10} recall {tally['recall']:.2f} precision {tally['precision']:.2f} "
        f"({tally['expected']} labelled)"
        for category, tally in report.get("by_category", {}).items()
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        metavar="NAME",
        help=f"a set under eval/blind or a .yml path (repeatable; default {DEFAULT_SET})",
    )
    parser.add_argument("--show-misses", action="store_true", help="list misses (never for a holdout set)")
    args = parser.parse_args(argv)
    names = args.sets or [DEFAULT_SET]
    missing = [name for name in names if not set_path(name).exists()]
    if missing:
        print(f"no concerns set at {', '.join(str(set_path(name)) for name in missing)}")
        return 1
    checklist = load_checklist()
    print(f"reader built in {build_seconds(checklist):.2f} s")
    RESULTS.mkdir(exist_ok=True)
    for name in names:
        report = score(yaml.safe_load(set_path(name).read_text(encoding="utf-8")) or [], checklist)
        holdout = is_holdout(name)
        if holdout:
            report.pop("misses")
            report.pop("by_category")
        (RESULTS / f"{Path(name).stem}.json").write_text(json.dumps(report, indent=1))
        print("\n".join(summary_lines(Path(name).stem, report)))
        if args.show_misses and holdout:
            print("  (a holdout set: totals only)")
        for miss in report.get("misses", []) if args.show_misses else []:
            print(f"  {miss['id']}: {miss['text'][:90]!r} expected {miss['expected']} found {miss['found']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
