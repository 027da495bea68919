"""Rule families added for unseen wording (each sentence written for this test, in our own words): the
risk is raised, at the right certainty, and everyday sayings with the same words are not."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import ABUSE, EMERGENCY, SIDE_EFFECT, SUICIDE, clear_kinds, possible_kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he's swallowed a handful of his sleeping pills", SUICIDE),
        ("I'm going to jump off the top of the car park", SUICIDE),
        ("I've rehomed the dog and there's nothing left to sort", SUICIDE),
        ("the worst headache of his life, it came on suddenly", EMERGENCY),
        ("not been to the toilet for days and I keep being sick", EMERGENCY),
        ("a pain squeezing my chest for twenty minutes", EMERGENCY),
        ("she can't get her words out and her arm won't lift", EMERGENCY),
        ("the home carer slapped my nan", ABUSE),
        ("I saw him grab her by the throat", ABUSE),
        ("some lads say they will stab him tonight", ABUSE),
        ("he gave me a proper hiding", ABUSE),
        ("he's threatening to burn the flat down if I leave him", ABUSE),
        ("I'm not even allowed out", ABUSE),
        ("my back has been really sore for a week and my legs feel a bit numb", SIDE_EFFECT),
    ],
)
def test_clear_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I sit counting the tablets out into my hand", SUICIDE),
        ("I won't be a burden for much longer", SUICIDE),
        ("it'd be easier all round if I just didn't wake up", SUICIDE),
        ("my breathing is getting much more puffed on the stairs", EMERGENCY),
        ("his heart is racing and he feels dizzy", EMERGENCY),
        ("she didn't know who I was this morning", EMERGENCY),
        ("new ache across my neck and my fingers are tingly", SIDE_EFFECT),
        ("since the chemo I can only manage small sips", SIDE_EFFECT),
        ("my son gets nasty when I say no to lending him money", ABUSE),
        ("I have to ask my partner before I can buy anything", ABUSE),
        ("there are marks on her arms again", ABUSE),
        ("please don't ring when he's home", ABUSE),
    ],
)
def test_possible_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "she'll kill me for forgetting her birthday",
        "I collapse on the settee every night after work",
        "nothing fits me since I lost weight",
        "I'm sick of these bloody letters",
        "I'm black and blue from the heparin injections",
        "I fell asleep in the chair and didn't wake till six",
        "that walk nearly killed me",
        "the pain was like being kicked by a horse, the physio said it's a trapped nerve",
        "he said I'd have to leave him the car keys",
        "we need a bus pass sorted for him",
    ],
)
def test_everyday_sayings_are_not_alarms(text: str) -> None:
    assert not clear_kinds(text), text


def test_a_worry_sorted_later_in_the_message_does_not_undo_a_risk_before_it() -> None:
    text = "He says he's got a rope in the garage. He also needs his blue badge sorted."
    assert SUICIDE in clear_kinds(text)
