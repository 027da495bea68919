"""Corrections at any question: "actually my postcode is DH7 8XL", "sorry I meant 68", "no, it's my
husband who has cancer". Recognised wherever they come, applied to the field they name, read back,
and then the question that was being asked is asked again.

A correction needs two things in one message: a word that says so ("actually", "sorry", "I meant",
"wrong", "change") or the name of an earlier answer, and a new value the field's own reader accepts.
Without a value it is left to the question's own reader, so an answer is never mistaken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontdoor.content import Content
from frontdoor.eligibility.cancer_types import match_cancer_type
from frontdoor.eligibility.postcode import normalise_postcode
from frontdoor.intake import parsing
from frontdoor.intake.review import value_in
from frontdoor.referrals.contact import normalise_phone
from frontdoor.referrals.models import Referral
from frontdoor.referrals.questions import plan

_SAYS_SO = re.compile(
    r"\b(?:actually|sorry|soz|i meant|meant to say|meant|wrong|mistake|typo|correction|change|changed|"
    r"should be|should have said|not|oops|no wait|instead)\b"
)
_NAMES_POSTCODE = re.compile(r"\b(?:post ?code|postcode|address)\b")
# "am 57" is "I'm 57" in the north and in Scots.
_NAMES_AGE = re.compile(
    r"\b(?:age|aged|years old|yrs old|i'?m|i am|she'?s|he'?s|she is|he is|they'?re)\b|\bam \d{1,3}\b"
)
_NAMES_PHONE = re.compile(r"\b(?:phone|number|mobile|landline)\b")
_A_CANCER = (
    r"(?:it|(?:the |a )?(?:\w+ )?cancer|sarcoma|lymphoma|leuka?emia|myeloma|melanoma|tumou?r|carcinoma)"
)
# "yes my son Jordan has sarcoma in his leg": someone else has it (a name may follow who they are).
_SOMEONE_ELSE_HAS_IT = re.compile(
    r"\b(?:it'?s|its|it is) (?:my|our) \w+(?: \w+)? (?:who|that) (?:has|have|'s got|has got) (?:it|cancer)\b"
    rf"|\b(?:my|our) \w+(?: \w+)? (?:has|has got|'s got|s got|was diagnosed with) {_A_CANCER}\b"
    r"(?!.*\bfor me\b)"
    r"|\bi (?:have|ve got|'ve got) (?:a|my) \w+ (?:with|who has|who'?s got) cancer\b"
)

# "No wait, it's my husband who's ill, not me. I'm asking for him, so it's 3": the support was never
# for the one writing.
_FOR_SOMEONE_ELSE = re.compile(
    r"\b(?:it'?s|its|it is) (?:my|our) \w+(?: \w+)? (?:who'?s|that'?s|who is|that is) "
    r"(?:ill|poorly|sick|unwell|the patient|the one)\b"
    r"|\b(?:asking|doing this|filling this in|texting|writing) (?:for|on behalf of) (?:him|her|them|my \w+)\b"
    r"|\bon (?:his|her|their) behalf\b"
)
# "I'm not his carer, just his friend": said of the role chosen, wherever it comes.
_DENIES_BEING_THEIR_CARER = re.compile(r"\b(?:i'?m|im|i am) not (?:really )?(?:his|her|their) carer\b")
# "aye she has, breast cancer", to "Have you been diagnosed?" from someone who said the support is for
# them: it is someone else who has it, and they care for her.
_SHE_HAS_IT = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|aye|ye)\W+)?(?:she|he)(?: has| does|'s got| has got|s got)\b"
)
# A cancer type taken back: "sorry no, that was my uncle. Dad's is prostate cancer", "I meant breast".
# Narrower than _SAYS_SO: "change" and "instead" are said of treatment too ("the chemo changed, it's
# radiotherapy for the bowel instead"), and a message naming a cancer is read here at any question.
_TAKES_BACK = re.compile(
    r"\b(?:actually|sorry|soz|i meant|meant|wrong|mistake|typo|correction|should be|no wait|not)\b"
)
SHORT_TYPE_CHANGE = 15  # words: a longer message naming a cancer is more likely about something else

# The person written for has now agreed: "I've asked him and he says yes, go ahead", "she's happy for
# me to do it now". Only ever read after "no" or "not yet" to "are they happy for you to do this?".
_NOW_AGREES = re.compile(
    r"\b(?:he|she|they|mum|mam|dad|my \w+)(?: has| have|'s|s| is| are)? "
    r"(?:(?:says|said|agreed|agrees)(?: it'?s| that'?s| its| thats)? (?:yes|ok|okay|go ahead|fine|alright)|"
    r"agreed|agrees|(?:happy|ok|okay|fine) (?:for (?:me|us|you)|with (?:it|this|that))|"
    r"told me to go ahead|wants me to (?:do|carry|go))\b"
)
_NOT_AGREEING = re.compile(r"\b(?:doesn'?t|don'?t|does not|won'?t|not|no|hasn'?t|isn'?t)\b")


# Other ways of saying the number is an age: "Jim's 77 now", "I wrote 66", "his birthday was last week".
_TELLS_AGE = re.compile(
    r"\b\w+'s (?:\d{1,3}|now)\b|\b(?:meant|i mean|wrote|put|typed|birthday|turned|correct is|should be)\b"
)


def _new_age(text: str, stored: int) -> int | None:
    """The age a correction gives: its one age, or, when it names the old one too ("I put 86, I'm
    68"), the one left once the old one is set aside."""
    age = parsing.parse_age(text)
    return age if age is not None else parsing.parse_age(re.sub(rf"\b{stored}\b", " ", text))


SHORT = 6  # words: a longer message must say the number is an age ("I'm 68", "Jim's 77 now")


def _said_as_an_age(lowered: str, age: int) -> bool:
    """ "I'm 68", "am 68", "correct is 67", "Jim's 77 now", "68 years old": the number is an age, not a
    duration ("that's 11 years now") or a count ("no one")."""
    cue = r"(?:i'?m|im|i am|am|aged?|age is|'s|is|are|meant|be|now|turned)"
    duration = r"(?!\s*(?:years?|yrs?|months?|weeks?|days?)\b(?!\s*old))"
    return bool(
        re.search(rf"\b{cue}\s+{age}\b{duration}", lowered)
        or re.search(rf"\b{age}\s*(?:years?|yrs?) old\b", lowered)
        # "actually 56 now, birthday was Tuesday" says an age; "2 now" may be anything
        or (age >= parsing.ADULT and re.search(rf"\b{age} now\b", lowered))
        # "sorry 81, had a birthday last month": the number the apology mends, said first
        or (
            age >= parsing.ADULT
            and re.match(rf"\W*(?:sorry|soz|oops|actually|no wait)\W+{age}\b{duration}", lowered)
        )
    )


# Whose age a number is: the words just before it. "he's 10" in a carer's own referral is the age of
# someone they mention (a grandson), and "I'm 45" from someone referring their dad is their own.
_SOMEONE_ELSES = re.compile(
    r"(?:\b(?:he|she|they|his|her|their|him|(?!it|that|what|there|who|where)\w+'s)"
    # "my daughter is 8", "our twins are 6": someone the person names (never "my age is")
    r"|\b(?:my|our) (?!age\b)\w+(?: \w+)? (?:is|are|was|aged))"
    r"(?:'s| is| are|'re| age is| age| aged| being| now| just)?(?: now| just| only)?\s*$"
)
_MY_OWN = re.compile(
    r"\b(?:i'?m|im|i am|my age is|my age|i'?ve just turned|i turned|me)(?: now| just| only)?\s*$"
)


def _whose(lowered: str, age: int) -> str | None:
    """'self', 'other' or None (cannot tell) for the first place the number stands in the message."""
    found = re.search(rf"\b{age}\b", lowered)
    if found is None:
        return None
    before = lowered[: found.start()]
    if _MY_OWN.search(before):
        return "self"
    if _SOMEONE_ELSES.search(before):
        return "other"
    return None


def _about_the_person(lowered: str, age: int, role: str) -> bool:
    """The age is the referred person's: not a number said of someone else ("my grandson, he's 10")."""
    whose = _whose(lowered, age)
    if role == "on_behalf":
        return whose != "self"
    return whose != "other"


def _the_persons_age(lowered: str, age: int | None, role: str) -> int | None:
    """The age found, unless it is said of someone else; when the message has several numbers, the
    one said of the person: "sorry she's 9, I'm 38" gives 38; "my grandson, he's 10" gives nothing."""
    if age is not None:
        return age if _about_the_person(lowered, age, role) else None
    theirs = "other" if role == "on_behalf" else "self"
    for number in re.findall(r"\b\d{1,3}\b", lowered):
        if _whose(lowered, int(number)) == theirs:
            return parsing.parse_age(number)
    return None


READ_AFTER = ("age", "postcode", "phone", "referrer_phone")
"""Questions whose own reader also gets what is left of a correction: "sorry I meant DH1 not DH7, I'm 66"
at the age question changes the postcode and answers the age."""


def answer_in_rest(text: str, correction: Correction, asked: str) -> str | None:
    """The message with the corrected value taken out, when what is left answers the question being
    asked: an age only when said as one ("im 66"), never a stray number ("I missed the 1 off")."""
    if correction.field == "postcode":
        rest = parsing.without_postcodes(text)
    elif correction.value:
        rest = re.sub(rf"\b{re.escape(correction.value)}\b", " ", text)
    else:
        rest = text
    if asked == "age":
        lowered = rest.lower().replace("\u2019", "'")
        age = parsing.parse_age(rest)
        if age is None or not (_said_as_an_age(lowered, age) or _whose(lowered, age) == "self"):
            return None
    return rest


# Questions answered with small numbers: "sorry I meant 3" there is an answer, not an age.
NUMBERED = (
    "concern_score",
    "distress_score",
    "referrer_role",
    "has_diagnosis",
    "main_concern",
    "cancer_stage",
)


def _past_age(asked: str, referral: Referral) -> bool:
    """The question being asked comes after the age question in this referral's plan."""
    questions = plan(referral, skin_follow_up=False)
    return "age" in questions and asked in questions and questions.index(asked) > questions.index("age")


@dataclass(frozen=True)
class Correction:
    field: str
    value: str | None
    """The new answer in the person's words, for the field's reader; None clears it to ask again."""


def find(text: str, asked: str, referral: Referral, content: Content | None = None) -> Correction | None:
    """A correction of an earlier answer (never of the question being asked: that is its answer).
    ``content``: its cancer types, to read a change of cancer type (without it, none is looked for)."""
    lowered = (text or "").lower().replace("\u2019", "'")
    says_so = bool(_SAYS_SO.search(lowered))
    if asked != "postcode" and referral.postcode and (says_so or _NAMES_POSTCODE.search(lowered)):
        value = value_in("postcode", text)
        if value is not None and normalise_postcode(value) != referral.postcode:  # the same again: no change
            return Correction("postcode", value)
    names_phone = bool(_NAMES_PHONE.search(lowered))
    if asked not in ("phone", "referrer_phone") and referral.phone and names_phone and says_so:
        value = value_in("phone", text)
        if value is not None and normalise_phone(value) != referral.phone:  # the same again: no change
            return Correction("phone", value)
    if (
        asked not in ("age", "eligibility_check")
        and referral.age is None
        and says_so
        and _past_age(asked, referral)
    ):
        # The age question left unanswered ("She's 84" from a carer, twice): "sorry, I'm 55" gives it.
        age = _the_persons_age(lowered, None, referral.referrer_role)
        said = age is not None and _NAMES_AGE.search(lowered) and _said_as_an_age(lowered, age)
        if said and not (asked in NUMBERED and age <= 10):  # "I'm 2 years into it" is no age
            return Correction("age", str(age))
    if asked not in ("age", "eligibility_check") and referral.age is not None and says_so:
        numeric_question = asked in NUMBERED
        # "57 not 55", where 55 is the age given: the number is named as the age it replaces.
        replaces = re.search(rf"\b\d{{1,3}},? not {referral.age}\b", lowered)
        named = bool(_NAMES_AGE.search(lowered) or _TELLS_AGE.search(lowered) or replaces)
        meant = re.search(r"\b(?:meant|i mean) (?:to say )?(\d{1,3})\b", lowered)
        age = parsing.parse_age(meant.group(1)) if meant else _new_age(text, referral.age)
        long = len(lowered.split()) > SHORT
        if age is not None and long and not (replaces or _said_as_an_age(lowered, age)):
            age = None  # "no one to talk to" is not 1, nor "that's 11 years now" an age of 11
        a_choice = numeric_question and age is not None and age <= 10 and "age" not in lowered
        age = _the_persons_age(lowered, age, referral.referrer_role)
        if age is not None and age != referral.age and named and not a_choice:
            return Correction("age", str(age))
    if (
        asked != "on_behalf_agreed"
        and referral.on_behalf_agreed is False
        and _NOW_AGREES.search(lowered)
        and not _NOT_AGREEING.search(lowered)
    ):
        return Correction("on_behalf_agreed", "yes")
    changed_type = _changed_cancer_type(lowered, asked, referral, content)
    if changed_type is not None:
        return changed_type
    # "No wait, I'm asking for him", or "Sorry, I mean 3. I'm not his carer, just his friend from church"
    # at the question after (not at a numbered question, where "I meant 3" is its own answer).
    role_taken_back = (says_so and _FOR_SOMEONE_ELSE.search(lowered)) or (
        asked not in NUMBERED
        and (parsing.ROLE_MEANT.search(lowered) or _DENIES_BEING_THEIR_CARER.search(lowered))
    )
    if asked != "referrer_role" and referral.referrer_role and role_taken_back:
        role = parsing.parse_role(text)
        if role is not None and role != referral.referrer_role:
            return Correction("referrer_role", str(parsing.ROLES.index(role) + 1))
    if asked == "has_diagnosis" and referral.referrer_role == "self" and _SHE_HAS_IT.search(lowered):
        return Correction("referrer_role", "2")
    if asked != "referrer_role" and referral.referrer_role == "self" and _SOMEONE_ELSE_HAS_IT.search(lowered):
        # They said the support is for them, and now that someone else has cancer: they care for them.
        return Correction("referrer_role", "2")
    return None


def _changed_cancer_type(
    lowered: str, asked: str, referral: Referral, content: Content | None
) -> Correction | None:
    """A short message taking the cancer type back and naming another ("sorry no, that was my uncle.
    Dad's is prostate cancer"), at any question after it; not a cancer said to be someone else's by a
    person with cancer of their own ("sorry, my sister had breast cancer too")."""
    if (
        content is None
        or asked in ("has_diagnosis", "cancer_type", "skin_cancer_kind")
        or not referral.cancer_type
        or len(lowered.split()) > SHORT_TYPE_CHANGE
        or not _TAKES_BACK.search(lowered)
    ):
        return None
    if referral.referrer_role == "self" and parsing.cancer_named_is_not_theirs(lowered):
        return None
    found = match_cancer_type(lowered, content.cancer_types)
    if found is None or found.type_id == referral.cancer_type:
        return None
    return Correction("cancer_type", lowered)
