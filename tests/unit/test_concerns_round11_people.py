"""Families from round 11's people, in other words: a prepayment meter, a carer's own body, Scots
"swally" and "mooth", "wee" before a business, sleeping downstairs, puffing like a train, food that
money is short for, a job long ago, being forgotten, friends who don't get it, a
wheelchair taxi, "nothing doing", caught short in a shop, getting short with someone, conked out, a
teaching job given up, treatment called maintenance. Sentences written for these tests (not from any
eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    ["the gas meter's run out again and payday is a week off", "we're on emergency credit on the electric"],
)
def test_a_meter_running_out_is_money(checklist: Checklist, text: str) -> None:
    assert "money_or_finance" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    ["my knees are bad and I need them done myself", "me back's killing me from getting him up the stairs"],
)
def test_a_carers_own_body_is_their_health(checklist: Checklist, text: str) -> None:
    got = found(checklist, text, "carer_for_self")
    assert "carer_own_health" in got
    assert "walking_or_moving" not in got


def test_scots_swallowing_is_eating(checklist: Checklist) -> None:
    assert "eating_or_appetite" in found(checklist, "a cannae swally ma tablets, ma mooth's raw")


def test_a_wee_business_is_not_the_bladder(checklist: Checklist) -> None:
    assert "bladder_or_bowels" not in found(checklist, "I run a wee shop and can't open it most days")


def test_needing_a_wee_is_still_the_bladder(checklist: Checklist) -> None:
    assert "bladder_or_bowels" in found(checklist, "I need a wee every half hour")


def test_sleeping_downstairs_is_not_sleep_or_housing(checklist: Checklist) -> None:
    got = found(checklist, "my legs won't do the stairs so she sleeps downstairs on the sofa bed")
    assert "sleep" not in got
    assert "housing" not in got


def test_not_sleeping_still_is_sleep(checklist: Checklist) -> None:
    assert "sleep" in found(checklist, "I can't sleep at all since the op")


def test_puffing_like_a_train_is_not_transport(checklist: Checklist) -> None:
    got = found(checklist, "going up the hill I'm puffing like a train")
    assert "transport_or_parking" not in got
    assert "breathing" in got


def test_the_train_to_hospital_is_still_transport(checklist: Checklist) -> None:
    assert "transport_or_parking" in found(checklist, "the train to the hospital takes two hours each way")


@pytest.mark.parametrize("text", ["can't afford food for the kids", "nae money for food by Thursday"])
def test_food_money_is_short_for_is_money_not_eating(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "eating_or_appetite" not in got
    assert "money_or_finance" in got


def test_going_off_food_is_still_eating(checklist: Checklist) -> None:
    assert "eating_or_appetite" in found(checklist, "I've gone right off my food")


def test_a_job_long_ago_is_not_work(checklist: Checklist) -> None:
    assert "work_or_education" not in found(checklist, "the asbestos was from a job I had thirty years ago")


def test_being_forgotten_by_god_is_not_memory(checklist: Checklist) -> None:
    got = found(checklist, "he's stopped going to mosque, he says Allah has forgotten him")
    assert "memory_or_concentration" not in got
    assert "loneliness_or_isolation" not in got


def test_forgetting_things_is_still_memory(checklist: Checklist) -> None:
    assert "memory_or_concentration" in found(checklist, "I forget things all the time now")


def test_friends_who_dont_get_it_are_not_family(checklist: Checklist) -> None:
    assert "relationships" not in found(checklist, "my pals don't get it at all")


def test_family_who_dont_get_it_stay_family(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "my family don't get it")


def test_a_wheelchair_taxi_is_transport(checklist: Checklist) -> None:
    got = found(checklist, "booking a wheelchair taxi for every appointment is a nightmare")
    assert "transport_or_parking" in got
    assert "walking_or_moving" not in got


def test_nothing_doing_is_not_tiredness(checklist: Checklist) -> None:
    assert "tiredness_or_fatigue" not in found(checklist, "nothing doing in that department these days")


def test_caught_short_in_the_shop_is_bladder(checklist: Checklist) -> None:
    got = found(checklist, "got caught short in the supermarket on Tuesday")
    assert "bladder_or_bowels" in got
    assert "housework_and_shopping" not in got


def test_shopping_help_is_still_housework(checklist: Checklist) -> None:
    assert "housework_and_shopping" in found(checklist, "I can't get to the shops on my own")


@pytest.mark.parametrize(
    "text", ["I'm short with the kids all the time", "I get short with her and hate myself"]
)
def test_getting_short_with_someone_is_anger(checklist: Checklist, text: str) -> None:
    assert "anger_or_frustration" in found(checklist, text)


def test_conked_out_is_tiredness(checklist: Checklist) -> None:
    assert "tiredness_or_fatigue" in found(checklist, "by lunchtime I've conked out in the chair")


def test_giving_up_teaching_is_work(checklist: Checklist) -> None:
    assert "work_or_education" in found(checklist, "I've had to stop teaching and I miss it")


def test_maintenance_treatment_is_not_money(checklist: Checklist) -> None:
    assert "money_or_finance" not in found(checklist, "how long will I be on maintenance")


def test_child_maintenance_is_still_money(checklist: Checklist) -> None:
    assert "money_or_finance" in found(checklist, "his dad's stopped paying child maintenance")


def test_seeing_nobody_for_days_is_loneliness(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(
        checklist, "she can go a week without seeing anyone", "on_behalf"
    )


@pytest.mark.parametrize(
    "text", ["i cant hear the phone so i miss my appointment", "missed the clinic again"]
)
def test_a_missed_appointment_is_not_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" not in found(checklist, text)


def test_missing_school_is_still_work(checklist: Checklist) -> None:
    assert "work_or_education" in found(
        checklist, "my son is 16 and has missed school for weeks with his chemo"
    )


# Round 11's people, second pass (each pattern in other words than theirs): things called fine, a carer's
# own sleep said after someone else's, pacing at night, things lost and grandchildren afraid, a funeral
# for the writer's own death, fuel, a car sold, "them stairs", nothing staying in the head, delivery
# work, being stared at, short misspellings, food straight through, a cold flat, hot flushes, a shop
# that is where, the Job Centre, sorry for my English, hints at intimacy, a partner who turns away or
# walks out, a child with autism or ADHD, "mate" said to the reader, the illness of the one cared for,
# and a daily drive.
PAIN = "pain"
SLEEP = "sleep"
EATING = "eating_or_appetite"
MONEY = "money_or_finance"
TRANSPORT = "transport_or_parking"
WALKING = "walking_or_moving"
BOWELS = "bladder_or_bowels"
SKIN = "skin_or_appearance"
WORK = "work_or_education"
HOUSEWORK = "housework_and_shopping"
INFO = "information_needs"
RELATIONSHIPS = "relationships"
CHILDREN = "children"
LONELY = "loneliness_or_isolation"
BEREAVEMENT = "bereavement"
END_OF_LIFE = "end_of_life_wishes"
WORRY = "worry_fear_or_anxiety"


@pytest.mark.parametrize(
    ("text", "kept", "settled"),
    [
        ("walking fine, appetite ok, it's the bills", {MONEY}, {WALKING, EATING}),
        ("the nausea is under control, sleeping fine, it's work", {WORK}, {SLEEP, EATING}),
    ],
)
def test_what_is_called_fine_is_not_a_concern(
    checklist: Checklist, text: str, kept: set[str], settled: set[str]
) -> None:
    got = found(checklist, text)
    assert kept <= got
    assert not got & settled


def test_a_carers_sleep_said_after_theirs_is_the_carers(checklist: Checklist) -> None:
    assert SLEEP in found(
        checklist, "him being awake half the night means me awake half the night", "carer_for_self"
    )


@pytest.mark.parametrize(
    "text", ["pacing the floors till the wee small hours", "up walking the floor most nights"]
)
def test_walking_the_floor_at_night_is_sleep(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert SLEEP in got
    assert not got & {WALKING, BOWELS}


@pytest.mark.parametrize(
    "text", ["my grandkids are frightened of me since I lost my hair", "been low since losing my job"]
)
def test_a_thing_lost_is_no_death_and_their_fear_is_theirs(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert BEREAVEMENT not in got
    assert WORRY not in got


def test_a_funeral_for_when_i_die_is_the_end_of_life(checklist: Checklist) -> None:
    assert found(checklist, "I want everything sorted for after I die, the will, the funeral") == {
        END_OF_LIFE
    }


@pytest.mark.parametrize("text", ["the price of diesel is crippling", "petrol every day to radiotherapy"])
def test_fuel_is_money_and_transport(checklist: Checklist, text: str) -> None:
    assert {MONEY, TRANSPORT} <= found(checklist, text)


def test_a_car_sold_is_transport(checklist: Checklist) -> None:
    assert found(checklist, "we sold our car and getting to the hospital is a nightmare") == {TRANSPORT}


@pytest.mark.parametrize("text", ["I can't get up them steps any more", "them stairs are beyond me"])
def test_them_stairs_are_walking(checklist: Checklist, text: str) -> None:
    assert WALKING in found(checklist, text)


@pytest.mark.parametrize("text", ["nothing stays in my head these days", "I can't keep a thing in me head"])
def test_nothing_staying_in_the_head_is_memory(checklist: Checklist, text: str) -> None:
    assert "memory_or_concentration" in found(checklist, text)


def test_delivery_work_given_up_is_work(checklist: Checklist) -> None:
    assert found(checklist, "I was doing deliveries for a supermarket, not now") == {WORK}


@pytest.mark.parametrize(
    "text", ["strangers stare at me on the bus", "everyone keeps staring at me", "I look proper peely wally"]
)
def test_being_stared_at_or_looking_pale_is_appearance(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {SKIN}


@pytest.mark.parametrize(("text", "item"), [("bad pian in my side", PAIN), ("paine in my knee", PAIN)])
def test_short_misspellings_are_read(checklist: Checklist, text: str, item: str) -> None:
    assert found(checklist, text) == {item}


def test_food_straight_through_is_the_bowels(checklist: Checklist) -> None:
    assert found(checklist, "whatever I eat goes right through me") == {BOWELS}


def test_a_freezing_home_is_housing_alone(checklist: Checklist) -> None:
    assert found(checklist, "the council house is freezing and I can never get warm") == {"housing"}


def test_hot_flushes_are_sleep_only_at_night(checklist: Checklist) -> None:
    assert SLEEP not in found(checklist, "I'm getting hot flushes from the tablets")
    assert SLEEP in found(checklist, "hot flushes keep me awake")


@pytest.mark.parametrize(
    ("text", "item", "not_item"),
    [
        ("I had to give up helping at the charity shop", None, HOUSEWORK),
        ("my appointment at the job centre is next week", MONEY, WORK),
    ],
)
def test_a_shop_or_the_job_centre_is_where(
    checklist: Checklist, text: str, item: str | None, not_item: str
) -> None:
    got = found(checklist, text)
    assert not_item not in got
    assert item is None or item in got


def test_sorry_for_my_english_is_not_information(checklist: Checklist) -> None:
    assert found(checklist, "sorry for my bad english, i am fine") == set()


def test_not_a_proper_wife_is_intimacy(checklist: Checklist) -> None:
    assert "sex_intimacy" in found(checklist, "I've not been a proper wife to him since the surgery")


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("my wife can't bear to look at me since the operation", {RELATIONSHIPS, SKIN}),
        ("my boyfriend left after my diagnosis", {RELATIONSHIPS}),
    ],
)
def test_a_partner_turning_away_or_leaving_is_the_relationship(
    checklist: Checklist, text: str, items: set[str]
) -> None:
    assert items <= found(checklist, text)


@pytest.mark.parametrize("text", ["our daughter is autistic", "my little boy has ADHD and struggles"])
def test_a_child_with_autism_or_adhd_is_children(checklist: Checklist, text: str) -> None:
    assert CHILDREN in found(checklist, text)


@pytest.mark.parametrize("text", ["bills mate", "no cash m8", "its the m0ney"])
def test_mate_said_to_the_reader_is_not_friends(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {MONEY}


def test_the_illness_of_the_one_cared_for_is_not_the_carers(checklist: Checklist) -> None:
    got = found(checklist, "dad refuses to retire and it is making him so poorly", "carer_for_self")
    assert "carer_own_health" not in got


def test_a_daily_drive_to_hospital_is_transport_alone(checklist: Checklist) -> None:
    got = found(checklist, "the hospital is 30 miles off and I drive her there most days", "carer_for_self")
    assert got == {TRANSPORT}
