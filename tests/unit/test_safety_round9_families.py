"""Rule families added after the ninth blind safety set, each sentence written for this test in our own
words: risks that had got no help or only a question (a wish to die with a word between or in dialect,
tired of this life, a rope bought, one's own time chosen, self-harm as the way to cope, low mood and
working out how, not a burden much longer and seen to, a gun sat with; coughing bright red, fainting
again and again, a wheeze too bad to finish a sentence, blood pumping through a dressing, a reliever
inhaler every few minutes, one side numb or heavy, a fall and cannot stand, a head knock then sick or
sleepy, hard to wake after an extra patch; newly breathless on treatment, bleeding with low platelets,
tablets not kept down, a temperature in words, a swollen arm at the port then breathless; left in wet
sheets, threats to break legs, to leave someone to die, to burn the house down or to take the children,
hands lifted to someone, a carer who slapped, touching, medicine given to keep someone quiet), and
look-alikes (over and done with, someone else's treatment, a sign to watch for, sayings, a TV plot)
that had raised one."""

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
        # A wish to die with a word between, or in dialect; tired of this life; decided not to wake.
        ("honestly I want to simply die now", SUICIDE),
        ("me jus waan dead, cyaan manage", SUICIDE),
        ("she's sick of her life and says she wants to really die", SUICIDE),
        ("I'm weary of my life and I've decided I'll never wake up after tonight", SUICIDE),
        # Doing it oneself with one's own medicines; a rope bought; one's own time chosen.
        ("grandad wants to die and says he'll do it himself with his morphine", SUICIDE),
        ("went to the hardware shop and bought some rope for it", SUICIDE),
        ("don't book anything, I won't be around, I've picked my own day", SUICIDE),
        # Self-harm as the way to cope; no more wanting to be here.
        ("cutting myself is the only way I can cope with the scans", SUICIDE),
        ("he's no wanting to be here nae more, says his da", SUICIDE),
        # Low mood and working out how; not a burden much longer, seen to; a gun sat with.
        ("my mood's been so low and I've been looking up ways to end it", SUICIDE),
        ("nobody will have to worry, I won't be a bother for much longer, I've seen to that", SUICIDE),
        ("he's sat in the garage holding his rifle and says he can't cope", SUICIDE),
        # Going to a cliff and not coming back.
        ("I'm heading up to the clifftop tomorrow and I won't be coming back", SUICIDE),
        # Coughing or bringing up bright red; fainting again and again; a wheeze too bad to talk.
        ("every time he coughs it comes up fresh red", EMERGENCY),
        ("she's fainted three times since breakfast", EMERGENCY),
        ("so wheezy she can't complete a sentence", EMERGENCY),
        # Blood pumping or through the dressing; hardly able to breathe; a reliever every few minutes.
        ("his wound is pouring blood and it's come through the bandage", EMERGENCY),
        ("I can barely breathe, please ring me", EMERGENCY),
        ("been on my reliever inhaler every 5 minutes since tea", EMERGENCY),
        ("the blue inhaler is doing nothing for him", EMERGENCY),
        # One side numb or heavy; newly breathless of a sudden.
        ("I can't feel my arm on the right at all", EMERGENCY),
        ("her arm and leg down the left side have gone heavy", EMERGENCY),
        ("mum has suddenly become breathless in her chair", EMERGENCY),
        # A fall and cannot stand, or a limb at a wrong angle; gone down and cannot be got up.
        ("grandad slipped on the ice and can't put weight on it, his leg is at a funny angle", EMERGENCY),
        ("she tripped over the rug and her wrist is sticking out", EMERGENCY),
        ("he's gone down in the kitchen and I cannae get him up", EMERGENCY),
        # A head knock then sick, sleepy or muddled; hard to wake after a strong painkiller by mistake.
        ("she banged her head on the cupboard and she's been sick twice", EMERGENCY),
        ("he knocked his head falling off his bike and now he's drowsy", EMERGENCY),
        ("gave him his oramorph twice by accident and he's impossible to rouse", EMERGENCY),
        ("the stoma bag is full of blood", EMERGENCY),
        ("my nan's gone down on the kitchen floor and cannae get up", EMERGENCY),
        ("he's been sat in his car with his shotgun for an hour", SUICIDE),
        ("coughing up bright red stuff since this morning", EMERGENCY),
        ("her temp is thirty-eight point five and she's on chemo", SIDE_EFFECT),
        ("I can't cope, I've started looking up ways to end it", SUICIDE),
        ("I want to end it with my tablets", SUICIDE),
        # Newly breathless on treatment; bleeding with low platelets or purple spots on chemo.
        ("since starting immunotherapy I've become breathless and I've got a cough", SIDE_EFFECT),
        ("on capecitabine and suddenly I can't catch my breath", SIDE_EFFECT),
        ("my gums keep bleeding and I'm on docetaxel", SIDE_EFFECT),
        ("they said my platelets are low and I've got bruises coming up", SIDE_EFFECT),
        ("tiny red spots on his chest since his last chemo", SIDE_EFFECT),
        # Tablets or even ice not kept down; a temperature in words.
        ("I've not been able to keep any of my meds down since Friday", SIDE_EFFECT),
        ("couldn't even keep sips down today after the chemo", SIDE_EFFECT),
        ("her temp's thirty nine and she had chemo on tuesday", SIDE_EFFECT),
        ("it's reading thirty seven point nine on the chemo ward thermometer", SIDE_EFFECT),
        # On the toilet all day with blood on treatment; swollen where the line is, then breathless.
        ("in the loo all day with cramps since my radiotherapy", SIDE_EFFECT),
        ("my neck is swollen near the picc and I feel breathless", SIDE_EFFECT),
        # Back bad and legs not their own, with myeloma.
        ("his back is awful and he says his legs don't feel like his, he has myeloma", SIDE_EFFECT),
        # Left in wet sheets; threats to break legs, to leave someone to die, to burn the house down.
        ("nan was left in soaked sheets overnight at the home", ABUSE),
        ("the man he owes said he'd snap his fingers", ABUSE),
        ("she threatened to leave him to rot if he tells the nurse", ABUSE),
        ("he says he'll burn the flat down with us in it", ABUSE),
        # A thing thrown that caught someone; hands raised to someone; a carer who slapped.
        ("he hurled a mug and it cut my cheek", ABUSE),
        ("her son has raised his fist at her again", ABUSE),
        ("I was at the end of my patience and I smacked her, I'm ashamed", ABUSE),
        # A threat to take the children; someone who keeps touching them; medicine to keep quiet.
        ("my ex has threatened to take my daughter abroad", ABUSE),
        ("a man at the day centre keeps groping me", ABUSE),
        ("the carer gives dad extra oramorph to keep him quiet all afternoon", ABUSE),
        ("if I tell the nurse about the marks he says I'll regret it", ABUSE),
    ],
)
def test_round9_clear_families(text: str, kind: str) -> None:
    assert kind in clear_kinds(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Wanting to stop existing; stopping everything and letting it happen; medicines stopped and kept.
        ("I'm not going to do anything, I'd just like to stop existing", SUICIDE),
        ("maybe I'll stop taking everything and let it happen", SUICIDE),
        ("I don't really want to be here for much longer", SUICIDE),
        ("I quit my sertraline weeks ago and I've been putting them aside", SUICIDE),
        # A note left with the papers; going to see someone who has died, soon; asked to help someone die.
        ("I've left a letter for my son with the will and the passwords", SUICIDE),
        ("I'll be with my Jean soon enough, she passed in the spring", SUICIDE),
        ("my husband keeps begging me to help him die", SUICIDE),
        ("please help me die", SUICIDE),
        ("I'm tired of this life", SUICIDE),
        ("I'm staying with my sister where my ex can't find me", ABUSE),
        # Someone reading over them as they answer; rough with them, laughed off; don't ring, he'll see.
        ("my partner is stood behind me watching, I can't say much", ABUSE),
        ("my boyfriend gets a bit rough with me sometimes haha", ABUSE),
        ("don't phone my mobile, he might answer it", ABUSE),
        # Out only if he lets them; somewhere he can't find them; a caller posing as the hospital, paid.
        ("I'll come if he lets me go out that day", ABUSE),
        ("we're living where he won't find us now", ABUSE),
        ("someone called saying they were from the NHS and I sent them £200 for a scan", ABUSE),
        ("he says if I can't pay this week his mates will sort me out", ABUSE),
        # A question about breathing, then happening now.
        ("what's it mean when breathing gets noisy with pauses? he's having it now", EMERGENCY),
        # Confused all of a sudden, fine earlier: a baseline, not an all-clear.
        ("she's gone muddled and doesn't know who we are, she was fine before tea", EMERGENCY),
        # Night back pain asked about, with a cancer that reaches the bones.
        (
            "is it normal for back pain to be worse lying flat? mine has been like it for three weeks,"
            " I've got bone mets",
            EMERGENCY,
        ),
    ],
)
def test_round9_possible_families(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Over and done with: safe for years, home and fine, a cause found, antibiotics, long ago.
        "my ex was abusive a long time ago but I've felt safe since I moved",
        "they kept me in with a temperature after cycle two, I'm home now and well",
        "the bleeding from my bottom turned out to be haemorrhoids",
        "had a water infection, the tablets cleared it up",
        "I self harmed at uni, nothing like that since",
        # Someone else's treatment; a sign named as the one to look for.
        "I'm nervous about starting, my neighbour was really unwell with hers",
        "the nurse said a high temperature is the thing to look for, so I check it daily",
        # Sayings and a TV plot.
        "radiotherapy is really kicking my backside this week",
        "watched the finale last night, my heart was racing",
        "I'm going to dye my hair before it falls out",
        # A card lent for shopping that works; a husband who reads along and agrees.
        "my neighbour gets my bits and I hand her my card to pay, which works",
        "he's sat next to me reading it and says go ahead",
        # Stairs hard after falls: the checklist, not an emergency now.
        "she fell a couple of times this year and can't get up the stairs any more",
        # A temperature taken for half an hour; chronic breathlessness on chemo.
        "I get breathless walking up hills and I'm on chemo",
        "I can choose my own time for the call?",
        # Everyday words near the new families: insulin injected by oneself, a red face from coughing,
        # an ankle on the mend, a promise not to leave someone alone, a warning about stairs, a pet, hair
        # dye, pain relief given at night, a phone line, spots from treatment.
        "mum does it herself with her insulin pen, I just check the dose",
        "I coughed so hard my face went bright red",
        "the swelling has gone down but I still can't put weight on my ankle",
        "we won't let him die alone",
        "the physio said I'd break my neck on those stairs",
        "my cat keeps touching me with her paw",
        "I want to dye it purple",
        "we give dad extra oramorph at night to keep him asleep",
        "I'm in pain, the phone line was busy and I'm breathless",
        "I've got little spots on my face from the immunotherapy",
        # A pat on the back, a rope for the boat, tablets binned, let out of hospital, not for long.
        "I slapped him on the back and laughed",
        "I've been looking up ways to end things with my partner",
        "I want to end it with my boyfriend",
        "I bought a rope for the boat",
        "I stopped taking my sleeping tablets and put them in the bin",
        "depends if he lets me out of hospital on Friday",
        "I fell over at the weekend and can't stand up for long since",
        "he's sat next to me reading, all good",
    ],
)
def test_round9_lookalikes(text: str) -> None:
    assert not any_alarm(text), text


@pytest.mark.parametrize(
    "text",
    ["on behalf of my dad, he's too poorly to use a phone", "my mum is too ill to fill this in herself"],
)
def test_too_poorly_to_do_something_is_not_asked_about(text: str) -> None:
    """Blind person R9021 ("on behalf of my wife, shes too poorly to do it herself") was asked whether
    she was on treatment and feverish: being too unwell to do a thing says why someone else writes."""
    assert not any_alarm(text)
