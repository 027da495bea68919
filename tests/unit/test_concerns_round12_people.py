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


# Concerns round 12 of people (an ordinary week): patterns told in other words, with near-misses. The
# sentences are written for these tests, not taken from any eval set.

WORK = "work_or_education"
HOUSING = "housing"
WALKING = "walking_or_moving"
LONELY = "loneliness_or_isolation"
FAITH = "faith_or_spiritual"
SKIN = "skin_or_appearance"
SEX = "sex_intimacy"
MEMORY = "memory_or_concentration"
INFO = "information_needs"
CARING = "caring_responsibilities"
HOUSEWORK = "housework_and_shopping"
RELATIONSHIPS = "relationships"
BEREAVEMENT = "bereavement"
MEANING = "meaning_or_purpose"
WORRY = "worry_fear_or_anxiety"
EATING = "eating_or_appetite"
TRANSPORT = "transport_or_parking"
SLEEP = "sleep"
END_OF_LIFE = "end_of_life_wishes"
MONEY = "money_or_finance"
ANGER = "anger_or_frustration"
BOWELS = "bladder_or_bowels"


@pytest.mark.parametrize(
    "text",
    [
        "I don't know whether I'll be able to go back to nursing",
        "will I ever get back into the classroom after this",
        "hoping to be back on the buses by the spring",
        "not sure I can return to teaching in September",
    ],
)
def test_going_back_to_a_trade_is_work(checklist: Checklist, text: str) -> None:
    assert WORK in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I just want to get back to sleep",
        "can't wait to get back to normal",
        "I have to go back to the hospital on Monday",
        "I can't get on the buses since the op",
    ],
)
def test_going_back_elsewhere_is_not_work(checklist: Checklist, text: str) -> None:
    assert WORK not in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("my flat is up three flights of stairs", "self"),
        ("his flat's up three flights", "on_behalf"),
        ("she wants to stay put but the house is all stairs", "on_behalf"),
        ("our house is all stairs and I can't manage them now", "self"),
        ("a bungalow would be better for us now", "self"),
    ],
)
def test_a_home_that_no_longer_suits_is_housing(checklist: Checklist, text: str, role: str) -> None:
    assert HOUSING in found(checklist, text, role)


def test_stairs_that_cannot_be_managed_at_home_are_walking_too(checklist: Checklist) -> None:
    got = found(checklist, "our house is all stairs and I can't manage them now")
    assert WALKING in got


@pytest.mark.parametrize(
    "text", ["I can't manage the stairs at the hospital", "the stairs are hard since the op"]
)
def test_stairs_with_no_home_named_are_not_housing(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert WALKING in got
    assert HOUSING not in got


@pytest.mark.parametrize(
    "text",
    [
        "I can't get to the gurdwara any more, they were all my friends and I miss them",
        "not been to chapel for months and I miss the people there",
    ],
)
def test_missing_the_people_of_a_place_of_worship_is_loneliness_and_faith(
    checklist: Checklist, text: str
) -> None:
    got = found(checklist, text)
    assert LONELY in got
    assert FAITH in got


def test_a_place_of_worship_missed_for_its_faith_is_not_loneliness(checklist: Checklist) -> None:
    got = found(checklist, "I can't get to church any more and my faith means a lot to me")
    assert FAITH in got
    assert LONELY not in got


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("since my hair went I've felt awful about myself", "self"),
        ("my hair's going and I'm dreading it", "self"),
        ("I lost all my hair last month", "self"),
        ("since her hair went she won't look at herself", "on_behalf"),
    ],
)
def test_hair_going_or_lost_is_appearance(checklist: Checklist, text: str, role: str) -> None:
    got = found(checklist, text, role)
    assert SKIN in got
    assert BEREAVEMENT not in got


def test_a_trip_to_the_hairdresser_is_not_appearance(checklist: Checklist) -> None:
    assert SKIN not in found(checklist, "I went to the hairdresser's on Friday and then to the shops")


@pytest.mark.parametrize(
    "text",
    [
        "nothing works down there any more",
        "things don't work down there since the surgery",
        "I can't perform and my wife is being kind about it",
        "I can't perform in bed anymore",
    ],
)
def test_euphemisms_for_erections_are_intimacy(checklist: Checklist, text: str) -> None:
    assert SEX in found(checklist, text)


