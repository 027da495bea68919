"""Detection of crisis and red-flag messages, from the vocabulary in content/safety.yml.

It runs on every message, in the Rasa pipeline and anywhere else that needs it (the API, the SMS
safety net), beside (never instead of) the trained ``safety_alert`` intent. A message is read as words
and lemmas (``text``), matched against token patterns with optional and wildcard words (``patterns``),
two-part combinations in plain words and temperature readings; each alarm is then judged in its own
clause and sentence for negation, idiom, past-and-over, long ago and quoted instructions (``context``).
What remains is a clear risk, or only a possible one (indirect wording, long ago). When the rules find
nothing, the learned reader (``learned``) may suggest a possible risk, never a clear one: a statistical
guess alone may lead to a direct question, but never pages staff.

This module runs in both the bot env (Python 3.10, spaCy 3.4) and the app env, so it imports only the
standard library, spaCy (through ``frontdoor.checklist.words``), PyYAML, rapidfuzz and, optionally,
scikit-learn.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from frontdoor.safety.context import Context, Markers, Negation, Verdict
from frontdoor.safety.learned import LearnedReader, learned_reader
from frontdoor.safety.patterns import Match, Pattern, PatternSet, compile_pattern
from frontdoor.safety.text import Reader, Token
from frontdoor.yaml_text import read_yaml_file

KINDS = ("suicide_or_self_harm", "medical_emergency", "harm_or_abuse", "treatment_side_effect")
CLEAR = "clear"
POSSIBLE = "possible"
EXCERPT_LIMIT = 80
SELF = "self"
OTHER = "other"
# Who a risk is about: the person writing ("I", "me", "my pills") or someone else ("she", "my dad").
_SELF_WORDS = frozenset({"i", "me", "myself", "mine", "my"})
_OTHER_WORDS = frozenset({"he", "she", "him", "her", "himself", "herself", "his", "hers", "themselves"})
# "I think ...", "I am worried ...": the writer reporting, not the one at risk.
_REPORTING = frozenset({"think", "believe", "know", "reckon", "worry", "fear", "suspect", "guess", "hear"})
_REPORTING_STATE = frozenset({"worried", "scared", "afraid", "frightened", "concerned", "terrified"})
_ABOUT = frozenset({"about", "for", "that"})
# Just after a match, these say who it happens to ("scared he will kill me").
_OBJECTS = frozenset({"me", "myself", "him", "her", "himself", "herself"})
# Words of the people groups that do not say whose risk it is ("they leave my dad alone").
_VAGUE_PEOPLE = frozenset({"they", "someone", "somebody", "man", "woman", "family", "kids", "children"})
_NUMBER = re.compile(r"^(\d{2,3}(?:[.,]\d{1,2})?)(c|f|°c|°f|º|°)?$")
# Optional context lists (content/safety.yml) beyond the required ones: see ``Context``.
_MORE_CONTEXT = (
    "masked",
    "explained",
    "normal_question",
    "onset",
    "recurring",
    "dying",
    "plans",
    "now",
    "chronic",
    "acute",
    "breathing",
    "worried",
    "named_past",
    "poorly",
    "strain",
    "caring",
    "secret",
    "reluctant",
    "meant",
    "disclosed",
    "away",
    "away_while",
    "away_why",
    "raised",
    "voice_why",
    "afraid",
)
# A bare reading with a decimal in this range, in a message about treatment ("mine's 37.7"), is a
# temperature even without the word: nothing else people on chemo report reads like that.
_BARE_CELSIUS = (37.0, 42.0)


@dataclass(frozen=True)
class Detection:
    """One risk found: its kind, a short excerpt, the rule that fired, and how sure the detector is
    ("clear": help now; "possible": the message only suggests it, so the conversation asks directly)."""

    kind: str
    excerpt: str
    rule: str
    certainty: str = CLEAR
    about: str = SELF  # "other" when the risk is someone else's ("my dad says he wants to die")


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


def _require(
    data: dict[str, Any], key: str, kind: type | tuple[type, ...], path: Path, where: str = ""
) -> Any:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, kind):
        expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ValueError(f"{path}: {where}{key}: missing or not a {expected}")
    return value


def _strings(value: Any, path: Path, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError(f"{path}: {where}: must be a list of patterns")
    return value


def _pattern_words(sources: Iterable[str]) -> set[str]:
    return {w for source in sources for part in source.split() for w in part.rstrip("?").split("|")}


@dataclass(frozen=True)
class _Combination:
    kind: str
    name: str
    parts: int
    certainty: str
    # Parts that name a cause, not a sign ("radiotherapy to my spine last year"): a cause long ago is
    # still a cause, so these are judged only for negation and idiom, never for past or long ago.
    background: frozenset[int] = frozenset()


@dataclass
class _Found:
    clear: dict[str, Detection] = field(default_factory=dict)
    possible: dict[str, Detection] = field(default_factory=dict)
    ruled_out: set[str] = field(default_factory=set)

    def add(self, detection: Detection) -> None:
        bucket = self.clear if detection.certainty == CLEAR else self.possible
        bucket.setdefault(detection.kind, detection)


def _disjoint(options: list[list[tuple[int, int]]], chosen: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One span per part, no two overlapping ("face drooping" and "arm gone weak" are two signs, not one
    said twice), or [] when there is no such choice."""
    if not options:
        return chosen
    for span in options[0]:
        if all(span[1] <= s or e <= span[0] for s, e in chosen):
            found = _disjoint(options[1:], [*chosen, span])
            if found:
                return found
    return []


