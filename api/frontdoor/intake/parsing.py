"""Reading short answers the way people type them: "yeah", "2", "its for my mum", "the nurse told me".

Every parser returns the stored value, or None when it cannot tell: the bot then asks again kindly.
Numbered choices always accept the number or free text, so the same parsers serve web buttons and SMS.
"""

from __future__ import annotations

import re
from datetime import date

from text_to_num import alpha2digit

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
    "k",
    "kk",
    "okey",
    "oki",
    "okie",
    "okey dokey",
    "okie dokie",
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


# Tyneside and Durham's "why aye" (and its spellings) is a warm yes, never a question.
_WHY_AYE = re.compile(r"^(?:why|whey|wey|way|whay|wy) ?aye\b")


# A thumbs up is a yes and a thumbs down a no, as people mean them when they send one as an answer.
_EMOJI_ANSWERS = {"\U0001f44d": " yes ", "\U0001f44c": " yes ", "\u2705": " yes ", "\u2714": " yes ",
                  "\U0001f197": " yes ", "\U0001f44e": " no ", "\u274c": " no "}  # fmt: skip
_EMOJI_ANSWER = re.compile("|".join(_EMOJI_ANSWERS))


def _clean(text: str) -> str:
    said = _EMOJI_ANSWER.sub(lambda m: _EMOJI_ANSWERS[m.group(0)], (text or "").lower())
    cleaned = " ".join(re.sub(r"[^\w' ]", " ", said).split())
    return _WHY_AYE.sub("aye", cleaned)


def clean(text: str) -> str:
    """Lower case, words and apostrophes only, single spaces."""
    return _clean(text)


_LEADING_YES_WORDS = {
    "yes", "yeah", "yep", "aye", "ye", "yh", "ya", "yup", "yea", "yess", "yesss", "y", "yeh", "yah", "yas",
    "ar", "arr",  # the Black Country's and Birmingham's yes
    # Yes in the languages most often written to UK services besides English, said before the English:
    # Portuguese, Polish, Lithuanian, Spanish and Italian, French, German and Dutch, Urdu, Hindi,
    # Punjabi and Bengali in Latin letters, Turkish, Arabic, Tigrinya, Hungarian, Czech.
    "sim", "tak", "taip", "si", "sí", "oui", "ja", "haan", "haanji", "ji", "hya", "evet", "naam", "aiwa",
    "aywa", "ewe", "igen", "ano",
}  # fmt: skip
# No in those languages, as above (not "na", "la", "ne": English and dialect words as well).
_LEADING_NO_WORDS = {
    "no", "nope", "nah", "naw", "n", "nie", "não", "nao", "nahi", "nahin", "nein", "non", "hayir", "hayır",
}  # fmt: skip
# "she told me to", "he knows", "they're happy for me to": agreement in words, not a yes.
_AGREES = re.compile(
    r"\b(?:she|he|they|mum|dad|mam)(?: has| have|'s|s)? (?:said|says|say|told|asked|knows|know|agreed|agree|"
    r"wants|want|is happy|are happy|happy|is fine|fine with|ok with|okay with|gave)\b"
)
_DISAGREES = re.compile(
    r"\b(?:doesn'?t|dont|don'?t|does not|do not|hasn'?t|has not|isn'?t|not|didn'?t|did not|wouldn'?t|"
    r"would not|won'?t|will not) (?:know|agree|want|aware|happy|told|asked|consent|accept)\b|\bnot yet\b|"
    r"\bhaven'?t (?:told|asked)\b|\b(?:refused|refuses)\b|"
    r"\b(?:said|says|say) no\b(?! problem| worries| bother)|"
    # "he'd go mental if he knew", "behind her back": they do not know
    r"\bif (?:he|she|they) (?:knew|found out|finds out|find out)\b|\bbehind (?:his|her|their) backs?\b"
)


# Said before the answer ("actually yes", "well no", "ok yes"); "ok" alone is a yes of its own.
_OPENING_FILLERS = {
    "actually", "well", "oh", "um", "umm", "erm", "hmm", "ah", "och", "ach", "so", "right", "ok", "okay",
    "alright",
}  # fmt: skip


# Someone typing for the person passes their answer on: "Danny says yes ok", "mum says 2", "he says:
# no". Present tense only ("she said to" is how an agreement is told, and keeps its words).
_RELAYED = re.compile(
    r"^\s*(?:(?:his|her|their|my|me) )?(?!(?:it|that|this|nobody|no one|noone|everyone|everybody|"
    r"somebody|someone|what|who|which|doctor|dr|nurse|letter)\b)[a-z]+ (?:says|sez)\b\s*[:,-]?\s*(?=\S)",
    re.IGNORECASE,
)


def without_relaying(text: str) -> str:
    """The answer passed on, without "Danny says" before it; any other text as it is."""
    return _RELAYED.sub("", text or "", count=1)


# A change of mind part way through: "I haven't asked him yet... hang on, he's here, he says yes".
_THEN_AGAIN = re.compile(r"\.\.\.|\b(?:hang on|hold on|wait|actually|on second thoughts?|scratch that)\b")


def parse_yes_no(text: str) -> bool | None:
    """Yes or no, as people type it: "yh", "ye she told me to", "nah not yet", "she knows". After a change
    of mind ("no... actually yes", "not yet, hang on, he says go ahead"), what comes after it decides."""
    changes = [found.end() for found in _THEN_AGAIN.finditer(text or "") if found.start() > 0]
    for cut in reversed(changes):
        if (later := _yes_or_no(text[cut:])) is not None:
            return later
    return _yes_or_no(text)


def _yes_or_no(text: str) -> bool | None:
    cleaned = _clean(text)
    words = cleaned.split(" ") if cleaned else []
    while len(words) > 1 and words[0] in _OPENING_FILLERS:
        words = words[1:]  # "actually yes, ...", "well no": the answer comes after
    first = words[0] if words else ""
    if cleaned in _YES or first in _LEADING_YES_WORDS:
        return True
    if (
        cleaned in _NO
        or first in _LEADING_NO_WORDS
        or re.match(r"not (?:really|yet|exactly|as such)\b", cleaned)
    ):
        return False
    if _DISAGREES.search(cleaned):
        return False
    if _AGREES.search(cleaned):
        return True
    return None


# A yes to a read-back in many words: "that's all right", "go ahead", "all correct", "looks fine to me".
# Every word must be one of these, and at least one must carry the agreement itself.
_AGREEING = {
    "right", "alright", "fine", "good", "great", "correct", "ok", "okay", "perfect", "lovely", "grand",
    "brilliant", "send", "ahead", "accurate", "happy", "sorted", "spot", "yes", "aye", "yeah", "yep",
    "fab", "exactly", "true", "done", "super", "champion", "cool", "yup", "go", "agree", "agreed", "yeh",
    "fair", "yh", "ye", "yea", "spot-on", "bang", "sound", "canny", "braw", "consent", "consented",
    "accept", "accepted", "permission", "agreeable", "satisfactory",
}  # fmt: skip
_AGREEMENT_FILLER = {
    "that", "thats", "that's", "it", "its", "it's", "is", "all", "looks", "look", "looking", "sounds",
    "seems", "everything", "everythings", "everything's", "please", "thanks", "thank", "you", "ta",
    "cheers", "with", "me", "to", "i", "im", "i'm", "am", "on", "away", "can", "just", "so", "very", "then",
    "really", "quite", "pretty", "the", "details", "info", "information", "this", "those", "them",
    "they", "are", "they're", "theyre", "all's", "alls", "and", "now", "do", "by", "as", "for", "far",
    "know", "lass", "hen", "pal", "love", "mate", "dear", "oh", "well", "here", "have", "read", "i've",
    "ive", "we", "both", "we've", "weve", "about", "more", "or", "less", "near", "enough", "mostly",
    "summary", "whatever", "suppose", "guess", "reckon", "think", "spose", "s'pose", "a", "give", "my",
    "has", "ar", "arr", "duck", "hun", "luv", "bab", "chuck", "darlin", "kid", "ach", "och",
    "eh", "er", "erm", "um", "umm", "uh", "ah",  # "eh thats fine", "erm yes that's ok": a breath first
}  # fmt: skip

# A yes without enthusiasm is still a yes: "I suppose so", "go on then", "if you must".
_GRUDGING_YES = re.compile(
    r"(?:oh |well |ok |okay )?(?:i )?(?:suppose|guess|think) so(?: then| yes| yeah| aye)?|"
    r"(?:oh |well )?go on(?: then)?|if you must|if i (?:must|have to)|(?:i )?don'?t mind"
)
_NOT_AGREEING = re.compile(r"\b(?:not|no|nope|isn'?t|wrong|change|but|except|actually|wait|hang|hold)\b")


def agrees(text: str) -> bool | None:
    """A yes to "shall I send this?", in as many words as people use: "that's all right", "aye that's
    right", "go ahead", "all correct", "looks fine to me". Anything else, or a "not", is not a yes."""
    answer = parse_yes_no(text)
    cleaned = _clean(text)
    if answer is False or not cleaned or _NOT_AGREEING.search(cleaned):
        return answer
    words = cleaned.split()
    if all(w in _AGREEING or w in _AGREEMENT_FILLER for w in words) and any(w in _AGREEING for w in words):
        return True
    if answer is None and words[-1] in _LEADING_YES_WORDS and "?" not in text:
        return True  # "that's about right yes", "whatever aye": the yes comes last
    if answer is None and _GRUDGING_YES.fullmatch(cleaned):
        return True
    return answer


