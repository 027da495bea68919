"""What the eleventh blind set of people showed (issue #13), in other words than theirs: a question back
in text-speak when told an answer means the service cannot help, and an age named at the read-back that
is already the one read back."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral

UNDER_AGE = [{"rule": "age", "passed": False}]


@pytest.mark.parametrize("text", ["wot happens now", "whit dae a dae noo", "wen can i get help then"])
def test_a_question_back_at_is_that_right_takes_it_in(text: str) -> None:
    referral = Referral(age=16, eligibility_checks=UNDER_AGE)
    confirmed = ({"eligibility_confirmed": True}, None)
    assert READERS["eligibility_check"](text, referral, get_content()) == confirmed


def test_a_no_at_is_that_right_still_asks_again() -> None:
    referral = Referral(age=16, eligibility_checks=UNDER_AGE)
    fields, problem = READERS["eligibility_check"]("no", referral, get_content())
    assert problem == "change:age" and fields["age"] is None


@pytest.mark.parametrize(
    "text",
    ["My age is wrong, I am 81 not 18. Otherwise yes", "age wrong, im 81. apart from that its all fine"],
)
def test_an_age_named_at_the_read_back_that_is_already_kept_sends_it(text: str) -> None:
    referral = Referral(age=81)
    assert READERS["review_confirm"](text, referral, get_content()) == ({}, None)


def test_an_age_named_at_the_read_back_that_is_already_kept_is_not_asked_again() -> None:
    referral = Referral(age=81)
    assert READERS["review_confirm"]("my age is wrong, I am 81", referral, get_content()) == (
        {},
        "not_confirmed_again",
    )


def test_a_new_age_at_the_read_back_changes_it() -> None:
    referral = Referral(age=18)
    fields, problem = READERS["review_confirm"]("My age is wrong, I am 81 not 18", referral, get_content())
    assert problem == "changed:age" and fields["age"] == 81


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # Who it is for, said first, then that they care for them: for the other person.
        ("for my mam, I'm the one that looks after her", "on_behalf"),
        ("Its for my partner. i am his carer", "on_behalf"),
        ("me nan, am her carer", "on_behalf"),
        # For the carer themselves, said as plainly.
        ("for me, I look after my mam", "carer_for_self"),
        ("I look after my partner", "carer_for_self"),
    ],
)
def test_who_it_is_for_said_first_beside_caring(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    "text", ["Is there any help for me then? I'm out of my mind with worry", "can I get support"]
)
def test_asking_for_help_for_themselves_is_a_yes_to_carer_support(text: str) -> None:
    fields, problem = READERS["carer_support_wanted"](text, Referral(), get_content())
    assert problem is None and fields["carer_support_wanted"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Well they did a biopsy and it came back as a lipoma, not cancer. I still worry though",
        "the consultant says it isn't cancer, just a fatty lump",
    ],
)
def test_a_cancer_ruled_out_without_a_leading_no_is_no_diagnosis(text: str) -> None:
    assert parsing.parse_has_diagnosis(text) == "no"


def test_ruled_out_for_now_while_still_waiting_is_still_waiting() -> None:
    assert parsing.parse_has_diagnosis("not cancer so far, they're still waiting on the biopsy") == "awaiting"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("maggies at the royal", "information_centre"),
        ("the sensory impairment centre", "voluntary_organisation"),
        ("a lady at my knitting group", "voluntary_organisation"),
        ("saw it on instagram", "leaflet_or_website"),
        ("the chemo unit told me", "hospital"),
        ("the oncology day unit", "hospital"),
        ("the medical centre", "gp"),
    ],
)
def test_where_they_heard_of_us_in_their_own_words(text: str, source: str) -> None:
    assert parsing.parse_referral_source(text) == source


@pytest.mark.parametrize("text", ["for me. i care my wife", "me, my mam has it"])
def test_for_me_first_beside_someone_with_cancer_is_a_carer(text: str) -> None:
    assert parsing.parse_role(text) == "carer_for_self"


@pytest.mark.parametrize("text", ["somebody to talk to really", "help with managing it all at home"])
def test_the_support_wanted_described_is_a_yes_to_carer_support(text: str) -> None:
    fields, problem = READERS["carer_support_wanted"](text, Referral(), get_content())
    assert problem is None and fields["carer_support_wanted"] is True


# Round 12 (blind): a skin cancer named twice as basal cell, then "my wife says i should still ask" at
# "You said it is a non-melanoma skin cancer. Is that right?", went round the same two questions five
# times (R12023). Words that dispute nothing are the answer kept; a "no" or a new answer still counts.
@pytest.mark.parametrize(
    ("rule", "answers", "text"),
    [
        ("excluded_cancer", {"has_diagnosis": "yes", "skin_cancer_kind": "non_melanoma"},
         "my wife says i should still ask"),
        ("diagnosis", {"has_diagnosis": "no"}, "the GP sent me here to ask anyway"),
    ],
)  # fmt: skip
def test_words_that_dispute_nothing_keep_the_answer_given(rule: str, answers: dict, text: str) -> None:
    checks = [{"rule": rule, "passed": False}]
    referral = Referral(referrer_role="self", eligibility_checks=checks, **answers)
    assert READERS["eligibility_check"](text, referral, get_content()) == (
        {"eligibility_confirmed": True},
        None,
    )


@pytest.mark.parametrize("text", ["no it is a melanoma actually", "that's wrong", "hmm"])
def test_a_dispute_or_a_bare_murmur_still_asks_again(text: str) -> None:
    checks = [{"rule": "excluded_cancer", "passed": False}]
    referral = Referral(referrer_role="self", eligibility_checks=checks, has_diagnosis="yes",
                        skin_cancer_kind="non_melanoma")  # fmt: skip
    fields, problem = READERS["eligibility_check"](text, referral, get_content())
    assert fields == {"skin_cancer_kind": "melanoma"} or problem == "change:skin_cancer_kind"


@pytest.mark.parametrize("text", ["I suppose so", "go on then", "i guess so", "oh go on", "if you must"])
def test_a_grudging_yes_is_a_yes(text: str) -> None:
    assert parsing.agrees(text) is True


@pytest.mark.parametrize("text", ["I suppose not", "go on what?", "i don't think so"])
def test_a_grudging_no_or_a_question_is_not(text: str) -> None:
    assert parsing.agrees(text) is not True


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # R12014: he has prostate cancer; his wife has dementia, so the support is his own as the patient.
        ("It is for me. I should mention that I also look after my wife, who has dementia.", "self"),
        ("I look after my mum who has dementia and cancer, its for me", "carer_for_self"),
        ("its fur me, am lookin eftir bill", "carer_for_self"),  # R12026, Scots
    ],
)
def test_who_the_support_is_for_round12(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


def test_a_question_back_twice_at_carer_support_is_not_a_yes() -> None:
    """R12033's dad had not agreed; asked whether she wanted support herself, she asked twice "Can't you
    just ring him and see?" and was signed up as a carer. Words that are not a question still say yes."""
    from frontdoor.intake.readers import read_answer

    referral = Referral(referrer_role="on_behalf", on_behalf_agreed=False)
    asked = read_answer("carer_support_wanted", "Can't you just ring him and see?", referral, get_content(),
                        retry=True)  # fmt: skip
    assert asked[0].get("carer_support_wanted") is False
    said = read_answer("carer_support_wanted", "erm dunno really", referral, get_content(), retry=True)
    assert said[0].get("carer_support_wanted") is True


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("its a melonoma on my cheek, the bad kind not the other one they said", "melanoma"),  # R12015
        ("malenoma", "melanoma"),
        ("its not a melonoma", "non_melanoma"),
        ("basal cell carcinoma, the dermatologist called it a rodent ulcer", "non_melanoma"),
    ],
)
def test_melanoma_as_it_is_typed(text: str, kind: str) -> None:
    assert parsing.parse_skin_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "na. cant talk proper since the op so texts or face to face where i can write stuff down",  # R12019
        "no interpreter, but I can't talk well after the surgery",
    ],
)
def test_speech_lost_after_an_operation_is_an_access_need(text: str) -> None:
    fields, problem = READERS["support_needs"](text, Referral(referrer_role="self"), get_content())
    assert problem is None and fields["access_needs"] and fields["interpreter_needed"] is False


def test_a_plain_no_is_still_no_need() -> None:
    fields, _ = READERS["support_needs"]("na thanks", Referral(referrer_role="self"), get_content())
    assert fields["access_needs"] is None and fields["interpreter_needed"] is False
