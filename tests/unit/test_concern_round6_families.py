"""Families of phrasing the concerns reader learned in round 6, each on sentences written for these tests
(not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # the end of life without the words for it: the time that is left, the milestones ahead
        ("I want to make the most of whatever time I have with them", "end_of_life_wishes"),
        ("will I still be here for her 18th", "end_of_life_wishes"),
        ("I'd love to see them grow up", "end_of_life_wishes"),
        # meaning: what a life was built round, interest gone
        ("the allotment was his whole life and now he can't get there", "meaning_or_purpose"),
        ("I've lost all interest in the things I used to enjoy", "meaning_or_purpose"),
        # fear without the word: bad dreams, nerves, waiting for it to return
        ("I keep getting bad dreams about the scanner", "worry_fear_or_anxiety"),
        ("my nerves are in shreds these days", "worry_fear_or_anxiety"),
        ("all I do is wait for it to come back", "worry_fear_or_anxiety"),
        ("every twinge in my side sets me off", "worry_fear_or_anxiety"),
        # dialect and local words for money, travel and work
        ("the parkin at the General costs a bomb", "transport_or_parking"),
        ("getting the metro in three times a week", "transport_or_parking"),
        ("the after school club fees are too much now", "money_or_finance"),
        ("we're two months behind with the water", "money_or_finance"),
        ("they've put me on half pay from next month", "work_or_education"),
        ("will we have to move out of the flat", "housing"),
        ("I hate every minute of being waited on", "anger_or_frustration"),
    ],
)
def test_concerns_said_without_their_label(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been a mess since she came home from hospital",
        "trying to hold it all together for the grandkids",
        "I've no idea what else to try with him",
        "something's got to give soon",
    ],
)
def test_a_carer_coming_apart_is_not_coping_with_caring(checklist: Checklist, text: str) -> None:
    assert "carer_coping" in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(
    "text", ["we're hardly speaking since the diagnosis", "me and him are hardly talking"]
)
def test_silence_between_a_couple_is_the_relationship(checklist: Checklist, text: str) -> None:
    assert "relationships" in found(checklist, text)


def test_a_nightmare_that_is_a_hassle_is_not_fear(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" not in found(checklist, "getting a parking space there is a nightmare")


def test_a_concern_sorted_now_is_settled_with_what_sorted_it(checklist: Checklist) -> None:
    text = "the sickness is sorted now the hospice nurse changed my tablets. It's the gas bill I can't pay"
    assert found(checklist, text) == {"money_or_finance"}


def test_provided_for_is_not_sorted(checklist: Checklist) -> None:
    assert "end_of_life_wishes" in found(checklist, "I want the kids sorted for money when I die")


def test_no_worries_there_takes_back_the_clause_before(checklist: Checklist) -> None:
    assert found(
        checklist,
        "the money side is fine, the benefits are in, no problems there. It's my knees, I can't get about",
    ) == {"walking_or_moving"}
    assert "faith_or_spiritual" not in found(checklist, "my faith keeps me going, no worries there at all")


def test_nothing_for_me_says_there_is_no_concern(checklist: Checklist) -> None:
    assert found(checklist, "nothing for me really, it's my dad who needs you", "carer_for_self") == set()


@pytest.mark.parametrize(
    "text",
    [
        "two girls, 6 and 9, and I'm in for surgery",
        "my lads (4 and 7) need taking to school",
        "I've three under 10",
    ],
)
def test_boys_or_girls_with_ages_are_children(checklist: Checklist, text: str) -> None:
    assert "children" in found(checklist, text)


@pytest.mark.parametrize("text", ["nobody will say how long.", "How long? what will the end be like?"])
def test_how_long_with_nothing_after_asks_how_long_is_left(checklist: Checklist, text: str) -> None:
    assert "end_of_life_wishes" in found(checklist, text)


def test_how_long_something_takes_is_not_the_end_of_life(checklist: Checklist) -> None:
    assert "end_of_life_wishes" not in found(checklist, "how long will the radiotherapy take each day")


@pytest.mark.parametrize(
    "text", ["I feel numb, like I'm watching it on telly", "since the results I'm just numb inside"]
)
def test_numb_in_oneself_is_taking_in_the_diagnosis(checklist: Checklist, text: str) -> None:
    assert "coping_with_diagnosis" in found(checklist, text)


def test_a_phone_number_is_not_numbness(checklist: Checklist) -> None:
    assert found(checklist, "the nurse gave me a number to ring") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mum has lost all interest since the diagnosis",
        "fishing was his whole life and he can't hold a rod now",
    ],
)
def test_a_carer_telling_of_what_the_person_has_lost_is_meaning(checklist: Checklist, text: str) -> None:
    assert "meaning_or_purpose" in found(checklist, text, "carer_for_self")


def test_the_nearest_shop_miles_away_is_getting_about(checklist: Checklist) -> None:
    assert "transport_or_parking" in found(checklist, "we're twelve miles from a chemist and no bus")


@pytest.mark.parametrize(
    "text",
    ["I care for my wife and my dad, and I'm worn out", "I look after my son and my mother and work nights"],
)
def test_a_carer_looking_after_two_people_has_caring_responsibilities(
    checklist: Checklist, text: str
) -> None:
    assert "caring_responsibilities" in found(checklist, text, "carer_for_self")


def test_a_carer_looking_after_one_person_is_here_for_them(checklist: Checklist) -> None:
    assert "caring_responsibilities" not in found(
        checklist, "I look after my mum since dad died", "carer_for_self"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my husband is in bits about it all",
        "the missus isn't coping at all",
        "my wife's struggling more than me",
    ],
)
def test_a_husband_or_wife_not_managing_is_for_the_two_of_them(checklist: Checklist, text: str) -> None:
    assert "relationships" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "since the hair went I won't go out",
        "she never goes out now, not even to the shop",
        "I've not been outside the house since Easter",
    ],
)
def test_no_longer_going_out_is_being_cut_off(checklist: Checklist, text: str) -> None:
    role = "carer_for_self" if text.startswith("she") else "self"
    assert "loneliness_or_isolation" in found(checklist, text, role)


def test_how_someone_would_go_out_is_not_staying_in(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" not in found(checklist, "I won't go out without my scarf over the scar")


def test_boys_or_girls_who_keep_asking_are_children(checklist: Checklist) -> None:
    assert found(checklist, "the girls keep asking if nana is going to die") == {"children"}


@pytest.mark.parametrize("text", ["um, dunno, nothing really", "erm. don't know. nothing and everything"])
def test_hesitating_and_naming_nothing_raises_no_concern(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == set()


@pytest.mark.parametrize("text", ["we're broke since I stopped work", "tired and broke, that's me"])
def test_broke_is_money(checklist: Checklist, text: str) -> None:
    assert "money_or_finance" in found(checklist, text)


def test_a_lift_that_is_broke_is_not_money(checklist: Checklist) -> None:
    assert "money_or_finance" not in found(checklist, "the lift's always broke and I'm up on the 6th floor")


def test_being_fobbed_off_is_frustration(checklist: Checklist) -> None:
    assert "anger_or_frustration" in found(checklist, "I keep getting fobbed off by the surgery")


def test_the_hospice_where_someone_died_is_not_a_wish_for_the_end(checklist: Checklist) -> None:
    text = "my brother passed away at the hospice in May and I can't stop crying"
    assert "end_of_life_wishes" not in found(checklist, text, "carer_for_self")
    assert "bereavement" in found(checklist, text, "carer_for_self")


def test_losing_a_train_of_thought_is_concentration(checklist: Checklist) -> None:
    assert "memory_or_concentration" in found(
        checklist, "I lose my train of thought halfway through a sentence"
    )


def test_a_shop_the_writer_was_in_is_where_it_happened(checklist: Checklist) -> None:
    assert "housework_and_shopping" not in found(checklist, "I had a hot flush in Tesco and had to sit down")
    assert "housework_and_shopping" in found(checklist, "I can't get to the shops on my own now")
