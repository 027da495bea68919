"""Rule families added after the eighth blind safety set, each sentence written for this test in our own
words: risks that had got no help (a means held for a while, cutting again, doing it oneself if the
illness does not, blades found, goodbyes done the rounds, fallen and cannot get up, cannot be kept awake,
one side gone weak, a weight sat on the chest, seeing things, breathing worse than it was, a port gone red,
blood in the urine, a child touched, a carer afraid of what they will do, a parent who hit a child,
someone left in a soiled bed, money kept or got with a threat, a home signed over, children left alone),
and look-alikes (sayings, a joke threat, a helpline number, long-ago harm come through, someone who
habitually gets confused, a reported "he says he's fine" that is not an all-clear) that had raised one."""

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
        # A means held for a while or at hand on the edge of the bed; cutting started again; doing it
        # oneself if the illness does not.
        ("been holding a blade in the bathroom for over an hour now", SUICIDE),
        ("been sat on the edge of the bed with a blade since midnight", SUICIDE),
        ("started cutting again after the consultant rang", SUICIDE),
        ("if this tumour doesn't kill me I'll finish it myself", SUICIDE),
        # Fallen and cannot get up; cannot be kept awake; one side gone weak; a weight on the chest.
        ("my wife slipped in the hall and can't get up off the floor", EMERGENCY),
        ("I can't keep her awake, she keeps nodding off mid sentence", EMERGENCY),
        ("his right side has gone numb and heavy", EMERGENCY),
        ("it's like a ton sat on me and I'm clammy", EMERGENCY),
        ("I can't see out of my left eye all of a sudden", EMERGENCY),
        # Afraid of what one will do to the person cared for; a parent who hit their child; a threat to
        # kill oneself and the writer; a child touched; left in a soiled bed.
        ("I'm terrified I'll do something to him when he won't settle at night", ABUSE),
        ("afraid of what I might do to her if this goes on", ABUSE),
        ("I slapped my eldest across the face last night and I'm ashamed", ABUSE),
        ("she says she'll kill herself and the kids if I leave", ABUSE),
        ("an older neighbour touched my granddaughter at the park", ABUSE),
        ("the carers left nan for hours in soaked sheets", ABUSE),
        # The back and legs of cord compression, said another way.
        ("there's a band of pain around my waist and my legs are like jelly", SIDE_EFFECT),
        ("my lower back is agony and my legs feel like they're not mine", SIDE_EFFECT),
        # A lethal amount asked about; extra taken to see what happens; the means at home; goodbyes said
        # and done; a rope's place told; how easy it would be; not here for a day, seen to oneself.
        ("how many of her sleeping tablets would it take", SUICIDE),
        ("been thinkin bout ending it all week", SUICIDE),
        ("swallowed a couple more of my tramadol just to see what happens", SUICIDE),
        ("I've got the means at home and I've decided", SUICIDE),
        ("I've made my goodbyes. I'm finished.", SUICIDE),
        ("the noose is in the loft, I just need somebody to know", SUICIDE),
        ("whenever the train goes past I think how easy it would be", SUICIDE),
        ("she told me she's not going to be here for her birthday, she'll see to it herself", SUICIDE),
        ("found razors in her drawer and new cuts on her thighs", SUICIDE),
        # Fighting for breath; eyes gone back; a stroke's arm the other way round; not knowing people.
        ("his breathing's awful, he's fighting for breath", EMERGENCY),
        ("her eyes went back and she went stiff", EMERGENCY),
        ("grandad can't lift his left arm and his face has dropped", EMERGENCY),
        ("dad didn't know who I was this morning and he's very muddled", EMERGENCY),
        # Loans in someone's name; a threat to take the children; life made hell; medicines withheld;
        # money taken and too frightened to say.
        ("my nephew took out a loan in my name", ABUSE),
        ("my husband says if I leave him he'll take our baby", ABUSE),
        ("he threatened to make my life hell if I talk to anyone", ABUSE),
        ("my son withholds my painkillers unless I sign things", ABUSE),
        ("her lodger takes her pension and she's too scared to tell", ABUSE),
        # Throttled, over now: still the gravest warning.
        ("my boyfriend throttled me on friday, I'm fine now", ABUSE),
    ],
)
def test_round8_clear_families(text: str, kind: str) -> None:
    assert kind in clear_kinds(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Blades found, fresh cuts, long sleeves to hide arms, things given away, goodbyes going round.
        ("found razors stashed in her wash bag", SUICIDE),
        ("he's got new cuts up his arms he won't explain", SUICIDE),
        ("she has started wearing long sleeves to bed", SUICIDE),
        ("he's given his fishing gear and his cat to his mate and been going round saying goodbyes", SUICIDE),
        ("is it ok to want to harm yourself after a diagnosis like this", SUICIDE),
        ("can't picture myself reaching my birthday and I don't even want to", SUICIDE),
        # Long-ago self-harm, and now it has started again.
        ("my son self harmed at school and he has started hiding his wrists again", SUICIDE),
        # Breathing worse than it was; seeing things; talking nonsense; wrong names; muddled; stoma blood.
        ("getting more breathless every day this week", EMERGENCY),
        ("really wheezy this evening", EMERGENCY),
        ("grandad keeps seeing people who aren't there", EMERGENCY),
        ("she's calling me by the wrong name and talking gibberish", EMERGENCY),
        ("he went grey and said he was fine but he's refusing the ambulance", EMERGENCY),
        ("there's fresh blood in my stoma bag", EMERGENCY),
        # A port gone red with a name between; blood when passing water.
        ("it's gone red and hot round my wife's port", SIDE_EFFECT),
        ("since the radio there's blood when I wee", SIDE_EFFECT),
        # Not themselves and drowsy on treatment, even with a normal temperature.
        ("mum's on immunotherapy and just not herself, groggy all day, temperature normal", SIDE_EFFECT),
        # A reading asked about as if in general is the writer's own.
        ("is it normal to have a temp of 38.3 two days after chemo", SIDE_EFFECT),
        # Money kept or given out in small amounts; tablets 'forgotten'; not fed; a home signed over; a
        # child who won't be left with someone; children left alone; tense at home; money for a promise
        # of healing; no one come for days; something thrown; a carer tempted to leave, or worse.
        ("my partner won't let me have my own bank card", ABUSE),
        ("he gives me a fiver a week and keeps the rest", ABUSE),
        ("my daughter forgets to give me my painkillers and thinks it's funny", ABUSE),
        ("I'm not getting fed properly on this ward", ABUSE),
        ("they left my dinner where I can't reach it again", ABUSE),
        ("my nephew wants to put my bungalow into his name", ABUSE),
        ("my little boy doesn't want to be left alone with his uncle", ABUSE),
        ("the toddler upstairs is left on his own most evenings", ABUSE),
        ("things at home are getting a bit tense", ABUSE),
        ("a healer took money off my mum for prayers", ABUSE),
        ("noone has been to check on me for 5 days", ABUSE),
        ("I lost it and chucked a mug at him", ABUSE),
        ("my daughter says the lodger has been touching her", ABUSE),
        ("I've thought about leaving him, or worse", ABUSE),
        ("I reckon the lodger is pinching my oramorph and my savings", ABUSE),
        # Feeling lousy or rotten on treatment.
        ("feeling lousy since my infusion on monday", SIDE_EFFECT),
        # A rash on immunotherapy.
        ("come out in a rash since the keytruda", SIDE_EFFECT),
        # Letting it come sooner; not minding an accident; a swollen sore calf; a belly swelling fast; no
        # wee all day; a new headache with blurred sight; a pension helped to.
        ("I could stop the tablets and just let it come sooner", SUICIDE),
        ("if a lorry ran me over I would not be too bothered", SUICIDE),
        ("his calf is swollen and tender since yesterday", EMERGENCY),
        ("her tummy is swelling up quickly and it's hard", EMERGENCY),
        ("not passed any urine since breakfast", EMERGENCY),
        ("pounding headache and everything has gone blurry", EMERGENCY),
        ("his carer has been helping herself to his savings", ABUSE),
        # The same signs on treatment are also the acute oncology line's.
        ("since her last infusion her calf is swollen and red", SIDE_EFFECT),
    ],
)
def test_round8_possible_families(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Sayings: transport hit and miss, tired out, a joke threat, a number on an alert card.
        "the patient transport is a bit hit and miss round here",
        "we hit it off with the nurse straight away",
        "I'm dead beat after the school run",
        "my wife will murder me when she sees how much I spent haha",
        "is the helpline number on the back of my alert card",
        "it can't go on like this with the parking, I need a blue badge",
        # Long-ago self-harm come through; a fever treated and home.
        "I self harmed in my twenties but it's well behind me, therapy helped",
        "she had a fever on chemo on saturday, they kept her in and she's home now on antibiotics",
        # Someone who habitually gets confused (an access need); not knowing who one is any more.
        "she gets a bit muddled and forgets names, so please speak slowly",
        "since the surgery I don't know who I am anymore",
        # A referral kept from someone, with the service asked to ring them.
        "he'd go mad if he knew I'd filled this in, I was hoping you could just phone him",
        # A carer's tether, said with the caring.
        "I do all the cleaning and shopping now and honestly I'm at the end of my rope",
        # Weakness on one side long since ("uses a wheelchair"); a left side weak for years.
        "his left side is weak from an old injury so he uses a frame",
        # Ordinary answers the learned reader had read as a hint: a relative who asked the writer to fill
        # the form in, a worry that the cancer has moved, a carer running on empty.
        "yes, he's asked me to do it for him because of his hearing",
        "I keep thinking what if the cancer has reached my liver",
        "I'm running on empty and short with the kids most evenings",
        # Eyes rolled at someone, not rolled back.
        "I rolled my eyes at him when he said it",
        # Puzzled by paperwork; long sleeves against the sun; tablets taken sitting on the bed.
        "my husband is really confused by all the benefit forms",
        "I wear long sleeves in summer because the chemo makes my skin burn",
        "I sit on the edge of the bed to take my tablets in the morning",
        # A bus late, not minded; a headache gone and the glazier's visit.
        "the bus came late and I didn't mind",
        "my headache is better and the double glazing man came",
    ],
)
def test_round8_lookalikes(text: str) -> None:
    assert not any_alarm(text), text
