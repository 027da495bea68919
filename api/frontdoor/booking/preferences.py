"""How and when a person would like to meet, read from what they type.

"How": the site's appointment types, as a numbered menu, ordered for the person (someone who cannot
travel is offered a home visit first; someone hard of hearing gets the phone last). "When": a part of
the day, a weekday, or "as soon as possible".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import time

from text_to_num import text2num

from frontdoor.referrals.models import Referral
from frontdoor.sites.config import DAYS, SiteConfig

MEETING_WORDS: dict[str, tuple[str, ...]] = {
    "phone": ("phone", "call", "telephone", "ring", "fone", "phonecall", "phone call"),
    "home_visit": (
        "home",
        "house",
        "visit",
        "come to me",
        "come round",
        "come to the house",
        "come to my house",
        "come to the home",
        "come to mine",
        "to mine",
        "come to house",
        "come to hers",
        "come to his",
        "come to theirs",
        "to hers",
        "to theirs",
        "flat",
        "my place",
        "my house",
        "come here",
        "visit me",
        "at home",
        "someone come",
        "somebody come",
        "come out to me",
        "my home",
        "to my home",
        "hoose",
        "hame",
        "come tae",
        "come roond",
        "pop round",
        "pop in",
        "pop over",
        "call round",
        "call in",
        "come by",
        "come over",
        "drop in",
        "drop by",
        # Someone going to the person: "can someone go to her house" (R37006), not "go to" a venue.
        "go to her",
        "go to his",
        "go to hers",
        "go to their",
        "go to theirs",
        "go to the house",
        "go round",
        "go roond",
    ),
    "community_venue": (
        "venue",
        "community",
        "in town",
        "library",
        "centre",
        "center",
        "hub",
        "out",
        "in person",
        "in place",  # "meeting in place with polish translator" (R41004): in person, in other words
        "meet",
        "local",
        "somewhere",
        "come to you",
        "your office",
        "face to face",
        "come in",
        "meet in",
        "meet at",
        "meet up",
        "meet you",
        "see someone",
        "see somebody",
        "see a person",
        "a place",
        "go to",
        "go tae",
        "go in",
        "come along",
        "in real life",
        "f2f",
        "office",
        "your place",
        "come to your",
        # The person coming to the link worker: "i can come", "I'll come, I can get the bus" ("I'll" is
        # read as "i").
        "i can come",
        "i could come",
        "i come",
        "ill come",
        "i will come",
        "i can travel",
        # Scots "can a come tae whitfield library" (R37011): "a" is "I", coming to the venue.
        "can a come",
        "can i come",
        "idea store",  # Tower Hamlets' venues: "I'd like to come to the Idea Store in Whitechapel"
        "could a come",
        "could i come",
    ),
    # "a zoom call" is video, not the phone its "call" would say
    "video": (
        "video",
        "zoom",
        "teams",
        "facetime",
        "video call",
        "zoom call",
        "teams call",
        "facetime call",
        "vid",
        "vid call",
        "videocall",
        "video chat",
        "skype",
        "skype call",
        "whatsapp video",
    ),
}
_CANNOT_TRAVEL = (
    "wheelchair",
    "housebound",
    "can't travel",
    "cant travel",
    "can't get out",
    "mobility",
    "walk",
)
_HEARING = ("deaf", "hearing", "hard of hearing")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ANY = (
    "asap",
    "as soon as possible",
    "soon",
    "any",
    "anytime",
    "whenever",
    "don't mind",
    "dont mind",
    "earliest",
)


def meeting_label(kind: str, venue: str | None = None) -> str:
    """Plain words for a way of meeting: "phone call", "home visit", "at Whitfield Library"."""
    labels = {"phone": "phone call", "home_visit": "home visit", "video": "video call"}
    return labels.get(kind) or (f"at {venue}" if venue else "at a local venue")


def meeting_kinds(site: SiteConfig, referral: Referral) -> list[str]:
    """The site's enabled appointment types, most suitable first for this person."""
    kinds = [t.kind for t in site.appointment_types if t.enabled]
    needs = (referral.access_needs or "").lower()
    if any(cue in needs for cue in _CANNOT_TRAVEL) and "home_visit" in kinds:
        kinds.remove("home_visit")
        kinds.insert(0, "home_visit")
    if _cannot_hear_on_the_phone(referral) and "phone" in kinds and len(kinds) > 1:
        kinds.remove("phone")
        kinds.append("phone")
    return kinds


