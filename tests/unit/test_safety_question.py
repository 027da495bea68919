"""Asking directly when unsure (issue #14 items 1 and 3): the answer reader, what an answer leads to,
the wording's checks at start-up, and, in the bot env, the policy that puts safety first in every
state and the flagger's three outcomes."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from frontdoor.content import load_content
from frontdoor.content_files import DEFAULT_CONTENT_DIR
from frontdoor.safety.direct_question import NO, UNCLEAR, YES, decide, read_answer
from frontdoor.safety.messages import SafetyContent
from frontdoor.sms.gsm import is_gsm7, segment_count
from frontdoor.stack.bot import bot_python
from tests.helpers import in_bot_env as run_in_bot_env

CONTENT = load_content(DEFAULT_CONTENT_DIR)
RAW = yaml.safe_load((DEFAULT_CONTENT_DIR / "safety.yml").read_text(encoding="utf-8"))
KINDS = ("suicide_or_self_harm", "medical_emergency", "treatment_side_effect", "harm_or_abuse", "general")


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("yes", YES),
        ("Yeah...", YES),
        ("yh", YES),
        ("sometimes", YES),
        ("a bit", YES),
        ("Not sure", YES),
        ("i dunno", YES),
        ("no... well sometimes", YES),
        ("I do", YES),
        ("on and off, yes", YES),
        ("no", NO),
        ("No I'm fine, just tired", NO),
        ("nah", NO),
        ("no, just a bit tired", NO),
        ("I'm not", NO),
        ("I have no thoughts like that", NO),
        ("I don't think so", NO),
        ("no but it's been hard", UNCLEAR),
        ("not really", UNCLEAR),
        ("why do you ask?", UNCLEAR),
        ("", UNCLEAR),
    ],
)
def test_the_answer_is_read_safety_first(text: str, reading: str) -> None:
    assert read_answer(text) == reading


def test_what_an_answer_leads_to() -> None:
    suicide = "suicide_or_self_harm"
    assert decide(suicide, 1, "yes", [], []).outcome == "clear"
    assert decide(suicide, 1, "no", [], []).outcome == "no"
    again = decide(suicide, 1, "what?", [], [])
    assert (again.outcome, again.pending, again.asked) == ("again", suicide, 2)
    assert decide(suicide, 2, "what?", [], []).outcome == "clear"
    # a clear risk in the answer is that clear risk, whatever else it says
    clear = decide(suicide, 1, "no, but he hits me", ["harm_or_abuse"], [])
    assert (clear.outcome, clear.kind) == ("clear", "harm_or_abuse")
    # an answer that suggests another risk asks about that one; one that suggests this risk again is a yes
    other = decide(suicide, 1, "no, but I'm hot and shivery", [], ["treatment_side_effect"])
    assert (other.outcome, other.pending, other.asked) == ("ask", "treatment_side_effect", 1)
    assert decide(suicide, 1, "what's the point", [], [suicide]).outcome == "clear"
    # each outcome names its wording: another kind is asked as a first question, about whoever it is about
    assert (other.wording, again.wording) == ("ask", "again")
    about_them = decide(suicide, 1, "no but he shouts at her", [], ["harm_or_abuse"], "other")
    assert (about_them.outcome, about_them.kind, about_them.wording) == ("ask", "harm_or_abuse", "ask_other")
    assert decide(suicide, 1, "no", [], []).wording == "no"
    assert decide(suicide, 1, "yes", [], []).wording is None  # the help itself


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("site_id", [None, "durham", "dundee"])
def test_each_direct_question_gives_its_numbers_and_fits_two_texts(kind: str, site_id: str | None) -> None:
    site = CONTENT.sites.get(site_id) if site_id else None
    ask = CONTENT.safety.direct_question(kind, "ask", site)
    again = CONTENT.safety.direct_question(kind, "again", site)
    no = CONTENT.safety.direct_question(kind, "no", site)
    for text in (ask, again, no):
        assert is_gsm7(text) and segment_count(text) <= 2, text
        assert "{" not in text
    other = CONTENT.safety.direct_question(kind, "ask_other", site)
    assert is_gsm7(other) and segment_count(other) <= 2 and "{" not in other, other
    assert " you " not in f" {other.split('?')[0]} " or kind == "general", other  # asked about them
    for text in (ask, other, again):
        assert "YES or NO" in text and "999" in text
    if kind in ("suicide_or_self_harm", "general"):
        for number in ("Samaritans", "116 123", "text SHOUT to 85258", "NHS 111"):
            assert number in ask and number in other and number in again
    if kind == "suicide_or_self_harm":
        assert "Are you having thoughts of ending your life?" in ask
        assert "Are they having thoughts of ending their life?" in other
    if kind == "treatment_side_effect":
        assert "24-hour" in ask and "24-hour" in other and "24-hour" in again
    if kind == "harm_or_abuse":
        england, scotland = "0808 2000 247", "0800 027 1234"
        nation = site.nation if site else None
        for text in (ask, other):
            assert (england in text) == (nation != "scotland")
            assert (scotland in text) == (nation != "england")


def broken(change: Any) -> str:
    data = copy.deepcopy(RAW)
    change(data["direct_questions"])
    with pytest.raises(ValidationError) as caught:
        SafetyContent.model_validate(data)
    return str(caught.value)


def test_a_direct_question_without_its_numbers_is_refused_at_start_up() -> None:
    def drop_samaritans(q: dict) -> None:
        q["suicide_or_self_harm"]["again"] = "Are you having thoughts of ending your life? Call 999."

    assert "suicide_or_self_harm.again: must give Samaritans, 116 123" in broken(drop_samaritans)

    def drop_shout_when_asking_about_someone(q: dict) -> None:
        q["suicide_or_self_harm"]["ask_other"] = "Are they thinking of suicide? 999, Samaritans 116 123."

    assert "suicide_or_self_harm.ask_other: must give SHOUT to 85258" in broken(
        drop_shout_when_asking_about_someone
    )

    def drop_england_when_asking_about_someone(q: dict) -> None:
        q["harm_or_abuse"]["ask_other"]["england"] = "Is someone hurting them? Call 999."

    assert "harm_or_abuse.ask_other.england: must give 0808 2000 247" in broken(
        drop_england_when_asking_about_someone
    )

    def drop_scotland(q: dict) -> None:
        q["harm_or_abuse"]["ask"]["scotland"] = "Is someone hurting you? Call 999 or 0808 2000 247."

    assert "harm_or_abuse.ask.scotland: must give 0800 027 1234" in broken(drop_scotland)

    def one_wording_for_abuse(q: dict) -> None:
        q["harm_or_abuse"]["ask"] = "Is someone hurting you? 999, 0808 2000 247, 0800 027 1234."

    assert "harm_or_abuse.ask: must be one wording per nation" in broken(one_wording_for_abuse)


def test_a_direct_question_must_be_sms_safe_and_every_kind_present() -> None:
    def curly(q: dict) -> None:
        q["medical_emergency"]["no"] = "Thank you. If it starts, call 999 \u2013 or NHS 111."

    assert "GSM-7" in broken(curly)

    def too_long(q: dict) -> None:
        q["medical_emergency"]["ask"] = "Is it happening now? Call 999 or NHS 111. " + "Please. " * 40

    assert "two SMS segments" in broken(too_long)
    assert "general" in broken(lambda q: q.pop("general"))


@pytest.fixture(scope="module")
def in_bot_env() -> dict:
    if not bot_python().exists():
        pytest.skip("the bot env (.venv-bot) is not built")
    return run_in_bot_env("tests.bot_env.safety_question")


def test_the_policy_puts_safety_first_in_every_state(in_bot_env: dict) -> None:
    policy = in_bot_env["policy"]
    assert policy["priority"] > 6  # above RulePolicy
    assert policy["ensemble picks"] == "SafetyQuestionPolicy"  # over the rule policy's active form
    for state in ("risk in the referral form", "risk while booking", "risk outside any form"):
        assert policy[state] == "action_safety_reply", state
    # help given: back to the form, which asks its question again; a question asked: wait for the answer
    assert policy["help given in the referral form"] == "referral_form"
    assert policy["question asked in the consent form"] == "action_listen"
    # the next message is the answer, whatever it is, before the form reads it
    for state in ("answer in the consent form", "answer outside any form", "answer that is itself a risk"):
        assert policy[state] == "action_safety_answer", state
    assert policy["answered no in the booking form"] == "booking_form"
    assert policy["answered no outside any form"] == "action_listen"
    assert policy["asked again"] == "action_listen"
    # nothing to do with safety: the other policies decide
    for state in (
        "an ordinary answer in the form",
        "after the form asked",
        "restart while a question is pending",
    ):
        assert policy[state] is None, state
    # no loop: a possible risk of a kind already asked about is not asked about again, whatever the
    # answer was; in a form it is handed to the form as its answer (the slot mappings leave out risk
    # messages), outside one the other policies decide. Another kind, or a clear risk of that kind, is.
    assert policy["possible risk of a kind asked about"] == "action_safety_pass"
    assert policy["passed to the form"] == "referral_form"
    assert policy["possible risk of a kind asked about, outside any form"] is None
    assert policy["possible risk of another kind"] == "action_safety_reply"
    assert policy["clear risk of a kind asked about"] == "action_safety_reply"
    # nor is the same message said again (the person giving the form the answer they gave before) raised
    # again, clear or not; a clear risk in new words always is
    assert policy["clear risk said again after its help"] == "action_safety_pass"
    assert policy["new clear words of a kind helped before"] == "action_safety_reply"
    assert policy["the same words raising another kind"] == "action_safety_reply"


def test_the_flagger_marks_clear_possible_or_nothing(in_bot_env: dict) -> None:
    found = in_bot_env["flagger"]
    assert found["clear"]["intent"] == "safety_alert"
    assert (found["clear"]["safety"]["level"], found["clear"]["safety"]["kind"]) == (
        "clear",
        "suicide_or_self_harm",
    )
    assert found["possible"]["intent"] == "safety_alert"
    assert (found["possible"]["safety"]["level"], found["possible"]["safety"]["kind"]) == (
        "possible",
        "harm_or_abuse",
    )
    # whose risk it is goes with it, for the direct question's wording
    assert (found["clear"]["safety"]["about"], found["possible"]["safety"]["about"]) == ("self", "other")
    model = found["model only"]["safety"]
    assert (model["level"], model["kind"], model["rule"]) == ("possible", "general", "intent")
    gated_cases = (
        "model only, ruled out",
        "model only, no cue",
        "model only, short",
        "model only, fairly sure",
    )
    for gated in gated_cases:
        assert (found[gated]["intent"], found[gated]["safety"]) == ("share_concern", None), gated
    assert (found["nothing"]["intent"], found["nothing"]["safety"]) == ("inform", None)


def test_the_actions_send_what_was_found_and_never_leave_the_forms_question_answered(
    in_bot_env: dict,
) -> None:
    found = in_bot_env["actions"]
    asked = found["reply, possible"]
    assert asked["sent"][0][0] == "/internal/safety/flags"
    assert (asked["sent"][0][1]["certainty"], asked["sent"][0][1]["about"]) == ("possible", "other")
    assert found["reply, API down"]["sent"][0][1]["about"] == "self"
    assert asked["said"] == ["Are you having thoughts?"]
    assert asked["slots"] == {
        "postcode": None,
        "safety_question": "suicide_or_self_harm",
        "safety_question_asked": 1,
        "safety_question_about": "other",
        "safety_asked_kinds": ["suicide_or_self_harm"],
    }
    later = found["reply, possible, another kind asked before"]["slots"]["safety_asked_kinds"]
    assert later == ["harm_or_abuse", "suicide_or_self_harm"]
    again = found["answer, unclear"]
    assert again["sent"][0][0] == "/internal/safety/answer"
    assert (again["sent"][0][1]["text"], again["sent"][0][1]["asked"]) == ("sometimes", 1)
    assert again["slots"] == {
        "postcode": None,
        "safety_question": "suicide_or_self_harm",
        "safety_question_asked": 2,
        "safety_question_about": "self",
        "safety_asked_kinds": ["suicide_or_self_harm"],
    }
    # asked about someone else, an unclear answer has it asked about them again, and it stays so
    about_them = found["answer, unclear, asked about someone else"]
    assert about_them["sent"][0][1]["asked_about"] == "other"
    assert about_them["slots"]["safety_question_about"] == "other"
    risk = found["answer with a clear risk"]
    assert (risk["sent"][0][1]["clear"], risk["sent"][0][1]["excerpt"]) == (["harm_or_abuse"], "hits me")
    assert risk["slots"]["safety_question"] is None
    # whose risk the answer's words are goes with it, for the wording of a question it leads to
    assert found["answer about someone else"]["sent"][0][1]["about"] == "other"
    assert found["answer, unclear"]["sent"][0][1]["about"] == "self"


def test_with_the_api_down_the_person_still_gets_help_and_no_question_is_left_waiting(
    in_bot_env: dict,
) -> None:
    found = in_bot_env["actions"]
    abuse = found["reply, API down"]
    assert "999" in abuse["said"][0] and "0808 2000 247" in abuse["said"][0]
    answer = found["answer, API down"]
    assert "116 123" in answer["said"][0] and "SHOUT to 85258" in answer["said"][0]
    for turn in (abuse, answer):
        assert turn["slots"] == {
            "postcode": None,
            "safety_question": None,
            "safety_question_asked": None,
            "safety_question_about": None,
        }
