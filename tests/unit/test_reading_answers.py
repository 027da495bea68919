"""Reading what people type: choices, numbers, scores, concerns in their own words, cancer types."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontdoor.checklist.matching import match_concerns, pick_numbered
from frontdoor.content import load_content
from frontdoor.content_files import DEFAULT_CONTENT_DIR
from frontdoor.eligibility.cancer_types import match_cancer_type
from frontdoor.intake import parsing

CONTENT = load_content(DEFAULT_CONTENT_DIR)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("7", 7),
        ("seven", 7),
        ("7/10", 7),
        ("about a 7", 7),
        ("7 out of 10", 7),
        ("0", 0),
        ("ten", 10),
        ("really bad", None),
        ("11", None),
        ("", None),
    ],
)
def test_scores(text: str, score: int | None) -> None:
    assert parsing.parse_score(text) == score


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("67", 67),
        ("I'm 67", 67),
        ("sixty seven", 67),
        ("67 years old", 67),
        ("eighty", 80),
        ("0", None),
        ("150", None),
        ("12/03/1958", None),
        ("old enough", None),
    ],
)
def test_ages(text: str, age: int | None) -> None:
    assert parsing.parse_age(text) == age


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("1", "self"),
        ("2", "carer_for_self"),
        ("3", "on_behalf"),
        ("it's for me", "self"),
        ("meself", "self"),  # blind person R8023 (Durham); "masel" in Scots, "missen" in Yorkshire
        ("just masel", "self"),
        ("I'm a carer", "carer_for_self"),
        ("it's for my mum", "on_behalf"),
        ("banana", None),
    ],
)
def test_roles(text: str, role: str | None) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("yes", True),
        ("Yeah she knows", True),
        ("aye", True),
        ("no", False),
        ("nope not yet", False),
        ("maybe", None),
    ],
)
def test_yes_no(text: str, answer: bool | None) -> None:
    assert parsing.parse_yes_no(text) is answer


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("3", "in_treatment"),
        ("having chemo", "in_treatment"),
        ("finished last year", "finished_treatment"),
        ("palliative", "end_of_life"),
        ("not sure", "unknown"),
    ],
)
def test_stages(text: str, stage: str) -> None:
    assert parsing.parse_stage(text) == stage


def test_skin_kind_reads_non_melanoma_before_melanoma() -> None:
    assert parsing.parse_skin_kind("non melanoma") == "non_melanoma"
    assert parsing.parse_skin_kind("it was a melanoma") == "melanoma"
    assert parsing.parse_skin_kind("2") == "non_melanoma"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("can't pay the rent and I'm shattered", ["money_or_finance", "housing", "tiredness_or_fatigue"]),
        ("cant sleep, worried sick about money", ["sleep", "worry_fear_or_anxiety", "money_or_finance"]),
        ("off my food and knackered", ["eating_or_appetite", "tiredness_or_fatigue"]),
        ("hello there", []),
    ],
)
def test_concerns_in_their_own_words(text: str, items: list[str]) -> None:
    assert match_concerns(text, CONTENT.checklist) == items


def test_carer_items_only_for_carers() -> None:
    assert "carer_coping" in match_concerns("I need a break from caring", CONTENT.checklist, "carer_for_self")
    assert "carer_coping" not in match_concerns("I need a break", CONTENT.checklist, "self")


def test_numbered_common_concerns() -> None:
    assert pick_numbered("1 and 4", CONTENT.checklist.common_items()) == [
        "money_or_finance",
        "worry_fear_or_anxiety",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lung", ("lung", None)),
        ("basal cell", ("skin", "non_melanoma")),
        ("malignant melanoma", ("skin", "melanoma")),
        ("skin cancer", ("skin", None)),
        ("leukaemia", ("blood", None)),
        ("bowl cancer", ("bowel", None)),
    ],
)
def test_cancer_types(text: str, expected: tuple[str, str | None]) -> None:
    found = match_cancer_type(text, CONTENT.cancer_types)
    assert (found.type_id, found.skin_cancer_kind) == expected
    assert match_cancer_type("no idea", CONTENT.cancer_types) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", ("phone", None)),
        ("2", ("sms", None)),
        ("call me in the mornings", ("phone", "call me in the mornings")),
        ("text is best", ("sms", None)),
        ("texts, not before 10am", ("sms", "texts, not before 10am")),
        ("afternoons", (None, "afternoons")),
        ("whenever", (None, "whenever")),
        ("bananas", None),
    ],
)
def test_contact_preferences(text: str, expected: tuple[str | None, str | None] | None) -> None:
    assert parsing.parse_contact_preference(text) == expected


TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("12/03/1958", date(1958, 3, 12)),
        ("12.3.58", date(1958, 3, 12)),
        ("1958-03-12", date(1958, 3, 12)),
        ("born on the 3rd of June 1949", date(1949, 6, 3)),
        ("12 March 1958", date(1958, 3, 12)),
        ("31/02/1958", None),
        ("12/03/2030", None),
        ("01/01/1890", None),
        ("67", None),
    ],
)
def test_dates_of_birth(text: str, born: date | None) -> None:
    assert parsing.parse_date_of_birth(text, TODAY) == born


@given(st.dates(min_value=date(1907, 1, 1), max_value=date(2026, 11, 23)))
def test_any_plausible_date_of_birth_reads_back_with_its_age(born: date) -> None:
    parsed = parsing.parse_date_of_birth(born.strftime("%d/%m/%Y"), TODAY)
    assert parsed == born
    age = parsing.age_on(born, TODAY)
    assert 0 <= age <= 120


@given(st.text(max_size=40))
def test_nothing_typed_breaks_the_date_reader(text: str) -> None:
    parsed = parsing.parse_date_of_birth(text, TODAY)
    assert parsed is None or date(1906, 1, 1) <= parsed < TODAY


@pytest.mark.parametrize("text", ["more", "MORE", "full list", "something else", "none of these"])
def test_asking_to_browse(text: str) -> None:
    assert parsing.wants_to_browse(text)
    assert not parsing.wants_to_browse("money")


def test_every_category_has_a_plain_label_and_items() -> None:
    for category, label in CONTENT.checklist.categories.items():
        assert label
        assert CONTENT.checklist.in_category(category, "self")


@pytest.mark.parametrize("said", ["why aye", "Whey aye man", "way aye pet, gan on", "wayaye"])
def test_tyneside_why_aye_is_a_yes_at_the_privacy_question_never_a_question(said: str) -> None:
    """Blind person R8023 answered "why aye" three times and was told who sees the record each time."""
    assert parsing.read_privacy_answer(said) == (True, False)


@pytest.mark.parametrize("said", ["why?", "why do you need to keep it"])
def test_why_on_its_own_is_still_a_question_at_the_privacy_question(said: str) -> None:
    assert parsing.read_privacy_answer(said) == (None, True)


@pytest.mark.parametrize(
    ("field", "said", "first", "taken"),
    [
        ("postcode", "put it in me first text", "hi its sandra from KY1 2AB, 59, breast cancer", "KY1 2AB"),
        ("age", "as i say, at the start", "hi its sandra from KY1 2AB, 59, breast cancer", "59"),
        ("age", "I gave it already", "Born 04/11/1950, Coventry, prostate", "04/11/1950"),
        ("age", "already said", "I'm 58 and my wife is 61", "58"),
        ("age", "as I said", "two kids, 12 and 15, and I am in Fife", None),  # no number could be an age
        ("age", "as I said", "I'm Jim, 66, and I had it for 20 years", None),  # two could: asked again
        ("age", "67", "Douglas, 75, DD5 2QL", None),  # an answer, not pointing back
    ],
)
def test_an_answer_pointing_back_is_looked_for_in_the_first_message(
    field: str, said: str, first: str, taken: str | None
) -> None:
    from frontdoor.intake.extras import said_earlier

    assert said_earlier(field, said, first) == taken


@pytest.mark.parametrize(
    ("said", "age"),
    [
        ("but am 18 next week can i no just sign up now", 17),  # blind person R8031, at "you said 17"
        ("I'll be 18 on the 2nd", 17),
        ("turning seventy in the spring", 69),
        ("65, 66 next month", 65),
        ("SIXTY NINE. THE OLD ONE WAS WRONG, NEW ONE IS KY1 1AA", 69),  # blind person R8019, in other words
        ("one of those days! 58", 58),
        ("sixty one", 61),
        ("I turned 60 last week", 60),
        ("I'm 67 in Dundee", 67),
    ],
)
def test_an_age_still_to_come_is_a_year_less_and_one_as_a_word_is_no_number(said: str, age: int) -> None:
    assert parsing.parse_age(said) == age


@pytest.mark.parametrize("said", ["the wife saw a poster at the doctors", "down the docs", "the doctor's"])
def test_the_doctors_in_every_spelling_is_the_gp(said: str) -> None:
    """Blind person R8023's "me lass seen it at the doctors" was not understood, twice."""
    assert parsing.parse_referral_source(said) == "gp"