def confirms_read_back(text: str) -> bool:
    """Agreement in more than a bare yes ("yes, that's right", "correct", "aye spot on"), in the words
    :func:`agrees` knows: after "you said there has been no diagnosis. Is that right?" it confirms what
    was read back, where a bare "yes" may be answering the question itself."""
    cleaned = _clean(text)
    words = cleaned.split()
    return (
        bool(words)
        and not _NOT_AGREEING.search(cleaned)
        and all(w in _AGREEING or w in _AGREEMENT_FILLER for w in words)
        and any(w in _AGREEING and w not in _LEADING_YES_WORDS for w in words)
    )


# Question words, as written in a hurry or in dialect too ("wat do i do then", "whit happens noo").
_ASKING = re.compile(
    r"^(?:who|what|whats|wat|wats|wot|wots|wut|whit|where|when|wen|which|why|how|hoo|will|would|does|do|"
    r"did|can|could|should|shall|is|are)\b"
)


# "so what can I do then", "but how does it work": a question after a word that leads into it.
_LEADING_FILLER = re.compile(r"^(?:(?:so|and|but|well|ok|okay|right|then) )+")


def asks_first(text: str) -> bool:
    """A question back before answering ("Before I say yes, who exactly would see it?", "where does it
    go"): to be answered, and the question put again, never read as a yes or a no."""
    cleaned = _clean(text)
    first = cleaned.split(" ")[0] if cleaned else ""
    if first in _LEADING_YES_WORDS or first in _LEADING_NO_WORDS or cleaned in _YES or cleaned in _NO:
        return False
    return "?" in text or bool(_ASKING.match(_LEADING_FILLER.sub("", cleaned)))


# Agreeing to the sharing itself, said as a whole sentence: "I consent to my information being shared with
# the link worker team", "you have my permission to pass it on", "I'm happy for you to share my details".
_AGREES_TO_SHARING = re.compile(
    r"\b(?:i|we) (?:hereby |fully |do |am |are |'m |'re )?(?:consent|agree|give (?:my |our )?"
    r"(?:consent|permission|agreement))\b|"
    r"\b(?:you )?(?:have|has) (?:my|our) (?:consent|permission|agreement)\b|"
    r"\b(?:i'?m|i am|we'?re|we are|im) (?:quite |very |perfectly |more than )?(?:happy|content|fine|ok|okay) "
    r"(?:for|with|to)\b|"
    r"\byou (?:can|may|are welcome to) (?:share|pass|send|use|keep|hold)\b"
)
# Words that take the agreement back or hold it off ("hold" is not one here: "to hold my details").
_SHARING_DOUBTED = re.compile(r"\b(?:not|no|don'?t|dont|never|but|rather|except|wait|unless)\b")


def _agrees_to_sharing(text: str) -> bool:
    cleaned = _clean(text)
    return bool(_AGREES_TO_SHARING.search(cleaned)) and not _SHARING_DOUBTED.search(cleaned)


# Not following the question: "I don't know what a privacy notice is", "not sure what that means", "I
# don't understand": a question back in other words (explained, then asked again), never a no.
_DOES_NOT_FOLLOW = re.compile(
    r"^(?:(?:sorry|sorry but|um|erm|eh) )?(?:i )?(?:don'?t|dont|do not|didn'?t|did not) (?:know|understand|"
    r"get|follow)(?: (?:what|wat|wot|it|that|this|the|any of|what any of|what you mean))?\b|"
    r"\b(?:no idea|not sure|unsure) what\b|\bwhat(?:'s| is| does) (?:a |an |that|this|it)\b"
)


def read_privacy_answer(text: str) -> tuple[bool | None, bool]:
    """The privacy question's answer: (yes, no or None to ask again; whether they asked something first).
    With a question back, the answer is what the rest says ("I suppose so. Is it shared with my GP?"
    is a yes beside a question), for the caller to take once the question has been answered."""
    choice = parse_number_choice(text, 2)  # 1. Yes, that's OK  2. No
    if choice is not None:
        return choice == 0, False
    came_to = _answer_come_to(text)
    if came_to is not None:
        return came_to, False
    if _DOES_NOT_FOLLOW.search(_clean(text)):
        return None, True
    if asks_first(text):
        statements = [part for part in re.split(r"(?<=[.!?])\s+", text) if "?" not in part]
        return (_consents(" ".join(statements)) if statements else None), True
    return _consents(text), False


def _consents(text: str) -> bool | None:
    """Agreement said as a sentence ("if it's only the link workers then yes, I agree"), or a yes or no."""
    return True if _agrees_to_sharing(text) else agrees(text)


# How an answer arrived at starts: "ach, go on then", "ok fine", "alright then, yes".
_COMING_ROUND = {
    "ach", "och", "oh", "ok", "okay", "alright", "aright", "fine", "well", "go", "right", "hmm", "hm",
    "whatever", "sure",
}  # fmt: skip
# Where a message breaks off: a sentence's end, or a pause ("naw... ach go on then").
_BREAKS = re.compile(r"(?<=[.!?])\s+|\s*(?:\.{2,}|\u2026)\s*")


def _answer_come_to(text: str) -> bool | None:
    """The answer someone talks themselves round to after a question or a pause: "naw. whit's it fur?
    ... ach aye go on then" is a yes, "who sees it? no thanks" a no. Their last words decide; with
    the question last ("I suppose so. Is it shared with my GP?") the question is still open: None."""
    parts = [part for part in _BREAKS.split(text or "") if _clean(part)]
    if len(parts) < 2 or "?" in parts[-1]:
        return None
    paused = bool(re.search(r"\.{2,}|\u2026", text))
    if not paused and not any("?" in part for part in parts[:-1]):
        return None
    # Only an answer said as one: "I don't want it going all over the place" after "who sees it?" is
    # a worry to answer, not a no.
    first = _clean(parts[-1]).split(" ")[0]
    if first not in _LEADING_YES_WORDS | _LEADING_NO_WORDS | _COMING_ROUND:
        return None
    return agrees(parts[-1])


# Taking in what was read back, rather than disputing it: "oh that's a shame", "I see, thank you",
# "ok I'll ring the GP then", "fair enough". Said when told an answer means the service cannot help.
_TAKES_IT_IN = re.compile(
    r"\b(?:ok|okay|oh|i see|shame|pity|oh well|fair enough|understood|understand|right|alright|"
    r"never mind|nevermind|no worries|no bother|no problem|thank|thanks|ta|cheers|good news|"
    r"i'?ll (?:ring|call|phone|try|contact|get in touch|go|ask|look)|"
    r"i will (?:ring|call|phone|try|contact))\b"
)
_DISPUTES = re.compile(
    r"\b(?:not right|isn'?t|is not|not my|wrong|mistake|typo|that'?s not|thats not|it'?s not|its not|"
    r"actually|"
    r"i meant|i mean|should be|should have|but it'?s|but its|but i'?m|but im|but i am|i do have|i have got|"
    r"i'?ve got|change)\b|^\s*(?:no|nope|nah|naw)\b"
)


def takes_it_in(text: str) -> bool:
    """Accepting what was read back in words other than yes: "oh that's a shame, I'll ring them then",
    "I see. Thank you for the numbers". Never when the words dispute it ("no, that's wrong", "ok but
    it's actually DH1")."""
    return bool(_TAKES_IT_IN.search(_clean(text))) and not disputes(text)


def disputes(text: str) -> bool:
    """Words that say what was read back is wrong ("hang on, that isn't my postcode", "but it's DH1")."""
    return _DISPUTES.search(_clean(text)) is not None


