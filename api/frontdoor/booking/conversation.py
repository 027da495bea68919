"""Booking in the conversation: how to meet, when suits, which of the times offered.

The bot sends each answer in the person's words, with the earlier booking answers; this reads it,
offers or books, and says what to ask or tell next. Like the referral questions, every rule is here.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import datetime, time, timedelta

from pydantic import BaseModel, Field
from rapidfuzz.distance import DamerauLevenshtein
from sqlalchemy.orm import Session

from frontdoor.booking.models import Appointment
from frontdoor.booking.preferences import (
    MEETING_WORDS,
    NONE_OF_THEM,
    When,
    any_way_of_meeting,
    clock_words,
    means_later,
    meeting_kinds,
    meeting_label,
    meetings_said_against,
    menu_labels,
    names_a_bound,
    names_a_venue,
    nearest_to_video,
    parse_meeting,
    parse_when,
    spoken_clock,
    switches_meeting,
    wants_a_call_to_arrange,
    wants_other_times,
    working_hours,
)
from frontdoor.booking.service import (
    BookingError,
    Confirmation,
    booked_of,
    cancel,
    choose,
    confirmation,
    describe_start,
    holds_of,
    in_words,
    offer,
    site_for,
)
from frontdoor.booking.slots import LONDON
from frontdoor.content import Content
from frontdoor.db.base import aware
from frontdoor.intake.conversation import asks_why_again, interrupts, numbered
from frontdoor.referrals.models import Referral
from frontdoor.referrals.service import apply_priority, current_referral
from frontdoor.settings import Settings
from frontdoor.sites.config import DAYS, SiteConfig

FIELDS = ("meeting_type", "meeting_when", "meeting_slot")
EARLIEST_INSTEAD = "I couldn't match that to a time, so here are the earliest."
ANY_WAY_IS_FINE = "Any of them is fine."
ANY_TIME = "as soon as possible"  # when suits, for times offered before anyone said
NOT_READ = ("not_a_meeting_type", "not_a_time", "not_a_choice")
_ANY_ORDINAL = frozenset({"earliest", "early", "soonest", "whichever", "any"})
ORDINALS = (
    ("first", "1st", "top", "earliest", "early", "soonest", "whichever", "any"),
    ("second", "2nd", "middle"),
    ("third", "3rd"),
)


class BookingAnswerIn(BaseModel):
    conversation_id: str = Field(min_length=1, max_length=120)
    field: str = Field(description="one of " + ", ".join(FIELDS))
    text: str = Field(max_length=500)
    meeting_type: str | None = Field(None, max_length=500, description="their answer to meeting_type")
    meeting_when: str | None = Field(None, max_length=500, description="their answer to meeting_when")
    intent: str | None = Field(None, max_length=60, description="the bot's own reading of the message")
    confidence: float = Field(0.0, ge=0, le=1, description="how sure the bot is of that intent")
    retry: bool = Field(False, description="the question was just asked again: never ask a third time")
    told_why: bool = Field(False, description="the question was just asked again after saying why")


class Booked(BaseModel):
    when: str
    how: str
    contact: str
    link_worker: str
    reference: str
    calendar_url: str | None = None


class BookingOut(BaseModel):
    can_book: bool = True
    accepted: bool = True
    problem: str | None = None
    menu: str | None = Field(None, description="numbered choices for the next booking question")
    booked: Booked | None = None
    current: str | None = Field(None, description="the booked appointment, in words, if there is one")
    site_phone: str | None = None
    note: str | None = Field(None, description="to say before the next question")
    interrupt: str | None = Field(
        None, description="the intent to act on instead: the question's reader could not use the message"
    )
    meeting_type: str | None = Field(
        None, description="they changed how to meet while saying when: the words to keep as that answer"
    )
    meeting_when: str | None = Field(
        None, description="times were offered with the way of meeting: the words to keep as when suits"
    )


def calendar_token(settings: Settings, appointment_id: int) -> str:
    """Lets the person's own browser fetch their .ics without signing in, and nobody else's."""
    return hmac.new(
        settings.secret_key.encode(), f"ics:{appointment_id}".encode(), hashlib.sha256
    ).hexdigest()[:32]


def _referral(session: Session, conversation_id: str) -> Referral:
    referral = current_referral(session, conversation_id)
    if referral is None:
        raise BookingError("no referral for this conversation", status=404)
    return referral


def start(session: Session, content: Content, conversation_id: str) -> BookingOut:
    """Whether this person can book now, the ways of meeting on offer, and any booking they have."""
    return start_for(session, content, _referral(session, conversation_id))


def start_for(session: Session, content: Content, referral: Referral) -> BookingOut:
    """``start`` for a referral already in hand (the one just sent)."""
    try:
        site = site_for(content, referral)
    except BookingError:
        return BookingOut(can_book=False)
    booked = booked_of(session, referral)
    return BookingOut(
        menu=numbered(menu_labels(meeting_kinds(site, referral))),
        current=in_words(booked) if booked else None,
        site_phone=site.phone,
    )


def _slots_menu(held: list[Appointment]) -> str:
    return numbered(in_words(h) for h in held) + "\nOr tell me a day or time that suits you better."


def _no_slots(session: Session, content: Content, referral: Referral) -> BookingOut:
    """Nothing inside the target: the team will call to arrange it, flagged on the record."""
    site = site_for(content, referral)
    referral.callback_requested = True
    apply_priority(
        referral,
        content,
        (f"no appointment free within {site.first_appointment_target_working_days} working days",),
    )
    session.commit()
    return BookingOut(accepted=True, problem="no_slots", site_phone=site.phone)


def answer(
    session: Session, content: Content, settings: Settings, body: BookingAnswerIn, now: datetime
) -> BookingOut:
    """The question's own reader looks first; a confident "cancel", "why" or "talk to a person"
    interrupts only when it cannot use the message (the bot then follows its own rule)."""
    if body.field not in FIELDS:
        raise BookingError(f"unknown booking question '{body.field}'; known: {', '.join(FIELDS)}", status=400)
    referral = _referral(session, body.conversation_id)
    if asks_why_again(body.intent, body.told_why):
        body = body.model_copy(update={"intent": None, "retry": True})
    out = _read(session, content, settings, referral, body, now)
    if out.problem in NOT_READ and interrupts(body.intent, body.confidence, body.text, referral):
        return BookingOut(accepted=False, problem="interrupted", interrupt=body.intent)
    if out.problem == "not_a_time" and body.retry:
        # Asked twice and still no time we can read: the earliest times, rather than no booking at all.
        asap = body.model_copy(update={"text": ANY_TIME})
        earliest = _read(session, content, settings, referral, asap, now)
        if earliest.menu:
            return earliest.model_copy(update={"note": EARLIEST_INSTEAD})
        return earliest
    if out.problem in NOT_READ and body.retry:  # never a third time: the link worker will arrange it
        return _left_to_the_link_worker(session, content, referral, body)
    return out


def _left_to_the_link_worker(
    session: Session, content: Content, referral: Referral, body: BookingAnswerIn
) -> BookingOut:
    """No time booked in the conversation: what they asked for is kept for the link worker who will
    arrange it (the way of meeting they chose and, in their words, when suits), and said back."""
    kind = parse_meeting(body.meeting_type or "", meeting_kinds(site_for(content, referral), referral))
    if kind is None:
        return BookingOut(problem="later")
    # "ring me after the 2nd of January": a date said is kept in their words, as a day or time is.
    said = body.text if body.field != "meeting_type" and _says_when(body.text) else body.meeting_when
    when = _when_in_their_words(said) if said and said != ANY_TIME else None
    referral.meeting_wanted, referral.meeting_when_wanted = kind, when
    session.commit()
    wanted = f'{meeting_label(kind)}, "{when}"' if when else meeting_label(kind)
    return BookingOut(problem="later", note=f"I've passed on what you asked for: {wanted}.")


def _says_when(text: str) -> bool:
    """The text names a day, a time (``parse_when``) or a date ("the 2nd of January")."""
    return parse_when(text) is not None or _A_DATE.search(text.lower()) is not None


WHEN_KEPT = 120  # characters of their words about when, as the record keeps them


def _when_in_their_words(said: str) -> str:
    """Their words about when, at most WHEN_KEPT characters: from a longer message, the sentences that
    name a day, a time or a date ("... all hands on deck till the New Year. Can someone ring me after the
    2nd of January?" keeps the last, R41040), never the first 120 characters cut mid-word."""
    words = " ".join(said.split())
    if len(words) <= WHEN_KEPT:
        return words
    sentences = re.split(r"(?<=[.?!])\s+", words)
    timed = [s for s in sentences if _says_when(s)]
    kept = " ".join(timed) if timed else words
    return kept if len(kept) <= WHEN_KEPT else kept[:WHEN_KEPT].rsplit(" ", 1)[0]


def _read(
    session: Session,
    content: Content,
    settings: Settings,
    referral: Referral,
    body: BookingAnswerIn,
    now: datetime,
) -> BookingOut:
    site = site_for(content, referral)
    kinds = meeting_kinds(site, referral)
    if body.field == "meeting_type":
        if means_later(body.text, kinds) or wants_a_call_to_arrange(body.text):
            return BookingOut(problem="later")
        kind = parse_meeting(body.text, kinds)
        wanted = parse_meeting(body.text, list(MEETING_WORDS))
        settled = chosen_for_them = None
        if kind is None and "community_venue" in kinds and names_a_venue(body.text, site.venues):
            # "kirkcaldy galleries if thats ok" (R40019): kept as the way's own word, which the questions
            # after this one read (they know the ways of meeting, not the venues).
            kind = "community_venue"
            chosen_for_them = MEETING_WORDS[kind][0]
        if kind is None and any_way_of_meeting(body.text) and not body.retry:
            # "you tell me", "I don't mind": said to be fine, and the choice is theirs, once.
            return BookingOut(accepted=False, problem="not_a_meeting_type", note=ANY_WAY_IS_FINE)
        if kind is None and any_way_of_meeting(body.text):
            # Again: the first way on the menu, said so, with its times; kept as the way's own word, for
            # the questions after this one to read.
            kind = wanted = kinds[0]
            settled = f"{meeting_label(kind).capitalize()}, then."
            chosen_for_them = MEETING_WORDS[kind][0]
        unoffered = parse_meeting(body.text, [k for k in MEETING_WORDS if k not in kinds])
        if kind is not None and unoffered is not None and _OTHERWISE.search(body.text):
            # "can we do video? if not then phone i guess": the way they would settle for, said so.
            label = meeting_label(unoffered)
            settled = f"Sorry, {label}s are not offered here yet, so a {meeting_label(kind)}."
            wanted = kind
        if kind is None or (wanted is not None and wanted not in kinds and not body.text.strip().isdigit()):
            # "Video is best", "video call if possible" (not a phone call): say plainly that this
            # service does not offer it, not only "reply a number", and never book the nearest unasked.
            note = f"Sorry, {meeting_label(wanted)}s are not offered here yet." if wanted else None
            nearest = nearest_to_video(kinds, referral) if wanted == "video" else None
            if nearest is not None:
                note = f"{note} {_nearest_note(nearest, kinds)}"
            against = meetings_said_against(body.text, kinds) if note is None else []
            if against:
                # "not phone. i am deaf": heard, and the other ways are the ones to choose from.
                label = meeting_label(against[0])
                note = f"That's fine, not {label if label.startswith('at ') else 'a ' + label}."
            return BookingOut(accepted=False, problem="not_a_meeting_type", note=note)
        # The earliest times straight away (or those at the time they named: "phone, afternoons"), with
        # "or tell me a day or time that suits you better": "when suits you?" is one message fewer.
        said = parse_when(body.text)
        out = _times(session, content, referral, site, kind, said or When(), now)
        note = " ".join(filter(None, [settled, out.note])) or None
        when = body.text if said else ANY_TIME
        return out.model_copy(update={"meeting_when": when, "note": note, "meeting_type": chosen_for_them})
    kind = parse_meeting(body.meeting_type or "", kinds)
    if kind is None:
        raise BookingError("answer meeting_type first", status=409)
    if wants_a_call_to_arrange(body.text):
        return _left_to_the_link_worker(session, content, referral, body)
    switched = switches_meeting(body.text, kind, kinds)
    # At "which time?", the earlier answer to "when suits?" was read, or it stood for the earliest times.
    if body.field == "meeting_slot":
        when: When | None = parse_when(body.meeting_when or "") or When()
    else:
        when = parse_when(body.text)
    if switched is not None and when is None:
        # "Actually could it be on the phone instead?": the new way kept, and when suits asked again.
        note = _switched_note(switched)
        return BookingOut(accepted=False, problem="meeting_changed", meeting_type=body.text, note=note)
    if when is None:
        return BookingOut(accepted=False, problem="not_a_time", note=_hours_note(site))
    if body.field == "meeting_when":
        out = _times(session, content, referral, site, switched or kind, when, now)
        return out.model_copy(update={"meeting_type": body.text if switched else None})
    holds = holds_of(session, referral)
    if wants_other_times(body.text):
        after = aware(holds[-1].start) if holds else None
        held = offer(session, content, referral, kind, when, now=now, after=after)
        if not held:
            return _no_slots(session, content, referral)
        return BookingOut(accepted=False, problem="more_offered", menu=_slots_menu(held))
    asked_for = parse_when(body.text)
    index = _pick(body.text, holds, asked_for)
    if switched is not None:
        # "Actually, can I change my mind? I'd rather come in": times for the new way of meeting, even
        # when a time on the old list is said ("on the phone instead? 10 till 11" is not the venue's 10am,
        # R41005).
        out = _times(session, content, referral, site, switched, asked_for or when, now)
        note = " ".join(filter(None, [_switched_note(switched), out.note]))
        problem = out.problem or "more_offered"
        return out.model_copy(
            update={"accepted": False, "problem": problem, "meeting_type": body.text, "note": note}
        )
    # "the Saturday one": say when link workers work, not only "reply with a number".
    note = _hours_note(site) if asked_for is not None and asked_for.outside_hours else None
    if index is None and asked_for is not None and asked_for != When():
        # "the Friday one" when none is on a Friday, or "evenings" to the earliest times: times on the
        # day or part of the day they name, or the nearest there are, with when link workers work.
        offered_before = sorted(aware(h.start) for h in holds)
        at = _at_that_time_on_other_days(
            session, content, referral, kind, asked_for, names_a_bound(body.text), offered_before, now
        )
        if at is not None:
            return at
        out = _times(session, content, referral, site, kind, asked_for, now)
        offered = sorted(aware(h.start) for h in holds_of(session, referral)) if out.menu else offered_before
        if out.problem == "no_slots" or offered != offered_before:
            return out.model_copy(update={"accepted": False, "problem": out.problem or "more_offered"})
        if not body.retry and out.note is None:
            # "mornings" when the earliest times are mornings: those are the ones, said so, not "reply 1-3".
            note = _not_at(asked_for, offered) or "These are the earliest times that suit."
            return out.model_copy(update={"accepted": False, "problem": "more_offered", "note": note})
        note = out.note or note  # the same times again are no answer: never the same list a third time
    if index is None:
        menu = _slots_menu(holds) if holds else None
        return BookingOut(accepted=False, problem="not_a_choice", menu=menu, note=note)
    booked = choose(session, content, settings, referral, index, now)
    if booked is None:
        held = offer(session, content, referral, kind, when, now=now)
        if not held:
            return _no_slots(session, content, referral)
        return BookingOut(accepted=False, problem="taken", menu=_slots_menu(held))
    return BookingOut(booked=_booked(settings, confirmation(session, referral, booked), booked.id, referral))


def _at_that_time_on_other_days(
    session: Session,
    content: Content,
    referral: Referral,
    kind: str,
    asked_for: When,
    bounded: bool,
    offered: list[datetime],
    now: datetime,
) -> BookingOut | None:
    """ "The 9am" when none of the times offered is at 9: that time on the days it is free, rather than
    the nearest times on the first day. None when no day has it, or they named a day, a span or a bound
    ("after 4" is any time from 4, "evenings" is not 5pm)."""
    if asked_for.not_before is None or bounded:
        return None
    at = asked_for.not_before
    if (
        asked_for.not_after
        or asked_for.weekday is not None
        or asked_for.part_of_day
        or asked_for.outside_hours
    ):
        return None
    if _not_at(asked_for, offered) is None:
        return None
    held = offer(session, content, referral, kind, When(not_before=at, not_after=at), now=now)
    if not held:
        return None
    note = f"These are the times at {clock_words(at)}."
    return BookingOut(accepted=False, problem="more_offered", menu=_slots_menu(held), note=note)


def _not_at(asked_for: When, offered: list[datetime]) -> str | None:
    """ "the 10 o'clock one" when none of the times offered is at 10: said so, not only "reply with a
    number"."""
    at = asked_for.not_before
    if at is None or asked_for.not_after is not None:
        return None
    if any(start.astimezone(LONDON).time() == at for start in offered):
        return None
    return f"Nothing is free at {clock_words(at)}. These are the nearest times."


def _times(
    session: Session,
    content: Content,
    referral: Referral,
    site: SiteConfig,
    kind: str,
    when: When,
    now: datetime,
) -> BookingOut:
    """The times to offer for when they said: those asked for, else the nearest part of the day, else
    the earliest there are (saying so, with when link workers work); none at all goes to the team."""
    held = offer(session, content, referral, kind, when, now=now)
    nearest = when.outside_hours
    if not held and (when.not_before or when.not_after):
        # Nothing at the clock time asked for: the nearest part of the day instead.
        held, nearest = offer(session, content, referral, kind, _part_of_day(when), now=now), True
    for day in _working_days_beside(site, when) if not held else ():
        # "The Friday" where nobody works Fridays: the Thursday, or else the Monday, not the earliest.
        held, nearest = offer(session, content, referral, kind, When(when.part_of_day, day), now=now), True
        if held:
            break
    if not held and when != When():
        # Nothing on the day or at the time asked for within the target: the earliest times there are.
        held, nearest = offer(session, content, referral, kind, When(), now=now), True
    if not held:
        return _no_slots(session, content, referral)
    note = None
    if nearest:
        said = (
            _hours_note(site)
            if when.outside_hours or _nobody_works(site, when)
            else "Nothing is free then soon."
        )
        note = f"{said} These are the nearest times."
    return BookingOut(menu=_slots_menu(held), note=note)


def _nearest_note(kind: str, kinds: list[str]) -> str:
    """ "A phone call is the nearest: reply 1 for phone call times." """
    number = kinds.index(kind) + 1
    if kind == "community_venue":
        return f"Meeting in person is the nearest: reply {number} for times at a local venue."
    return f"A {meeting_label(kind)} is the nearest: reply {number} for {meeting_label(kind)} times."


def _switched_note(kind: str) -> str:
    """ "That's fine, a phone call instead." / "That's fine, we'll meet at a local venue instead." """
    label = meeting_label(kind)
    return (
        f"That's fine, we'll meet {label} instead."
        if label.startswith("at ")
        else f"That's fine, a {label} instead."
    )


def _part_of_day(when: When) -> When:
    """ "after 4" with nothing after 4: the afternoons; "before 10" with nothing before 10: the mornings."""
    late = when.not_before is not None and when.not_before >= time(12)
    early = when.not_after is not None and when.not_after < time(12)
    part = "afternoon" if late else "morning" if early else when.part_of_day
    return When(part, when.weekday, when.avoid_weekday)


def _nobody_works(site: SiteConfig, when: When) -> bool:
    """ "the Friday one" where no link worker works on Fridays: say when they do, not "nothing free"."""
    return when.weekday is not None and when.weekday not in _worked_days(site)


def _working_days_beside(site: SiteConfig, when: When) -> list[int]:
    """The days either side of a day nobody works, nearest first: the day before, then the day after."""
    if not _nobody_works(site, when) or when.weekday is None:
        return []
    worked = _worked_days(site)
    beside = [(when.weekday + step * sign) % 7 for step in range(1, 4) for sign in (-1, 1)]
    return [d for d in dict.fromkeys(beside) if d in worked][:2]


def _worked_days(site: SiteConfig) -> set[int]:
    """The weekdays (0 is Monday) on which at least one of the site's link workers works."""
    return {d for d in range(7) if any(DAYS[d] in w.week for w in site.link_workers)}


def _hours_note(site: SiteConfig) -> str:
    return f"Link workers work {working_hours(site)}."


def _pick(text: str, holds: list[Appointment], asked_for: When | None) -> int | None:
    """ "2", "the second", or a day named in one of the times offered ("tuesday"). ``asked_for``: the
    day or time the text names, if any (``parse_when``). Never when every time is turned down ("none of
    those"), nor from a date ("after the 2nd of January" is not the second time, R41040)."""
    spoken = spoken_clock(text)
    cleaned = _A_DATE.sub(" ", spoken)
    if NONE_OF_THEM.search(cleaned):
        return None
    at = _at_a_time_offered(cleaned, holds)
    if at is not None:
        return at
    digits = re.findall(r"\d+", cleaned)
    clock = any(minute or suffix for _, minute, suffix in _CLOCK_SAID.findall(cleaned))
    if len(digits) == 1 and 1 <= int(digits[0]) <= len(holds) and not clock:
        return int(digits[0]) - 1  # "2", never "the 2pm" (a time, not the second on the list)
    typed = re.findall(r"[a-z]+", cleaned)
    for n, ordinal in enumerate(ORDINALS):
        # "would the 3rd of February be any good": with a date said, "any" is no choice of the earliest.
        words = tuple(w for w in ordinal if cleaned == spoken or w not in _ANY_ORDINAL)
        said = any(re.search(rf"\b{w}\b", cleaned) for w in words) or _misspelt(typed, words[0])
        if said and n < len(holds):
            return n
    if re.search(r"\b(?:last|latest|bottom)\b", cleaned) and holds:
        return len(holds) - 1
    words = re.findall(r"[a-z]+", cleaned)
    named = [
        i
        for i, h in enumerate(holds)
        if any(w.startswith(describe_start(h)[:3].lower()) and len(w) >= 3 for w in words)
    ]
    # One time on the day named, or only that day on offer ("the Friday one" after asking for Friday);
    # never when a clock time is said too that none of them is at ("Tuesday 11am" among Tuesday's 9:30,
    # 10 and 10:30 is not 9:30, R40018).
    if named and clock and not _a_clock_time_offered(cleaned, holds):
        # "Monday 12.15" among Monday's 12:30, 1 and 1:30: the one soon after it; never an earlier one
        # or one many hours away ("Tuesday 11am" is not Tuesday's 9:30, R40018).
        return _soon_after_the_time_said(asked_for, holds, named)
    if named:
        return named[0] if len(named) == 1 or len(named) == len(holds) else None
    # "any", "that one is fine", "yes": the earliest, which the booking message then names.
    said_against = re.search(r"\b(?:not|but|no|none|can'?t|cannot|except)\b", cleaned)
    # "ok, the 6pm one" or "the Thursday at half two, lovely" names a time: not any of them.
    vague = not digits and not said_against and asked_for in (None, When()) and cleaned == spoken
    return 0 if holds and vague and _ANY_OF_THEM.search(cleaned) else None


# A date: "the 2nd of January", "2 jan", "January 2nd", "on the 23rd" (never a place in the list).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_A_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}\b|{_MONTH} (?:the )?\d{{1,2}}(?:st|nd|rd|th)?\b|"
    r"(?:on|after|before|from|till|until|by) the \d{1,2}(?:st|nd|rd|th)\b)"
)
# A time of day: "10", "9:30", "2pm"; never the date of a time copied back ("Thu 10 Dec, 9am").
_CLOCK_SAID = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b"
    r"(?!\s*(?:st|nd|rd|th)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)


