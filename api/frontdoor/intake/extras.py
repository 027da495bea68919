"""Other answers given in the same message: "me, breast cancer", "DD1 4HN and I'm 67".

After the question's own reader has its answer, the message is searched for answers to questions not
asked yet, but only in forms that cannot be mistaken: a full postcode, an age said as an age ("I'm 67",
"aged 67", "67 years old"), a cancer named by its type. Nothing already answered is overwritten (that
is a correction: frontdoor.intake.corrections).
"""

from __future__ import annotations

import re
from typing import Any

from frontdoor.content import Content
from frontdoor.eligibility.cancer_types import match_cancer_type
from frontdoor.eligibility.postcode import normalise_postcode
from frontdoor.intake import parsing
from frontdoor.intake.review import value_in
from frontdoor.referrals.models import Referral

_SAID_AS_AGE = re.compile(
    r"\b(?:i'?m|i am|im|am|aged|age|she'?s|he'?s|she is|he is|they'?re|they are)\s+(\d{2,3})\b"
    r"(?!\s*(?:%|kg|st))"
    r"|\b(\d{2,3})\s*(?:years? old|yrs? old|yo|yrs)\b"
)
# Whose age a message gives: "I'm 60" (or Scots "am 66") is the one writing; "she's 84" is not.
_THIRD_PERSON_AGE = re.compile(r"\b(?:she'?s|he'?s|she is|he is|they'?re|they are)\s+\d{2,3}\b")
_FIRST_PERSON_AGE = re.compile(r"\b(?:i'?m|i am|im|am)\s+\d{2,3}\b")


# A need that makes talking or meeting easier, said in passing at any question ("och I should of said,
# im partially sighted"): narrower than the support question's own reader, which knows it is being asked.
_ACCESS_NEED_SAID = re.compile(
    r"\b(?:deaf|hard of hearing|hearing aids?|bsl|sign language|lip ?read\w*|blind|partially sighted|"
    r"sight impaired|visually impaired|(?:poor|bad) (?:eye)?sight|can'?t see (?:well|very well|properly)|"
    r"large print|big (?:print|writing|letters)|braille|easy read|wheelchair|mobility scooter|"
    r"learning disabilit\w*|stammer|stutter|laryngectomy)\b"
)


def access_need_said(text: str, referral: Referral) -> str | None:
    """Access needs with what this message adds to them, when it names one not kept yet."""
    said = " ".join(text.split())
    kept = referral.access_needs or ""
    if said in kept or not _ACCESS_NEED_SAID.search(said.lower().replace("\u2019", "'")):
        return None
    return "; ".join(filter(None, [kept, said]))[:500]


# "As I said", "it's in my first message", "said already at the start": the answer is where they gave it.
_POINTS_BACK = re.compile(
    r"\b(?:as i said|like i said|as i say|i (?:already )?(?:said|told you|put|gave|wrote|sent)|"
    r"(?:said|told|gave|put|given|wrote) (?:it )?(?:you )?(?:already|before|earlier|above)|"
    r"already (?:said|told|gave|given|put|sent|wrote)|as (?:per|in) my|"
    r"(?:first|last|previous|earlier|other|1st) (?:message|text|msg|txt)|at the (?:start|beginning)|"
    r"(?:see|read) above|scroll up)\b"
)
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def said_earlier(field: str, text: str, opening: str | None) -> str | None:
    """The answer to the postcode or age question in the person's first message, when this one points
    back to it ("as per my first message") and the first holds one plain answer: a full postcode; an
    age said as one, a date of birth, or the only number that could be an age ("Douglas, 75, DD5 2QL")."""
    if not opening or field not in ("postcode", "age") or not _POINTS_BACK.search(text.lower()):
        return None
    if field == "postcode":
        return value_in("postcode", opening)
    said = _SAID_AS_AGE.search(opening.lower().replace("\u2019", "'"))
    if said:
        return said.group(1) or said.group(2)
    born = _DATE.search(opening)
    if born:
        return born.group(0)
    numbers = re.findall(r"\b\d{2,3}\b", parsing.without_postcodes(opening))
    ages = [n for n in numbers if 16 <= int(n) <= 110]
    return ages[0] if len(ages) == 1 else None


