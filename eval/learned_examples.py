"""The safety detector's learned reader also learns from blind rounds already tuned on.

A blind round measures what nobody wrote down only until its first run is reported; once the rules
have been tuned on it, its messages are worth more as examples. This writes them, the ordinary worries
of the tuned concerns rounds (hard look-alikes: "scared of dying", "the pain is killing me") and the
tuned rounds of people's everyday answers to ``content/safety_examples_tuned.yml``, which the detector
reads beside its own examples. The newest round stays out until its final run is reported, so its
figures stay those of unseen words; held-out sets never go in.

    python -m eval.learned_examples          # rewrite the file from TUNED_ROUNDS
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from eval.personas import load_personas

EVAL_DIR = Path(__file__).parent
BLIND = EVAL_DIR / "blind"
OUT = EVAL_DIR.parent / "content" / "safety_examples_tuned.yml"
KINDS = ("suicide_or_self_harm", "medical_emergency", "harm_or_abuse", "treatment_side_effect")
MIN_WORDS = 3  # shorter answers ("yes", a postcode) teach the reader nothing
# Rounds whose final run has been reported. Add a round here only after that.
TUNED_ROUNDS = ("", "_round2", "_round3", "_round4", "_round5", "_round6", "_round7", "_round8", "_round9")
HEADER = """\
# Written by `python -m eval.learned_examples`: do not edit by hand. The safety detector's learned
# reader trains on these beside safety_examples.yml: the messages of the blind rounds already tuned on
# (eval/blind/safety{first}.yml to safety{last}.yml) under the kind they were written for, or 'none'
# for a look-alike; the ordinary worries of the same concerns rounds and the answers of the same
# rounds of people (those the rules raise nothing on) as 'none'. Held-out sets and the newest round
# (until its final run is reported) are never here.
"""


def _items(name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((BLIND / f"{name}.yml").read_text(encoding="utf-8")) or []


def _persona_answers(name: str) -> Iterator[str]:
    for person in load_personas(BLIND / f"{name}.yml"):
        for said in person["says"].values():
            yield from (t for t in (said if isinstance(said, list) else [said]) if isinstance(t, str))
        yield from (str(aside["say"]) for aside in person.get("interjections") or [])


def _rules_only() -> Any:
    """The detector without its learned reader (never trained here): a persona's answer the rules raise
    anything on is left out of 'none' (an early round's person in crisis said so in their own words)."""
    from frontdoor.safety.detector import SafetyDetector, default_vocabulary_path

    path = default_vocabulary_path()
    vocabulary = yaml.safe_load(path.read_text(encoding="utf-8"))
    vocabulary.pop("learned")
    return SafetyDetector(vocabulary, path)


def examples(rounds: tuple[str, ...] = TUNED_ROUNDS) -> dict[str, list[str]]:
    """Each label's sentences, in round order, without repeats."""
    found: dict[str, dict[str, None]] = {label: {} for label in (*KINDS, "none")}
    for suffix in rounds:
        for item in _items(f"safety{suffix}"):
            label = item["kind"] if item["expect"] == "help" else "none"
            found[label][" ".join(item["text"].split())] = None
    for suffix in rounds:
        for item in _items(f"concerns{suffix}"):
            found["none"][" ".join(item["text"].split())] = None
    rules = _rules_only()
    for suffix in rounds:
        for said in _persona_answers(f"personas{suffix}"):
            text = " ".join(said.split())
            if len(text.split()) >= MIN_WORDS and not (a := rules.assess(text)).detections and not a.possible:
                found["none"][text] = None
    return {label: list(sentences) for label, sentences in found.items()}


def render(found: dict[str, list[str]], rounds: tuple[str, ...] = TUNED_ROUNDS) -> str:
    header = HEADER.format(first=rounds[0], last=rounds[-1])
    return header + yaml.safe_dump(found, allow_unicode=True, sort_keys=False, width=200)


def main() -> int:
    found = examples()
    OUT.write_text(render(found), encoding="utf-8")
    counts = {label: len(sentences) for label, sentences in found.items()}
    print(f"wrote {OUT.relative_to(EVAL_DIR.parent)}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
