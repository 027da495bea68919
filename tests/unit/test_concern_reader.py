"""The concerns reader's mechanisms, each on sentences written for these tests (not from any eval set)."""

from __future__ import annotations

import numpy as np
import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import (
    MASK,
    ORDINARY,
    SHORTHAND,
    _mask_cancer_names,
    _span,
    reader_for,
)
from frontdoor.checklist.words import Words, is_english
from tests.unit._concern_helpers import found


@pytest.mark.parametrize(
    "text",
    ["I have bowel cancer", "breast ca, finished chemo in june", "cancer of the stomach, stage 3"],
)
def test_a_cancer_name_is_not_a_concern(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == set()


def test_the_body_part_still_counts_when_it_is_the_problem(checklist: Checklist) -> None:
    assert "bladder_or_bowels" in found(
        checklist, "since the bowel cancer op my bowels are all over the place"
    )


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("my breathing is better now, I just can't walk far", {"walking_or_moving"}),
        ("not worried about money, it's the tiredness", {"tiredness_or_fatigue"}),
        ("no pain thank goodness, but I can't sleep", {"sleep"}),
        ("eating is fine now, my breathing is the trouble", {"breathing"}),
        ("sleeping isn't the problem, it's the bills", {"money_or_finance"}),
        ("I'm not depressed, just exhausted", {"tiredness_or_fatigue"}),
    ],
)
def test_what_they_say_is_not_a_problem_is_taken_back(
    checklist: Checklist, text: str, items: set[str]
) -> None:
    assert found(checklist, text) == items


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("not sleeping at all", "sleep"),
        ("no appetite", "eating_or_appetite"),
        ("can't walk far", "walking_or_moving"),
    ],
)
def test_a_negation_that_names_the_problem_is_kept(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("worried about my job", "work_or_education"),
        ("it's the rent I worry about", "housing"),
        ("money worries", "money_or_finance"),
    ],
)
def test_worry_about_something_is_that_thing(checklist: Checklist, text: str, item: str) -> None:
    assert found(checklist, text) == {item}


def test_worry_that_keeps_them_awake_is_both(checklist: Checklist) -> None:
    assert found(checklist, "lie awake most nights worrying") == {"sleep", "worry_fear_or_anxiety"}


def test_several_concerns_in_one_message_are_all_found(checklist: Checklist) -> None:
    assert found(checklist, "skint, shattered, and my teenager has gone off the rails") == {
        "money_or_finance",
        "tiredness_or_fatigue",
        "children",
    }


@pytest.mark.parametrize(
    ("text", "mine"),
    [
        ("my wife hardly sleeps these days", False),
        ("I keep forgetting things", True),
        ("my wife can't sleep", False),
        ("I can't sleep for thinking about her", True),
    ],
)
def test_a_carers_own_sleep_is_theirs_and_the_persons_is_not(
    checklist: Checklist, text: str, mine: bool
) -> None:
    items = found(checklist, text, "carer_for_self")
    assert bool(items & {"memory_or_concentration", "sleep"}) is mine


def test_someone_elses_work_is_not_the_writers(checklist: Checklist) -> None:
    assert "work_or_education" not in found(
        checklist, "my husband still works full time so I'm alone all day"
    )
    assert "work_or_education" in found(checklist, "I can't work and my boss keeps ringing")


def test_for_a_carer_caring_is_strain_not_a_concern_of_its_own(checklist: Checklist) -> None:
    carer = found(checklist, "looking after him is getting too much for me", "carer_for_self")
    assert "carer_coping" in carer and "caring_responsibilities" not in carer
    assert found(checklist, "I'm not coping", "carer_for_self") == {"carer_coping"}
    assert "caring_responsibilities" in found(
        checklist, "I look after my disabled brother and worry who will"
    )