# The questions at the start, where people most often say two things at once.
GLEANED_AT = ("referrer_role", "on_behalf_agreed", "postcode", "age", "has_diagnosis")
_CANCER = re.compile(r"\b(?:cancer|tumou?r|leuka?emia|lymphoma|myeloma|melanoma|sarcoma)\b")


def also_answered(
    text: str, field: str, role: str | None, referral: Referral, content: Content
) -> dict[str, Any]:
    """Fields other than ``field`` that this message answers plainly and are not answered yet;
    ``role`` is who the support is for as this message leaves it."""
    found: dict[str, Any] = {}
    if field not in GLEANED_AT:
        return found
    if field != "postcode" and referral.postcode is None:
        postcode = normalise_postcode(value_in("postcode", text) or "")
        if postcode:
            found["postcode"] = postcode
    lowered = (text or "").lower().replace("\u2019", "'")
    whose = _THIRD_PERSON_AGE if role == "on_behalf" else _FIRST_PERSON_AGE
    other = _FIRST_PERSON_AGE if role == "on_behalf" else _THIRD_PERSON_AGE
    if field != "age" and referral.age is None and not (other.search(lowered) and not whose.search(lowered)):
        said = _SAID_AS_AGE.search(lowered)
        age = parsing.parse_age(said.group(1) or said.group(2)) if said else None
        if age is not None and 16 <= age <= 110:
            found["age"] = age
    if role == "carer_for_self":
        has_cancer = _CANCER.search(lowered) and not parsing.cancer_ruled_out(text)
        if referral.cares_for_someone_with_cancer is None and has_cancer:
            found["cares_for_someone_with_cancer"] = True
        return found
    if (
        field != "has_diagnosis"
        and referral.cancer_type is None
        and not parsing.cancer_ruled_out(text)
        and not (role == "self" and parsing.cancer_named_is_not_theirs(text))
    ):
        cancer = match_cancer_type(text, content.cancer_types)
        if cancer is not None:
            found |= {"has_diagnosis": "yes", "cancer_type": cancer.type_id}
            if cancer.skin_cancer_kind:
                found["skin_cancer_kind"] = cancer.skin_cancer_kind
    return found


_NOTED_AS = {
    "postcode": "{} postcode ({})",
    "age": "{} age ({})",
    "cancer_type": "the type of cancer",
    "cares_for_someone_with_cancer": "that you care for someone with cancer",
}


def from_first_message(
    opening: str | None, role: str | None, referral: Referral, content: Content
) -> tuple[dict[str, Any], str | None]:
    """What the person's first message already answered plainly, once they say who the support is for
    ("Douglas Mathers, I'm 75, DD5 2QL, myeloma"), and a note saying what was taken: they are not asked
    it again. Someone writing for another person may give their own details or the other's, so only
    what is said of the other is taken ("she's 66", "lives at E3 2AN", the cancer named)."""
    if not opening or role not in ("self", "carer_for_self", "on_behalf"):
        return {}, None
    found = also_answered(opening, "referrer_role", role, referral, content)
    lowered = opening.lower().replace("\u2019", "'")
    if role == "carer_for_self":
        # "My mum has lung cancer and I'm the one doing everything": whom they care for, and their own
        # age said as theirs; a postcode may be the other person's, so it is asked.
        found.pop("postcode", None)
    if role == "on_behalf":
        postcode = value_in("postcode", opening)
        before = lowered[: lowered.find(postcode.lower())] if postcode else ""
        if not _THEIR_ADDRESS.search(before):
            found.pop("postcode", None)
        of_them = _THIRD_PERSON_AGE.search(lowered)
        if of_them is None or parsing.parse_age(re.sub(r"\D", "", of_them.group(0))) != found.get("age"):
            found.pop("age", None)
    whose = "their" if role == "on_behalf" else "your"
    said = [_NOTED_AS[name].format(whose, found[name]) for name in _NOTED_AS if name in found]
    if not said:
        return found, None
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return found, f"Thank you. From your first message I've noted {listed}."


# Where a postcode is said to be the other person's: "she lives at E3 2AN", "his postcode is DD1 4HN".
_THEIR_ADDRESS = re.compile(
    r"\b(?:lives?|living|(?:her|his|their) (?:postcode|address|house|home))\b[^.?!]{0,20}$"
)