def _cannot_hear_on_the_phone(referral: Referral) -> bool:
    return any(cue in (referral.access_needs or "").lower() for cue in _HEARING)


def nearest_to_video(kinds: list[str], referral: Referral) -> str | None:
    """Where video is not offered, the nearest way: a phone call, or for someone who cannot hear on the
    phone (Deaf, say, with a BSL interpreter), meeting in person."""
    order = ["community_venue", "home_visit"] if _cannot_hear_on_the_phone(referral) else ["phone"]
    return next((kind for kind in order if kind in kinds), None)


def menu_labels(kinds: list[str]) -> list[str]:
    return [meeting_label(k).capitalize() if k != "community_venue" else "At a local venue" for k in kinds]


# Said against a way of meeting in the few words before it ("than" in "meet somewhere than talk on
# the phone" is the one not wanted).
_NEGATION = {
    "not", "no", "dont", "don't", "never", "without", "avoid", "cant", "can't", "cannot", "unable", "than",
    "wont", "won't", "hate",
}  # fmt: skip
INSTEAD_WEIGHT = 100  # the way named with "instead" is the one wanted, whatever else is said
# Said against it in the words just after: "the phone's hard with the signal", "phone is rubbish here",
# "phone is no good".
_HARD_AFTER = {
    "hard", "difficult", "tricky", "rubbish", "awful", "useless", "bad", "no_good", "hopeless", "impossible",
    "terrible", "pointless",
}  # fmt: skip


def _a_no_right_after(after: list[str]) -> bool:
    """ "phone no. me Deaf", "home visit nah": a no straight after the way named (but "phone, no
    problem" is a yes)."""
    if after[:1] in (["call"], ["calls"], ["visit"]):
        after = after[1:]  # "phone call no": the no after the whole name
    return after[:1] in (["no"], ["nope"], ["nah"], ["naw"]) and after[1:2] not in (
        ["problem"], ["problems"], ["bother"], ["worries"], ["probs"],
    )  # fmt: skip


def parse_meeting(text: str, kinds: list[str]) -> str | None:
    """A number from the menu, or words for one of the offered ways of meeting, weighing every cue and
    ignoring those said against in the same sentence ("not at the house" is not a home visit; in "I'd
    rather meet somewhere than talk on the phone" the phone is the one not wanted; in "I can't hear.
    Could somebody visit?" the visit is wanted)."""
    cleaned = _meeting_words(text)
    if cleaned.isdigit():
        index = int(cleaned) - 1
        return kinds[index] if 0 <= index < len(kinds) else None
    weight, _ = _weigh_meeting(text, kinds)
    if not weight:
        return None
    # Equal weight: the one named first ("Video would be easiest, I can do it on my phone").
    first = _meeting_words(text)
    return max(weight, key=lambda k: (weight[k], -_first_named(first, k)))


# Words of a venue's name that say nothing of which venue it is.
_GENERIC_VENUE_WORDS = {
    *("the", "of", "and", "library", "centre", "center", "hub", "community", "hall", "town"),
    *("central", "store", "house", "room", "church"),
}


def names_a_venue(text: str, venues: list[str]) -> bool:
    """One of the site's own venues named ("kirkcaldy galleries if thats ok", "whitfield please"): two
    words of its name together, or one long word of it that names no other thing ("idea" alone, as in
    "no idea", is not the Idea Store)."""
    said = f" {_meeting_words(text)} "
    for venue in venues:
        words = venue.lower().split()
        pairs = [f"{a} {b}" for a, b in itertools.pairwise(words) if not {a, b} <= _GENERIC_VENUE_WORDS]
        singles = [word for word in words if len(word) >= 6 and word not in _GENERIC_VENUE_WORDS]
        if any(f" {named} " in said for named in pairs + singles):
            return True
    return False