@pytest.mark.parametrize(
    "text", ["I can't perform my duties at work", "nothing works, the painkillers are useless"]
)
def test_performing_at_work_and_nothing_working_are_not_intimacy(checklist: Checklist, text: str) -> None:
    assert SEX not in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I keep getting my pills mixed up", "self"),
        ("I'm mixing up my tablets and taking them twice", "self"),
        ("she forgets if she's taken her tablets", "on_behalf"),
        ("he gets his pills muddled up", "on_behalf"),
    ],
)
def test_muddling_medicines_is_memory_not_information(checklist: Checklist, text: str, role: str) -> None:
    got = found(checklist, text, role)
    assert MEMORY in got
    assert INFO not in got


def test_confusing_information_about_tablets_is_still_information(checklist: Checklist) -> None:
    assert INFO in found(checklist, "the leaflet about my tablets is so confusing")


@pytest.mark.parametrize(
    "text",
    [
        "I've my own scan next week and who will look after him",
        "my own heart op is due and I don't know who'll mind her",
    ],
)
def test_a_carers_own_tests_and_operations_are_their_own_health(checklist: Checklist, text: str) -> None:
    assert "carer_own_health" in found(checklist, text, "carer_for_self")


def test_the_scan_of_the_one_cared_for_is_not_the_carers_health(checklist: Checklist) -> None:
    assert "carer_own_health" not in found(checklist, "his scan is next week", "carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "I do my dad's shopping and his pills and now I can't",
        "I get the shopping in for my gran every week and I don't know who will now",
        "I've always done my mum's shopping for her",
    ],
)
def test_shopping_done_for_an_old_parent_is_caring(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert CARING in got
    assert HOUSEWORK not in got


@pytest.mark.parametrize(
    "text", ["I can't do my own shopping any more", "my husband does the shopping for me now"]
)
def test_the_writers_own_shopping_is_not_caring(checklist: Checklist, text: str) -> None:
    assert CARING not in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm his carer now, not his wife", "carer_for_self"),
        ("I feel like I'm her carer and not her husband any more", "carer_for_self"),
        ("I'm his carer now, not his wife", "self"),
    ],
)
def test_a_carer_not_a_partner_is_the_relationship_not_sex(
    checklist: Checklist, text: str, role: str
) -> None:
    got = found(checklist, text, role)
    assert RELATIONSHIPS in got
    assert SEX not in got


@pytest.mark.parametrize(
    "text", ["I've lost two stone since the summer", "lost weight since summer", "I've lost nearly a stone"]
)
def test_weight_lost_is_not_grief(checklist: Checklist, text: str) -> None:
    assert BEREAVEMENT not in found(checklist, text)


def test_a_husband_lost_is_still_grief(checklist: Checklist) -> None:
    assert BEREAVEMENT in found(checklist, "I lost my husband in the summer")


@pytest.mark.parametrize(
    "text",
    [
        "I've nothing left in the tank by teatime",
        "nothing left by teatime",
        "it's all getting on top of me",
        "this illness is ruling my life",
        "the appointments are running my life",
    ],
)
def test_tiredness_and_overwhelm_are_not_a_loss_of_meaning(checklist: Checklist, text: str) -> None:
    assert MEANING not in found(checklist, text)


@pytest.mark.parametrize("text", ["I feel there's nothing left for me now", "my life has no purpose"])
def test_a_life_without_purpose_is_still_meaning(checklist: Checklist, text: str) -> None:
    assert MEANING in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "I ate well, never smoked and still got it",
        "always ate healthily and never drank, and I still got cancer",
    ],
)
def test_healthy_habits_before_are_not_eating(checklist: Checklist, text: str) -> None:
    assert EATING not in found(checklist, text)


def test_not_eating_well_now_is_eating(checklist: Checklist) -> None:
    assert EATING in found(checklist, "I can't eat well since the chemo")


@pytest.mark.parametrize(
    "text",
    [
        "I keep missing work taking my mum to her appointments",
        "college are on at me because I take him to his appointments",
    ],
)
def test_taking_someone_to_appointments_instead_of_work_is_not_transport(
    checklist: Checklist, text: str
) -> None:
    got = found(checklist, text)
    assert WORK in got
    assert TRANSPORT not in got


def test_no_way_to_take_someone_is_transport(checklist: Checklist) -> None:
    assert TRANSPORT in found(checklist, "I can't take her to her appointments, I don't drive")


