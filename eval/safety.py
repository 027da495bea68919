"""The blind safety sets (eval/blind/safety.yml, and safety_holdout.yml that no one tuning may read):
crisis and red-flag messages that must get help, and look-alikes that must not, written by someone who
never saw the detector.

Each item: ``id, text, expect: help|none, kind, clarity: clear|possible|null, who, style``.

``--detector-only`` runs every message through ``frontdoor.safety.detector.SafetyDetector`` in
process (seconds). For must-help items it reports the help rate (a clear or possible detection), clear
recall (a clear detection of any kind) and the right-kind rate (the expected kind among them), by kind,
clarity, who and style; for look-alikes, false alarms (any clear or possible detection), by style.

Figures go to eval/results/safety.json. ``--show-misses`` lists what was missed, for a tuning set
only: a set whose name ends in ``_holdout`` only ever prints totals, never an item's text.

    python -m eval.safety [--sets safety,safety_holdout] [--detector-only] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

EVAL_DIR = Path(__file__).parent
BLIND = EVAL_DIR / "blind"
RESULTS = EVAL_DIR / "results"
DEFAULT_SETS = ("safety", "safety_holdout")
KINDS = ("suicide_or_self_harm", "medical_emergency", "harm_or_abuse", "treatment_side_effect")
CLARITIES = ("clear", "possible")
GROUPS = ("kind", "clarity", "who", "style")


# ------------------------------------------------------------------ the sets


def set_path(name: str) -> Path:
    """A set by name (``safety`` -> eval/blind/safety.yml), or a path to a file in the same format."""
    if name.endswith((".yml", ".yaml")) or "/" in name:
        return Path(name)
    return BLIND / f"{name}.yml"


def is_holdout(name: str) -> bool:
    """A held-out set: its items' texts are never printed or written, only totals."""
    return Path(name).stem.endswith("_holdout")


def load_set(path: Path) -> list[dict[str, Any]]:
    """The items of a set, checked: a malformed item stops the run with its id and the problem."""
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected a list of items")
    seen_ids: set[str] = set()
    for number, item in enumerate(items, 1):
        where = f"{path}: item {item.get('id', number) if isinstance(item, dict) else number}"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item.get("id"):
            raise ValueError(f"{where}: needs an id and a text")
        if item["id"] in seen_ids:
            raise ValueError(f"{where}: id used twice")
        seen_ids.add(item["id"])
        if item.get("expect") not in ("help", "none"):
            raise ValueError(f"{where}: expect must be help or none, not {item.get('expect')!r}")
        if item["expect"] == "help" and item.get("kind") not in KINDS:
            raise ValueError(f"{where}: a must-help item needs a kind ({', '.join(KINDS)})")
        if item["expect"] == "help" and item.get("clarity") not in CLARITIES:
            raise ValueError(f"{where}: a must-help item needs a clarity (clear or possible)")
    return items


# ------------------------------------------------------------------ scoring


@dataclass(frozen=True)
class Seen:
    """What one message raised. ``clear`` and ``possible`` are kinds; ``kept`` is whether the question
    being asked was kept (None where no question was being asked)."""

    clear: frozenset[str] = frozenset()
    possible: frozenset[str] = frozenset()
    kept: bool | None = None

    @property
    def alarm(self) -> bool:
        return bool(self.clear or self.possible)


def _kind_of(found: Any) -> str | None:
    return found if isinstance(found, str) else getattr(found, "kind", None)


def detector_seen(assessment: Any) -> Seen:
    """An ``Assessment`` as kinds: ``detections`` are clear; ``possible`` (when the detector has it)
    are possible."""
    clear = {_kind_of(d) for d in assessment.detections}
    possible = {_kind_of(p) for p in getattr(assessment, "possible", None) or []}
    return Seen(frozenset(clear - {None}), frozenset(possible - {None}))


def _rate(hit: int, total: int) -> float | None:
    return round(hit / total, 3) if total else None


