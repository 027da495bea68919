"""Reading short answers the way people type them: "yeah", "2", "its for my mum", "the nurse told me".

Every parser returns the stored value, or None when it cannot tell: the bot then asks again kindly.
Numbered choices always accept the number or free text, so the same parsers serve web buttons and SMS.
"""

from __future__ import annotations

import re

_YES = {
    "yes",
    "y",
    "yeah",
    "yep",
    "yea",
    "ye",
    "yess",
    "aye",
    "ok",
    "okay",
    "sure",
    "correct",
    "right",
    "true",
    "please",
    "agree",
    "definitely",
    "absolutely",
    "of course",
    "i do",
    "they do",
    "she does",
    "he does",
    "that's right",
    "thats right",
    "yes please",
}
_NO = {
    "no",
    "n",
    "nope",
    "nah",
    "na",
    "not really",
    "no thanks",
    "false",
    "don't",
    "dont",
    "i don't",
    "they don't",
    "she doesn't",
    "he doesn't",
    "doesn't",
    "not yet",
    "never",
}


def _clean(text: str) -> str:
    return " ".join(re.sub(r"[^\w' ]", " ", (text or "").lower()).split())


def parse_yes_no(text: str) -> bool | None:
    cleaned = _clean(text)
    if cleaned in _YES or cleaned.split(" ")[0] in {"yes", "yeah", "yep", "aye"}:
        return True
    if cleaned in _NO or cleaned.split(" ")[0] in {"no", "nope", "nah"}:
        return False
    return None


def _choose(text: str, options: list[tuple[str, tuple[str, ...]]]) -> str | None:
    """A numbered choice ("2"), or the first option whose cue words appear in the text."""
    cleaned = _clean(text)
    if cleaned.isdigit() and 1 <= int(cleaned) <= len(options):
        return options[int(cleaned) - 1][0]
    if cleaned in {value for value, _ in options}:
        return cleaned
    padded = f" {cleaned} "
    for value, cues in options:
        if any(f" {cue} " in padded for cue in cues):
            return value
    return None


ROLE_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("self", ("me", "myself", "for me", "i have", "i've got", "ive got", "my cancer", "mine", "i do")),
    (
        "carer_for_self",
        (
            "carer",
            "caring",
            "support for me as",
            "i care",
            "i look after",
            "my own support",
            "for myself as",
            "family member",
        ),
    ),
    (
        "on_behalf",
        (
            "someone else",
            "on behalf",
            "for my",
            "for him",
            "for her",
            "for them",
            "refer my",
            "my mum",
            "my dad",
            "my husband",
            "my wife",
            "my partner",
            "my son",
            "my daughter",
            "my friend",
            "my brother",
            "my sister",
        ),
    ),
]


def parse_role(text: str) -> str | None:
    return _choose(text, ROLE_OPTIONS)


DIAGNOSIS_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("yes", ("yes", "yeah", "yep", "i have", "diagnosed", "i do", "aye")),
    ("awaiting", ("waiting", "awaiting", "tests", "not sure yet", "don't know yet", "results", "suspected")),
    ("no", ("no", "nope", "not", "clear", "nah")),
]


def parse_has_diagnosis(text: str) -> str | None:
    return _choose(text, DIAGNOSIS_OPTIONS)


STAGE_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("awaiting", ("waiting", "awaiting", "tests", "not started")),
    ("newly_diagnosed", ("just diagnosed", "newly", "just found out", "recently diagnosed", "new")),
    (
        "in_treatment",
        (
            "treatment",
            "chemo",
            "chemotherapy",
            "radiotherapy",
            "radio",
            "immunotherapy",
            "having",
            "on tablets",
            "surgery",
        ),
    ),
    ("finished_treatment", ("finished", "done", "completed", "remission", "all clear", "after treatment")),
    (
        "incurable_treatable",
        (
            "incurable",
            "can't be cured",
            "cant be cured",
            "living with",
            "secondary",
            "metastatic",
            "stage 4",
            "long term",
        ),
    ),
    ("end_of_life", ("end of life", "palliative", "hospice", "dying", "weeks to live", "months to live")),
    ("unknown", ("don't know", "dont know", "not sure", "unsure", "no idea", "prefer not")),
]


