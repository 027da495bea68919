"""No silent crisis by text: help from the API itself when the assistant cannot give it, after STOP too,
a HELP reply with the crisis numbers, one flag and one alert per text, and every alert reaching a person."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from frontdoor.content import get_content
from frontdoor.db.session import session_scope
from frontdoor.outbox.models import OutboxMessage
from frontdoor.outbox.service import send_due
from frontdoor.outbox.twilio_sender import TwilioSender
from frontdoor.referrals.flags import ALERT_TEXT, record_flag
from frontdoor.referrals.models import Referral, RiskFlag
from frontdoor.safety.direct_question import POSSIBLE_SOURCE
from frontdoor.settings import DEMO_DUTY_ALERT_SMS_NUMBER, get_settings
from frontdoor.sms import inline
from frontdoor.sms.gsm import is_gsm7, segment_count
from frontdoor.sms.identity import conversation_id_for
from frontdoor.sms.inbound import store
from frontdoor.sms.models import InboundSms, SmsOptOut
from frontdoor.sms.safety_net import NetAnswer, answer_waiting, risk_in
from frontdoor.worker import process_waiting_texts
from tests.api.test_referrals_api import draft
from tests.sms.conftest import DUNDEE_SMS, text
from tests.sms.test_webhook import messages_in, use_rasa

PERSON = "+447700900556"
STOPPED = "+447700900557"
DURHAM_SMS = "+447700900303"
DURHAM_ALERTS = "+447700900393"
CRISIS = "I just want to kill myself"
KIND = "suicide_or_self_harm"


def conversation(number: str = PERSON) -> str:
    return conversation_id_for(number, get_settings().secret_key)


def consented(client, postcode: str | None = None) -> str:
    """A referral with consent for PERSON's text conversation, in a site when a postcode is given."""
    draft(client, conversation(), channel="sms", consent_share=True)
    if postcode:
        draft(client, conversation(), channel="sms", postcode=postcode)
    return conversation()


def alerts(db) -> list[tuple[str, str]]:
    db.expire_all()
    rows = db.scalars(select(OutboxMessage).where(OutboxMessage.kind == "staff_alert")).all()
    return [(row.to_address, row.body) for row in rows]


def flags(db) -> list[RiskFlag]:
    db.expire_all()
    return list(db.scalars(select(RiskFlag)))


def help_for(kind: str, site_id: str | None) -> str:
    content = get_content()
    return content.safety.reply(kind, content.sites.get(site_id) if site_id else None)


def test_rasa_down_a_crisis_text_is_answered_flagged_and_alerted_by_the_api(client, db) -> None:
    consented(client, postcode="DH1 3LE")
    response = text(client, PERSON, CRISIS, To=DURHAM_SMS)  # RASA_URL points at a closed port

    assert messages_in(response) == [help_for(KIND, "durham")]
    assert "116 123" in messages_in(response)[0]
    referral = db.scalar(select(Referral))
    db.refresh(referral)
    assert referral.priority == "urgent"
    assert [(f.kind, f.referral_id, f.source) for f in flags(db)] == [(KIND, referral.id, "sms_safety_net")]
    assert alerts(db) == [(DURHAM_ALERTS, ALERT_TEXT.format(reference=referral.reference))]
    assert db.scalar(select(InboundSms.status)) == "safety"


def test_a_crisis_queued_behind_an_unanswered_text_is_answered_and_never_reaches_the_assistant_later(
    client, db, fake_rasa, monkeypatch
) -> None:
    assert messages_in(text(client, PERSON, "hello there")) == []  # assistant down: kept for the worker
    response = text(client, PERSON, "temp of 38.5 and on chemo")
    assert messages_in(response) == [help_for("treatment_side_effect", "dundee")]
    assert "alert card" in messages_in(response)[0]
    assert [(f.kind, f.referral_id) for f in flags(db)] == [("treatment_side_effect", None)]

    use_rasa(monkeypatch, fake_rasa.url)
    assert process_waiting_texts(get_settings()) == 1
    assert [call["message"] for call in fake_rasa.received] == ["hello there"]
    db.expire_all()
    assert [r.status for r in db.scalars(select(InboundSms).order_by(InboundSms.id))] == ["done", "safety"]


def test_a_harmless_text_is_left_for_the_worker_when_the_assistant_is_down(client, db) -> None:
    assert messages_in(text(client, PERSON, "I'd like some support please")) == []
    assert flags(db) == [] and db.scalar(select(InboundSms.status)) == "pending"


