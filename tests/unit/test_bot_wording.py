"""Every message the bot can send is plain GSM-7 text and fits in two SMS segments once filled in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from frontdoor.content import get_content
from frontdoor.eligibility.rules import _FOR_PERSON
from frontdoor.intake.conversation import OTHER_HELP_SHOWN
from frontdoor.sms.gsm import is_gsm7, segment_count

DOMAIN = Path(__file__).parents[2] / "bot" / "domain"
# Realistic long values for the placeholders, so the check is of what a person would really get.
FILLED = {
    "concern_menu": "1. Body and health\n2. Feelings\n3. Money, home and everyday life\n"
    "4. Family and friends\n5. Faith, beliefs and meaning",
    "current_concern": "getting to appointments or parking",
    "review_summary": "Name: Margaret Robertson. Postcode: DD1 4HN. Age: 67. Phone: 07700 900123. "
    "Worries: Money or finance (8), Housing (6), Tiredness (7). Local help: yes. Surveys: no.",
    "referral_reference": "K7Q-2MX",
    "site_name": "County Durham Macmillan Link Workers",
    "target_days": "10",
    "concerns": "Money or finance, Housing, Tiredness",
    "site_phone": "0131 496 0101",
    "privacy_url": "https://refer.dundeecancersupport.org.uk/privacy",
    "deciding": "it is a non-melanoma skin cancer (like basal cell)",
    "reasons": max(_FOR_PERSON.values(), key=len),
    # the longest help offered, as the API picks it (see frontdoor.intake.conversation.describe)
    "other_help": "; ".join(
        sorted((f"{h.name}: {h.how}" for h in get_content().sites.other_help), key=len, reverse=True)[
            :OTHER_HELP_SHOWN
        ]
    ),
}
RESPONSES = [
    (name, variant["text"])
    for path in sorted(DOMAIN.glob("*.yml"))
    for name, variants in (yaml.safe_load(path.read_text()).get("responses") or {}).items()
    for variant in variants
]


@pytest.mark.parametrize(("name", "text"), RESPONSES, ids=[name for name, _ in RESPONSES])
def test_each_message_is_gsm7_and_at_most_two_segments(name: str, text: str) -> None:
    filled = re.sub(r"\{(\w+)\}", lambda m: FILLED.get(m.group(1), "x" * 20), text)
    assert is_gsm7(filled), name
    assert segment_count(filled) <= 2, (name, len(filled))


def test_the_first_turn_is_at_most_three_text_messages() -> None:
    first_turn = [dict(RESPONSES)["utter_welcome"], dict(RESPONSES)["utter_ask_consent_share"]]
    filled = [re.sub(r"\{(\w+)\}", lambda m: FILLED[m.group(1)], text) for text in first_turn]
    assert sum(segment_count(text) for text in filled) <= 3


def test_what_declining_says_is_kept_matches_the_retention_setting() -> None:
    """Declining consent once said 'we won't keep anything' while the chat was kept for 30 days."""
    from frontdoor.settings import Settings

    declined = dict(RESPONSES)["utter_no_consent"]
    assert f"deleted after {Settings().retention_days} days" in declined
    assert "won't keep anything" not in declined


# Questions that need more than one SMS segment: the privacy notice with its link, the list of
# worries to choose from, and the read-back of every answer. Every other question is one text of one
# segment, so a referral by text stays cheap (issue 15: at most 30 segments to a booked appointment).
LONGER_QUESTIONS = {"utter_ask_consent_share", "utter_ask_concerns_text", "utter_ask_review_confirm"}
# The three ways of meeting most sites offer (a fourth, video, may take a second segment).
MEETING_MENU = "1. Phone call\n2. Home visit\n3. At a local venue"
QUESTIONS = [
    (name, text)
    for name, text in RESPONSES
    if name.startswith("utter_ask_") and name not in LONGER_QUESTIONS and "{concern_menu}" not in text
]


@pytest.mark.parametrize(("name", "text"), QUESTIONS, ids=[name for name, _ in QUESTIONS])
def test_each_other_question_fits_one_sms_segment(name: str, text: str) -> None:
    values = {**FILLED, "meeting_menu": MEETING_MENU}
    filled = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "x" * 20), text)
    assert segment_count(filled) == 1, (name, len(filled))


def test_each_explanation_is_for_a_question_the_referral_form_asks() -> None:
    """``utter_explain_<question>`` is said when someone asks what a question means: a misspelt name
    would never be said, and the plain hint would be given instead."""
    referral = yaml.safe_load((DOMAIN / "referral.yml").read_text())
    questions = set(referral["forms"]["referral_form"]["required_slots"])
    explained = {
        name.removeprefix("utter_explain_") for name, _ in RESPONSES if name.startswith("utter_explain_")
    }
    assert explained and explained <= questions, explained - questions


def test_a_question_about_the_person_is_put_about_them_to_someone_asking_for_them() -> None:
    """Blind person R22033, asking for his mam, was asked which worry "matters most to you"."""
    asked_of = {
        name: variants
        for path in sorted(DOMAIN.glob("*.yml"))
        for name, variants in (yaml.safe_load(path.read_text()).get("responses") or {}).items()
    }
    for name in ("utter_ask_concerns_text", "utter_ask_main_concern", "utter_ask_distress_score"):
        for_them = [v for v in asked_of[name] if {"name": "speaking_to", "type": "slot", "value": "other"}
                    in v.get("condition", [])]  # fmt: skip
        assert for_them and re.search(r"\b(?:them|they)\b", for_them[0]["text"]), name