def _first_named(cleaned: str, kind: str) -> int:
    padded = f" {cleaned} "
    return min(
        (at for cue in MEETING_WORDS[kind] if (at := padded.find(f" {cue} ")) != -1), default=len(padded)
    )


def meetings_said_against(text: str, kinds: list[str]) -> list[str]:
    """The ways of meeting the message rules out ("not phone. i am deaf"), and names in no other way."""
    weight, against = _weigh_meeting(text, kinds)
    return [kind for kind in kinds if kind in against and kind not in weight]


# A change of mind part way through: "Could someone come to the house? Actually no, I'm perfectly
# mobile. Phone is fine.", "community venue then... nah, make it phone". What comes after it is what
# they want; what came before it is set aside. A "no" straight after it, with or without a comma, takes
# back the first choice ("a visit. actually no the phone will do"), not the way named next.
_CHANGE_OF_MIND = re.compile(
    r"\b(?:actually|on second thoughts?|second thoughts|scratch that|scrap that|forget that|or rather|"
    r"no wait|come to think of it|thinking about it|mind you|nah|changed my mind|change of plan)\b"
    r"(?:[\s,.]+(?:no|nah|nope)\b)?"
    # A sentence that starts with a no after a question: "can someone come to the house? no phone is fine".
    r"|(?<=[?] )(?:no|nah|nope)\b",
    re.IGNORECASE,
)


def _weigh_meeting(text: str, kinds: list[str]) -> tuple[dict[str, int], set[str]]:
    """Each way of meeting's weight in the message, and the ways said against."""
    changed = list(_CHANGE_OF_MIND.finditer(text))
    if changed:
        cut = changed[-1].end()
        # The last sentence after it that names a way: "the house is a tip. I'll do it over the phone."
        for sentence in reversed(re.split(r"[.!?;]+", text[cut:])):
            weight, against = _weigh_sentences(sentence, kinds)
            if weight:
                named, _ = _weigh_sentences(text[: cut + text[cut:].rfind(sentence)], kinds)
                return weight, against | (set(named) - set(weight))
    return _weigh_sentences(text, kinds)


_NEAR = {"near", "nearby", "close", "closer", "nearer", "next", "beside"}
_OTHERS = {"strangers", "people", "visitors", "they", "anyone", "anybody", "folk", "carers", "nurses"}
# "I can't make it to the library": the place they cannot get to, further back than a "not" is looked for.
_CANNOT_GET_TO = re.compile(
    r"\b(?:cant|can't|cannot|couldnt|couldn't|wont|won't) (?:make it|get) (?:to|down to|into)\b"
)


# Nobody wanted where the way is named: "I don't want anyone seeing the state of the house" rules out a home
# visit ("I don't want to go out, so a home visit" does not).
_NOBODY_WANTED = re.compile(
    r"\b(?:don'?t|do not|wouldn'?t|would not|rather not) (?:want|like) "
    r"(?:anyone|anybody|someone|somebody|people|them|you|strangers|visitors)\b"
)


# The home named as unfit for a visitor: "the house is a tip", "my flat's a mess" rules out a home visit.
_NOT_FIT_FOR_VISITORS = re.compile(
    r"^(?:is |s |was |has been |looks )?(?:a |in a |like a )?"
    r"(?:tip|mess|state|pigsty|bombsite|bomb site|dump|hovel|shambles|disgrace)\b"
    r"|^(?:is |s )?(?:not fit|upside down|not tidy|filthy|a right)\b"
)


def _not_fit_for_visitors(words: list[str], after: int) -> bool:
    return bool(_NOT_FIT_FOR_VISITORS.search(" ".join(words[after : after + 5])))


# Meeting in person: a venue, unless a home visit is named too ("home visit please, face to face is easier
# with her hearing"): a home visit is face to face as well.
IN_PERSON = {"face to face", "in person", "f2f", "in real life"}


