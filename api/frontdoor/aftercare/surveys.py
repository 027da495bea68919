"""Outcome surveys by text, at 3 and 9 months (content/aftercare.yml), for people who agreed at referral.

The distress score again, then each of their concerns scored again 0 to 10, most worrying first: the
first message carries the introduction and the distress question, one message per concern follows,
and a thank-you, ``max_messages`` in all. SKIP skips a question, "skip all" ends the survey, STOP stops
every text (the SMS keywords, before anything else). An unclear answer is asked again once; a second
one ends the survey for now and goes on to the conversation. Answers are stored as they come.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.orm import Session

from frontdoor.aftercare.models import AftercareTask, SurveyAnswer
from frontdoor.aftercare.sending import queue_text, texts_allowed
from frontdoor.audit.log import record
from frontdoor.checklist.definition import Checklist
from frontdoor.content import Content
from frontdoor.referrals.models import Referral
from frontdoor.settings import get_settings

ACTOR = "aftercare"
DISTRESS = "distress"
NUMBER_WORDS = {
    "zero": 0,
    "none": 0,
    "nothing": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
WEB_DAYS = 28  # the web survey's link stays open this long
_SKIP = re.compile(r"^(skip|pass|next|rather not|prefer not|dont know|not sure|no idea|n a)\b")
_END = re.compile(r"^(skip all|skip the rest|no more|thats enough|enough|finish|end survey|done)\b")


def read_score(text: str) -> int | Literal["skip", "end"] | None:
    words = text.lower().replace("'", "").replace("’", "")
    words = re.sub(r"(/|out of)\s*10\b", " ", words)
    words = " ".join(re.sub(r"[^a-z0-9 ]", " ", words).split())
    if _END.match(words):
        return "end"
    if _SKIP.match(words):
        return "skip"
    values = {int(n) for n in re.findall(r"\b\d{1,3}\b", words)}
    values |= {NUMBER_WORDS[w] for w in words.split() if w in NUMBER_WORDS}
    if len(values) == 1 and 0 <= (value := values.pop()) <= 10:
        return value
    return None


def questions_for(referral: Referral, checklist: Checklist, max_messages: int) -> list[str]:
    """``distress``, then the concerns that can be scored again, scored ones first, most worrying
    first: as many as fit with the thank-you in ``max_messages``."""
    ranked = sorted(
        referral.concerns,
        key=lambda c: (c.score is None, -(c.score or 0), c.position),
    )
    items = [c.item for c in ranked if (item := checklist.get(c.item)) is not None and item.offered]
    return [DISTRESS, *list(dict.fromkeys(items))[: max_messages - 2]]


def question_text(content: Content, question: str) -> str:
    if question == DISTRESS:
        return content.aftercare.survey.distress
    item = content.checklist.get(question)
    label = item.label if item is not None else question.replace("_", " ")
    return content.aftercare.survey.concern.replace("{concern}", label[:1].lower() + label[1:])


def start(session: Session, content: Content, task: AftercareTask, referral: Referral, at: datetime) -> None:
    site = content.sites.get(referral.site_id or "")
    if site is None or not texts_allowed(referral):
        task.status = "not_needed"
        return
    texts = content.aftercare.survey
    questions = questions_for(referral, content.checklist, texts.max_messages)
    task.detail = {**task.detail, "questions": questions}
    if referral.channel == "web":
        # On the web, one text with a link to the survey page (frontdoor.aftercare.routes).
        task.detail = {**task.detail, "via": "web"}
        session.flush()
        settings = get_settings()
        token = survey_token(settings.secret_key, task.id)
        link = f"{settings.public_base_url.rstrip('/')}/aftercare/survey/{token}"
        body = texts.web_invite.replace("{site}", site.name).replace("{months}", str(task.detail["month"]))
        sent = queue_text(session, content.aftercare, task, referral, site, body.replace("{link}", link), at)
        task.status, task.reply_by = "waiting", sent + timedelta(days=max(texts.reply_days, WEB_DAYS))
        return
    intro = (
        texts.intro.replace("{site}", site.name)
        .replace("{months}", str(task.detail["month"]))
        .replace("{count}", str(len(questions)))
    )
    sent = queue_text(
        session, content.aftercare, task, referral, site, f"{intro}\n{question_text(content, DISTRESS)}", at
    )
    task.status, task.step = "waiting", 0
    task.reply_by = sent + timedelta(days=texts.reply_days)


def _store(session: Session, task: AftercareTask, question: str, score: int | None, at: datetime) -> None:
    month = int(task.detail["month"])
    existing = session.query(SurveyAnswer).filter_by(
        referral_id=task.referral_id, month=month, question=question
    )
    row = existing.one_or_none()
    if row is None:
        session.add(
            SurveyAnswer(
                referral_id=task.referral_id, month=month, question=question, score=score, answered_at=at
            )
        )
    else:
        row.score, row.answered_at = score, at


def answer(
    session: Session, content: Content, task: AftercareTask, referral: Referral, text: str, at: datetime
) -> list[str] | None:
    """The next question, or the thank-you; None when the text is unclear a second time (the survey
    ends there, and the text goes on to the conversation)."""
    texts = content.aftercare.survey
    questions: list[str] = list(task.detail.get("questions") or [])
    site = content.sites.get(referral.site_id or "")
    thanks = texts.thanks.replace("{site}", site.name if site else "the service")
    reading = read_score(text)
    if reading is None:
        if task.asked_again:
            task.status = "closed"
            record(session, ACTOR, "survey_closed", "referral", referral.id, month=task.detail.get("month"))
            return None
        task.asked_again = True
        return [texts.unclear]
    if reading == "end":
        task.status, task.answered_at = "closed", at
        record(session, ACTOR, "survey_closed", "referral", referral.id, month=task.detail.get("month"))
        return [thanks]
    _store(session, task, questions[task.step], None if reading == "skip" else reading, at)
    task.step += 1
    task.asked_again = False
    task.reply_by = at + timedelta(days=texts.reply_days)
    if task.step < len(questions):
        return [question_text(content, questions[task.step])]
    task.status, task.answered_at = "answered", at
    record(session, ACTOR, "survey_answered", "referral", referral.id, month=task.detail.get("month"))
    return [thanks]


def survey_token(secret: str, task_id: int) -> str:
    """The survey's id, signed: a link that opens this one survey and nothing else."""
    digest = hmac.new(secret.encode(), f"survey:{task_id}".encode(), hashlib.sha256).hexdigest()[:32]
    return f"{task_id}-{digest}"


def read_form(questions: list[str], form: dict[str, str]) -> tuple[dict[str, int | None], dict[str, str]]:
    """Scores from the web form (blank is skipped), and a plain-English problem per bad answer."""
    scores: dict[str, int | None] = {}
    errors: dict[str, str] = {}
    for question in questions:
        value = form.get(question, "").strip()
        if not value:
            scores[question] = None
        elif value.isdigit() and 0 <= int(value) <= 10:
            scores[question] = int(value)
        else:
            errors[question] = "Enter a whole number from 0 to 10, or leave it blank to skip it"
    return scores, errors


def store_all(
    session: Session, task: AftercareTask, referral: Referral, scores: dict[str, int | None], at: datetime
) -> None:
    for question, score in scores.items():
        _store(session, task, question, score, at)
    task.step = len(scores)
    task.status, task.answered_at = "answered", at
    record(
        session, ACTOR, "survey_answered", "referral", referral.id, month=task.detail.get("month"), via="web"
    )
