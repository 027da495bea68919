"""One answer at a time: read it, store it, and tell the bot what to ask next.

This is what the bot's form validator calls for every question, so the order of questions, what
each answer means and who is eligible are decided here, for every channel alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from frontdoor.content import Content
from frontdoor.eligibility.postcode import in_two_halves
from frontdoor.intake import corrections
from frontdoor.intake.extras import access_need_said, also_answered, from_first_message, said_earlier
from frontdoor.intake.parsing import (
    asks_what_it_means,
    asks_who_sees,
    means_same_number,
    not_their_worry,
    without_relaying,
)
from frontdoor.intake.readers import READERS, category_in, failed_rule, names_a_need, read_answer
from frontdoor.intake.review import summary
from frontdoor.referrals.contact import phone_shown
from frontdoor.referrals.models import Concern, Referral
from frontdoor.referrals.questions import first_unscored, plan
from frontdoor.referrals.schemas import AnswerOut, Answers
from frontdoor.referrals.service import ReferralError, current_referral, eligibility_for, save_answers

# Things a person may say at any question. The question's own reader looks first; one of these
# interrupts only when the reader cannot use the message and the model is sure of the intent.
INTERRUPTS = {
    "ask_why",
    "request_human",
    "goodbye",
    "go_back",
    "start_again",
    "off_topic",
    "change_appointment",
    "cancel_appointment",
    "delete_my_data",
}
# Questions whose reader takes any words as the answer (or, for worries, makes its best guess): a
# confident interruption wins there ("go back" is not a worry about going back to work).
FREE_TEXT = {
    "concerns_text",
    "name",
    "preferred_name",
    "referrer_name",
    "referrer_relationship",
    "what_matters_most",
    "main_concern",
    "access_needs",
    "support_needs",
    "interpreter_needed",
    "cancer_type",
}
SURE = 0.8
# Asked what would make talking or meeting easier, a need named is the answer, whatever else the words
# suggest: "he can't speak since the operation, so calls to me please" asks for no call back.
NEEDS_QUESTIONS = {"support_needs", "access_needs"}
# Questions eligibility needs: asked "why?" a second time, the fuller reason rather than skipping them.
WHY_MORE = {"postcode", "age"}
# Interruptions that undo, erase or ask back: only when the words say so, however sure the model is.
SAID_IN_SO_MANY_WORDS = {
    # "Cervical, it came back last year" and "back to work" are not a step back through the questions.
    "go_back": re.compile(
        r"^\W*(?:(?:wait|oops|sorry|no|please)\W+)*(?:go\s+)?(?:back|bk)\b(?!\s+(?:to|pain|ache|home)\b)"
        r"|\b(?:go|going|take me|step)\s+(?:back|bk)\b(?!\s+to\b(?!\s+(?:the\s+)?(?:last|previous)\b))"
        r"|\bback (?:one|a (?:question|step))\b"
        r"|\bback to (?:the )?(?:last|previous) (?:question|one|answer)\b"
        r"|\b(?:previous|undo|last question|before that)\b"
    ),
    "start_again": re.compile(r"\b(?:start|again|restart|over|beginning|scratch|reset)\b"),
    "delete_my_data": re.compile(r"\b(?:delete|remove|erase|forget|wipe|rid|destroy)\b"),
    # "Just me" is an answer, not a goodbye: stopping is said in words that stop.
    "goodbye": re.compile(
        r"\b(?:bye|goodbye|cheerio|ta ?ra|see you|night|got to go|have to go|gotta go|talk later|speak soon|"
        r"forget it|never ?mind|don'?t bother|dont bother|leave it|not interested|that'?s all|thats all|"
        r"that'?s everything|stop)\b"
    ),
    # "video? i hate phone calls" is about how to meet, not a call back asked for.
    "request_human": re.compile(
        r"\b(?:person|human|someone|somebody|real|staff|link worker|worker|nurse|speak|talk|call me|"
        r"ring me|phone me|call back|ring back|callback|contact me|get in touch|chat to|chat with)\b"
    ),
    # "Carol changing", asked which worry matters most, is a worry about her, not CHANGE: an appointment is
    # changed or cancelled in words about the appointment, or in the one word the texts tell people to send.
    "change_appointment": re.compile(
        r"^\W*(?:change|chnage|chang|rearrange|reschedule)\W*(?:please|pls|plz)?\W*$"
        r"|\b(?:appointment|appt|apointment|appointmnet|booking|visit|slot|book)\b"
        r"|\b(?:rearrange|re-arrange|reschedule|resched)\b"
        r"|\b(?:different|another|new|other)\s+(?:time|day|date)\b"
        r"|\b(?:move|change|chnage)\s+(?:it|the\s+(?:day|time|date))\b"
        r"|\b(?:can'?t|cannot|can not)\s+make\b"
    ),
    "cancel_appointment": re.compile(r"\b(?:cancel\w*|canel|cansel|call\s+(?:it\s+)?off)\b"),
    # "Not knowing what the hospital has decided" is an answer, not "why do you need that?".
    "ask_why": re.compile(
        r"\b(?:why|how come|what for|for what|necessary|have to|need (?:that|this|it|to know)|"
        r"who (?:sees|will see|can see|gets|reads|can read|looks)|see (?:that|this|it|my)|"
        r"share|sharing|shared|passed|told|tell (?:my|the)|know about|private|confidential|information go|"
        r"happens to|to do with|do with (?:that|this|it)|(?:that|this|it) for|read (?:this|it|that)|"
        r"real person|(?:how|why|what)(?:'?s| does| do| is| would)? (?:that|this|it|my \w+) matter|"
        r"does (?:that|this|it|my \w+) matter|got to do with|difference does (?:that|this|it) make)\b"
    ),
}
OTHER_HELP_SHOWN = 2  # with the reason, the not-eligible message stays within two text messages


def interrupts(intent: str | None, confidence: float, text: str, referral: Referral | None) -> bool:
    """A sure reading of something said at any question, in words that say it: "the question of
    purpose, I suppose" is not "go back". Used by every question's arbitration, booking's too. A call
    back already asked for is not asked for again: said again, it is an answer, never the same reply
    in a loop ("can someone text me" at "how would you like to meet?")."""
    if intent not in INTERRUPTS or confidence < SURE:
        return False
    if intent == "request_human" and referral is not None and referral.callback_requested:
        return False
    return said_in_words(intent, text)


def said_in_words(intent: str, text: str) -> bool:
    """The message says what the bot's intent model heard, where only words can say it: "delete" for
    "delete my data" ("my nurse gave me your details" does not ask for anything to be deleted)."""
    return intent not in SAID_IN_SO_MANY_WORDS or bool(SAID_IN_SO_MANY_WORDS[intent].search(text.lower()))


def asks_why_again(intent: str | None, told_why: bool) -> bool:
    """Told why just now and asking why again: never the same explanation twice running. Every question,
    booking's too, then reads the message as a second try (its words kept, or the question left for the
    link worker) rather than explaining again."""
    return told_why and intent == "ask_why"


def _interrupts(
    field: str,
    problem: str | None,
    intent: str | None,
    confidence: float,
    referral: Referral,
    text: str,
    retry: bool,
) -> bool:
    if not interrupts(intent, confidence, text, referral):
        return False
    if intent == "off_topic" and (retry or field in FREE_TEXT):
        # Words at a free-text question are its answer ("jordan bell" is a name, whatever the model
        # makes of it), and what seemed off the subject twice running is the answer: never a loop.
        return False
    return problem is not None or field in FREE_TEXT


SENT_TO_CHECK = "I'll send it as it is, and a link worker will call you to check it with you."


def answer(
    session: Session,
    content: Content,
    conversation_id: str,
    field: str,
    text: str,
    *,
    sender_phone: str | None = None,
    category: str | None = None,
    intent: str | None = None,
    confidence: float = 0.0,
    retry: bool = False,
    told_why: bool = False,
    told_why_fully: bool = False,
    opening: str | None = None,
    previous: str | None = None,
) -> AnswerOut:
    """``sender_phone``: on SMS, the number texting us, used when they answer "same" for a phone number.
    ``category``: the checklist category the person is browsing, when they answer with its numbers.
    ``intent``, ``confidence``: the bot's own reading, used only when the question's reader cannot.
    ``retry``: this question was just asked again because the last answer could not be used.
    ``told_why``: it was just asked again after saying why it is asked; ``told_why_fully``: with the
    fuller reason, given to the second "why?" at a question eligibility needs.
    ``opening``: at the role question, the person's first message (a bare "me" is read beside it).
    ``previous``: at the postcode question asked again, the message before this one ("dl14", then
    "6QH": one postcode)."""
    referral = current_referral(session, conversation_id)
    if referral is None or not referral.consent_share:
        raise ReferralError("the person has not agreed to share their details yet", status=409)
    if referral.status != "in_progress":
        raise ReferralError(f"referral {referral.reference} was already submitted", status=409)
    if field not in FREE_TEXT:
        text = without_relaying(text)  # "Danny says 38": a support worker typing what he says
    if field in ("phone", "referrer_phone") and sender_phone and means_same_number(text):
        text = sender_phone
    if field == "postcode" and previous:
        text = in_two_halves(previous, text) or text
    earlier = said_earlier(field, text, opening)
    if earlier is not None:
        text = earlier
    correction = corrections.find(text, field, referral, content)
    if correction is not None:
        return _correct(session, content, referral, correction, field, text)
    if asks_why_again(intent, told_why) and field in WHY_MORE and not told_why_fully:
        # Eligibility needs the answer: asked why again, the fuller reason, and a way round it.
        return describe(referral, content, accepted=False, problem="asks_why_again")
    if asks_why_again(intent, told_why):
        # A free-text question keeps their words ("who do I talk to meanwhile?"), a score in words is
        # taken, and anything else is left for the link worker rather than asked a third time.
        intent, retry = None, True
    scoring = first_unscored(referral) if field == "concern_score" else None
    fields, problem = read_answer(field, text, referral, content, category, retry, opening)
    unread = problem
    if retry and problem is None and intent != "off_topic" and interrupts(intent, confidence, text, referral):
        # A second try takes what it can, or leaves the question: "why?" then is still a question (but
        # what seemed off the subject twice running is the answer: "the lassie at the chippy").
        unread = read_answer(field, text, referral, content, category, False, opening)[1]
    if (unread is not None or field in FREE_TEXT) and asks_who_sees(text):
        # "Wait, does my mam get to see this?": who sees it is the answer they need, then the question.
        return describe(referral, content, accepted=False, problem="asks_who_sees")
    need_named = field in NEEDS_QUESTIONS and names_a_need(text)
    if not need_named and _interrupts(field, unread, intent, confidence, referral, text, retry):
        out = describe(referral, content, accepted=False, problem="interrupted")
        out.interrupt = intent
        return out
    if (
        problem not in (None, "greeting")
        and not retry
        and field != "review_confirm"
        and asks_what_it_means(text)
    ):
        # Explained once in other words (the bot's "utter_explain_<field>"); asked again, it is a retry.
        # Not at the read-back, which is itself the explanation: "eh" there (R37032, from Dundee, where
        # it is a yes) went round "No problem, when you are ready..." and the read-back for ever; it now
        # gets the plainer way on, and the second time is sent with a call to check.
        return describe(referral, content, accepted=False, problem="asks_meaning")
    noted = (
        access_need_said(text, referral)
        if problem not in (None, "greeting") and field != "support_needs"
        else None
    )
    if noted is not None:
        # Not this question's answer, but a need to keep ("och I should of said, im partially sighted").
        save_answers(session, content, referral, Answers(access_needs=noted))
        out = describe(referral, content, accepted=False, problem="corrected:access_needs")
        out.note = "Thank you, I've noted that for the link worker."
        return out
    first_note = None
    if problem is None and fields:
        role = fields.get("referrer_role", referral.referrer_role)
        fields = {**also_answered(text, field, role, referral, content), **fields}
        if (field == "referrer_role" and role != "on_behalf") or (
            field == "on_behalf_agreed" and fields.get(field) is True
        ):
            # For someone else, only once they have agreed: nothing of theirs is kept before.
            first, first_note = from_first_message(opening, role, referral, content)
            fields = {**first, **fields}
    values = {}
    try:
        answers = Answers.model_validate(fields)
    except ValidationError:  # longer than the record keeps, say: asked again, never a server error
        return describe(referral, content, accepted=False, problem="too_long")
    if fields:  # a correction at the review step stores a change and still reports it
        draft = save_answers(session, content, referral, answers)
        problem = next(iter(draft.problems.values()), problem)
        values = draft.values
    out = describe(referral, content, accepted=problem is None, problem=problem, values=values)
    if field == "review_confirm" and problem is None and fields.get("callback_requested"):
        out.note = SENT_TO_CHECK
    if earlier is not None and problem is None:
        out.note = f"Thank you, I've taken {earlier} from your first message."
    if first_note is not None and problem is None:
        out.note = first_note
    if field == "concern_score" and problem is None and not_their_worry(text):
        out.note = f"Sorry, I've taken {_to_score(scoring, content) or 'that'} off your list."
    if problem == "browse":
        out.menu = numbered(content.checklist.categories.values())
    elif field == "concern_category" and problem is None:
        out.category = category_in(text, content)
        items = content.checklist.in_category(out.category or "", referral.referrer_role)
        out.menu = numbered(item.label for item in items)
    return out


def _correct(
    session: Session,
    content: Content,
    referral: Referral,
    correction: corrections.Correction,
    asked: str,
    text: str,
) -> AnswerOut:
    """Apply a correction to the field it names and say so. The question being asked (``asked``) is
    answered by what is left of the message where its reader can use it, else asked again. Without a
    new value (``None``) the field's question is asked again, and then the current one."""
    if correction.value is None:
        out = describe(referral, content, accepted=False, problem=f"change:{correction.field}")
        out.note = _changed_note(correction.field, referral)
        return out
    fields, problem = READERS[correction.field](correction.value, referral, content)
    if problem is not None:
        return describe(referral, content, accepted=False, problem=problem)
    draft = save_answers(session, content, referral, Answers.model_validate(fields))
    problem = next(iter(draft.problems.values()), None)
    rest = corrections.answer_in_rest(text, correction, asked) if asked in corrections.READ_AFTER else None
    if problem is None and rest is not None:
        also, unread = read_answer(asked, rest, referral, content)
        if unread is None and also:
            answers = Answers.model_validate(also)
            draft = save_answers(session, content, referral, answers)
            problem = next(iter(draft.problems.values()), None)
            out = describe(referral, content, accepted=problem is None, problem=problem, values=draft.values)
            out.note = _changed_note(correction.field, referral)
            return out
    out = describe(referral, content, accepted=False, problem=problem or f"corrected:{correction.field}")
    if problem is None:
        out.note = _changed_note(correction.field, referral)
    return out


