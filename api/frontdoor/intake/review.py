"""The read-back before sending, and changes asked for there ("change my postcode", "actually I'm 67")."""

from __future__ import annotations

import re

from frontdoor.intake import parsing
from frontdoor.intake.aftercare_consent import read_consents
from frontdoor.referrals.contact import phone_shown
from frontdoor.referrals.models import Referral

# What a person says to mean each answer, checked in this order.
CHANGE_CUES: list[tuple[str, tuple[str, ...]]] = [
    ("postcode", ("postcode", "post code", "address")),
    ("phone", ("phone", "number", "mobile", "landline")),
    ("preferred_name", ("call me", "known as", "preferred name")),
    ("name", ("name", "called")),
    ("aftercare_consent", ("survey", "surveys", "local help", "questionnaire")),
    ("contact_preferences", ("contact", "text me", "times", "mornings", "afternoons", "evenings")),
    ("support_needs", ("access", "wheelchair", "hearing", "large print", "interpreter", "language", "deaf")),
    ("age", ("age", "old", "years")),
    ("cancer_type", ("cancer", "type")),
    ("concerns_text", ("worry", "worries", "worrying", "worried", "concern", "concerns")),
    ("distress_score", ("distress",)),
    ("referral_source", ("heard", "hear about")),
]
_POSTCODE = re.compile(r"\b([A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2})\b")
_PHONE = re.compile(r"(\+?[\d ]{10,16})")
_CHANGE = re.compile(r"\b(?:change|edit|update|correct)\b", re.IGNORECASE)
_CALL_ME = re.compile(
    r"\b(?:call me|known as|preferred name is)\s+([A-Za-z][A-Za-z' -]{0,40})", re.IGNORECASE
)


# "Actually I'm 67", "I am 81 not 80": their own age given (never "he's 17", someone else's).
_MY_AGE = re.compile(r" (?:im|i am)(?: now| actually| only| just)? \d{1,3} ")


def _padded(text: str) -> str:
    """Lower case, apostrophes dropped, words only, with a space at each end."""
    cleaned = text.lower().replace("'", "").replace("’", "")
    return f" {' '.join(re.sub(r'[^a-z0-9 ]', ' ', cleaned).split())} "


def field_to_change(text: str) -> str | None:
    padded = _padded(text)
    found = next((field for field, cues in CHANGE_CUES if any(f" {cue} " in padded for cue in cues)), None)
    if _MY_AGE.search(padded) and found in (None, "concerns_text", "distress_score", "referral_source"):
        return "age"
    return found


_WANTS_CHANGE = re.compile(
    r"\b(?:change|changed|edit|update|correct|wrong|not right|isn'?t right|incorrect|mistake|should be|"
    r"actually|typo|new|different|fix|meant|missed|forgot|add|also|too|as well|should (?:have|of|'ve) said|"
    r"didn'?t say|never said)\b"
)


def wants_a_change(text: str) -> bool:
    """Words that ask for an answer to change ("my phone is wrong", "change my postcode"), not only
    name one ("thanks for the number")."""
    return _WANTS_CHANGE.search(text.lower().replace("’", "'")) is not None


def postcodes_in(text: str) -> list[str]:
    """Every postcode in the message, in the order written."""
    return _POSTCODE.findall(text)


def value_in(field: str, text: str) -> str | None:
    """The new answer when the person gave it in the same message, else None (the bot asks again)."""
    if field == "postcode":
        found = _POSTCODE.search(text)
        return found.group(1) if found else None
    if field == "phone":
        found = _PHONE.search(text)
        return found.group(1).strip() if found else None
    if field == "age":
        if parsing.parse_age(text) is not None:
            return text
        # "I'm 76 not 67": two numbers, and the one said as their age is the answer.
        mine = _MY_AGE.search(_padded(text))
        return mine.group(0).split()[-1] if mine else None
    if field == "preferred_name":
        found = _CALL_ME.search(text)
        return found.group(1).strip() if found else None
    if field == "aftercare_consent":  # "no surveys": the change itself; "change the surveys": ask again
        return text if read_consents(text) is not None and not _CHANGE.search(text) else None
    if field in ("contact_preferences", "support_needs"):  # asked only here: the words are the answer
        return text if field == "support_needs" or parsing.parse_contact_preference(text) else None
    return None


def summary(referral: Referral) -> str:
    """A short read-back of what will be sent, in plain words."""
    parts = []
    if referral.name:
        parts.append(f"Name: {referral.name}")
    if referral.postcode:
        parts.append(f"Postcode: {referral.postcode}")
    if referral.age is not None:
        parts.append(f"Age: {referral.age}")
    if referral.phone:
        parts.append(f"Phone: {phone_shown(referral.phone)}")
    if referral.concerns:
        scored = ", ".join(
            f"{c.label} ({c.score})" if c.score is not None else c.label for c in referral.concerns
        )
        parts.append(f"Worries: {scored}")
    parts += _aftercare(referral.offer_local_help, referral.survey_consent)
    return ". ".join(parts) + "." if parts else ""


def _aftercare(help_wanted: bool | None, surveys: bool | None) -> list[str]:
    """ "Local help and surveys: yes", once the question is answered."""
    if help_wanted is None and surveys is None:
        return []
    if bool(help_wanted) == bool(surveys):
        return [f"Local help and surveys: {'yes' if help_wanted else 'no'}"]
    return [f"Local help: {'yes' if help_wanted else 'no'}", f"Surveys: {'yes' if surveys else 'no'}"]
