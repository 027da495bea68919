"""Families of phrasing the concerns reader learned in round 9, each on sentences written for these
tests (not from any eval set): things named that are not worries, negation over a list, someone else's
fear, and a worry that is a thing."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import reader_for
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


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I'm still not over losing my mum and now this", "bereavement"),
        ("My wife has changed so much, it's like living with a stranger", "relationships"),
        ("The worst part is telling people at work", "coping_with_diagnosis"),
        ("I keep thinking I brought this on myself with the drinking", "coping_with_diagnosis"),
        ("Since the op I can't get up the kerb with the trolley", "walking_or_moving"),
        ("I can't do my hair any more, my arm won't lift", "washing_and_dressing"),
        ("I can't even lift the kettle these days", "housework_and_shopping"),
    ],
)
def test_round9_phrases(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_being_fed_up_by_someone_is_no_fee(checklist: Checklist) -> None:
    assert found(checklist, "Mum keeps trying to feed me up but I can't face food") == {"eating_or_appetite"}


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "My back was bad in the spring but that's sorted now with the physio. It's the bills",
            {"money_or_finance"},
        ),
        (
            "The fatigue's the thing, the money's sorted through a grant from the council",
            {"tiredness_or_fatigue"},
        ),
    ],
)
def test_what_was_sorted_and_how_is_no_concern(checklist: Checklist, text: str, left: set[str]) -> None:
    assert found(checklist, text) == left


def test_fine_only_sometimes_does_not_take_back_the_clause_before(checklist: Checklist) -> None:
    assert "pain" in found(checklist, "I had pain in my back, but it's fine when I sit")


def test_last_month_is_a_time_and_last_months_are_the_end_of_a_life(checklist: Checklist) -> None:
    assert "end_of_life_wishes" not in found(checklist, "Lost my job last month and the bills are mounting")
    assert "end_of_life_wishes" in found(checklist, "I'm in my last months and want to plan the funeral")


def test_a_son_doing_a_chore_is_no_concern_about_children(checklist: Checklist) -> None:
    text = "My son does the shopping for me, I can't walk far"
    assert found(checklist, text) == {"housework_and_shopping", "walking_or_moving"}


@pytest.mark.parametrize(
    ("text", "not_meant"),
    [
        ("Since the radiotherapy my fingers shake and I can't hold a pen", "worry_fear_or_anxiety"),
        ("People look at me on the train because of the tube in my nose", "transport_or_parking"),
        ("The chair's too deep, I can't get out of it on my own", "loneliness_or_isolation"),
        ("The op left me with a stoma and I hate the look of it", "relationships"),
        ("She's on maintenance tablets now and I'm the one doing everything", "money_or_finance"),
        ("Got about 10 leaflets and none of them make sense", "walking_or_moving"),
        ("The bowel screening picked it up and now I need chemo", "bladder_or_bowels"),
        ("I'd like to know what it'll look like near the end", "skin_or_appearance"),
        ("There's no bus stop near my flat and I can't walk far", "housing"),
    ],
)
def test_words_in_another_sense(checklist: Checklist, text: str, not_meant: str) -> None:
    assert not_meant not in found(checklist, text)


def test_shaking_with_nerves_is_still_a_worry(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, "My hands are shaking with nerves about the scan")


def test_which_is_fine_takes_back_the_chores_before_it(checklist: Checklist) -> None:
    text = "I do all the washing and ironing now, which is fine, but I'm shattered"
    assert found(checklist, text) == {"tiredness_or_fatigue"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm at peace with God about it all, it's the pain I can't stand",
        "My faith's what's keeping me going, it's the pain",
    ],
)
def test_faith_as_a_comfort_is_no_spiritual_concern(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {"pain"}


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("Ma man works away all week and I can't lift the shopping", "work_or_education"),
        ("My husband says he can't cope with me being ill", "coping_with_diagnosis"),
    ],
)
def test_what_is_said_of_someone_close_is_theirs(checklist: Checklist, text: str, theirs: str) -> None:
    assert theirs not in found(checklist, text)


def test_news_told_to_the_writer_is_still_theirs(checklist: Checklist) -> None:
    assert "coping_with_diagnosis" in found(
        checklist, "The doctor told me it's spread and I can't take it in"
    )


def test_one_of_ours_by_name_with_a_young_age_is_a_child(checklist: Checklist) -> None:
    assert "children" in found(checklist, "Our Kayleigh, she's only 14, and it's hit her hard")


def test_gone_now_after_a_partner_is_a_death(checklist: Checklist) -> None:
    assert "bereavement" in found(checklist, "My husband did all the gardening but he's gone now")


def test_asking_whether_one_is_dying_is_fear(checklist: Checklist) -> None:
    result = found(checklist, "The doctor says it's spread. Am I dying?")
    assert "worry_fear_or_anxiety" in result
    assert "end_of_life_wishes" not in result


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("The boiler's broke an the landlord won't come out", {"housing"}),
        ("I'm broke an I can't pay the gas", {"money_or_finance"}),
    ],
)
def test_a_thing_broke_is_broken_and_the_writer_broke_is_skint(
    checklist: Checklist, text: str, meant: set[str]
) -> None:
    assert found(checklist, text) == meant


def test_an_as_said_is_and_but_not_before_letters(checklist: Checklist) -> None:
    reader = reader_for(checklist)
    assert [w for w, _ in reader.words.read("tired an he's no help")][1] == "and"
    assert [w for w, _ in reader.words.read("waiting on an MRI")][2] != "and"
    assert reader.words.read("an operation")[0][0] != "and"


def test_a_partner_fed_up_with_the_writer_is_the_relationship(checklist: Checklist) -> None:
    result = found(checklist, "The wife's fed up wi me, says I never stop moaning")
    assert "relationships" in result
    assert "anger_or_frustration" not in result


def test_a_partner_saying_they_cannot_cope_is_the_relationship(checklist: Checklist) -> None:
    result = found(checklist, "My husband says he can't cope with me being like this")
    assert result == {"relationships"}


def test_not_having_the_energy_is_lacking_it(checklist: Checklist) -> None:
    assert "tiredness_or_fatigue" in found(checklist, "I haven't the energy for the garden now")
    assert found(checklist, "Not the money, it's the pain") == {"pain"}


@pytest.mark.parametrize(
    ("written", "heard"),
    [
        ("I dont no what to do", "know"),
        ("not sure weather it's the tablets", "whether"),
        ("it's all to much for me", "too"),
    ],
)
def test_words_written_as_they_sound(checklist: Checklist, written: str, heard: str) -> None:
    assert heard in [w for w, _ in reader_for(checklist).words.read(written)]


@pytest.mark.parametrize(
    ("written", "kept"),
    [("the weather is cold", "weather"), ("I went to bed", "to"), ("I do not, no", "no")],
)
def test_words_that_only_sound_alike_stay(checklist: Checklist, written: str, kept: str) -> None:
    assert kept in [w for w, _ in reader_for(checklist).words.read(written)]
