"""A message as the safety rules read it: tokens with lemmas, clause breaks, and spelling slips mended.

"I cant cope, hes burnin up after chemo" -> tokens "i can not cope , he is burn up after chemo" with
lemmas from spaCy's lookup tables (shared with the concerns reader in ``frontdoor.checklist.words``).
Contractions are expanded before apostrophes go, so "he'd" is "he would" and "we'll" is not "well".
A misspelled word is mended only to a word of the safety vocabulary, and never when it is a real
English word or looks like a name (a capital letter inside a sentence).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy_lookups_data
from rapidfuzz import fuzz, process

from frontdoor.checklist.words import _SHORTHAND, english_words, pipeline

# Tokens that end a clause: a negation or a quotation does not reach past them.
CLAUSE_BREAKS = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        "-",
        "(",
        ")",
        "but",
        "because",
        "cos",
        "coz",
        "though",
        "although",
        "however",
        "anyway",
    }
)
SENTENCE_BREAKS = frozenset({".", "!", "?", ";"})
_PRONOUN_IS = {"he", "she", "it", "that", "what", "there", "who", "where", "how", "this"}
_CONTRACTIONS = [
    (re.compile(r"\bcan'?t\b"), "can not"),
    (re.compile(r"\bcannot\b"), "can not"),
    (re.compile(r"\bwon'?t\b"), "will not"),
    (re.compile(r"\bshan'?t\b"), "shall not"),
    (re.compile(r"\bain'?t\b"), "is not"),
    (re.compile(r"(\w)n't\b"), r"\1 not"),
    (re.compile(r"\b(i|you|he|she|we|they|it|who|that)'d\b"), r"\1 would"),
    (re.compile(r"\b(\w+)'ll\b"), r"\1 will"),
    (re.compile(r"\b(\w+)'ve\b"), r"\1 have"),
    (re.compile(r"\b(\w+)'re\b"), r"\1 are"),
    (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"\bah'm\b"), "i am"),
    (re.compile(r"\b(\w+)'s\b"), lambda m: f"{m.group(1)} is" if m.group(1) in _PRONOUN_IS else m.group(1)),
]
# Text-speak and apostrophe-less contractions the concerns reader's table does not cover (or reads as
# lemmas, "im" -> "i be", where the safety rules need the words).
_SAFETY_SHORTHAND = {
    "im": "i am",
    "whats": "what is",
    "thats": "that is",
    "theres": "there is",
    "its": "it is",
    "ive": "i have",
    "id": "i would",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "youre": "you are",
    "wouldnt": "would not",
    "shouldnt": "should not",
    "wasnt": "was not",
    "werent": "were not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "aint": "is not",
    "cnt": "can not",
    "carnt": "can not",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "myslf": "myself",
    "meself": "myself",
    "myslef": "myself",
    "mysefl": "myself",
    "mysef": "myself",
    "bc": "because",
    "atm": "at the moment",
    "rn": "right now",
    "tbh": "to be honest",
    "idk": "i do not know",
    "nae": "no",
    "dinnae": "do not",
    "cannae": "can not",
    "canny": "can not",
    "wiv": "with",
    "wana": "want to",
    "wnt": "want",
    "lyf": "life",
    "pils": "pills",
    "tabs": "tablets",
    "tae": "to",
    "jist": "just",
    "mesel": "myself",
    "masel": "myself",
    "mysel": "myself",
    "himsel": "himself",
    "hersel": "herself",
    "oot": "out",
    "wud": "would",
    "sed": "said",
    "wif": "wife",
    "gonnae": "going to",
    "cannit": "can not",
    "owt": "anything",
    "nowt": "nothing",
    "feart": "scared",
    "febra": "fever",
    "feva": "fever",
    "bk": "back",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "penshun": "pension",
    "ma": "my",
    "mi": "my",
    "wor": "our",
    "o": "of",
    "an": "and",
    "tho": "though",
    "hart": "heart",
    "realy": "really",
    "reson": "reason",
    "sumtimes": "sometimes",
    "tonite": "tonight",
    "neebur": "neighbour",
    "hoose": "house",
    "doon": "down",
    "intae": "into",
    "ontae": "onto",
    "aw": "all",
    "yin": "one",
    "bairn": "child",
    "wean": "child",
    # Scots and Geordie: "ah'd rather be deid", "disnae", "didnae tell naebody", "gone aal muddled".
    "ah": "i",
    "ahd": "i would",
    "deid": "dead",
    "dae": "do",
    "disnae": "does not",
    "doesnae": "does not",
    "didnae": "did not",
    "wisnae": "was not",
    "naebody": "nobody",
    "av": "i have",
    "aal": "all",
    "roond": "round",
    "hert": "heart",
    "ony": "any",
    "gies": "gives",
    "arnt": "are not",
    "bout": "about",
    "abt": "about",
}
# "he'll" and "she'll" typed without the apostrophe read as "hell" and "shell": only before a verb.
_HE_WILL = re.compile(
    r"\b(he|she)ll\b(?=\s+(?:kill|hurt|hit|find|batter|beat|do|leave|take|throw|chuck|stab|get|go|smash|break))"
)
_SHORTHAND_ALL = {**_SHORTHAND, **_SAFETY_SHORTHAND}
# Drug names written with a hyphen ("co-codamol", "co-dydramol") are one word: a hyphen ends a clause.
_CO_PREFIX = re.compile(r"\bco-(?=[a-z])")
# The lookup table's lemma is wrong for the safety rules here ("dying" -> "dye", "better" -> "well").
_LEMMA_FIXES = {
    "dying": "die",
    "better": "better",
    "best": "best",
    "worse": "bad",
    "lying": "lie",
    "felt": "feel",
    "left": "leave",
    "pills": "pill",
    "meds": "med",
    "ended": "end",
    "wetting": "wet",
    "wetted": "wet",
    "spat": "spit",
    "gone": "go",
    "shaking": "shake",
}
_MIN_SCORE = {5: 80, 6: 80}
_LONG_SCORE = 78


# A word this common in spaCy's web word-frequency table (log probability) is real English or a name
# ("since" -7.6, "Sharon" -16.7), never a slip to mend; rarer ones are mostly slips ("sucidal" -18.4).
_REAL_WORD_FROM = -17.5
_NEAR_MISS = 92


@lru_cache(maxsize=1)
def real_words() -> frozenset[str]:
    """The lemma table's words, and every word of the frequency table common enough to be real."""
    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        probabilities = json.load(handle)
    common = (w for w, p in probabilities.items() if p >= _REAL_WORD_FROM and w.isalpha())
    return english_words() | frozenset(common)