# A day's name as typed: "saturday", "sat", "tues", "weds", "thurs" (not "friend", not "sunny").
_DAY_NAME = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|days|s|sday|sdays|nesday|nesdays|r|rs|rsday|rsdays|urday|urdays)?"
)


def _at_a_time_offered(cleaned: str, holds: list[Appointment]) -> int | None:
    """The one time offered at the clock time said ("tuesday 10" among Tuesday's 9:30, 10 and 10:30;
    "the 2pm one"), on the day named if one is. A bare number that could be a place in the list ("2")
    is a time only with am, pm or minutes."""
    starts = [aware(h.start).astimezone(LONDON) for h in holds]
    # Every day named, offered or not: "Saturday at 11" is not Tuesday's 11am.
    named_days = {w[:3] for w in re.findall(r"[a-z]+", cleaned) if _DAY_NAME.fullmatch(w)}
    for hour_text, minute_text, suffix in _CLOCK_SAID.findall(cleaned):
        hour, minute = int(hour_text), int(minute_text or 0)
        if not (minute_text or suffix) and hour <= len(holds):
            continue
        matches = [
            i
            for i, s in enumerate(starts)
            if s.hour % 12 == hour % 12
            and s.minute == minute
            and (not suffix or (suffix == "pm") == (s.hour >= 12))
            and (not named_days or DAYS[s.weekday()][:3] in named_days)
        ]
        if len(matches) == 1 or (matches and not named_days and len(matches) == len(holds)):
            return matches[0]  # "the 4pm" when every time offered is at 4pm: the earliest of them
    return None


