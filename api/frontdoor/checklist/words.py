"""People's words made comparable: lower case, lemmas, and spelling slips mended.

"worrying about the bils, cant slep" -> "worry about the bill , can not sleep". Lemmas come from
spaCy's lookup lemmatiser (tables in the ``spacy-lookups-data`` package: no model download); a word
that is neither English nor in the checklist's own vocabulary is mended to the closest vocabulary word
when it is close enough (rapidfuzz), so "anxeity" and "tierd" are read as "anxiety" and "tired".
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import spacy
import spacy_lookups_data
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
    "wat": "what",
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
    "sum1": "someone",
    "some1": "someone",
    "any1": "anyone",
    "every1": "everyone",
    "no1": "no one",
    # Greetings in other languages, which spelling mending would otherwise read as English words
    # ("salam" as "salah", a prayer).
    "salam": "hello",
    "salaam": "hello",
    "assalamualaikum": "hello",
    "namaste": "hello",
    "shalom": "hello",
    "hola": "hello",
    "czesc": "hello",
}


def _kept(character: str) -> bool:
    """Letters, digits, apostrophes and spaces, and the marks that are part of letters in scripts such
    as Bengali; anything else (punctuation) is a clause break."""
    return character.isalnum() or character in "' " or unicodedata.category(character).startswith("M")


# Words the lookup table lemmatises wrongly: "does" as "doe" (a deer), "were" as "where", "worse" and
# "worst" as "wrong", "should" as "hold", "ought" as "think", "stuck" as "stick" (a walking stick), and
# "as" as "a" ("as well" read as "a good", which says all is well), and "housing" as "house" (so any house
# named in passing read as a housing problem), "number" as "numb" ("text this number" read as
# numbness), "broke" as "break" (so "skint and broke" could not be told from "broke my wrist"), and
# "wound" as "wind" (a wound that has opened read as wind). Words for who someone is ("trans", "enby")
# are kept as written, never mended into other words ("trans" as "train").
_LEMMA_FIXES = {
    "unless": "unless",  # not in the word table, and was mended into "useless" or "little"
    "does": "do",
    "were": "be",
    "worse": "worse",
    "worst": "worst",
    "should": "should",
    "ought": "ought",
    "stuck": "stuck",
    "as": "as",
    "housing": "housing",
    "number": "number",
    "broke": "broke",
    "wound": "wound",
    "wounds": "wound",
    "lang": "long",  # Scots "sat ower lang" was mended into Romanian "plang" (cry)
    "feed": "feed",  # "nobody to feed him" (the cat) was read as "fee"
    "feeds": "feed",
    "trans": "trans",
    "enby": "enby",
    "nonbinary": "nonbinary",
    "lgbt": "lgbt",
    "lgbtq": "lgbtq",
}

# The first halves of "can't", "won't", "shan't" as the tokenizer splits them ("ca", "wo", "sha").
_CLIPPED = {"ca": "can", "wo": "will", "sha": "shall"}


def _before_not(tokens: list, index: int) -> bool:
    return (
        tokens[index].text in _CLIPPED
        and index + 1 < len(tokens)
        and tokens[index + 1].lemma_.lower() == "not"
    )


_REPEATS = re.compile(r"([a-z])\1{2,}")


def _squeezed(word: str) -> str:
    """ "sooooo", "tiiired": a letter typed three or more times for stress counts twice (spelling
    mending takes it from there)."""
    return _REPEATS.sub(r"\1\1", word)


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


@lru_cache(maxsize=1)
def _base_words() -> tuple[frozenset[str], dict[str, list[list[str]]]]:
    """The base forms of English nouns, verbs, adjectives and adverbs (spaCy's rule lemmatiser tables,
    from WordNet) and the suffix rules that reach them."""
    base = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(base / "en_lemma_index.json.gz", "rt", encoding="utf-8") as index:
        words = frozenset(w for group in json.load(index).values() for w in group)
    with gzip.open(base / "en_lemma_rules.json.gz", "rt", encoding="utf-8") as rules:
        return words, json.load(rules)


def is_english(word: str) -> bool:
    """A real English word: in the lemma table, a base form, or a base form with a regular ending
    ("sorted", "refused", "instead", "appealing"), so it is never "mended" into another word."""
    if word in english_words():
        return True
    words, rules = _base_words()
    return (
        word in words
        or any(
            word.endswith(old) and word[: len(word) - len(old)] + new in words
            for group in rules.values()
            for old, new in group
        )
        or _doubled_stem(word) in words
    )


def _doubled_stem(word: str) -> str:
    """ "skipping" -> "skip", "stopped" -> "stop": a verb that doubles its last consonant before "-ing"
    or "-ed", which the suffix rules do not undo."""
    for ending in ("ing", "ed"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            return stem[:-1]
    return ""


def _undoubled(word: str, lemma: str) -> str:
    """ "forgeting" -> "forget": a verb that doubles its last consonant before "-ing" or "-ed", typed
    without the doubling. The suffix rules take "forget" + "ing" for a word, so it is mended here: only
    a word the lemmatiser left as it is, whose doubled form it reads as the stem. The lemma, or ""."""
    if lemma != word:
        return ""
    for ending in ("ing", "ed"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou":
            doubled = pipeline()(stem + stem[-1] + ending)[0].lemma_.lower()
            if doubled == stem:
                return doubled
    return ""


# After a number, words that show it counts something ("2 weeks", "4 stone", "our 2 lads"): then it is a
# number, not text-speak for "to" or "for"; so do plurals without an s and rooms ("4 children", "a 2
# bedroom flat").
_UNITS = frozenset(
    {"stone", "year", "yr", "hour", "hr", "day", "week", "month", "minute", "time", "bedroom", "bed", "room"}
    | {"children", "people", "men", "women", "grandchildren"}
)


def _counts(word: str, following: list[str]) -> bool:
    """ "2 lads", "4 weeks", "2 stone", "our 4 and 7 year old": a digit that counts the next word, or
    that is followed by another number ("4 and 7", "2 or 3"), is a number."""
    if not word.isdigit() or not following:
        return False
    if following[0] in ("and", "or", "to") and following[1:] and following[1].isdigit():
        return True
    return following[0] in _UNITS or following[0].endswith("s")


_H_WORDS = frozenset(
    {"he", "her", "him", "his", "hers", "here", "how", "have", "had", "has", "i", "it", "us"}
)


# Words written as they sound, by voice typing or in haste: "I don't no what", "weather we can go".
_NOT_WORDS = frozenset({"not", "dont", "didnt", "doesnt", "dinnae", "didnae", "divnt"})
_TOO_WORDS = frozenset(
    {
        "much",
        "many",
        "late",
        "tired",
        "bad",
        "hard",
        "long",
        "far",
        "weak",
        "sore",
        "ill",
        "big",
        "small",
        "heavy",
        "dear",
        "expensive",
        "scared",
        "frightened",
        "embarrassed",
        "proud",
        "busy",
    }
)
_BEFORE_TOO = frozenset(
    {
        "is",
        "it's",
        "be",
        "was",
        "i'm",
        "am",
        "are",
        "were",
        "all",
        "far",
        "way",
        "just",
        "getting",
        "get",
        "got",
        "feel",
        "feeling",
        "so",
    }
)
_WHETHER_AFTER = frozenset({"i", "we", "he", "she", "they", "it", "you", "my", "to", "or", "not"})


def _heard(word: str, before: str, following: list[str]) -> str:
    """ "dont no what I'm entitled to" is "don't know"; "weather we can still go" is "whether"; "it's all
    to much", "I'm to tired" are "too" (not "to low": "too low" would read as low mood)."""
    if word == "no" and (before in _NOT_WORDS or before.endswith(("n't", " not"))):  # not "want no more"
        return "know"
    if word == "to" and following and following[0] in _TOO_WORDS and before in _BEFORE_TOO:
        return "too"
    if word == "weather" and following and following[0].split("'")[0] in _WHETHER_AFTER:
        return "whether"
    return word


