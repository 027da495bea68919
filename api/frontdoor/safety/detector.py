"""Deterministic detection of crisis and red-flag messages, from the vocabulary in content/safety.yml.

It runs on every message, in the Rasa pipeline and anywhere else that needs it, beside (never
instead of) the trained ``safety_alert`` intent. It uses spaCy's tokenizer and PhraseMatcher with no
model download, plus number reading for temperatures, negation ("no chest pain") and benign phrases
("dying to know"). This module runs in both the bot env (Python 3.10, spaCy 3.4) and the app env, so
it imports only the standard library, spaCy and PyYAML.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
import yaml
from spacy.matcher import PhraseMatcher

KINDS = ("suicide_or_self_harm", "medical_emergency", "harm_or_abuse", "treatment_side_effect")
NEGATION_WINDOW = 3
EXCERPT_LIMIT = 80
_NUMBER = re.compile(r"^(\d{2,3}(?:[.,]\d{1,2})?)(c|f|°c|°f|º|°)?$")


@dataclass(frozen=True)
class Detection:
    """One risk found: its kind, a short excerpt, the rule that fired, and how sure the detector is
    ("clear": help now; "possible": the message only suggests it, so the conversation asks directly)."""

    kind: str
    excerpt: str
    rule: str
    certainty: str = "clear"


@dataclass(frozen=True)
class Assessment:
    """What a message raises, and whether the vocabulary saw alarm words it ruled out (negated,
    benign, a normal temperature): then the trained intent must not raise an alarm on its own; nor
    when the message has none of the ``model_cues`` words. ``possible`` holds what the message only
    suggests (certainty "possible", never a kind already in ``detections``)."""

    detections: list[Detection]
    ruled_out: bool
    has_cue: bool = False
    possible: list[Detection] = field(default_factory=list)


def default_vocabulary_path() -> Path:
    base = os.environ.get("FRONTDOOR_CONTENT_DIR") or os.environ.get("CONTENT_DIR")
    return (
        Path(base) / "safety.yml" if base else Path(__file__).resolve().parents[3] / "content" / "safety.yml"
    )


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped ("don't" -> "dont"), punctuation spaced out, spaces folded."""
    text = (text or "").lower().replace("’", "'").replace("‘", "'").replace("'", "")
    text = re.sub(r"(\d)\s*(?:degrees|deg)\b", r"\1 degrees", text)
    text = re.sub(r"[^\w.,°º/ ]", " ", text)
    text = re.sub(r"(?<!\d)[.,]|[.,](?!\d)", " ", text)
    return " ".join(text.split())


def _require(
    data: dict[str, Any], key: str, kind: type | tuple[type, ...], path: Path, where: str = ""
) -> Any:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, kind):
        expected = kind.__name__ if isinstance(kind, type) else "number"
        raise ValueError(f"{path}: {where}{key}: missing or not a {expected}")
    return value


