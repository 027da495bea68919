"""The conversation asks for the aftercare consents, and what the person says is what the worker does.

The referral is made the way the bot makes it: each question the API's plan asks next (the first not
yet answered, as the bot's form picks it) is answered through ``PUT /internal/referrals/answer``, then
sent. The worker then runs on the movable clock and texts the fake Twilio: the local help at once, the
outcome survey at 3 months, only as agreed.
"""

from __future__ import annotations

from sqlalchemy import select

from frontdoor.aftercare.models import SurveyAnswer
from frontdoor.referrals.models import Referral
from tests.aftercare.conftest import SERVICE, refer, uk
from tests.aftercare.test_surveys import THANKS

# What a person texting from Dundee says to each question, if it is asked.
SAYS = {
    "referrer_role": "1",
    "postcode": "DD1 4HN",
    "age": "67",
    "has_diagnosis": "yes, bowel",
    "concerns_text": "I can't pay the bills",
    "concern_score": "8",
    "distress_score": "6",
    "name": "Jean Smith",
    "phone": "same",
    "support_needs": "no",
    "cancer_stage": "3",
    "referral_source": "my gp",
    "review_confirm": "yes",
}
ASKED = [*list(SAYS)[:-1], "aftercare_consent", "review_confirm"]


def converse(client, db, clock, number: str, aftercare: str) -> tuple[Referral, list[str], str]:
    """The whole referral by text; returns it (sent, dated to the clock), the questions asked in order,
    and the read-back the person saw."""
    conversation = f"sms-{number}"
    draft = {"conversation_id": conversation, "channel": "sms", "answers": {"consent_share": True}}
    assert client.put("/internal/referrals/draft", json=draft, headers=SERVICE).status_code == 200
    says = {**SAYS, "aftercare_consent": aftercare}
    plan = client.post("/internal/referrals/plan", json={"conversation_id": conversation}, headers=SERVICE)
    questions, asked, read_back = plan.json()["questions"], [], ""
    filled: set[str] = set()  # as the bot's form slots: the question asked, and others the answer gave
    while field := next((q for q in questions if q not in filled), None):
        asked.append(field)
        filled.add(field)
        body = {
            "conversation_id": conversation,
            "channel": "sms",
            "field": field,
            "text": says[field],
            "sender_phone": number,
        }
        out = client.put("/internal/referrals/answer", json=body, headers=SERVICE).json()
        assert out["accepted"] is True, (field, out)
        filled |= set(out["values"])
        questions, read_back = out["questions"], read_back if field == "review_confirm" else out["summary"]
        if field == "review_confirm":
            break
    submit = {"conversation_id": conversation}
    response = client.post("/internal/referrals/submit", json=submit, headers=SERVICE)
    assert response.json()["status"] == "new", response.text
    referral = db.scalar(select(Referral).where(Referral.conversation_id == conversation))
    referral.created_at = referral.submitted_at = clock()
    db.commit()
    return referral, asked, read_back


def test_yes_brings_local_help_now_and_a_survey_at_3_months(client, db, clock, phone) -> None:
    number = "+447700900881"
    referral, asked, read_back = converse(client, db, clock, number, "yes please")
    assert asked == ASKED  # asked once, last before the read-back
    assert read_back.endswith("Worries: Money or finance (8). Local help and surveys: yes.")
    assert (referral.offer_local_help, referral.survey_consent) == (True, True)

    person = phone(number)
    help_now = person.run()
    assert len(help_now) == 1 and "Money or finance: Dundee Welfare Rights" in help_now[0]

    clock.to(uk(2027, 2, 23, 10))
    survey = [text for text in person.run() if "months on" in text]
    assert len(survey) == 1 and survey[0].startswith("Dundee Cancer Link Workers: 3 months on")
    person.say("4")
    assert person.say("3") == [THANKS]
    db.expire_all()
    stored = db.scalars(select(SurveyAnswer).where(SurveyAnswer.referral_id == referral.id))
    answers = {(a.month, a.question, a.score) for a in stored}
    assert answers == {(3, "distress", 4), (3, "money_or_finance", 3)}
    print("\n" + person.printed())


def test_no_surveys_brings_the_help_and_nothing_at_3_months(client, db, clock, phone) -> None:
    number = "+447700900882"
    _, _, read_back = converse(client, db, clock, number, "no surveys thanks")
    assert read_back.endswith("Local help: yes. Surveys: no.")
    person = phone(number)
    assert len(person.run()) == 1
    clock.to(uk(2027, 2, 23, 10))
    assert [text for text in person.run() if "months on" in text] == []


def test_no_brings_neither(client, db, clock, phone) -> None:
    number = "+447700900883"
    referral, _, _ = converse(client, db, clock, number, "4")
    assert (referral.offer_local_help, referral.survey_consent) == (False, False)
    person = phone(number)
    assert person.run() == []
    clock.to(uk(2027, 2, 23, 10))
    assert [text for text in person.run() if "months on" in text] == []


def test_someone_who_asked_to_be_phoned_is_not_asked_and_gets_no_texts(client, db, clock, phone) -> None:
    number = "+447700900884"
    referral = refer(client, db, clock, number, channel="web", preferred_contact="phone")
    plan = client.post(
        "/internal/referrals/plan", json={"conversation_id": referral.conversation_id}, headers=SERVICE
    )
    assert "aftercare_consent" not in plan.json()["questions"]
    assert phone(number).run() == []