@dataclass(frozen=True)
class Token:
    text: str
    lemma: str
    clause: int
    sentence: int


def _clean(text: str) -> str:
    text = (text or "").replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").lower()
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    text = text.replace("'", "")
    text = _HE_WILL.sub(lambda m: f"{m.group(1)} will", text)
    text = re.sub(r"(\d)\s*(?:degrees|deg)\b", r"\1 degrees", text)
    text = _CO_PREFIX.sub("co", text)
    text = re.sub(r"(?<!\d)([.,])|([.,])(?!\d)", r" \1\2 ", text)
    text = re.sub(r"([!?;:()\-\"/]+)", lambda m: f" {m.group(1)[0]} ", text)
    text = re.sub(r"[^\w.,!?;:()\-°º ]", " ", text)
    words = []
    for word in text.split():
        words.extend(_SHORTHAND_ALL.get(word, word).split())
    return " ".join(words)


def _names(text: str) -> set[str]:
    """Words written with a capital inside a sentence: likely names, never mended. So is every word of
    a short answer written all in capitalised words ("Shirin", "Shirin Begum": a name given)."""
    words = (text or "").split()
    if 0 < len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
        return {w.lower() for w in words}
    found = set()
    for match in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\b", (text or "").strip()):
        found.add(match.group(1).lower())
    return found - {"i"}


