"""Round 17's people, and the same ideas in other words: "he doesn't understand" is trouble between
people only when it is the writer who is not understood; a child who doesn't understand is the children
worry, and someone who doesn't understand the letters or their treatment needs information. A parent
"sick" as a child says it ("why mama is sick") is ill, not vomiting. "I don't want my kids to see me"
names children who are here, not children wanted. A cabbie, or a cab the writer can't "do" any more, is
their work. Work stopped, told as when a loss of purpose (or money) began, is that loss, not a work
worry. A carer's own failing eyesight is their own health, and "never done the shopping before" is no
call for information. The first test of each family is the person's own message; the others were
written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

CARER = "carer_for_self"
BEHALF = "on_behalf"


def test_a_factory_worker_with_money_trouble_and_a_son_who_doesnt_understand(checklist: Checklist) -> None:
    text = (
        "i cannot work now in factory and money is big problem. my son is 9 and he dont understand why "
        "mama is sick all the time"
    )
    assert found(checklist, text) == {"work_or_education", "money_or_finance", "children"}


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is 7, she doesnt understand why mummy is sick",
        "my boy is 6 and he doesnt understand",
        "the kids can't understand why daddy is sick all the time",
    ],
)
def test_a_child_who_doesnt_understand_the_illness_is_the_children(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "children" in got
    assert not {"relationships", "eating_or_appetite"} & got


def test_sick_all_the_time_said_of_the_writer_is_still_nausea(checklist: Checklist) -> None:
    assert "eating_or_appetite" in found(checklist, "i'm sick all the time with the chemo")


@pytest.mark.parametrize(
    ("text", "role"),
    [("my husband doesn't understand me anymore", "self"), ("he doesn't understand me anymore", BEHALF)],
)
def test_not_understanding_the_writer_is_still_the_relationship(
    checklist: Checklist, text: str, role: str
) -> None:
    assert "relationships" in found(checklist, text, role)


def test_hair_falling_out_kids_seeing_her_and_bad_sleep(checklist: Checklist) -> None:
    text = "my hair falling out, i dont want my kids to see me like this. and i not sleep good at night"
    assert found(checklist, text) == {"skin_or_appearance", "children", "sleep"}


@pytest.mark.parametrize(
    "text", ["i dont want my children to see me bald", "I don't want my kids seeing me this poorly"]
)
def test_my_kids_are_children_who_are_here(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "children" in got
    assert "sex_intimacy" not in got


def test_kids_wanted_are_still_fertility(checklist: Checklist) -> None:
    assert "sex_intimacy" in found(checklist, "we want kids one day but not sure now")


def test_a_taxi_driver_who_cant_sleep_or_follow_the_letters(checklist: Checklist) -> None:
    text = (
        "he cant sleep at night. he dont understand the letters from hospital. money is hard, he was taxi "
        "driver now he cant work"
    )
    assert found(checklist, text, BEHALF) == {
        "sleep",
        "information_needs",
        "money_or_finance",
        "work_or_education",
    }


@pytest.mark.parametrize(
    "text",
    [
        "she doesnt understand the forms from the council",
        "he does not understand his treatment, the doctors talk too fast",
        "she doesnt understand a word the doctor says",
    ],
)
def test_not_understanding_a_thing_is_information(checklist: Checklist, text: str) -> None:
    got = found(checklist, text, BEHALF)
    assert "information_needs" in got
    assert "relationships" not in got


def test_a_cabbie_who_cant_eat_and_is_short_of_money(checklist: Checklist) -> None:
    text = (
        "cant eat proper, food tastes like cardboard. money's tight. and i cant do the cab no more, been a "
        "cabbie 30 year"
    )
    assert found(checklist, text) == {"eating_or_appetite", "money_or_finance", "work_or_education"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("he cant do the taxi no more", BEHALF),
        ("i cant do the cab no more", "self"),
        ("been a cabbie twenty years and now I can't drive", "self"),
    ],
)
def test_a_cab_done_for_a_living_is_work(checklist: Checklist, text: str, role: str) -> None:
    got = found(checklist, text, role)
    assert "work_or_education" in got
    assert "transport_or_parking" not in got


def test_a_taxi_done_to_hospital_is_still_transport(checklist: Checklist) -> None:
    got = found(checklist, "cant do the taxi to the hospital every day, costs a fortune")
    assert "transport_or_parking" in got
    assert "work_or_education" not in got


def test_a_man_in_pain_tired_and_without_purpose_since_he_stopped_working(checklist: Checklist) -> None:
    text = (
        "He has a lot of pain in his hip. He's very tired all the time. And since he stopped working he "
        "says he has no purpose, he just sits in the chair."
    )
    assert found(checklist, text, BEHALF) == {"pain", "tiredness_or_fatigue", "meaning_or_purpose"}


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("since I stopped working I feel useless", "meaning_or_purpose"),
        ("skint since I stopped working", "money_or_finance"),
    ],
)
def test_work_stopped_as_when_a_loss_began_is_that_loss(
    checklist: Checklist, text: str, concern: str
) -> None:
    got = found(checklist, text)
    assert concern in got
    assert "work_or_education" not in got


@pytest.mark.parametrize(
    "text",
    [
        "since I stopped working",
        "I can't work and I miss my job",
        "since I had to give up work I feel so low",
    ],
)
def test_work_stopped_on_its_own_or_given_up_is_still_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" in found(checklist, text)


def test_a_carer_not_coping_with_failing_eyesight_and_new_chores(checklist: Checklist) -> None:
    text = (
        "I am finding it hard to cope with looking after her. My own eyesight is failing. I have never done "
        "the cooking and shopping before."
    )
    assert found(checklist, text, CARER) == {"carer_coping", "carer_own_health", "housework_and_shopping"}


def test_a_carers_failing_eyesight_is_their_own_health(checklist: Checklist) -> None:
    got = found(checklist, "looking after mum is exhausting and my eyesight is going", CARER)
    assert "carer_own_health" in got
    assert "information_needs" not in got


def test_chores_never_done_before_are_not_information(checklist: Checklist) -> None:
    got = found(checklist, "I have never done the shopping before", CARER)
    assert got == {"housework_and_shopping"}


def test_eyesight_too_poor_for_the_letters_is_still_information(checklist: Checklist) -> None:
    assert "information_needs" in found(checklist, "my eyesight is bad so I can't read the letters")