_LETTERS = re.compile(r"\b[A-Z]{2,}\b")  # "an MRI", "an NHS letter": letters, said with a vowel


def _spoken_and(word: str, following: list[str], letters: set[str]) -> bool:
    """ "an he's startin to get short with me", "an noo there's nothin": "an" before a word that no
    article "an" comes before (a consonant, not letters said as letters; "he", "her", "how" and the
    like; "I", "it", "us") is "and", as said."""
    if word != "an" or not following or not following[0][:1].isalpha():
        return False
    first = following[0].split("'")[0]  # "he's", "it's"
    if first in letters:
        return False
    return first in _H_WORDS or (first[0] not in "aeiouh" and not first.startswith(("eu", "one")))


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SENTENCE_ENDS = ".!?"


def _names(text: str) -> frozenset[str]:
    """Words written with a capital inside a sentence ("so our Kerry can work", "since Harold
    passed"), lower case: names, which are never mended into vocabulary words ("ferry", "hard")."""
    return frozenset(
        found.group().lower()
        for found in _CAPITALISED.finditer(text)
        if (before := text[: found.start()].rstrip()) and before[-1] not in _SENTENCE_ENDS
    )


_NO_ONE = re.compile(r"\b(no)-?(?=one\b)")
_ZERO_FOR_O = re.compile(r"(?<=[a-z])0(?=[a-z])")  # "m0ney": a zero typed for an "o" inside a word