@pytest.mark.parametrize(
    "said", ["I consent.", "yes, I give my consent", "I accept", "ar thats fine", "arr go on", "fine duck"]
)
def test_consent_in_words_and_dialect_is_a_yes_at_the_privacy_question(said: str) -> None:
    """Blind people R9018 ("I consent.") and R9009 ("ar thats fine", Black Country) were told twice that
    nobody could tell if it was a yes, and nothing was kept."""
    assert parsing.read_privacy_answer(said) == (True, False)


@pytest.mark.parametrize("said", ["I do not consent", "I don't accept that", "no thats not fine"])
def test_refusing_consent_in_words_is_a_no(said: str) -> None:
    assert parsing.read_privacy_answer(said) == (False, False)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("It's for me, I've got bowel cancer. I look after my mum as well but this is for me", "self"),
        ("I have lymphoma and I care for my grandson", "self"),
        ("I look after my husband who has cancer, the support is for me", "carer_for_self"),
        ("I'm his carer, I had cancer myself years ago", "carer_for_self"),
    ],
)
def test_a_carer_who_has_cancer_themselves_is_the_patient(text: str, role: str) -> None:
    """Blind person R9024 has skin cancer and looks after his wife; he was recorded as her carer."""
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Not officially, they found a lump and the biopsy is next week", "awaiting"),
        ("the doctor says it could be cancer, he has a scan on Friday", "awaiting"),
        ("yes, bowel, it was found on a scan", "yes"),
        ("I had a scan and it's cancer", "yes"),
    ],
)
def test_a_diagnosis_still_being_looked_for_is_awaiting(text: str, answer: str) -> None:
    assert parsing.parse_has_diagnosis(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I told him and he said he didn't want any fuss, but I think he'd talk to someone", False),
        ("she wouldn't agree to it but I'm worried about her", False),
        ("she refused, she's very private", False),
        ("he said no", False),
        ("she knows, she said no problem", True),
    ],
)
def test_a_person_who_did_not_want_it_has_not_agreed(text: str, answer: bool) -> None:
    """Blind person R9038: "she said she didn't want anyone interfering, but..." was taken as her
    agreement ("she said"), and the referral went on without it."""
    assert parsing.parse_yes_no(text) is answer
