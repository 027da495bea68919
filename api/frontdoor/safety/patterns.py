"""Token patterns over words and lemmas, written in plain text in content/safety.yml.

A pattern is words separated by spaces. Each word matches a token whose text or lemma is that word
(or that word's lemma), so "kill myself" also matches "killing myself" and "killed myself".

- ``a|b|c``: any of these words;
- ``$name``: any word of the group ``name`` (groups are lists in the vocabulary, such as ``$person``);
- a trailing ``?``: the word may be left out ("take all? my pill");
- a leading ``=``: that exact form only, not its lemma ("=gone" is not "going");
- ``*`` or ``*N``: up to 2 (or N) words of any kind, never punctuation ("think * end it").

Matching is indexed: a pattern is only tried when the message holds a word of its rarest required
position, so hundreds of patterns cost a few dictionary look-ups per message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from frontdoor.safety.text import CLAUSE_BREAKS, Token


@dataclass(frozen=True)
class Element:
    words: frozenset[str]  # empty for a gap
    optional: bool = False
    gap: int = 0
    exact: frozenset[str] = frozenset()  # words matched by their form only ("=come" is not "coming")


@dataclass(frozen=True)
class Pattern:
    source: str
    label: str
    elements: tuple[Element, ...]

    @property
    def anchor(self) -> frozenset[str]:
        required = [e.words for e in self.elements if e.words and not e.optional]
        return min(required, key=len) if required else frozenset()


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    start: int
    end: int  # exclusive


def compile_pattern(
    source: str, label: str, groups: Mapping[str, Iterable[str]], lemma: Callable[[str], str]
) -> Pattern:
    elements = []
    for part in source.split():
        if part.startswith("*"):
            elements.append(Element(frozenset(), True, int(part[1:] or 2)))
            continue
        optional = part.endswith("?")
        words: set[str] = set()
        exact: set[str] = set()
        for word in part.rstrip("?").split("|"):
            if word.startswith("$"):
                if word[1:] not in groups:
                    raise ValueError(f"unknown group {word} in pattern {source!r}")
                members = groups[word[1:]]
            else:
                members = [word]
            for member in members:
                if member.startswith("="):
                    exact.add(member[1:])
                    continue
                words.add(member)
                words.add(lemma(member))
        elements.append(Element(frozenset(words | exact), optional, exact=frozenset(exact - words)))
    if not any(e.words and not e.optional for e in elements):
        raise ValueError(f"pattern {source!r} needs at least one word that is not optional")
    return Pattern(source, label, tuple(elements))


class PatternSet:
    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.index: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            for word in pattern.anchor:
                self.index.setdefault(word, []).append(pattern)

    def find(self, tokens: list[Token]) -> list[Match]:
        candidates: dict[int, Pattern] = {}
        for token in tokens:
            for key in (token.text, token.lemma):
                for pattern in self.index.get(key, ()):
                    candidates[id(pattern)] = pattern
        found = []
        for pattern in candidates.values():
            start = 0
            while start < len(tokens):
                end = _match(pattern.elements, tokens, start)
                if end is not None and end > start:
                    found.append(Match(pattern, start, end))
                    start = end
                else:
                    start += 1
        return found


def _match(elements: tuple[Element, ...], tokens: list[Token], i: int) -> int | None:
    """The end of the longest match of ``elements`` at ``i``, or None."""
    if not elements:
        return i
    head, rest = elements[0], elements[1:]
    if head.gap:
        best = None
        for skip in range(head.gap + 1):
            if skip and (i + skip > len(tokens) or tokens[i + skip - 1].text in CLAUSE_BREAKS):
                break
            end = _match(rest, tokens, i + skip)
            if end is not None and (best is None or end > best):
                best = end
        return best
    if i < len(tokens) and (
        tokens[i].text in head.words or (tokens[i].lemma in head.words and tokens[i].lemma not in head.exact)
    ):
        end = _match(rest, tokens, i + 1)
        if end is not None:
            return end
    return _match(rest, tokens, i) if head.optional else None
