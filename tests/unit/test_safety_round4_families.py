"""Rule families added after the fourth blind safety set, each sentence written for this test in our own
words: clear risks that had got no help (a gun turned on oneself, a child into the medicines, a
tracheostomy out, talking breathlessness, signs of cord compression in other words, bruises someone
is the reason for), possible risks worth a direct question, and look-alikes (a soap storyline, a risk
score on a letter, something long before the writer was born, over and sorted) that had raised one."""

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
        ("she says she'll turn the rifle on herself if the scan is bad", SUICIDE),
        ("would forty zopiclone be enough to never wake up", SUICIDE),
        ("I'm heading to the marina after tea and I am going in", SUICIDE),
        ("the toddler got into gran's bag and chewed some of her oxycodone", EMERGENCY),
        ("his tracheostomy tube is blocked and he's panicking", EMERGENCY),
        ("she's that breathless she can't finish a sentence", EMERGENCY),
        ("I've got mets in my spine and there's pins and needles in my feet", SIDE_EFFECT),
        ("she's gone numb from the waist down and the tumour is on her spine", SIDE_EFFECT),
        ("tingling round my bottom since yesterday and my back is killing me", SIDE_EFFECT),
        ("my partner is the reason for the marks on my arms", ABUSE),
        ("I'm not safe here, please be quick", ABUSE),
        ("she locks the food away and won't give me my medication unless I beg", ABUSE),
        ("I bang my head on the wall until the thoughts go quiet", SUICIDE),
        ("he has locked himself in the shed with a rope", SUICIDE),
        ("she's stood on the multistorey roof saying she will jump", SUICIDE),
        ("some nights I think about taking both of us, him and me", SUICIDE),
        ("I've begun hoarding my diazepam again", SUICIDE),
        ("she's been in the car with the engine on in the garage for an hour", SUICIDE),
        ("I'll not be needing the help, I've decided, I've written the letters", SUICIDE),
        ("the pills are lined up, tonight is the night", SUICIDE),
        ("ah'm gonnae walk intae the Clyde", SUICIDE),
        ("my lodger comes into my bedroom at night and touches me", ABUSE),
        ("he made mum give him her PIN", ABUSE),
        ("my stepson got me to sign the bungalow over to him", ABUSE),
        ("he threw the remote and went for me", ABUSE),
        ("she's suddenly so muddled and I can barely wake her", EMERGENCY),
        ("on chemo and her temp has now gone up to 38.3", SIDE_EFFECT),
        ("my uncle is being robbed by his lodger", ABUSE),
        ("grandad went down in the garden and not opening his eyes", EMERGENCY),
        ("her arm is jerking and she is not answering me", EMERGENCY),
        ("his mouth is gone to one side and he is talking odd", EMERGENCY),
        ("he pressures me into sex when I am sore from the operation", ABUSE),
        ("at my son's house I am not safe", ABUSE),
        ("the gtn spray not helping at all", EMERGENCY),
        ("he's driven off towards the cliffs and said he's not coming back", SUICIDE),
        ("it was my son who gave me these bruises", ABUSE),
        ("my granddaughter swallowed a few of grandad's heart tablets", EMERGENCY),
        ("my heart attack was years ago, and it's happening again right now, crushing pain", EMERGENCY),
    ],
)
def test_clear_risks_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I've quit taking my meds deliberately, so it will all be over sooner", SUICIDE),
        ("I'll look into Dignitas, or I'll sort it out myself", SUICIDE),
        ("I've seen blood in my pee twice today", EMERGENCY),
        ("he's had a tight chest since lunch", EMERGENCY),
        ("we're back in A&E and he can't breathe properly", EMERGENCY),
        ("my right calf has gone swollen and tender", EMERGENCY),
        ("grandma keeps saying strange things this evening", EMERGENCY),
        ("I could hardly wake him for his tea", EMERGENCY),
        ("my words came out slurred for a minute this morning, it's passed now", EMERGENCY),
        ("a lot more short of breath on the hill than a month back", EMERGENCY),
        ("grandad tripped and banged his head on the step, he takes apixaban", EMERGENCY),
        ("feeling a bit off tonight after the second cycle", SIDE_EFFECT),
        ("always freezing all the time since chemo", SIDE_EFFECT),
        ("my legs are heavier than usual this week", SIDE_EFFECT),
        ("the runs six or seven a day since immunotherapy", SIDE_EFFECT),
        ("my uncle's new wife won't let us visit him at all", ABUSE),
        ("his new partner made him change his will last month", ABUSE),
        ("they told me I must not talk to the nurse about it", ABUSE),
        ("the lodger keeps asking to borrow cash from me", ABUSE),
        ("a neighbour has borrowed three grand from mum", ABUSE),
        ("a slight temp since the infusion yesterday", SIDE_EFFECT),
        ("he's got his shotgun out and says he's done with all of it", SUICIDE),
        ("I've quit my steroids deliberately, I just want it over", SUICIDE),
        ("I hit the walls when it all gets on top of me", SUICIDE),
        ("mum's very muddled and sleepy this afternoon", EMERGENCY),
        ("he's hardly making any sense tonight", EMERGENCY),
        ("I'm so out of breath just sitting here", EMERGENCY),
        ("the agency carers leave him in a soiled pad for hours", ABUSE),
        ("blood coming out of her ear since the fall", EMERGENCY),
        ("my stepdad touches me in a wrong way when mum is out", ABUSE),
        ("his sister makes me feel useless every single day", ABUSE),
        ("easier for all of them if I just die", SUICIDE),
        ("I am weary to live like this", SUICIDE),
        ("I want to close my eyes and not open my eyes again", SUICIDE),
        ("my boy ate lots of my tablets", EMERGENCY),
        ("my husband keeps telling me he's better off out of it", SUICIDE),
        ("my niece sent a goodbye text and isn't answering", SUICIDE),
        ("she's taken a nasty turn in the chair", EMERGENCY),
        ("he's no right, cannae get a word out of him", EMERGENCY),
        ("been sick aw day, cannae keep water doon, had chemo Monday", SIDE_EFFECT),
        ("the wee one has swallowed some of grandad's tablets", EMERGENCY),
        ("I've sorted everything, this is the last time anyone will hear from me", SUICIDE),
        ("what is the most oxycodone a person could take", SUICIDE),
        ("been reading up on ways to end things peacefully", SUICIDE),
        ("don't bother ringing me again, I won't be needing it", SUICIDE),
        ("nan keeps talking about joining grandad", SUICIDE),
        ("his stools look like tar", EMERGENCY),
        ("she can't swallow her own saliva since this morning", EMERGENCY),
        ("my back's sore and I keep losing my balance, it's in my bones", SIDE_EFFECT),
        ("it's not safe to talk now, sorry", ABUSE),
        ("I need somewhere to go tonight, please", ABUSE),
        ("my husband listens in on my calls", ABUSE),
        ("my partner won't let me ring the GP about the lump", ABUSE),
        ("my son's wife has stopped me seeing the grandkids", ABUSE),
        ("stood up from the chair and my legs gave way, fine again now", EMERGENCY),
        ("I'm much more breathless on the stairs lately and I never used to be", EMERGENCY),
        ("my nephew manages my pension and I never see any of it", ABUSE),
        ("please post anything to my friend's address, it's safer", ABUSE),
    ],
)
def test_possible_risks_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "that soap storyline with the suicide last week really upset me",
        "there was a documentary on about elder abuse, awful",
        "my discharge letter says cord compression risk: low, should I worry?",
        "my great aunt took an overdose in the sixties, before I was born",
        "he had a temperature on chemo but they sorted him out and he's been fine since",
        "the night sweats and hot flushes on these tablets leave me sweating through the sheets",
        "my daughter is overdoing it with the housework, she needs a break",
        "her ex used to hit her, that's why she moved here with her kids",
        "I had cord compression 18 months ago and now I just need a grab rail",
        "I had dark thoughts after the diagnosis but I'm in a much better place now",
        "my cousin took an overdose years back and she's doing great now",
        "my uncle took his own life a long time ago, we still miss him",
        "the kids are killing me this week, so much energy",
        "my wife's going to kill me, I've scratched the car again",
        "I'm going to kill my brother when he gets in lol",
        "you could have knocked her down with a feather when she heard",
        "I've had enough of this snow now",
        "mum talks about joining the knitting group",
        "it's not safe to talk on the phone and drive",
        "I've been off my food since the last cycle",
        "she stopped me seeing the bills, they upset me",
        "my brother and I fell out with each other and now he is not talking to me",
    ],
)
def test_look_alikes_raise_nothing(text: str) -> None:
    assert not any_alarm(text)
