"""The one aftercare question: local help while they wait and the outcome surveys, one answer, two
consents; asked only of someone the worker may text; read back, and changed at the read-back."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.content import get_content
from frontdoor.intake.readers import READERS, read_answer
from frontdoor.intake.review import field_to_change, summary
from frontdoor.referrals.models import Referral
from frontdoor.referrals.questions import plan

BOTH, HELP_ONLY, SURVEYS_ONLY, NEITHER = (True, True), (True, False), (False, True), (False, False)


def ready(**fields: object) -> Referral:
    """An eligible referral with everything before the aftercare question answered."""
    base: dict[str, object] = {
        "eligible": True,
        "referrer_role": "self",
        "has_diagnosis": "yes",
        "phone": "+447700900123",
        "channel": "web",
    }
    return Referral(**(base | fields))


def consents(text: str, referral: Referral | None = None) -> tuple[bool, bool] | str:
    fields, problem = read_answer("aftercare_consent", text, referral or ready(), get_content())
    if problem is not None:
        return problem
    return fields["offer_local_help"], fields["survey_consent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", BOTH),
        ("2", HELP_ONLY),
        ("3", SURVEYS_ONLY),
        ("4", NEITHER),
        ("option 2", HELP_ONLY),
        ("yes", BOTH),
        ("Yes please", BOTH),
        ("yes that would really help", BOTH),
        ("both please", BOTH),
        ("go on then", BOTH),
        ("no", NEITHER),
        ("no thanks", NEITHER),
        ("I'm fine thanks", NEITHER),
        ("no to both", NEITHER),
        ("neither", NEITHER),
        ("HELP ONLY", HELP_ONLY),
        ("just the help", HELP_ONLY),
        ("no surveys", HELP_ONLY),
        ("skip the surveys", HELP_ONLY),
        ("help but no surveys", HELP_ONLY),
        ("yes to the help, no to the survey", HELP_ONLY),
        ("not both, just the help", HELP_ONLY),
        ("just the survey", SURVEYS_ONLY),
        ("I don't mind the surveys", SURVEYS_ONLY),
        ("no help, just the surveys", SURVEYS_ONLY),
        ("the survey is fine but I don't need help", SURVEYS_ONLY),
        ("yes but no help", SURVEYS_ONLY),
        ("I don't need any help", NEITHER),
    ],
)
def test_one_answer_sets_both_consents(text: str, expected: tuple[bool, bool]) -> None:
    assert consents(text) == expected


def test_what_cannot_be_read_is_asked_again_then_left_as_no() -> None:
    assert consents("purple") == "not_an_aftercare_answer"
    fields, problem = read_answer("aftercare_consent", "purple", ready(), get_content(), retry=True)
    assert problem is None and fields == {}  # never a third time; both stay unset, so no


def test_a_change_keeps_what_it_does_not_mention() -> None:
    answered = ready(offer_local_help=False, survey_consent=True)
    assert consents("just the help", answered) == (True, True)
    assert consents("no surveys", answered) == NEITHER
    assert consents("4", answered) == NEITHER


@pytest.mark.parametrize(
    ("fields", "asked"),
    [
        ({}, True),
        ({"channel": "sms"}, True),
        ({"consent_sms": False}, False),
        ({"preferred_contact": "phone"}, False),
        ({"preferred_contact": "email"}, False),
        ({"preferred_contact": "phone", "consent_sms": True}, True),
        ({"preferred_contact": "phone", "channel": "sms"}, True),  # texting us themselves
        ({"phone": "+441382900123"}, False),  # a landline: nothing could be texted
        ({"phone": None}, False),
    ],
)
def test_asked_only_of_someone_who_may_be_texted(fields: dict[str, object], asked: bool) -> None:
    questions = plan(ready(**fields), skin_follow_up=False)
    assert ("aftercare_consent" in questions) is asked
    assert questions[-1] == "review_confirm"
    if asked:
        assert questions[-3:] == ["referral_source", "aftercare_consent", "review_confirm"]


def test_not_asked_of_someone_turned_away() -> None:
    assert plan(ready(eligible=False), skin_follow_up=False) == ["eligibility_check"]


def test_the_read_back_says_what_they_chose() -> None:
    assert summary(ready()) == "Phone: 07700 900123."
    assert summary(ready(offer_local_help=True, survey_consent=True)).endswith("Local help and surveys: yes.")
    assert summary(ready(offer_local_help=True, survey_consent=False)).endswith(
        "Local help: yes. Surveys: no."
    )


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "no surveys please",
            ("changed:aftercare_consent", {"offer_local_help": True, "survey_consent": False}),
        ),
        ("change the survey answer", ("change:aftercare_consent", {})),
    ],
)
def test_changed_at_the_read_back(text: str, outcome: tuple[str, dict[str, bool]]) -> None:
    referral = ready(offer_local_help=True, survey_consent=True)
    assert field_to_change(text) == "aftercare_consent"
    fields, problem = READERS["review_confirm"](text, referral, get_content())
    assert (problem, fields) == outcome
