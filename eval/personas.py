"""A simulator of real people: each persona's conversation through the running stack, then its record
checked through the staff API.

Which question the bot is asking is read from Rasa's tracker (``requested_slot``, ``active_loop``,
``safety_question``), never from the bot's wording, through one table: SLOT_TOPICS. Only where no slot
says anything is the last bot message looked at, for a consent or "is that right?" prompt.

    python -m eval.personas [--only P001] [--transcripts DIR] [--file eval/blind/personas.yml]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

EVAL_DIR = Path(__file__).parent
BLIND = EVAL_DIR / "blind" / "personas.yml"
EXAMPLES = EVAL_DIR / "examples" / "personas.yml"
TRANSCRIPTS = EVAL_DIR / "results" / "transcripts"
MAX_TURNS = 60
SILENT_LIMIT = 3  # no reply this many times in a row is a dead end
STUCK_LIMIT = 3  # the same question with the same words this many times in a row is a dead end
LOOP_LIMIT = 5  # ... or this many times in all (two questions taking turns)

# The one table: the slot Rasa is asking for -> the persona's topic.
SLOT_TOPICS: dict[str, str] = {
    "consent_share": "consent",
    "referrer_role": "role",
    "on_behalf_agreed": "on_behalf_agreed",
    "carer_support_wanted": "carer_support",
    "postcode": "postcode",
    "age": "age",
    "has_diagnosis": "diagnosis",
    "cares_for_someone_with_cancer": "diagnosis",
    "cancer_type": "cancer_type",
    "skin_cancer_kind": "skin_cancer_kind",
    "name": "name",
    "preferred_name": "preferred_name",
    "referrer_name": "referrer_name",
    "referrer_relationship": "referrer_relationship",
    "referrer_phone": "referrer_phone",
    "phone": "phone",
    "contact": "contact",
    "cancer_stage": "treatment_stage",
    "referral_source": "heard_from",
    "concerns_text": "concerns",
    "concern_category": "concerns",
    "concern_pick": "concerns",
    "concern_score": "concern_scores",
    "main_concern": "main_concern",
    "distress_score": "distress",
    "what_matters_most": "what_matters_most",
    "review_confirm": "review",
    "aftercare_consent": "aftercare",
    "support_needs": "support_needs",
    "eligibility_check": "confirm",
    "meeting_type": "meeting",
    "meeting_when": "meeting_time",
    "meeting_slot": "slot_choice",
}
# A topic whose question is now asked within another's: the times on offer come with "or tell me a day
# or time that suits you better", so what a person meant to say about when suits is said there.
ASKED_WITHIN: dict[str, tuple[str, ...]] = {"slot_choice": ("meeting_time",)}
# Another name a writer gave a topic's answer (round 9 wrote the person's agreement as "agreement"),
# or the answer a person gives from what they know: asked whether a skin cancer is a melanoma, what
# they were told it is ("squamous cell, on my ear").
SAYS_ALIASES: dict[str, tuple[str, ...]] = {
    "on_behalf_agreed": ("agreement",),
    "skin_cancer_kind": ("cancer_type",),
}
SAFETY_TOPIC = "safety"
_CONSENT_PROMPT = re.compile(r"privacy|\bagree\b|is that ok|ok to share|can we share", re.I)
_CONFIRM_PROMPT = re.compile(r"is that right\??|is this right\??|is that correct\??", re.I)
_NUMBERED_TIMES = re.compile(r"^\s*1[.)]?\s.*\b\d{1,2}([:.]\d{2})?\s*(am|pm)\b", re.I | re.M)
# A later message of a list that takes back what was just said ("Sorry I meant 68 not 86", "No wait, it's
# my husband who's ill"): a person sends it straight after the answer it mends, whatever is asked next.
_TAKES_BACK = re.compile(
    r"^\W*(?:sorry|actually|no,? wait|wait|oops|hang on|i meant)\b|\b(?:sorry|typo|oops|my mistake)\W*$"
    r"|^\W*(?:nah|no)?\W*(?:scrap that|forget that|on second thoughts?)\b",
    re.I,
)
_NEGATIVE = re.compile(r"\s*(no+|n|nope|none|nah|no thanks?|no,? i'?m fine|not really|nothing)\W*\s*", re.I)

ROLE_NAMES = {
    "self": "self",
    "carer_for_self": "carer_for_self",
    "carer": "carer_for_self",
    "on_behalf": "on_behalf",
}
FAILED_RULE_REASONS = {
    "lives_in_area": "out_of_area",
    "age": "under_age",
    "diagnosis": "no_diagnosis",
    "excluded_cancer": "excluded_cancer",
}
# Another name a writer gave a reason for turning someone away (round 40 wrote "cancer_not_accepted").
REASON_NAMES = {"cancer_not_accepted": "excluded_cancer"}
FIELDS = (
    "role",
    "eligible",
    "reason",
    "postcode",
    "age",
    "concern_categories",
    "concern_items",
    "interpreter",
    "access_needs",
    "booked",
    "meeting",
)


def load_personas(path: Path) -> list[dict[str, Any]]:
    """A list of people, or a mapping that holds it under ``personas`` (round 6 was written that way)."""
    loaded = yaml.safe_load(path.read_text()) or []
    personas = (loaded.get("personas") or []) if isinstance(loaded, dict) else loaded
    for persona in personas:
        for key in ("id", "says", "expect"):
            if key not in persona:
                raise ValueError(f"{path}: persona {persona.get('id', '?')} has no '{key}'")
        if persona.get("channel", "web") not in ("web", "sms"):
            raise ValueError(
                f"{path}: persona {persona['id']} has channel {persona['channel']!r}: web or sms"
            )
    return personas


# ------------------------------------------------------------------ which question, and the answer


@dataclass
class Question:
    topic: str
    slot: str | None  # the slot that said so, or None when it came from the fallback


def topic_for(slots: dict[str, Any], active_loop: str | None, last_bot_text: str, first: bool) -> Question:
    """What the bot is asking, from the tracker; the bot's words only where no slot says it."""
    if first:
        return Question("greeting", None)
    if slots.get("safety_question"):
        return Question(SAFETY_TOPIC, "safety_question")
    requested = slots.get("requested_slot") if active_loop else None
    if requested:
        return Question(SLOT_TOPICS.get(requested, "other"), requested)
    if _NUMBERED_TIMES.search(last_bot_text):
        return Question("slot_choice", None)
    if _CONSENT_PROMPT.search(last_bot_text):
        return Question("consent", None)
    if _CONFIRM_PROMPT.search(last_bot_text):
        return Question("confirm", None)
    return Question("other", None)