def _overlaps(match: Match, spans: list[tuple[int, int]]) -> bool:
    return any(s < match.end and match.start < e for s, e in spans)


class SafetyDetector:
    def __init__(self, vocabulary: dict[str, Any], path: Path, base_dir: Path | None = None) -> None:
        groups = _require(vocabulary, "groups", dict, path)
        patterns = _require(vocabulary, "patterns", dict, path)
        combinations = _require(vocabulary, "combinations", dict, path)
        context = _require(vocabulary, "context", dict, path)
        benign = _strings(_require(vocabulary, "benign", list, path), path, "benign")
        for kind in [*patterns, *combinations]:
            if kind not in KINDS:
                raise ValueError(f"{path}: {kind}: unknown kind (use one of {', '.join(KINDS)})")
        sources = [*benign, *(w for g in groups.values() for w in g)]
        for kind, tiers in patterns.items():
            for tier in (CLEAR, POSSIBLE):
                sources += _strings(
                    _require(tiers, tier, list, path, f"patterns.{kind}."), path, f"patterns.{kind}.{tier}"
                )
        for rules in combinations.values():
            sources += [p for rule in rules for part in rule.get("parts", []) for p in part]
        possessed = {
            w
            for key in ("person", "close", "back", "legs", "body", "belongings")
            for w in groups.get(key, [])
        }
        self.reader = Reader(
            (w for w in _pattern_words(sources) if not w.startswith(("$", "*"))), possessed=possessed
        )

        def compiled(items: list[str], label: str, where: str) -> list[Pattern]:
            out = []
            for i, source in enumerate(items):
                try:
                    out.append(compile_pattern(source, label, groups, self.reader.lemma))
                except ValueError as exc:
                    raise ValueError(f"{path}: {where}[{i}]: {exc}") from exc
            return out

        alarms: list[Pattern] = []
        for kind, tiers in patterns.items():
            for tier in (CLEAR, POSSIBLE):
                alarms += compiled(tiers[tier], f"{kind}|{tier}", f"patterns.{kind}.{tier}")
        self.alarms = PatternSet(alarms)
        self.combinations: list[_Combination] = []
        parts: list[Pattern] = []
        for kind, rules in combinations.items():
            for r, rule in enumerate(rules):
                where = f"combinations.{kind}[{r}]"
                name = _require(rule, "name", str, path, f"{where}.")
                rule_parts = _require(rule, "parts", list, path, f"{where}.")
                index = len(self.combinations)
                certainty = rule.get("certainty", CLEAR)
                if certainty not in (CLEAR, POSSIBLE):
                    raise ValueError(f"{path}: {where}.certainty: clear or possible")
                background = rule.get("background", [])
                if not isinstance(background, list) or not all(
                    isinstance(b, int) and 0 <= b < len(rule_parts) for b in background
                ):
                    raise ValueError(f"{path}: {where}.background: a list of part numbers")
                self.combinations.append(
                    _Combination(kind, name, len(rule_parts), certainty, frozenset(background))
                )
                for p, part in enumerate(rule_parts):
                    parts += compiled(
                        _strings(part, path, f"{where}.parts[{p}]"), f"{index}|{p}", f"{where}.parts"
                    )
        self.parts = PatternSet(parts)

        def marker_set(key: str) -> PatternSet:
            items = _strings(_require(context, key, list, path, "context."), path, f"context.{key}")
            return PatternSet(compiled(items, key, f"context.{key}"))

        negation = Negation(
            frozenset(_require(context, "negations", list, path, "context.")),
            frozenset(_require(context, "negation_exceptions", list, path, "context.")),
            frozenset(_require(context, "negation_stops", list, path, "context.")),
            int(_require(context, "negation_reach", int, path, "context.")),
        )
        self.context = Context(
            negation,
            PatternSet(compiled(benign, "benign", "benign")),
            marker_set("past"),
            marker_set("resolved"),
            marker_set("history"),
            marker_set("hypothetical"),
            marker_set("hypothetical_after"),
            marker_set("asked"),
            marker_set("denied"),
            frozenset(_require(context, "not_over_after", list, path, "context.")),
            *(marker_set(key) if key in context else None for key in ("again", "unborn", "transient")),
            {key: marker_set(key) for key in _MORE_CONTEXT if key in context},
        )
        temperature = _require(vocabulary, "temperature", dict, path)
        self.temp_words = set(_require(temperature, "words", list, path, "temperature."))
        self.celsius_from = float(_require(temperature, "celsius_from", (int, float), path, "temperature."))
        self.fahrenheit_from = float(
            _require(temperature, "fahrenheit_from", (int, float), path, "temperature.")
        )
        self.window = int(_require(temperature, "window_tokens", int, path, "temperature."))
        self.treatment_words = {w.lower() for w in groups.get("treatment", [])}
        self.not_a_reading = {w.lower() for w in temperature.get("not_a_reading", [])}
        self.units_after = {w.lower() for w in temperature.get("units_after", [])}
        self.ignore_near = {w.lower() for w in temperature.get("ignore_near", [])}
        self.model_cues = {w.lower() for w in _require(vocabulary, "model_cues", list, path)}
        self.people = {
            w for key in ("person", "close") for w in groups.get(key, []) if w not in _VAGUE_PEOPLE
        }
        self.learned = self._learned(vocabulary.get("learned"), path, base_dir or path.parent)
        naming = (vocabulary.get("learned") or {}).get("treatment_only")
        self.treatment_only: frozenset[str] = frozenset()
        if naming is not None:
            words = [*_strings(naming, path, "learned.treatment_only"), *groups.get("treatment", [])]
            self.treatment_only = frozenset(w.lower() for w in words)

    @staticmethod
    def _learned(config: Any, path: Path, base_dir: Path) -> LearnedReader | None:
        if config is None:
            return None
        if "clear_from" in config:
            raise ValueError(
                f"{path}: learned.clear_from: the learned reader only asks; a clear risk needs a rule"
            )
        named = _require(config, "examples", (str, list), path, "learned.")
        examples: dict[str, list[str]] = {}
        for name in [named] if isinstance(named, str) else _strings(named, path, "learned.examples"):
            examples_file = base_dir / name
            try:
                found = read_yaml_file(examples_file)
            except (OSError, yaml.YAMLError) as exc:
                raise ValueError(f"{path}: learned.examples: {examples_file} cannot be read ({exc})") from exc
            if not isinstance(found, dict) or set(found) - {*KINDS, "none"}:
                raise ValueError(f"{examples_file}: needs kinds and 'none', each a list of sentences")
            for label, sentences in found.items():
                examples.setdefault(label, []).extend(_strings(sentences, examples_file, label))
        if "none" not in examples or set(KINDS) - set(examples):
            raise ValueError(f"{path}: learned.examples: needs sentences for the four kinds and 'none'")
        return learned_reader(
            examples,
            float(_require(config, "possible_from", (int, float), path, "learned.")),
            int(_require(config, "min_words", int, path, "learned.")),
        )

    @classmethod
    def from_file(cls, path: str | Path, base_dir: str | Path | None = None) -> SafetyDetector:
        """The detector from a vocabulary file; files it names (the learned reader's examples) are read
        from ``base_dir``, by default the vocabulary's own folder."""
        path = Path(path)
        try:
            data = read_yaml_file(path)
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"{path}: cannot be read as YAML ({exc})") from exc
        return cls(data, path, Path(base_dir) if base_dir else None)

    @staticmethod
    def _excerpt(tokens: list[Token], start: int, end: int) -> str:
        return " ".join(t.text for t in tokens[max(0, start - 4) : min(len(tokens), end + 4)])[:EXCERPT_LIMIT]

    def _temperature(self, tokens: list[Token]) -> tuple[Match | None, bool]:
        """A high reading, if any; and whether a normal reading was seen (which overrides "a temp")."""
        words = [t.text for t in tokens]
        treated = any(t.text in self.treatment_words or t.lemma in self.treatment_words for t in tokens)
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
            named = unit or self.temp_words.intersection(near)
            if not named and not self._bare_reading(match, treated, near, following):
                continue
            if self.ignore_near.intersection(near) or " ".join(near) in self.ignore_near:
                normal_seen = True  # a reading about something else: not an alarm for the model either
                continue
            fahrenheit = unit == "f" or (unit != "c" and value >= 90)
            high = value >= self.fahrenheit_from if fahrenheit else value >= self.celsius_from
            plausible = 90 <= value <= 110 if fahrenheit else 34 <= value <= 44
            if high and plausible:
                reading = Pattern("temperature", "treatment_side_effect|clear", ())
                return Match(reading, i, i + 1), False
            normal_seen = normal_seen or plausible
        return None, normal_seen or "normal" in words

    def _bare_reading(self, match: re.Match[str], treated: bool, near: list[str], following: str) -> bool:
        """A decimal reading in the fever range with no word for it, in a message about treatment, that
        is not a rule or a limit quoted ("the 37.5 rule") nor followed by another unit."""
        text = match.group(1)
        if not treated or not any(c in text for c in ".,") or following in self.units_after:
            return False
        value = float(text.replace(",", "."))
        return _BARE_CELSIUS[0] <= value <= _BARE_CELSIUS[1] and not self.not_a_reading.intersection(near)

    def _judged(
        self,
        tokens: list[Token],
        match: Match,
        kind: str,
        certainty: str,
        markers: Markers,
        found: _Found,
        rule: str,
    ) -> bool:
        verdict = self.context.judge(tokens, match, kind, markers)
        if verdict is Verdict.RULED_OUT:
            found.ruled_out.add(kind)
            return False
        about = self._about(tokens, match.start, match.end)
        if verdict is Verdict.POSSIBLE and about == OTHER and tokens[match.start].sentence in markers.history:
            # Someone else's, long ago ("my uncle took his own life years ago"): family history, not
            # a risk now; the writer's own long-ago thoughts or abuse are still worth asking about.
            found.ruled_out.add(kind)
            return False
        if verdict is Verdict.POSSIBLE:
            certainty = POSSIBLE
        sentence = tokens[match.start].sentence
        if kind == KINDS[0] and certainty == POSSIBLE and about == OTHER and sentence in markers.dying:
            # Farewells and acceptance from someone at the end of life ("she's been saying goodbye,
            # she's on end of life care"): expected, not a hint of suicide; a clear wish still counts.
            found.ruled_out.add(kind)
            return False
        if (
            kind == KINDS[1]
            and certainty == POSSIBLE
            and sentence in markers.chronic
            and not markers.acute
            and _overlaps(match, markers.breathing)
        ):
            # Breathing as it has long been, in its sentence ("breathing is bad, I have COPD", "getting
            # worse, he's on oxygen at night now"): the checklist's breathing, not an emergency to ask
            # about; a change said anywhere ("since this morning", "worse than usual") still is, and
            # so is any other sign (blue lips, confusion) beside a lung condition.
            found.ruled_out.add(kind)
            return False
        ordinary = {KINDS[0]: markers.strain, KINDS[2]: [*markers.secret, *markers.loud]}.get(kind, [])
        if certainty == POSSIBLE and _overlaps(match, ordinary):
            # A carer at the end of their tether, in a message that says they care for someone ("I look
            # after Margaret. It's me that's at the end of my tether"): tiredness. A referral kept from
            # the person it is for, who would not want a fuss ("she doesn't know I'm doing this, she'd
            # say she doesn't want a fuss"): their reluctance, not someone to be afraid of. Shouting
            # explained by deafness or noise, no one afraid ("she shouts from upstairs, she can't
            # hear"): a raised voice, not abuse.
            found.ruled_out.add(kind)
            return False
        if kind == KINDS[1] and _overlaps(match, markers.breathing) and sentence in markers.worried:
            # Breath taken away by worry, said so in its sentence ("I can't breathe for a week before
            # every scan with worry"): the checklist's worry and breathing, not a call to 999.
            found.ruled_out.add(kind)
            return False
        if kind == KINDS[1] and not markers.acute and _overlaps(match, markers.named_past):
            # Someone's past stroke named to say who they are ("my husband Ken who had a stroke"),
            # with nothing in the message saying it is now ("this morning", "suddenly").
            found.ruled_out.add(kind)
            return False
        if (
            kind == KINDS[3]
            and certainty == POSSIBLE
            and sentence in markers.dying
            and _overlaps(match, markers.poorly)
        ):
            # Very poorly at the end of life ("she's very poorly now, the hospice nurse comes"): expected,
            # and the hospice team's to see to; not a hint of a treatment side effect to ask about.
            found.ruled_out.add(kind)
            return False
        if kind == KINDS[0] and certainty == POSSIBLE and sentence in markers.plans:
            # Planning for one's own end of life in the same sentence ("letters for the kids to open when
            # they're older, the hospice nurse suggested it"): care planning, not a hint of suicide.
            found.ruled_out.add(kind)
            return False
        excerpt = self._excerpt(tokens, match.start, match.end)
        found.add(Detection(kind, excerpt, rule, certainty, about))
        return True

    def _whose(self, tokens: list[Token], i: int) -> str | None:
        """SELF or OTHER when token ``i`` says whose the risk is, else None. "my" before a person ("my
        dad") gives way to that person; "I think", "I'm worried about" report someone else's risk."""
        word = tokens[i].text
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if word in self.people or word in _OTHER_WORDS:
            return OTHER
        if word not in _SELF_WORDS:
            return None
        if word == "my" and following is not None and following.text in self.people:
            return None
        if word == "i" and following is not None:
            if following.lemma in _REPORTING:
                return None
            state = tokens[i + 2 : i + 4] if following.lemma in {"be", "am"} else []
            if len(state) == 2 and state[0].text in _REPORTING_STATE and state[1].text in _ABOUT:
                return None
        return SELF

    def _about(self, tokens: list[Token], start: int | None = None, end: int | None = None) -> str:
        """Whose risk a match (``start``..``end``) is: a word inside it or the object just after it
        ("kill himself", "hits me", "he will kill me"), else the nearest one before it in its
        sentence, else after it. Without a match (the learned reader), the message's words are
        counted, a tie going to the writer."""
        if start is None or end is None:
            votes = [w for i in range(len(tokens)) if (w := self._whose(tokens, i))]
            return OTHER if votes.count(OTHER) > votes.count(SELF) else SELF
        clause = tokens[end - 1].clause
        objects = [
            i
            for i in range(end, min(end + 2, len(tokens)))
            if tokens[i].clause == clause and tokens[i].text in _OBJECTS
        ]
        inside = {self._whose(tokens, i) for i in [*range(start, end), *objects]}
        if SELF in inside or OTHER in inside:
            return SELF if SELF in inside else OTHER
        sentence = tokens[start].sentence
        before = range(start - 1, -1, -1)
        after = range(end, len(tokens))
        for order in (before, after):
            for i in order:
                if tokens[i].sentence != sentence:
                    break
                whose = self._whose(tokens, i)
                if whose:
                    return whose
        return SELF

    def assess(self, text: str) -> Assessment:
        tokens = self.reader.read(text)
        if not tokens:
            return Assessment([], False)
        alarms = self.alarms.find(tokens)
        part_matches = self.parts.find(tokens)
        high, normal = self._temperature(tokens)
        said = [m for m in self._whole(part_matches) if not self.context.negation.negates(tokens, m.start)]
        markers = self.context.markers(tokens, [*alarms, *said, *([high] if high else [])])
        found = _Found()
        for match in sorted(alarms, key=lambda m: m.pattern.label.endswith(POSSIBLE)):
            kind, certainty = match.pattern.label.split("|")
            self._judged(tokens, match, kind, certainty, markers, found, f"pattern:{match.pattern.source}")
        if high:
            self._judged(tokens, high, "treatment_side_effect", CLEAR, markers, found, "temperature")
        elif normal:
            found.ruled_out.add("treatment_side_effect")
            for bucket in (found.clear, found.possible):
                if "temp" in getattr(bucket.get("treatment_side_effect"), "rule", ""):
                    del bucket["treatment_side_effect"]
        self._combine(tokens, part_matches, markers, found)
        if self.learned is not None and not self._idiom_only(tokens, markers):
            self._learn(tokens, found, markers)
        has_cue = bool(self.model_cues.intersection(w for t in tokens for w in (t.text, t.lemma)))
        clear = [found.clear[k] for k in KINDS if k in found.clear]
        possible = [found.possible[k] for k in KINDS if k in found.possible and k not in found.clear]
        return Assessment(clear, bool(found.ruled_out), has_cue, possible)

    def _whole(self, matches: list[Match]) -> list[Match]:
        """The part matches of combinations with every part in the message: a lone part ("done", "more")
        says nothing, so it must not hide a marker it overlaps ("she's doing great now")."""
        seen: dict[int, set[int]] = {}
        for match in matches:
            index, part = (int(x) for x in match.pattern.label.split("|"))
            seen.setdefault(index, set()).add(part)
        whole = {i for i, parts in seen.items() if len(parts) == self.combinations[i].parts}
        return [m for m in matches if int(m.pattern.label.split("|")[0]) in whole]

    def _combine(self, tokens: list[Token], matches: list[Match], markers: Any, found: _Found) -> None:
        standing: dict[int, dict[int, list[tuple[int, int]]]] = {}
        # A lone part ruled out ("don't tell my son") says nothing of its combination's kind: only a
        # combination with every part in the message has alarm words to rule out.
        whole = {id(m) for m in self._whole(matches)}
        for match in matches:
            index, part = (int(x) for x in match.pattern.label.split("|"))
            kind = self.combinations[index].kind
            if part in self.combinations[index].background:
                verdict = Verdict.STANDS if self.context.said(tokens, match, markers) else Verdict.RULED_OUT
            else:
                verdict = self.context.judge(tokens, match, kind, markers)
            if verdict is Verdict.STANDS:
                standing.setdefault(index, {}).setdefault(part, []).append((match.start, match.end))
            elif id(match) in whole:
                found.ruled_out.add(kind)
        for index, parts in standing.items():
            combination = self.combinations[index]
            if len(parts) < combination.parts:
                continue
            spans = _disjoint([parts[p] for p in range(combination.parts)], [])
            if spans:
                excerpt = " + ".join(self._excerpt(tokens, s, e) for s, e in sorted(spans))[:EXCERPT_LIMIT]
                first = min(spans)
                found.add(
                    Detection(
                        combination.kind,
                        excerpt,
                        f"combination:{combination.name}",
                        combination.certainty,
                        self._about(tokens, *first),
                    )
                )

    def _idiom_only(self, tokens: list[Token], markers: Markers) -> bool:
        """Whether an everyday saying holds the message's alarm words ("I'd die for a decent night's
        sleep"): the rules set those aside, so the learned reader must not read them back in."""
        return any(
            t.text in self.model_cues or t.lemma in self.model_cues
            for b in markers.benign
            for t in tokens[b.start : b.end]
        )

    def _learn(self, tokens: list[Token], found: _Found, markers: Markers) -> None:
        """The learned reader's guess when the rules found nothing and ruled nothing out: a possible risk
        however sure it is (the direct question, with the numbers); only a rule makes a risk clear. A
        message that plans for the end of life (``plans``: "funeral plans", "where I die") or says the
        writer is away at a named time (``away``: "won't be here on Tuesday") is not read as a hint of
        suicide: the reader, trained on talk of dying and not being here, takes one for the other. A
        raised voice explained by deafness or noise, with no one afraid (``loud``), is not read as
        abuse."""
        if found.clear or found.possible or found.ruled_out:
            return  # the rules saw alarm words and judged them (negated, idiom, over): trust that
        sentences: dict[int, list[str]] = {}
        for token in tokens:
            sentences.setdefault(token.sentence, []).append(token.text)
        whole = " ".join(t.text for t in tokens)
        parts = [" ".join(words) for words in sentences.values()] if len(sentences) > 1 else []
        guess = self.learned.read(whole, parts) if self.learned else None
        if guess is None:
            return
        kind, probability = guess
        if kind == "treatment_side_effect" and self._names_treatment_only(tokens):
            return
        if kind == KINDS[0] and (markers.plans or markers.away):
            return
        if kind == KINDS[2] and markers.loud:
            return
        excerpt = " ".join(t.text for t in tokens)[:EXCERPT_LIMIT]
        found.add(Detection(kind, excerpt, f"learned:{probability:.2f}", POSSIBLE, self._about(tokens)))

    def _names_treatment_only(self, tokens: list[Token]) -> bool:
        """Whether the message only names the treatment and when ("he is having chemo and
        immunotherapy", "radiotherapy first then chemo"): the learned reader, trained on side effects
        that nearly all name a treatment, reads the treatment's name alone as one; there is no symptom."""
        words = self.treatment_only
        return bool(words) and all(
            t.text in words or t.lemma in words or not any(c.isalpha() for c in t.text) for t in tokens
        )

    def detect(self, text: str) -> list[Detection]:
        """What the message clearly raises, most serious first, at most one detection per kind."""
        return self.assess(text).detections


@lru_cache(maxsize=4)
def detector_for(path: str) -> SafetyDetector:
    """One detector per vocabulary file in a process: loading it reads the word tables and trains the
    learned reader, so every part of the API that reads texts shares it."""
    return SafetyDetector.from_file(path)
