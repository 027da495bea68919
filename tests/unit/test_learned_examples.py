"""The learned reader's examples from tuned blind rounds: written by eval.learned_examples, never by hand."""

from __future__ import annotations

import yaml

from eval import learned_examples
from frontdoor.safety.detector import SafetyDetector, default_vocabulary_path


def test_the_file_is_what_the_generator_writes_from_the_tuned_rounds() -> None:
    written = learned_examples.render(learned_examples.examples())
    assert learned_examples.OUT.read_text(encoding="utf-8") == written, (
        "content/safety_examples_tuned.yml is stale: run `python -m eval.learned_examples`"
    )


def test_held_out_sets_are_never_training() -> None:
    assert not any("holdout" in suffix for suffix in learned_examples.TUNED_ROUNDS)


def test_a_persona_answer_the_rules_raise_is_not_taught_as_ordinary() -> None:
    none = set(yaml.safe_load(learned_examples.OUT.read_text(encoding="utf-8"))["none"])
    rules = learned_examples._rules_only()
    for said in learned_examples._persona_answers("personas"):
        text = " ".join(said.split())
        if (found := rules.assess(text)).detections or found.possible:
            assert text not in none


def test_the_detector_reads_every_examples_file_it_names(tmp_path) -> None:
    vocabulary = yaml.safe_load(default_vocabulary_path().read_text(encoding="utf-8"))
    kinds = ("suicide_or_self_harm", "medical_emergency", "harm_or_abuse", "treatment_side_effect")
    (tmp_path / "a.yml").write_text(yaml.safe_dump({k: [f"{k} one two three four"] for k in kinds}))
    (tmp_path / "b.yml").write_text(yaml.safe_dump({"none": ["an ordinary answer about the bus"]}))
    vocabulary["learned"]["examples"] = ["a.yml", "b.yml"]
    path = tmp_path / "safety.yml"
    path.write_text(yaml.safe_dump(vocabulary))
    detector = SafetyDetector.from_file(path)
    assert detector.learned is not None and set(detector.learned.classes) == {*kinds, "none"}


def test_examples_without_an_ordinary_class_are_refused(tmp_path) -> None:
    vocabulary = yaml.safe_load(default_vocabulary_path().read_text(encoding="utf-8"))
    (tmp_path / "a.yml").write_text(yaml.safe_dump({"medical_emergency": ["cannot breathe at all now"]}))
    vocabulary["learned"]["examples"] = ["a.yml"]
    path = tmp_path / "safety.yml"
    path.write_text(yaml.safe_dump(vocabulary))
    try:
        SafetyDetector.from_file(path)
    except ValueError as exc:
        assert "four kinds and 'none'" in str(exc)
    else:
        raise AssertionError("examples with one kind and no 'none' were accepted")