def _pick(value: Any, index: int) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        if not value:
            return None
        return str(value[min(index, len(value) - 1)])
    return str(value)


def is_negative(text: str | None) -> bool:
    return text is None or bool(_NEGATIVE.fullmatch(text))


@dataclass
class Person:
    """One persona answering: counts how often each topic has been answered, and its one-off asides."""

    persona: dict[str, Any]
    answered: dict[str, int] = field(default_factory=dict)
    asked: dict[str, int] = field(default_factory=dict)
    scored_concerns: list[str] = field(default_factory=list)
    asides_said: set[int] = field(default_factory=set)
    last_answered: str | None = None  # the topic of the last answer said from the persona's file

    @property
    def says(self) -> dict[str, Any]:
        return self.persona["says"]

    def _aside_due(self, topic: str) -> str | None:
        """The one-off aside set at this topic, or at one the conversation went past without asking
        (a question after it in the persona's order was already asked): the shortest path skips some
        questions ("contact", "preferred_name"), and a person still says what they meant to say."""
        order = list(self.says)
        for number, aside in enumerate(self.persona.get("interjections") or []):
            at = aside.get("at")
            if number in self.asides_said:
                continue
            later = order[order.index(at) + 1 :] if at in order else []
            passed = not self.asked.get(at) and any(self.asked.get(t) for t in later if t != topic)
            if at == topic or at in ASKED_WITHIN.get(topic, ()) or passed:
                self.asides_said.add(number)
                return str(aside["say"])
        return None

    def _taken_back(self, topic: str) -> str | None:
        """The next message of the last answer's list when it takes that answer back, unless that
        question is the one asked again (then it is simply the next answer)."""
        last = self.last_answered
        said = self._said_for(last) if last and last != topic else None
        index = self.answered.get(last or "", 0)
        if isinstance(said, list) and index < len(said) and _TAKES_BACK.search(str(said[index])):
            self.answered[last or ""] = index + 1
            return str(said[index])
        return None

    def _correction_passed_over(self, topic: str) -> str | None:
        """The first message of a question the conversation went past without asking, when it takes an
        earlier answer back ("Sorry, she's 55 not 54", written for the diagnosis question, skipped because
        the first message named the cancer): the person still sends it, at the next question."""
        order = list(self.says)
        for at in order:
            first = _pick(self.says[at], 0)
            if at == topic or self.asked.get(at) or self.answered.get(at) or not first:
                continue
            later = order[order.index(at) + 1 :]
            if _TAKES_BACK.search(first) and (topic in later or any(self.asked.get(t) for t in later)):
                self.answered[at] = 1  # if that question is asked after all, the list's next message answers
                return first
        return None

    def answer(self, question: Question, current_concern: str | None = None) -> str:
        topic = question.topic
        taken_back = self._taken_back(topic)
        if taken_back is not None:
            return taken_back
        passed_over = self._correction_passed_over(topic)
        if passed_over is not None:
            return passed_over
        first_time = self.asked.get(topic, 0) == 0
        self.asked[topic] = self.asked.get(topic, 0) + 1
        if first_time:
            aside = self._aside_due(topic)
            if aside is not None:
                return aside
        # "why" sits in `says` in the first round and beside it in the second: both mean the same.
        why = self.says.get("why") or self.persona.get("why")
        if first_time and why == topic and self.asked.get("why:" + topic) is None:
            self.asked["why:" + topic] = 1
            self.asked[topic] = 0  # asking why is not an answer: the next ask is still the first
            return "why do you need that?"
        if topic == "review" and first_time:
            mended = self._mended_at_the_read_back()
            if mended is not None:
                self.asked[topic] = 0  # the summary comes again with the change: that is the first ask
                return mended
        index = self.answered.get(topic, 0)
        self.answered[topic] = index + 1
        self.last_answered = topic
        if topic == "concern_scores":
            if current_concern not in self.scored_concerns:
                self.scored_concerns.append(current_concern or f"#{len(self.scored_concerns)}")
            index = len(self.scored_concerns) - 1
        if topic == "support_needs":
            return self._support_needs(index)
        said = _pick(self._said_for(topic), index)
        if said is None and topic == "aftercare":
            # Written before the question existed: a person who came for help most plausibly says yes.
            said = "yes"
        on_behalf = self.persona.get("expect", {}).get("role") == "on_behalf"
        if said is None and topic == "carer_support" and on_behalf:
            # Not written when the writer stopped at the agreement not given: the record they expect, still
            # on the other person's behalf, says no support was taken for themselves.
            said = "no"
        if said is None:
            said = _pick(self.says.get("other"), 0) or "ok"
        return said

    def _mended_at_the_read_back(self) -> str | None:
        """A correction the writer gave at a read-back of what was said ("confirm": "no postcode is wrong
        its KY2 6HH") that was never asked: shown the summary with the same mistake in it, the person
        says it there."""
        if self.asked.get("confirm") or self.answered.get("confirm"):
            return None
        said = _pick(self.says.get("confirm"), 0)
        if said is None or not re.match(r"\W*(?:no|nope|nah|not quite|wrong)\b", said, re.I):
            return None
        self.answered["confirm"] = 1
        return said

    def _said_for(self, topic: str) -> Any:
        """What the persona says at a topic, under its name or an alias; where a writer gave only the
        fact (``expect: carer_support: true``), the plain yes or no that person would give."""
        for name in (topic, *SAYS_ALIASES.get(topic, ())):
            if name in self.says:
                return self.says[name]
        fact = self.persona.get("expect", {}).get(topic)
        return {True: "yes", False: "no"}.get(fact) if isinstance(fact, bool) else None

    def _support_needs(self, index: int) -> str:
        """One question asks about an interpreter and anything that makes talking easier."""
        interpreter = _pick(self.says.get("interpreter"), index)
        access = _pick(self.says.get("access_needs"), index)
        wanted = [text for text in (interpreter, access) if not is_negative(text)]
        if not wanted:
            return interpreter or access or _pick(self.says.get("other"), 0) or "no"
        return ". ".join(text.rstrip(". ") for text in wanted)


