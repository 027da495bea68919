"""Families from the spring week's people, in other words: a carer telling a task of caring (getting the
person up, their medicines beyond the carer) is the caring itself.
Sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from tests.unit._concern_helpers import found

CARER = "carer_for_self"


@pytest.mark.parametrize(
    "text",
    [
        "She's a tall woman and I can't get her up out of the bath without help",
        "I get him out of bed and into his chair every morning",
        "I haven't a clue how I'm supposed to give her tablets, the chemist changed them all",
    ],
)
def test_a_task_of_caring_is_the_caring(checklist: Checklist, text: str) -> None:
    assert "caring_responsibilities" in found(checklist, text, CARER)


def test_medicines_beyond_the_carer_are_not_failing_to_cope(checklist: Checklist) -> None:
    assert found(checklist, "no idea what I should be doing with her injections", CARER) == {
        "caring_responsibilities"
    }


@pytest.mark.parametrize(
    "text", ["on half pay since Easter and the bills keep coming", "I'm on half pay, the bills are piling up"]
)
def test_half_pay_beside_other_money_is_the_money_not_the_job(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {"money_or_finance"}


def test_hair_named_then_falling_out_later_is_no_quarrel(checklist: Checklist) -> None:
    text = "the nurse said I'll lose my hair. it should start falling out after the second cycle"
    assert "relationships" not in found(checklist, text)


def test_barely_out_of_bed_is_tiredness(checklist: Checklist) -> None:
    assert "tiredness_or_fatigue" in found(checklist, "most mornings I can barely get out of bed")


def test_fed_up_then_fed_up_of_things_is_frustration(checklist: Checklist) -> None:
    text = "I'm fed up. Fed up of being stuck in, fed up of feeling rough"
    assert "anger_or_frustration" in found(checklist, text)
    assert "sadness_or_depression" not in found(checklist, text)


def test_parking_that_costs_a_fortune_is_money_too(checklist: Checklist) -> None:
    assert found(checklist, "hospital parking costs me a fortune every week") == {
        "transport_or_parking",
        "money_or_finance",
    }


def test_pain_after_eating_is_eating_too(checklist: Checklist) -> None:
    assert found(checklist, "sore stomach after I eat anything") == {"pain", "eating_or_appetite"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm a plasterer and I'm nowhere near fit enough to go back",
        "I'm a bricklayer. I'm not well enough to go back yet and the lads keep asking",
    ],
)
def test_a_trade_named_then_not_fit_to_go_back_is_work(checklist: Checklist, text: str) -> None:
    assert "work_or_education" in found(checklist, text)


def test_sitting_at_home_alone_is_cut_off(checklist: Checklist) -> None:
    text = "dad just sits in the flat on his own these days"
    assert "loneliness_or_isolation" in found(checklist, text, "on_behalf")


@pytest.mark.parametrize(
    "text",
    ["it doesn't seem real, any of it", "I've not told anybody at work, I only got the results Friday"],
)
def test_news_not_yet_real_or_told_is_coping_with_it(checklist: Checklist, text: str) -> None:
    assert "coping_with_diagnosis" in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("can't get in the shower now, I'm terrified of the bath", "washing_and_dressing"),
        ("afraid of what the vicar would think, I don't believe in God any more", "faith_or_spiritual"),
    ],
)
def test_a_fear_of_a_thing_named_is_that_thing(checklist: Checklist, text: str, item: str) -> None:
    assert found(checklist, text) == {item}


def test_hating_it_is_frustration_unless_it_is_a_thing_of_the_body(checklist: Checklist) -> None:
    assert "anger_or_frustration" in found(checklist, "now I can't even lift the kettle. I hate it")
    assert "anger_or_frustration" not in found(checklist, "the catheter. I hate it")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("we've not been together like that since my surgery", "sex_intimacy"),
        ("I'm up and down to the loo in the night", "sleep"),
        ("my husband gets upset with me when I don't eat", "relationships"),
        ("the mortgage holiday finishes next month", "money_or_finance"),
        ("I jolt awake with a fright most nights", "worry_fear_or_anxiety"),
    ],
)
def test_plain_readings_of_a_concern(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_a_counted_bedroom_is_a_room(checklist: Checklist) -> None:
    text = "7 of us in a 3 bedroom and I sleep in with my two girls"
    assert "sex_intimacy" not in found(checklist, text)


def test_numb_toes_are_not_numb_with_shock(checklist: Checklist) -> None:
    assert "coping_with_diagnosis" not in found(checklist, "my toes. numb and tingly")


def test_doing_her_washing_is_laundry(checklist: Checklist) -> None:
    text = "my aunt needs someone to do her washing and I'm two hours away"
    assert "washing_and_dressing" not in found(checklist, text, CARER)
    assert "housework_and_shopping" in found(checklist, text, CARER)


def test_missing_someone_still_here_is_no_grief(checklist: Checklist) -> None:
    text = "She's my wife but I feel like her carer. I miss her even though she's right next to me"
    assert "bereavement" not in found(checklist, text, CARER)


@pytest.mark.parametrize(
    "text", ["I hate depending on others for everything", "relying on neighbours for everything now"]
)
def test_leaning_on_others_is_not_caring_for_someone(checklist: Checklist, text: str) -> None:
    assert "caring_responsibilities" not in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    [
        "getting up to the Freeman every week for chemo and there is no bus",
        "what is the point getting up, I feel so low",
    ],
)
def test_getting_up_to_a_place_or_without_the_will_is_not_moving(checklist: Checklist, text: str) -> None:
    assert "walking_or_moving" not in found(checklist, text)


def test_weight_dropping_is_eating_not_looks(checklist: Checklist) -> None:
    assert found(checklist, "my weight is dropping every week") == {"eating_or_appetite"}