def _cue_spans(padded: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for cue in cues:
        start = padded.find(f" {cue} ")
        while start != -1:
            spans.append((start + 1, start + 1 + len(cue)))
            start = padded.find(f" {cue} ", start + 1)
    return spans


def _choose(text: str, options: list[tuple[str, tuple[str, ...]]]) -> str | None:
    """A numbered choice ("2"), or the option the words in the text point to, weighing them all.

    Every cue found counts, longest first, and a shorter cue inside a longer one counts for nothing
    ("finished treatment" is about finishing, not about treatment). The option with the most evidence
    wins; when two options have the same evidence the reader refuses to guess (None: ask again).
    """
    cleaned = _clean(text)
    if (place := said_place(cleaned)) is not None:
        cleaned = str(place)
    if cleaned.isdigit() and 1 <= int(cleaned) <= len(options):
        return options[int(cleaned) - 1][0]
    if cleaned in {value for value, _ in options}:
        return cleaned
    padded = f" {cleaned} "
    found = sorted(
        (
            (end - start, start, end, value)
            for value, cues in options
            for start, end in _cue_spans(padded, cues)
        ),
        reverse=True,
    )
    taken: list[tuple[int, int]] = []
    weight: dict[str, int] = {}
    for length, start, end, value in found:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        weight[value] = weight.get(value, 0) + length
    if not weight:
        return None
    ranked = sorted(weight.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


_SELF = re.compile(
    r"\b(?:(?:it'?s |its |just |only )?(?:me|myself|mine|meself|mesel|masel|mysel|missen)"
    r"|i (?:have|ve got|'ve got|got|was diagnosed|am the patient)"
    r"|i'?m the (?:one|patient)|my (?:own )?cancer|i do)\b"
)
_CARER = re.compile(
    r"\b(?:carer|carers|caring|care for|cares for|cared for|look after|looks after|looking after|"
    r"lookin after|"
    r"(?:look|looks|looking|lookin) (?:eftir|efter|aifter)|"  # Scots: "am lookin eftir bill"
    r"looked after|support for me|for me as|for myself as|my own support|help for me|for me not|"
    r"take care of|taking care of|i care my|i care (?:for )?him|i care (?:for )?her|"
    # as written in a second language: "I am his wife, I take care", "i take care him"
    r"i take care|i am taking care|i'?m taking care|take care (?:him|her|them|my))\b"
)
# Someone the person is close to, named as the subject ("my dad has it", "for my wife").
# "me dad", "ma neebur", "fur ma pal": the same in the north and in Scots.
RELATIVE = (
    r"(?:mum|mom|mam|mammy|mother|dad|da|father|husband|hubby|wife|missus|partner|son|"
    r"daughter|friend|brother|sister|nan|nana|gran|granny|grandma|grandad|grandpa|grandfather|"
    r"grandmother|granddaughter|grandson|grandchild|grandkid|stepson|stepdaughter|bairn|wean|lad|lass|"
    r"aunt|auntie|uncle|niece|nephew|neighbour|neighbor|neebur|fiance|fiancee|boyfriend|pal|mate|"
    r"girlfriend|other half|"
    r"relative|cousin|stepdad|stepmum|mother in law|father in law|parent|parents|child)"
)
_OTHER = re.compile(
    rf"\b(?:my|me|ma|our|(?:for|fur|fae) (?:my|me|ma|our)|for his|for her) ?{RELATIVE}\b"
    r"|\b(?:someone else|somebody else|on behalf|on his behalf|on her behalf|for him|for her|for them|"
    r"refer (?:him|her|them))\b"
)
# "me dad", "ma maw": "my" as it is said, so the "me" in them is not the one writing.
_ME_FOR_MY = re.compile(rf"\b(?:me|ma) (?={RELATIVE}\b)")
_WITH_ME = re.compile(r"\b(?:here |sat |sitting |right )?(?:with|beside|next to) me\b")
# "For Chloe": a name, so the support is for someone else ("for me", "for us" are not names).
_FOR_A_NAME = re.compile(
    r"^(?:(?:it'?s|its|it is|this is) )?(?:for|fur) (?!(?:me|myself|us|now|help|support)\b)[a-z]+$"
)
# "she has it", "my dad, who has cancer"; not "it's me who has it" or "it's me that has it".
_OTHER_HAS_IT = re.compile(
    r"\b(?:he|she|they|(?<!me )(?<!one )(?:who|that)|which) (?:has|have|has got|'s got|s got|is|was|are) "
    r"(?:got )?"
    r"(?:it|cancer|been diagnosed|the cancer|having|on chemo|ill|poorly)\b|\bwith cancer\b|\bhas cancer\b"
)


_I_AM_THEIR = re.compile(
    r"\bi(?:'m| am|m) (?:the|his|her|their) (?:wife|husband|partner|daughter|son|mum|mam|mother|dad|father|"
    r"sister|brother|carer|girlfriend|boyfriend|fiance|fiancee)\b"
)
_HAS_A_RELATIVE = re.compile(
    r"\bi (?:have|ve got|'ve got) (?:a|an) \w+ (?:with|who has|who'?s got) (?:cancer|it)\b"
)


_I_HAVE_IT = re.compile(
    r"\bi(?:'ve| ve| have| got| was diagnosed| am the patient)\b|\bive got\b|\bmy (?:own )?cancer\b|"
    r"\bi'?m the (?:one|patient)\b|\bim the (?:one|patient)\b"
)


# The writer's own diagnosis, said outright: "I have skin cancer", "I've got lymphoma", "my own cancer".
_I_HAVE_CANCER = re.compile(
    r"\b(?:i|i'?ve|ive|i have|i'?ve got|ive got|i got|i'?m|im|i am) (?:got |been diagnosed with )?"
    r"(?:(?!had\b|was\b|used\b)\w+ )?"
    r"(?:cancer|carcinoma|lymphoma|leukaemia|leukemia|melanoma|myeloma|sarcoma|tumour|tumor)\b"
    r"|\bmy (?:own )?cancer\b|\bi'?m the patient\b"
)


# The writer saying the illness is theirs, beside family named for another reason.
_I_SAID_I_HAVE_IT = re.compile(rf"{_I_HAVE_CANCER.pattern}|\bi'?m the one (?:with|who has|who'?s got)\b")


# Caring for someone whose illness is not cancer ("I also look after my wife, who has dementia"): the
# support asked for is the writer's own, as someone with cancer, not as a carer.
_CARES_FOR_ANOTHER_ILLNESS = re.compile(
    r"\b(?:who has|who'?s got|has got|has|with|got) (?:a |bad )?(?:dementia|alzheimer'?s|parkinson'?s|ms|"
    r"multiple sclerosis|stroke|copd|heart failure|motor neurone|mnd|diabetes|learning disabilit(?:y|ies)|"
    r"autism|cerebral palsy|arthritis)\b"
)


def role_beside_opening(role: str, text: str, opening: str | None) -> str:
    """The role question's answer (``role``, read from ``text``), beside the person's first message. A
    bare "me" says only that the support is for the one writing; when they opened with "my dad's got
    cancer and I'm looking after him, do you help carers?", it is for them as a carer. "Me, I've got it"
    stays the patient, and so does "1", the option that reads "Me, I have cancer": "My mum and my
    auntie both had it and I'm scared I'll get it ... 1" is not a carer."""
    cleaned = _clean(text)
    bare_me = role == "self" and not _I_HAVE_IT.search(cleaned) and "1" not in cleaned.split()
    if not (bare_me and opening):
        return role
    said_first = _clean(opening)
    caring = bool(_CARER.search(said_first)) and not _I_HAVE_CANCER.search(said_first)
    return "carer_for_self" if caring or parse_role(opening) == "carer_for_self" else role


ROLES = ("self", "carer_for_self", "on_behalf")
# "me mate, 1", "1 - me", "... 2 i suppose": the option's number at either end of the answer, beside
# words; at both ends ("3 - actually no, it's for me, I look after her. so 2"), the last is the one
# they settled on.
_ROLE_NUMBER_LAST = re.compile(
    r"(?:^| )([1-3])(?: (?:i suppose|i guess|i think|i reckon|probably|then|please|thanks|thank you))?$"
)
_ROLE_NUMBER_FIRST = re.compile(r"^([1-3]) ")
# A number chosen over the one given: "sorry I mean 3", "meant to put 2", "pressed the wrong one, it's 3".
ROLE_MEANT = re.compile(
    r"(?:\b(?:i mean|i meant|meant)(?: to say| to put| option| number)?"
    r"|\bwrong (?:one|number|button|option|key|choice)\b.*?\b(?:it'?s|its|it is|should be|should have been))"
    r" ([1-3])\b"
)
# "I'm not his carer, just his friend": a carer's word said of what they are not.
_NOT_THEIR_CARER = re.compile(r"\b(?:not|n't|nt) (?:really )?(?:his|her|their|a|the|me|my) (?:main )?carer\b")
# "2. Sorry, I mean 1, it's me that has it", "1. no sorry, not me, it's for my mum": a number taken back
# straight away; what follows says who the support is for.
_NUMBER_TAKEN_BACK = re.compile(
    r"^[1-3] (?:(?:no|nope|sorry|oops|wait|actually|i mean|i meant|wrong one|my mistake|scratch that) )+"
    r"(?P<rest>.+)$"
)
# "me mate", "me love", "me pal": the one writing, then a word for whoever reads it ("me, mate").
_ME_THEN_THEM = re.compile(r"\bme (?:mate|pal|love|hen|pet|duck|darling|son|bud|buddy)$")


def _role_number(cleaned: str) -> re.Match[str] | None:
    return _ROLE_NUMBER_LAST.search(cleaned) or _ROLE_NUMBER_FIRST.match(cleaned)


def _without_role_numbers(cleaned: str) -> str:
    return " ".join(w for w in cleaned.split() if w not in {"1", "2", "3"})


def _role_numbered(cleaned: str, found: re.Match[str]) -> str | None:
    """An answer with the option's number and words: the number, when the words agree with it or say
    nothing clear; "me mate, 1" is the one writing (a word for the reader, not "my mate"). Words that
    say otherwise ("my mum, 1") leave it to be asked again."""
    chosen = ROLES[int(found.group(1)) - 1]
    words = _without_role_numbers(cleaned)
    if chosen == "self" and _ME_THEN_THEM.search(words):
        return chosen
    said = parse_role(words)
    if chosen == "carer_for_self" and said == "self" and not _I_HAVE_IT.search(words):
        return chosen  # "2 - for me": a carer's support is for them, as option 2 says
    if said in (None, chosen) or {said, chosen} == {"carer_for_self", "on_behalf"}:
        # "3. im his wife, i look after him. he asked me to do this": family who care for someone and
        # ask for them are both; the number says which help they chose.
        return chosen
    return None


def role_by_number(text: str) -> str | None:
    """The option's number at either end of the answer, unless the words beside it are about someone
    else and the number is not ("my mum, 1"): for an answer given the same way twice."""
    cleaned = _clean(text)
    numbered = _role_number(cleaned)
    if not numbered:
        return None
    chosen = ROLES[int(numbered.group(1)) - 1]
    words = _without_role_numbers(cleaned)
    return None if parse_role(words) == "on_behalf" and chosen != "on_behalf" else chosen


def parse_role(text: str) -> str | None:
    """Who the support is for, from everything the message says, not the first cue in it.

    "for my dad" and "it's for my mum, she knows I'm doing this" are on behalf of someone; "me",
    "just me" and "I've got it" are the person themselves; "my wife has it but the support is for me"
    and "I look after my husband" are a carer for their own support. Evidence both ways with nothing to
    settle it (None) means asking again.
    """
    cleaned = _clean(text)
    if (place := said_place(cleaned)) is not None:
        cleaned = str(place)
    if cleaned.isdigit():
        number = int(cleaned)
        return ROLES[number - 1] if 1 <= number <= 3 else None
    if cleaned in ROLES:
        return cleaned
    taken_back = _NUMBER_TAKEN_BACK.match(cleaned)
    if taken_back and (said := parse_role(taken_back.group("rest"))) is not None:
        return said
    if meant := ROLE_MEANT.search(cleaned):  # "sorry, I mean 3. I'm not his carer, just his friend"
        return ROLES[int(meant.group(1)) - 1]
    numbered = _role_number(cleaned)
    if numbered:
        return _role_numbered(cleaned, numbered)
    if _FOR_A_NAME.match(cleaned):
        return "on_behalf"
    # "3, he's sat here with me": who is with them, not whom the support is for.
    padded = _WITH_ME.sub(" ", _ME_FOR_MY.sub("my ", f" {cleaned} "))
    not_their_carer = bool(_NOT_THEIR_CARER.search(padded))
    padded = _NOT_THEIR_CARER.sub(" ", padded)
    if _I_AM_THEIR.search(padded) and re.search(r"\b(?:for me|for myself|me)\b", padded):
        return "carer_for_self"  # "for me, I'm the wife": the one asking, who is family to the patient
    if _HAS_A_RELATIVE.search(padded):
        return None  # "I have a husband with cancer": for him, or for them as his carer? Ask.
    carer = bool(_CARER.search(padded))
    other = bool(_OTHER.search(padded)) or bool(_OTHER_HAS_IT.search(padded))
    me = bool(_SELF.search(padded))
    if not_their_carer and not carer and not me:
        return "on_behalf"  # "I'm not her carer, just a neighbour": asking for her
    if carer and _I_HAVE_CANCER.search(padded) and not _OTHER_HAS_IT.search(padded):
        return "self"  # "I have skin cancer. I also look after my wife, but this is for me."
    if carer and me and _CARES_FOR_ANOTHER_ILLNESS.search(padded) and "cancer" not in padded:
        return "self"  # "It is for me. I also look after my wife, who has dementia."
    if carer:
        # A carer asks for their own support unless they say plainly it is for the other person: the
        # answer begins with who it is for ("for my wife. I look after her", "me da, a'm his carer").
        for_them = re.search(
            r"\b(?:refer (?:him|her|them)|on (?:his|her|their) behalf|on behalf)\b"
            rf"|^ (?:(?:it'?s|its|it is|this is) )?(?:(?:for|fur) )?(?:my|our) {RELATIVE}\b",
            padded,
        )
        for_me = re.search(r"\b(?:for me|myself|my own|(?:help|support|helping|supporting) me)\b", padded)
        return "on_behalf" if for_them and not for_me else "carer_for_self"
    if other and _I_SAID_I_HAVE_IT.search(padded) and not _OTHER_HAS_IT.search(padded):
        return "self"  # "it's for me, I'm the one with the melanoma, my husband is shaken by it too"
    if other and me:
        # "my wife has it but it's for me": the support is for the one asking, who cares for her.
        for_me = r"\b(?:(?:it'?s|its|is|support|help) for me|for myself|me not|myself not)\b|^ (?:for )?me\b"
        return "carer_for_self" if re.search(for_me, padded) else "on_behalf"
    if other:
        return "on_behalf"
    if me:
        return "self"
    return None


DIAGNOSIS_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    (
        "yes",
        (
            "yes",
            "y",
            "yeah",
            "yep",
            "diagnosed",
            "i do",
            "aye",
            "i have cancer",
            "i've got cancer",
            "it is cancer",
            "it's cancer",
            "its cancer",
        ),
    ),
    (
        "awaiting",
        (
            "waiting",
            "awaiting",
            "tests",
            "not sure yet",
            "don't know yet",
            "results",
            "suspected",
            "result",
            "not yet",
            "wait for",
            "i wait",
            "still wait",
        ),
    ),
    ("no", ("no", "n", "nope", "nah", "never", "not diagnosed")),
]


# Signs of a diagnosis still being looked for, heard only when nothing else answers the question ("not
# officially, a shadow on his lung, biopsy next month"): "yes, found on a scan" stays a yes.
_STILL_LOOKING = re.compile(
    r"\b(?:biopsy|biopsies|scan|scans|not officially|not confirmed|likely|might be|could be|shadow|"
    r"investigations|being investigated|two week wait)\b"
)


_STILL_GOING_ON = re.compile(r"\b(?:still|having|next|booked|due|going for|waiting|waitin)\b")


# A diagnosis looked for and ruled out: "it was benign", "a fibroadenoma, not cancer", "all clear".
_RULED_OUT = re.compile(
    r"\b(?:not|wasn'?t|isn'?t|no|never) (?:a |the )?(?:cancer|cancerous|malignant)\b|\bbenign\b|"
    r"\ball clear\b|\bnothing sinister\b"
)


def cancer_ruled_out(text: str) -> bool:
    return bool(_RULED_OUT.search(_clean(text)))


# A cancer named that is not the writer's: someone close who has or had it ("my mam died of breast
# cancer"), or a fear of getting it ("I'm terrified I'll get it") ...
_SOMEONE_ELSES_CANCER = re.compile(
    rf"\b(?:my|our|me|ma) {RELATIVE}\b[^.?!]{{0,30}}?\b(?:has|had|got|died|passed|was diagnosed|lost|"
    r"battled|fought|beat|is having|was having)\b"
)
_FEARS_GETTING_IT = re.compile(
    r"\b(?:scared|terrified|frightened|worried|afraid|fear|feared|petrified|panicking)\b[^.?!]{0,30}?"
    r"\b(?:i'?ll|ill|i will|i might|i may|i could|i'?d|i am going to|i'?m going to|im going to) "
    r"(?:get|have|end up with|catch)\b"
)
# ... unless they say it is theirs as well: "I was diagnosed with a melanoma", "I've got lymphoma".
_SAYS_IT_IS_THEIRS = re.compile(
    rf"{_I_HAVE_CANCER.pattern}|\bi (?:was|have been|'?ve been|ve been) diagnosed\b"
)


def cancer_named_is_not_theirs(text: str) -> bool:
    """Whether a cancer in the writer's own words belongs to someone else or is only feared: it is then
    not taken as their diagnosis, and the question is asked."""
    cleaned = _clean(text)
    if _SAYS_IT_IS_THEIRS.search(cleaned):
        return False
    return bool(_SOMEONE_ELSES_CANCER.search(cleaned) or _FEARS_GETTING_IT.search(cleaned))


# A wait for tests or results said not to be happening.
_NO_WAIT = re.compile(
    r"\b(?:not|nor|never|isn'?t|aren'?t) (?:waiting|awaiting|waitin|having|had|"
    r"getting|booked in for) (?:on |for )?(?:any |some |more )?(?:tests?|results?|scans?|biops(?:y|ies)|"
    r"anything)\b|\bno (?:tests?|results?|scans?) (?:to wait|pending|booked|coming)\b"
    # "the GP hasn't sent me for any tests", "they didn't refer me for a scan"
    r"|\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|won'?t|will not|wouldn'?t|would not) "
    r"(?:sent|send|referred|refer|put) (?:me |him |her |them )?(?:in |on |through )?(?:for )?(?:any |a |an )?"
    r"(?:tests?|scans?|biops(?:y|ies)|referral|investigations?)\b"
    # "I've not got any tests booked", "haven't got any scans"
    r"|\b(?:not|haven'?t|havent|don'?t|dont) (?:got|have) (?:any )?(?:tests?|scans?|biops(?:y|ies))\b(?! yet)"
)


# "no, he didn't send me for a biopsy but I have a scan on Monday": a wait after all.
_A_WAIT_AFTER_ALL = re.compile(r"\bbut\b.*\b(?:scans?|biops(?:y|ies)|tests?|results?|appointment)\b")
# No doctor seen yet about it: "not been to the doctors", "haven't seen my GP", "never went to the docs".
_NO_DOCTOR_YET = re.compile(
    r"\b(?:not|haven'?t|havent|have not|never|didn'?t|didnt) (?:been|gone|went|go|seen|see|spoken|spoke|"
    r"talked) (?:to |with |near )?(?:the |my |a |any )?(?:doctors?|gp|docs?|doc|drs?)\b"
    # "seeing the gp next thursday": the first look is still to come
    r"|\b(?:seeing|going to see|appointment with|booked in with|booked to see) (?:the |my |a )?"
    r"(?:gp|doctors?|docs?|doc)\b"
)
# Already on the way to a diagnosis, whatever the GP has or has not seen: a wait, not a no.
_ON_THE_WAY = re.compile(
    r"\b(?:referr\w*|hospital|clinic|consultant|specialist|results?|urgent|two week|2 week|camera|scope)\b"
)


def parse_has_diagnosis(text: str) -> str | None:
    """Yes, waiting or no. The first word settles it when it is yes or no ("yes, had it in 2015, all
    clear now" is a diagnosis; "no, I have COPD" is not), unless a wait for results is mentioned. A
    worry no doctor has seen yet ("not yet, a lump in my neck, not been to the doctors") is no
    diagnosis and no referral: the person is pointed to their GP, not taken on as waiting."""
    choice = _choose(text, DIAGNOSIS_OPTIONS)
    cleaned = _clean(text)
    first = next(iter(cleaned.split()), "")
    if (
        first not in _LEADING_YES_WORDS
        and choice != "yes"
        and _NO_DOCTOR_YET.search(cleaned)
        and not _STILL_LOOKING.search(cleaned)
        and not _ON_THE_WAY.search(cleaned)
    ):
        return "no"
    if first in _LEADING_NO_WORDS and _NO_WAIT.search(cleaned) and not _A_WAIT_AFTER_ALL.search(cleaned):
        return "no"  # "No, not diagnosed and I'm not waiting on any tests": the wait named is denied
    if (first in _LEADING_NO_WORDS or choice is None) and cancer_ruled_out(text):
        # "No, it was benign. But the waiting wrecked me", "they said it's a cyst, not cancer": the wait
        # is over, and there is no diagnosis.
        return "no"
    if choice != "awaiting" and first in _LEADING_YES_WORDS:
        return "yes"
    if choice in (None, "no") and first in _LEADING_NO_WORDS and _STILL_LOOKING.search(cleaned):
        # "No, she's still having scans", "no, biopsy next week": not yet, and still being looked for
        return "awaiting" if _STILL_GOING_ON.search(cleaned) else "no"
    if choice != "awaiting" and first in _LEADING_NO_WORDS:
        return "no"
    if choice is None and _STILL_LOOKING.search(cleaned):
        return "awaiting"
    return choice


STAGE_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("awaiting", ("waiting", "waitin", "awaiting", "tests", "not started")),
    (
        "newly_diagnosed",
        (
            "just diagnosed",
            "newly",
            "newly diagnosed",
            "just found out",
            "recently diagnosed",
            "new",
            "only diagnosed",
            "diagnosed last week",
            "diagnosed this week",
            "diagnosed last month",
            "diagnosed recently",
            "diagnosed a few weeks ago",
            "diagnosed two weeks ago",
        ),
    ),
    (
        "in_treatment",
        (
            "treatment",
            "chemo",
            "chemotherapy",
            "radiotherapy",
            "chemoradiation",
            "chemoradiotherapy",
            "chemo radiation",
            "radio",
            "immunotherapy",
            "having",
            "on tablets",
            "surgery",
            # Tablets and injections taken for years are treatment too ("Just the tablets. Letrozole").
            "tablets",
            "tablet",
            "hormone",
            "hormones",
            "letrozole",
            "anastrozole",
            "exemestane",
            "tamoxifen",
            "zoladex",
            "prostap",
            "enzalutamide",
            "abiraterone",
            "keytruda",
            "targeted therapy",
            "iodine",
            "drip",
            "injections",
            # Partway through a course: "round 3 of 6", "4 down 2 to go", "cycle 2 of FOLFOX".
            "round",
            "rounds",
            "cycle",
            "cycles",
            "sessions",
            "fractions",
            "to go",
            "halfway",
            "half way",
            # Regimens and drugs people name instead of "chemo" or "treatment".
            "r chop",
            "rchop",
            "folfox",
            "folfiri",
            "capox",
            "xelox",
            "abvd",
            "capecitabine",
            "docetaxel",
            "paclitaxel",
            "carboplatin",
            "cisplatin",
            "herceptin",
            "pembrolizumab",
            "nivolumab",
            "rituximab",
            "velcade",
            "bortezomib",
            "revlimid",
            "lenalidomide",
            "stem cell",
            # Treatment told by how often it comes: "they put the medicine in my bladder every week".
            "every week",
            "every few weeks",
            "every other week",
            "each week",
            "weekly",
            "bcg",
            "medicine in",
        ),
    ),
    (
        "finished_treatment",
        (
            # Watched rather than treated: "now they keep an eye on me with scans".
            "keep an eye",
            "keeping an eye",
            "keep a check",
            "monitoring",
            "surveillance",
            "check ups",
            "checkups",
            "finished",
            "done",
            "completed",
            "remission",
            "all clear",
            "after treatment",
            "finished treatment",
            "finished my treatment",
            "treatment finished",
            "treatment has finished",
            "treatment is finished",
            "treatment ended",
            "had my treatment",
            "finished chemo",
            "finished radiotherapy",
            "end of treatment",
        ),
    ),
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
            "not curable",
            "cannot cure",
            "can't cure",
            "cant cure",
            "cannot be cured",
            "keep it down",
            "keep it at bay",
            "keep it under control",
            "keep it in check",
            # Held back rather than cured: "they said it cant be cured but they can hold it".
            "hold it",
            "holding it",
            "hold it back",
            "keep it stable",
            "control it",
            "treatable",
        ),
    ),
    (
        "end_of_life",
        (
            "end of life",
            "palliative",
            "hospice",
            "dying",
            "weeks to live",
            "months to live",
            "comfy",
            "comfortable",
            "nothing more they can do",
            "no more treatment",
            "district nurses",
        ),
    ),
    ("unknown", ("don't know", "dont know", "not sure", "unsure", "no idea", "prefer not")),
]


