"""Safety rules: reading messages (spelling slips, text-speak, dialect), the learned reader that may
only ever suggest a possible risk, and the Detection/Assessment contract others rely on."""

from __future__ import annotations

import pytest

from frontdoor.safety.detector import KINDS, Assessment, Detection
from tests.unit._safety_helpers import (
    EMERGENCY,
    SIDE_EFFECT,
    SUICIDE,
    any_alarm,
    assess,
    clear_kinds,
    detector,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("feelin suicidle tonite", SUICIDE),
        ("im thinkin of endin it", SUICIDE),
        ("ive been stockpilin my tablits", SUICIDE),
        ("i feel sucidal", SUICIDE),
        ("he cnt breath", EMERGENCY),
        ("shiverin n boilin after chemo", SIDE_EFFECT),
        ("a jist want tae go tae sleep an no wake up", SUICIDE),
        ("kms", SUICIDE),
        ("she's havin a seizure", EMERGENCY),
        ("my partner threatend me last nite", "harm_or_abuse"),
    ],
)
def test_spelling_slips_and_text_speak(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I not want live, too much pain", SUICIDE),
        ("my father he want die, he say this every day", SUICIDE),
        ("he not let me go out of house", "harm_or_abuse"),
        ("my husband no give me money for medicine", "harm_or_abuse"),
        ("my mother chest very pain and sweating", EMERGENCY),
        ("blood not stop from his nose", EMERGENCY),
    ],
)
def test_english_as_a_second_language(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("filled", "filled"),
        ("injections", "injections"),
        ("stopped", "stopped"),
        ("Sharon", "sharon"),
        ("since", "since"),
    ],
)
def test_real_words_and_names_are_never_mended(word: str, kept: str) -> None:
    tokens = detector().reader.read(f"my friend {word} it")
    assert kept in [t.text for t in tokens]


def test_a_misspelling_is_mended_to_the_vocabulary() -> None:
    assert "unconscious" in [t.text for t in detector().reader.read("he is unconsious")]


def test_contractions_are_expanded_before_apostrophes_go() -> None:
    words = [t.text for t in detector().reader.read("he'd said we'll see, I can't")]
    assert words == ["he", "would", "said", "we", "will", "see", ",", "i", "can", "not"]


def test_the_learned_reader_only_asks_however_sure_it_is() -> None:
    learned = detector().learned
    assert learned is not None
    text = "i keep thinking my children would be relieved if i slipped away quietly"
    guess = learned.read(" ".join(t.text for t in detector().reader.read(text)))
    assert guess is not None and guess[0] == SUICIDE and guess[1] >= 0.9
    found = assess(text)
    assert not found.detections  # a statistical guess alone never pages staff
    assert [(d.kind, d.certainty) for d in found.possible] == [(SUICIDE, "possible")]
    assert found.possible[0].rule.startswith("learned:")
    abuse = assess("my partner decides who i am allowed to see and what i wear")
    assert not abuse.detections
    assert [(d.kind, d.certainty) for d in abuse.possible] == [("harm_or_abuse", "possible")]
    assert float(abuse.possible[0].rule.split(":")[1]) >= learned.possible_from


def test_a_risky_sentence_is_heard_inside_a_long_message() -> None:
    learned = detector().learned
    assert learned is not None
    text = (
        "hello, i was ringing about the blue badge form and the parking at the hospital is dear. "
        "i cannot see any reason to keep on living like this. also can you ring after ten"
    )
    words = " ".join(t.text for t in detector().reader.read(text))
    guess = learned.read(words, [part for part in words.split(" . ") if part])
    assert guess is not None and guess[0] == SUICIDE
    assert SUICIDE in [d.kind for d in [*assess(text).detections, *assess(text).possible]]


def test_the_learned_reader_is_quiet_on_ordinary_answers() -> None:
    for text in ("can I have a call on Thursday morning", "I need help with my council tax", "yes please"):
        found = assess(text)
        assert not found.detections and not found.possible, text


def test_the_contract() -> None:
    found = assess("I have chest pain and I want to end it all, chest pain again")
    assert isinstance(found, Assessment)
    assert [d.kind for d in found.detections] == [SUICIDE, EMERGENCY]
    assert all(isinstance(d, Detection) and d.certainty == "clear" for d in found.detections)
    assert all(len(d.excerpt) <= 80 for d in found.detections)
    assert detector().detect("I have chest pain") == assess("I have chest pain").detections
    assert set(KINDS) == {SUICIDE, EMERGENCY, "harm_or_abuse", SIDE_EFFECT}


def test_possible_never_repeats_a_clear_kind() -> None:
    found = assess("what's the point, I want to kill myself")
    assert [d.kind for d in found.detections] == [SUICIDE]
    assert SUICIDE not in [d.kind for d in found.possible]


def test_indirect_wording_is_possible_not_clear() -> None:
    found = assess("honestly what is the point")
    assert not found.detections
    assert [(d.kind, d.certainty) for d in found.possible] == [(SUICIDE, "possible")]


@pytest.mark.parametrize("name", ["Shirin", "Shirin Begum"])
def test_a_name_given_as_an_answer_is_never_mended(name: str) -> None:
    assert [t.text for t in detector().reader.read(name)] == name.lower().split()
    assert not any_alarm(name)


def test_a_postcode_and_an_age_are_not_enough_words_for_the_learned_reader() -> None:
    for answer in ("DD3 6HU an im 38", "KY8 4HN and I'm 38"):
        assert not any_alarm(answer), answer


@pytest.mark.parametrize(
    "worry",
    [
        "my landlord Marcus keeps threatening to evict me",
        "bailiffs keep threatening to come",
        "the council threatened us with court",
        "the council has threatened to take us to court over the arrears",
        "debt collectors keep threatening us with court",
        "the DWP are threatening me with sanctions",
        "the landlord threatened us with eviction",
        "my landlord threatened to throw us out",
        "the letting agent keeps threatening us",
        "we're being threatened with court by the energy company",
    ],
)
def test_a_threat_about_the_home_or_money_is_a_housing_or_money_worry_not_harm(worry: str) -> None:
    assert not any_alarm(worry)


@pytest.mark.parametrize(
    "threat",
    [
        "my partner threatens to throw me out if I tell anyone",
        "he threatened to hurt the kids",
        "my landlord threatened to hurt me",
        "the bailiff threatened to hit me",
        "she threatened us with a knife",
        "my husband threatened me with court if I leave with the kids",
        "my landlord threatened me, said he would hurt me",
    ],
)
def test_a_threat_to_hurt_someone_is_abuse_whoever_makes_it(threat: str) -> None:
    assert clear_kinds(threat) == ["harm_or_abuse"]


@pytest.mark.parametrize(
    "text",
    [
        "She's getting forgetful and gets muddled with her tablets",
        "he gets his pills mixed up",
        "mum gets confused about her meds",
    ],
)
def test_muddled_with_tablets_is_about_managing_them_not_confusion_on_treatment(text: str) -> None:
    assert not clear_kinds(text)


def test_confusion_on_treatment_is_still_clear() -> None:
    for text in ("she is confused since starting her chemo tablets", "dad is very confused after chemo"):
        assert clear_kinds(text) == ["treatment_side_effect"], text
