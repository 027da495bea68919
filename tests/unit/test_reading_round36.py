"""Readers from round 36's first run of blind people, each tested in other words than theirs."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.content import get_content
from frontdoor.intake.parsing import parse_age, read_privacy_answer
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Concern, Referral
from tests.helpers import assert_concerns_read


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("16, I'm in year 11", 16),
        ("im 17 and in S6", 17),
        ("yr 13, I'm 18", 18),
        ("I'm 17 years old", 17),
    ],
)
def test_a_school_year_is_not_an_age(text: str, age: int) -> None:
    """A 17-year-old who wrote "17, I'm in year 12" was asked twice and then not asked at all."""
    assert parse_age(text) == age


@pytest.mark.parametrize(
    ("role", "text", "present", "absent"),
    [
        ("self", "I can never keep on tap o the hoose", "housework_and_shopping", None),
        ("self", "my laddie's got his exams and I don't want him worrying about me", "children", None),
        ("self", "I keep losing weight", "eating_or_appetite", None),
        ("on_behalf", "dad's on his own in the house all day", "loneliness_or_isolation", None),
        ("self", "the parking alone costs a fortune", None, "loneliness_or_isolation"),
        ("self", "it's in the back of my mind all the time", None, "bladder_or_bowels"),
        ("self", "I left school at fifteen", None, "children"),
        ("self", "I go and sit in the car so she doesn't see me cry", None, "transport_or_parking"),
        ("self", "the bathroom is shared and the toilet is shared too", "housing", "bladder_or_bowels"),
        ("carer_for_self", "I've lost a stone myself with the stress", None, "eating_or_appetite"),
        # Concerns round 17, in other words: frontdoor.checklist.other_words
        ("on_behalf", "she's lost her hair and it really gets her down", "sadness_or_depression", None),
        ("self", "I've gone off everything I used to love doing", "sadness_or_depression", None),
        ("self", "the food tastes of cardboard, I've gone off everything", None, "sadness_or_depression"),
        ("self", "sometimes I feel like the only one going through it", "loneliness_or_isolation", None),
        ("self", "I can't face telling my dad, he's 90", "relationships", None),
        ("self", "I keep losing my words when I'm talking", "memory_or_concentration", None),
        ("self", "the cold gets on my chest", "breathing", None),
        ("self", "the smell of food makes me heave", "eating_or_appetite", None),
        ("on_behalf", "her kitchen is manky, she can't keep up", "housework_and_shopping", None),
        ("self", "I had to defer my final year at college", "work_or_education", None),
        ("self", "I can't put my jumper on without help", "washing_and_dressing", None),
        ("self", "my scalp is sore and bald in patches", "skin_or_appearance", None),
        ("self", "my mouth stings like mad when I eat", "pain", None),
        ("carer_for_self", "I had a heart attack last year myself", "carer_own_health", None),
        ("carer_for_self", "I haven't had a break in two years", "carer_coping", None),
        ("self", "she has to feed me like a baby", None, "children"),
        ("self", "the hedge is up to the waist and I can't cut it", None, "walking_or_moving"),
        ("self", "I can barely hobble to the bathroom", None, "bladder_or_bowels"),
        ("self", "I need to get my will done before it's too late", "end_of_life_wishes", None),
        ("carer_for_self", "my own ticker's playing up", "carer_own_health", None),
        ("self", "his moaning is doing my heid in", None, "memory_or_concentration"),
        ("self", "I'd love to go back up to the allotment", None, "bladder_or_bowels"),
        ("self", "I'm no use at paperwork", None, "meaning_or_purpose"),
    ],
)
def test_concerns_in_their_own_words(
    checklist: Checklist, role: str, text: str, present: str | None, absent: str | None
) -> None:
    assert_concerns_read(checklist, role, text, present, absent)


def test_the_one_score_naming_no_worry_answers_the_worry_asked() -> None:
    """R35035, asked how much "not enough information" worried him, wrote "not knowing 6, puffed out 5,
    the wife 8": only the breathlessness was scored, and the same question came back. Now the wife is
    the caring, and the score whose words name no worry is the answer to the question asked."""
    referral = Referral(referrer_role="self")
    items = ["information_needs", "breathing", "worry_fear_or_anxiety", "caring_responsibilities"]
    referral.concerns = [Concern(item=item, score=None, in_their_words="as they said it") for item in items]
    fields, problem = READERS["concern_score"](
        "the not knowing 7, breath 4, my mum 9", referral, get_content()
    )
    assert problem is None
    assert {e["item"]: e["score"] for e in fields["concerns"]} == {
        "information_needs": 7,
        "breathing": 4,
        "worry_fear_or_anxiety": None,
        "caring_responsibilities": 9,
    }


@pytest.mark.parametrize(
    ("text", "agreed"), [("eh thats fine", True), ("erm, that's ok", True), ("eh?", None)]
)
def test_a_breath_before_a_yes_to_sharing(text: str, agreed: bool | None) -> None:
    """R37032 answered the privacy question "eh thats fine" twice, was told nothing would be kept, and
    the conversation ended."""
    assert read_privacy_answer(text)[0] is agreed
