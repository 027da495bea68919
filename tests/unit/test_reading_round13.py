"""What the thirteenth blind set of people showed (issue #13), in other words than theirs: a privacy
answer someone talks themselves round to after a question or a pause, a formal yes, an age corrected in
dialect, and "2" as text-speak for "to" at "is that right?"."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.booking.preferences import meetings_said_against, parse_meeting
from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import READERS, read_answer
from frontdoor.referrals.models import Referral


@pytest.mark.parametrize(
    "text",
    [
        "nah. what do you need it for? ... och fine go on then",
        "not sure... ok aye go ahead",
        "Who gets it? Hmm. Alright then, yes.",
        "I would rather not. What happens to it? Oh well, go on then.",
    ],
)
def test_the_answer_someone_comes_round_to_after_a_question_or_a_pause_is_theirs(text: str) -> None:
    assert parsing.read_privacy_answer(text) == (True, False)


@pytest.mark.parametrize("text", ["What is it for? No thank you.", "hmm... no, not today"])
def test_coming_round_to_a_no_is_a_no(text: str) -> None:
    assert parsing.read_privacy_answer(text) == (False, False)


@pytest.mark.parametrize(
    "text", ["Where does it go? I don't like my business spread about.", "who reads it... i dont want a fuss"]
)
def test_a_worry_after_the_question_is_no_answer_come_to(text: str) -> None:
    assert parsing.read_privacy_answer(text)[1] is True  # the question is answered first


def test_a_yes_before_a_question_still_waits_for_the_answer() -> None:
    assert parsing.read_privacy_answer("Go on then. But does my doctor see it?") == (True, True)


@pytest.mark.parametrize(
    "text", ["That is quite satisfactory.", "Och aye, that's grand", "Very well. I agree."]
)
def test_a_formal_or_dialect_yes_is_a_yes(text: str) -> None:
    assert parsing.read_privacy_answer(text) == (True, False)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("64 naw hang on 65, it was my birthday last month", 65),
        ("71 nah wait 72", 72),
        ("I'm 58, scratch that, 59", 59),
        ("40 hold on no 41", 41),
    ],
)
def test_an_age_corrected_in_the_same_breath_is_the_corrected_one(text: str, age: int) -> None:
    assert parsing.parse_age(text) == age


@pytest.mark.parametrize(
    "text", ["ok so who do i speak 2 now", "where do i go 2 then", "right. who can i get 2 for help"]
)
def test_2_as_to_is_no_age(text: str) -> None:
    assert parsing.parse_age(text) is None


def test_a_question_back_with_2_for_to_is_taken_in_not_read_as_a_new_age() -> None:
    referral = Referral(age=16, eligibility_checks=[{"rule": "age", "passed": False}])
    confirmed = ({"eligibility_confirmed": True}, None)
    assert (
        READERS["eligibility_check"]("oh right. who can i speak 2 then", referral, get_content()) == confirmed
    )


@pytest.mark.parametrize(("text", "age"), [("had it 2 years now, I'm 61", 61), ("got 2 kids, im 39", 39)])
def test_a_2_that_counts_something_leaves_the_age_alone(text: str, age: int) -> None:
    assert READERS["age"](text, Referral(referrer_role="self"), get_content())[0]["age"] == age


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Maybe a home visit? Actually scrap that, the house is a tip. I'll do it over the phone.", "phone"),
        ("on the phone... on second thoughts, could I come to the centre", "community_venue"),
        ("phone. no wait, come to think of it a visit at home would be easier", "home_visit"),
    ],
)
def test_a_change_of_mind_about_how_to_meet_takes_the_last_wish(text: str, kind: str) -> None:
    assert parse_meeting(text, ["phone", "home_visit", "community_venue"]) == kind


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm his daughter, I take care", "carer_for_self"),
        ("i am taking care my mother", "carer_for_self"),
        ("My wife has the cancer. I look after her. Please can you help me?", "carer_for_self"),
        ("for my dad, i look after him", "on_behalf"),
    ],
)
def test_a_carer_in_a_second_language_or_asking_help_for_themselves(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


def test_a_role_not_understood_twice_comes_from_their_first_message_not_a_guess() -> None:
    opening = "Hello. My mother have cancer of the breast, I take care her. You can help me?"
    fields, problem = read_answer(
        "referrer_role", "I am daughter only", Referral(), get_content(), retry=True, opening=opening
    )
    assert (fields, problem) == ({"referrer_role": "carer_for_self"}, None)


@pytest.mark.parametrize(("text", "age"), [("21, turned 21 in august", 21), ("I was 66 in may", 66)])
def test_a_birthday_that_has_passed_is_not_one_to_come(text: str, age: int) -> None:
    assert parsing.parse_age(text) == age


@pytest.mark.parametrize(
    "text", ["No, but I sing in Gaelic at church", "nope, though my gran spoke Polish to me as a kid"]
)
def test_a_language_mentioned_after_a_no_is_no_interpreter(text: str) -> None:
    fields, _ = READERS["support_needs"](text, Referral(referrer_role="self"), get_content())
    assert fields["interpreter_needed"] is False and fields.get("language") is None


def test_a_language_needed_after_a_no_is_still_an_interpreter() -> None:
    fields, _ = READERS["support_needs"](
        "no... well he only speaks Punjabi", Referral(referrer_role="on_behalf"), get_content()
    )
    assert fields["interpreter_needed"] is True and fields["language"] == "Punjabi"


def test_deaf_in_scots_is_an_access_need() -> None:
    fields, _ = READERS["support_needs"]("naw, but am deif so texts are better", Referral(), get_content())
    assert fields["access_needs"] and fields["interpreter_needed"] is False


@pytest.mark.parametrize(
    ("text", "kind", "against"),
    [
        ("can I no come to the centre? it's the phone I cant", "community_venue", ["phone"]),
        ("would ye no come to the hoose, it's the phone I struggle with", "home_visit", ["phone"]),
        ("phone, I can't get out", "phone", []),
    ],
)
def test_scots_asking_with_no_and_the_way_they_cannot_do(text: str, kind: str, against: list[str]) -> None:
    kinds = ["phone", "home_visit", "community_venue"]
    assert parse_meeting(text, kinds) == kind
    assert [
        k for k in meetings_said_against(text, kinds) if k != "community_venue" or kind != "phone"
    ] == against


@pytest.mark.parametrize(
    ("text", "age"), [("Eighty-one and a half, near enough", 81), ("I'm 45 and a quarter", 45)]
)
def test_part_of_a_year_is_not_another_number(text: str, age: int) -> None:
    assert parsing.parse_age(text) == age


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a teams call? if not, the phone I suppose", "phone"),
        ("Could someone call round to the house? The phone is hopeless with my hearing aid.", "home_visit"),
    ],
)
def test_a_second_choice_and_a_way_that_is_hopeless(text: str, kind: str) -> None:
    assert parse_meeting(text, ["phone", "home_visit", "community_venue"]) == kind