def _changed_note(field: str, referral: Referral) -> str:
    if field == "referrer_role":
        return ROLE_NOTES[referral.referrer_role or "self"]
    if field == "cancer_type":
        named = (referral.cancer_type or "").replace("_", " ")
        return f"Thank you, I've changed the type of cancer to {named}."
    if field == "on_behalf_agreed":
        return "Thank you. I've noted they are happy for you to do this, so the support is for them."
    phone = phone_shown(referral.phone) if referral.phone else None
    shown = {"postcode": referral.postcode, "age": referral.age, "phone": phone}.get(field)
    return f"Thank you, I've changed the {LABELS.get(field, field)} to {shown}."


LABELS = {"postcode": "postcode", "age": "age", "phone": "phone number"}
ROLE_NOTES = {
    "self": "Thank you. I've noted the support is for you.",
    "carer_for_self": (
        "Thank you. I've noted the support is for you, as someone caring for a person with cancer."
    ),
    "on_behalf": "Thank you. I've noted you are asking for someone else.",
}


def numbered(labels: Iterable[str]) -> str:
    """ "1. Money\n2. Tiredness": a numbered list for SMS and screen readers alike."""
    return "\n".join(f"{n}. {label}" for n, label in enumerate(labels, start=1))


_QUOTED_WORDS = 60  # of a worry that fits no item, quoted in the question that scores it


