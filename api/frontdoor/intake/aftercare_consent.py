"""Reading the one aftercare question: "While you wait, can we text you local help ... and a short survey
at 3 and 9 months?" One answer sets two consents (``offer_local_help``, ``survey_consent``).

People answer it in many ways: a number from the list, "yes", "no thanks", "just the help", "no
surveys", "the survey is fine but I don't need help". Each of the two offers named in the message is
read from the words around it (a "no", "not" or "don't" before it, or after it when nothing else is
named after it); one named alone settles the other:

- named and wanted ("just the help", "help please"): the other is a no. Consent is never assumed.
- the surveys declined ("no surveys"): the local help is a yes, as the question's main offer.
- the help declined ("I don't need help"): a no to both, unless the message also says yes.
"""

from __future__ import annotations

import re

from frontdoor.intake.parsing import means_nothing, parse_number_choice, parse_yes_no

Consents = tuple[bool | None, bool | None]  # (local help, surveys); None: not said

# The numbered choices, in the order the question lists them.
CHOICES: list[tuple[bool, bool]] = [(True, True), (True, False), (False, True), (False, False)]

_HELP = r"help|info|information|details|services?|support|links?|signposts?|contacts?"
_SURVEY = r"surveys?|questionnaires?|follow[ -]?ups?|feedback"
_TOPIC = re.compile(rf"\b(?:(?P<help>{_HELP})|(?P<survey>{_SURVEY}))\b")
# Words that sound negative but are not: "I don't mind the surveys", "no problem".
_NOT_NEGATIVE = re.compile(
    r"\b(?:don'?t|do not|wouldn'?t|would not) mind\b|\bno (?:problem|bother|worries)\b|\bwhy not\b"
)
_NEGATIVE = re.compile(
    r"\b(?:no|not|don'?t|dont|do not|doesn'?t|won'?t|without|neither|nor|never|rather not|skip|"
    r"nah|nope|isn'?t|aren'?t)\b"
)
# "That would help" is a yes, not the local help named.
_HELPS = re.compile(
    r"\b(?:would|could|will|might|that'?d|it'?d|that'?ll)(?: really| be a)? helps?\b|\bhelpful\b"
)
_BOTH = re.compile(r"\b(?:(?:not|no to|don'?t want) )?(?:both|all of (?:it|them)|everything|the lot)\b")
_NEITHER = re.compile(r"\b(?:neither|none of (?:it|them|those|that)|not for me|not interested|no need)\b")
_KEEN = re.compile(
    r"\b(?:sounds? (?:good|great|fine|helpful|useful)|go on|go ahead|why not|happy to|fine|great|lovely|"
    r"brilliant|would be (?:nice|great|good|helpful|useful)|that'?d be (?:nice|great|good|helpful))\b"
)
_DECLINE = re.compile(r"\b(?:i'?m|im|we'?re) (?:ok|okay|fine|alright|good)\b|\bleave it\b|\bno thank")


def _clean(text: str) -> str:
    lowered = (text or "").lower().replace("\u2019", "'")
    return " ".join(re.sub(r"[^\w' ]", " ", lowered).split())


def _negative(words: str) -> bool:
    return _NEGATIVE.search(_NOT_NEGATIVE.sub(" ", words)) is not None


def _named(cleaned: str) -> dict[str, bool]:
    """Each offer the message names, and whether it is wanted, read from the words before it (back to
    the previous offer named) and, for the last one named, the words after it too."""
    cleaned = _HELPS.sub("yes", cleaned)
    found = list(_TOPIC.finditer(cleaned))
    said: dict[str, bool] = {}
    start = 0
    for n, match in enumerate(found):
        topic = "help" if match.group("help") else "survey"
        end = len(cleaned) if n == len(found) - 1 else match.end()
        said.setdefault(topic, not _negative(cleaned[start:end]))
        start = match.end()
    return said


def read_consents(text: str) -> Consents | None:
    """(local help, surveys) as the person answered, None for each offer the message does not settle;
    None when it cannot be read at all. ``settle`` fills in what a first answer leaves unsaid."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    if len(cleaned.split()) <= 2 and (choice := parse_number_choice(cleaned, len(CHOICES))) is not None:
        return CHOICES[choice]
    both = _BOTH.search(cleaned) is not None
    if both and not _negative(cleaned):
        return True, True
    said = _named(_BOTH.sub(" ", cleaned) if both else cleaned)  # "not both, just the help"
    if said:
        return said.get("help"), said.get("survey")
    if both or _NEITHER.search(cleaned):
        return False, False
    answer = parse_yes_no(cleaned)
    if answer is None and _DECLINE.search(cleaned):
        answer = False
    if answer is None and _KEEN.search(cleaned) and not _negative(cleaned):
        answer = True
    if answer is None and means_nothing(cleaned):
        answer = False
    return None if answer is None else (answer, answer)


def settle(text: str, said: Consents) -> tuple[bool, bool]:
    """A first answer to the question, with what it leaves unsaid decided (see the module's rules)."""
    help_wanted, surveys = said
    if help_wanted is not None and surveys is not None:
        return help_wanted, surveys
    if surveys is False:
        return True, False
    if help_wanted is False:
        return False, bool(parse_yes_no(text))
    return bool(help_wanted), bool(surveys)