@pytest.mark.parametrize(
    "text",
    [
        "hello, who is this?",
        "stage two, started chemo on monday",
        "nothing really, I'm fine",
        "can you ring me",
    ],
)
def test_ordinary_talk_raises_no_concern(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == set()


def test_the_classifier_adds_an_item_only_with_evidence_and_above_ordinary_talk(checklist: Checklist) -> None:
    reader = reader_for(checklist)
    classes = list(reader.labels.classes_)
    row = np.zeros(len(classes))
    row[classes.index("pain")] = 0.9
    allowed = set(classes)
    evidence = next(iter(reader.evidence["pain"]))
    assert reader._confident(row, {"hello"}, allowed, 0.5) == []
    assert reader._confident(row, {evidence}, allowed, 0.5) == ["pain"]
    row[classes.index(ORDINARY)] = 0.95
    assert reader._confident(row, {evidence}, allowed, 0.5) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("totally jiggered", "tiredness_or_fatigue"),
        ("cant get me socks on", "washing_and_dressing"),
        ("raging wi the council", "anger_or_frustration"),
        ("anxeity is terrible", "worry_fear_or_anxiety"),
    ],
)
def test_dialect_text_speak_and_slips(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_a_reader_adds_its_own_shorthand_to_the_shared_table() -> None:
    words = Words({"money", "bother"}, SHORTHAND)
    assert words.lemmas("nae bother wi money") == ["nae", "bother", "with", "money"]
    assert Words({"money"}).lemmas("wi money") == ["wi", "money"]


@pytest.mark.parametrize("text", ["prostate, stage 2", "Lung, stage three. Chemo starts Friday."])
def test_a_stage_names_the_diagnosis(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == set()


def test_cant_is_not_read_as_a_cancer_name(checklist: Checklist) -> None:
    words = reader_for(checklist).words
    assert _mask_cancer_names(words.lemmas("I can't walk far")) == words.lemmas("I can't walk far")
    assert _mask_cancer_names(words.lemmas("breast ca, can't walk far"))[:2] == [MASK, MASK]


@pytest.mark.parametrize(
    ("word", "english"), [("instead", True), ("sorted", True), ("refused", True), ("anxeity", False)]
)
def test_real_words_are_never_mended_into_others(word: str, english: bool) -> None:
    assert is_english(word) is english
    mended = Words({"unsteady", "sore", "rehouse", "anxiety"}).lemmas(word)
    assert (mended == ["anxiety"]) is (word == "anxeity")
    assert mended[0] not in {"unsteady", "sore", "rehouse"}


def test_a_worry_noun_takes_the_word_before_it_and_a_worrying_verb_does_not(checklist: Checklist) -> None:
    assert found(checklist, "job worries") == {"work_or_education"}
    assert found(checklist, "awake every night worrying") >= {"sleep", "worry_fear_or_anxiety"}


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("bardzo zmęczona po chemii", "tiredness_or_fatigue"),
        ("bahut dard hai", "pain"),
        ("nu dorm noaptea", "sleep"),
        ("আমি খুব ক্লান্ত", "tiredness_or_fatigue"),
    ],
)
def test_everyday_words_in_other_languages(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_letters_with_combining_marks_stay_whole() -> None:
    assert Words(set()).lemmas("খুব ক্লান্ত") == ["খুব", "ক্লান্ত"]


def test_who_has_the_diagnosis_is_not_a_concern_about_them(checklist: Checklist) -> None:
    assert found(checklist, "my husband has bowel cancer") == set()
    assert "relationships" in found(checklist, "my husband won't talk to me about any of it")


def test_on_my_own_is_lonely_only_when_it_is_about_being_alone(checklist: Checklist) -> None:
    assert "loneliness_or_isolation" in found(checklist, "I live on my own since the divorce")
    assert "loneliness_or_isolation" not in found(checklist, "can't get in the bath on my own")


def test_on_someones_behalf_their_symptoms_are_the_concern(checklist: Checklist) -> None:
    assert "sleep" in found(checklist, "he hardly sleeps at all", "on_behalf")
    assert "sleep" not in found(checklist, "he hardly sleeps at all", "self")


@pytest.mark.parametrize("text", ["dying for a cup of tea", "lung", "yes, prostate"])
def test_figures_of_speech_and_a_bare_cancer_site_raise_nothing(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == set()


def test_a_worry_that_is_killing_them_is_still_a_worry(checklist: Checklist) -> None:
    assert "worry_fear_or_anxiety" in found(checklist, "the worry is killing me")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I can't really sleep these days", "sleep"),
        ("there's no more money coming in", "money_or_finance"),
        ("my hair is all falling out", "skin_or_appearance"),
    ],
)
def test_a_phrase_still_counts_with_filler_words_inside_it(
    checklist: Checklist, text: str, item: str
) -> None:
    assert item in found(checklist, text)


def test_filler_words_do_not_join_a_phrase_across_other_words() -> None:
    assert _span(["can", "not", "sleep"], ("can", "not", "sleep")) == (0, 3)
    assert _span(["can", "not", "really", "sleep"], ("can", "not", "sleep")) == (0, 4)
    assert _span(["can", "not", "face", "sleep"], ("can", "not", "sleep")) is None
    assert _span(["can", "not", ",", "sleep"], ("can", "not", "sleep")) is None


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("wetting myself when I cough", {"bladder_or_bowels"}),
        ("so out of breath just walking up the road", {"breathing"}),
        ("knackered after walking the dog", {"tiredness_or_fatigue"}),
    ],
)
def test_what_comes_after_when_or_after_is_a_circumstance_not_a_concern(
    checklist: Checklist, text: str, items: set[str]
) -> None:
    assert found(checklist, text) == items


