"""Outcome surveys by text at 3 and 9 months: sent, answered, stored, stopped by STOP; a risk message
in a reply goes through the safety net as in the referral."""

from __future__ import annotations

from sqlalchemy import select

from frontdoor.aftercare.models import AftercareTask, SurveyAnswer
from frontdoor.aftercare.surveys import read_score
from frontdoor.content import get_content
from frontdoor.referrals.models import Referral, RiskFlag
from frontdoor.sms.gsm import is_gsm7
from tests.aftercare.conftest import queued, refer, uk

INTRO = (
    "Dundee Cancer Link Workers: {months} months on, 5 quick questions on how you are. "
    "Reply SKIP to skip one, STOP to stop.\n"
    "Overall, how much distress have you felt this past week, from 0 (none) to 10 (extreme)?"
)
THANKS = "Thank you. Your answers help Dundee Cancer Link Workers show what changes for people."


def _answers(db, referral_id: str, month: int) -> dict[str, int | None]:
    db.expire_all()
    rows = db.scalars(
        select(SurveyAnswer).where(SurveyAnswer.referral_id == referral_id, SurveyAnswer.month == month)
    )
    return {a.question: a.score for a in rows}


def test_surveys_at_3_and_9_months_are_answered_and_stored(client, db, clock, phone) -> None:
    referral = refer(client, db, clock, "+447700900711", survey_consent=True)
    person = phone("+447700900711")
    person.run()
    clock.to(uk(2027, 2, 23, 9, 59))
    assert [t for t in person.run() if "months on" in t] == []
    clock.to(uk(2027, 2, 23, 10))
    assert person.run() == [INTRO.format(months=3)]
    assert person.say("5") == [
        "How much is money or finance a worry now, from 0 (not at all) to 10 (extremely)?"
    ]
    assert person.say("about a 4/10") == [
        "How much is worry, fear or anxiety a worry now, from 0 (not at all) to 10 (extremely)?"
    ]
    assert person.say("skip") == [
        "How much is caring for someone else a worry now, from 0 (not at all) to 10 (extremely)?"
    ]
    assert person.say("it comes and goes") == ["Please reply with a number from 0 to 10, or SKIP."]
    assert person.say("three") == [
        "How much is tiredness, exhaustion or fatigue a worry now, from 0 (not at all) to 10 (extremely)?"
    ]
    assert person.say("2") == [THANKS]
    assert _answers(db, referral.id, 3) == {
        "distress": 5,
        "money_or_finance": 4,
        "worry_fear_or_anxiety": None,
        "caring_responsibilities": 3,
        "tiredness_or_fatigue": 2,
    }
    survey = [body for _, who, body in person.transcript if who == "us"]
    assert all(is_gsm7(body) for body in survey)
    assert len(survey) == 6 + 1  # six messages, and one question asked again

    clock.to(uk(2027, 8, 23, 10))
    assert person.run() == [INTRO.format(months=9)]
    for score in ("3", "2", "2", "1", "1"):
        person.say(score)
    assert _answers(db, referral.id, 9)["distress"] == 3
    print("\n" + person.printed())


def test_stop_stops_the_survey_and_every_text_after(client, db, clock, phone) -> None:
    referral = refer(client, db, clock, "+447700900721", survey_consent=True)
    person = phone("+447700900721")
    person.run()
    clock.to(uk(2027, 2, 23, 10))
    assert person.run() == [INTRO.format(months=3)]
    assert person.say("6") != []
    assert person.say("STOP") == ["You won't get more messages from us. Reply START to start again."]
    clock.to(uk(2027, 8, 23, 10))
    assert person.run() == []
    db.expire_all()
    statuses = {
        t.key: t.status
        for t in db.scalars(select(AftercareTask).where(AftercareTask.referral_id == referral.id))
    }
    assert statuses["survey:3"] == "stopped"
    assert statuses["survey:9"] == "stopped"
    assert _answers(db, referral.id, 3) == {"distress": 6}
    assert not [m for m in queued(db, "+447700900721") if "9 months" in m.body]


def test_no_survey_without_consent(client, db, clock, phone) -> None:
    refer(client, db, clock, "+447700900731")
    person = phone("+447700900731")
    person.run()
    clock.to(uk(2027, 2, 23, 10))
    assert not [t for t in person.run() if "months on" in t]
    db.expire_all()
    assert not db.scalars(select(AftercareTask).where(AftercareTask.kind == "survey")).all()


def test_a_risk_message_in_a_survey_reply_goes_through_the_safety_net(client, db, clock, phone) -> None:
    referral = refer(client, db, clock, "+447700900741", survey_consent=True)
    person = phone("+447700900741")
    person.run()
    clock.to(uk(2027, 2, 23, 10))
    person.run()
    replies = person.say("10, I want to end my life")
    content = get_content()
    assert replies == [content.safety.reply("suicide_or_self_harm", content.sites.get("dundee"))]
    db.expire_all()
    flagged = db.get(Referral, referral.id)
    assert flagged.priority == "urgent"
    assert [f.kind for f in db.scalars(select(RiskFlag))] == ["suicide_or_self_harm"]
    assert _answers(db, referral.id, 3) == {}  # the question stays open
    assert person.say("9") == [
        "How much is money or finance a worry now, from 0 (not at all) to 10 (extremely)?"
    ]


def test_reading_scores() -> None:
    assert [read_score(t) for t in ("7", "7/10", "seven", "about 6 out of 10", "0", "none")] == [
        7,
        7,
        7,
        6,
        0,
        0,
    ]
    assert [read_score(t) for t in ("skip", "Pass", "not sure", "skip all", "no more")] == [
        "skip",
        "skip",
        "skip",
        "end",
        "end",
    ]
    assert [read_score(t) for t in ("11", "5 or 6", "hello", "")] == [None, None, None, None]