@pytest.mark.parametrize("text", ["my flat is freezing and damp", "I can't get up the stairs in my house"])
def test_a_home_with_trouble_is_housing(checklist: Checklist, text: str) -> None:
    assert HOUSING in found(checklist, text)


def test_not_leaving_the_house_and_lonely_is_loneliness(checklist: Checklist) -> None:
    assert LONELY in found(checklist, "I can't leave the house and I'm so lonely")


@pytest.mark.parametrize(
    "text", ["it's like walking through treacle all day", "I feel like I'm walking through mud"]
)
def test_walking_through_treacle_is_not_walking(checklist: Checklist, text: str) -> None:
    assert WALKING not in found(checklist, text)


def test_a_short_walk_is_still_walking(checklist: Checklist) -> None:
    assert WALKING in found(checklist, "I can't walk far")


@pytest.mark.parametrize(
    "text",
    [
        "we don't know if it's working",
        "the doctors aren't sure it's working yet",
        "my head's going round and round",
    ],
)
def test_treatment_working_and_a_spinning_head_are_not_work(checklist: Checklist, text: str) -> None:
    assert WORK not in found(checklist, text)


def test_working_full_time_is_work(checklist: Checklist) -> None:
    assert WORK in found(checklist, "I'm still working full time and it's hard")


@pytest.mark.parametrize(
    "text", ["gas, electric, food, it's all gone up", "the price of food and heating has gone up again"]
)
def test_food_among_costs_is_money_not_eating(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert MONEY in got
    assert EATING not in got


@pytest.mark.parametrize(
    "text", ["worried I can't fast this Ramadan", "I'm worried I can't pray properly any more"]
)
def test_worried_about_a_practice_of_faith_is_faith_only(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert FAITH in got
    assert WORRY not in got


@pytest.mark.parametrize("text", ["it feels like God has left me", "I've lost my faith since the diagnosis"])
def test_faith_lost_is_faith_not_meaning(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert FAITH in got
    assert MEANING not in got


def test_faith_lost_and_no_point_is_meaning_too(checklist: Checklist) -> None:
    assert MEANING in found(checklist, "I've lost my faith and there's no point to anything now")


@pytest.mark.parametrize(
    "text",
    [
        "I wake up every morning and remember I've got it",
        "every day I wake up and remember that it's real",
    ],
)
def test_waking_to_remember_the_illness_is_not_sleep_or_memory(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert SLEEP not in got
    assert MEMORY not in got


@pytest.mark.parametrize(
    ("text", "item"), [("I wake up at 3 every morning", SLEEP), ("I can't remember anything", MEMORY)]
)
def test_waking_early_and_forgetting_are_still_read(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "my dad died in March and I got my own diagnosis the week of his funeral",
        "mum passed away and I was diagnosed just after her funeral",
    ],
)
def test_a_funeral_that_has_been_is_grief_not_the_end_of_life(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert BEREAVEMENT in got
    assert END_OF_LIFE not in got


def test_planning_a_funeral_is_the_end_of_life(checklist: Checklist) -> None:
    assert END_OF_LIFE in found(checklist, "I want to plan my funeral")


@pytest.mark.parametrize(
    "text", ["the benefit forms, I don't understand them", "I don't understand the PIP forms at all"]
)
def test_benefit_forms_not_understood_are_money(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert MONEY in got
    assert INFO not in got


def test_not_understanding_the_consultant_is_information(checklist: Checklist) -> None:
    assert INFO in found(checklist, "I don't understand what the consultant said")


@pytest.mark.parametrize("text", ["there's no bus out here", "no buses out our way and I don't drive"])
def test_no_bus_out_here_is_transport_not_loneliness(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert TRANSPORT in got
    assert LONELY not in got


def test_lonely_out_here_is_loneliness(checklist: Checklist) -> None:
    assert LONELY in found(checklist, "I'm lonely out here, nobody visits")


@pytest.mark.parametrize(
    "text",
    [
        "I need to make a will and don't know how",
        "power of attorney, I don't know how to go about it",
    ],
)
def test_end_of_life_papers_not_known_how_are_the_end_of_life(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert END_OF_LIFE in got
    assert INFO not in got


def test_calls_not_returned_and_fed_up_are_anger_too(checklist: Checklist) -> None:
    got = found(checklist, "nobody rings back and I'm so fed up")
    assert INFO in got
    assert ANGER in got