def test_the_worker_answers_waiting_crisis_texts_while_the_assistant_is_down(client, db, fake_twilio) -> None:
    """Texts the webhook kept but did not answer (its process stopped): the worker's safety net answers
    them, to a number that replied STOP too, and alerts the duty contact when no site is known yet."""
    consented(client)  # consent given, no postcode yet
    settings = get_settings()
    store(db, sid="SM-w1", sender=PERSON, to=DUNDEE_SMS, body=CRISIS, num_media=0, secret=settings.secret_key)
    store(
        db, sid="SM-w2", sender=STOPPED, to=DUNDEE_SMS, body=CRISIS, num_media=0, secret=settings.secret_key
    )
    db.merge(SmsOptOut(number=STOPPED))
    db.commit()

    assert process_waiting_texts(settings) == 2  # the assistant is down (RASA_URL: a closed port)
    assert process_waiting_texts(settings) == 0  # each answered once
    sender = TwilioSender(
        fake_twilio.account_sid, fake_twilio.auth_token, "+447700900999", None, api_base=fake_twilio.base_url
    )
    assert send_due(session_scope, sender).sent == 3
    reference = db.scalar(select(Referral.reference))
    sent = sorted((m["To"], m["Body"]) for m in fake_twilio.received)
    assert sent == sorted(
        [
            (PERSON, help_for(KIND, "dundee")),
            (STOPPED, help_for(KIND, "dundee")),
            (DEMO_DUTY_ALERT_SMS_NUMBER, ALERT_TEXT.format(reference=reference)),
        ]
    )


def test_the_worker_sends_crisis_help_to_a_number_that_replied_stop(
    client, db, fake_rasa, fake_twilio, monkeypatch
) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    settings = get_settings()
    db.merge(SmsOptOut(number=STOPPED))
    db.commit()
    for sid, body in (("SM-s1", "hello again"), ("SM-s2", CRISIS)):
        store(db, sid=sid, sender=STOPPED, to=DUNDEE_SMS, body=body, num_media=0, secret=settings.secret_key)

    assert process_waiting_texts(settings) == 2
    sender = TwilioSender(
        fake_twilio.account_sid, fake_twilio.auth_token, "+447700900999", None, api_base=fake_twilio.base_url
    )
    report = send_due(session_scope, sender)
    assert (report.sent, report.opted_out) == (1, 0)
    assert [(m["To"], m["Body"]) for m in fake_twilio.received] == [(STOPPED, help_for(KIND, "dundee"))]
    assert fake_rasa.received == []


@pytest.mark.parametrize(
    "rasa_replies",
    [[], [{"text": "What is your postcode?"}]],
    ids=["nothing", "only its next question"],
)
def test_when_the_assistant_gives_no_help_the_api_gives_it_first(
    client, db, fake_rasa, monkeypatch, rasa_replies
) -> None:
    """What Rasa says when its action server fails mid-turn: the safety action's reply is lost."""
    fake_rasa.replies = rasa_replies
    use_rasa(monkeypatch, fake_rasa.url)
    consented(client, postcode="KY1 1AA")  # Fife has no alert number of its own
    monkeypatch.setenv("DUTY_ALERT_SMS_NUMBER", "+447700900777")
    get_settings.cache_clear()

    response = text(client, PERSON, CRISIS)
    assert messages_in(response) == [help_for(KIND, "fife"), *(r["text"] for r in rasa_replies)]
    reference = db.scalar(select(Referral.reference))
    assert alerts(db) == [("+447700900777", ALERT_TEXT.format(reference=reference))]
    assert db.scalar(select(InboundSms.status)) == "done"
    assert messages_in(text(client, PERSON, "ok thanks")) == [r["text"] for r in rasa_replies]  # no risk


def test_help_the_assistant_gave_is_not_given_twice(client, db, fake_rasa, monkeypatch) -> None:
    fake_rasa.replies = [{"text": help_for(KIND, "dundee")}]
    use_rasa(monkeypatch, fake_rasa.url)
    assert messages_in(text(client, PERSON, CRISIS)) == [help_for(KIND, "dundee")]
    assert flags(db) == []  # the conversation's own safety action records it, not the channel


@pytest.mark.parametrize(
    ("rasa_replies", "help_added"), [([], True), ([{"text": "What is your postcode?"}], False)]
)
def test_a_risk_the_text_only_suggests_is_the_conversations_to_ask_about_unless_it_said_nothing(
    client, db, fake_rasa, monkeypatch, rasa_replies, help_added
) -> None:
    suggests = "I feel like a burden to everyone"
    assert risk_in(suggests).certainty == "possible"
    fake_rasa.replies = rasa_replies
    use_rasa(monkeypatch, fake_rasa.url)
    consented(client, postcode="DD1 4HN")
    replies = messages_in(text(client, PERSON, suggests))
    assert replies == [help_for(KIND, "dundee")] * help_added + [r["text"] for r in rasa_replies]
    # recorded as the web path records a possible risk: urgent, nobody paged
    assert [(f.kind, f.source) for f in flags(db)] == [(KIND, POSSIBLE_SOURCE)] * help_added
    assert alerts(db) == []


