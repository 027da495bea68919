"""The blind concerns set (eval/blind/concerns.yml): free-text answers to "what is worrying you?",
labelled with checklist items by someone who had not read the checklist's phrases or the matcher.

Each message goes through the same reader the conversation uses (frontdoor.checklist.matching), as
the person's role would see it; category and item recall and precision are printed and written to
eval/results/concerns.json. Messages labelled with no item count as right when nothing is found.

    python -m eval.concerns [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from frontdoor.checklist.matching import match_concerns
from frontdoor.content import get_content

SET = Path(__file__).parent / "blind" / "concerns.yml"
RESULTS = Path(__file__).parent / "results"


def _ratio(hit: int, total: int) -> float:
    return round(hit / total, 3) if total else 1.0


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    checklist = get_content().checklist
    category_of = {item.id: item.category for item in checklist.items}
    counts = {"categories": [0, 0, 0], "items": [0, 0, 0]}  # found right, found, expected
    misses = []
    for case in cases:
        role = "carer_for_self" if case.get("who") == "carer" else "self"
        found = set(match_concerns(case["text"], checklist, role))
        expected = set(case.get("items") or [])
        for name, got, want in (
            ("items", found, expected),
            ("categories", {category_of[i] for i in found}, set(case.get("categories") or [])),
        ):
            counts[name][0] += len(got & want)
            counts[name][1] += len(got)
            counts[name][2] += len(want)
        if found != expected:
            misses.append(
                {"id": case["id"], "text": case["text"], "expected": sorted(expected), "found": sorted(found)}
            )
    report: dict[str, Any] = {"messages": len(cases)}
    for name, (right, got, want) in counts.items():
        report[name] = {"recall": _ratio(right, want), "precision": _ratio(right, got)}
    report["exact"] = _ratio(len(cases) - len(misses), len(cases))
    report["misses"] = misses
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    if not SET.exists():
        print(f"no blind concerns set at {SET}")
        return 1
    report = score(yaml.safe_load(SET.read_text()))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "concerns.json").write_text(json.dumps(report, indent=1))
    categories, items = report["categories"], report["items"]
    print(
        f"concerns: {report['messages']} messages; categories recall {categories['recall']:.2f}, "
        f"precision {categories['precision']:.2f} (targets 0.90 and 0.85); "
        f"items recall {items['recall']:.2f}, precision {items['precision']:.2f}; "
        f"exactly right {report['exact']:.2f}"
    )
    for miss in report["misses"] if args.show_misses else []:
        print(f"  {miss['id']}: {miss['text'][:70]!r} expected {miss['expected']} found {miss['found']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