def _weigh_sentences(text: str, kinds: list[str]) -> tuple[dict[str, int], set[str]]:
    weight: dict[str, int] = {}
    in_person = 0
    against: set[str] = set()
    # A "not" says nothing past a comma: "not at home, some centre near Foleshill is good".
    for sentence in re.split(r"[.!?;,]+", text):
        words = _without_no_that_does_not_negate(_meeting_words(sentence).split())
        padded = f" {' '.join(words)} "
        for kind in kinds:
            for cue in MEETING_WORDS[kind]:
                at = padded.find(f" {cue} ")
                if at == -1:
                    continue
                start = len(padded[:at].split())
                before = words[max(0, start - 4) : start]
                after = words[start + len(cue.split()) : start + len(cue.split()) + 3]
                if kind == "home_visit" and _NEAR & set(before[-3:]):
                    continue  # "the Idea Store, is close to my house": where the venue is, not a visit
                if kind == "home_visit" and ["out", "of"] in (before[-2:], before[-3:-1]):
                    continue  # "I need to get out of the flat": away from home, not a visit (R36035)
                if kind == "community_venue" and cue == "come in" and _OTHERS & set(before[-2:]):
                    continue  # "Mam frets when strangers come in": others coming, not going in (R40018)
                if (
                    not _NEGATION & set(before)
                    and not _CANNOT_GET_TO.search(" ".join(words[max(0, start - 7) : start]))
                    and not _NOBODY_WANTED.search(" ".join(words[:start]))
                    and not (kind == "home_visit" and _not_fit_for_visitors(words, start + len(cue.split())))
                    and not _HARD_AFTER & set(after)
                    and not _a_no_right_after(after)
                    and not _the_one_i_cannot(before, after)
                ):
                    # "can we do it on the phone instead, I won't get the time off to come in"
                    chosen = INSTEAD_WEIGHT if "instead" in after else 0
                    if kind == "community_venue" and cue in IN_PERSON:
                        in_person += len(cue) + chosen
                    else:
                        weight[kind] = weight.get(kind, 0) + len(cue) + chosen
                else:
                    against.add(kind)
    if in_person and "home_visit" not in weight:
        weight["community_venue"] = weight.get("community_venue", 0) + in_person
    return weight, against


_ASKING_MODALS = {"could", "can", "would", "will", "wid", "cud"}
_PRONOUNS = {"i", "we", "ye", "you", "someone", "somebody", "they"}


def _without_no_that_does_not_negate(words: list[str]) -> list[str]:
    """Scots asks with "no": "could I no come in somewhere?" is "couldn't I come in?", a wish, not a
    way of meeting said against. Nor is the "not" of a second choice: "if not then phone"."""
    return [
        word
        for i, word in enumerate(words)
        if not (word == "no" and i >= 2 and words[i - 2] in _ASKING_MODALS and words[i - 1] in _PRONOUNS)
        and not (word in ("not", "no") and i >= 1 and words[i - 1] == "if")
    ]


def _the_one_i_cannot(before: list[str], after: list[str]) -> bool:
    """ "It's the phone I cannae dae": the way named is the one they cannot do."""
    return before[-2:] in (["its", "the"], ["it", "the"]) and after[:2] in (
        ["i", "cannae"], ["i", "canna"], ["i", "cant"], ["i", "can't"], ["i", "cannot"], ["i", "struggle"],
    )  # fmt: skip


def _meeting_words(text: str) -> str:
    cleaned = " ".join(re.sub(r"[^\w' ]|'(?:ll|s|d|re|ve|m)\b", " ", text.lower()).split())
    return f" {cleaned} ".replace(" no good ", " no_good ").strip()  # "the phone is no good"


@dataclass(frozen=True)
class When:
    part_of_day: str | None = None
    weekday: int | None = None
    avoid_weekday: int | None = None
    outside_hours: bool = False
    """They asked for a time link workers do not work (evenings, weekends): offer the nearest."""
    not_before: time | None = None
    """ "after 10", "any time after 11": no earlier start, UK time."""
    not_after: time | None = None
    """ "before 2", "by 3pm": no later start, UK time."""