# Told it will not be cured: the treatment they are having holds it back ("on immunotherapy, they said it
# won't be cured but they can hold it"), which is living with cancer that can't be cured, not treatment
# towards a cure.
_NOT_CURED = re.compile(
    r"\b(?:incurable|not curable|(?:can'?t|cannot) cure"
    r"|(?:can'?t|cannot|won'?t|will not|never|not) be cured)\b"
)


def parse_stage(text: str) -> str | None:
    chosen = _choose(text, STAGE_OPTIONS)
    if chosen in (None, "in_treatment") and _NOT_CURED.search(_clean(text)):
        return "incurable_treatable"
    return chosen


SOURCE_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("invitation_letter", ("letter", "invitation")),
    ("reminder_letter", ("reminder",)),
    ("cancer_nurse_specialist", ("nurse", "nurses", "cns", "specialist")),
    (
        "gp",
        (
            "district nurse", "district nurses", "practice nurse", "gp", "doctor", "doctors", "doctor's",
            "docs", "surgery", "practice", "health centre",
            "medical centre",
        ),
    ),
    (
        "hospital",
        (
            "hospital", "consultant", "ward", "clinic", "oncologist", "oncology", "unit", "radiotherapy",
            "chemo",
        ),
    ),
    (
        "welfare_rights",
        (
            "welfare",
            "benefits advisor",
            "benefits adviser",
            "citizens advice",
            "advice centre",
            "money advice",
        ),
    ),
    ("job_centre", ("job centre", "jobcentre", "work coach")),
    (
        "information_centre",
        ("information centre", "info centre", "macmillan centre", "maggie", "maggie's", "maggies"),
    ),
    (
        "voluntary_organisation",
        (
            "charity", "voluntary", "church", "support group", "carers centre", "carers center",
            "carer centre", "carers trust", "mosque", "temple", "gurdwara", "community centre", "food bank",
            "foodbank", "refugee", "age uk", "support worker", "key worker",
            # Any other centre, group or club ("the deaf centre"); a longer cue above wins over these.
            "centre", "center", "group", "club", "society", "association",
        ),
    ),
    (
        "leaflet_or_website",
        (
            "leaflet", "website", "online", "internet", "google", "poster", "facebook", "instagram",
            "tiktok", "twitter", "social media", "newspaper", "advert", "radio", "tv", "telly",
        ),
    ),
    (
        "word_of_mouth",
        (
            "friend", "family", "word of mouth", "neighbour", "someone told", "pal", "mate", "buddy",
            "bloke", "fella", "pub",
            "my mum", "my dad", "my son",
            "my daughter", "my grandson", "my granddaughter", "my wife", "my husband", "my sister",
            "my brother", "colleague",
        ),
    ),
]  # fmt: skip


