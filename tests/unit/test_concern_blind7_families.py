"""Families of phrasing the concerns reader learned from blind concerns round 7, each on sentences
written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import _of_the_writer, reader_for
from tests.unit._concern_helpers import found


def test_names_written_with_a_capital_are_not_mended(checklist: Checklist) -> None:
    words = reader_for(checklist).words
    assert words.lemmas("so our Keeley can go to her shifts") == [
        "so",
        "our",
        "keeley",
        "can",
        "go",
        "to",
        "her",
        "shift",
    ]
    assert "hard" not in words.lemmas("since Harold went into the home")


def test_greetings_and_identity_words_are_not_mended(checklist: Checklist) -> None:
    assert "faith_or_spiritual" not in found(checklist, "Salaam, my money has run out since I stopped work")
    assert "transport_or_parking" not in found(
        checklist, "I'm trans and scared of how the nurses will be with me"
    )
    assert "breathing" not in found(checklist, "the wound on my tummy keeps weeping and smells")


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("my claim for PIP was turned down again", "sadness_or_depression"),
        ("my son relies on me and I can't let him down", "sadness_or_depression"),
        ("this chest infection just won't shift", "work_or_education"),
        ("I'm meant to ring the clinic but don't know the number", "meaning_or_purpose"),
        ("he slams doors and throws things when he's in pain", "eating_or_appetite"),
        ("I eat healthy and swim twice a week, so why me", "eating_or_appetite"),
        ("my wife walks every day with the dog, I can't keep up with her", "work_or_education"),
        ("the grandkids are my pride and joy", "sadness_or_depression"),
        ("my sister keeps telling the whole street my business", "work_or_education"),
        ("the washing machine has packed in and I can't afford another", "washing_and_dressing"),
        ("my phone is useless, I can't get any signal at home", "meaning_or_purpose"),
    ],
)
def test_words_in_their_everyday_sense_are_not_the_concern(
    checklist: Checklist, text: str, not_found: str
) -> None:
    assert not_found not in found(checklist, text)


def test_a_habit_that_is_fine_is_not_a_concern_but_a_lost_one_is(checklist: Checklist) -> None:
    assert "walking_or_moving" not in found(checklist, "I walk every day and have always kept fit")
    assert "walking_or_moving" in found(checklist, "I can't walk every day like I did, my legs give up")


def test_a_date_at_the_end_of_a_month_is_not_the_end_of_life(checklist: Checklist) -> None:
    assert "end_of_life_wishes" not in found(checklist, "we have to be out of the flat by the end of March")


def test_washing_bedding_is_laundry_not_washing_oneself(checklist: Checklist) -> None:
    got = found(checklist, "I'm washing sheets every night because he's wetting the bed")
    assert "washing_and_dressing" not in got
    assert "housework_and_shopping" in got


def test_getting_out_of_a_seat_is_not_being_cut_off(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" not in found(checklist, "she can't get out of the armchair without me")
    assert "loneliness_or_isolation" in found(checklist, "I can't get out any more, I just sit in")


def test_being_better_off_gone_is_low_mood_not_settled(checklist: Checklist) -> None:
    assert "sadness_or_depression" in found(
        checklist, "some days I think my family would be better off without me"
    )


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("every time I bring it up with my son he walks off", "eating_or_appetite"),
        ("honestly I'm sick of being poked and prodded", "eating_or_appetite"),
        ("I don't know who I'm supposed to call about the results", "meaning_or_purpose"),
        ("my fingers are too weak to do buttons now", "tiredness_or_fatigue"),
        ("I daren't go anywhere without a spare bag with me", "loneliness_or_isolation"),
    ],
)
def test_an_item_found_only_in_an_everyday_sense_is_dropped(
    checklist: Checklist, text: str, item: str
) -> None:
    assert item not in found(checklist, text)


def test_a_car_park_that_is_where_something_happened_is_not_parking(checklist: Checklist) -> None:
    assert "transport_or_parking" not in found(
        checklist, "I broke down sobbing in the car park after the scan"
    )
    assert "transport_or_parking" in found(checklist, "I can never find a space in the hospital car park")


def test_the_writers_own_death_to_come_is_not_grief(checklist: Checklist) -> None:
    assert "bereavement" not in found(checklist, "I'm scared I'll die before my son's wedding")
    assert "bereavement" in found(checklist, "my brother died in the spring and I miss him")


def test_a_death_that_has_happened_is_grief_not_end_of_life_plans(checklist: Checklist) -> None:
    got = found(checklist, "my husband died in June after two years of treatment")
    assert "bereavement" in got
    assert "end_of_life_wishes" not in got


def test_anger_at_a_partner_is_the_relationship_too(checklist: Checklist) -> None:
    got = found(checklist, "I keep getting angry with my wife for no reason")
    assert {"anger_or_frustration", "relationships"} <= got


def test_telling_young_children_about_a_death_is_about_the_children(checklist: Checklist) -> None:
    got = found(checklist, "how do I explain to our 4 and 7 year old that mummy is dying", "carer_for_self")
    assert "children" in got
    assert "end_of_life_wishes" not in got


def test_a_shop_at_the_end_of_a_climb_is_where_breathlessness_comes(checklist: Checklist) -> None:
    assert "housework_and_shopping" not in found(checklist, "puffed out going up the hill to the paper shop")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("my scan is preying on my mind day and night", "worry_fear_or_anxiety"),
        ("it's the waiting, three weeks till the next scan", "worry_fear_or_anxiety"),
        ("I've decided I want no more treatment", "end_of_life_wishes"),
        ("they've given me a year at most", "end_of_life_wishes"),
        ("I'm doing everything for him and working too", "carer_coping"),
        ("I'm pulled in two between mum and the kids", "carer_coping"),
        ("I can't get my shoes on by myself", "washing_and_dressing"),
        ("I've been missing school to look after my dad", "work_or_education"),
        ("my husband and kids keep treating me like I'm made of china", "relationships"),
        ("I'm losing him bit by bit and I can't stop it", "bereavement"),
        ("we're living in one room since the stairs got too much", "housing"),
        ("the wound smells and I'm ashamed", "skin_or_appearance"),
        ("since the stroke I can't go anywhere", "loneliness_or_isolation"),
        ("I don't know who to ring about my tablets", "information_needs"),
        ("I can't get ma heid round it at all", "coping_with_diagnosis"),
    ],
)
def test_new_phrases(checklist: Checklist, text: str, item: str) -> None:
    role = "carer_for_self" if item == "carer_coping" else "self"
    assert item in found(checklist, text, role)


def test_anger_said_with_so_at_a_partner_is_the_relationship_too(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "I'm so furious at my partner all the time lately")


def test_a_funeral_in_a_list_of_plans_is_a_wish_not_grief(checklist: Checklist) -> None:
    got = found(
        checklist,
        "mum's been told it's weeks. we're arranging her will, her funeral, all of it",
        "carer_for_self",
    )
    assert "bereavement" not in got
    assert "end_of_life_wishes" in got


def test_not_being_able_to_walk_the_dog_is_walking(checklist: Checklist) -> None:
    assert "walking_or_moving" in found(checklist, "I can't walk the dog now, my hips won't let me")
    assert "walking_or_moving" not in found(checklist, "my neighbour is walking the dog for me")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("my weight. I'm losing it fast and nothing helps", "anger_or_frustration"),
        ("lying there thinking about the test results on Friday", "information_needs"),
        ("we keep shouting at each other over silly things", "anger_or_frustration"),
        ("I am autistic and hospitals are very hard for me", "caring_responsibilities"),
        ("staying at a mate's till the council sort me a flat", "loneliness_or_isolation"),
        ("I forgot my daughter's parents evening and felt awful", "loneliness_or_isolation"),
    ],
)
def test_second_pass_everyday_senses_are_dropped(checklist: Checklist, text: str, item: str) -> None:
    assert item not in found(checklist, text)


def test_being_forgotten_is_still_lonely(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(checklist, "since I got ill I feel forgotten by everyone")


def test_hair_coming_out_is_appearance(checklist: Checklist) -> None:
    assert "skin_or_appearance" in found(checklist, "my hair is coming out in clumps on the pillow")


def test_the_job_centre_is_benefits_not_work(checklist: Checklist) -> None:
    got = found(checklist, "the jobcentre have sanctioned me for missing a meeting while I was on the ward")
    assert "money_or_finance" in got
    assert "work_or_education" not in got


def test_our_and_a_name_is_one_of_the_family(checklist: Checklist) -> None:
    assert "work_or_education" not in found(checklist, "I mind the baby so our Kayleigh can work her shifts")
    assert "work_or_education" in found(checklist, "I can't work my shifts since the operation")


def test_a_carers_own_sleep_beside_their_own_health_is_that_health(checklist: Checklist) -> None:
    got = found(
        checklist,
        "my own health is going downhill, I'm barely sleeping and I've stopped eating",
        "carer_for_self",
    )
    assert "carer_own_health" in got
    assert not {"sleep", "eating_or_appetite"} & got
    assert not _of_the_writer(["she", "be", "up", "every", "hour", ",", "she", "can", "not", "sleep"], 8)
    assert _of_the_writer(["i", "be", "not", "sleep"], 3)


def test_praise_settles_the_one_praised_only(checklist: Checklist) -> None:
    assert "faith_or_spiritual" not in found(
        checklist, "the vicar has been amazing. it's my bladder that's the worry"
    )
    assert "bladder_or_bowels" in found(
        checklist, "the continence nurse is lovely but I still leak all the time"
    )


def test_not_having_been_out_for_a_while_is_being_cut_off(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(checklist, "I've not been out for three weeks now")


def test_not_being_able_to_go_on_is_low_mood(checklist: Checklist) -> None:
    assert "sadness_or_depression" in found(checklist, "some nights I feel I can't go on like this")


def test_lying_awake_going_over_it_all_is_worry(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, "wide awake at 3am thinkin aboot it aw again")


def test_a_painkiller_named_as_a_cause_is_not_pain(checklist: Checklist) -> None:
    assert "pain" not in found(checklist, "so drowsy from the oramorph I can't think")
    assert "pain" in found(checklist, "the morphine isn't touching the pain in my hip")


def test_a_nurse_leaving_is_not_the_relationship(checklist: Checklist) -> None:
    assert "relationships" not in found(checklist, "my specialist nurse has retired and no one took over")


def test_how_something_was_settled_is_settled_with_it(checklist: Checklist) -> None:
    got = found(checklist, "The bills are fine now, the hardship grant came through. It's the pain at night")
    assert "money_or_finance" not in got
    assert "pain" in got
    assert "money_or_finance" in found(checklist, "work is fine, I need to sort the council tax though")


def test_a_child_named_as_what_was_forgotten_is_memory(checklist: Checklist) -> None:
    got = found(checklist, "my memory is shot, I forgot my granddaughter's name on Sunday")
    assert "memory_or_concentration" in got
    assert "children" not in got