# ------------------------------------------------------------------ channels


class WebChannel:
    def __init__(self, stack, sender: str) -> None:
        self.stack, self.sender = stack, sender

    @property
    def conversation_id(self) -> str:
        return self.sender

    def send(self, message: str) -> list[str]:
        return [r["text"] for r in self.stack.say(self.sender, message) if r.get("text")]


_sids = itertools.count()


class SmsChannel:
    """Texts as Twilio sends them: a form post signed with Twilio's RequestValidator."""

    def __init__(self, stack, number: str) -> None:
        from frontdoor.sms.identity import conversation_id_for

        self.stack, self.number = stack, number
        self.conversation_id = conversation_id_for(number, stack.settings.secret_key)

    def send(self, message: str) -> list[str]:
        from twilio.request_validator import RequestValidator

        url = f"{self.stack.api}/twilio/sms"
        params = {
            "MessageSid": f"SM{uuid.uuid4().hex}",
            "From": self.number,
            "To": "+447700900303",
            "Body": message,
            "NumMedia": "0",
        }
        signature = RequestValidator(self.stack.settings.twilio_auth_token).compute_signature(url, params)
        said_before = self._user_turns()
        response = httpx.post(url, data=params, headers={"X-Twilio-Signature": signature}, timeout=120)
        response.raise_for_status()
        replies = [
            m.text or "" for m in ET.fromstring(response.text).iter("Message") if (m.text or "").strip()
        ]
        if replies:
            return replies
        return self._from_tracker(said_before)

    def _user_turns(self) -> int:
        events = self.stack.tracker(self.conversation_id).get("events") or []
        return sum(e["event"] == "user" for e in events)

    def _from_tracker(self, said_before: int, wait: float = 60.0) -> list[str]:
        """When the webhook answered empty (the assistant was slow), the reply goes out later: read it,
        once Rasa holds this message's turn (until then the last replies are the previous turn's)."""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            events = self.stack.tracker(self.conversation_id)["events"]
            users = [i for i, e in enumerate(events) if e["event"] == "user"]
            if len(users) > said_before:
                after = events[users[-1] + 1 :]
                texts = [e.get("text") for e in after if e["event"] == "bot" and e.get("text")]
                if texts:
                    return texts
            time.sleep(1)
        return []