def test_a_circumstance_word_alone_does_not_drop_a_concern(checklist: Checklist) -> None:
    assert found(checklist, "when I walk my legs give way") == {"walking_or_moving"}


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("a wee bit tired these days", {"tiredness_or_fatigue"}),
        ("my marriage is falling apart", {"relationships"}),
    ],
)
def test_more_figures_of_speech(checklist: Checklist, text: str, items: set[str]) -> None:
    assert found(checklist, text) == items


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("im sooooo tired", "tiredness_or_fatigue"),
        ("cnt eat nuthin", "eating_or_appetite"),
        ("money is tight", "money_or_finance"),
        ("we're hard up", "money_or_finance"),
        ("shooting pains down my arm", "pain"),
        ("can't nod off till 4", "sleep"),
        ("my get up and go has got up and gone, totally flagging", "tiredness_or_fatigue"),
    ],
)
def test_everyday_words_nobody_wrote_as_examples(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_cant_with_an_apostrophe_reads_as_cant_without_one(checklist: Checklist) -> None:
    words = reader_for(checklist).words
    assert words.lemmas("I can't sleep") == words.lemmas("I cant sleep")
    assert words.lemmas("won't") == ["will", "not"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Not the kids, not money, it's the tiredness", {"tiredness_or_fatigue"}),
        ("not sleeping, not eating", {"sleep", "eating_or_appetite"}),
    ],
)
def test_a_lone_not_before_a_thing_takes_it_back(checklist: Checklist, text: str, items: set[str]) -> None:
    assert found(checklist, text) == items


@pytest.mark.parametrize(
    "text",
    ["nothing works since the operation", "the pain is bad every night", "money's fine thank god"],
)
def test_everyday_sayings_raise_only_what_they_mean(checklist: Checklist, text: str) -> None:
    assert not found(checklist, text) & {
        "work_or_education",
        "sleep",
        "faith_or_spiritual",
        "money_or_finance",
    }


def test_looking_after_is_caring_not_a_circumstance(checklist: Checklist) -> None:
    assert "carer_own_health" in found(
        checklist, "so stressed looking after dad that my blood pressure is sky high", "carer_for_self"
    )


def test_a_carers_tiredness_beside_the_caring_is_strain(checklist: Checklist) -> None:
    assert found(checklist, "looking after my dad and I'm completely drained", "carer_for_self") == {
        "carer_coping",
        "tiredness_or_fatigue",
    }


@pytest.mark.parametrize(
    "text",
    [
        "nothing much right now, the nurse gave me this number",
        "honestly all ok, coping well, my sister comes round",
        "I'm fine thanks, just filling this in like they asked",
        "not really anything, wanted to see what you do",
    ],
)
def test_opening_by_saying_nothing_is_wrong_leaves_no_guesses(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == set()


def test_saying_nothing_is_wrong_still_keeps_a_concern_named_outright(checklist: Checklist) -> None:
    assert found(checklist, "nothing really, except I cant afford the heating") == {"money_or_finance"}


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("the boiler's broken again and the landlord won't come", {"housing"}),
        ("my chest feels tight in the mornings", {"breathing"}),
        ("I'm ready to talk to someone about the pain", {"pain"}),
    ],
)
def test_a_slang_word_is_not_read_from_the_common_word_it_shares_a_root_with(
    checklist: Checklist, text: str, items: set[str]
) -> None:
    assert found(checklist, text) == items


@pytest.mark.parametrize("text", ["my wee dug is pining for me", "the wee one keeps asking questions"])
def test_scots_wee_before_a_thing_is_small_not_the_bladder(checklist: Checklist, text: str) -> None:
    assert "bladder_or_bowels" not in found(checklist, text)


def test_walking_a_dog_is_not_housework(checklist: Checklist) -> None:
    assert "housework_and_shopping" not in found(checklist, "who walks the dog when im in hospital")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("my head goes round and round with it", "worry_fear_or_anxiety"),
        ("I keep thinking about my mum, who sees to her if I'm not here", "worry_fear_or_anxiety"),
        ("I don't enjoy anything these days", "sadness_or_depression"),
        ("the mess in the kitchen really gets me down", "sadness_or_depression"),
        ("why us, we've always looked after ourselves", "anger_or_frustration"),
        ("I keep snapping at my husband for no reason", "relationships"),
    ],
)
def test_feelings_said_in_other_words(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_not_driving_is_about_work_when_driving_is_the_work(checklist: Checklist) -> None:
    assert found(checklist, "I'm a delivery driver and the doctor says I can't drive for six months") == {
        "work_or_education"
    }


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("my ssp finishes next week", {"money_or_finance", "work_or_education"}),
        ("there's been nothing coming in for weeks", {"money_or_finance"}),
        ("five of us sharing a bedroom in my sister's place", {"housing"}),
        ("the cold in the house is making my chest worse", {"breathing", "housing"}),
    ],
)
def test_practical_worries_in_other_words(checklist: Checklist, text: str, items: set[str]) -> None:
    assert found(checklist, text) == items


