"""How well free text maps to checklist items, on messages never used to tune the phrases."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from frontdoor.checklist.definition import load_checklist
from frontdoor.checklist.matching import match_concerns

HELDOUT = yaml.safe_load((Path(__file__).parents[1] / "data" / "concerns_heldout.yml").read_text())
MIN_PRECISION, MIN_RECALL = 0.8, 0.7


def test_precision_and_recall_on_held_out_messages(tmp_path_factory) -> None:
    checklist = load_checklist()
    true_pos = false_pos = false_neg = 0
    for case in HELDOUT:
        found = set(match_concerns(case["text"], checklist))
        expected = set(case["items"])
        true_pos += len(found & expected)
        false_pos += len(found - expected)
        false_neg += len(expected - found)
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    report = {"messages": len(HELDOUT), "precision": round(precision, 3), "recall": round(recall, 3)}
    out = Path(__file__).parents[2] / "test-artifacts" / "concern_mapping.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report))
    assert precision >= MIN_PRECISION, report
    assert recall >= MIN_RECALL, report
