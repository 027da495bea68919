"""Round 15's people, and the same ideas in other words: a carer who names their own health and then
their aching back has pain as well (Geordie "cannit" is "cannot"); a worry about who will look after
someone is a worry of its own beside the caring; a career told in the past ("someone who lectured for
forty years", "I used to lecture") is not a work concern; being frightened of losing someone is worry,
not grief, and a couple who barely talk is the relationship; knowing nobody where you live is
loneliness; a cab or lorry the writer can't drive is their work, and a concern that is "doing my head
in" is that concern, not anger. The first test of each family is the person's own message; the others
were written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

CARER = "carer_for_self"


def test_geordie_carer_with_own_health_a_bad_back_sleep_and_no_news(checklist: Checklist) -> None:
    text = (
        "Me own health's gone doon the pan since all this. Me back's killin from liftin him. Cannit sleep "
        "at night. And naebody tells us owt about what's happenin wi his treatment."
    )
    assert found(checklist, text, CARER) == {"carer_own_health", "pain", "sleep", "information_needs"}


@pytest.mark.parametrize(
    "text",
    [
        "my own health has gone downhill and my back is killing me from lifting her",
        "I've let my own health go. My knees are agony from the stairs",
    ],
)
def test_a_carers_own_health_named_apart_keeps_their_pain(checklist: Checklist, text: str) -> None:
    got = found(checklist, text, CARER)
    assert {"carer_own_health", "pain"} <= got


def test_a_carers_aching_body_alone_is_still_their_health(checklist: Checklist) -> None:
    got = found(checklist, "my shoulder is agony from helping her in and out of the bath", CARER)
    assert "carer_own_health" in got
    assert "pain" not in got


def test_cannit_is_cannot(checklist: Checklist) -> None:
    assert "sleep" in found(checklist, "I cannit sleep for worrying")


def test_a_mother_in_pain_who_cares_for_dad_and_worries_who_will(checklist: Checklist) -> None:
    text = (
        "She has a lot of pain in her tummy. She needs help to wash and get dressed now. And she looks "
        "after my dad who has dementia, she keeps worrying about who will look after him."
    )
    assert found(checklist, text, "on_behalf") == {
        "pain",
        "washing_and_dressing",
        "caring_responsibilities",
        "worry_fear_or_anxiety",
    }


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("he's worried sick about who will look after mum if he goes into hospital", "on_behalf"),
        ("I'm worried about who'll look after the kids when I'm in hospital", "self"),
        ("she keeps fretting about who would have the dog", "on_behalf"),
    ],
)
def test_worry_about_who_will_take_over_is_a_worry(checklist: Checklist, text: str, role: str) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, text, role)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("she's worried about looking after my dad", "caring_responsibilities"),
        ("worried about the kids", "children"),
    ],
)
def test_worry_about_a_thing_is_still_that_thing(checklist: Checklist, text: str, kept: str) -> None:
    got = found(checklist, text, "on_behalf")
    assert kept in got
    assert "worry_fear_or_anxiety" not in got


def test_a_retired_lecturer_with_memory_trouble_caring_and_no_purpose(checklist: Checklist) -> None:
    text = (
        "Where to begin. My memory has gone to pot since the immunotherapy started - I lose the thread of "
        "conversations and forget appointments, which is alarming for someone who lectured for forty "
        "years. My wife has Parkinson's and I have been her main carer for six years, and I don't know how "
        "that carries on if I'm unwell. And if I'm honest, since I retired I have felt rather adrift, as "
        "though I've lost my sense of purpose."
    )
    assert found(checklist, text) == {
        "memory_or_concentration",
        "caring_responsibilities",
        "meaning_or_purpose",
    }


@pytest.mark.parametrize(
    "text", ["I used to lecture", "I worked as a nurse for thirty-five years so I know the jargon"]
)
def test_a_career_behind_the_writer_is_not_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" not in found(checklist, text)


@pytest.mark.parametrize(
    "text", ["I used to work but I can't now", "I worked for forty years and now I can't work"]
)
def test_work_that_has_stopped_is_still_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" in found(checklist, text)


def test_a_carer_snapping_not_talking_and_frightened_of_losing_him(checklist: Checklist) -> None:
    text = (
        "I feel like I'm not coping with looking after him. I snap at him over nothing and then feel "
        "awful. We barely talk any more, not properly. And I'm frightened of losing him."
    )
    assert found(checklist, text, CARER) == {
        "carer_coping",
        "anger_or_frustration",
        "relationships",
        "worry_fear_or_anxiety",
    }


@pytest.mark.parametrize(
    "text", ["I'm terrified we're going to lose her", "scared I'll lose him before Christmas"]
)
def test_a_loss_feared_is_worry_not_grief(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "worry_fear_or_anxiety" in got
    assert "bereavement" not in got


@pytest.mark.parametrize("text", ["my dad passed last year", "I lost my husband in March", "I'm losing him"])
def test_a_loss_that_has_come_is_still_grief(checklist: Checklist, text: str) -> None:
    assert "bereavement" in found(checklist, text)


def test_frightened_alone_is_worry(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, "I'm frightened")


@pytest.mark.parametrize("text", ["we hardly talk any more", "we barely talk since the diagnosis"])
def test_a_couple_who_barely_talk_is_the_relationship(checklist: Checklist, text: str) -> None:
    assert "relationships" in found(checklist, text)


def test_a_man_in_a_hotel_room_with_no_money_who_knows_nobody(checklist: Checklist) -> None:
    text = (
        "I live in hotel, one small room, Home Office can move me any time. I have no money, only small. "
        "I don't know nobody in this city."
    )
    assert found(checklist, text) == {"housing", "money_or_finance", "loneliness_or_isolation"}


@pytest.mark.parametrize(
    "text", ["I don't know anyone round here since we moved", "I know nobody in this town"]
)
def test_knowing_no_one_where_you_live_is_loneliness(checklist: Checklist, text: str) -> None:
    assert "loneliness_or_isolation" in found(checklist, text)


def test_not_knowing_anyone_who_has_had_it_is_not_loneliness(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" not in found(checklist, "I don't know anyone who has had this cancer")


def test_a_cabbie_with_bills_and_a_leaking_bag(checklist: Checklist) -> None:
    text = (
        "cant drive the cab no more, bills are piling up proper, and this bag on me belly is doing me head "
        "in, keeps leaking"
    )
    assert found(checklist, text) == {"work_or_education", "money_or_finance", "bladder_or_bowels"}


@pytest.mark.parametrize(
    "text", ["I can't drive my taxi on these tablets", "not allowed to drive the lorry for six months"]
)
def test_a_cab_or_lorry_the_writer_drives_is_work(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "work_or_education" in got
    assert "transport_or_parking" not in got


@pytest.mark.parametrize(
    "text", ["I can't drive so I need a taxi to the hospital", "can't drive the car and the bus takes ages"]
)
def test_a_car_or_a_taxi_taken_is_still_transport(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "transport_or_parking" in got
    assert "work_or_education" not in got


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("the stoma bag is doing my head in", "bladder_or_bowels"),
        ("the bills are driving me up the wall", "money_or_finance"),
    ],
)
def test_a_concern_doing_my_head_in_is_that_concern(checklist: Checklist, text: str, concern: str) -> None:
    got = found(checklist, text)
    assert concern in got
    assert "anger_or_frustration" not in got


@pytest.mark.parametrize(
    "text",
    [
        "my husband is doing my head in",
        "it's doing my head in",
        "the family keep fussing and it's driving me mad",
    ],
)
def test_a_person_or_nothing_named_doing_my_head_in_is_still_anger(checklist: Checklist, text: str) -> None:
    assert "anger_or_frustration" in found(checklist, text)
