"""What the twenty-fourth blind set of people showed (issue #13), in other words than theirs: two ages in
one answer ("68, my wife is 65"), a role number taken back in the same breath ("3, sorry, I mean 2"),
scores given with what each is for ("sleep 4, pain 9"), and "the waiting" as the worry that matters
most."""

from __future__ import annotations

import pytest

from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Concern, Referral


def _age(text: str, role: str) -> int | None:
    fields, _ = READERS["age"](text, Referral(referrer_role=role), get_content())
    return fields.get("age")


@pytest.mark.parametrize(
    ("text", "role", "age"),
    [
        ("68, my wife is 65", "carer_for_self", 68),
        ("33. dad is 70", "carer_for_self", 33),
        ("51 (Tom's 55)", "self", 51),
        ("19, mum's 44", "carer_for_self", 19),
        ("I'm 39 and he's 41", "carer_for_self", 39),
        ("58. wife 60", "carer_for_self", 58),
        ("77. I'm 49 myself", "on_behalf", 77),
        ("she's 81, I'm 50", "on_behalf", 81),
        ("grandad is 90, I'm 30", "on_behalf", 90),
    ],
)
def test_of_two_ages_the_one_of_whom_the_support_is_for(text: str, role: str, age: int) -> None:
    assert _age(text, role) == age


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm 38 with 3 kids", "on_behalf"),  # the 3 counts children: no age of theirs is given
        ("70 or 71, I forget", "self"),  # two bare numbers: nothing says which
    ],
)
def test_a_count_or_two_bare_numbers_is_not_an_age_picked(text: str, role: str) -> None:
    picked = _age(text, role)
    assert picked not in (3, 71)


def test_an_age_of_someone_else_alone_is_still_asked_again_for_a_carer() -> None:
    fields, problem = READERS["age"](
        "my husband is 72", Referral(referrer_role="carer_for_self"), get_content()
    )
    assert fields == {} and problem == "not_their_age"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("3, sorry, I mean 2, it's me that looks after him", "carer_for_self"),
        ("2. oops I meant 1, I'm the one who has it", "self"),
        ("1 - no wait, not me, it's for my brother, he's got bowel cancer", "on_behalf"),
        ("it's me that has it", "self"),
    ],
)
def test_a_role_number_taken_back_in_the_same_message(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


def test_someone_else_that_has_it_is_still_on_their_behalf() -> None:
    assert parsing.parse_role("for my uncle, that has lung cancer") == "on_behalf"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("sleep 4, pain 9", [("sleep", 4), ("pain", 9)]),
        ("9 for the bills and 3 for my back", [("bills", 9), ("back", 3)]),
        ("tiredness: 6/10, moods 8/10", [("tiredness", 6), ("moods", 8)]),
        ("6 or 7", []),
        ("5 6", []),
    ],
)
def test_scores_given_with_what_each_is_for(text: str, pairs: list[tuple[str, int]]) -> None:
    assert parsing.labelled_scores(text) == pairs


def _scores(text: str, role: str, items: list[str]) -> dict[str, int | None]:
    referral = Referral(referrer_role=role)
    referral.concerns = [Concern(item=item, score=None, in_their_words="as they said it") for item in items]
    fields, problem = READERS["concern_score"](text, referral, get_content())
    assert problem is None
    return {entry["item"]: entry["score"] for entry in fields["concerns"]}


def test_each_labelled_score_goes_to_the_worry_it_names_not_the_order_noted() -> None:
    scores = _scores("sleep 4, pain 9", "self", ["pain", "sleep"])
    assert scores == {"pain": 9, "sleep": 4}


def test_a_misspelt_label_still_finds_its_worry_and_the_rest_wait() -> None:
    scores = _scores(
        "coping 8 the finanses 3", "carer_for_self", ["carer_coping", "sleep", "money_or_finance"]
    )
    assert scores == {"carer_coping": 8, "sleep": None, "money_or_finance": 3}


def test_scores_for_a_time_of_day_are_one_score_not_labels() -> None:
    scores = _scores("8 at night, 4 in the day", "self", ["pain", "sleep"])
    assert scores == {"pain": 8, "sleep": None}


@pytest.mark.parametrize(
    "text", ["the waiting", "Just the wait for the scan results", "waiting on my results"]
)
def test_the_wait_for_news_is_the_worry_that_matters_most(text: str) -> None:
    referral = Referral(referrer_role="self")
    referral.concerns = [
        Concern(item=item, score=6, in_their_words="as they said it")
        for item in ("work_or_education", "worry_fear_or_anxiety")
    ]
    fields, problem = READERS["main_concern"](text, referral, get_content())
    assert problem is None and fields["main_concern"] == "worry_fear_or_anxiety"
