"""What around an alarm phrase says it is not a risk now: negation, idiom, past and over, long ago,
quoted instructions and worries about what might happen.

Each judgement is made on the alarm's own clause (negation, quotation) or sentence (the past), never
on the whole message: "I can't cope, I want to die" is not negated by "can't", and "no, I can't
breathe" is not negated by "no".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from frontdoor.safety.patterns import Match, PatternSet
from frontdoor.safety.text import CLAUSE_BREAKS, Token

# Just before a resolved marker, these make it only partly over ("a bit better now"): not over.
_PARTLY = frozenset({"bit", "little", "slightly", "abit", "tad", "somewhat", "marginally"})
# Emergencies and side effects that are quoted, hypothetical or long past are not happening now;
# thoughts of suicide and abuse, even then, are worth asking about.
HAPPENING_NOW_KINDS = frozenset({"medical_emergency", "treatment_side_effect"})
# A resolved marker that only says a temperature is normal ("temp normal", "fever's down") ends a fever,
# not a sign beside it ("vague and sleepy, temp normal"): these words make a marker or an alarm a
# fever's.
_FEVER = frozenset(
    {
        "temperature",
        "temp",
        "temps",
        "fever",
        "feverish",
        "hot",
        "boiling",
        "roasting",
        "burning",
        "sweats",
        "sweating",
        "sweaty",
        "clammy",
        "flushed",
        "shiver",
        "shivers",
        "shivering",
        "shivery",
        "chills",
        "rigors",
        "rigor",
        "shaking",
        "shaky",
        "shakes",
        "cold",
        "freezing",
        "degrees",
    }
)
# Someone's own word that they are fine ("said he was fine", "he says it's nothing"), reported by the
# writer: what they say, often to avoid a fuss, not a sign that it is over.
_REPORTED = frozenset({"say", "said", "says", "insist", "insists", "insisted", "reckon", "reckons", "claim"})
_PLAYED_DOWN = frozenset({"fine", "nothing", "ok", "okay", "alright"})
# A question answered at once ("Chest pain? No."): the marks before the answer, and the answer.
_ASKED_MARKS = frozenset({"?", ":", "-"})
_NO_ANSWER = frozenset({"no", "nope", "nah", "none", "never", "n"})


class Verdict(Enum):
    STANDS = "stands"
    POSSIBLE = "possible"
    RULED_OUT = "ruled out"


@dataclass(frozen=True)
class Negation:
    words: frozenset[str]
    exceptions: frozenset[str]
    stops: frozenset[str]
    reach: int

    def negates(self, tokens: list[Token], start: int, taken: frozenset[int] = frozenset()) -> bool:
        """Whether a negation word governs the phrase that starts at ``start``: in its clause, at most
        ``reach`` words before it, with no new subject or conjunction between, and not "no longer",
        "can't stop" or the like. A negation inside another alarm phrase (``taken``: "not making
        sense") is that phrase's own."""
        for j in range(start - 1, max(-1, start - 2 - self.reach), -1):
            word = tokens[j].text
            if word in CLAUSE_BREAKS:
                return False
            if word in self.words and j not in taken:
                following = tokens[j + 1].text if j + 1 < len(tokens) else ""
                if following == "more" and j + 2 < start:
                    return False  # "can't do this no more, want to end it": "no more" closes its clause
                if following not in self.exceptions:
                    return True
                continue
            if word in self.stops:
                return False
        return False


class Context:
    def __init__(
        self,
        negation: Negation,
        benign: PatternSet,
        past: PatternSet,
        resolved: PatternSet,
        history: PatternSet,
        hypothetical: PatternSet,
        hypothetical_after: PatternSet,
        asked: PatternSet,
        denied: PatternSet,
        still: frozenset[str] = frozenset(),
        again: PatternSet | None = None,
        unborn: PatternSet | None = None,
        transient: PatternSet | None = None,
        more: Mapping[str, PatternSet] | None = None,
    ) -> None:
        self.negation = negation
        self.benign = benign
        self.past = past
        self.resolved = resolved
        self.history = history
        self.hypothetical = hypothetical
        self.hypothetical_after = hypothetical_after
        self.asked = asked
        self.denied = denied
        # Words just after "it's gone" that make it a change, not an end ("it's gone all weak").
        self.still = still
        # Back now, after a long-ago marker in its sentence or a later one ("a stroke years ago and it's
        # happening again right now"; "I cut myself at 14. I've started doing it again"): the long ago
        # no longer covers it.
        self.again = again or PatternSet([])
        # Before the writer was born: family history, never a risk now, of any kind.
        self.unborn = unborn or PatternSet([])
        # Signs that matter even once they have passed (a funny turn, slurred words for a few minutes:
        # a warning stroke): over now, they are still worth asking about.
        self.transient = transient or PatternSet([])
        more = more or {}
        # A fever brought down with paracetamol ("I took paracetamol so it's gone down") is hidden, not
        # over: a resolved marker after one of these in its sentence does not count.
        self.masked = more.get("masked") or PatternSet([])
        # A cause found ("it turned out to be her sugar"): a passing sign with one is over, not a warning.
        self.explained = more.get("explained") or PatternSet([])
        # "Is it normal to ...?" asks about the person's own sign when the message says it started
        # (``onset``: "started yesterday", "today"); without that it is a general question.
        self.normal_question = more.get("normal_question") or PatternSet([])
        self.onset = more.get("onset") or PatternSet([])
        # Thoughts that come and go ("sometimes I think about it, it passes"): passing is not over.
        self.recurring = more.get("recurring") or PatternSet([])
        # At the end of life ("on end of life care", "in her last days"): farewells are expected.
        self.dying = more.get("dying") or PatternSet([])
        # Planning one's own end of life ("funeral plans", "where I want to die", "the hospice nurse
        # suggested it"): talk of death there is care planning, not a hint of suicide.
        self.plans = more.get("plans") or PatternSet([])
        # Breathing as it has long been ("breathing is bad, I have COPD", "on oxygen at night", "out of
        # breath on the stairs"), unless the message says something changed (``acute``: "today",
        # "suddenly", "worse than usual").
        self.chronic = more.get("chronic") or PatternSet([])
        self.acute = more.get("acute") or PatternSet([])
        self.breathing = more.get("breathing") or PatternSet([])
        # What takes the breath away is worry ("can't breathe with worry before a scan", "panic attacks").
        self.worried = more.get("worried") or PatternSet([])
        self.named_past = more.get("named_past") or PatternSet([])
        self.poorly = more.get("poorly") or PatternSet([])
        # Sayings that are ordinary when the message says who the writer is: a carer's worn-out words
        # ("at the end of my tether") when they say they care for someone (``caring``); a referral kept
        # from someone ("she doesn't know I'm doing this") when that someone is the one to be helped
        # and would not want a fuss (``reluctant``).
        self.strain = more.get("strain") or PatternSet([])
        self.caring = more.get("caring") or PatternSet([])
        self.secret = more.get("secret") or PatternSet([])
        self.reluctant = more.get("reluctant") or PatternSet([])
        # Now, after a long-ago marker in the sentence ("started chemo in March and now I've a temp"):
        # what follows it is happening now; what comes before it is still long ago.
        self.now = more.get("now") or PatternSet([])
        # Said just after, what the words were about ("I want it all over... the treatment I mean"; "I
        # think about death, not wanting it"): not the risk they would otherwise be.
        self.meant = more.get("meant") or PatternSet([])
        # Long ago, told as history ("I'm 52 now", "haven't for decades", "mentioning it in case"):
        # thoughts or self-harm then are not asked about, as they would be otherwise.
        self.disclosed = more.get("disclosed") or PatternSet([])
        # Away or out at a named time ("won't be here on Tuesday"; "not here next week, I'm at my
        # sister's"): an absence, not a hint of suicide for the learned reader to read in.
        self.away = more.get("away") or PatternSet([])
        self.away_while = more.get("away_while") or PatternSet([])
        self.away_why = more.get("away_why") or PatternSet([])
        # A raised voice explained ("he shouts because he's deaf"), with no one afraid or hurt.
        self.raised = more.get("raised") or PatternSet([])
        self.voice_why = more.get("voice_why") or PatternSet([])
        self.afraid = more.get("afraid") or PatternSet([])

    def markers(self, tokens: list[Token], alarms: Iterable[Match]) -> Markers:
        spans = [(m.start, m.end) for m in alarms]
        hidden: dict[int, int] = {}  # sentence -> where its first painkiller named ends
        for h in self.masked.find(tokens):
            if not self.negation.negates(tokens, h.start):
                hidden[tokens[h.start].sentence] = min(h.end, hidden.get(tokens[h.start].sentence, h.end))
        resolved = [
            r
            for r in self.resolved.find(tokens)
            if not self.negation.negates(tokens, r.start)
            and not any(s < r.end and r.start < e for s, e in spans)
            and not (r.end < len(tokens) and tokens[r.end].text in self.still)
            and not (r.start > 0 and tokens[r.start - 1].text in _PARTLY)
            and hidden.get(tokens[r.start].sentence, len(tokens) + 1) > r.start
            and not _played_down(tokens, r)
        ]
        # "I never used to": a negated long-ago marker says nothing is long ago.
        history = [h for h in self.history.find(tokens) if not self.negation.negates(tokens, h.start)]
        again = [a for a in self.again.find(tokens) if not self.negation.negates(tokens, a.start)]
        return Markers(
            taken=frozenset(i for s, e in spans for i in range(s, e)),
            benign=self.benign.find(tokens),
            past={tokens[m.start].sentence for m in self.past.find(tokens)},
            resolved=resolved,
            history={tokens[h.start].sentence for h in history if not self._back_again(tokens, h, again)},
            now_from=self._now_from(tokens, history),
            unborn={tokens[m.start].sentence for m in self.unborn.find(tokens)},
            transient=[(m.start, m.end) for m in self.transient.find(tokens)],
            hypothetical=self.hypothetical.find(tokens),
            hypothetical_after=self.hypothetical_after.find(tokens),
            asked=self.asked.find(tokens),
            denied=[d.start for d in self.denied.find(tokens)],
            explained={tokens[m.start].sentence for m in self.explained.find(tokens)},
            normal_question=self.normal_question.find(tokens),
            onset={tokens[m.start].sentence for m in self.onset.find(tokens)},
            recurring={tokens[m.start].sentence for m in self.recurring.find(tokens)},
            dying={tokens[m.start].sentence for m in self.dying.find(tokens)},
            plans={tokens[m.start].sentence for m in self.plans.find(tokens)},
            chronic={tokens[m.start].sentence for m in self.chronic.find(tokens)},
            acute=bool(self.acute.find(tokens)),
            breathing=[(m.start, m.end) for m in self.breathing.find(tokens)],
            worried={tokens[m.start].sentence for m in self.worried.find(tokens)},
            named_past=[(m.start, m.end) for m in self.named_past.find(tokens)],
            poorly=[(m.start, m.end) for m in self.poorly.find(tokens)],
            strain=self._spans_when(tokens, self.strain, self.caring),
            secret=self._spans_when(tokens, self.secret, self.reluctant),
            meant=self.meant.find(tokens),
            disclosed=bool(self.disclosed.find(tokens)),
            away=bool(self.away.find(tokens))
            or bool(self.away_while.find(tokens) and self.away_why.find(tokens)),
            loud=[] if self.afraid.find(tokens) else self._spans_when(tokens, self.raised, self.voice_why),
        )

    @staticmethod
    def _spans_when(tokens: list[Token], sayings: PatternSet, when: PatternSet) -> list[tuple[int, int]]:
        """Where ``sayings`` are, when the message also has one of ``when`` (else none)."""
        return [(m.start, m.end) for m in sayings.find(tokens)] if when.find(tokens) else []

    def _now_from(self, tokens: list[Token], history: list[Match]) -> dict[int, int]:
        """Per sentence, where a "now" after its long-ago marker begins."""
        starts: dict[int, int] = {}
        for n in self.now.find(tokens):
            sentence = tokens[n.start].sentence
            if any(h.end <= n.start and tokens[h.start].sentence == sentence for h in history):
                starts[sentence] = min(n.start, starts.get(sentence, n.start))
        return starts

    @staticmethod
    def _back_again(tokens: list[Token], history: Match, again: list[Match]) -> bool:
        """Whether the message says, after a long-ago marker, that it is happening again now."""
        return any(a.start >= history.end for a in again)

    def said(self, tokens: list[Token], match: Match, markers: Markers) -> bool:
        """Whether the words are said at all: not inside an idiom, not negated, not answered no."""
        return not (
            self._idiom(match, markers.benign)
            or self.negation.negates(tokens, match.start, markers.taken)
            or _answered_no(tokens, match)
        )

    def judge(self, tokens: list[Token], match: Match, kind: str, markers: Markers) -> Verdict:
        if not self.said(tokens, match, markers):
            return Verdict.RULED_OUT
        if any(_said_next(tokens, match, m) for m in markers.meant):
            return Verdict.RULED_OUT
        sentence = tokens[match.start].sentence
        if sentence in markers.unborn:
            return Verdict.RULED_OUT
        now_kind = kind in HAPPENING_NOW_KINDS
        clause = tokens[match.start].clause
        asks = markers.normal_question
        # A reading asked about ("is it normal to have a temperature of 38?") is the writer's own.
        reading = match.pattern.source == "temperature"
        general = not reading and any(q.end <= match.start and tokens[q.start].clause == clause for q in asks)
        if now_kind and (
            any(h.end <= match.start and tokens[h.start].clause == clause for h in markers.hypothetical)
            or (general and not markers.onset.intersection({sentence, sentence + 1}))
            or any(
                h.start >= match.end and tokens[h.start].clause == clause for h in markers.hypothetical_after
            )
        ):
            return Verdict.RULED_OUT
        long_ago = sentence in markers.history and match.start < markers.now_from.get(sentence, len(tokens))
        fever = reading or any(t.text in _FEVER for t in tokens[match.start : match.end])
        over = any(
            (r.start >= match.end and tokens[r.start].sentence - sentence <= 1)
            or ((sentence in markers.past or long_ago) and not _contrasted(tokens, r, match))
            for r in markers.resolved
            if fever or not _fever_only(tokens, r)
        )
        if over:
            passed = any(s < match.end and match.start < e for s, e in markers.transient)
            explained = bool(markers.explained.intersection({sentence, sentence + 1}))
            if passed and not long_ago and not explained:
                # Strangled or choked, over now ("he choked me on Saturday, I'm alright now"): still the
                # gravest warning of abuse, so it stands; a passing sign of a stroke is asked about.
                return Verdict.STANDS if kind == "harm_or_abuse" else Verdict.POSSIBLE
            if not now_kind and not long_ago and sentence in markers.recurring:
                return Verdict.POSSIBLE
            return Verdict.RULED_OUT
        asked = [a for a in markers.asked if a.end <= match.start and tokens[a.start].sentence == sentence]
        if asked:
            # A question or form quoted ("my GP asked if I'd thought of ending my life"): answered no
            # later on, it is not a risk; otherwise thoughts or abuse are worth asking about directly.
            if any(d > asked[0].start for d in markers.denied):
                return Verdict.RULED_OUT
            if not now_kind:
                return Verdict.POSSIBLE
        if long_ago:
            return Verdict.RULED_OUT if now_kind or markers.disclosed else Verdict.POSSIBLE
        return Verdict.STANDS

    @staticmethod
    def _idiom(match: Match, benign: list[Match]) -> bool:
        """Inside an idiom, unless the alarm holds the idiom whole and says more ("he is killing me" is
        not "it is killing me"; "nose bleed will not stop" is not "a nose bleed")."""
        return any(b.start < match.end and match.start < b.end and not _holds_more(match, b) for b in benign)


def _said_next(tokens: list[Token], match: Match, marker: Match) -> bool:
    """Whether a marker follows the alarm in its sentence or the next one with words in it (an
    ellipsis, "over... the chemo I mean", is no sentence of its own)."""
    if marker.start < match.end:
        return False
    sentences = {
        t.sentence for t in tokens[match.start : marker.start + 1] if any(c.isalnum() for c in t.text)
    }
    return len(sentences) <= 2


def _answered_no(tokens: list[Token], match: Match) -> bool:
    """Whether the words are a question the writer answers no to at once, as on a checklist
    ("Chest pain? No. Fever? No."): "no" alone after a "?", ":" or dash just after them."""
    i = match.end
    if i + 1 >= len(tokens) or tokens[i].text not in _ASKED_MARKS:
        return False
    after = tokens[i + 2].text if i + 2 < len(tokens) else "."
    return tokens[i + 1].text in _NO_ANSWER and not any(c.isalnum() for c in after)


def _fever_only(tokens: list[Token], resolved: Match) -> bool:
    """Whether a resolved marker only says a temperature is normal ("temp normal", "fever's down")."""
    return any(t.text in _FEVER for t in tokens[resolved.start : resolved.end])


def _played_down(tokens: list[Token], resolved: Match) -> bool:
    """Whether a resolved marker is someone's own word that they are fine, reported ("he said he was
    fine", "says it's nothing"): a sign played down is not over."""
    words = {t.text for t in tokens[resolved.start : resolved.end]}
    before = tokens[max(0, resolved.start - 3) : resolved.start]
    return bool(words & _PLAYED_DOWN) and any(t.text in _REPORTED or t.lemma in _REPORTED for t in before)


def _contrasted(tokens: list[Token], resolved: Match, match: Match) -> bool:
    """Whether a "but" stands between an earlier resolved marker and the alarm after it, in its
    sentence ("temp's normal but he's grey and floppy"): what follows the "but" is not over."""
    between = tokens[resolved.end : match.start]
    return (
        bool(between)
        and all(t.sentence == tokens[match.start].sentence for t in between)
        and any(t.text == "but" for t in between)
    )


def _holds_more(match: Match, idiom: Match) -> bool:
    """Whether the alarm holds the idiom whole and reaches beyond it."""
    longer = (match.start, match.end) != (idiom.start, idiom.end)
    return longer and match.start <= idiom.start and match.end >= idiom.end


@dataclass(frozen=True)
class Markers:
    taken: frozenset[int]
    benign: list[Match]
    past: set[int]
    resolved: list[Match]
    history: set[int]
    unborn: set[int]
    transient: list[tuple[int, int]]
    hypothetical: list[Match]
    hypothetical_after: list[Match]
    asked: list[Match]
    denied: list[int]
    explained: set[int] = field(default_factory=set)
    normal_question: list[Match] = field(default_factory=list)
    onset: set[int] = field(default_factory=set)
    recurring: set[int] = field(default_factory=set)
    dying: set[int] = field(default_factory=set)
    plans: set[int] = field(default_factory=set)
    chronic: set[int] = field(default_factory=set)
    acute: bool = False
    breathing: list[tuple[int, int]] = field(default_factory=list)
    worried: set[int] = field(default_factory=set)
    named_past: list[tuple[int, int]] = field(default_factory=list)
    poorly: list[tuple[int, int]] = field(default_factory=list)
    strain: list[tuple[int, int]] = field(default_factory=list)
    secret: list[tuple[int, int]] = field(default_factory=list)
    now_from: dict[int, int] = field(default_factory=dict)
    meant: list[Match] = field(default_factory=list)
    disclosed: bool = False
    away: bool = False
    loud: list[tuple[int, int]] = field(default_factory=list)
