"""Finding checklist concerns in what people write in their own words.

"cant pay the rent n im shattered" -> money_or_finance, housing, tiredness_or_fatigue. Two readers
look at the message, each clause and the whole:

1. phrases from content/checklist.yml, compared as lemmas after spelling is mended
   (frontdoor.checklist.words), so "worrying", "worried" and "worryin" all meet "worry";
2. a multi-label classifier trained at start-up on every item's phrases and examples (word and
   character n-grams, one logistic regression per item), for what is said in other words
   ("feeling queasy all the time from the tablets" -> eating_or_appetite).

A phrase found is always kept; the classifier adds items it is sure of, and, when nothing else was
found, its best guess if it is fairly sure. What neither finds is kept by the caller in the person's
words ("something else"). The bot reads the result back, so a wrong guess is seen and corrected.
"""

from __future__ import annotations

import re

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.preprocessing import MultiLabelBinarizer

from frontdoor.checklist.definition import Checklist, ChecklistItem
from frontdoor.checklist.words import Words

WORRY = "worry_fear_or_anxiety"
GENERIC_WORRY = {"worry", "concern", "stress"}
_DETERMINERS = {"the", "my", "our", "her", "his", "their", "a", "an", "all", "paying"}
SURE = 0.5  # the classifier adds an item to those the phrases found
FAIRLY_SURE = 0.3  # its best guess, when nothing else was found
_CLAUSE_BREAKS = {",", "and", "but", "also", "plus", "as", "because", "so", ".", ";", "too", "or"}


class ConcernReader:
    """Built once per checklist: lemma patterns per item and the trained classifier."""

    def __init__(self, checklist: Checklist) -> None:
        items = [i for i in checklist.items if not i.retired and i.offered]
        self.items = {i.id: i for i in items}
        vocabulary = {w for i in items for text in _texts(i) for w in re.findall(r"[a-z]+", text.lower())}
        self.words = Words(vocabulary)
        self.patterns: dict[str, list[tuple[str, ...]]] = {
            i.id: [tuple(self.words.lemmas(p)) for p in [*i.phrases, i.label] if p.strip()] for i in items
        }
        samples = [(" ".join(self.words.lemmas(text)), i.id) for i in items for text in _texts(i)]
        self.labels = MultiLabelBinarizer(classes=sorted(self.items))
        targets = self.labels.fit_transform([[item] for _, item in samples])
        self.model = make_pipeline(
            FeatureUnion(
                [
                    ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
                    ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)),
                ]
            ),
            OneVsRestClassifier(LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced")),
        )
        self.model.fit([text for text, _ in samples], targets)

    def find(self, text: str, allowed: set[str], limit: int) -> list[str]:
        """Item ids in the text, in the order they come, at most ``limit``, only from ``allowed``."""
        lemmas = self.words.lemmas(text)
        spans: dict[str, list[tuple[int, int]]] = {}
        for item_id, patterns in self.patterns.items():
            hits = [(p, p + len(pat)) for pat in patterns if (p := _position(lemmas, pat)) is not None]
            if hits and item_id in allowed:
                spans[item_id] = hits
        found = {
            item: min(start for start, _ in hits) for item, hits in spans.items() if not _inside(item, spans)
        }
        clauses = _clauses(lemmas)
        texts = [" ".join(words) for _, words in clauses] + [" ".join(lemmas)]
        scores = self.model.predict_proba(texts)
        for (start, _), row in zip(clauses, scores[:-1], strict=True):
            for index in np.flatnonzero(row >= SURE):
                item_id = self.labels.classes_[index]
                if item_id in allowed:
                    found.setdefault(item_id, start)
        _drop_worry_about_something_named(lemmas, found)
        if not found:
            best = int(np.argmax(scores[-1]))
            item_id = self.labels.classes_[best]
            if scores[-1][best] >= FAIRLY_SURE and item_id in allowed:
                found[item_id] = 0
        return [item_id for item_id, _ in sorted(found.items(), key=lambda kv: kv[1])][:limit]


def _drop_worry_about_something_named(lemmas: list[str], found: dict[str, int]) -> None:
    """ "money worries", "worried about the bills": the worry is the thing named right beside it, which
    is the concern; "worried sick about money" and "not sleeping for worrying" keep both."""
    at = found.get(WORRY)
    if at is None or lemmas[at] not in GENERIC_WORRY:
        return
    about = at + 1 < len(lemmas) and lemmas[at + 1] in ("about", "over")
    then = at + 3 if at + 2 < len(lemmas) and lemmas[at + 2] in _DETERMINERS else at + 2
    named = {pos for item, pos in found.items() if item != WORRY}
    if at - 1 in named or (about and then in named):
        del found[WORRY]


def _texts(item: ChecklistItem) -> list[str]:
    return [item.label, *item.phrases, *item.examples]


def _inside(item: str, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Every phrase of this item lies inside a longer phrase of another ("have kids" is fertility,
    not children): the longer phrase says what was meant."""
    return all(
        any(
            s <= start and end <= e and (e - s) > (end - start)
            for other, hits in spans.items()
            if other != item
            for s, e in hits
        )
        for start, end in spans[item]
    )


def _position(lemmas: list[str], pattern: tuple[str, ...]) -> int | None:
    width = len(pattern)
    return next((i for i in range(len(lemmas) - width + 1) if tuple(lemmas[i : i + width]) == pattern), None)


def _clauses(lemmas: list[str]) -> list[tuple[int, list[str]]]:
    """The message cut at commas and joining words: each part may raise a different concern."""
    parts: list[tuple[int, list[str]]] = []
    start, current = 0, []
    for index, lemma in enumerate(lemmas):
        if lemma in _CLAUSE_BREAKS:
            if current:
                parts.append((start, current))
            start, current = index + 1, []
        else:
            current.append(lemma)
    if current:
        parts.append((start, current))
    return parts or [(0, lemmas)]


_READERS: dict[int, tuple[Checklist, ConcernReader]] = {}


def reader_for(checklist: Checklist) -> ConcernReader:
    """One reader per loaded checklist (training takes about a second, so it is done once)."""
    cached = _READERS.get(id(checklist))
    if cached is None or cached[0] is not checklist:
        cached = _READERS[id(checklist)] = (checklist, ConcernReader(checklist))
    return cached[1]


def match_concerns(text: str, checklist: Checklist, role: str | None = None, limit: int = 5) -> list[str]:
    """Item ids mentioned in the text, first mention first, at most ``limit``."""
    allowed = {i.id for i in checklist.for_role(role) if i.offered}
    return reader_for(checklist).find(text, allowed, limit)


def pick_numbered(text: str, options: list[ChecklistItem]) -> list[str]:
    """Numbers typed against a numbered list ("1 and 4", "2,3") -> item ids."""
    picked = []
    for number in re.findall(r"\d+", text or ""):
        index = int(number) - 1
        if 0 <= index < len(options) and options[index].id not in picked:
            picked.append(options[index].id)
    return picked