def _must_help_figures(cases: list[dict[str, Any]], seen: dict[str, Seen]) -> dict[str, Any]:
    counts = {"n": len(cases), "help": 0, "clear": 0, "right_kind": 0}
    kept = [seen[c["id"]].kept for c in cases if seen[c["id"]].kept is not None]
    for case in cases:
        got = seen[case["id"]]
        counts["help"] += got.alarm
        counts["clear"] += bool(got.clear)
        counts["right_kind"] += case["kind"] in got.clear | got.possible
    figures: dict[str, Any] = dict(counts)
    for name in ("help", "clear", "right_kind"):
        figures[f"{name}_rate"] = _rate(counts[name], counts["n"])
    if kept:
        figures.update(kept_n=len(kept), kept=sum(kept), kept_rate=_rate(sum(kept), len(kept)))
    return figures


def _look_alike_figures(cases: list[dict[str, Any]], seen: dict[str, Seen]) -> dict[str, Any]:
    alarms = sum(seen[c["id"]].alarm for c in cases)
    clear = sum(bool(seen[c["id"]].clear) for c in cases)
    return {
        "n": len(cases),
        "false_alarms": alarms,
        "false_alarm_rate": _rate(alarms, len(cases)),
        "clear_false_alarms": clear,
        "clear_false_alarm_rate": _rate(clear, len(cases)),
    }


def _by(
    cases: list[dict[str, Any]], key: str, figures: Callable[[list[dict[str, Any]]], dict[str, Any]]
) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for case in cases:
        groups.setdefault(str(case.get(key) or "unknown"), []).append(case)
    return {name: figures(group) for name, group in sorted(groups.items())}


def score(cases: list[dict[str, Any]], seen: dict[str, Seen]) -> dict[str, Any]:
    """Figures for one set at one position: ``seen`` holds what each item's message raised, by id."""
    must = [c for c in cases if c["expect"] == "help"]
    alike = [c for c in cases if c["expect"] == "none"]
    report: dict[str, Any] = {
        "messages": len(cases),
        "must_help": _must_help_figures(must, seen),
        "look_alikes": _look_alike_figures(alike, seen),
    }
    for key in GROUPS:
        report[f"must_help_by_{key}"] = _by(must, key, lambda group: _must_help_figures(group, seen))
    report["look_alikes_by_style"] = _by(alike, "style", lambda group: _look_alike_figures(group, seen))
    return report


def misses(cases: list[dict[str, Any]], seen: dict[str, Seen]) -> list[dict[str, Any]]:
    """Every item that did not come out as it should: a must-help item with no help, with help of the
    wrong kind only, or whose question was not kept; a look-alike that raised anything."""
    found = []
    for case in cases:
        got = seen[case["id"]]
        if case["expect"] == "help":
            if not got.alarm:
                what = "no help"
            elif case["kind"] not in got.clear | got.possible:
                what = "wrong kind"
            elif got.kept is False:
                what = "question not kept"
            else:
                continue
        elif got.alarm:
            what = "false alarm"
        else:
            continue
        found.append(
            {
                "id": case["id"],
                "what": what,
                "kind": case.get("kind"),
                "clarity": case.get("clarity"),
                "style": case.get("style"),
                "clear": sorted(got.clear),
                "possible": sorted(got.possible),
                "text": case["text"],
            }
        )
    return found


# ------------------------------------------------------------------ the detector, in process


def run_detector(cases: Iterable[dict[str, Any]], detector: Any | None = None) -> dict[str, Seen]:
    """Each message through the detector the bot and the API use."""
    if detector is None:
        from frontdoor.safety.detector import SafetyDetector, default_vocabulary_path

        detector = SafetyDetector.from_file(default_vocabulary_path())
    return {case["id"]: detector_seen(detector.assess(case["text"])) for case in cases}


# ------------------------------------------------------------------ printing


def _fmt(rate: float | None) -> str:
    return "   -" if rate is None else f"{rate:4.2f}"


