"""Turning one typed answer into stored fields: the bot sends the person's words, the API reads them.

Each question has a reader that returns the fields to store, or a problem code the bot turns into a
kind "please try again" message. Optional questions accept "don't know" / "prefer not to say".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from frontdoor.checklist.matching import (
    CARER_COPING,
    CARING,
    CHILDREN,
    SEX,
    WORRY,
    match_concerns,
    pick_numbered,
)
from frontdoor.content import Content
from frontdoor.eligibility.cancer_types import match_cancer_type
from frontdoor.eligibility.postcode import is_first_half, normalise_postcode
from frontdoor.intake import parsing
from frontdoor.intake.aftercare_consent import read_consents, settle
from frontdoor.intake.review import field_to_change, postcodes_in, value_in, wants_a_change
from frontdoor.referrals.contact import normalise_phone
from frontdoor.referrals.models import Referral
from frontdoor.referrals.questions import NO_SCORE, unscored

Reading = tuple[dict[str, Any], str | None]
Reader = Callable[[str, Referral, Content], Reading]
MAX_CONCERNS = 5  # the HNA itself is the link worker's conversation: score the five that matter most
OPTIONAL = {
    "referrer_phone",
    "interpreter_needed",
    "support_needs",
    "cancer_stage",
    "referral_source",
    "what_matters_most",
    "cancer_type",
    "preferred_name",
    "referrer_relationship",
    "contact_preferences",
    "access_needs",
    "main_concern",
    "aftercare_consent",
}


def _choice(field: str, parser: Callable[[str], Any], problem: str) -> Reader:
    def read(text: str, _referral: Referral, _content: Content) -> Reading:
        value = parser(text)
        return ({field: value}, None) if value is not None else ({}, problem)

    return read


def _free_text(field: str, limit: int) -> Reader:
    def read(text: str, _referral: Referral, _content: Content) -> Reading:
        cleaned = " ".join(text.split())
        return ({field: cleaned[:limit]}, None) if cleaned else ({}, "empty")

    return read


_NAME_LEAD_IN = re.compile(
    r"^(?:(?:[\w']+\s+){0,2}(?:full\s+)?name(?:'s|\s+is)|it'?s|i'?m|i\s+am|this\s+is)\s+", re.I
)
# Words that say a message is a sentence about something else, not a name ("naw its no me that needs help").
_NOT_IN_A_NAME = {
    "no", "not", "naw", "nah", "yes", "help", "need", "needs", "want", "cancer", "dont", "don't", "why",
    "what", "that", "him", "her", "he", "she", "they", "them", "forget", "bother", "rather", "say",
    "know", "sure", "because", "have", "has", "got", "is", "are", "was", "the", "you", "your", "me", "my",
}  # fmt: skip
_COURTESY = re.compile(r"[\s,]+(?:thanks|thank you|ta|cheers|please|x+)$", re.I)


# "The Reverend Alasdair Munro", "the Hon. Jane Lee": a title that takes "the" is part of the name.
_STYLED_THE = re.compile(
    r"^the\s+(?:(?:very|right|most)\s+)?(?:rev|revd|reverend|hon|honourable|venerable)\b", re.I
)


def _a_name_word(word: str) -> bool:
    """A letter in any script (a vowel sign counts: "রহিমা"); whatever else it holds is kept as typed,
    and shown as text wherever it is shown."""
    return any(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in word)


# "Robert Fairweather but everybody calls me Rab", "Margaret Lowe, call me Peggy": the name, then the
# one they go by.
_GOES_BY = re.compile(
    r"[\s,;.-]+(?:(?:but|and)\s+)?(?:(?:every ?(?:one|body)|people|folk|friends|they|most people|all)\s+"
    r"calls?\s+me|(?:just\s+|please\s+)?call\s+me|known\s+as|i\s+go\s+by|goes\s+by)\s+([\w'-]+)$",
    re.I,
)


def _name(text: str, _referral: Referral, _content: Content) -> Reading:
    """A name as people give it ("it's Jean Smith", "Alan Reid, my number's 07700 900337"), not a
    sentence about something else, which would otherwise be stored and read back as the name. The name
    they go by, said after it, is kept as the one to use."""
    said = _NAME_LEAD_IN.sub("", " ".join(re.sub(r"\([^)]*\)", " ", text).split()).strip(" .!")).strip()
    said = _COURTESY.sub("", said)
    goes_by = _GOES_BY.search(said)
    if goes_by:
        said = said[: goes_by.start()]
        fields, problem = _name(said, _referral, _content)
        return (fields, problem) if problem else ({**fields, "preferred_name": goes_by.group(1)}, None)
    first, _, rest = said.partition(",")
    words = first.split()
    if not 1 <= len(words) <= 5 or not all(_a_name_word(word) for word in words):
        return {}, "not_a_name"
    checked = words[1:] if _STYLED_THE.match(first) else words
    if any(word.lower().strip(".") in _NOT_IN_A_NAME for word in checked):
        return {}, "not_a_name"
    return {"name": first if any(ch.isdigit() for ch in rest) else said[:120]}, None


def _postcode(text: str, _referral: Referral, _content: Content) -> Reading:
    """A UK postcode, alone or in a sentence ("it's dd1 4hn"), or the one a correction in the same
    message gives ("DD5 8HW, sorry, DD6 8HW", "KY16 8PQ no wait, 8PP"), or spelled out ("D D one,
    five H T"); the draft service normalises it."""
    said = postcodes_in(text)
    corrected = parsing.last_if_corrected(text, said)
    corrected = corrected or (parsing.inward_corrected(text, said[0]) if said else None)
    found = normalise_postcode(text) or normalise_postcode(corrected or value_in("postcode", text) or "")
    found = found or normalise_postcode(parsing.spelled_out(text))
    if found:
        return {"postcode": found}, None
    return {}, "district_only" if is_first_half(text) else "not_a_uk_postcode"


def _phone(field: str) -> Reader:
    """A UK phone number, alone or in a sentence ("ring me on 07700 900123"), or said aloud ("oh seven
    seven oh oh nine oh oh one to three")."""

    def read(text: str, _referral: Referral, _content: Content) -> Reading:
        found = normalise_phone(value_in("phone", text) or "") or normalise_phone(text)
        said = parsing.spelled_out(text)
        found = found or (normalise_phone(said) if said.isdigit() else None)
        return ({field: found}, None) if found else ({}, "not_a_phone_number")

    return read


def _cancer_type(text: str, _referral: Referral, content: Content) -> Reading:
    """Known types map to their id; anything else is kept in the person's words for the team."""
    found = match_cancer_type(text, content.cancer_types)
    if found is None:
        words = " ".join(text.split())[:40]
        return ({"cancer_type": f"other: {words}"[:40]}, None) if words else ({}, "empty")
    fields: dict[str, Any] = {"cancer_type": found.type_id}
    if found.skin_cancer_kind:
        fields["skin_cancer_kind"] = found.skin_cancer_kind
    return fields, None


_NO_INTERPRETER = re.compile(
    r"\b(?:english|not needed|no need|don'?t need|do not need|dont need|not required|no thanks|none needed|"
    r"i'?m fine|im ok|i'?m ok|we'?re fine|speak english|understand english)\b"
)
LANGUAGES = (
    "arabic", "bengali", "bangla", "sylheti", "cantonese", "mandarin", "chinese", "farsi", "persian",
    "french", "gujarati", "hindi", "italian", "kurdish", "lithuanian", "pashto", "polish", "portuguese",
    "punjabi", "romanian", "russian", "somali", "spanish", "tamil", "tigrinya", "turkish", "ukrainian",
    "urdu", "vietnamese", "bsl", "british sign language", "sign language", "gaelic", "welsh", "albanian",
    "amharic", "greek", "hungarian", "latvian", "slovak", "czech", "tagalog", "thai", "malayalam",
    "nepali", "yoruba", "igbo", "swahili", "twi", "hebrew", "german", "dutch", "bulgarian", "croatian",
    "serbian", "bosnian",
)  # fmt: skip
_LANGUAGE = re.compile(r"\b(" + "|".join(LANGUAGES) + r")\b")
# A language named in its own words, as someone not confident in English may write it ("Yes
# af-Soomaali", "po polsku", "বাংলা"): the name the link worker books an interpreter by.
OWN_NAMES = {
    "soomaali": "Somali", "polski": "Polish", "po polsku": "Polish", "español": "Spanish",
    "espanol": "Spanish", "castellano": "Spanish", "português": "Portuguese", "portugues": "Portuguese",
    "română": "Romanian", "romana": "Romanian", "limba romana": "Romanian", "türkçe": "Turkish",
    "turkce": "Turkish", "kurdî": "Kurdish", "kurdi": "Kurdish", "sorani": "Kurdish", "kurmanji": "Kurdish",
    "русский": "Russian", "russkiy": "Russian", "українська": "Ukrainian", "ukrainska": "Ukrainian",
    "বাংলা": "Bengali", "اردو": "Urdu", "العربية": "Arabic", "عربي": "Arabic", "ਪੰਜਾਬੀ": "Punjabi",
    "ગુજરાતી": "Gujarati", "हिंदी": "Hindi", "हिन्दी": "Hindi", "中文": "Chinese", "普通话": "Mandarin",
    "广东话": "Cantonese", "廣東話": "Cantonese", "粵語": "Cantonese", "粤语": "Cantonese",
    "tiếng việt": "Vietnamese", "tieng viet": "Vietnamese", "فارسی": "Farsi", "پښتو": "Pashto",
    "lietuvių": "Lithuanian", "lietuviu": "Lithuanian", "ትግርኛ": "Tigrinya", "tigrigna": "Tigrinya",
    "አማርኛ": "Amharic", "shqip": "Albanian", "magyar": "Hungarian", "latviešu": "Latvian",
    "latviesu": "Latvian", "ελληνικά": "Greek", "deutsch": "German", "français": "French",
    "francais": "French", "italiano": "Italian", "தமிழ்": "Tamil", "filipino": "Tagalog",
}  # fmt: skip
# Latin letters end a word at a space or a mark; other scripts are found where they stand.
_OWN_NAME = re.compile(
    "|".join(
        rf"(?<![a-z]){re.escape(name)}(?![a-z])" if name.isascii() else re.escape(name) for name in OWN_NAMES
    )
)


_NOT_USED = re.compile(
    r"\b(?:not|don'?t|do not|doesn'?t|does not|never|without)(?:\s+(?:use|need|want|speak|using|any))?\s*$"
)


def _language(text: str) -> str | None:
    """The language named, unless said against ("I do not use sign language")."""
    lowered = text.lower()
    for found in _LANGUAGE.finditer(lowered):
        if not _NOT_USED.search(lowered[: found.start()]):
            return found.group(1).title().replace("Bsl", "BSL")
    for found in _OWN_NAME.finditer(lowered):
        if not _NOT_USED.search(lowered[: found.start()]):
            return OWN_NAMES[found.group(0)]
    return None


def _interpreter(text: str, _referral: Referral, _content: Content) -> Reading:
    """ "No", "English is fine", "not needed" need none; a language named is the one to book."""
    language = _language(text)
    if language and language != "English":
        return {"interpreter_needed": True, "language": language}, None
    answer = parsing.parse_yes_no(text)
    if answer is False or _NO_INTERPRETER.search(text.lower()) or parsing.means_nothing(text):
        return {"interpreter_needed": False, "language": None}, None
    if answer is True:
        return {"interpreter_needed": True}, None
    words = " ".join(text.split())[:40]
    return ({"interpreter_needed": True, "language": words}, None) if words else ({}, "not_yes_no")


_STARTS_WITH_NO = re.compile(
    r"^\W*(?:no|nope|nah|naw|na|none|not really|(?:i )?don'?t think so|not that i know|"
    r"not as far as i know|not (?:for )?me|not needed|not required)\b"
)
# "No, although I'd love a Welsh speaker, ha! No, English is fine": a language wished for, not needed.
_ENGLISH_FINE = re.compile(r"\benglish(?: is| was)? (?:is )?(?:fine|ok|okay|good|grand|alright|all right)\b")
# After a no, a language counts only when said as needed: "No, though I'll swear in Welsh sometimes" is
# no interpreter; "No... well, she only speaks Urdu really" is one.
_NEEDS_THE_LANGUAGE = re.compile(
    r"\b(?:interpret\w*|translat\w*|need|needs|needed|prefer|rather|only|little english|bit of english|"
    r"not much english|no english|understand|please)\b"
)
_ACCESS_NEED = re.compile(
    r"\b(?:deaf|deef|deif|hearing|hearin|hard of hearing|bsl|sign language|lip ?read|blind|sight|sighted|"
    r"visual|speak (?:slow|slowly|up|loud|louder|clear|clearly)|speak (?:on|to|into) (?:\w+ ){0,3}"
    r"(?:slow|slowly|loud|louder)|(?:left|right|one|bad|good|deaf) ear|"
    r"ears? (?:is |are |'s )?(?:not good|bad|poor)|"
    r"large print|"
    r"eyes? (?:are|is|aren'?t) (?:bad|poor|not good|going)|eyesight|cataracts?|glaucoma|macular|can'?t see|"
    r"cannot see|"
    r"big print|braille|easy read|can'?t read|cannot read|reading|learning disab|autis|dementia|memory|"
    r"wheelchair|mobility|walk|stairs?|stair lift|frame|crutch|scooter|housebound|can'?t get out|"
    r"speech|speak(?:ing)? is hard|voice|stammer|stutter|laryngectomy|oxygen|ramp|step free|step-free|"
    r"can'?t talk|cannot talk|hard to talk|talking is hard|write (?:it|stuff|things) down|tracheostomy|"
    r"(?:can'?t|cannot|unable to|not able to) speak|"
    r"accessible|disab)"
)


def names_a_need(text: str) -> bool:
    """A need for talking or meeting named outright ("deaf", "can't speak since the op", "wheelchair"),
    or a language."""
    lowered = text.lower().replace("\u2019", "'")
    return bool(_ACCESS_NEED.search(lowered) or _language(text) or _asks_for_interpreter(text))


# A need said not to be one: "No, he can walk fine", "her hearing's ok", "no problems with stairs".
_NO_TROUBLE = re.compile(
    r"\b(?:can|could) (?:\w+ )?(?:walk|hear|see|read|manage|get about|get around|do stairs|talk)(?: \w+)? "
    r"(?:fine|ok|okay|alright|all right|well)\b"
    r"|\b(?:walks|hears|sees|reads|gets about|gets around|manages) (?:fine|ok|okay|alright|well)\b"
    r"|\b(?:hearing|sight|eyesight|eyes|walking|mobility|legs|speech)(?:'s| is| are) "
    r"(?:absolutely |perfectly )?(?:fine|ok|okay|good|alright|all right)\b"
    r"|\bno (?:problems?|issues?|trouble) (?:with|walking|hearing|seeing|reading) ?(?:the )?\w*"
)
_NEEDS_NOTHING = re.compile(
    r"^(?:no|nope|nah|none|nothing|n/?a|no thanks?|no thank you|all fine|i'?m fine|"
    r"no,? (?:thanks|thank you|i'?m fine|nothing|none|all good)|not really|all good)\.?$"
)


_INTERPRETER = re.compile(r"\b(?:interpreter|translator|interpreting)\b")
_NOT_INTERPRETER = re.compile(
    r"\b(?:no|not|don'?t|dont|never|without)\b(?:\s+\w+){0,3}\s+(?:an? )?(?:interpreter|translator)"
)


def _asks_for_interpreter(text: str) -> bool:
    """ "my daughter translates but an interpreter would be better": one wanted, no language named."""
    lowered = text.lower()
    return bool(_INTERPRETER.search(lowered)) and not _NOT_INTERPRETER.search(lowered)


# Words that say nothing about access once a language and "no" are set aside: "Romanian would be
# better if possible", "Cantonese for mum please", "None, thank you", "no, he speaks English".
_SAYS_NOTHING_MORE = re.compile(
    r"\b(?:interpreter|translator|translates?|translating|please|an?|yes|no|none|nothing|speaker|i|i'?m|"
    r"im|need|needs|would|help|helps|and|but|be|better|best|if|possible|for|to|my|his|her|their|mum|mam|"
    r"mom|dad|mother|father|wife|husband|son|daughter|niece|nephew|family|he|she|they|he'?s|she'?s|speaks?|"
    r"speaking|english|manage|understand|fine|ok|okay|good|thank|thanks|you|is|it|the|that|thats|that'?s|"
    r"only|prefer|preferred|language|great|in|can|could|we|us|me|much|well|just|really|all|ta|cheers|not|"
    r"dont|don'?t|do|does|doesn'?t|usually|with|will|bit|little|a|lot|very|ideally|easier|easiest|more|"
    r"nope|nah|naw|na|n|pls|plz|thx|ty|so|long|talking|talk|meeting|meetings|things|thing|small|of|on|at|"
    r"my|myself|for|some|bit|enough|sometimes|words|when|there|too|hen|pet|love|luv|duck|mate|pal|bab|"
    r"lass|think|so|nee|nae|nowt|nought|nil|nothin|nuthin|like)\b"
)


_SOMEONE_ELSES_LANGUAGE = re.compile(
    r"\b(?:mum|mam|mother|dad|father|he|she|they|husband|wife|partner|nan|gran|grandad|son|daughter)\b"
    r"[^.]{0,20}\b(?:would need|needs|need|speaks|speak|only speaks)\b"
)


def _support_needs(text: str, referral: Referral, content: Content) -> Reading:
    """One question for an interpreter and anything else that makes talking or meeting easier.

    "No" is neither; a language is an interpreter; anything else is kept in their words as access
    needs ("I'm deaf", "wheelchair", "large print please"), even after a no to an interpreter ("No, he
    speaks English. He uses a wheelchair").
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        return {}, "empty"
    language = _language(cleaned)
    lowered = cleaned.lower().replace("\u2019", "'")
    if language == "English" or (
        language
        and referral.referrer_role != "on_behalf"
        and _STARTS_WITH_NO.match(lowered)
        and _SOMEONE_ELSES_LANGUAGE.search(lowered)
    ):
        # "No, I'm fine in English. Mum would need Bengali but this is for me": not the person's need.
        language = None
    if (
        language
        and _STARTS_WITH_NO.match(lowered)
        and (_ENGLISH_FINE.search(lowered) or not _NEEDS_THE_LANGUAGE.search(lowered))
    ):
        language = None
    lowered = _NO_TROUBLE.sub(" ", lowered)
    rest = _SAYS_NOTHING_MORE.sub(" ", _LANGUAGE.sub(" ", lowered))
    # After a no, or beside a language, only a need named counts: "No, my English is fine. Maybe my son
    # will join" and "polish please, my english ok for small things" say nothing about access.
    spoke_of_language = bool(language) or _asks_for_interpreter(cleaned) or "english" in lowered
    if _STARTS_WITH_NO.match(lowered) or spoke_of_language:
        access = bool(_ACCESS_NEED.search(lowered))
    else:
        access = bool(re.search(r"[a-z]{3,}", rest))
    interpreter = bool(language) or _asks_for_interpreter(cleaned)
    if not (language or interpreter or access) or (_NEEDS_NOTHING.match(cleaned.lower()) and not language):
        # A need said earlier in passing ("I'm partially sighted") is not undone by "no" here.
        kept = {} if referral.access_needs else {"access_needs": None}
        return {"interpreter_needed": False, "language": None, **kept}, None
    fields: dict[str, Any] = {
        "interpreter_needed": interpreter,
        "access_needs": cleaned[:500] if access else None,
    }
    if language:
        fields["language"] = language
    return fields, None


def _has_diagnosis(text: str, _referral: Referral, content: Content) -> Reading:
    """Yes, waiting or no; a cancer named ("yes, bowel", "lung cancer") is a yes and its type at once."""
    answer = parsing.parse_has_diagnosis(text)
    found = match_cancer_type(text, content.cancer_types)
    if found is not None and answer in (None, "yes"):
        fields: dict[str, Any] = {"has_diagnosis": "yes", "cancer_type": found.type_id}
        if found.skin_cancer_kind:
            fields["skin_cancer_kind"] = found.skin_cancer_kind
        return fields, None
    return ({"has_diagnosis": answer}, None) if answer else ({}, "not_a_diagnosis_answer")


_SOMEONE_HAS_CANCER = re.compile(
    r"\b(?:my|our|his|her) [a-z ]{2,20}? (?:has|has got|'s got|s got|was diagnosed with|is having|is on|got) "
    r"(?:[a-z]+ ){0,3}(?:cancer|tumou?r|leuka?emia|lymphoma|myeloma|melanoma|sarcoma|chemo|radiotherapy)\b"
)

# "Not me, my husband Mark. Bowel cancer": someone close named, and a cancer, in one message.
_SOMEONE_CLOSE = re.compile(
    r"\b(?:my|our|the) (?:missus|husband|wife|partner|fiance|fiancee|boyfriend|girlfriend|mum|mam|mom|"
    r"mother|mama|dad|father|papa|son|daughter|brother|sister|gran|granny|nan|nana|grandma|grandad|grandpa|grandson|"
    r"granddaughter|aunt|auntie|uncle|cousin|friend|neighbour|neighbor|mother in law|father in law)\b"
)
_NOT_ME = re.compile(r"\b(?:no|not) me\b")
_A_CANCER = re.compile(
    r"\b(?:cancer|tumou?r|leuka?emia|aml|cll|lymphoma|myeloma|melanoma|sarcoma|mesothelioma|chemo|radiotherapy)\b"
)


_A_YES = re.compile(r"\b(?:yes|aye|yeah|yep|yup|yea)\b")
_DENIES = re.compile(r"\b(?:no|not|never|nope|nah|naw|doesn'?t|don'?t|didn'?t|isn'?t|wasn'?t)\b")


_TESTS = re.compile(r"\b(?:tests?|scans?|biops(?:y|ies)|results?|investigat\w*)\b")


def _cares_for(text: str, _referral: Referral, content: Content) -> Reading:
    """Yes or no; someone they name as having cancer ("my wife has lung cancer, yes", "not me, my
    husband, bowel cancer") is a yes, and so is a cancer named with nothing said against it ("My wife
    yes. Ovarian", "Jamie does, bowel cancer that's spread")."""
    answer = parsing.parse_yes_no(text)
    lowered = " ".join(parsing.clean(text).split())
    first = parsing.clean(re.split(r"[.!?;]", text, maxsplit=1)[0])
    if answer is None and _A_YES.search(first) and not _DENIES.search(first):
        answer = True  # "the wife has aye", "Mum does, yes, lung cancer. (and all that came after)"
    a_cancer = _A_CANCER.search(lowered) or match_cancer_type(text, content.cancer_types) is not None
    named = _SOMEONE_HAS_CANCER.search(lowered) or (_SOMEONE_CLOSE.search(lowered) and a_cancer)
    if answer is None and (named or (a_cancer and not _DENIES.search(lowered))):
        answer = True
    elif _NOT_ME.search(lowered) and (_SOMEONE_CLOSE.search(lowered) or _A_CANCER.search(lowered)):
        answer = True  # "my mum not me", "Not me pet, Alan. Bowel cancer": the question is who has it
    field = "cares_for_someone_with_cancer"
    if (answer is None or (answer is False and _TESTS.search(lowered))) and (
        parsing.parse_has_diagnosis(text) == "awaiting"
    ):
        # "a shadow on his lung, biopsy next month", "not yet, they're doing tests": waiting to know is
        # a site's awaiting-diagnosis rule, not a no (but a bare "no, not yet" is a no)
        return {field: True, "has_diagnosis": "awaiting"}, None
    return ({field: answer}, None) if answer is not None else ({}, "not_yes_no")


# Which answer decides each eligibility rule, and the question that asks it.
DECIDED_BY = {
    "lives_in_area": ("postcode", ["postcode"]),
    "age": ("age", ["age", "date_of_birth"]),
    "diagnosis": ("has_diagnosis", ["has_diagnosis", "cancer_type", "cares_for_someone_with_cancer"]),
    "excluded_cancer": ("skin_cancer_kind", ["skin_cancer_kind"]),
    "agreement": ("carer_support_wanted", ["carer_support_wanted"]),
}


def failed_rule(referral: Referral) -> str | None:
    return next((c["rule"] for c in referral.eligibility_checks or [] if c.get("passed") is False), None)


# "yes I have", "yes he does", "yes, diagnosed": a yes to the question read back, not to "is that right?"
_SAYS_THEY_HAVE_IT = re.compile(r"\b(?:have|has|do|does|i'?ve|ive|got|diagnosed)\b")


def _eligibility_check(text: str, referral: Referral, content: Content) -> Reading:
    """ "You said you are 6. Is that right?": a bare yes confirms it and a bare no asks the question
    again; anything longer is read as an answer to that question: the same answer confirms it ("no,
    dementia not cancer" to "you said you do not care for someone with cancer"), a different one
    replaces it, and what cannot be read asks the question again."""
    rule = failed_rule(referral)
    if rule is None:
        return {}, None
    question, fields = DECIDED_BY[rule]
    if rule == "diagnosis" and referral.referrer_role == "carer_for_self":
        question = "cares_for_someone_with_cancer"
    answer = parsing.parse_yes_no(text)
    yes_no_question = question in ("has_diagnosis", "cares_for_someone_with_cancer")
    first, _, rest = " ".join(text.split()).partition(" ")
    leading = parsing.parse_yes_no(first)
    if leading is not None and not yes_no_question:
        # "Yes, that's what the dermatologist said": the yes answers "is that right?" (it is not the
        # "yes" of "is it a melanoma?"); what follows replaces the answer only if it is a new one.
        given, problem = READERS[question](rest, referral, content) if rest.strip(" ,.") else ({}, "empty")
        if problem is None and any(getattr(referral, name, None) != value for name, value in given.items()):
            return given, None
        return ({"eligibility_confirmed": True}, None) if leading else _ask_again(question, fields)
    if answer is not None and len(text.split()) <= 3 and not yes_no_question:
        return ({"eligibility_confirmed": True}, None) if answer else _ask_again(question, fields)
    # "You said there has been no diagnosis": "no" agrees and "yes, bowel" is a diagnosis, so the
    # answer is read as the question's own, but for a plain yes to "is that right?" (below).
    given, problem = READERS[question](text, referral, content)
    bare_yes = answer is True and len(text.split()) <= 2 and not _SAYS_THEY_HAVE_IT.search(text.lower())
    if (
        problem is None
        and yes_no_question
        and len(given) == 1
        and (bare_yes or parsing.confirms_read_back(text))
    ):
        # "Yes that's right", or the offered "1. Yes", to "you said there has been no diagnosis. Is that
        # right?": it is right, not a new yes ("yes I have", "yes, bowel" are).
        return {"eligibility_confirmed": True}, None
    if problem is None:
        same = all(getattr(referral, name, None) == value for name, value in given.items())
        return ({"eligibility_confirmed": True}, None) if same else (given, None)
    # "Oh that's a shame, I'll ring the GP then": taken in, not disputed; asking the question again
    # would only bring the same answer back, round and round. So is anything else in a few words that
    # is no "no" and disputes nothing: "he's at Ninewells every week, surely that counts?" against a
    # postcode (it is where someone lives that counts), "my wife says i should still ask" against a
    # basal cell skin cancer (they said it twice). The reply then says why, and where else to turn;
    # a new answer is read above.
    undisputed = answer is not False and not parsing.disputes(text) and len(text.split()) > 2
    # "so theres nothing 4 me??": a question about what it means, not a dispute; the reply says why.
    asks = parsing.asks_first(text)
    confirmed = answer or (answer is None and (parsing.takes_it_in(text) or undisputed or asks))
    return ({"eligibility_confirmed": True}, None) if confirmed else _ask_again(question, fields)


def _ask_again(question: str, fields: list[str]) -> Reading:
    return {field: None for field in fields}, f"change:{question}"


# Who an age is said of, in the words before it: the one writing, or someone else.
_I_AM = r"(?:i'?m|i am|im|me)"
_THEY_ARE = r"(?:she'?s|he'?s|she is|he is|they'?re|they are)"
_MY_AGE = re.compile(rf"\b{_I_AM}\s*(?:is\s*)?(\d{{1,3}})\b")
_THEIR_AGE = re.compile(rf"\b(?:{_THEY_ARE}|\w+'s)\s*(\d{{1,3}})\b")
# "She's 84", "my mum is 84": an age, but not of the one writing.
_SOMEONE_ELSES_AGE = re.compile(rf"\b(?:{_THEY_ARE}|(?:my|me|our) \w+(?:'s| is))\s*(?:\d{{1,3}})\b")


# Whose an age is, from the words just before it: "I'm 74", "me 42" are the writer's; "mary is 72",
# "(mum's 68)", "she's 84", "my husband 61", "husband 70" someone else's. A bare number is nobody's in
# particular.
_MINE_BEFORE = re.compile(rf"\b(?:{_I_AM}|myself|i'?m only|i'?m just)\s*$")
_THEIRS_BEFORE = re.compile(
    rf"\b(?:{_THEY_ARE}|(?:my|me|our|his|her) [a-z]+|{parsing.RELATIVE}|"
    r"(?!(?:i|it|age|that|what|which|this)\b)[a-z]+(?:'s| is| was))\s*(?:just |only )?$"
)
# A number standing alone, not a count of something ("4 kids", "3 cycles", "2 weeks ago").
_AN_AGE = re.compile(
    r"(?<![\d/.:£$-])\b(\d{1,3})\b(?![/.:]\d)"
    r"(?!\s*(?!years|yrs)(?:[a-z]+s|children|people|grandchildren)\b)"
)


def _the_age_asked_for(lowered: str, on_behalf: bool) -> int | None:
    """Of two or more ages ("74, mary is 72", "42 (mum's 68)", "84. I'm 52 if that matters"), the one
    of the person the support is for: the writer's own, or on someone's behalf theirs. None when the
    words do not settle it ("92, 93 in February" is read elsewhere)."""
    ages: list[tuple[int, str | None]] = []
    cleaned = parsing.without_postcodes(lowered)
    for found in _AN_AGE.finditer(cleaned):
        before = cleaned[: found.start()]
        owner = "mine" if _MINE_BEFORE.search(before) else "theirs" if _THEIRS_BEFORE.search(before) else None
        if 0 < int(found.group(1)) <= 120:
            ages.append((int(found.group(1)), owner))
    if len(ages) < 2:
        return None
    wanted, other = ("theirs", "mine") if on_behalf else ("mine", "theirs")
    marked = [age for age, owner in ages if owner == wanted]
    if len(marked) == 1:
        return marked[0]
    bare = [age for age, owner in ages if owner is None]
    if not marked and len(bare) == 1 and all(owner in (None, other) for _, owner in ages):
        return bare[0]
    return None


def _age(text: str, referral: Referral, _content: Content) -> Reading:
    """An age in years, or a date of birth (then the age is worked out from it). With two ages in one
    message ("I'm 71, Jim's 74") the one of the person the support is for."""
    lowered = (text or "").lower().replace("\u2019", "'")
    picked = _the_age_asked_for(lowered, referral.referrer_role == "on_behalf")
    if picked is not None:
        return {"age": picked, "date_of_birth": None}, None
    theirs = _SOMEONE_ELSES_AGE.search(lowered) and not _MY_AGE.search(lowered)
    if theirs and referral.referrer_role != "on_behalf":
        return {}, "not_their_age"  # the person they care for, say: asked for their own
    return _age_given(text, referral)


def _age_given(text: str, referral: Referral) -> Reading:
    """The age the message gives, in years or as a date of birth, whoever it is said of."""
    today = datetime.now(UTC).date()
    born = parsing.parse_date_of_birth(text, today)
    if born is not None:
        return {"date_of_birth": born, "age": parsing.age_on(born, today)}, None
    age = parsing.parse_month_of_birth(text, today)
    if age is None:
        age = parsing.parse_year_of_birth(text, today)  # before the number alone: "born in '58" is no 58
    if age is None:
        age = parsing.parse_age(text) or _age_before_a_birthday(text)
    if age is None:
        whose = _THEIR_AGE if referral.referrer_role == "on_behalf" else _MY_AGE
        said = whose.search((text or "").lower().replace("\u2019", "'"))
        age = parsing.parse_age(said.group(1)) if said else None
    return ({"age": age, "date_of_birth": None}, None) if age is not None else ({}, "not_an_age")


_NEXT_BIRTHDAY = re.compile(r"^\D*?(\d{1,3})\b\D+?(\d{1,3})\b(?=\s*(?:in|next|on|at|this|come|soon))")


def _age_before_a_birthday(text: str) -> int | None:
    """ "92, 93 in February", "17 (18 in May)": the age now, not the one coming."""
    found = _NEXT_BIRTHDAY.search((text or "").lower())
    if found and int(found.group(2)) == int(found.group(1)) + 1:
        return parsing.parse_age(found.group(1))
    return None


def _preferred_name(text: str, referral: Referral, _content: Content) -> Reading:
    """ "Same" or "yes" keeps the first name they gave; anything else with letters is the name to use."""
    if parsing.means_same_number(text) and referral.name:
        return {"preferred_name": referral.name.split()[0]}, None
    cleaned = " ".join(text.split())
    if not any(ch.isalpha() for ch in cleaned):
        return {}, "not_a_name"
    return {"preferred_name": cleaned[:60]}, None


def _contact_preferences(text: str, _referral: Referral, _content: Content) -> Reading:
    found = parsing.parse_contact_preference(text)
    if found is None:
        return {}, "not_a_contact_preference"
    how, when = found
    return {"preferred_contact": how, "contact_times": when}, None


def _access_needs(text: str, _referral: Referral, _content: Content) -> Reading:
    if parsing.means_nothing(text):
        return {"access_needs": None}, None
    cleaned = " ".join(text.split())
    return ({"access_needs": cleaned[:500]}, None) if cleaned else ({}, "empty")


def _concerns(
    text: str, referral: Referral, content: Content, category: str | None = None, retry: bool = False
) -> Reading:
    """Their own words, numbers from the short list, or numbers from one category's list.

    Words that fit no item are kept as "something else" in their words, for the link worker: at once
    when they say a few words, after one "could you say a bit more?" when they said only one; "nothing"
    is an answer too. Never asked a third time."""
    role = referral.referrer_role
    if category is not None:
        options = content.checklist.in_category(category, role)
        items = pick_numbered(text, options) or match_concerns(text, content.checklist, role)
    elif parsing.wants_to_browse(text):
        return {}, "browse"
    else:
        items = match_concerns(text, content.checklist, role)
        items = items or pick_numbered(text, content.checklist.common_items())
    words = " ".join(text.split())
    if not items and (parsing.means_nothing(words) or parsing.is_dont_know(words)):
        return {"concerns": []}, None
    if not items and (retry or len(words.split()) >= 3) and content.checklist.something_else:
        items = [content.checklist.something_else.id]
    if not items:
        return {}, "no_concern_recognised"
    return {"concerns": [{"item": i, "in_their_words": text[:500]} for i in items[:MAX_CONCERNS]]}, None


def _concern_category(text: str, _referral: Referral, content: Content) -> Reading:
    """A category from the browse menu, by number or name; the bot keeps it for the next answer."""
    category = category_in(text, content)
    return ({}, None) if category else ({}, "not_a_category")


def category_in(text: str, content: Content) -> str | None:
    names = list(content.checklist.categories)
    index = parsing.parse_number_choice(text, len(names))
    if index is not None:
        return names[index]
    lowered = text.lower()
    return next(
        (c for c, label in content.checklist.categories.items() if c in lowered or label.lower() in lowered),
        None,
    )


# "The waiting", "just the wait for results": asked which worry matters most, the wait for news is the
# worry (alone, "waiting" is too plain a word for the concerns reader to read as one).
_THE_WAIT = re.compile(
    r"^\W*(?:(?:just|mostly|mainly|probably) )?(?:the |this |all the |all this )?(?:waiting|wait)\b"
    r"(?: (?:for|on) (?:the |my )?(?:results?|news|scans?|biopsy|tests?)(?: results?)?)?\W*$",
    re.IGNORECASE,
)
# "what happens to mum", "my husband": someone close named, no worry noted of theirs, where one noted is
# caring for them.
_A_RELATIVE = re.compile(rf"\b{parsing.RELATIVE}\b")


def _main_concern(text: str, referral: Referral, content: Content) -> Reading:
    """Which of their concerns matters most: a number from the read-back list, or in words."""
    chosen = [c.item for c in referral.concerns]
    index = parsing.parse_number_choice(text, len(chosen))
    if index is not None:
        return {"main_concern": chosen[index]}, None
    found = match_concerns(text, content.checklist, referral.referrer_role)
    if not found and _THE_WAIT.match(text):
        found = [WORRY]
    # "the kids thing", where the worry noted is children that may not come (fertility, read as SEX) and
    # there is no worry about children: the fertility worry, not a new one.
    found = [SEX if item == CHILDREN and SEX in chosen and item not in chosen else item for item in found]
    named = [i for i in found if i in chosen] or _named_in_their_words(text, referral, content)
    if named:
        return {"main_concern": named[0]}, None
    caring = [item for item in chosen if item in _CARING_FOR]
    if caring and _A_RELATIVE.search(text.lower()):
        return {"main_concern": caring[0]}, None  # "what happens to mum": the one they look after
    something_else = content.checklist.something_else
    if not found and something_else and len(text.split()) >= 3 and not parsing.means_nothing(text):
        # "Not knowing what the hospital has decided": a worry in their words is kept as they said it.
        found = [something_else.id]
    if found and found[0] in chosen:
        return {"main_concern": found[0]}, None
    if found and len(chosen) < MAX_CONCERNS:
        # "The question of purpose, I suppose": a worry not said before, and the one that matters most.
        added = {"item": found[0], "in_their_words": text[:500]}
        return {"main_concern": found[0], "concerns": [*_entries(referral), added]}, None
    return {}, "not_one_of_the_concerns"


# Where their message is cut into the parts that each name a worry: "the lift is broken half the time so
# she's stuck in" is the lift (housing), then being stuck in (loneliness).
_PARTS_OF_A_MESSAGE = re.compile(r"[.!?;,]+|\b(?:and|so|but|because)\b")


def _named_in_their_words(text: str, referral: Referral, content: Content) -> list[str]:
    """ "The lift", asked which worry matters most, from someone who wrote "the lift is broken half the
    time so she's stuck in" (read as housing): the one worry noted from the part of their own message
    that holds the words they use now. None, or more than one, is no answer."""
    words = {w for w in re.findall(r"[a-z']+", text.lower()) if len(w) > 2 and w not in STOP_WORDS}
    chosen = {c.item for c in referral.concerns}
    named: set[str] = set()
    for said in {c.in_their_words for c in referral.concerns if c.in_their_words}:
        for part in _PARTS_OF_A_MESSAGE.split(said.lower()):
            if words & set(re.findall(r"[a-z']+", part)):
                named.update(chosen & set(match_concerns(part, content.checklist, referral.referrer_role)))
    return list(named) if len(named) == 1 else []


def _entries(referral: Referral) -> list[dict[str, Any]]:
    """The concerns as stored, to save again with one changed or added."""
    return [{"item": c.item, "score": c.score, "in_their_words": c.in_their_words} for c in referral.concerns]


def _concern_score(text: str, referral: Referral, content: Content) -> Reading:
    if parsing.not_their_worry(text):
        return {"concerns": _without_next(referral, content)}, None
    labelled = _scores_for_named_worries(text, referral, content)
    if labelled:
        return {"concerns": labelled}, None
    left = sum(unscored(e["in_their_words"], e["score"]) for e in _entries(referral))
    several = parsing.scores_in_turn(text)
    if 1 < len(several) <= left:
        # "8 9 9 5" at the first of four: one score for each worry in the order they were noted.
        return _score_next(referral, scores=several), None
    score = parsing.parse_score(text)
    if score is None:
        return {}, "not_a_score"
    return _score_next(referral, scores=[score]), None


def _scores_for_named_worries(text: str, referral: Referral, content: Content) -> list[dict[str, Any]]:
    """ "The bath 8, low mood 7", "Work 8, coping 7": each score to the worry its words name, whatever
    the order the worries were noted in; a label that names none of those still to score (or names one
    twice) is left, and with none named this is not such an answer ([])."""
    entries = _entries(referral)
    waiting = {e["item"]: e for e in entries if unscored(e["in_their_words"], e["score"])}
    called = {
        item: (known.label.lower() if (known := content.checklist.get(item)) else "") for item in waiting
    }
    given: dict[str, int] = {}
    labelled = parsing.labelled_scores(text)
    unnamed: list[int] = []
    repeated = 0
    for label, score in labelled:
        found = match_concerns(label, content.checklist, referral.referrer_role)
        named = (
            [item for item in found if item in waiting]
            or [item for item in waiting if label in called[item]]
            or [item for item in _named_in_their_words(label, referral, content) if item in waiting]
            or _someone_cared_for(label, waiting)
        )
        if len(named) == 1 and named[0] not in given:
            given[named[0]] = score
        elif found and not set(found) & set(waiting) and set(found) & {e["item"] for e in entries}:
            repeated += 1  # "puffed out 5" again, for a worry already scored: said before, not new
        else:
            unnamed.append(score)
    asked = next(iter(waiting), None)
    if (given or repeated) and len(unnamed) == 1 and asked is not None and asked not in given:
        # "not knowing 6, puffed out 5, the wife 8", asked about not enough information: the one score
        # whose words name none of the worries answers the question asked.
        given[asked] = unnamed.pop()
    if not given:
        return []
    left = [item for item in waiting if item not in given]
    if len(labelled) == len(waiting) and len(unnamed) == len(left):
        # One score for each worry, the rest named: the one whose words name none ("children 8" for
        # "caring for someone else") is the worry left, in the order they were read back.
        given.update(zip(left, unnamed, strict=True))
    for item, score in given.items():
        waiting[item]["score"] = score
    return entries


_CARING_FOR = (CARING, CARER_COPING)


def _someone_cared_for(label: str, waiting: dict[str, Any]) -> list[str]:
    """ "the wife 8": someone close named as the label, where the one worry waiting for its score that is
    about caring for them is that worry."""
    caring = [item for item in waiting if item in _CARING_FOR]
    return caring if len(caring) == 1 and _A_RELATIVE.search(label) else []


def _without_next(referral: Referral, content: Content) -> list[dict[str, Any]]:
    """The concerns without the one being scored, which they say is not theirs. If it was the only one,
    their words are kept as "something else", to be scored in their words: nothing they said is lost."""
    entries = _entries(referral)
    at = next((n for n, e in enumerate(entries) if unscored(e["in_their_words"], e["score"])), None)
    if at is None:
        return entries
    dropped = entries.pop(at)
    something_else = content.checklist.something_else
    words = dropped["in_their_words"] or ""
    if not entries and something_else and dropped["item"] != something_else.id and len(words.split()) >= 3:
        entries = [{"item": something_else.id, "score": None, "in_their_words": words}]
    return entries


def _score_next(referral: Referral, *, scores: list[int] | None = None) -> dict[str, Any]:
    """The concerns with ``scores`` given, in order, to the next ones not yet scored; with None, the next
    one marked as asked twice without one (its words kept for the link worker) so that it is not asked
    a third time."""
    to_give = list(scores) if scores is not None else None
    scored, marked = [], False
    for entry in _entries(referral):
        if unscored(entry["in_their_words"], entry["score"]):
            if to_give:
                entry["score"] = to_give.pop(0)
            elif to_give is None and not marked:
                marked = True
                words = entry["in_their_words"] or ""
                entry["in_their_words"] = words[: 500 - len(NO_SCORE)] + NO_SCORE
        scored.append(entry)
    return {"concerns": scored}


def _on_behalf_agreed(text: str, referral: Referral, _content: Content) -> Reading:
    """Without the person's agreement we cannot refer them; the one writing is then asked whether they
    want support as their carer (``carer_support_wanted``). Their yes given later ("I've asked him now,
    he says go ahead") makes it their referral again."""
    agreed = parsing.parse_yes_no(text)
    if agreed is None:
        return {}, "not_yes_no"
    if agreed and referral.on_behalf_agreed is False:
        return {"on_behalf_agreed": True, "referrer_role": "on_behalf", "carer_support_wanted": None}, None
    if agreed:
        return {"on_behalf_agreed": True}, None
    return {"on_behalf_agreed": False}, None


# "It's not me that needs help, it's him", "forget it", "ok, I'll talk to her this weekend", "can you
# give me something to pass on to her?": support for themselves declined, or put off until the person
# has been asked.
_NOT_FOR_ME = re.compile(
    r"\b(?:(?:not|no) (?:me|for me|about me|mine|now)|i'?m (?:fine|ok|okay|alright)|i don'?t need|"
    r"forget (?:it|about it)|don'?t bother|never ?mind|leave it|come back|get back to you|another time|"
    r"maybe later|(?:talk|talking|speak|speaking|ask|asking|tell|have a word)(?: to| with| tae| wi)? "
    r"(?:her|him|them|my \w+|mum|mam|maw|dad|da)"
    r"(?! too)\b|pass (?:it |this |that )?on|to pass|give (?:to )?(?:her|him|them)\b|"
    r"(?:get in touch|contact (?:you|us)|ring you|text you) (?:herself|himself|themselves|themself)\b)"
)
_SURELY_YES = {"yes", "yeah", "yep", "aye", "please"}
# "aye fair enough, I'll speak to her tonight": the yes takes in what was said, it does not ask.
_TAKING_IN = re.compile(r"^(?:\w+ )?(?:fair enough|right enough|i see|i understand|understood|ok then)\b")


# "That would be good actually", "go on then", "I'd like that": a yes in other words; so is the support
# they want, described ("someone to talk to", "help planning how we manage").
_WOULD_LIKE = re.compile(
    r"\b(?:would (?:be|help)|(?:i'?d|i would) (?:like|love|appreciate)|go on|why not|sounds (?:good|ok)|"
    r"(?:could|might) help|need (?:it|that|some help|support)|could do with|"
    r"(?:help|support|something) for (?:me|myself)|"
    r"(?:can|could|may) i (?:get|have) (?:some )?(?:help|support)|"
    r"(?:someone|somebody) to (?:talk|speak) to|(?:talk|speak) to (?:someone|somebody)|"
    r"help (?:with|planning))\b"
)


def _carer_support_wanted(text: str, _referral: Referral, _content: Content) -> Reading:
    """A yes makes it the carer's own referral (support for them, as someone caring for a person with
    cancer); a no ends it there, told why and where else to turn, and nothing more is asked."""
    wanted = parsing.parse_yes_no(text)
    lowered = " ".join(parsing.clean(text).split())
    surely_yes = lowered.split(" ")[0].strip(",.!") in _SURELY_YES and not _TAKING_IN.search(lowered)
    if _NOT_FOR_ME.search(lowered) and not surely_yes:
        wanted = False
    elif wanted is None and _WOULD_LIKE.search(lowered):
        wanted = True
    if wanted is None:
        return {}, "not_yes_no"
    if wanted:
        return {
            "carer_support_wanted": True,
            "referrer_role": "carer_for_self",
            "cares_for_someone_with_cancer": True,
        }, None
    return {"carer_support_wanted": False, "eligibility_confirmed": True}, None


def _aftercare_consent(text: str, referral: Referral, _content: Content) -> Reading:
    """Local help while they wait and the outcome surveys: one answer, two consents. A first answer
    decides both; a later change ("no surveys" at the read-back) keeps what it does not mention."""
    said = read_consents(text)
    if said is None:
        return {}, "not_an_aftercare_answer"
    help_wanted, surveys = said
    if referral.offer_local_help is None and referral.survey_consent is None:
        help_wanted, surveys = settle(text, said)
    else:
        help_wanted = bool(referral.offer_local_help) if help_wanted is None else help_wanted
        surveys = bool(referral.survey_consent) if surveys is None else surveys
    return {"offer_local_help": help_wanted, "survey_consent": surveys}, None


# Changing the worries means scoring them again.
ASKED_AGAIN_WITH = {"concerns_text": ["concern_score"]}


def _review(text: str, referral: Referral, content: Content, retry: bool = False) -> Reading:
    """Yes, in any words ("that's all right", "go ahead"), sends it. Naming an answer changes it: at
    once when the new value is in the message ("actually I'm 67"), otherwise by asking that question
    again ("change my postcode"). A no keeps it unsent until they say yes (``not_confirmed``). Words
    that are neither get the plainest way on (``not_confirmed_again``); the second time running it
    is sent as it is, for a link worker to check by phone: never the same question round and round."""
    agreed = parsing.agrees(text)
    if agreed:
        return {}, None
    field = field_to_change(text)
    value = value_in(field, text) if field else None
    change = wants_a_change(text)
    if value is None and not change:
        field = None  # "thanks for the number I suppose": an answer named, no change asked for
    # Read once: a worry added, with or without a word for worry ("oh and I forgot to say I can't sleep too").
    added = _worries_added(text, referral, content) if change and field in (None, "concerns_text") else None
    if field is None and added:
        field = "concerns_text"
    if field is None and agreed is None and retry:
        return {"callback_requested": True}, None
    if field is None:
        return {}, "not_confirmed" if agreed is False else "not_confirmed_again"
    if value is not None:
        fields, problem = READERS[field](value, referral, content)
        if problem is None and all(getattr(referral, k, None) == v for k, v in fields.items()):
            # "The age is wrong, I'm 76" when 76 is what was read back: nothing to change, and
            # "otherwise yes" after it sends it; asking the age again would go round in a loop.
            rest = _OTHERWISE.search(text)
            return ({}, None) if rest and parsing.agrees(rest.group(1)) else ({}, "not_confirmed_again")
        if problem is None:
            return fields, f"changed:{field}"
    again = ",".join([field, *ASKED_AGAIN_WITH.get(field, [])])
    if field == "concerns_text":
        if added:  # the new worry is scored next ("concern_score" asked again)
            return added, f"changed:{again}"
        if added is not None:  # worries named that are already there: nothing to change
            return ({"callback_requested": True}, None) if retry else ({}, "not_confirmed_again")
    return {}, f"change:{again}"


# "..., otherwise yes", "apart from that it's fine": the rest of the read-back agreed to.
_OTHERWISE = re.compile(r"\b(?:otherwise|apart from that|other than that|the rest)\b(.*)", re.IGNORECASE)

# How something is added at the read-back, not the worry itself ("I forgot to say" is no memory problem).
_ADDING = re.compile(
    r"\b(?:i (?:forgot|meant|should have said|should of said|should've said|didn'?t say|never said)"
    r"(?: to (?:say|mention|add|tell you))?|oh and|and also|also|as well|too|mostly|but|add that|that)\b",
    re.IGNORECASE,
)


def _worries_added(text: str, referral: Referral, content: Content) -> dict[str, Any] | None:
    """ "I meant to say I'm worried about my son too": the new worry is added to those given, which
    keep their scores (it is then scored), rather than "what is worrying you?" asked all over again.
    Empty when every worry named is there already; None when none is named."""
    kept = [{"item": c.item, "score": c.score, "in_their_words": c.in_their_words} for c in referral.concerns]
    have = {c["item"] for c in kept}
    said = " ".join(_ADDING.sub(" ", text).split())
    named = match_concerns(said, content.checklist, referral.referrer_role)
    new = [i for i in named if i not in have]
    if not new:
        return {} if named else None
    added = [{"item": i, "in_their_words": text[:500]} for i in new]
    return {"concerns": (kept + added)[: max(len(kept) + 1, MAX_CONCERNS)]}


READERS: dict[str, Reader] = {
    "referrer_role": _choice("referrer_role", parsing.parse_role, "not_a_role"),
    "on_behalf_agreed": _on_behalf_agreed,
    "carer_support_wanted": _carer_support_wanted,
    "postcode": _postcode,
    "age": _age,
    "has_diagnosis": _has_diagnosis,
    "cares_for_someone_with_cancer": _cares_for,
    "cancer_type": _cancer_type,
    "skin_cancer_kind": _choice("skin_cancer_kind", parsing.parse_skin_kind, "not_a_skin_kind"),
    "name": _name,
    "preferred_name": _preferred_name,
    "referrer_name": _free_text("referrer_name", 120),
    "referrer_relationship": _free_text("referrer_relationship", 60),
    "referrer_phone": _phone("referrer_phone"),
    "phone": _phone("phone"),
    "contact_preferences": _contact_preferences,
    "interpreter_needed": _interpreter,
    "access_needs": _access_needs,
    "support_needs": _support_needs,
    "eligibility_check": _eligibility_check,
    "cancer_stage": _choice("cancer_stage", parsing.parse_stage, "not_a_stage"),
    "referral_source": _choice("referral_source", parsing.parse_referral_source, "not_a_source"),
    "concerns_text": _concerns,
    "concern_category": _concern_category,
    "concern_score": _concern_score,
    "main_concern": _main_concern,
    "distress_score": _choice("distress_score", parsing.parse_score, "not_a_score"),
    "what_matters_most": _free_text("what_matters_most", 1000),
    "aftercare_consent": _aftercare_consent,
    "review_confirm": _review,
}


# Asked again until answered: sending, and a refusal, need the person's own yes.
ASKED_UNTIL_ANSWERED = {"review_confirm", "eligibility_check", "on_behalf_agreed"}
# Needed for eligibility, but "don't know" or "rather not say" is still an answer: a link worker checks.
CHECKED_BY_A_PERSON = {"postcode", "age"}
# What "don't know" is stored as, where it matters to the link worker or to eligibility.
UNKNOWN: dict[str, dict[str, Any]] = {
    "cancer_stage": {"cancer_stage": "unknown"},
    "cancer_type": {"cancer_type": "unknown"},
}


def read_answer(
    field: str,
    text: str,
    referral: Referral,
    content: Content,
    category: str | None = None,
    retry: bool = False,
    opening: str | None = None,
) -> Reading:
    """The fields to store for this answer, or a problem. "Don't know" is fine where optional.

    ``category``: the checklist category the person is browsing, when answering with its numbers.
    ``retry``: the question was just asked again; an optional one is then skipped rather than asked a
    third time, and words about worries are kept as they are.
    ``opening``: the person's first message, which the role question's "me" is read beside.
    """
    if parsing.is_greeting(text):
        return {}, "greeting"
    if (field in OPTIONAL or field in CHECKED_BY_A_PERSON) and parsing.is_dont_know(text):
        return UNKNOWN.get(field, {}), None
    if field == "concerns_text":
        browsing = category if category in content.checklist.categories else None
        return _concerns(text, referral, content, browsing, retry)
    if field == "review_confirm":
        return _review(text, referral, content, retry)
    fields, problem = READERS[field](text, referral, content)
    if field == "referrer_role" and fields.get(field) == "self":
        fields = {field: parsing.role_beside_opening(fields[field], text, opening)}
    if problem is not None and retry and field == "concern_score":
        # Asked for a number, given words: "pretty bad" is a score; anything else is not asked a third time.
        in_words = parsing.score_in_words(text)
        return _score_next(referral, scores=None if in_words is None else [in_words]), None
    retried_role = problem is not None and retry and field == "referrer_role"
    if retried_role and (chosen := parsing.role_by_number(text)):
        return {field: chosen}, None  # the same number chosen twice, whatever the words beside it
    if retried_role and opening:
        # Not understood twice: what their first message said ("My husband have cancer. I take care
        # him. Can you help me?"), rather than a guess that it is for them as the patient.
        from_opening = parsing.parse_role(opening)
        if from_opening is not None:
            return {field: from_opening}, None
    if problem == "not_their_age" and retry:
        # Said of someone else twice ("She's 90, born June 1936", typed by a granddaughter sitting with
        # her): the age they give is taken, and the read-back shows it to them.
        return _age_given(text, referral)
    if problem is not None and retry and field == "on_behalf_agreed":
        return READERS[field]("no", referral, content)  # no clear agreement: not referred for them
    if problem is not None and retry and field == "carer_support_wanted":
        # They came for help: support, and they can stop. But a question back twice ("can't you just
        # ring him and see?") asks about the other person, not for support of their own.
        return READERS[field]("no" if parsing.asks_first(text) else "yes", referral, content)
    if problem is not None and retry and field not in ASKED_UNTIL_ANSWERED:
        # Never a third time: left for the link worker (an unknown postcode or age goes to a person).
        return UNKNOWN.get(field, {}), None
    return fields, problem
