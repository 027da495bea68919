"""Asking directly when a message only suggests a risk, and reading the answer.

A message that suggests a risk without making it clear ("I just feel like giving up") is answered with
a kind, direct question for that kind, with the numbers in the same message (``content/safety.yml``,
``direct_questions``). The person's next message is read as the answer first, whatever the
conversation was doing:

- a yes, or a hedge ("sometimes", "a bit", "not sure"): clear risk (help, urgent, staff alert);
- a no ("no I'm fine, just tired"): a short acknowledgement, and the interrupted question again;
- a clear risk in the answer itself: that clear risk;
- anything else: the question once more; still no clear answer after that is treated as a yes (flagged
  and alerted as one), with the numbers left in words that do not assume it ("unanswered").

A possible risk makes the referral urgent at once (the person may never answer) but pages no one; the
staff alert goes when the risk is clear (``frontdoor.referrals.flags.record_flag``). Without consent,
only a count is kept, as for every flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from frontdoor.audit.log import record
from frontdoor.referrals.flags import EXCERPT_LIMIT, FlagOutcome, make_urgent, record_flag
from frontdoor.referrals.models import RiskFlag
from frontdoor.referrals.service import SERVICE_ACTOR, current_referral
from frontdoor.sites.config import SitesFile

# The source kept on a flag raised by a message that only suggested the risk. When the risk becomes
# clear, that flag is replaced by the clear one (one risk, one flag, one alert).
POSSIBLE_SOURCE = "possible"
# How many times the question is asked before no clear answer counts as a yes.
MAX_ASKS = 2

YES = "yes"
NO = "no"
UNCLEAR = "unclear"

# Unsure or now-and-then answers count as yes, and take back a no ("no... well, sometimes"): someone
# who has these thoughts "sometimes", or is "not sure", has them.
_UNSURE = (
    "sometimes",
    "some times",
    "at times",
    "now and then",
    "now and again",
    "on and off",
    "occasionally",
    "maybe",
    "perhaps",
    "possibly",
    "probably",
    "might",
    "not sure",
    "unsure",
    "dont know",
    "do not know",
    "dunno",
    "idk",
    "i think so",
    "i guess",
    "yes and no",
    "often",
    "a lot",
    "all the time",
    "every day",
)
# Degree words count as yes unless a no leads ("a bit" is a yes; "no, just a bit tired" is a no).
_DEGREE = ("a bit", "a little", "a wee bit", "kind of", "kinda", "sort of", "sorta", "slightly")
_YES_WORDS = {"yes", "yeah", "yeh", "yep", "yup", "yea", "ya", "yh", "ye", "y", "aye", "yess", "yesss", "yas"}
_YES_OPENINGS = (
    "i am",
    "i do",
    "i have",
    "ive been",
    "im having",
    "i think about it",
    "they are",
    "he is",
    "she is",
)
_NO_WORDS = {"no", "nope", "nah", "naw", "na", "n", "nae", "never", "noo", "nooo"}
_NO_PHRASES = (
    "not at all",
    "definitely not",
    "of course not",
    "certainly not",
    "no way",
    "not me",
    "im not",
    "i am not",
    "dont think so",
    "im fine",
    "i am fine",
    "im ok",
    "im okay",
    "i am ok",
    "im alright",
    "im all right",
    "im good",
    "all good",
    "not any more",
    "not anymore",
    "im safe",
    "i am safe",
    "were fine",
    "hes fine",
    "shes fine",
    "nothing like that",
)
# "no, but ..." takes the no back: what follows is not a clean no.
_TAKEN_BACK = ("but", "except", "although", "though", "apart from", "well")


def _normalise(text: str) -> str:
    text = (text or "").lower().replace("’", "'").replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


def _has(words: str, phrase: str) -> bool:
    return f" {phrase} " in f" {words} "


def read_answer(text: str) -> str:
    """YES, NO or UNCLEAR for an answer to a direct safety question. Safety first: an unsure answer, or
    yes and no together, is a yes; a no is a no only when nothing after it takes it back."""
    words = _normalise(text)
    if not words:
        return UNCLEAR
    tokens = words.split()
    if _YES_WORDS.intersection(tokens) or any(_has(words, phrase) for phrase in _UNSURE):
        return YES
    if _NO_WORDS.intersection(tokens) or any(_has(words, phrase) for phrase in _NO_PHRASES):
        return UNCLEAR if any(_has(words, w) for w in _TAKEN_BACK) else NO
    opens_yes = any(words == p or words.startswith(f"{p} ") for p in _YES_OPENINGS)
    return YES if opens_yes or any(_has(words, phrase) for phrase in _DEGREE) else UNCLEAR


@dataclass(frozen=True)
class Decision:
    """What an answer leads to. ``outcome``: "clear" (help, urgent, alert for ``kind``), "no" (the
    acknowledgement, then the interrupted question), "again" (the question once more) or "ask" (the
    answer suggests a different risk: that kind's question, as a first question, never "again").
    ``pending`` is the kind still being asked about, if any, and ``asked`` how many times.
    ``wording`` is which of the kind's ``direct_questions`` to reply with (None for the help)."""

    outcome: str
    kind: str
    pending: str | None
    asked: int
    reading: str
    wording: str | None = None


def decide(
    asked_kind: str,
    asked: int,
    text: str,
    clear: list[str],
    possible: list[str],
    about: str = "self",
    asked_about: str = "self",
) -> Decision:
    """Read ``text`` as the answer to ``asked_kind``'s question, asked ``asked`` times so far. ``clear`` and
    ``possible`` are the kinds the answer message itself raised (most serious first), ``about`` whose
    risk they are ("other": "no, but my dad says he would be better off gone"), ``asked_about`` whose
    risk the question asked about: asked once more about someone else, it asks about them again
    ("again_other"), not about the person writing."""
    reading = read_answer(text)
    if clear:
        return Decision("clear", clear[0], None, asked, reading)
    if reading == YES:
        return Decision("clear", asked_kind, None, asked, reading)
    other = [kind for kind in possible if kind not in (asked_kind, "general")]
    if other:
        return Decision("ask", other[0], other[0], 1, reading, question_for(about))
    if reading == NO:
        return Decision("no", asked_kind, None, asked, reading, "no")
    if possible:
        return Decision("clear", asked_kind, None, asked, reading)
    if asked >= MAX_ASKS:  # help given and the referral flagged, in words that do not assume a yes
        return Decision("clear", asked_kind, None, asked, reading, "unanswered")
    again = question_for(asked_about, again=True)
    return Decision("again", asked_kind, asked_kind, asked + 1, reading, again)


# Questions answered in the person's own words, whatever they say ("What is worrying you most?"): a
# message there that raised a possible risk is their answer too. Once the risk question is settled by a
# no, or left unanswered with the help given, it is read as that answer, so they need not write it all
# again; after a yes, the help comes first and the question is asked again later.
OWN_WORDS_QUESTIONS = frozenset({"concerns_text"})


# Clear risks whose help is a call to make, not an emergency: written as someone's worries ("sick all
# day on the chemo, can't keep anything down, and the bills"), the words are their answer too, read
# after the help. A crisis or an emergency is never pressed on with: the question comes back later.
READ_AFTER_HELP = frozenset({"treatment_side_effect"})


def answers_interrupted(decision: Decision, interrupted: str | None) -> bool:
    """Whether the message that raised the question is now read as the answer to the one it interrupted."""
    settled = decision.outcome == "no" or decision.wording == "unanswered"
    return settled and interrupted in OWN_WORDS_QUESTIONS


def clear_risk_answers_interrupted(kind: str, interrupted: str | None) -> bool:
    """Whether a message that raised a clear risk is also the answer to the question it interrupted."""
    return kind in READ_AFTER_HELP and interrupted in OWN_WORDS_QUESTIONS


def question_for(about: str, again: bool = False) -> str:
    """Which wording of the direct question to ask: "ask_other" when the message is about someone
    else ("Are they having thoughts of ending their life?"), else "ask"; asked once more, "again_other"
    or "again"."""
    which = "again" if again else "ask"
    return f"{which}_other" if about == "other" else which


def _flag_kind(kind: str) -> str:
    return kind if kind != "general" else "other"


def record_possible(session: Session, conversation_id: str, kind: str, excerpt: str | None) -> FlagOutcome:
    """A possible risk: with consent the referral goes to the top of the queue now, with a flag marked
    possible; no alert. Without consent, a count only."""
    kind = _flag_kind(kind)
    referral = current_referral(session, conversation_id)
    if referral is None or not referral.consent_share:
        session.add(RiskFlag(kind=kind, source=POSSIBLE_SOURCE))
        session.commit()
        return FlagOutcome(referral_id=None, site_id=None)
    if not any(f.kind == kind and f.source == POSSIBLE_SOURCE for f in referral.risk_flags):
        referral.risk_flags.append(
            RiskFlag(
                site_id=referral.site_id,
                kind=kind,
                source=POSSIBLE_SOURCE,
                excerpt=(excerpt or "")[:EXCERPT_LIMIT] or None,
            )
        )
    make_urgent(referral, f"possible risk, asked directly: {kind}")
    record(session, SERVICE_ACTOR, "risk_flag", "referral", referral.id, kind=kind, source=POSSIBLE_SOURCE)
    session.commit()
    return FlagOutcome(referral_id=referral.id, site_id=referral.site_id)


def record_clear(
    session: Session, sites: SitesFile, conversation_id: str, kind: str, excerpt: str | None, source: str
) -> FlagOutcome:
    """A clear risk: the flag, urgency and staff alert as for any clear risk. A possible flag of the same
    kind (the question that led here) is replaced by it, keeping the words that raised it."""
    referral = current_referral(session, conversation_id)
    if referral is not None and referral.consent_share:
        asked = [f for f in referral.risk_flags if f.kind == _flag_kind(kind) and f.source == POSSIBLE_SOURCE]
        for flag in asked:
            excerpt = flag.excerpt or excerpt
            referral.risk_flags.remove(flag)
        reason = f"possible risk, asked directly: {_flag_kind(kind)}"
        if asked and reason in (referral.priority_reasons or []):
            referral.priority_reasons = [r for r in referral.priority_reasons if r != reason]
        session.flush()
    return record_flag(session, sites, conversation_id, kind, excerpt, source)