class SafetyDetector:
    def __init__(self, vocabulary: dict[str, Any], path: Path) -> None:
        self.nlp = spacy.blank("en")
        phrases = _require(vocabulary, "phrases", dict, path)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for kind, items in phrases.items():
            if kind not in KINDS:
                raise ValueError(f"{path}: phrases.{kind}: unknown kind (use one of {', '.join(KINDS)})")
            if not isinstance(items, list) or not all(isinstance(p, str) and p for p in items):
                raise ValueError(f"{path}: phrases.{kind}: must be a list of phrases")
            self.matcher.add(kind, [self.nlp.make_doc(normalise(p)) for p in items])
        self.benign = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.benign.add(
            "benign", [self.nlp.make_doc(normalise(p)) for p in _require(vocabulary, "benign", list, path)]
        )
        # spaCy splits "dont" into "do" + "nt": the "nt" token carries the negation.
        self.negations = {normalise(n) for n in _require(vocabulary, "negations", list, path)} | {"nt"}
        temperature = _require(vocabulary, "temperature", dict, path)
        self.temp_words = set(_require(temperature, "words", list, path, "temperature."))
        self.celsius_from = float(_require(temperature, "celsius_from", (int, float), path, "temperature."))
        self.fahrenheit_from = float(
            _require(temperature, "fahrenheit_from", (int, float), path, "temperature.")
        )
        self.window = int(_require(temperature, "window_tokens", int, path, "temperature."))
        self.ignore_near = {normalise(w) for w in temperature.get("ignore_near", [])}
        self.model_cues = {normalise(w) for w in _require(vocabulary, "model_cues", list, path)}
        self.combinations: list[tuple[str, list[list[str]]]] = []
        for kind, rules in _require(vocabulary, "combinations", dict, path).items():
            for groups in rules:
                self.combinations.append((kind, [[normalise(p) for p in group] for group in groups]))

    @classmethod
    def from_file(cls, path: str | Path) -> SafetyDetector:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"{path}: cannot be read as YAML ({exc})") from exc
        return cls(data, path)

    def _negated(self, doc: Any, start: int) -> bool:
        return any(tok.text in self.negations for tok in doc[max(0, start - NEGATION_WINDOW) : start])

    def _excerpt(self, doc: Any, start: int, end: int) -> str:
        return doc[max(0, start - 4) : min(len(doc), end + 4)].text[:EXCERPT_LIMIT]

    def _phrases(self, doc: Any) -> tuple[list[Detection], bool]:
        benign = [(s, e) for _, s, e in self.benign(doc)]
        found = []
        ruled_out = bool(benign)
        for match_id, start, end in self.matcher(doc):
            if any(bs <= start < be or bs < end <= be for bs, be in benign) or self._negated(doc, start):
                ruled_out = True
                continue
            kind = self.nlp.vocab.strings[match_id]
            found.append(Detection(kind, self._excerpt(doc, start, end), f"phrase:{doc[start:end].text}"))
        return found, ruled_out

    def _temperature(self, doc: Any) -> tuple[list[Detection], bool]:
        """A high reading, if any; and whether a normal reading was seen (which overrides "a temp")."""
        words = [tok.text for tok in doc]
        normal_seen = False
        for i, word in enumerate(words):
            match = _NUMBER.match(word)
            if not match:
                continue
            value = float(match.group(1).replace(",", "."))
            unit = (match.group(2) or "").strip("°º")
            following = words[i + 1] if i + 1 < len(words) else ""
            if not unit and following in {"c", "f", "degrees", "°c", "°f"}:
                unit = following.strip("°")
            near = words[max(0, i - self.window) : i + self.window + 1]
            if not unit and not self.temp_words.intersection(near):
                continue
            if self.ignore_near.intersection(near) or " ".join(near) in self.ignore_near:
                normal_seen = True  # a reading about something else: not an alarm for the model either
                continue
            fahrenheit = unit == "f" or (unit != "c" and value >= 90)
            high = value >= self.fahrenheit_from if fahrenheit else value >= self.celsius_from
            plausible = 90 <= value <= 110 if fahrenheit else 34 <= value <= 44
            if high and plausible:
                return [
                    Detection("treatment_side_effect", self._excerpt(doc, i, i + 1), "temperature")
                ], False
            normal_seen = normal_seen or plausible
        return [], normal_seen or "normal" in words

    def _combinations(self, text: str) -> list[Detection]:
        padded = f" {text} "
        found = []
        for kind, groups in self.combinations:
            hits = [next((p for p in group if f" {p} " in padded), None) for group in groups]
            if all(hits):
                found.append(Detection(kind, " + ".join(h for h in hits if h)[:EXCERPT_LIMIT], "combination"))
        return found

    def assess(self, text: str) -> Assessment:
        normalised = normalise(text)
        if not normalised:
            return Assessment([], False)
        doc = self.nlp.make_doc(normalised)
        high, normal = self._temperature(doc)
        phrases, ruled_out = self._phrases(doc)
        if normal and not high:
            phrases = [d for d in phrases if d.kind != "treatment_side_effect" or "temp" not in d.rule]
        found = phrases + high + self._combinations(normalised)
        first: dict[str, Detection] = {}
        for detection in found:
            first.setdefault(detection.kind, detection)
        has_cue = bool(self.model_cues.intersection(tok.text for tok in doc))
        return Assessment(
            [first[kind] for kind in KINDS if kind in first], ruled_out or (normal and not high), has_cue
        )

    def detect(self, text: str) -> list[Detection]:
        """What the message raises, most serious first, at most one detection per kind."""
        return self.assess(text).detections