LATE_AFTERNOON = time(15)
# A time of day on its own, with am or pm: "the 4pm one", "3:30pm", "10am".
_AT_CLOCK = re.compile(r"([a-z]+ )?\b(\d{1,2})(?: (\d{2}))? ?(am|pm)\b")
# A time with minutes and no am or pm: "the 12.30 one", "2:30" (read after the punctuation is stripped).
_AT_CLOCK_MINUTES = re.compile(r"([a-z]+ )?\b(\d{1,2}) ([0-5]\d)\b(?! ?(?:am|pm|a m|p m)\b)")
_BOUND_WORDS = {"after", "from", "before", "by", "until", "till", "til"}
# A time with a bound or a span beside it: "after 4" is any time from 4, not 4pm only.
_A_BOUND = re.compile(
    rf"\b(?:{'|'.join(sorted(_BOUND_WORDS))}|between|onwards|or later|or earlier)\b", re.IGNORECASE
)


def names_a_bound(text: str) -> bool:
    """ "after 3pm", "9 onwards", "between 1 and 3": a time said as a limit, not a time to be at."""
    return bool(_A_BOUND.search(text))


_CLOCK = re.compile(
    r" (after|from|before|by|until|till|til) (\d{1,2})(?: ?(\d{2}))? ?(am|pm|a m|p m|o clock)? "
)


# A span of the day: "12-2", "between 1 and 3", "9.30 to 2.30", "10am till noon". Read before the
# punctuation is stripped, so "9.30" is half past nine and "12-2" is not two numbers.
_SPAN = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))? ?(am|pm)? ?(?:-|–|to|and|till|til|until) ?"
    r"(\d{1,2})(?:[:.](\d{2}))? ?(am|pm)?\b"
)
# Everyday spans: while the children are at school, dinner (midday) in Scotland and the north.
_SCHOOL_HOURS = re.compile(r" (?:school|skool) (?:hours|time|day|days|run)? ?| (?:at|in) (?:school|skool) ")
_MIDDAY = re.compile(r" (?:dinner ?time|dinnertime|lunch ?time) ")


def _hour(hour_text: str, minute_text: str, suffix: str) -> time | None:
    """An hour as said at "when suits you?": with no am or pm, the one in working hours ("2" is 2pm)."""
    hour, minute = int(hour_text), int(minute_text or 0)
    if suffix == "pm" or (not suffix and 1 <= hour < 8):
        hour += 12 if hour < 12 else 0
    return time(hour, minute) if hour <= 23 and minute <= 59 else None


def _span_in(plain: str) -> tuple[time, time] | None:
    """ "12-2", "between 1 and 3": the earliest and the latest start that suit (an hour before the end,
    or the start itself for a short span)."""
    found = _SPAN.search(plain)
    if found is None:
        return None
    start_h, start_m, start_s, end_h, end_m, end_s = found.groups()
    end = _hour(end_h, end_m, end_s or "")
    start = _hour(start_h, start_m, start_s or ("pm" if end_s == "pm" and int(start_h) < int(end_h) else ""))
    if start is None or end is None or end <= start:
        return None
    an_hour_before = time(end.hour - 1, end.minute) if end.hour >= 1 else start
    return start, max(an_hour_before, start)


def _clock_in(cleaned: str) -> tuple[time | None, time | None]:
    """ "after 10" / "from 2pm" / "before 3" / "the 4pm one": a start no earlier or no later than it. An
    hour with no am or pm is the one in working hours ("after 4" is 4pm)."""
    alone = [
        ("from", hour, minute, suffix)
        for before, hour, minute, suffix in _AT_CLOCK.findall(cleaned)
        if before.strip() not in _BOUND_WORDS
    ] + [
        ("from", hour, minute, "")
        for before, hour, minute in _AT_CLOCK_MINUTES.findall(cleaned)
        if before.strip() not in _BOUND_WORDS and 1 <= int(hour) <= 12
    ]
    beside_a_day = [("from", hour, minute, "") for hour, minute in _DAY_AND_HOUR.findall(cleaned)]
    said = [*_CLOCK.findall(cleaned), *alone, *beside_a_day]
    bounds: dict[str, time] = {}
    for word, hour_text, minute_text, suffix in said:
        at = _hour(hour_text, minute_text, (suffix or "").replace(" ", "").replace("oclock", ""))
        if at is not None:
            bounds.setdefault("from" if word in ("after", "from") else "until", at)
    return bounds.get("from"), bounds.get("until")


