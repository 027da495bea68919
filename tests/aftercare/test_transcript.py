"""One person from referral to the 9-month survey, by text: local help, the check-in, the 3-month
survey, STOP at 9 months. Printed as a transcript (run with -s to read it); erasure removes it all."""

from __future__ import annotations

from sqlalchemy import func, select

from frontdoor.aftercare.models import AftercareTask, SurveyAnswer
from frontdoor.privacy.erasure import erase
from frontdoor.settings import get_settings
from frontdoor.sms.gsm import is_gsm7, segment_count
from tests.aftercare.conftest import refer, uk

NUMBER = "+447700900991"


def test_a_whole_aftercare_by_text_and_its_erasure(client, db, clock, phone) -> None:
    referral = refer(client, db, clock, NUMBER, offer_local_help=True, survey_consent=True)
    person = phone(NUMBER)
    signposts = person.run()
    assert len(signposts) == 1 and segment_count(signposts[0]) <= 3

    clock.to(uk(2026, 12, 4, 10))
    assert person.run() == ["Dundee Cancer Link Workers: Has a link worker been in touch? Reply YES or NO"]
    assert person.say("Nope nobody yet") == [
        "Sorry for the wait. We've asked the team to call you as soon as they can."
    ]

    clock.to(uk(2027, 2, 23, 10))
    assert len(person.run()) == 1
    for answer in ("4", "6", "5", "skip", "3"):
        person.say(answer)

    clock.to(uk(2027, 8, 23, 10))
    assert len(person.run()) == 1
    person.say("2")
    assert person.say("stop") == ["You won't get more messages from us. Reply START to start again."]
    clock.advance(days=30)
    assert person.run() == []

    ours = [body for _, who, body in person.transcript if who == "us"]
    assert all(is_gsm7(body) for body in ours)
    print("\n" + person.printed())

    erase(db, get_settings(), referral.reference, actor="admin@example.org")
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(AftercareTask)) == 0
    assert db.scalar(select(func.count()).select_from(SurveyAnswer)) == 0
