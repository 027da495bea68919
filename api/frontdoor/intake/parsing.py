"""Reading short answers the way people type them: "yeah", "2", "its for my mum", "the nurse told me".

Every parser returns the stored value, or None when it cannot tell: the bot then asks again kindly.
Numbered choices always accept the number or free text, so the same parsers serve web buttons and SMS.
"""

from __future__ import annotations

import re
from datetime import date

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


CONTACT_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("phone", ("call", "calls", "phone", "ring", "rings", "phone call", "speak", "talk")),
    ("sms", ("text", "texts", "texting", "sms", "message", "messages", "msg", "txt")),
    ("email", ("email", "e mail", "emails")),
]
_TIMES = (
    "morning",
    "mornings",
    "afternoon",
    "afternoons",
    "evening",
    "evenings",
    "any time",
    "anytime",
    "whenever",
    "don't mind",
    "dont mind",
    "weekday",
    "weekdays",
    "lunchtime",
    "after",
    "before",
    "not on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "am",
    "pm",
)


def parse_contact_preference(text: str) -> tuple[str | None, str | None] | None:
    """How to get in touch and when: "call me in the mornings" -> ("phone", "call me in the mornings").

    "1" and "2" pick from the numbered list (phone call, text). Returns None when neither a way nor a
    time is recognised; the times are kept in the person's words for the link worker to read.
    """
    how = _choose(text, CONTACT_OPTIONS[:2]) if _clean(text).isdigit() else _choose(text, CONTACT_OPTIONS)
    padded = f" {_clean(text)} "
    when = " ".join(text.split())[:120] if any(f" {cue} " in padded for cue in _TIMES) else None
    if how is None and when is None:
        return None
    return how, when


def means_nothing(text: str) -> bool:
    """ "No", "none", "nothing": nothing to add, for optional questions like access needs."""
    return parse_yes_no(text) is False or _clean(text) in {
        "none",
        "nothing",
        "n a",
        "na",
        "no thanks",
        "not really",
        "nothing really",
        "none thanks",
        "all fine",
        "im fine",
        "i'm fine",
    }


def wants_to_browse(text: str) -> bool:
    """Asking to see the whole checklist rather than describe or pick from the short list."""
    return _clean(text) in {
        "more",
        "list",
        "browse",
        "other",
        "others",
        "something else",
        "see all",
        "see more",
        "show me",
        "show me more",
        "full list",
        "the list",
        "more options",
        "none of these",
        "none of those",
    }


def parse_number_choice(text: str, count: int) -> int | None:
    """A bare number from 1 to ``count`` (0-based index back), else None."""
    number = _number(text)
    return number - 1 if number is not None and 1 <= number <= count else None


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_WORDY_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+),? (\d{4})\b")


def parse_date_of_birth(text: str, today: date) -> date | None:
    """A UK-style date of birth ("12/03/1958", "12 March 1958", "1958-03-12"), plausible: in the past
    and at most 120 years ago. Two-digit years are read as the most recent past year."""
    lowered = (text or "").lower()
    day = month = year = None
    if found := _ISO_DATE.search(lowered):
        year, month, day = (int(g) for g in found.groups())
    elif found := _NUMERIC_DATE.search(lowered):
        day, month, year = (int(g) for g in found.groups())
        if year < 100:
            year += 2000 if 2000 + year <= today.year else 1900
    elif (found := _WORDY_DATE.search(lowered)) and found.group(2) in _MONTHS:
        day, month, year = int(found.group(1)), _MONTHS[found.group(2)], int(found.group(3))
    if day is None or month is None or year is None:
        return None
    try:
        born = date(year, month, day)
    except ValueError:
        return None
    return born if date(today.year - 120, 1, 1) <= born < today else None


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