def table_lines(set_name: str, position: str, report: dict[str, Any]) -> list[str]:
    """A short table: must-help figures overall and by kind, clarity, who and style; look-alikes."""
    must, alike = report["must_help"], report["look_alikes"]
    has_kept = "kept_rate" in must
    lines = [
        f"{set_name} @ {position}: {must['n']} must help, {alike['n']} look-alikes",
        f"  {'must help':32} {'n':>4}  help clear right" + ("  kept" if has_kept else ""),
    ]

    def row(label: str, figures: dict[str, Any]) -> str:
        text = (
            f"  {label[:32]:32} {figures['n']:4d}  {_fmt(figures['help_rate'])}  "
            f"{_fmt(figures['clear_rate'])}  {_fmt(figures['right_kind_rate'])}"
        )
        return text + (f"  {_fmt(figures.get('kept_rate'))}" if has_kept else "")

    lines.append(row("all", must))
    for key in GROUPS:
        lines.extend(row(f"{key} {name}", figures) for name, figures in report[f"must_help_by_{key}"].items())
    lines.append(f"  {'look-alikes':32} {'n':>4}  false alarms (clear only)")
    for label, figures in [("all", alike)] + [
        (f"style {name}", figures) for name, figures in report["look_alikes_by_style"].items()
    ]:
        lines.append(
            f"  {label[:32]:32} {figures['n']:4d}  {_fmt(figures['false_alarm_rate'])} "
            f"({figures['false_alarms']})  {_fmt(figures['clear_false_alarm_rate'])}"
        )
    return lines


def miss_lines(found: list[dict[str, Any]]) -> list[str]:
    return [
        f"  {m['id']}: {m['what']} ({m['kind'] or 'look-alike'}, {m['clarity'] or '-'}, {m['style'] or '-'}; "
        f"raised {'/'.join(m['clear'] + [k + '?' for k in m['possible']]) or 'nothing'}): {m['text'][:90]!r}"
        for m in found
    ]


def summary_lines(results: dict[str, Any]) -> list[str]:
    """One line per set and position, for eval/results/latest.md."""
    lines = []
    for set_name, positions in results.get("sets", {}).items():
        for position, report in positions.items():
            must, alike = report["must_help"], report["look_alikes"]
            kept = f", question kept {_fmt(must['kept_rate'])}" if "kept_rate" in must else ""
            lines.append(
                f"{set_name} @ {position}: help {_fmt(must['help_rate'])}, clear {_fmt(must['clear_rate'])}, "
                f"right kind {_fmt(must['right_kind_rate'])} of {must['n']}{kept}; false alarms "
                f"{_fmt(alike['false_alarm_rate'])} ({alike['false_alarms']} of {alike['n']})"
            )
    return lines


# ------------------------------------------------------------------ running


def evaluate_set(
    name: str, cases: list[dict[str, Any]], positions: dict[str, dict[str, Seen]], show_misses: bool
) -> dict[str, Any]:
    """Score one set at each position and print its tables; holdout sets keep no item texts."""
    reports: dict[str, Any] = {}
    for position, seen in positions.items():
        report = score(cases, seen)
        found = misses(cases, seen)
        report["miss_count"] = len(found)
        if not is_holdout(name):
            report["misses"] = found
        reports[position] = report
        print("\n".join(table_lines(name, position, report)))
        if show_misses and not is_holdout(name):
            print("\n".join(miss_lines(found)))
        elif show_misses:
            print(f"  {len(found)} misses (a holdout set: totals only)")
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sets", default=",".join(DEFAULT_SETS), help="comma-separated set names or .yml paths"
    )
    parser.add_argument("--detector-only", action="store_true", help="the detector in process, no stack")
    parser.add_argument("--show-misses", action="store_true", help="list misses (never for a holdout set)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    results: dict[str, Any] = {"mode": "detector", "sets": {}}
    for name in [n.strip() for n in args.sets.split(",") if n.strip()]:
        path = set_path(name)
        if not path.exists():
            print(f"safety: no set at {path}")
            continue
        cases = load_set(path)
        label = path.stem
        results["sets"][label] = evaluate_set(
            label, cases, {"detector": run_detector(cases)}, args.show_misses
        )
    if not results["sets"]:
        return 1
    results["seconds"] = round(time.monotonic() - started, 1)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "safety.json").write_text(json.dumps(results, indent=1))
    print(f"safety: {results['seconds']} s; eval/results/safety.json written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
