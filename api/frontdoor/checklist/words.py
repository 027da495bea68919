"""People's words made comparable: lower case, lemmas, and spelling slips mended.

"worrying about the bils, cant slep" -> "worry about the bill , can not sleep". Lemmas come from
spaCy's lookup lemmatiser (tables in the ``spacy-lookups-data`` package: no model download); a word
that is neither English nor in the checklist's own vocabulary is mended to the closest vocabulary word
when it is close enough (rapidfuzz), so "anxeity" and "tierd" are read as "anxiety" and "tired".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

import spacy
from rapidfuzz import fuzz, process
from spacy.language import Language

# How close a misspelling must be to a vocabulary word to be read as it (0-100), by word length.
_MIN_SCORE = {4: 86, 5: 80, 6: 80}
_LONG_SCORE = 78
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
# Text-speak that spelling distance cannot find.
_SHORTHAND = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "n": "and",
    "wiv": "with",
    "wot": "what",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "pls": "please",
    "plz": "please",
    "gd": "good",
    "thx": "thanks",
    "dunno": "do not know",
    "cant": "can not",
    "dont": "do not",
    "wont": "will not",
    "im": "i be",
    "ive": "i have",
    "isnt": "is not",
    "doesnt": "does not",
    "didnt": "did not",
    "couldnt": "could not",
    "m8": "mate",
    "2moro": "tomorrow",
    "nite": "night",
    "tho": "though",
    "v": "very",
    "b4": "before",
}


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """A blank English pipeline with the lookup lemmatiser: tokens and lemmas, nothing downloaded."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word form the lemma table knows, and its lemmas: what counts as a real word."""
    table = pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return frozenset(table.keys()) | frozenset(table.values())


class Words:
    """Lemmatises text and mends spelling against a vocabulary (the checklist's own words); ``shorthand``
    adds words a reader reads as others ("wi" as "with") to the shared text-speak table."""

    def __init__(self, vocabulary: Iterable[str], shorthand: Mapping[str, str] | None = None) -> None:
        self.vocabulary = sorted({w for w in vocabulary if len(w) >= 4 and w.isalpha()})
        self._english = english_words()
        self._shorthand = {**_SHORTHAND, **(shorthand or {})}

    def lemmas(self, text: str) -> list[str]:
        """The text's lemmas, lower case, with slips mended."""
        cleaned = (text or "").translate(_APOSTROPHES).lower()
        cleaned = re.sub(r"[^\w' ]", " , ", cleaned)
        words = [self._shorthand.get(word, word) for word in cleaned.split()]
        doc = pipeline()(" ".join(words))
        return [self._mend(token.text, token.lemma_.lower()) for token in doc if not token.is_space]

    def _mend(self, word: str, lemma: str) -> str:
        if len(word) < 4 or not word.isalpha() or word in self._english or lemma in self.vocabulary:
            return lemma
        found = process.extractOne(
            word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=_MIN_SCORE.get(len(word), _LONG_SCORE)
        )
        if found is None:
            return lemma
        return pipeline()(found[0])[0].lemma_.lower()