_EVENING = re.compile(
    r" (?:evening|evenings|night|nights|after work|after 5|after five|after 6|teatime|tea time) "
)
_WEEKEND = re.compile(r" (?:weekend|weekends|saturday|saturdays|sunday|sundays|sat|sun) ")
_NOT = re.compile(r" (?:not|no|except|but|avoid|cant do|can t do|busy on|busy) (?:on )?(?:a )?$")


# Weekdays as people shorten them beyond the first three letters.
_SHORT_DAYS = {"tuesday": ("tues",), "wednesday": ("weds",), "thursday": ("thur", "thurs")}
# An hour said beside a weekday, with no am or pm: "tuesday 10", "weds at 2".
_DAY_AND_HOUR = re.compile(
    rf" (?:{'|'.join(day[:3] for day in _WEEKDAYS[:5])})[a-z]* (?:at )?(\d{{1,2}})(?: (\d{{2}}))? "
)


def _day_in(cleaned: str) -> tuple[int | None, int | None]:
    """The weekday asked for, and one to avoid ("not Mondays", "any day but Friday")."""
    for i, day in enumerate(_WEEKDAYS[:5]):
        for name in (day + "s", day, day[:3], *_SHORT_DAYS.get(day, ())):
            at = cleaned.find(f" {name} ")
            if at != -1:
                return (None, i) if _NOT.search(cleaned[: at + 1]) else (i, None)
    return None, None


# The clock as said in Britain: "half two" is 2:30, "quarter past ten" 10:15, "quarter to three" 2:45.
_SPOKEN_CLOCK = re.compile(r"\b(half|quarter)(?: (past|to))? (\d{1,2}|[a-z]+)\b")
# "the 10 o'clock", "ten oclock", "at 2": an hour with no am or pm, the one in working hours.
_AT_HOUR = re.compile(
    r"\b(\d{1,2}|[a-z]+) ?o'? ?clock\b|(?P<at>\bat )(\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|[:.]\d))"
)


def _hour_on_the_clock(said: str) -> int | None:
    """An hour of the clock face in digits or words ("10", "ten"): 1 to 12, else None."""
    try:
        hour = int(said) if said.isdigit() else text2num(said, "en")
    except ValueError:
        return None
    return hour if 1 <= hour <= 12 else None


def spoken_clock(text: str) -> str:
    """The text with spoken clock times in digits ("the thursday at half two" -> "... at 2:30", "the ten
    o'clock" -> "the 10am")."""

    def digits(found: re.Match[str]) -> str:
        amount, way, hour_said = found.groups()
        hour = _hour_on_the_clock(hour_said)
        if hour is None or (amount == "half" and way == "to"):
            return found.group(0)
        if way == "to":
            return f"{hour - 1 or 12}:45"
        return f"{hour}:{'30' if amount == 'half' else '15'}"

    def on_the_hour(found: re.Match[str]) -> str:
        hour = _hour_on_the_clock(found.group(1) or found.group(3))
        at = _hour(str(hour), "", "") if hour is not None else None
        return f"{found.group('at') or ''}{clock_words(at)}" if at else found.group(0)

    return _AT_HOUR.sub(on_the_hour, _SPOKEN_CLOCK.sub(digits, text.lower()))