def test_the_safety_net_knows_whose_risk_a_text_is(client, db) -> None:
    consented(client, postcode="DD1 4HN")
    about_them = "my dad keeps saying he wants to kill himself"
    found = risk_in(about_them)
    assert (found.kind, found.about) == (KIND, "other") and risk_in(CRISIS).about == "self"
    secret = get_settings().secret_key
    store(db, sid="SMabout", sender=PERSON, to=DUNDEE_SMS, body=about_them, num_media=0, secret=secret)
    given: list[NetAnswer] = []
    assert answer_waiting(db, get_content(), PERSON, lambda _session, net: given.append(net)) == 1
    assert [(net.kind, net.about, net.reply) for net in given] == [(KIND, "other", help_for(KIND, "dundee"))]
    assert len(alerts(db)) == 1  # clear, whoever it is about: the team is told


def test_a_crash_before_the_help_is_kept_leaves_the_text_waiting_and_it_is_answered_after(client, db) -> None:
    """The text's new status, its help and its flag are committed together: a process that stops while
    keeping the help leaves the text waiting, never marked answered with no help sent."""
    consented(client, postcode="DD1 4HN")
    secret = get_settings().secret_key
    store(db, sid="SMcrash", sender=PERSON, to=DUNDEE_SMS, body=CRISIS, num_media=0, secret=secret)

    def stops(_session, _net: NetAnswer) -> None:
        raise RuntimeError("the process stopped")

    with pytest.raises(RuntimeError):
        answer_waiting(db, get_content(), PERSON, stops)
    db.rollback()
    assert db.scalar(select(InboundSms.status)) == "pending"
    assert flags(db) == [] and alerts(db) == []

    given: list[NetAnswer] = []
    assert answer_waiting(db, get_content(), PERSON, lambda _session, net: given.append(net)) == 1
    assert [net.reply for net in given] == [help_for(KIND, "dundee")]
    assert db.scalar(select(InboundSms.status)) == "safety"
    assert [f.kind for f in flags(db)] == [KIND] and len(alerts(db)) == 1


@pytest.mark.parametrize("late_flag", ["during the slow turn", "after the safety net"])
def test_a_slow_assistant_gives_one_flag_and_one_alert_for_one_text(
    client, db, fake_rasa, monkeypatch, late_flag
) -> None:
    """Rasa got the text but answered too late: its action records the same risk, before or after
    the API's own answer. One flag and one alert, whichever comes first."""
    conversation_id = consented(client, postcode="DH1 3LE")
    excerpt = risk_in(CRISIS).excerpt

    def action_server_flag(_payload: dict | None = None) -> None:
        with session_scope() as session:
            record_flag(session, get_content().sites, conversation_id, KIND, excerpt, "patterns")

    if late_flag == "during the slow turn":
        fake_rasa.on_message = action_server_flag
    fake_rasa.delay = 3.0
    monkeypatch.setattr(inline, "INLINE_BUDGET_SECONDS", 1.0)
    use_rasa(monkeypatch, fake_rasa.url)

    response = text(client, PERSON, CRISIS, To=DURHAM_SMS)
    assert messages_in(response) == [help_for(KIND, "durham")]
    if late_flag == "after the safety net":
        action_server_flag()

    assert [f.kind for f in flags(db)] == [KIND]
    assert len(alerts(db)) == 1
    assert len(fake_rasa.received) == 1


def test_after_stop_only_crisis_help_is_sent(client, db, fake_rasa, monkeypatch) -> None:
    use_rasa(monkeypatch, fake_rasa.url)
    text(client, PERSON, "STOP")
    assert messages_in(text(client, PERSON, "what time do you open")) == []
    assert messages_in(text(client, PERSON, CRISIS)) == [help_for(KIND, "dundee")]
    assert fake_rasa.received == []
    assert [f.kind for f in flags(db)] == [KIND]


def test_help_names_the_crisis_numbers_and_the_site_phone_in_two_gsm7_segments(client) -> None:
    reply = messages_in(text(client, PERSON, "HELP"))[0]
    for words in ("999", "NHS 111", "Samaritans", "116 123", "Macmillan Support Line", "0808 808 00 00"):
        assert words in reply
    assert "0131 496 0101" in reply  # Dundee's phone, the number texted
    assert is_gsm7(reply) and segment_count(reply) <= 2
