"""The directory page (admins only, audited), local help for the chat on the web, the web survey from
its texted link, and the record view's aftercare section."""

from __future__ import annotations

import re

from sqlalchemy import select

from frontdoor.aftercare.models import AftercareTask, SurveyAnswer
from frontdoor.audit.models import AuditEntry
from tests.aftercare.conftest import SERVICE, refer, uk
from tests.helpers import create_staff
from tests.web.test_pages import sign_in


def test_the_directory_page_is_for_admins_and_audited(client, db) -> None:
    create_staff(db, "boss@example.org", role="admin")
    create_staff(db, "lw@example.org", sites=["dundee"])
    assert sign_in(client, "lw@example.org").status_code == 303
    assert client.get("/staff/admin/directory").status_code == 403
    assert sign_in(client, "boss@example.org").status_code == 303
    page = client.get("/staff/admin/directory")
    assert page.status_code == 200
    assert "Maggie&#39;s Barts" in page.text and "Macmillan Support Line" in page.text
    assert "Poplar Bereavement Group" in page.text and "E3, E14" in page.text
    assert 'href="/staff/admin/directory" aria-current="page"' in page.text
    audit = db.scalars(select(AuditEntry).where(AuditEntry.entity == "directory")).all()
    assert [(a.actor, a.action) for a in audit] == [("boss@example.org", "view")]


def test_the_chat_gets_local_help_as_links_once_and_no_text_follows(client, db, clock, phone) -> None:
    referral = refer(
        client, db, clock, "+447700900911", site="tower_hamlets", channel="web", offer_local_help=True
    )
    body = {"conversation_id": referral.conversation_id}
    assert client.post("/internal/aftercare/signposts", json=body).status_code == 401
    shown = client.post("/internal/aftercare/signposts", json=body, headers=SERVICE).json()
    assert [s["service"] for s in shown["signposts"]] == [
        "th_welfare_benefits",
        "maggies_barts",
        "th_carers_centre",
    ]
    assert shown["signposts"][1]["web"] == "https://www.maggies.org/"
    lines = shown["text"].splitlines()
    assert lines[0] == shown["intro"] and len(lines) == 4
    assert lines[2].endswith(" https://www.maggies.org/")  # the web address last: the chat links it
    again = client.post("/internal/aftercare/signposts", json=body, headers=SERVICE).json()
    assert again["signposts"] == shown["signposts"]
    person = phone("+447700900911", site="tower_hamlets")
    clock.advance(hours=2)
    assert person.run() == []
    missing = client.post(
        "/internal/aftercare/signposts", json={"conversation_id": "nobody"}, headers=SERVICE
    )
    assert missing.status_code == 404 and "no sent referral" in missing.json()["detail"]


def test_the_web_survey_from_its_link(client, db, clock, phone) -> None:
    referral = refer(client, db, clock, "+447700900921", channel="web", survey_consent=True)
    person = phone("+447700900921")
    person.run()
    clock.to(uk(2027, 2, 23, 10))
    texts = [t for t in person.run() if "months on" in t]
    assert len(texts) == 1
    link = re.search(r"http://testserver(/aftercare/survey/\S+)", texts[0]).group(1)
    assert texts[0].startswith("Dundee Cancer Link Workers: 3 months on, how are you?")
    form = client.get(link)
    assert form.status_code == 200
    assert "How much is money or finance a worry now" in form.text
    assert client.get(link[:-1] + "0").status_code == 404
    assert client.get("/aftercare/survey/" + "9" * 80).status_code == 422

    bad = client.post(link, data={"distress": "eleven", "money_or_finance": "3"})
    assert bad.status_code == 400
    assert "Enter a whole number from 0 to 10, or leave it blank to skip it" in bad.text
    done = client.post(link, data={"distress": "4", "money_or_finance": "3", "worry_fear_or_anxiety": ""})
    assert done.status_code == 200 and "Thank you" in done.text
    db.expire_all()
    stored = {
        a.question: a.score
        for a in db.scalars(select(SurveyAnswer).where(SurveyAnswer.referral_id == referral.id))
    }
    assert (
        stored["distress"] == 4
        and stored["money_or_finance"] == 3
        and stored["worry_fear_or_anxiety"] is None
    )
    assert client.post(link, data={"distress": "1"}).status_code == 409
    # A text back is not taken as a survey answer: the survey is on the page.
    assert person.say("5") == []
    task = db.scalar(select(AftercareTask).where(AftercareTask.key == "survey:3"))
    assert task.status == "answered"


def test_the_record_page_shows_what_was_offered_and_answered(client, db, clock, phone) -> None:
    referral = refer(client, db, clock, "+447700900931", offer_local_help=True, survey_consent=True)
    person = phone("+447700900931")
    person.run()
    create_staff(db, "lw@example.org", sites=["dundee"])
    assert sign_in(client, "lw@example.org").status_code == 303
    page = client.get(f"/staff/referrals/{referral.id}").text
    assert "While they wait, and after" in page
    assert "Dundee Welfare Rights (0131 496 0111), for money or finance" in page