def parse_when(text: str) -> When | None:
    """ "mornings" / "tuesday afternoon" / "as soon as possible" / "not Mondays" / "evenings" (outside the
    service's hours: the nearest it offers); None when it cannot tell."""
    plain = spoken_clock(text).replace(chr(8217), "").replace("'", "")
    plain = re.sub(r"\b(?:noon|midday|mid day)\b", "12pm", plain)
    cleaned = f" {' '.join(re.sub(r'[^a-z0-9 ]', ' ', plain).split())} "
    weekday, avoid = _day_in(cleaned)
    span = _span_in(plain)
    if span is None and _SCHOOL_HOURS.search(cleaned):
        span = (time(9, 30), time(14))
    if span is None and _MIDDAY.search(cleaned):
        span = (time(12), time(13))
    not_before, not_after = span or _clock_in(cleaned)
    if (not_before is not None and not_before >= time(17)) or _EVENING.search(cleaned):
        # After work: the latest times the service has are the nearest.
        return When("afternoon", weekday, avoid, outside_hours=True, not_before=LATE_AFTERNOON)
    if _WEEKEND.search(cleaned) and weekday is None:
        return When(avoid_weekday=avoid, outside_hours=True)
    if not_before is not None or not_after is not None:
        return When(None, weekday, avoid, not_before=not_before, not_after=not_after)
    part = (
        "morning"
        if re.search(r" (?:morn\w*|am|a m|early) ", cleaned)
        else "afternoon"
        if re.search(r" (?:after ?noon\w*|efter ?noon\w*|aftern\w*|aft|arvo|pm|p m|lunch\w*) ", cleaned)
        else None
    )
    if part or weekday is not None or avoid is not None:
        return When(part, weekday, avoid)
    if any(f" {word.replace(chr(39), '')} " in cleaned for word in _ANY):
        return When()
    return None


def working_hours(site: SiteConfig) -> str:
    """When the site's link workers work, in words: "Monday to Friday, 9am to 6pm"."""
    days = sorted({DAYS.index(d) for w in site.link_workers for d in w.week})
    starts = [day.start for w in site.link_workers for day in w.week.values()]
    ends = [day.end for w in site.link_workers for day in w.week.values()]
    names = [_WEEKDAYS[d].capitalize() for d in days]
    span = f"{names[0]} to {names[-1]}" if days == list(range(days[0], days[-1] + 1)) else ", ".join(names)
    return f"{span}, {clock_words(min(starts))} to {clock_words(max(ends))}"


def clock_words(at: time) -> str:
    """A time as people write it: "10am", "2:30pm"."""
    hour, minute = at.hour, at.minute
    suffix = "am" if hour < 12 else "pm"
    hour = hour if hour <= 12 else hour - 12
    return f"{hour}{suffix}" if minute == 0 else f"{hour}:{minute:02d}{suffix}"


def wants_other_times(text: str) -> bool:
    """ "None of these", also with a reason after it ("none of those, I'm at work then")."""
    first = re.split(r"[,.;!-]| but | as | because ", text.lower())[0]
    cleaned = " ".join(re.sub(r"[^a-z ]", " ", first).split())
    cleaned = re.sub(r" (?:really|thanks|thank you|sorry|im afraid|to be honest)$", "", cleaned)
    return cleaned in {
        "none",
        "none of these",
        "none of them",
        "no",
        "other times",
        "later",
        "more",
        "others",
        "something else",
        "different times",
        "none of those",
        "neither",
        "not those",
    }


_LATER = re.compile(
    r"\b(?:leave (?:it|the booking|booking|that)|hold off|another time|not (?:now|yet|today)|"
    r"skip (?:it|this|that|the booking)|get in touch (?:myself|later|when)|i'?ll get in touch|"
    r"(?:no|not) book (?:it |anything )?(?:yet|now|today)|"  # "can't book ...": _NOT_BOOKING_NOW
    r"(?:don'?t|dont|do not) know (?:my|ma|me|the) (?:rota|shifts?|hours|diary|plans)|"
    r"check (?:my|ma|me|the|our) (?:rota|shifts?|diary|calendar|plans)|^later)\b"
)
_SWITCH = re.compile(
    r"\b(?:instead|actually|rather|change|prefer|can it be|could it be|can we do|make it|sorry|no good|"
    # "nah scrap that, just ring me": the way just chosen taken back
    r"scrap that|forget (?:that|it)|second thoughts?|changed? (?:my|me) mind|just (?:ring|phone|call) me|"
    r"(?:can|could) (?:someone|somebody|you|they|one of you) (?:come|visit|pop|call|ring|phone))\b"
)


def switches_meeting(text: str, kind: str, kinds: list[str]) -> str | None:
    """At "when suits you?" or "which time?", a change of how to meet ("actually could it be on the phone
    instead"): the new way, or None."""
    other = parse_meeting(text, kinds)
    return other if other not in (None, kind) and _SWITCH.search(text.lower()) else None