# ------------------------------------------------------------------ one conversation


@dataclass
class Outcome:
    id: str
    channel: str
    conversation_id: str
    transcript: list[str]
    sent: int = 0
    messages_to_booked: int | None = None
    dead_end: str | None = None
    finished: bool = False
    error: str | None = None


def finished(slots: dict[str, Any], active_loop: str | None) -> bool:
    """Booked, or the referral is sent or turned away and no form is asking anything."""
    if slots.get("booked"):
        return True
    return active_loop is None and slots.get("referral_state") in ("sent", "declined")


def converse(stack, persona: dict[str, Any]) -> Outcome:
    pid = persona["id"]
    if persona.get("channel", "web") == "sms":
        channel: WebChannel | SmsChannel = SmsChannel(
            stack, f"+447700{next(_sids) % 1000:03d}{uuid.uuid4().int % 1000:03d}"
        )
    else:
        channel = WebChannel(stack, f"eval-{pid}-{uuid.uuid4().hex[:8]}")
    person = Person(persona)
    outcome = Outcome(
        pid, persona.get("channel", "web"), channel.conversation_id, [f"# {pid}: {persona.get('who', '')}"]
    )
    last_text, silent, repeats, previous = "", 0, 0, None
    slots: dict[str, Any] = {}
    loop: str | None = None
    seen_before: dict[tuple[Any, ...], int] = {}
    for turn in range(MAX_TURNS):
        question = topic_for(slots, loop, last_text, first=turn == 0)
        message = person.answer(question, slots.get("current_concern"))
        outcome.transcript.append(f"> {message}    [{question.topic} via {question.slot or 'words'}]")
        try:
            replies = channel.send(message)
            tracker = stack.tracker(channel.conversation_id)
        except (httpx.HTTPError, ET.ParseError) as error:
            outcome.error = f"{type(error).__name__}: {error}"
            outcome.transcript.append(f"!! {outcome.error}")
            return outcome
        outcome.sent += 1
        slots = tracker.get("slots") or {}
        loop = (tracker.get("active_loop") or {}).get("name")
        last_text = "\n".join(replies)
        outcome.transcript.append(last_text or "(no reply)")
        if slots.get("booked") and outcome.messages_to_booked is None:
            outcome.messages_to_booked = outcome.sent
        if finished(slots, loop):
            outcome.finished = True
            return outcome
        silent = silent + 1 if not replies else 0
        if silent >= SILENT_LIMIT:
            outcome.dead_end = f"no reply {SILENT_LIMIT} times in a row"
            return outcome
        asked = (slots.get("requested_slot"), loop, last_text)
        repeats = repeats + 1 if asked == previous else 1
        previous = asked
        seen_before[asked] = seen_before.get(asked, 0) + 1
        if repeats >= STUCK_LIMIT:
            outcome.dead_end = f"the same question {STUCK_LIMIT} times in a row ({asked[0] or 'no slot'})"
            return outcome
        if seen_before[asked] >= LOOP_LIMIT:
            outcome.dead_end = (
                f"going round in a loop: the same question {LOOP_LIMIT} times ({asked[0] or 'no slot'})"
            )
            return outcome
    outcome.dead_end = f"no end after {MAX_TURNS} messages"
    return outcome


