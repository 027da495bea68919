"""Readers from round 33's first run of blind people, each tested in other words than theirs."""

from __future__ import annotations

import pytest

from frontdoor.booking.preferences import parse_meeting
from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import match_concerns
from frontdoor.intake.parsing import parse_has_diagnosis, parse_yes_no

KINDS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize(
    "text",
    [
        "not yet, found a lump under my arm last month but I haven't seen my GP about it",
        "nah. been coughing blood but never went to the doctors",
        "I don't know, I've not spoken to a doctor yet, I'm too frightened",
    ],
)
def test_a_worry_no_doctor_has_seen_is_no_diagnosis(text: str) -> None:
    assert parse_has_diagnosis(text) == "no"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not yet", "awaiting"),
        ("haven't seen the GP since but the biopsy is on Monday", "awaiting"),
        ("yes, bowel, though I've not seen my GP since", "yes"),
    ],
)
def test_a_wait_or_a_diagnosis_named_still_counts(text: str, expected: str) -> None:
    assert parse_has_diagnosis(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "someone coming round would be nice. no actually, phone me, the flat's a mess",
        "phone is best, my house is a tip",
        "the house is in a state so phone please",
    ],
)
def test_a_home_not_fit_for_visitors_is_no_home_visit(text: str) -> None:
    assert parse_meeting(text, KINDS) == "phone"


def test_a_home_visit_asked_for_plainly_is_still_one() -> None:
    assert parse_meeting("can you come to the house please", KINDS) == "home_visit"


@pytest.mark.parametrize(
    "text",
    ["the money side of it is eating at me", "not knowing is eating away at her", "it's eating at us both"],
)
def test_something_eating_at_someone_is_not_food(text: str, checklist: Checklist) -> None:
    assert "eating_or_appetite" not in match_concerns(text, checklist, "self")


def test_not_eating_at_all_is_still_eating(checklist: Checklist) -> None:
    assert "eating_or_appetite" in match_concerns("I can hardly eat at all", checklist, "self")


def test_up_again_and_again_in_the_night_is_sleep(checklist: Checklist) -> None:
    assert "sleep" in match_concerns("up four times a night, I'm like a zombie", checklist, "self")


def test_an_islamic_funeral_is_faith(checklist: Checklist) -> None:
    found = match_concerns("he wants it all done the Islamic way when the time comes", checklist, "on_behalf")
    assert "faith_or_spiritual" in found


@pytest.mark.parametrize(
    "text",
    [
        "we've three girls at home and I can't bring myself to tell them",
        "my boys, I don't want to scare them",
    ],
)
def test_children_named_then_spared_the_news_are_the_children(text: str, checklist: Checklist) -> None:
    assert "children" in match_concerns(text, checklist, "self")


def test_the_lads_at_the_pub_are_not_children(checklist: Checklist) -> None:
    assert "children" not in match_concerns(
        "the lads at the pub, I don't want to worry them", checklist, "self"
    )


@pytest.mark.parametrize(
    "text",
    ["I've stopped going down the club", "haven't seen my pals since the op", "don't meet my mates now"],
)
def test_no_longer_out_with_friends_is_isolation(text: str, checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in match_concerns(text, checklist, "self")


def test_someone_else_out_with_friends_is_not_isolation(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" not in match_concerns(
        "my husband goes to the club most nights", checklist, "self"
    )


@pytest.mark.parametrize(
    "text", ["i'm always thinking it will come back", "I can't help thinking it might come back"]
)
def test_thinking_it_will_come_back_is_worry(text: str, checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in match_concerns(text, checklist, "self")


def test_coming_back_from_somewhere_is_no_worry(checklist: Checklist) -> None:
    assert (
        match_concerns("I think I'll feel better once I come back from my sister's", checklist, "self") == []
    )


@pytest.mark.parametrize("text", ["honestly I'm failing him", "I think I am failing at all of it"])
def test_a_carer_failing_is_not_coping(text: str, checklist: Checklist) -> None:
    assert "carer_coping" in match_concerns(text, checklist, "carer_for_self")


def test_something_else_failing_is_not_the_carer(checklist: Checklist) -> None:
    assert "carer_coping" not in match_concerns("the boiler keeps failing", checklist, "carer_for_self")


@pytest.mark.parametrize(
    "text",
    [
        "nope, got a lump, going to see the doctor on friday",
        "not really, I've an appointment with my GP next week about the bleeding",
    ],
)
def test_a_first_visit_to_the_gp_still_to_come_is_no_diagnosis(text: str) -> None:
    assert parse_has_diagnosis(text) == "no"


@pytest.mark.parametrize(
    "text",
    ["seeing the doctor on tuesday for my results", "not yet, seeing the doctor at the hospital on the 3rd"],
)
def test_a_visit_for_results_or_at_the_hospital_is_not_turned_away(text: str) -> None:
    assert parse_has_diagnosis(text) != "no"


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        ("not yet... oh wait, she's just come in, she says go ahead", True),
        ("she says yes", True),
        ("yes, actually no, I'd better ask her first", False),
        ("he says no", False),
    ],
)
def test_the_answer_after_a_change_of_mind_decides(text: str, agreed: bool) -> None:
    assert parse_yes_no(text) is agreed