# "A friend from church", "my pal at the club": a person they know told them, wherever they met.
_A_FRIEND_FROM = re.compile(r"\b(?:friend|pal|mate|neighbour|colleague)s? (?:from|at|in|down|up) ")


def parse_referral_source(text: str) -> str | None:
    if _A_FRIEND_FROM.search(_clean(text)):
        return "word_of_mouth"
    return _choose(text, SOURCE_OPTIONS)


SKIN_OPTIONS: list[tuple[str, tuple[str, ...]]] = [
    (
        "melanoma",
        ("melanoma", "yes", "mole", "the bad kind", "the bad one", "the serious kind", "the nasty kind"),
    ),
    (
        "non_melanoma",
        (
            "non melanoma",
            "non-melanoma",
            "basal",
            "bcc",
            "squamous",
            "scc",
            "rodent",
            "no",
            "not melanoma",
            "not a melanoma",
            "isnt melanoma",
            "isn't melanoma",
            "isnt a melanoma",
            "isn't a melanoma",
        ),
    ),
    ("unknown", ("don't know", "dont know", "not sure", "unsure", "no idea")),
]


# The kinds that are never a melanoma, and a melanoma said not to be one ("it is not the melanoma kind").
_NOT_MELANOMA = re.compile(
    r"\b(?:basal|squamous|bcc|scc|rodent)\b"
    r"|\b(?:not|isn'?t|wasn'?t|no) (?:a |an |the |one of the )?melanoma\b"
)


# "melonoma", "malenoma", "melanomer": the word as it is heard and typed.
_MELANOMA_MISSPELT = re.compile(r"\bm[ae]l[aeo]n[oa]mm?(?:a|er|ah)s?\b")