SOON_AFTER = timedelta(hours=2)
"""How long after the time asked a time offered on the day asked still answers it: "Thursday 12:30",
said again to Thursday's nearest times from 1:30pm, is the 1:30; "Tuesday 9.30" is not Tuesday's 3pm."""


def _soon_after_the_time_said(
    asked_for: When | None, holds: list[Appointment], named: list[int]
) -> int | None:
    """The time offered on the day named that starts at, or soonest within SOON_AFTER after, the clock
    time asked for (as ``parse_when`` read it: "12.30" is noon, "2.30" the afternoon)."""
    at = asked_for.not_before if asked_for else None
    if at is None:
        return None
    best: tuple[timedelta, int] | None = None
    for i in named:
        start = aware(holds[i].start).astimezone(LONDON)
        after = start - start.replace(hour=at.hour, minute=at.minute)
        if timedelta(0) <= after <= SOON_AFTER and (best is None or after < best[0]):
            best = (after, i)
    return best[1] if best else None


def _a_clock_time_offered(cleaned: str, holds: list[Appointment]) -> bool:
    """A clock time said ("2.30", "11am") is the time of one of the times offered, on any day."""
    starts = [aware(h.start).astimezone(LONDON) for h in holds]
    return any(
        s.hour % 12 == int(hour) % 12 and s.minute == int(minute or 0)
        for hour, minute, suffix in _CLOCK_SAID.findall(cleaned)
        if minute or suffix
        for s in starts
    )


