"""Round 18's people, in other words: for a carer, being worn out or worn down by the caring is the
strain of caring (carer_coping), not fatigue; the job the one they look after has had to stop is the
household's money, not the carer's work, and "the lorry work" is a job, not a journey. Helping someone
"up and down" is moving them, not low mood, and "bored stiff" is no stiff joint. Feeling "cut off", or
friends who "don't get it" ("they", said of the friends named before), is isolation; "flat and low" is
low mood. Children named with a partner as who the writer snaps at are the family's relationships; two
people not talking, or a brother who won't help, are trouble between them ("no help" is a complaint, not
a problem taken back). "Sick pay" is money; what parking costs is the parking; a mess said of money is
money, not housework. Every message here was written for these tests (none is from an eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import match_concerns
from tests.unit._concern_helpers import found

CARER = "carer_for_self"
BEHALF = "on_behalf"


def test_a_carer_sore_not_coping_and_skint_since_his_trade_stopped(checklist: Checklist) -> None:
    text = (
        "My hips are wrecked from getting him in and out of the chair, and some days I don't know how I'm "
        "coping with caring for him. We're skint now since he had to pack in the lorry work."
    )
    assert found(checklist, text, CARER) == {"carer_own_health", "carer_coping", "money_or_finance"}


def test_helping_someone_up_and_down_is_not_low_mood(checklist: Checklist) -> None:
    assert "sadness_or_depression" not in found(
        checklist, "I'm helping her up and down the stairs all day", CARER
    )


@pytest.mark.parametrize("text", ["my mood has been up and down lately", "feeling up and down since the op"])
def test_a_mood_up_and_down_is_still_low_mood(checklist: Checklist, text: str) -> None:
    assert "sadness_or_depression" in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [("he can't do the lorry job any more", BEHALF), ("I'm worried about the taxi work drying up", "self")],
)
def test_the_lorry_or_taxi_work_is_a_job_not_a_journey(checklist: Checklist, text: str, role: str) -> None:
    got = found(checklist, text, role)
    assert "work_or_education" in got
    assert "transport_or_parking" not in got


@pytest.mark.parametrize(
    "text",
    [
        "money's tight now that she's had to give up her job",
        "he lost his job and the bills are piling up",
        "we're struggling for money since my husband had to leave his job at the factory",
    ],
)
def test_for_a_carer_the_cared_for_persons_job_stopping_is_money(checklist: Checklist, text: str) -> None:
    got = found(checklist, text, CARER)
    assert "money_or_finance" in got
    assert "work_or_education" not in got


def test_a_carers_own_job_given_up_is_still_work(checklist: Checklist) -> None:
    assert "work_or_education" in found(checklist, "I had to give up my job to care for him", CARER)


def test_someone_elses_job_stopped_as_when_money_got_tight_is_money(checklist: Checklist) -> None:
    got = found(checklist, "money's been tight since my husband had to leave his job at the factory")
    assert got == {"money_or_finance"}


def test_a_partners_job_given_up_on_its_own_is_still_the_households_work(checklist: Checklist) -> None:
    assert "work_or_education" in found(checklist, "my wife had to give up her job to look after me")


def test_a_worker_afraid_for_the_job_and_lonely_at_home_and_bored_stiff(checklist: Checklist) -> None:
    text = (
        "I drive a forklift and they don't know if I'll be kept on. I'm bored stiff and lonely stuck in all "
        "day while my husband's out at work"
    )
    assert found(checklist, text) == {"work_or_education", "loneliness_or_isolation"}


@pytest.mark.parametrize("text", ["I'm bored stiff", "frozen stiff waiting for the bus to clinic"])
def test_stiff_as_very_is_no_stiff_body(checklist: Checklist, text: str) -> None:
    assert "walking_or_moving" not in found(checklist, text)


def test_stiff_joints_are_still_the_body(checklist: Checklist) -> None:
    assert "walking_or_moving" in found(checklist, "my knees are stiff in the mornings")


def test_sleepless_worried_for_the_job_and_the_bills_cut_off_and_low(checklist: Checklist) -> None:
    text = (
        "I can hardly sleep, I'm up at night fretting that it's back. I've cut down to three days and don't "
        "know if I'll ever manage full time again, which scares me because we need my wages for the bills. I "
        "feel really cut off as well, my pals are lovely but they just don't get it. Some days are okay and "
        "some days I just feel flat and low."
    )
    wanted = {
        "sleep",
        "worry_fear_or_anxiety",
        "work_or_education",
        "money_or_finance",
        "loneliness_or_isolation",
        "sadness_or_depression",
    }
    assert set(match_concerns(text, checklist, "self", limit=len(wanted))) == wanted
    assert found(checklist, text) < wanted  # the five kept of six


@pytest.mark.parametrize(
    "text",
    [
        "my mates try their best but they don't get it",
        "my friends are kind. They just don't get it though",
    ],
)
def test_friends_who_dont_get_it_are_isolation(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "loneliness_or_isolation" in got
    assert "relationships" not in got


def test_family_who_dont_get_it_are_still_the_relationship(checklist: Checklist) -> None:
    assert "relationships" in found(checklist, "my family are lovely but they don't get it")


def test_flat_and_low_is_low_mood(checklist: Checklist) -> None:
    assert found(checklist, "most days I'm just flat and low") == {"sadness_or_depression"}


def test_a_carer_worn_out_by_caring_with_parking_dear_and_snapping_at_home(checklist: Checklist) -> None:
    text = (
        "caring for my mum on top of work is wearing me out. the car park at the infirmary is so dear every "
        "visit. and I keep snapping at my husband and the kids"
    )
    got = found(checklist, text, CARER)
    assert {"carer_coping", "transport_or_parking", "relationships"} <= got
    assert got <= {"carer_coping", "transport_or_parking", "relationships", "anger_or_frustration"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm exhausted with all the caring",
        "shattered from looking after him every night",
        "looking after dad is exhausting",
        "the caring makes me so tired",
    ],
)
def test_tiredness_put_down_to_the_caring_is_carer_coping(checklist: Checklist, text: str) -> None:
    got = found(checklist, text, CARER)
    assert "carer_coping" in got
    assert "tiredness_or_fatigue" not in got


@pytest.mark.parametrize("text", ["I'm exhausted all the time", "looking after mum and I'm running on empty"])
def test_a_carers_tiredness_told_apart_from_the_caring_stays(checklist: Checklist, text: str) -> None:
    assert "tiredness_or_fatigue" in found(checklist, text, CARER)


def test_a_carer_exhausted_by_caring_with_her_own_health_and_lonely(checklist: Checklist) -> None:
    text = (
        "I'm exhausted with all the caring and I keep cancelling my own GP appointments about my diabetes. "
        "I feel so lonely."
    )
    assert found(checklist, text, CARER) == {"carer_coping", "carer_own_health", "loneliness_or_isolation"}


@pytest.mark.parametrize(
    "text", ["the parking at the hospital is so dear", "hospital car parking charges cost a fortune"]
)
def test_what_parking_costs_is_parking(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {"transport_or_parking"}


@pytest.mark.parametrize(
    "text",
    [
        "taxis to clinic cost a fortune",
        "parking costs a fortune and it's crippling us",
        "can't afford the parking",
    ],
)
def test_fares_and_hardship_are_still_money(checklist: Checklist, text: str) -> None:
    assert "money_or_finance" in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I keep snapping at my wife and the kids", "self"),
        ("looking after my dad, and I'm snapping at my husband and the children", CARER),
    ],
)
def test_children_named_with_a_partner_at_odds_are_relationships(
    checklist: Checklist, text: str, role: str
) -> None:
    got = found(checklist, text, role)
    assert "relationships" in got
    assert "children" not in got


def test_afraid_for_the_bills_a_teen_hair_rows_no_appetite_and_scared(checklist: Checklist) -> None:
    text = (
        "the sick pay is a pittance so I'm terrified about the bills and the electric, my son is 12, and my "
        "hair will start coming out, and my husband and me are always arguing, and I can hardly eat with the "
        "nausea, and I'm frightened all the time"
    )
    wanted = {
        "money_or_finance",
        "worry_fear_or_anxiety",
        "children",
        "skin_or_appearance",
        "relationships",
        "eating_or_appetite",
    }
    assert set(match_concerns(text, checklist, "self", limit=len(wanted))) == wanted


@pytest.mark.parametrize("text", ["the sick pay doesn't cover the rent", "on sick pay and it's not enough"])
def test_sick_pay_is_money_not_work(checklist: Checklist, text: str) -> None:
    got = found(checklist, text)
    assert "money_or_finance" in got
    assert "work_or_education" not in got


def test_off_work_on_sick_pay_is_work_and_money(checklist: Checklist) -> None:
    assert {"work_or_education", "money_or_finance"} <= found(checklist, "I'm off work on sick pay")


def test_a_carer_who_gave_up_work_short_of_money_worn_down_and_not_speaking(checklist: Checklist) -> None:
    text = (
        "I've given up work to care for him so our money is in a real mess, and I'm honestly shattered with "
        "the caring. my sister does nothing to help and we're not speaking"
    )
    assert found(checklist, text, CARER) == {
        "work_or_education",
        "money_or_finance",
        "carer_coping",
        "relationships",
    }


@pytest.mark.parametrize(
    "text",
    ["my sister and me aren't talking", "me and my brother don't talk anymore", "me and him don't talk"],
)
def test_the_writer_and_another_not_talking_is_relationships(checklist: Checklist, text: str) -> None:
    assert "relationships" in found(checklist, text)


def test_one_person_not_talking_is_still_not_relationships(checklist: Checklist) -> None:
    assert "relationships" not in found(checklist, "he just sits there and doesn't talk", BEHALF)


def test_no_help_is_a_complaint_not_taken_back(checklist: Checklist) -> None:
    assert "carer_coping" in found(checklist, "I get no help at all with her", CARER)


def test_no_help_needed_is_still_taken_back(checklist: Checklist) -> None:
    assert found(checklist, "no help needed with the bills") == set()


def test_a_mess_said_of_money_is_money(checklist: Checklist) -> None:
    assert found(checklist, "my finances are a complete mess") == {"money_or_finance"}


@pytest.mark.parametrize("text", ["the kitchen is a mess", "our flat is a mess and I can't keep up"])
def test_a_mess_in_the_home_is_still_housework(checklist: Checklist, text: str) -> None:
    assert "housework_and_shopping" in found(checklist, text)


def test_looking_after_her_is_not_housework(checklist: Checklist) -> None:
    assert "housework_and_shopping" not in found(checklist, "I have to look after her all day", CARER)
