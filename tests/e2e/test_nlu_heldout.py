"""Intent accuracy and macro-F1 of the trained model on held-out messages (tests/data/nlu_heldout.yml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.e2e.test_safety_nlu import parse

# Parsing a message reads no database: the default SQLite stack is enough.
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("stack", ["sqlite"], indirect=True)]
HELDOUT = yaml.safe_load((Path(__file__).parents[1] / "data" / "nlu_heldout.yml").read_text())
MIN_ACCURACY, MIN_MACRO_F1 = 0.8, 0.75


def test_intent_accuracy_and_macro_f1(stack) -> None:
    pairs = [
        (intent, parse(stack, text)["intent"]["name"], text)
        for intent, texts in HELDOUT.items()
        for text in texts
    ]
    accuracy = sum(expected == got for expected, got, _ in pairs) / len(pairs)
    f1s = []
    for intent in HELDOUT:
        tp = sum(e == intent and g == intent for e, g, _ in pairs)
        fp = sum(e != intent and g == intent for e, g, _ in pairs)
        fn = sum(e == intent and g != intent for e, g, _ in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    report = {
        "messages": len(pairs),
        "accuracy": round(accuracy, 3),
        "macro_f1": round(sum(f1s) / len(f1s), 3),
        "errors": [(e, g, t) for e, g, t in pairs if e != g],
    }
    out = Path(__file__).parents[2] / "test-artifacts" / "nlu_heldout.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=1))
    assert accuracy >= MIN_ACCURACY, report
    assert report["macro_f1"] >= MIN_MACRO_F1, report
