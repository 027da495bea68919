"""The safety detector against a labelled set: every must-fire message caught, few false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from frontdoor.safety.detector import SafetyDetector, default_vocabulary_path

EVAL = yaml.safe_load((Path(__file__).parents[1] / "data" / "safety_eval.yml").read_text())
MUST_FIRE = [(kind, text) for kind, texts in EVAL["must_fire"].items() for text in texts]
MUST_NOT = EVAL["must_not_fire"]
MAX_FALSE_ALARMS = 3


@pytest.fixture(scope="module")
def detector() -> SafetyDetector:
    return SafetyDetector.from_file(default_vocabulary_path())


def test_the_evaluation_set_is_big_enough() -> None:
    assert len(MUST_FIRE) >= 80
    assert len(MUST_NOT) >= 70
    assert set(EVAL["must_fire"]) == {
        "suicide_or_self_harm",
        "medical_emergency",
        "treatment_side_effect",
        "harm_or_abuse",
    }


def test_recall_is_complete_and_the_kind_is_right(detector: SafetyDetector) -> None:
    misses = [(kind, text) for kind, text in MUST_FIRE if kind not in [d.kind for d in detector.detect(text)]]
    assert not misses, f"{len(misses)} missed: {misses}"


def test_few_false_alarms(detector: SafetyDetector) -> None:
    alarms = [(text, [d.kind for d in detector.detect(text)]) for text in MUST_NOT if detector.detect(text)]
    assert len(alarms) <= MAX_FALSE_ALARMS, f"{len(alarms)} false alarms: {alarms}"


def test_most_serious_first_one_per_kind(detector: SafetyDetector) -> None:
    found = detector.detect("I have chest pain and I want to end it all, chest pain again")
    assert [d.kind for d in found] == ["suicide_or_self_harm", "medical_emergency"]
    assert all(len(d.excerpt) <= 80 for d in found)


def test_a_bad_vocabulary_file_names_file_and_key(tmp_path: Path) -> None:
    data = yaml.safe_load(default_vocabulary_path().read_text())
    data["patterns"]["crisis"] = {"clear": ["help"], "possible": []}
    bad = tmp_path / "safety.yml"
    bad.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match=r"safety\.yml: crisis: unknown kind"):
        SafetyDetector.from_file(bad, default_vocabulary_path().parent)
    del data["patterns"]["crisis"]
    del data["temperature"]["celsius_from"]
    bad.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match=r"safety\.yml: temperature\.celsius_from"):
        SafetyDetector.from_file(bad, default_vocabulary_path().parent)
    data["temperature"]["celsius_from"] = 37.5
    data["patterns"]["medical_emergency"]["clear"].append("chest $organ")
    bad.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match=r"patterns\.medical_emergency\.clear\[\d+\]: unknown group \$organ"):
        SafetyDetector.from_file(bad, default_vocabulary_path().parent)
    del data["patterns"]["medical_emergency"]["clear"][-1]
    data["learned"]["clear_from"] = {"suicide_or_self_harm": 0.95}
    bad.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match=r"safety\.yml: learned\.clear_from: the learned reader only asks"):
        SafetyDetector.from_file(bad, default_vocabulary_path().parent)
