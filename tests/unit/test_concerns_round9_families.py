"""Families of phrasing the concerns reader learned in round 9, each on sentences written for these
tests (not from any eval set): things named that are not worries, negation over a list, someone else's
fear, and a worry that is a thing."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Not bothered about: the bills, the house or my job. What bothers me is the scans", "housing"),
        (
            "Not bothered about: the bills, the house or my job. What bothers me is the scans",
            "money_or_finance",
        ),
        ("I'm not worried about: money, work. The pain is the thing", "work_or_education"),
    ],
)
def test_a_negated_worry_takes_back_the_list_after_it(checklist: Checklist, text: str, gone: str) -> None:
    assert gone not in found(checklist, text)


def test_a_list_after_a_negation_ends_at_a_longer_clause(checklist: Checklist) -> None:
    assert "pain" in found(checklist, "I'm not worried about: money, work. The pain is the thing")


@pytest.mark.parametrize(
    "text",
    [
        "My partner is frightened to hug me since the op",
        "My wife's a born worrier so I don't tell her much",
    ],
)
def test_someone_elses_fear_is_not_the_writers(checklist: Checklist, text: str) -> None:
    assert "worry_fear_or_anxiety" not in found(checklist, text)


def test_a_carer_telling_of_the_fear_of_the_person_they_look_after_keeps_it(checklist: Checklist) -> None:
    text = "My mum is frightened of the hospital and won't go in"
    assert "worry_fear_or_anxiety" in found(checklist, text, "carer_for_self")


def test_someone_elses_fear_leaves_the_writers_own_worry(checklist: Checklist) -> None:
    text = "who will look after him if I'm not here"
    assert "worry_fear_or_anxiety" in found(checklist, f"My brother has Down's. {text}")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The main worry is the stairs, I can't manage them now", "walking_or_moving"),
        ("My only concern is the car, I can't drive after the op", "transport_or_parking"),
    ],
)
def test_a_worry_that_is_a_thing_is_that_thing(checklist: Checklist, text: str, thing: str) -> None:
    assert found(checklist, text) == {thing}


def test_a_worry_that_is_a_partner_is_about_the_two_of_them(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "What I worry about is my husband, he won't eat")


@pytest.mark.parametrize(
    "text",
    [
        "The grandkids are all grown up now and I just want to get my strength back",
        "Our kids are down south so it's just me and the dog, I get breathless on walks",
        "My son is 41 and phones every night, it's the money that's the issue",
        "My son-in-law drives me to the hospital but I can't sleep",
        "Me lass does the cooking now cos I'm too tired",
        "Ar kid does my shopping now, I can't walk far",
    ],
)
def test_family_named_only_as_who_they_are_is_no_concern_about_children(
    checklist: Checklist, text: str
) -> None:
    assert "children" not in found(checklist, text)


def test_a_young_son_is_still_a_child(checklist: Checklist) -> None:
    assert "children" in found(checklist, "my son is 12 and keeps asking if I'll die")


def test_not_switching_off_beside_sleep_is_the_sleeplessness(checklist: Checklist) -> None:
    assert found(checklist, "It's sleep mostly, I lie there and can't switch off") == {"sleep"}


def test_not_switching_off_alone_is_a_worry(checklist: Checklist) -> None:
    text = "Work's ok, the kids are ok. It's my head, I can't switch off from it"
    assert found(checklist, text) == {"worry_fear_or_anxiety"}


@pytest.mark.parametrize(
    "text", ["Things are awkward between us since I got ill", "there's a strain between us"]
)
def test_strain_between_us_is_the_relationship(checklist: Checklist, text: str) -> None:
    assert "relationships" in found(checklist, text)


@pytest.mark.parametrize("text", ["I think they'll manage me out", "scared I'll lose me job over this"])
def test_being_eased_out_of_a_job_is_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" in found(checklist, text)