def parse_skin_kind(text: str) -> str | None:
    """Checks "non melanoma" before "melanoma", which it contains; a kind that is never a melanoma, or a
    melanoma said not to be one, settles it whatever else is said."""
    cleaned = _MELANOMA_MISSPELT.sub("melanoma", _clean(text))
    if cleaned.isdigit():
        return _choose(cleaned, SKIN_OPTIONS)
    if _NOT_MELANOMA.search(cleaned):
        return "non_melanoma"
    return _choose(cleaned, [SKIN_OPTIONS[1], SKIN_OPTIONS[2], SKIN_OPTIONS[0]])


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


# "What do you mean?", "I don't understand", "sorry?": a question about the question, which gets it
# explained in other words rather than "please try again".
_ASKS_WHAT_IT_MEANS = re.compile(
    r"\b(?:what|wot|wat)(?: (?:do|did|does))? (?:you|u|ya|that|this|it) mean\b|\bwhat d'?y(?:a|ou)? mean\b|"
    r"\bmean(?:s|t)? by\b|"
    r"\bwhat(?:'?s| is| does) (?:that|this|it) mean\b|\bmeaning of\b|\bexplain\b|"
    r"\b(?:don'?t|dont|do not|didn'?t|didnt|did not) "
    r"(?:understand|follow|get (?:it|that|you|the question|what))\b|"
    r"\bnot sure what (?:you mean|that means|you'?re asking|youre asking|to say|you want)\b|"
    r"\bwhat are you asking\b|\b(?:say|ask|repeat) (?:that|it|the question) again\b|\bcome again\b|"
    r"\bpardon\b|^\W*(?:what|sorry|eh|huh|you what)\W*$",
    re.I,
)


def asks_what_it_means(text: str) -> bool:
    """The person asks what the question means, in place of answering it."""
    return bool(_ASKS_WHAT_IT_MEANS.search(text or ""))


# Words around "this one" that change nothing: "this one mate", "yes this number please".
_AROUND_SAME = re.compile(
    r"^(?:(?:yes|yeah|yep|aye|ok|okay|just|use|it's|its|on)\s+)*|"
    r"(?:\s+(?:please|pls|mate|love|hen|pet|pal|duck|thanks|ta|innit|is fine|is best|will do|is ok))+$"
)


# "ths number", "dis one", "this no", "this un": "this", "number" and "one" as they are typed in a
# hurry or said in the north.
_THIS_SPELT = re.compile(r"^(?:ths|tis|dis|thiz|thi)\b")
_NUMBER_SPELT = re.compile(r"(?<=^this )(?:no|num|numb|numbr|nmber|1|un|'un|wun)$")
_ONE_SPELT = {"1", "un", "'un", "wun"}


# "this number, is mine. call me first": the answer, then something more about it (no other number).
_SAME_THEN_MORE = re.compile(r"^\W*(?:this|same|the same) (?:number|one|phone|mobile)\b\s*[,.;:!-]")


# Said after "this one": another number wanted instead ("this number. no, actually the landline").
_TAKEN_BACK = re.compile(r"\b(?:no|not|actually|instead|landline|home phone|other|wait|don'?t)\b")


def means_same_number(text: str) -> bool:
    """ "Same", "this number", "this one mate", "yes": the number they are texting from; also said in
    a part of a longer answer when it is the last word on it and no other number is given ("dis 1.
    mornins best", "his landline is no good, use this number")."""
    said = _SAME_THEN_MORE.match((text or "").lower())
    if said and not re.search(r"\d", text) and not _TAKEN_BACK.search(text[said.end() :].lower()):
        return True
    if parse_yes_no(text) is True or _is_this_number(text):
        return True
    parts = [part for part in re.split(r"[,.;:!?]+", text or "") if part.strip()]
    if len(parts) < 2 or re.search(r"\d{2}", text):
        return False
    last = max((i for i, part in enumerate(parts) if _is_this_number(part)), default=None)
    return last is not None and not any(_TAKEN_BACK.search(part.lower()) for part in parts[last + 1 :])


def _is_this_number(text: str) -> bool:
    cleaned = _THIS_SPELT.sub("this", _AROUND_SAME.sub("", _clean(text)))
    cleaned = _NUMBER_SPELT.sub(lambda m: "one" if m.group() in _ONE_SPELT else "number", cleaned)
    return cleaned in {
        "same",
        "same number",
        "this",
        "this number",
        "this one",
        "that one",
        "use this number",
        "this phone",
        "this mobile",
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


_NOTHING = {"none", "nothing", "nil", "nought", "nowt", "no"}
_NUMBER = re.compile(r"(?<![a-z0-9])(\d{1,3})(?:\s?(?:y|yo|yr|yrs|years?|yrs old))?(?![a-z0-9])")
_POSTCODE_LIKE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")
_DISTRICT_LIKE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\b")
# Words that take back what was just said: "63, sorry, 64", "DD5 8HW, no wait, DD6 8HW".
_CORRECTION_WORDS = (
    r"(?:sorry|no|naw|nah|i mean|i meant|ah mean|actually|oops|wait|hang on|hold on|correction|or rather|"
    r"make that|scratch that|my mistake)"
)
_CORRECTING = re.compile(rf"\b{_CORRECTION_WORDS}\b")


def without_postcodes(text: str) -> str:
    """The text in lower case with postcodes and postcode districts taken out ("DH7" is not 7)."""
    return _DISTRICT_LIKE.sub(" ", _POSTCODE_LIKE.sub(" ", (text or "").lower()))


def last_if_corrected(text: str, values: list[str]) -> str | None:
    """Of two values in one message, the second when a correction stands between them ("DD5 8HW,
    sorry, DD6 8HW"); None when there are not two, or nothing says the first was wrong."""
    if len(values) < 2 or values[0] == values[-1]:
        return None
    between = text[text.find(values[0]) + len(values[0]) : text.rfind(values[-1])]
    return values[-1] if _CORRECTING.search(between.lower()) else None


_INWARD_CORRECTED = re.compile(rf"\b{_CORRECTION_WORDS}\b\W+(?:{_CORRECTION_WORDS}\W+)*(\d[a-z]{{2}})\W*$")


def inward_corrected(text: str, said: str) -> str | None:
    """The second half of a postcode put right after it ("KY16 8PQ no wait, 8PP", "DD1 4HN sorry
    4HM"): the first half of ``said`` with the new second half; None when nothing follows it so."""
    after = text[text.upper().rfind(said.upper()) + len(said) :] if said.upper() in text.upper() else ""
    found = _INWARD_CORRECTED.search(after.lower())
    return f"{said.split()[0]} {found.group(1).upper()}" if found and " " in said else None


_SAID_THEN_CORRECTED = re.compile(rf"\b\d{{1,3}}\b\W+(?:{_CORRECTION_WORDS}\W+){{1,3}}(\d{{1,3}})\b")


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TENS_AND_DIGIT = re.compile(r"\b(" + "|".join(_TENS) + r"|ninety)[ -]?(\d)\b")


# Voice typing writes a digit as a word that sounds like it: "sixty for", "D D to five J W"; and Scots
# says some as it sounds: "seventy-wan", "fifty-twa", "sixty-fower".
_SOUNDS_LIKE = {
    "won": "one", "to": "two", "too": "two", "for": "four", "fore": "four", "ate": "eight",
    "wan": "one", "twa": "two", "fower": "four",
}  # fmt: skip
_SAID_ALOUD = {*_SOUNDS_LIKE, "double", "oh"}
_NUMBER_WORD = r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|ninety|" + "|".join(_TENS) + ")"
_TENS_AND_SOUND = re.compile(
    r"\b(" + "|".join(_TENS) + r"|ninety)[ -](" + "|".join(_SOUNDS_LIKE) + rf")\b(?!\W*{_NUMBER_WORD})"
)


def _in_digits(text: str) -> str:
    """The text in lower case with its numbers in digits: "ninety three in January" -> "93 in january",
    "sixty for" -> "64" (but "sixty to seventy" is two numbers)."""
    lowered = (text or "").lower().replace("’", "'")
    lowered = _TENS_AND_SOUND.sub(lambda m: f"{m.group(1)} {_SOUNDS_LIKE[m.group(2)]}", lowered)
    lowered = _TENS_AND_DIGIT.sub(lambda m: str(_TENS.get(m.group(1), 90) + int(m.group(2))), lowered)
    return alpha2digit(lowered.replace("-", " "), "en", threshold=0)


def spelled_out(text: str) -> str:
    """ "D D one, five H T" as "dd15ht": a message of letters, short runs and numbers in words only, run
    together (a postcode said aloud, or voice-typed: "D D for seven Q S", "double", "oh" for nought);
    "" for anything with longer words in it."""
    words = re.findall(r"[a-z0-9]+", (text or "").lower())
    if all(len(word) == 1 or word in _SAID_ALOUD or _in_digits(word).isdigit() for word in words):
        # Said letter by letter, so "for" can only be a digit ("DD4 for me" is not "DD4 4ME").
        said: list[str] = []
        for word in words:
            digit = _SOUNDS_LIKE.get(word, "0" if word == "oh" else word)
            if said and said[-1] == "double":
                said[-1] = digit
            said.append(digit)
        words = said
    pieces = re.findall(r"[a-z0-9]+", _in_digits(" ".join(words)))
    return "".join(pieces) if pieces and all(len(piece) <= 4 for piece in pieces) else ""


def _numbers(text: str) -> list[int]:
    """Every number standing on its own, in digits or words ("sixty-seven", "sixty8" -> 67, 68); never
    digits that belong to something else, like the 7 of a postcode district ("DH7") or of a date."""
    return [int(n) for n in _NUMBER.findall(_in_digits(text))]