@pytest.mark.parametrize(
    "text",
    [
        "work, the kids and now dad's appointments, something has got to give",
        "I can hardly get through my own day never mind her",
        "she always did the bills and I don't know what I'm doing with any of it",
    ],
)
def test_a_carers_strain_in_other_words(checklist: Checklist, text: str) -> None:
    assert "carer_coping" in found(checklist, text, "carer_for_self")


@pytest.mark.parametrize(("word", "lemma"), [("does", "do"), ("were", "be"), ("worse", "worse")])
def test_lemmas_the_lookup_table_gets_wrong_are_mended(checklist: Checklist, word: str, lemma: str) -> None:
    assert reader_for(checklist).words.lemmas(word) == [lemma]


@pytest.mark.parametrize(
    "text", ["scared the tablets aren't working", "what happens if the treatment doesn't work"]
)
def test_treatment_working_is_not_a_job(checklist: Checklist, text: str) -> None:
    assert "work_or_education" not in found(checklist, text)


def test_a_carer_saying_whose_child_they_are_is_not_a_concern_about_children(checklist: Checklist) -> None:
    assert "children" not in found(checklist, "I'm her son and I'm struggling to cope", "carer_for_self")


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("like a zombie most days", {"tiredness_or_fatigue"}),
        ("the painkillers have bunged me up good and proper", {"bladder_or_bowels", "pain"}),
    ],
)
def test_words_read_as_they_are_meant_here(checklist: Checklist, text: str, items: set[str]) -> None:
    assert found(checklist, text) == items


@pytest.mark.parametrize(
    "text", ["the bus stop at the end of the street is as far as I get", "at the end of the day I just sit"]
)
def test_an_end_that_is_a_place_or_a_time_is_not_the_end_of_life(checklist: Checklist, text: str) -> None:
    assert "end_of_life_wishes" not in found(checklist, text)


def test_driving_a_taxi_is_the_work(checklist: Checklist) -> None:
    assert found(checklist, "I drive a taxi and can't work on these tablets") == {"work_or_education"}


@pytest.mark.parametrize(
    "text",
    [
        "the ward won't tell me anything about his scan",
        "I've rung three times and nobody calls me back",
        "I just want a straight answer from someone",
        "too embarrassed to ask the doctor about it",
    ],
)
def test_not_being_told_is_an_information_need(checklist: Checklist, text: str) -> None:
    assert "information_needs" in found(checklist, text)


@pytest.mark.parametrize(
    "text",
    ["no idea how to explain any of this to the kids", "the grandkids don't understand why I'm poorly"],
)
def test_what_to_tell_the_children_is_about_the_children(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {"children"}


def test_only_an_opening_nothing_says_there_is_no_concern(checklist: Checklist) -> None:
    assert "meaning_or_purpose" in found(checklist, "I used to love my garden, now nothing")
    assert found(checklist, "hi, nothing much thanks") == set()


def test_not_getting_up_the_stairs_is_walking_not_tiredness(checklist: Checklist) -> None:
    assert found(checklist, "I can't get up the stairs to bed now") == {"walking_or_moving"}


@pytest.mark.parametrize(
    "text",
    [
        "put on loads of weight on the hormone tablets",
        "put on 3 stone, nothing fits",
        "none of my clothes fit now",
    ],
)
def test_weight_put_on_is_how_they_look(checklist: Checklist, text: str) -> None:
    assert found(checklist, text) == {"skin_or_appearance"}


def test_night_alone_says_when_not_a_sleep_problem(checklist: Checklist) -> None:
    assert found(checklist, "the pain is worst at night") == {"pain"}
    assert "sleep" in found(checklist, "I have such bad nights")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("since the op I won't let him see me undressed", "sex_intimacy"),
        ("I don't feel like a woman any more", "sex_intimacy"),
        ("we're more like nurse and patient these days", "relationships"),
        ("we never talk anymore, just about hospital", "relationships"),
        ("who would want me now, looking like this", "relationships"),
    ],
)
def test_a_couple_apart_in_other_words(checklist: Checklist, text: str, item: str) -> None:
    assert item in found(checklist, text)


def test_a_spouse_saying_who_they_are_is_not_a_concern_about_the_marriage(checklist: Checklist) -> None:
    assert "relationships" not in found(checklist, "I'm her husband and she can't eat a thing", "on_behalf")