def parse_stage(text: str) -> str | None:
    return _choose(text, STAGE_OPTIONS)


SOURCE_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("invitation_letter", ("letter", "invitation")),
    ("reminder_letter", ("reminder",)),
    ("cancer_nurse_specialist", ("nurse", "cns", "specialist")),
    ("gp", ("gp", "doctor", "surgery", "practice")),
    ("hospital", ("hospital", "consultant", "ward", "clinic", "oncologist")),
    ("welfare_rights", ("welfare", "benefits advisor", "benefits adviser")),
    ("job_centre", ("job centre", "jobcentre", "work coach")),
    ("information_centre", ("information centre", "info centre", "macmillan centre", "maggie")),
    ("voluntary_organisation", ("charity", "voluntary", "church", "support group")),
    ("leaflet_or_website", ("leaflet", "website", "online", "internet", "google", "poster", "facebook")),
    ("word_of_mouth", ("friend", "family", "word of mouth", "neighbour", "someone told", "my mum", "my dad")),
]


def parse_referral_source(text: str) -> str | None:
    return _choose(text, SOURCE_OPTIONS)


SKIN_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("melanoma", ("melanoma", "yes", "it is", "mole")),
    (
        "non_melanoma",
        ("non melanoma", "non-melanoma", "basal", "bcc", "squamous", "scc", "rodent", "no", "not melanoma"),
    ),
    ("unknown", ("don't know", "dont know", "not sure", "unsure", "no idea")),
]


def parse_skin_kind(text: str) -> str | None:
    """Checks "non melanoma" before "melanoma", which it contains."""
    if _clean(text).isdigit():
        return _choose(text, SKIN_OPTIONS)
    return _choose(text, [SKIN_OPTIONS[1], SKIN_OPTIONS[2], SKIN_OPTIONS[0]])


_GREETINGS = {
    "hi",
    "hello",
    "hiya",
    "hey",
    "hallo",
    "helo",
    "good morning",
    "morning",
    "good afternoon",
    "afternoon",
    "good evening",
    "evening",
    "hi there",
    "hello there",
    "hello again",
    "hi again",
    "im back",
    "i'm back",
    "back again",
}


def is_greeting(text: str) -> bool:
    """A bare hello: someone coming back to the conversation, not answering the question."""
    return _clean(text) in _GREETINGS


def means_same_number(text: str) -> bool:
    """ "Same", "this number", "yes": the number they are texting from."""
    cleaned = _clean(text)
    return parse_yes_no(text) is True or cleaned in {
        "same",
        "same number",
        "this number",
        "this one",
        "that one",
        "use this number",
        "this phone",
        "the same",
    }


def is_dont_know(text: str) -> bool:
    return _clean(text) in {
        "don't know",
        "dont know",
        "not sure",
        "no idea",
        "unsure",
        "dunno",
        "idk",
        "prefer not to say",
        "rather not say",
        "skip",
        "pass",
    }


_NUMBER_WORDS = {
    "zero": 0,
    "none": 0,
    "nothing": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}


def _number(text: str) -> int | None:
    """The first number in the text, in digits or words ("sixty seven" -> 67)."""
    cleaned = _clean(text).replace("-", " ")
    digits = re.search(r"\d+", cleaned)
    if digits:
        return int(digits.group())
    total, found = 0, False
    for word in cleaned.split():
        if word in _NUMBER_WORDS:
            value = _NUMBER_WORDS[word]
            total = total * 100 if value == 100 else total + value
            found = True
        elif found:
            break
    return total if found else None


def parse_score(text: str) -> int | None:
    """A 0-10 score: "7", "seven", "7/10", "about a 7", "7 out of 10". None for "really bad"."""
    value = _number(text)
    return value if value is not None and 0 <= value <= 10 else None


def parse_age(text: str) -> int | None:
    """An age in years ("67", "I'm sixty seven"), plausible for an adult or child: 0-120."""
    if re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}", text or ""):
        return None
    value = _number(text)
    return value if value is not None and 0 < value <= 120 else None