def _to_score(concern: Concern | None, content: Content) -> str | None:
    """How the score question names a concern: its label; for a worry that fits no item, their own
    words ("How much is 'not knowing what the hospital has decided' a worry?"), not "Something else"."""
    if concern is None:
        return None
    something_else = content.checklist.something_else
    words = " ".join((concern.in_their_words or "").split()).rstrip(".!?")
    if something_else is None or concern.item != something_else.id or not words:
        return concern.label
    if len(words) > _QUOTED_WORDS:
        words = words[:_QUOTED_WORDS].rsplit(" ", 1)[0] + "..."
    return f"'{words[0].lower()}{words[1:]}'"


def describe(
    referral: Referral,
    content: Content,
    *,
    accepted: bool = True,
    problem: str | None = None,
    values: dict[str, Any] | None = None,
) -> AnswerOut:
    """Where the referral stands: the questions that apply, eligibility, and what to say next."""
    outcome = eligibility_for(referral, content, datetime.now(UTC).date())
    site = content.sites.get(outcome.site_id) if outcome.site_id else None
    under_age = any(c.rule == "age" and c.passed is False for c in outcome.checks)
    helps = sorted(content.sites.other_help, key=lambda h: h.for_under_18 != under_age)
    other_help = [f"{h.name}: {h.how}" for h in helps if under_age or not h.for_under_18][:OTHER_HELP_SHOWN]
    return AnswerOut(
        accepted=accepted,
        problem=problem,
        values=values or {},
        questions=plan(referral, skin_follow_up=outcome.next_question == "skin_cancer_kind"),
        eligible=outcome.eligible,
        ineligible_reasons=outcome.reasons,
        other_help=other_help,
        site_name=site.name if site else None,
        site_phone=site.phone if site else None,
        next_concern=_to_score(first_unscored(referral), content),
        concerns=[c.label for c in referral.concerns],
        menu=numbered(c.label for c in referral.concerns) if len(referral.concerns) > 1 else None,
        reference=referral.reference,
        status=referral.status,
        summary=summary(referral),
        speaking_to="other" if referral.referrer_role == "on_behalf" else "self",
        deciding=deciding_answer(referral) if referral.eligible is False else None,
    )


def deciding_answer(referral: Referral) -> str | None:
    """The answer that makes the person not eligible, read back in words: "you are 6"."""
    rule = failed_rule(referral)
    other = referral.referrer_role == "on_behalf"
    if rule == "lives_in_area":
        return f"the postcode is {referral.postcode}"
    if rule == "age":
        return f"{'they are' if other else 'you are'} {referral.age}"
    if rule == "diagnosis" and referral.referrer_role == "carer_for_self":
        return "you do not care for someone with cancer"
    if rule == "diagnosis":
        return "there has been no cancer diagnosis"
    if rule == "excluded_cancer":
        return "it is a non-melanoma skin cancer (like basal cell)"
    return None