_ARRANGE_BY_PHONE = re.compile(
    r"\b(?:(?:can|could|will|would) (?:they|you|someone|somebody|one of you|a link worker|the link worker|"
    r"the worker|she|he) (?:just )?(?:ring|call|phone|give me a (?:ring|call|bell))|ring me|call me|phone me)"
    # "ring me after that and we'll set something up", "phone me next wk at lunch time n we sort it then"
    r"(?: back)?(?: up)?(?: [a-z']+){0,6}? (?:to|and|n|so) (?:we'?ll |we |we can |we could )?"
    r"(?:sort|arrange|book|find|fix|agree|work out|set (?:it|something|a time|things) up|set up)\b"
)
# Not booking now, whatever way of meeting is named beside it: "cant book now ... ring me fri instead",
# "at work, will finish this later".
_NOT_BOOKING_NOW = re.compile(
    r"\b(?:(?:cant|can't|cannot|not able to|unable to) book "
    r"(?:anything|it|a time|now|yet|rn|right now|today)|"
    r"(?:finish|do) (?:this|it|the rest) (?:off )?later)\b"
)


def _plain(text: str) -> str:
    """Lower-case words and apostrophes, single-spaced."""
    return " ".join(re.sub(r"[^a-z' ]", " ", text.lower()).split())


# Every time offered turned down: "none of those I'm afraid", "neither of them suits", "none work".
NONE_OF_THEM = re.compile(r"\b(?:none|neither)\b")
# Asking to be rung, in any words: "can someone ring me after the 2nd of January?", "just call me".
_RING_ME = re.compile(r"\b(?:ring|call|phone|bell|give me a (?:ring|call|bell)) (?:me|us)\b")


def wants_a_call_to_arrange(text: str) -> bool:
    """ "None of them, can they just ring me to sort a time?", "none of those I'm afraid ... can someone
    ring me after the 2nd of January?" (R41040): no time chosen here; the link worker rings to arrange
    one (as when booking is left for later)."""
    plain = _plain(text)
    if _ARRANGE_BY_PHONE.search(plain) is not None:
        return True
    return NONE_OF_THEM.search(plain) is not None and _RING_ME.search(plain) is not None


# "You tell me", "I don't mind", "whatever's easiest": any way of meeting will do.
_ANY_WAY = re.compile(
    r"^(?:(?:oh|well|um|erm|honestly|ok|okay) )*(?:i|we|im|i'm)? ?(?:really )?"
    r"(?:(?:don'?t|do not) (?:mind|care|know)(?: which)?|no preference|not (?:bothered|fussed)|easy|"
    r"(?:it )?(?:doesn'?t|does not|dont) matter|you (?:tell me|choose|decide|pick|say)|"
    r"(?:it'?s |its )?up to (?:you|yous|them)|your (?:choice|call)|"
    r"whatever(?:'s| is)?(?: (?:easiest|best|suits))?|whichever(?: is)?(?: (?:easiest|best|quickest))?|"
    r"either|any(?: of them| way| is fine| will do)?|anything)"
    r"(?: (?:really|thanks|thank you|please|is fine|will do|suits you|is easiest for you))*$"
)


def any_way_of_meeting(text: str) -> bool:
    """No way of meeting preferred: "you tell me", "I don't mind", "whatever's easiest"."""
    return _ANY_WAY.match(_plain(text)) is not None


def means_later(text: str, kinds: list[str] | None = None) -> bool:
    """Not booking now: a link worker will get in touch to arrange it ("no thanks", "I'll leave the
    booking for now"); with ``kinds``, words that also name a way of meeting are that way instead."""
    cleaned = _plain(text)
    if kinds is not None and _NOT_BOOKING_NOW.search(cleaned):
        return True
    if kinds is not None and _LATER.search(cleaned) and parse_meeting(text, kinds) is None:
        return True
    cleaned = cleaned.replace("'", " ")
    return cleaned in {
        "later",
        "not now",
        "no",
        "no thanks",
        "no thank you",
        "not yet",
        "maybe later",
        "skip",
    }