# ------------------------------------------------------------------ the record, through the staff API


def all_records(stack, headers: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Every referral the staff API shows, by conversation id."""
    found: dict[str, dict[str, Any]] = {}
    for offset in itertools.count(0, 200):
        page = httpx.get(
            f"{stack.api}/api/referrals", params={"limit": 200, "offset": offset}, headers=headers, timeout=60
        )
        page.raise_for_status()
        rows = page.json()
        for row in rows:
            found[row["conversation_id"]] = row
        if len(rows) < 200:
            return found
    return found


def normalise_postcode(value: str | None) -> str | None:
    return re.sub(r"\s+", "", value).upper() if value else None


def observed(record: dict[str, Any] | None) -> dict[str, Any]:
    """The fields an expectation speaks of, as the staff record shows them."""
    if record is None:
        return {}
    person = record.get("person") or {}
    eligibility = record.get("eligibility") or {}
    eligible = eligibility.get("eligible")
    reason = None
    if eligible is not True and (record.get("consent") or {}).get("on_behalf_agreed_by_person") is False:
        reason = "no_agreement"
    elif eligible is False:
        failed = [c.get("rule") for c in eligibility.get("checks") or [] if c.get("passed") is False]
        reason = next((FAILED_RULE_REASONS.get(rule, rule) for rule in failed), None)
    appointment = record.get("appointment")
    booked = appointment is not None and appointment.get("status") not in ("cancelled", "canceled")
    # Not booked: the way of meeting kept for the link worker who will arrange it, if one was chosen.
    wanted = (record.get("appointment_wanted") or {}).get("type")
    return {
        "role": ROLE_NAMES.get(record.get("referrer_role") or "", record.get("referrer_role")),
        "eligible": "review" if eligible is None else eligible,
        "reason": reason,
        "postcode": person.get("postcode"),
        "age": person.get("age"),
        "concern_categories": sorted(
            {c["category"] for c in record.get("concerns") or [] if c.get("category")}
        ),
        "concern_items": sorted({c["item"] for c in record.get("concerns") or [] if c.get("item")}),
        "interpreter": (person.get("language") or True) if person.get("interpreter_needed") else False,
        "access_needs": bool(person.get("access_needs")),
        "booked": booked,
        "meeting": appointment.get("type") if booked else wanted,
    }


# Two names for one language: what the record keeps and what a persona's writer wrote may differ.
_SAME_LANGUAGE = {"bangla": "bengali", "bsl": "british sign language"}


def _language(name: Any) -> str:
    said = str(name).strip().lower()
    return _SAME_LANGUAGE.get(said, said)


# The record's name for a way of meeting, where a persona file says it in other words (round 6 wrote
# "in_person" for meeting at a centre or venue).
MEETING_NAMES = {"in_person": "community_venue"}


def _same(name: str, expected: Any, seen: Any) -> bool:
    if name == "role":  # a writer may call the carer who wants support for themselves "carer"
        return ROLE_NAMES.get(expected, expected) == seen
    if name == "meeting":
        return MEETING_NAMES.get(expected, expected) == seen
    if name == "reason":
        return REASON_NAMES.get(expected, expected) == seen
    if name in ("postcode", "age") and expected is None:  # never asked (turned away first): none kept
        return seen is None
    if name == "postcode":
        return normalise_postcode(str(expected)) == normalise_postcode(seen)
    if name == "age":
        return seen is not None and int(expected) == int(seen)
    if name == "concern_categories":
        return set(expected or []) == set(seen or [])
    if name == "concern_items":
        return set(expected or []) <= set(seen or [])
    if name == "access_needs" and expected is None:  # never asked (turned away first): none recorded
        return seen is False
    if name == "interpreter":
        if expected is False or expected is None:
            return seen is False
        if seen is False or seen is None:
            return False
        # A persona that only says an interpreter is needed (true) is right with any language recorded.
        return seen is True or expected is True or _language(expected) == _language(seen)
    if name == "eligible":
        return str(expected).lower() == str(seen).lower()
    return expected == seen


def score(expect: dict[str, Any], record: dict[str, Any] | None) -> dict[str, Any]:
    """Each expected field against the record: right or wrong, and concern recall and precision."""
    seen = observed(record)
    fields: dict[str, dict[str, Any]] = {}
    for name in FIELDS:
        if name not in expect:
            continue
        value = seen.get(name) if record is not None else None
        right = record is not None and _same(name, expect[name], value)
        if name == "meeting" and expect[name] is None and not seen.get("booked"):
            right = record is not None  # no appointment expected and none made: a way kept is no booking
        if record is None and name == "booked" and expect[name] is False:
            right = True
        fields[name] = {"expected": expect[name], "seen": value, "right": right}
    counts = {}
    for name in ("concern_categories", "concern_items"):
        if name in expect:
            wanted, got = set(expect[name] or []), set(seen.get(name) or [])
            counts[name] = {"expected": len(wanted), "found": len(got), "both": len(wanted & got)}
    turned_away = expect.get("eligible") is False and seen.get("eligible") is False
    return {
        "found": record is not None,
        "fields": fields,
        "counts": counts,
        "correct": all(f["right"] for f in fields.values()),
        # Someone rightly turned away is not asked the later questions: their empty fields set aside.
        "correct_unasked_aside": all(
            f["right"] or (turned_away and f["seen"] in (None, [])) for f in fields.values()
        ),
        "observed": seen,
    }


# ------------------------------------------------------------------ a run


def evaluate(
    stack, personas: list[dict[str, Any]], transcripts: Path | None, workers: int = 2
) -> dict[str, Any]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        outcomes = list(pool.map(lambda p: converse(stack, p), personas))
    headers = stack.staff_headers()
    records = all_records(stack, headers)
    results = []
    for persona, outcome in zip(personas, outcomes, strict=True):
        listed = records.get(outcome.conversation_id)
        record = None
        if listed is not None:
            full = httpx.get(f"{stack.api}/api/referrals/{listed['id']}", headers=headers, timeout=60)
            record = full.json() if full.status_code == 200 else listed
        scored = score(persona["expect"], record)
        results.append({**outcome.__dict__, **scored, "transcript": None})
        if transcripts is not None:
            transcripts.mkdir(parents=True, exist_ok=True)
            lines = [
                *outcome.transcript,
                "",
                "# record: " + json.dumps(observed(record)),
                "# score: " + json.dumps(scored["fields"]),
            ]
            (transcripts / f"{persona['id']}.txt").write_text("\n".join(lines) + "\n")
    return summarise(results)


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    total = len(results)
    booked_counts = [r["messages_to_booked"] for r in results if r["messages_to_booked"] is not None]
    per_field = {}
    for name in FIELDS:
        scored = [r["fields"][name]["right"] for r in results if name in r["fields"]]
        if scored:
            per_field[name] = {"right": sum(scored), "of": len(scored)}
    concerns = {}
    for name in ("concern_categories", "concern_items"):
        rows = [r["counts"][name] for r in results if name in r["counts"]]
        both, expected, found = (sum(row[k] for row in rows) for k in ("both", "expected", "found"))
        concerns[name] = {
            "recall": both / expected if expected else None,
            "precision": both / found if found else None,
        }
    return {
        "personas": total,
        "correct": sum(r["correct"] for r in results),
        "correct_share": sum(r["correct"] for r in results) / total if total else None,
        "correct_unasked_aside": sum(r.get("correct_unasked_aside", r["correct"]) for r in results),
        "dead_ends": sum(r["dead_end"] is not None for r in results),
        "errors": sum(r["error"] is not None for r in results),
        "no_record": sum(not r["found"] for r in results),
        "median_messages_to_booked": statistics.median(booked_counts) if booked_counts else None,
        "booked": len(booked_counts),
        "per_field": per_field,
        "concerns": concerns,
        "results": results,
    }


def report_lines(summary: dict[str, Any]) -> list[str]:
    share = summary["correct_share"]
    median = summary["median_messages_to_booked"]
    lines = [
        f"personas: {summary['personas']}",
        f"correct record: {summary['correct']}/{summary['personas']}"
        + (f" ({share:.0%}; target 95%)" if share is not None else ""),
        f"correct record, setting aside questions never asked of someone rightly turned away: "
        f"{summary['correct_unasked_aside']}/{summary['personas']}",
        f"dead ends: {summary['dead_ends']} (target 0)",
        f"median messages to a booked appointment: {median} over {summary['booked']} booked (target <= 22)",
        f"no record visible to staff: {summary['no_record']}; errors: {summary['errors']}",
        "per-field accuracy:",
    ]
    for name, counts in summary["per_field"].items():
        lines.append(f"  {name}: {counts['right']}/{counts['of']} ({counts['right'] / counts['of']:.0%})")
    for name, figures in summary["concerns"].items():
        recall, precision = figures["recall"], figures["precision"]
        lines.append(
            f"  {name}: recall {'-' if recall is None else f'{recall:.0%}'}, "
            f"precision {'-' if precision is None else f'{precision:.0%}'}"
        )
    wrong = [r for r in summary["results"] if not r["correct"] or r["dead_end"]]
    if wrong:
        lines.append("not right:")
        for r in wrong:
            bad = [n for n, f in r["fields"].items() if not f["right"]]
            lines.append(
                f"  {r['id']}: {', '.join(bad) or '-'}"
                + (f"; dead end: {r['dead_end']}" if r["dead_end"] else "")
            )
    return lines


def select(personas: list[dict[str, Any]], only: Iterable[str] | None) -> list[dict[str, Any]]:
    if not only:
        return personas
    wanted = set(only)
    chosen = [p for p in personas if p["id"] in wanted]
    missing = wanted - {p["id"] for p in chosen}
    if missing:
        raise SystemExit(f"no persona with id {', '.join(sorted(missing))}")
    return chosen


def default_file() -> Path:
    return BLIND if BLIND.exists() else EXAMPLES


def run(
    only: list[str] | None = None,
    transcripts: Path | None = TRANSCRIPTS,
    path: Path | None = None,
    workers: int = 2,
) -> dict[str, Any]:
    from eval.stack import running_stack

    personas = select(load_personas(path or default_file()), only)
    with running_stack() as stack:
        return evaluate(stack, personas, transcripts, workers=workers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", help="a persona id (repeatable)")
    parser.add_argument(
        "--transcripts", type=Path, default=TRANSCRIPTS, help="where to write each transcript"
    )
    parser.add_argument("--file", type=Path, default=None, help="personas file (default: the blind set)")
    parser.add_argument("--workers", type=int, default=2, help="conversations at once")
    args = parser.parse_args(argv)
    summary = run(args.only, args.transcripts, args.file, args.workers)
    print("\n".join(report_lines(summary)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
