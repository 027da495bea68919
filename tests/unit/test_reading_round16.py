"""What the sixteenth blind set of people showed (issue #13), in other words than theirs: an answer to
"who is this support for?" that gives the option's number beside words ("me mate, 1", where "mate" is a
word for the reader, not "my mate"); hair that is falling, which is how a person looks, not a fall; and
answers that were asked again for nothing: "this" (or "ths number") for the number texting us, "actually
yes, I could do with some help" to support as a carer, treatment told by how often it comes, a support
worker who told them about us."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.checklist.definition import Checklist
from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import read_answer
from frontdoor.referrals.models import Referral
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("me mate, 1", "self"),
        ("me pal. 1", "self"),
        ("1 - me", "self"),
        ("1 its me love", "self"),
        ("2, I look after my dad", "carer_for_self"),
        ("3 for my nan", "on_behalf"),
        ("for me da, 3", "on_behalf"),
    ],
)
def test_the_options_number_beside_words_that_agree_or_say_nothing_clear(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize("text", ["my brother, 1", "1, my husband has it"])
def test_a_number_against_the_words_is_asked_again(text: str) -> None:
    assert parsing.parse_role(text) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [("me mate has got bowel cancer", "on_behalf"), ("it's for me mate", "on_behalf"), ("me", "self")],
)
def test_without_a_number_me_mate_is_still_my_mate(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "i am very tired. hair falling. and money",
        "my hair is falling, I hate the mirror",
        "hair keeps falling on the pillow",
    ],
)
def test_hair_falling_is_appearance_not_a_fall(checklist: Checklist, text: str) -> None:
    items = found(checklist, text)
    assert "skin_or_appearance" in items and "walking_or_moving" not in items


def test_a_fall_beside_hair_falling_is_both(checklist: Checklist) -> None:
    assert {"skin_or_appearance", "walking_or_moving"} <= found(
        checklist, "my hair keeps falling and I keep falling over in the kitchen"
    )


@pytest.mark.parametrize(
    "text", ["this", "ths one", "dis number", "this no please", "this 1 love", "this mobile"]
)
def test_this_in_a_hurry_is_the_number_texting_us(text: str) -> None:
    assert parsing.means_same_number(text)


@pytest.mark.parametrize("text", ["not this one, my landline", "this is my wife's phone", "07700 900123"])
def test_another_number_is_not_this_one(text: str) -> None:
    assert not parsing.means_same_number(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Actually yes, I could do with a bit of support", True),
        ("well yes, go on", True),
        ("hmm, I could do with someone to lean on", True),
        ("actually no, it's her that needs it", False),
    ],
)
def test_a_carers_answer_after_a_word_to_begin_with(text: str, wanted: bool) -> None:
    referral = Referral(referrer_role="on_behalf", on_behalf_agreed=False)
    fields, problem = read_answer("carer_support_wanted", text, referral, get_content())
    assert problem is None and fields["carer_support_wanted"] is wanted


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("they give me the bcg into the bladder", "in_treatment"),
        ("I go in every week for the medicine in my line", "in_treatment"),
        ("weekly injections still", "in_treatment"),
        ("all finished now, I just see the consultant every month", "finished_treatment"),
    ],
)
def test_treatment_told_by_how_often_it_comes(text: str, stage: str) -> None:
    assert parsing.parse_stage(text) == stage


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("my key worker at the housing", "voluntary_organisation"),
        ("the nurse told me about you", "cancer_nurse_specialist"),
    ],
)
def test_a_worker_who_told_them(text: str, source: str) -> None:
    assert parsing.parse_referral_source(text) == source