class Reader:
    """Turns a message into tokens; mends slips only towards ``vocabulary`` (the rules' own words)."""

    def __init__(
        self,
        vocabulary: Iterable[str],
        lemma_fixes: Mapping[str, str] | None = None,
        possessed: Iterable[str] = (),
    ) -> None:
        self.possessed = frozenset(possessed)
        self.english = real_words()
        words = {w.lstrip("=") for w in vocabulary}
        self.vocabulary_set = frozenset(words)
        self.vocabulary = sorted({w for w in words if len(w) >= 5 and w.isalpha()})
        self.lemma_fixes = {**_LEMMA_FIXES, **(lemma_fixes or {})}
        self.nlp = pipeline()
        self.lemma_table = self.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")

    @lru_cache(maxsize=4096)  # noqa: B019 - one reader per detector, kept for the process's life
    def _mend(self, word: str) -> str | None:
        found = process.extractOne(
            word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=_MIN_SCORE.get(len(word), _LONG_SCORE)
        )
        return found[0] if found else None

    def read(self, text: str) -> list[Token]:
        names = _names(text)
        cleaned = _clean(text)
        if not cleaned:
            return []
        tokens: list[Token] = []
        clause = sentence = 0
        doc = self.nlp(cleaned)
        for tok in doc:
            word = tok.text
            if word == "me" and tok.i + 1 < len(doc) and doc[tok.i + 1].text in self.possessed:
                word = "my"  # "me dad's collapsed": dialect for "my"
            if word in CLAUSE_BREAKS:
                clause += 1
                if word in SENTENCE_BREAKS:
                    sentence += 1
                tokens.append(Token(word, word, clause, sentence))
                continue
            lemma = self.lemma_fixes.get(word) or tok.lemma_.lower()
            dropped_g = word.endswith("in") and len(word) >= 4 and f"{word}g" in self.english
            if dropped_g and (word not in self.english or self.lemma(f"{word}g") in self.vocabulary_set):
                word = f"{word}g"  # "thinkin", "takin": the dropped g
                lemma = self.lemma(word)
            elif len(word) >= 5 and word.isalpha() and word not in names and self._slip(word):
                mended = self._mend(word)
                if mended:
                    word, lemma = mended, self.lemma(mended)
            tokens.append(Token(word, lemma, clause, sentence))
        return tokens

    def _slip(self, word: str) -> bool:
        """Worth mending: not a real word; or, for a long word the lemma table does not know, a near
        miss of a vocabulary word ("threatend": common enough on the web, but still a slip)."""
        if not self._is_english(word):
            return True
        if len(word) < 7 or word in english_words():
            return False
        lemma = self.lemma(word)
        if lemma != word and lemma in english_words():
            return False  # an inflection the lemma table knows ("overdoing" is "overdo", not "overdosing")
        found = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=_NEAR_MISS)
        return found is not None and found[0] != word

    def _is_english(self, word: str) -> bool:
        """A real word, or a regular inflection of one ("filled", "injections", "stopped"): never mended."""
        if word in self.english:
            return True
        stems = []
        for suffix, endings in (
            ("ies", ("y",)),
            ("ied", ("y",)),
            ("ing", ("", "e")),
            ("ed", ("", "e")),
            ("es", ("", "e")),
            ("s", ("",)),
            ("er", ("", "e")),
            ("ly", ("",)),
        ):
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                stems += [stem + e for e in endings]
                base = stem[:-1]
                if len(stem) > 2 and stem[-1] == stem[-2] and self.lemma_table.get(base, base) == base:
                    stems.append(base)  # "stopped", "running"; not "bledding" ("bled" is a past form)
        return any(s in self.english for s in stems)

    @lru_cache(maxsize=1024)  # noqa: B019 - as above
    def lemma(self, word: str) -> str:
        return self.lemma_fixes.get(word) or self.nlp(word)[0].lemma_.lower()
