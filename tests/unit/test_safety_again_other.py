"""Asked once more about someone else: when the direct question was about another person ("Are they
having thoughts of ending their life?") and the answer was unclear, the repeat asks about them
("again_other"), not "Are you ...", with the same numbers as the kind's "again"."""

from __future__ import annotations

import copy
import re

import pytest
import yaml
from pydantic import ValidationError

from frontdoor.content import load_content
from frontdoor.content_files import DEFAULT_CONTENT_DIR
from frontdoor.safety.direct_question import decide, question_for
from frontdoor.safety.messages import DIRECT_QUESTION_NUMBERS, SafetyContent
from frontdoor.sms.gsm import is_gsm7, segment_count

CONTENT = load_content(DEFAULT_CONTENT_DIR)
RAW = yaml.safe_load((DEFAULT_CONTENT_DIR / "safety.yml").read_text(encoding="utf-8"))
KINDS = ("suicide_or_self_harm", "medical_emergency", "treatment_side_effect", "harm_or_abuse", "general")
NUMBERS = re.compile(r"\b\d{3}\b|\d{3,4} \d{3} \d{2,4}(?: \d{2})?|SHOUT to \d+|NHS 111|Samaritans")


def test_an_unclear_answer_about_someone_else_is_asked_again_about_them() -> None:
    for kind in KINDS:
        about_them = decide(kind, 1, "why are you asking that", [], [], asked_about="other")
        assert (about_them.outcome, about_them.asked, about_them.wording) == ("again", 2, "again_other")
        about_me = decide(kind, 1, "what do you mean", [], [])
        assert (about_me.outcome, about_me.wording) == ("again", "again")


def test_the_question_asked_again_is_about_whom_it_first_asked_not_whom_the_answer_names() -> None:
    """ "What do you mean?" raises nothing, so its own words are the writer's: the question about
    someone else is still asked about them."""
    unclear = decide("suicide_or_self_harm", 1, "what do you mean", [], [], "self", asked_about="other")
    assert unclear.wording == "again_other"
    about_me = decide("suicide_or_self_harm", 1, "hmm", [], [], "other", asked_about="self")
    assert about_me.wording == "again"


def test_asked_twice_about_someone_else_the_numbers_are_left_as_before() -> None:
    twice = decide("suicide_or_self_harm", 2, "he won't say", [], [], asked_about="other")
    assert (twice.outcome, twice.wording) == ("clear", "unanswered")


def test_which_wording_for_whom() -> None:
    assert [question_for("self"), question_for("other")] == ["ask", "ask_other"]
    assert [question_for("self", again=True), question_for("other", again=True)] == ["again", "again_other"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("site_id", [None, "durham", "dundee"])
def test_again_other_asks_about_them_with_the_numbers_of_again(kind: str, site_id: str | None) -> None:
    site = CONTENT.sites.get(site_id) if site_id else None
    again = CONTENT.safety.direct_question(kind, "again", site)
    again_other = CONTENT.safety.direct_question(kind, "again_other", site)
    assert is_gsm7(again_other) and segment_count(again_other) <= 2 and "{" not in again_other
    assert "YES or NO" in again_other
    question = again_other.split("?")[0]
    assert " you " not in f" {question} " and " your " not in f" {question} ", again_other
    assert " they " in f" {question} " or " them " in f" {question} ", again_other
    assert sorted(NUMBERS.findall(again_other)) == sorted(NUMBERS.findall(again)), again_other


def test_suicide_again_other_names_them_not_the_writer() -> None:
    text = CONTENT.safety.direct_question("suicide_or_self_harm", "again_other", None)
    assert "Are they having thoughts of ending their life" in text
    assert "Are you" not in text


def _refused(change: object) -> str:
    data = copy.deepcopy(RAW)
    change(data["direct_questions"])  # type: ignore[operator]
    with pytest.raises(ValidationError) as caught:
        SafetyContent.model_validate(data)
    return str(caught.value)


def test_again_other_is_checked_at_start_up_like_again() -> None:
    def without_samaritans(q: dict) -> None:
        q["suicide_or_self_harm"]["again_other"] = "Are they thinking of ending their life? Call 999."

    assert "suicide_or_self_harm.again_other: must give Samaritans" in _refused(without_samaritans)

    def without_scotland(q: dict) -> None:
        q["harm_or_abuse"]["again_other"]["scotland"] = "Is anyone hurting them? 999 or 0808 2000 247."

    assert "harm_or_abuse.again_other.scotland: must give 0800 027 1234" in _refused(without_scotland)

    def one_wording_for_abuse(q: dict) -> None:
        q["harm_or_abuse"]["again_other"] = "Is anyone hurting them? 999, 0808 2000 247, 0800 027 1234."

    assert "harm_or_abuse.again_other: must be one wording per nation" in _refused(one_wording_for_abuse)

    def missing(q: dict) -> None:
        del q["medical_emergency"]["again_other"]

    assert "again_other" in _refused(missing)


def test_every_kind_has_again_other() -> None:
    assert set(DIRECT_QUESTION_NUMBERS) == set(KINDS)
    assert all("again_other" in RAW["direct_questions"][kind] for kind in KINDS)
