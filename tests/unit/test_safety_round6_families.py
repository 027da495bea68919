"""Rule families added after the sixth blind safety set, each sentence written for this test in our own
words: clear risks that had got no help (a method asked about or at hand, an overdose already taken,
affairs put in order with a day chosen), possible risks worth a direct question, and look-alikes (end of
life planning, thoughts of suicide long past and treated) that had raised one."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import (
    ABUSE,
    EMERGENCY,
    SIDE_EFFECT,
    SUICIDE,
    any_alarm,
    clear_kinds,
    possible_kinds,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A method asked about or at hand.
        ("what's the least painful way to die, I need to know", SUICIDE),
        ("is there a peaceful way to go, for me I mean", SUICIDE),
        ("I'm frightened of what I might do to myself tonight", SUICIDE),
        ("my son is standing on the ledge of the multistorey and won't come down", SUICIDE),
        ("I swallowed 30 of my morphine tablets after tea", SUICIDE),
        ("he's gone off to the forest with all his painkillers", SUICIDE),
        ("she keeps saying she'll swallow the weedkiller in the shed", SUICIDE),
        # Affairs put in order, the day chosen.
        ("the cat's been rehomed and I've got everything in order, I won't be around after Friday", SUICIDE),
        ("I'll no be around much past Sunday, my mind's made up", SUICIDE),
        ("my pills are stockpiled up and I'm doing it tonite, I've decided", SUICIDE),
        # Hurting someone close, forced sex, fire set, rage with things smashing, a threat quoted.
        ("the lad next door punched my dad in the car park", ABUSE),
        ("my boyfriend forced himself on me last night", ABUSE),
        ("someone set fire to our shed while we were in bed", ABUSE),
        ("her son is yelling at her and stuff flying across the kitchen", ABUSE),
        ("my ex texted me 'I'm going to kill you when you're out of hospital'", ABUSE),
        ("he screamed down the phone that he will make sure you suffer", ABUSE),
        ("my brother hiting me again, I'm black and blu", ABUSE),
        # On treatment: blood in the urine, neutrophils low and hot, shaking after a line flush, looking
        # wrong with a normal temperature, no drink since, a PICC arm swollen, a bare reading when
        # neutropenic.
        ("passing blood when I wee, I'm on ifosfamide and cyclophosphamide", SIDE_EFFECT),
        ("his neutrophils came back low on Monday and he's boiling tonight", SIDE_EFFECT),
        ("the nurse flushed my picc this afternoon and now I'm shivering", SIDE_EFFECT),
        ("she's on chemo, her temperature is fine but she's pale and limp on the sofa", SIDE_EFFECT),
        ("dad has not had a drop of fluids since breakfast, his chemo mouth is awful", SIDE_EFFECT),
        ("my hickman line site has been getting really red and weepy since Sunday night", SIDE_EFFECT),
        ("I'm neutropenic at the moment and the thermometer just said 37.9", SIDE_EFFECT),
        # Emergencies: the worst headache said in dialect, a fall with a broken hip, still on the floor.
        ("worst 'ead of me life, came on in a second", EMERGENCY),
        ("grandad fell in the garden and he's still on the ground, can't move his leg", EMERGENCY),
        ("nan is very muddled and limp this morning and won't eat", EMERGENCY),
        # Long ago, then now: what follows "and now" is happening now.
        ("I started immunotherapy in April and now I've got a temperature of 38.3", SIDE_EFFECT),
        ("I left him in 2012 and now he keeps punching me when he visits the kids", ABUSE),
        # Strangled, even if over now.
        ("my husband choked me on Saturday, I'm alright now", ABUSE),
    ],
)
def test_clear_risks_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm done with it all now, honestly", SUICIDE),
        ("who gets the house if I'm not here anymore", SUICIDE),
        ("dad says we won't have to worry about him for longer", SUICIDE),
        ("she's been tidying up so nobody will have to sort her things", SUICIDE),
        ("I keep walking by the river at night, over and over", SUICIDE),
        ("got my tablets stashed up in a drawer", SUICIDE),
        # Fear at home, said sideways.
        ("I find myself flinching whenever she raises her voice", ABUSE),
        ("he won't let me go out on my own, not even to the clinic", ABUSE),
        ("my flat's not a safe place for me right now", ABUSE),
        ("can I go somewhere until things cool down at home", ABUSE),
        ("someone keeps rattling my front door at night", ABUSE),
        ("kids keep posting rubbish through our letterbox", ABUSE),
        ("my stepdad comes into my room while I'm asleep", ABUSE),
        ("please don't send anything to the house, my wife reads my letters", ABUSE),
        ("only text after six, she mustn't find out", ABUSE),
        ("it's not safe to ring, he is home all day", ABUSE),
        ("my daughter keeps on about changing my will and gets nasty when I won't", ABUSE),
        ("my husband keeps hiding my cancer tablets", ABUSE),
        # On treatment, said sideways: off since chemo, a port gone red, yellow eyes, a bladder gone.
        ("feeling a bit ropey since my immunotherapy, maybe coming down with a bug", SIDE_EFFECT),
        ("my port has gone red and a bit hot round the edges", SIDE_EFFECT),
        ("the whites of his eyes look yellow since he started the capecitabine", SIDE_EFFECT),
        ("pins and needles in my legs and I've had an accident with my bladder", SIDE_EFFECT),
        ("weeing much less since the carboplatin", SIDE_EFFECT),
        ("sore back that wakes me up, and I've got prostate cancer", SIDE_EFFECT),
        ("the curtains next door haven't been opened since Sunday and there's post piling up", EMERGENCY),
        ("haven't seen my aunt in days, her new lodger says she's asleep every time I knock", EMERGENCY),
        # Emergencies said mildly: a calf swollen and red, a head knock on blood thinners, hard to wake,
        # breathless and getting worse, one side of the face numb for a while, a fever only a bit better.
        ("my calf is swollen and red after the flight home", EMERGENCY),
        ("banged my head on the cupboard door yesterday and I'm on rivaroxaban", EMERGENCY),
        ("dad's been very difficult to wake these last two days", EMERGENCY),
        ("I'm getting out of breath just getting dressed, way worse than before", EMERGENCY),
        ("had tingling on one side of my face for ten minutes, it's gone now", EMERGENCY),
        ("was shaking and shivery after my infusion, a little better now", SIDE_EFFECT),
    ],
)
def test_possible_risks_are_asked_about(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Planning one's own end of life.
        "I'd like help with my funeral arrangements, I want it sorted so my husband isn't left with it",
        "we're choosing where I want to die, the palliative team are coming Tuesday",
        "I've made memory boxes for the grandchildren, the hospice nurse suggested it",
        "I'm not afraid of it, I've had a full life and I'll be ready when the time comes",
        # Long past, treated, steady now.
        "I was suicidal back in 2015, had help from the crisis team and I've been stable for years",
        # Long past or only asked about.
        "she had a fit when they first diagnosed her, no seizures since the operation",
        "can someone explain the meaning of neutropenia, it's in my discharge notes",
        "three yrs out from chemo and I've just got a sniffle and feel a bit grotty",
        # Long ago and over, with "now" only about the present.
        "I was suicidal in 2016 and now I'm settled on sertraline",
        "had a DVT in 2019 and now I'm on chemo for bowel cancer",
        # The writer's apology for a long message.
        "diagnosed in May and now on chemo every three weeks, sorry I'm rambling",
        # Everyday lines near the new rules: tablets handed back, a routine line flush, a day out, a
        # noisy home, flinching at a needle.
        "I took 30 of my tablets back to the chemist, they'd given me the wrong strength",
        "the district nurse flushed my hickman this morning, all fine",
        "we sat on the edge of the harbour wall with an ice cream",
        "my house isn't the best place to work from, the builders are in",
        "I always flinch when the nurse takes blood",
        # A fond nag.
        "my wife says she'll murder me, no, she says she'll kill you if you don't rest, bless her",
    ],
)
def test_look_alikes_raise_nothing(text: str) -> None:
    assert not any_alarm(text)


def test_a_plan_and_a_method_still_count_beside_end_of_life_talk() -> None:
    assert SUICIDE in clear_kinds("my funeral plans are done and I've swallowed 20 of my sleeping pills")