@pytest.mark.parametrize(
    "text", ["the dressing on my leg keeps leaking", "district nurse does my dressings twice a week"]
)
def test_a_wound_dressing_is_not_getting_dressed(text: str, checklist: Checklist) -> None:
    assert "washing_and_dressing" not in match_concerns(text, checklist, "self")


def test_getting_dressed_is_still_dressing(checklist: Checklist) -> None:
    assert "washing_and_dressing" in match_concerns(
        "I need help with dressing in the morning", checklist, "self"
    )


def test_on_top_of_it_all_is_as_well_not_keeping_up(checklist: Checklist) -> None:
    assert "housework_and_shopping" not in match_concerns(
        "the bills, and on top of it all the car", checklist, "self"
    )


def test_dreading_losing_her_hair_is_no_grief(checklist: Checklist) -> None:
    found = match_concerns("she's dreading losing her hair next month", checklist, "on_behalf")
    assert "bereavement" not in found
    assert "skin_or_appearance" in found


def test_dreading_losing_her_is_still_grief_to_come(checklist: Checklist) -> None:
    assert "bereavement" in match_concerns("I'm dreading losing her", checklist, "carer_for_self")


@pytest.mark.parametrize("text", ["I do get down about it some nights", "i get down a lot since the op"])
def test_getting_down_is_low_mood(text: str, checklist: Checklist) -> None:
    assert "sadness_or_depression" in match_concerns(text, checklist, "self")


def test_getting_down_the_stairs_is_no_low_mood(checklist: Checklist) -> None:
    assert "sadness_or_depression" not in match_concerns("I get down the stairs on my bum", checklist, "self")


def test_waiting_for_it_to_spread_is_worry(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in match_concerns(
        "just waiting for it to spread really", checklist, "self"
    )


def test_running_late_in_dialect_is_no_grief(checklist: Checklist) -> None:
    found = match_concerns("the buses are hopeless, by the time ye get there yer late", checklist, "self")
    assert "bereavement" not in found


def test_a_dressing_that_looks_a_sight_is_appearance(checklist: Checklist) -> None:
    found = match_concerns("the dressing on my face looks a sight", checklist, "self")
    assert found == ["skin_or_appearance"]


def test_a_dressing_gown_is_no_concern(checklist: Checklist) -> None:
    assert match_concerns("I live in my dressing gown", checklist, "self") == []


@pytest.mark.parametrize(
    "text",
    [
        "no. the doctor thinks it's a pulled muscle and hasn't referred me for anything",
        "no, they wouldn't send me for a scan",
    ],
)
def test_no_tests_sent_for_is_no_diagnosis(text: str) -> None:
    assert parse_has_diagnosis(text) == "no"


def test_the_end_to_come_is_end_of_life(checklist: Checklist) -> None:
    found = match_concerns("what do we do when the end comes, nobody has said", checklist, "carer_for_self")
    assert "end_of_life_wishes" in found


@pytest.mark.parametrize(
    "text", ["I'm drinking too much these days", "drinking more than I should to get through it"]
)
def test_a_carer_drinking_too_much_is_their_own_health(text: str, checklist: Checklist) -> None:
    assert "carer_own_health" in match_concerns(text, checklist, "carer_for_self")


def test_drinking_water_is_no_concern(checklist: Checklist) -> None:
    assert "carer_own_health" not in match_concerns("I'm drinking lots of water", checklist, "carer_for_self")


@pytest.mark.parametrize("text", ["scared I'll end up in a care home", "I'll end up in hospital again"])
def test_ending_up_somewhere_is_not_the_end_of_life(text: str, checklist: Checklist) -> None:
    assert "end_of_life_wishes" not in match_concerns(text, checklist, "self")


def test_a_treatment_not_working_is_no_job(checklist: Checklist) -> None:
    assert "work_or_education" not in match_concerns("what if the BCG doesn't work", checklist, "self")
