"""Rule families added after the fifth blind safety set, each sentence written for this test in our own
words: clear risks that had got no help (cord compression without back pain, urine retention on
treatment, a fever brought down with paracetamol, parting words and no answer, lingering at a height,
coercive control and neglect, bleeding that goes on), possible risks worth a direct question, and
look-alikes (sayings, a fever that is over, a cause found, a general question) that had raised one."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import (
    ABUSE,
    EMERGENCY,
    SIDE_EFFECT,
    SUICIDE,
    any_alarm,
    assess,
    clear_kinds,
    possible_kinds,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("his legs have gone weak and wobbly and he has bone mets", SIDE_EFFECT),
        ("my feet are numb and it's spreading up, and I can't feel when I need a wee", SIDE_EFFECT),
        ("my bottom has gone numb and I keep leaking, my back is sore", SIDE_EFFECT),
        ("she's on radiotherapy and hasn't passed urine all day", SIDE_EFFECT),
        ("dad has stopped peeing and his belly is hard and swollen", SIDE_EFFECT),
        ("my gums are that full of ulcers I can't swallow any water", SIDE_EFFECT),
        ("on chemo and mum's thermometer says 38.2 tonight", SIDE_EFFECT),
        ("on chemo, shivery and 38.4 this morning but I took ibuprofen so it's come down", SIDE_EFFECT),
        ("my sister posted goodbye to everyone and now her phone is off", SUICIDE),
        ("he sent a message saying sorry for everything and he's not replying", SUICIDE),
        ("my husband found me with a cord around my neck", SUICIDE),
        ("I have enough oramorph in the drawer to end things", SUICIDE),
        ("no one would notice if I was gone", SUICIDE),
        ("she's bringing up blood clots", EMERGENCY),
        ("he can only get out a couple of words between breaths", EMERGENCY),
        ("it feels like a weight sitting on my chest", EMERGENCY),
        ("his nose bleed won't stop and it's been two hours", EMERGENCY),
        ("she's been bleeding from her stoma since lunchtime", EMERGENCY),
        ("his poo is black and tarry and he's very pale", EMERGENCY),
        ("a headache, the worst I've ever known, out of nowhere", EMERGENCY),
        ("no one has seen the old man next door for a week and his post is piling up", EMERGENCY),
        ("my brother went for me with a hammer", ABUSE),
        ("my partner locked me out overnight", ABUSE),
        ("the night staff manhandled him roughly", ABUSE),
        ("my uncle gets handy when he's been drinking", ABUSE),
        ("her partner won't let her have her painkillers until she does as she's told", ABUSE),
        ("my calf went red and hot and now I can't catch my breath, I'm on letrozole", SIDE_EFFECT),
        ("thinking about never waking up, it's all planned", SUICIDE),
        ("she said she'd end it herself before the tumour does", SUICIDE),
        ("I've my own way out sorted for after Christmas", SUICIDE),
        ("the urges are back and I'm frightened I'll act on them", SUICIDE),
        ("he's got a bottle of whisky and all his tablets in the shed", SUICIDE),
        ("I can't see a way out, I keep thinking about the tablets in the drawer", SUICIDE),
        ("she's having an asthma attack", EMERGENCY),
        ("grandad is slumped on the sofa and his arm is floppy", EMERGENCY),
        ("I've been lying on the floor for an hour, I can't get up", EMERGENCY),
        ("her hickman line looks infected", SIDE_EFFECT),
        ("he's had the runs for two days since his immunotherapy", SIDE_EFFECT),
        ("she's bruised all over since starting the chemo tablets", SIDE_EFFECT),
        ("my son takes money out of my pension", ABUSE),
        ("she'll make sure I regret it if I tell anyone", ABUSE),
        ("the carer pinches him when nobody's around", ABUSE),
        ("my uncle comes into my bedroom at night, I'm 13", ABUSE),
        ("each evening I stop at the multistorey roof on the way home and stare down", SUICIDE),
        ("her son won't let the carers in and her sores smell awful", ABUSE),
        ("my words keep coming out wrong and I can't type properly", EMERGENCY),
    ],
)
def test_clear_risks_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm on chemo and I've been a bit under the weather", SIDE_EFFECT),
        ("since my radiotherapy I can't keep much down", SIDE_EFFECT),
        ("his breathing has got really bad tonight", EMERGENCY),
        ("she keeps going vacant for a few seconds", EMERGENCY),
        ("I'm short of breath today a lot more than usual", EMERGENCY),
        ("is it normal to have black tarry stools? it started this morning", EMERGENCY),
        ("I think I'm having a stroke, my arm went numb for five minutes and it's fine now", EMERGENCY),
        ("some days I think about swerving the car off the road, then it passes", SUICIDE),
        ("I wouldn't care if I got hit by a lorry", SUICIDE),
        ("the cleaner keeps asking dad for loans", ABUSE),
        ("the home help has been taking nan's letters to her own flat", ABUSE),
        ("my aunt's new boyfriend is only after her savings", ABUSE),
        ("it's not safe for the children when he's drinking", ABUSE),
        ("her new man has been signing her name on things", ABUSE),
        ("I keep parking at the viaduct and staring down", SUICIDE),
        ("I'm too weak to fight back when he starts", ABUSE),
        ("her stepfather keeps hiding her oramorph", ABUSE),
        ("my inhaler isn't helping today", EMERGENCY),
        ("I've been bruising easily since chemo", SIDE_EFFECT),
        ("my mum's boyfriend comes into my bedroom at night", ABUSE),
        ("my words keep coming out wrong", EMERGENCY),
        ("he takes my keys off me so I can't go anywhere", ABUSE),
        ("her husband takes all the pension and she has nothing", ABUSE),
    ],
)
def test_possible_risks_are_asked_about(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "don't breathe a word to my sister about the appointment",
        "an overdose of forms this week, help",
        "my wife will kill me for booking this without asking",
        "I feel like I've been hit by a truck after chemo",
        "I had a temperature of 38 on chemo last week, they gave me antibiotics and my temperature's normal",
        "I had the shivers after my first infusion but it's been all fine since",
        "she had a funny turn in June which turned out to be low sugar, she's been fine since",
        "my chest gets tight before scans, the nurse said it is anxiety",
        "is it normal to feel tired on chemo?",
        "is it normal to get black poo on iron tablets?",
        "my mind went blank at the appointment",
        "does the 37.5 rule still apply on chemo?",
        "I signed my name on the form",
        "my son opens my post for me",
        "I wrapped a scarf round my neck as it's cold",
        "I don't change the dressings myself, the nurse does",
        "I've got enough tablets to last me the week",
        "I can only say a few words in Punjabi",
        "bleeding from my gums since this morning when I brushed",
        "nobody has seen a social worker for weeks and the council are not answering the phone",
        "it would save everyone a lot of bother if you could send the forms by email",
        "I want to sort the benefits out once and for all",
        "they took so much blood at the clinic today",
        "my son's getting handy with the wheelchair",
        "I'm too weak to fight back against the cancer",
        "the porter handled the wheelchair roughly",
        "my breathing isn't too bad today",
        "I'm 37.5 weeks pregnant and on chemo",
        "my husband comes into my room at night to check I'm ok",
        "dad's stubborn, he won't let the carers in the door",
        "I've a cough at night since starting treatment, is there anything for it",
        "why would god let this happen to him, he's a good man",
        "I'm snappy with everyone and the wife's had enough of me",
        "about 1 o'clock when he naps",
        "I sat on the floor with the grandkids and couldn't get up for laughing",
        "I'm worried I'll act on it and buy the house",
        "my own way out of the debt",
        "my arm won't lift above my shoulder since the surgery",
        "I had an asthma attack as a child",
        "my dad comes into my room at night when I'm poorly",
    ],
)
def test_look_alikes_raise_nothing(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize("text", ["I'm on chemo and down to 38.5 kg", "does the 37.5 rule count on chemo?"])
def test_a_bare_number_near_a_unit_or_a_rule_is_not_a_reading(text: str) -> None:
    assert SIDE_EFFECT not in clear_kinds(text)


def test_a_misspelt_past_form_is_mended_not_taken_for_a_word() -> None:
    """ "Bledding" reads as bleeding: a doubled letter before -ing is stripped only from a base form."""
    assert EMERGENCY in clear_kinds("bledding a lot and it will not stop")


def test_a_fever_hidden_by_paracetamol_is_not_over() -> None:
    found = assess("had 38.3 on chemo, took paracetamol and it's gone down now")
    assert SIDE_EFFECT in [d.kind for d in found.detections]


@pytest.mark.parametrize(
    "text",
    [
        "I've told my sons I don't want machines keeping me alive, and it's written down",
        "I keep googling my cancer and frightening myself. How can I stop?",
        "Would counselling be something you can point me to?",
    ],
)
def test_calm_plans_worries_and_low_mood_said_to_be_safe_raise_nothing(text: str) -> None:
    """The learned reader, given examples of these, no longer reads them as thoughts of suicide."""
    assert not any_alarm(text)


def test_coughing_up_a_lot_of_blood_is_an_emergency() -> None:
    assert EMERGENCY in clear_kinds("bringing up blood loads this morning, a mouthful each time")


def test_farewells_at_the_end_of_life_are_expected_but_a_wish_to_die_still_counts() -> None:
    assert not any_alarm("mum is dying and she's been giving her things away to the grandchildren")
    assert SUICIDE in clear_kinds("my dad is dying and keeps saying he wants to die now")
    assert SUICIDE in clear_kinds(
        "my brother has been giving all his stuff away, he says there's no point"
    ) + possible_kinds("my brother has been giving all his stuff away, he says there's no point")
