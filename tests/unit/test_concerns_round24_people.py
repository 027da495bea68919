"""Round 23's and 24's people, in other words: walking that reaches only the end of the street or the
corner is walking, and so is walking the dog when that is hard; children placed far away beside
loneliness are why the writer is lonely, not a worry about them; children counted in a home too small
are the housing; and "how much time I'll need off" is time off work, not time left to live. Every message
here was written for these tests (none is from an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

WALKING = "walking_or_moving"
LONELY = "loneliness_or_isolation"
CHILDREN = "children"
HOUSING = "housing"
MONEY = "money_or_finance"
WORK = "work_or_education"
END_OF_LIFE = "end_of_life_wishes"
BOWELS = "bladder_or_bowels"
TIRED = "tiredness_or_fatigue"


@pytest.mark.parametrize(
    "text",
    [
        "I used to do ten miles, now I can hardly get to the end of the street",
        "since the op I can't get to the end of the road",
        "I can barely walk to the end of the street",
    ],
)
def test_a_short_distance_that_is_now_too_far_is_walking(checklist: Checklist, text: str) -> None:
    assert WALKING in found(checklist, text)


def test_the_end_of_the_road_as_a_figure_of_speech_is_not_walking(checklist: Checklist) -> None:
    assert WALKING not in found(checklist, "it feels like the end of the road for us")


@pytest.mark.parametrize(
    "text",
    ["walking the dog is hard work now", "walking the dog is a real struggle since the surgery"],
)
def test_walking_the_dog_when_that_is_hard_is_walking(checklist: Checklist, text: str) -> None:
    assert WALKING in found(checklist, text)


def test_tired_after_walking_the_dog_is_still_only_tiredness(checklist: Checklist) -> None:
    assert found(checklist, "I'm wiped out after walking the dog") == {TIRED}


def test_children_far_away_beside_loneliness_are_why_it_is_lonely(checklist: Checklist) -> None:
    assert found(checklist, "It's lonely in the house with my wife gone and the kids abroad") == {LONELY}


def test_children_counted_in_a_home_too_small_are_the_housing(checklist: Checklist) -> None:
    assert found(checklist, "there are 5 children in our 2 bedroom house and it's overcrowded") == {HOUSING}


def test_children_counted_and_frightened_stay(checklist: Checklist) -> None:
    assert CHILDREN in found(
        checklist, "3 children in a one bedroom flat and they are frightened of me being ill"
    )


def test_a_count_of_children_is_no_text_speak_for(checklist: Checklist) -> None:
    assert CHILDREN in found(checklist, "I worry about my 3 children")


@pytest.mark.parametrize(
    "text",
    ["I'm not sure how much time I'll need to take off", "no idea how much time off I'll get from the shop"],
)
def test_time_off_work_is_not_time_left(checklist: Checklist, text: str) -> None:
    assert END_OF_LIFE not in found(checklist, text)


def test_time_left_is_still_the_end_of_life(checklist: Checklist) -> None:
    assert END_OF_LIFE in found(checklist, "I keep wondering how much time I have left")


def test_the_bedroom_as_intimacy_is_untouched_by_the_rooms_of_a_home(checklist: Checklist) -> None:
    """The rule for children counted in a home once took the name of the rooms list the bedroom rule
    reads, and "the bedroom" meaning intimacy was lost."""
    assert "sex_intimacy" in found(checklist, "it's not been the same in the bedroom since my surgery")