def _number(text: str) -> int | None:
    """The one number the text gives; None when it gives none, or several different ones."""
    found = set(_numbers(text))
    if not found and _clean(text) in _NOTHING:
        return 0
    return found.pop() if len(found) == 1 else None


_OUT_OF_TEN = re.compile(r"\s*(?:/|out of|outta|oo)\s*(?:10|ten)\b")


_SCORES_ONLY = re.compile(r"\s*\d{1,2}(?:\s*(?:,|\s|and|&)\s*\d{1,2})+\W*")


def scores_in_turn(text: str) -> list[int]:
    """Several 0-10 scores given together, one for each worry in turn ("8 9 9 5", "eight, seven and
    six"); [] for anything else ("6 or 7" and "9 before a scan, 5 after" are one score: parse_score)."""
    said = _in_digits(text).strip()
    if not _SCORES_ONLY.fullmatch(said):
        return []
    scores = [int(n) for n in re.findall(r"\d+", said)]
    return scores if all(0 <= n <= 10 for n in scores) else []


# Words around a labelled score that name nothing: "the bath 8", "8 for the money", "work: 8/10".
_SCORE_FILLER = re.compile(
    r"\b(?:the|for|is|are|and|a|about|maybe|probably|i'?d say|id say|say|at|its|it'?s|my|her|his|out of "
    r"(?:10|ten)|/10)\b|[^a-z' ]"
)


# A label that says when, not what: "8 at night, 4 in the day" is one worry's score at two times.
_A_TIME = re.compile(
    r"^(?:in |on |during |some |most |every |a |first )?(?:night|nights|day|days|daytime|morning|mornings|"
    r"evening|evenings|week|weeks|weekend|weekends|first|times?|worst|best|(?:bad|good) days?)$|"
    r"^(?:before|after|when|while|since|then|now)\b"
)


def labelled_scores(text: str) -> list[tuple[str, int]]:
    """Scores given with what each is for: "The bath 8, low mood 7", "coping 9 finanses 6", "8 for the
    money and 5 for sleep" as [("bath", 8), ("low mood", 7)]. [] unless every score (0 to 10) has words
    beside it, and there are two or more; the words are matched to the worries by the caller."""
    said = _OUT_OF_TEN.sub(" ", _in_digits((text or "").lower().replace("\u2019", "'")))
    numbers = list(re.finditer(r"(?<![\d.])\b(\d{1,2})\b(?![.:]\d)", said))
    if len(numbers) < 2 or any(int(n.group(1)) > 10 for n in numbers):
        return []
    if said[: numbers[0].start()].strip(" ,.;:-"):  # "sleep 4, pain 9": the words come before each
        starts = [0, *(n.end() for n in numbers[:-1])]
        pieces = [said[start : n.start()] for start, n in zip(starts, numbers, strict=True)]
    else:  # "8 for the money and 5 for sleep": after each
        ends = [*(n.start() for n in numbers[1:]), len(said)]
        pieces = [said[n.end() : end] for n, end in zip(numbers, ends, strict=True)]
    labels = [" ".join(_SCORE_FILLER.sub(" ", piece).split()) for piece in pieces]
    if not all(labels) or any(_A_TIME.match(label) for label in labels):
        return []
    return [(label, int(n.group(1))) for label, n in zip(labels, numbers, strict=True)]


def parse_score(text: str) -> int | None:
    """A 0-10 score: "7", "seven", "7/10", "about a 7", "7 out of 10"; of two or three ("9 before a scan,
    5 the rest of the time", "6 or 7"), the highest, as the worst is what a link worker needs to know.
    None for "really bad": see score_in_words."""
    cleaned = _OUT_OF_TEN.sub(" ", (text or "").lower())
    value = _number(cleaned)
    if value is None:
        found = _numbers(cleaned)
        if 1 < len(found) <= 3 and all(0 <= n <= 10 for n in found):
            value = max(found)
    return value if value is not None and 0 <= value <= 10 else None


# "Very", "really" and "so" say how much only alone or before how it is ("so bad", "really worried"):
# "so I just wait?" is not a score, and neither is "some days".
_HOW = r"(?:much|bad|badly|worried|worrying|worse|hard|high|big|serious)"
_SCORE_WORDS: list[tuple[int, re.Pattern[str]]] = [
    (0, re.compile(r"\b(?:not at all|not really|no worry|none|fine now)\b")),
    (10, re.compile(r"\b(?:extremely|worst|unbearable|terrible|awful|desperate|massive|huge)\b")),
    (
        8,
        re.compile(
            rf"^\W*(?:very|really|pretty|so)(?: much)?\W*$|\b(?:very|really|pretty|so)\s+{_HOW}\b|"
            r"\b(?:a lot|lots|loads|big|bad|badly|quite bad)\b"
        ),
    ),
    (
        5,
        re.compile(
            r"\b(?:quite|fair bit|moderate|medium|middling|so[ -]so|somewhat|half and half|in between)\b"
        ),
    ),
    (2, re.compile(r"\b(?:a little|a bit|bit|slightly|not much|not too bad|small)\b")),
]


def score_in_words(text: str) -> int | None:
    """A score from words, once a number has been asked for and not given: "pretty bad" 8, "a bit" 2."""
    lowered = (text or "").lower()
    return next((score for score, words in _SCORE_WORDS if words.search(lowered)), None)


# "Does me mam get to see this?", "is my doctor going to get all this", "who reads it?": asking who
# sees what they tell us. Only as a question, so "my GP told me to get in touch" is not one.
_WHO = (
    rf"(?:who|anyone|anybody|(?:my|me|our|the|her|his) (?:{RELATIVE}|ma|kids|children|family|doctor|gp|"
    r"nurse|consultant|hospital|employer|boss|work|council|landlord|social worker|benefits people|dwp)|"
    r"(?:the )?(?:dwp|council|social services|police))"
)
_SEEN = (
    r"(?:this|that|it|all this|all that|what i (?:say|said|write|wrote|tell you)|"
    r"my (?:details|answers|info|information|data|records?))"
)
_SEES = (
    rf"(?:(?:see|sees|get to see|read|reads|find out|be told|know|know about|have access|access)\b|"
    rf"(?:get|gets|have|has|be sent|be given) {_SEEN}\b)"
)
_WHO_SEES = re.compile(
    rf"\b{_WHO}\b(?: (?:\w+)){{0,3}}? (?:is |are )?"
    r"(?:going to |gonna |will |would |can |could |get to |have to )?"
    rf"{_SEES}|\b(?:shared|passed on|passed|sent|given|shown|told) (?:with|to) {_WHO}\b|"
    rf"\b(?:you|they|anyone) (?:tell|inform|write to) {_WHO}\b"
)
_QUESTION_START = re.compile(
    r"^\W*(?:(?:wait|hold on|hang on|sorry|oh|but|so|and|just|quick question)\W+)*"
    r"(?:who|does|do|will|would|can|could|is|are|has|have)\b"
)


def asks_who_sees(text: str) -> bool:
    """Asking who will see or be told what they say here."""
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    if not _WHO_SEES.search(cleaned):
        return False
    return "?" in cleaned or bool(_QUESTION_START.match(cleaned))


# At a score question, the worry named was not theirs: "that's not a worry", "I never said that", "not
# bothered about that one". (A low score in words, "not really", is a score: see score_in_words.)
_NOT_THEIR_WORRY = re.compile(
    r"\b(?:(?:isn'?t|is not|(?:it|that)'?s not|its not|thats not|ain'?t) (?:a |an |one of )?(?:my )?"
    r"(?:worry|worries|problem|issue|concern|thing)|"
    r"not (?:a |an )?(?:worry|problem|issue|concern) (?:for|of|to) me|"
    r"(?:i'?m |i am )?not (?:worried|bothered|fussed) (?:about|by|with) (?:that|it|this|them)|"
    r"(?:didn'?t|did not|never|dont think i|don'?t think i) (?:say|said|mention|mentioned|write|wrote)|"
    r"(?:that'?s|thats|that is|you'?ve got that|you got that) (?:wrong|not right|not what i (?:said|meant))|"
    r"(?:doesn'?t|does not|dont|don'?t) apply|not relevant|not applicable|n/a)\b"
)


def not_their_worry(text: str) -> bool:
    """Told at a score question that the worry read from their words is not one of theirs."""
    cleaned = (text or "").lower().replace("\u2019", "'")
    scored = parse_score(re.sub(r"\b(?:that|this|the) one\b", "that", cleaned))
    return scored is None and bool(_NOT_THEIR_WORRY.search(cleaned))


# An age in a figure of speech: "feel about 90", "look 50", "67 going on 90", "like a 20 year old".
_FEELS_LIKE = re.compile(
    r"\b(?:feel|feels|feeling|felt|look|looks|looking|act|acting|going on)\s+"
    r"(?:like\s+|about\s+|more like\s+|nearer\s+|closer to\s+)*(?:a\s+|an\s+)?[\w-]+"
    r"(?:\s+(?:year|years|yr|yrs)(?:\s+old)?)?",
    re.IGNORECASE,
)


_TEXT_SPEAK_FOR = re.compile(
    r"\b[24]\s+(?:me|u|you|us|him|her|them|my|ur|your|ages|sure|now|ever)\b"
    # "who do i talk 2 then", "wot do i go 2": "to" after a verb that takes it
    r"|\b(?:talk|speak|go|goes|come|get|got|listen|reply|write|wait|back|up|down|over|used|want|need|"
    r"have|has|had|trying|try|going|gonna)\s+[24]\b(?!\s*(?:years?|yrs?|months?|weeks?|days?)\b)",
    re.IGNORECASE,
)