def _misspelt(typed: list[str], ordinal: str) -> bool:
    """ "the forst one", "secnod": an ordinal one slip of the finger away (a letter changed, added, lost
    or two swapped), in words of four letters or more ("sec" is no guess)."""
    near = (word for word in typed if len(word) >= 4 and word != ordinal)
    return any(DamerauLevenshtein.distance(word, ordinal) == 1 for word in near)


# A second choice after the first: "if not then phone", "otherwise at the centre", "failing that",
# "Video is possible? Or phone.".
_OTHERWISE = re.compile(r"\b(?:if not|if you can'?t|if that'?s not|otherwise|failing that|or)\b", re.I)
_ANY_OF_THEM = re.compile(
    r"\b(?:any|anyone|any one|whichever|either|don'?t mind|do not mind|earliest|soonest|first available|"
    r"that one|that'?s fine|fine|ok|okay|yes|yeah|yep|aye|sounds good|perfect|great|lovely)\b"
)


def _booked(settings: Settings, details: Confirmation, appointment_id: int, referral: Referral) -> Booked:
    url = None
    if referral.channel == "web":
        token = calendar_token(settings, appointment_id)
        url = f"{settings.public_base_url}/appointments/{appointment_id}/calendar.ics?token={token}"
    return Booked(**details.__dict__, calendar_url=url)


def cancel_booking(session: Session, content: Content, conversation_id: str, now: datetime) -> BookingOut:
    referral = _referral(session, conversation_id)
    cancelled = cancel(session, referral, now)
    site = content.sites.get(referral.site_id) if referral.site_id else None
    return BookingOut(
        accepted=cancelled is not None,
        problem=None if cancelled else "nothing_booked",
        current=in_words(cancelled) if cancelled else None,
        site_phone=site.phone if site else None,
    )