_SWAP_LENGTH = 4  # longer words with two letters swapped are near enough for spelling distance


def _swapped(word: str, known: frozenset[str]) -> str:
    """The known word that ``word`` is with two letters side by side swapped back ("pian" is "pain",
    which spelling distance scores too low in a word so short), or ""."""
    if len(word) != _SWAP_LENGTH:
        return ""
    for at in range(1, len(word) - 1):
        candidate = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        if candidate != word and candidate in known:
            return candidate
    return ""


def _g_dropped(word: str) -> str:
    """The lemma of ``word`` written with the "g" of its "-ing" dropped ("wantin" is "want", which
    spelling distance would take for "anti"), or ""."""
    if len(word) >= 5 and word.endswith("in") and is_english(word + "g"):
        return pipeline()(word + "g")[0].lemma_.lower()
    return ""


def _apostrophe_left_out(word: str, lemma: str) -> bool:
    """ "memorys gone", "my familys": a word ending in -y with an "'s" typed without its apostrophe,
    which the lemma table does not know (it knows "days" and "boys")."""
    return lemma == word and len(word) >= 5 and word.endswith("ys") and word[:-1] in english_words()


class Words:
    """Lemmatises text and mends spelling against a vocabulary (the checklist's own words); ``shorthand``
    adds words a reader reads as others ("wi" as "with") to the shared text-speak table."""

    def __init__(self, vocabulary: Iterable[str], shorthand: Mapping[str, str] | None = None) -> None:
        self.vocabulary = sorted({w for w in vocabulary if len(w) >= 4 and w.isalpha()})
        self._known = frozenset(self.vocabulary)
        self._shorthand = {**_SHORTHAND, **(shorthand or {})}

    def lemmas(self, text: str) -> list[str]:
        """The text's lemmas, lower case, with slips mended."""
        return [lemma for _, lemma in self.read(text)]

    def read(self, text: str) -> list[tuple[str, str]]:
        """Each word as written (lower case, shorthand expanded) with its lemma, slips mended."""
        cleaned = _ZERO_FOR_O.sub("o", (text or "").translate(_APOSTROPHES).lower())
        cleaned = _NO_ONE.sub(r"\1 ", cleaned)  # "no-one", "noone": two words, as in "no one"
        cleaned = "".join(ch if _kept(ch) else " , " for ch in cleaned)
        written = [_squeezed(word.strip("'")) for word in cleaned.split() if word.strip("'")]
        words = [
            word if _counts(word, written[index + 1 : index + 3]) else self._shorthand.get(word, word)
            for index, word in enumerate(written)
        ]
        letters = {word.lower() for word in _LETTERS.findall(text or "")}
        words = [
            "and" if _spoken_and(word, words[i + 1 : i + 2], letters) else word
            for i, word in enumerate(words)
        ]
        words = [
            _heard(word, words[i - 1] if i else "", words[i + 1 : i + 2]) for i, word in enumerate(words)
        ]
        tokens = [token for token in pipeline()(" ".join(words)) if not token.is_space]
        names = _names(text or "")
        return [
            (
                token.text,
                _CLIPPED.get(token.text, token.lemma_.lower())
                if _before_not(tokens, index)
                else self._mend(token.text, token.lemma_.lower(), names),
            )
            for index, token in enumerate(tokens)
        ]

    def _mend(self, word: str, lemma: str, names: frozenset[str] = frozenset()) -> str:
        if word in _LEMMA_FIXES:
            return _LEMMA_FIXES[word]
        if _apostrophe_left_out(word, lemma) and word not in names:  # "my memorys shocking"
            return pipeline()(word[:-1])[0].lemma_.lower()
        if undoubled := _undoubled(word, lemma):  # "forgeting things"
            return undoubled
        if len(word) < 4 or not word.isalpha() or lemma in self.vocabulary or is_english(word):
            return lemma
        if word in names:
            return word
        if dropped_g := _g_dropped(word):  # "wantin", "stoppin": said without the g
            return dropped_g
        if swapped := _swapped(word, self._known):  # "pian": two letters typed the wrong way round
            return pipeline()(swapped)[0].lemma_.lower()
        found = process.extractOne(
            word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=_MIN_SCORE.get(len(word), _LONG_SCORE)
        )
        if found is None:
            return lemma
        return pipeline()(found[0])[0].lemma_.lower()