# "One" as a word, not a number: "the new one is DL16 7RN", "one of those days".
_ONE_AS_A_WORD = re.compile(
    r"\b(?:new|old|the|that|this|which|no|every|any|some|each|other|right|wrong|last|next|little|big|"
    r"only|a|right) one\b|\bone (?:of|day|time|thing|or two|more|another|by one)\b",
    re.IGNORECASE,
)
# An age still to come: "18 next week", "turning 70 in March", "I'll be 18 on the 14th" is a year less
# ("83 in March just gone" has come).
_MONTH = r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*"
_SOON = (
    rf"(?:next (?:week|month|year|birthday)|soon|on the \d+\w*|on my birthday|this coming \w+|"
    rf"in (?:a |an |\d+ |one |two |three |four |five |six |a few |a couple of )?"
    rf"(?:days?|weeks?|months?|fortnight|{_MONTH}|the (?:spring|summer|autumn|winter|new year)))"
)
_NOT_YET = re.compile(
    rf"\b(?:turning|turn|turns|will be|i'?ll be|ill be|gonna be|going to be)\s+([\w-]+)\b"
    # ... but not one that has passed: "18, turned 18 in september" is 18
    rf"|(?<!turned )(?<!was )(?<!been )\b([\w-]+)\s+{_SOON}\b"
    r"(?!\s+(?:just gone|gone|just passed|past|that'?s gone))",  # "eighty-three in March just gone"
    re.IGNORECASE,
)


_PART_OF_A_YEAR = re.compile(r"\band (?:a )?(?:half|quarter|three[ -]quarters?)\b|[\u00bc\u00bd\u00be]")
# A school year, not an age: "17, I'm in year 12", "yr 13", "S5" and "P7" in Scotland.
_SCHOOL_YEAR = re.compile(r"\b(?:year|yr)\s*\d{1,2}\b(?!\s*(?:old|olds)\b)|\b[sp][1-7]\b", re.IGNORECASE)


def parse_age(text: str) -> int | None:
    """An age in years ("67", "I'm sixty seven", "66yrs"): 1-120. Not a date, and never a digit out of
    a postcode or a postcode district: "DH1 4PS, I'm 66" is 66, "DH7" alone is no age."""
    if re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}", text or ""):
        return None
    text = without_postcodes(text)
    text = _PART_OF_A_YEAR.sub(" ", text)  # "ninety-two and three-quarters" is 92
    corrected = _SAID_THEN_CORRECTED.search(text)
    if corrected:  # "63, sorry, 64, my birthday was last week": the number after the correction
        text = corrected.group(1)
    text = _FEELS_LIKE.sub(" ", text or "")  # "67, though I feel about 90 some mornings" is 67
    text = _TEXT_SPEAK_FOR.sub(" ", text)  # "so theres nothing 4 me??": the 4 is "for"
    text = _ONE_AS_A_WORD.sub(" ", text)
    text = _SCHOOL_YEAR.sub(" ", text)
    text = _in_digits(text)  # "ninety three in January" is one number, coming: 92 now
    nearly = re.search(r"\b(?:nearly|almost|not quite)\s+(\w+)", text)
    if nearly and (value := _number(nearly.group(1))) is not None:
        return value - 1 if 1 < value <= 120 else None
    coming = _NOT_YET.search(text)
    if coming and (value := _number(coming.group(1) or coming.group(2))) is not None:
        return value - 1 if 1 < value <= 120 else None
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
    """A bare number from 1 to ``count``, or its place said ("the second one"): 0-based index back,
    else None."""
    number = _number(text) if (place := said_place(text)) is None else place
    return number - 1 if number is not None and 1 <= number <= count else None


_PLACES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
_PLACE_SAID = re.compile(
    r"(?:(?:it'?s|its|i'?ll (?:go for|take|have)|go for|um+|erm+|ok|okay)\s+)?(?:the\s+)?"
    r"(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|6th|7th)"
    r"(?:\s+(?:one|option|choice|answer|1))?(?:\s+(?:please|pls|plz|thanks|thank you|ta))?"
)


def said_place(text: str) -> int | None:
    """A numbered option chosen by its place, the whole answer: "the second one", "2nd option", "third
    please" -> 2, 2, 3; None for anything else (blind person R39008 wrote "the second one" at the
    role question, and was asked again, then read as the first option)."""
    found = _PLACE_SAID.fullmatch(_clean(text))
    if not found:
        return None
    place = found.group(1)
    return _PLACES.index(place) + 1 if place in _PLACES else int(place[0])


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
# "April 2nd 1957", and the year first: "born in 1957, the 2nd of April".
_MONTH_FIRST_DATE = re.compile(r"\b([a-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
_YEAR_FIRST_DATE = re.compile(r"\b(\d{4}),? (?:on )?(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+)\b")


def _full_year(said: str, today: date) -> int:
    """ "'58", "58", "1958": a two-digit year is the most recent past one."""
    year = int(said.lstrip("'"))
    if year >= 100:
        return year
    return 2000 + year if 2000 + year <= today.year else 1900 + year


ADULT = 18  # the youngest any site takes: an age read in doubt is never made to cross it

# Days people are proud to be born on, said by name: "born on Christmas Day 1949".
_NAMED_DAYS = {
    r"christmas day|xmas day": "25 december",
    r"christmas eve|xmas eve": "24 december",
    r"boxing day": "26 december",
    r"new year'?s day": "1 january",
    r"new year'?s eve|hogmanay": "31 december",
    r"valentine'?s day": "14 february",
    r"bonfire night|guy fawkes night": "5 november",
}
_NAMED_DAY = re.compile(rf"\b(?:{'|'.join(_NAMED_DAYS)})\b(?:,? in)?")


def _named_day(found: re.Match[str]) -> str:
    return next(day for name, day in _NAMED_DAYS.items() if re.fullmatch(name, found.group(0).split(",")[0]))


def parse_date_of_birth(text: str, today: date) -> date | None:
    """A UK-style date of birth ("12/03/1958", "12 March 1958", "1958-03-12", "Christmas Day 1949"),
    plausible: in the past and at most 120 years ago. Two-digit years are read as the most recent past
    year."""
    lowered = _NAMED_DAY.sub(_named_day, (text or "").lower().replace("\u2019", "'"))
    day = month = year = None
    if found := _ISO_DATE.search(lowered):
        year, month, day = (int(g) for g in found.groups())
    elif found := _NUMERIC_DATE.search(lowered):
        day, month, said = found.groups()
        day, month, year = int(day), int(month), _full_year(said, today)
    elif (found := _WORDY_DATE.search(lowered)) and found.group(2) in _MONTHS:
        day, month, year = int(found.group(1)), _MONTHS[found.group(2)], int(found.group(3))
    elif (found := _MONTH_FIRST_DATE.search(lowered)) and found.group(1) in _MONTHS:
        day, month, year = int(found.group(2)), _MONTHS[found.group(1)], int(found.group(3))
    elif (found := _YEAR_FIRST_DATE.search(lowered)) and found.group(3) in _MONTHS:
        day, month, year = int(found.group(2)), _MONTHS[found.group(3)], int(found.group(1))
    if day is None or month is None or year is None:
        return None
    try:
        born = date(year, month, day)
    except ValueError:
        return None
    return born if date(today.year - 120, 1, 1) <= born < today else None


_YEAR_OF_BIRTH = re.compile(
    r"\b(?:born(?: in)?|b\.?)\s*((?:19|20)\d\d|'\d\d)\b|^\s*((?:19|20)\d\d)\s*$|\bborn(?: in)? (\d\d)$"
)
# "born September 51", "I was born in March 1957", "march '57": a month and a year, no day.
_MONTH_YEAR = re.compile(r"\b([a-z]{3,9})\.?,? (?:of )?('?\d\d|(?:19|20)\d\d)\b")


def parse_year_of_birth(text: str, today: date) -> int | None:
    """ "born 1958", "born in '58", "1958": the age they most likely are (their birthday has passed
    once more than half the year has); but where that could be 18 and they may still be 17, the younger,
    so that a child is never taken for an adult."""
    found = _YEAR_OF_BIRTH.search((text or "").lower())
    if not found:
        return None
    year = _full_year(found.group(1) or found.group(2) or found.group(3), today)
    if not today.year - 120 <= year < today.year:
        return None
    youngest = today.year - year - 1
    past_half = today.timetuple().tm_yday > 183
    return youngest + 1 if past_half and youngest + 1 != ADULT else youngest


def parse_month_of_birth(text: str, today: date) -> int | None:
    """The age from a month and year of birth ("born September 51", "March 1957"), the youngest it can
    be: in the month itself, the birthday may not have come yet. Only when "born" is said, or the
    message is the month and year alone: "chemo since March 2024" is no birth."""
    lowered = " ".join((text or "").lower().replace("\u2019", "'").split())
    found = _MONTH_YEAR.search(lowered)
    if not found or found.group(1) not in _MONTHS:
        return None
    first = re.split(r"(?<=[.!?])\s", lowered)[0]  # "March 49. Thanks Brenda": signed, still alone
    if "born" not in lowered and found.group(0) != first.strip(" .!"):
        return None
    year, month = _full_year(found.group(2), today), _MONTHS[found.group(1)]
    age = today.year - year - (today.month <= month)
    return age if today.year - 120 <= year < today.year and age >= 0 else None


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
