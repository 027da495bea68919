"""Families from round 12's people, in other words: whether the writer can still become a parent
(fertility, not a worry of its own), faith that is shaken (not nerves), a couple wanting a baby
together (not the relationship), Geordie and Scots negatives, the writer's own sleep named after
someone else's night, children minded by friends (not loneliness), a nursery as a workplace, a job
given up in the household, and stairs a person is struggling with. Sentences written for these tests
(not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import reader_for
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "I'm worried whether I'll ever be a dad after the treatment",
        "worried I can't become a mum now, they said the drugs might stop it",
        "not sure if I could still be a mother after all of this",
    ],
)
def test_whether_i_can_become_a_parent_is_fertility_not_worry(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "sex_intimacy" in got
    assert "worry_fear_or_anxiety" not in got


@pytest.mark.parametrize(
    "text", ["I'm a dad of two and I worry about everything", "I can't be a mum to them right now"]
)
def test_a_parent_already_is_not_fertility(checklist: Checklist, text: str) -> None:
    assert "sex_intimacy" not in found(checklist, text)


@pytest.mark.parametrize(
    "text", ["I worry all the time", "I'm so anxious I can't settle", "I'm shaking all the time"]
)
def test_plain_worry_is_still_worry(checklist: Checklist, text: str) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "why would God let this happen, it's shaken my faith",
        "my belief is shaking after all this",
        "what did I do for God to send me this, my faith's been shaken",
    ],
)
def test_shaken_faith_is_faith_not_worry(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "faith_or_spiritual" in got
    assert "worry_fear_or_anxiety" not in got


@pytest.mark.parametrize(
    "text", ["me and my fiance want a baby", "my boyfriend and I were trying for a baby"]
)
def test_a_couple_wanting_a_baby_is_fertility_not_the_relationship(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "sex_intimacy" in got
    assert "relationships" not in got


def test_a_couple_at_odds_is_still_the_relationship(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "my husband and I argue all the time since the diagnosis")


@pytest.mark.parametrize(
    "text",
    [
        "me mates divvn't come round anymore",
        "the neighbours never come round noo",
        "the lads dinna come round any more",
    ],
)
def test_people_who_no_longer_come_round_is_loneliness(checklist: Checklist, text: str) -> None:
    assert "loneliness_or_isolation" in found(checklist, text)


def test_scots_will_not_is_a_negative(checklist: Checklist) -> None:
    assert reader_for(checklist).words.lemmas("she winnae come") == ["she", "will", "not", "come"]


@pytest.mark.parametrize(
    "text",
    [
        "with him up all night my sleep is shot",
        "with her calling out every hour my sleep is wrecked",
        "my sleep's all over the place",
    ],
)
def test_my_own_sleep_is_sleep(checklist: Checklist, text: str) -> None:
    assert "sleep" in found(checklist, text)


def test_someone_elses_sleep_is_still_theirs(checklist: Checklist) -> None:
    assert "sleep" not in found(checklist, "he can't sleep at night")


@pytest.mark.parametrize(
    "text",
    [
        "the kids are being passed around my mates while I'm in hospital",
        "my three bairns are stopping with friends while I'm on the ward",
    ],
)
def test_children_minded_by_friends_are_children_not_loneliness(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "children" in got
    assert "loneliness_or_isolation" not in got
    assert "anger_or_frustration" not in got


def test_missing_friends_is_still_loneliness(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(checklist, "I miss my friends, nobody rings now")


def test_being_passed_around_services_is_still_anger(checklist: Checklist) -> None:
    assert "anger_or_frustration" in found(
        checklist, "I feel like I'm being passed around from pillar to post"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I work at a nursery and can't go back yet",
        "I'm a nursery nurse and I've been off sick for months",
        "my wife had to pack in her job at the nursery to look after me",
    ],
)
def test_a_nursery_as_a_workplace_is_work_not_children(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "work_or_education" in got
    assert "children" not in got


def test_a_childs_nursery_is_still_children(checklist: Checklist) -> None:
    assert "children" in found(checklist, "who'll take my little one to nursery when I'm in hospital")


def test_a_job_given_up_in_the_household_is_work(checklist: Checklist) -> None:
    got = found(checklist, "my daughter had to give up her job at the care home to look after me")
    assert "work_or_education" in got


def test_someone_elses_working_day_is_still_theirs(checklist: Checklist) -> None:
    assert "work_or_education" not in found(checklist, "my husband still works full time")


@pytest.mark.parametrize(
    "text",
    [
        "he's finding the stairs really hard now",
        "mum is struggling with the stairs",
        "dad can't do the stairs",
    ],
)
def test_a_carers_person_struggling_with_stairs_is_walking(checklist: Checklist, text: str) -> None:
    got = found(checklist, text, "carer_for_self")
    assert "walking_or_moving" in got
    assert "housework_and_shopping" not in got


@pytest.mark.parametrize("text", ["I worry a great deal", "i worry a good deal about what happens to her"])
def test_a_great_deal_is_how_much_not_that_it_is_fine(checklist: Checklist, text: str) -> None:
    """Round 12's R12014 "I also worry a great deal about what will become of her": "great" was read as
    "it's great", which took the worry back."""
    assert "worry_fear_or_anxiety" in found(checklist, text)


@pytest.mark.parametrize("text", ["the money side is great now", "sleep is good"])
def test_great_and_good_still_settle_what_they_follow(checklist: Checklist, text: str) -> None:
    assert not found(checklist, text)
