"""Rule families added after the tenth blind safety set, each sentence written for this test in our own
words: risks that had got no help, only a question or the wrong kind (going when a dying partner goes,
planned; self-harm hyphenated; a wish to die in text speak; gone out with a gun and not coming back; an
arm that will not work with the face gone funny; bank details given to a caller and money gone; legs or
bladder changed now with the spine treated long ago; a question about feeling rough some days after
chemo; not caring whether one wakes; staring at the pills and thinking about it; better off without him;
cannot live without her; someone taking advantage; a carer keeping hold of the money; trouble if he
answers; walked into a door again; a foot dragged; speech gone odd and back; someone moved in and the
savings emptied; a marriage turned frightening; someone at home and not free to say much), and
look-alikes (domestic abuse as a subject, bruises from blood tests, rather die than take a tablet, a
joking "he'll kill me", a soap's storyline, what a letter says may happen, another patient's story, a
cause found, a checklist answered no, what the words were meant about, long ago and well since, a danger
named in a leaflet) that had raised one."""

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
        # Going when a dying partner goes, planned.
        ("my husband is on his last days and I intend to die the same day he dies", SUICIDE),
        ("I've decided to follow him when he goes, I can't be here after", SUICIDE),
        ("she's planning to go the same time as he passes, she told me", SUICIDE),
        # Self-harm with a hyphen; a wish to die in text speak.
        ("been self-harming again since the scan results", SUICIDE),
        ("my daughter has self-harmed twice this week", SUICIDE),
        ("i wanna 2 die tbh", SUICIDE),
        # Gone out with a gun or a rope, not coming back.
        ("my brother took his rifle and says he won't be coming home", SUICIDE),
        ("grandad went off with a rope and told us he's never coming back", SUICIDE),
        ("he's in the car with the shotgun saying he's not coming back", SUICIDE),
        # One arm or hand that will not work, with the face or mouth gone funny.
        ("her left hand won't move and her face looks droopy", EMERGENCY),
        ("my right arm's gone dead and my lips feel numb", EMERGENCY),
        ("he can't lift one arm and his speech is slurred", EMERGENCY),
        # Bank details given to a caller, then money gone.
        (
            "a man rang saying he was the bank, I read him my card number and £900 went out of my account",
            ABUSE,
        ),
        ("mum told them her pin on the phone and now her savings are drained from her account", ABUSE),
        ("I gave someone my account details for a refund and £1500 is missing from my bank", ABUSE),
        # Legs or bladder changed now, with the spine treated or spread to long ago.
        ("my legs have gone weak today. I had radiotherapy to my back two years ago", SIDE_EFFECT),
        ("he's wet himself twice this week. The cancer spread to his spine in 2021", SIDE_EFFECT),
        ("can't feel my feet since last night. I had surgery on my spine last year", SIDE_EFFECT),
        # Jumping in front of a train or under a bus.
        ("I'm going to throw myself in front of a lorry tonight", SUICIDE),
        ("he said he'd jump under the tube", SUICIDE),
        ("thinking I'll step infront of the traffic on the bypass", SUICIDE),
        # At a height or by water, unable to go on; a crash thought of and nearly done.
        ("sat up at the multistorey, can't take this anymore", SUICIDE),
        ("standing at the harbour and I cannot cope with it any more", SUICIDE),
        ("I'm on the viaduct, I can't do it no more", SUICIDE),
        ("I keep wanting to steer off the road into a tree, I almost did it on Friday", SUICIDE),
        ("thought about crashing into a lorry on the motorway, very nearly done it", SUICIDE),
        ("he says he thinks of driving into the river and nearly did it", SUICIDE),
        # Too breathless to finish a sentence.
        ("so short of breath she can't finish a sentence", EMERGENCY),
        ("he's gasping and could not complete his sentences", EMERGENCY),
        ("my breathing is awful, I can't finish my sentence", EMERGENCY),
        # Locked in with the children; left in their own mess; made to sign the home over.
        ("my partner locks us in the flat when he goes to work", ABUSE),
        ("the carers leave dad lying in his own urine for hours", ABUSE),
        ("her boyfriend pressured her into signing the house over to him", ABUSE),
        ("my son forced me to sign my savings over", ABUSE),
        ("gran's left in her own filth all weekend by the home", ABUSE),
        ("his wife locked dad in while she went to the pub", ABUSE),
        # A threat to put the windows in if they tell; money from a wallet caught on camera.
        ("the lads said they'd smash my door in if I tell the police", ABUSE),
        ("he'll kick my teeth in if I say anything to the nurse", ABUSE),
        ("says he'll put my windows in if I grass", ABUSE),
        ("the cleaner has been taking cash out of mum's purse, the camera caught her", ABUSE),
        ("we filmed the carer nicking notes from dad's wallet", ABUSE),
        ("a neighbour took money from her handbag, it's on the doorbell camera", ABUSE),
        # Hiding while someone smashes things; cut off from the children for good.
        ("I've locked myself in the toilet, he's throwing plates", ABUSE),
        ("we're hiding in the bedroom and she's smashing the place up", ABUSE),
        ("we're hiding in the car, he's throwing the furniture", ABUSE),
        ("she says she'll make sure I never see my grandson", ABUSE),
        ("he threatened to make sure mum never gets to see the children", ABUSE),
        ("my ex will make sure I never see my kids again if I leave", ABUSE),
        # Money taken for prayers, in thousands or leaving nothing.
        ("the pastor has been asking mum for money for healing, thousands now", ABUSE),
        ("a woman charged my dad for blessings and he has no food money left", ABUSE),
        ("they took her pension for prayers and now there's nothing left", ABUSE),
        # Not even water swallowed; blisters all over with the skin coming off.
        ("can't swallow anything since radiotherapy, not even sips", SIDE_EFFECT),
        ("she hasn't been able to drink for a day, not even a mouthful", SIDE_EFFECT),
        ("I can't keep anything down, not even water", SIDE_EFFECT),
        ("blistering all over my body and the skin is coming off on the immunotherapy", SIDE_EFFECT),
        ("his skin is peeling away and there are blisters everywhere", SIDE_EFFECT),
        ("blisters all over since the new drug and my skin is flaking", SIDE_EFFECT),
    ],
)
def test_round10_clear_families(text: str, kind: str) -> None:
    assert kind in clear_kinds(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Not caring whether one wakes up, or lives.
        ("I'm not bothered whether I wake up tomorrow", SUICIDE),
        ("he's no longer caring if he lives or dies", SUICIDE),
        ("honestly not fussed if I wake up or not", SUICIDE),
        # Looking at the means and thinking about it.
        ("I stare at my tablets most nights and think about it", SUICIDE),
        ("she keeps looking at the knives in the drawer thinking about it", SUICIDE),
        ("I looked at the packets of pills and thought about taking them", SUICIDE),
        # Others better off without him or her; cannot live or go on without someone.
        ("mum says the family would be better off without her", SUICIDE),
        ("I cannot go on without him, he was everything", SUICIDE),
        ("I can't live without them", SUICIDE),
        # Someone taking advantage; a carer keeping hold of the money or the statements.
        ("I worry his new friends are taking advantage of him", ABUSE),
        ("the lodger keeps hold of her pension and won't say where it goes", ABUSE),
        ("my aunt won't let us see mum's bank statements", ABUSE),
        # Trouble if he answers or sees; walked into a door again.
        ("message me, don't call, if he sees it there'll be trouble for me", ABUSE),
        ("if she reads this it will be hell for us", ABUSE),
        ("she walked into the cupboard again, that's the second black eye", ABUSE),
        # A foot dragged.
        ("he's started dragging his left leg when he walks", SIDE_EFFECT),
        ("my mum drags one foot now and she's got breast cancer", SIDE_EFFECT),
        ("I keep dragging my foot on the stairs", SIDE_EFFECT),
        # Speech gone odd, back to normal now: a warning stroke, asked about.
        ("her words went jumbled for a minute then she was ok now", EMERGENCY),
        ("his voice sounded slurred at lunch, he's alright now", EMERGENCY),
        ("my speech went funny earlier but it's fine now", EMERGENCY),
        # Someone moved in and the savings emptied.
        ("since her grandson moved in her savings have all gone", ABUSE),
        ("a neighbour moved in with dad and his account is almost empty", ABUSE),
        ("my son moved back in and my pension is drained every month", ABUSE),
        # A marriage or home turned frightening.
        ("my relationship has become frightening since he lost his job", ABUSE),
        ("home has turned scary lately, my partner drinks", ABUSE),
        ("things with my husband have gotten violent", ABUSE),
        # Someone at home, and not free to say much.
        ("someone at home makes it hard and I can't talk freely", ABUSE),
        ("there are people in the house and I can't write much", ABUSE),
        ("he's at home all day so I can't speak openly", ABUSE),
    ],
)
def test_round10_possible_families(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Domestic abuse as a subject: a book, a film, work for a charity.
        "we read a novel about domestic abuse at the group and it was heavy going",
        "my sister works for a domestic violence charity, could she help me fill this in?",
        "I used to volunteer at a domestic abuse refuge, can I volunteer with you?",
        # Bruises from blood tests, a cannula or injections.
        "I've got bruises on my arms from the bloods and the drip",
        "dad's tummy has bruising from the clexane injections, is that normal",
        "marks on her hands where the cannula went in",
        # Rather die than take or go back to something.
        "I'd rather die than have that nasal tube again, ha",
        "I'd sooner die than go back to that waiting room",
        "rather die than take those awful steroids again honestly",
        # A joking "he'll kill me", the writer having done something themselves.
        "my daughter would kill me if she knew I'd done this form myself",
        "he'll kill me when he finds out I filled it in, he likes to do the paperwork",
        "she's going to kill me if she sees I've done it myself lol",
        # A soap's storyline, what a letter says may happen, another patient's story.
        "Corrie did a stroke episode last night, very moving",
        "the leaflet says you might get a high temperature, what should I look for?",
        "a bloke on my ward got an infection and went to ITU, it's put the wind up me",
        # A cause found; a checklist answered no.
        "had chest pain on Tuesday, the doctor checked my heart and it was musculoskeletal",
        "Fever? No. Bleeding? No. Just worried about my rent",
        "Chest pain: no. Breathless: nope.",
        # What the words were meant about; long ago and well since; a danger named in a leaflet.
        "can't wait for it all to be over. The chemo I mean, not anything else",
        "I think about dying sometimes, not wanting it, just wondering about the kids",
        "I cut myself in my twenties but I've been fine for years and have no urges like that",
        "the booklet says sepsis is life threatening on chemo, what are the signs?",
        # Windows fitted, a wallet, a bathroom, a bridge, a sentence: the ordinary senses.
        "the council are coming to put my windows in next week",
        "the cat hides in the cupboard when the builders are smashing the old kitchen up",
        "walked over the bridge to the hospital today, can't do this commute any more lol",
        "I took some cash out of my purse for the parking",
        "chemo brain means I can't finish a sentence without losing my words",
    ],
)
def test_round10_lookalikes(text: str) -> None:
    assert not any_alarm(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Away or out at a named time, or for a week with a reason: an absence, not a hint of suicide.
        "I'm not in on Wednesday afternoon, my neighbour has the spare key for the district nurse",
        "we won't be home on Saturday, can you post the forms instead",
        "won't be about this weekend, we're away at my nephew's wedding",
        "mum won't be around on Monday morning, she's got her eye clinic",
        # Gone by a time because of a move, not a life ending.
        "we won't be here by the time your letter comes, we're moving to a bungalow",
        # A raised voice explained by deafness, a hearing aid, noise or calling from another room.
        "my dad yells everything because he's hard of hearing, so please send letters not calls",
        "she bellows from the kitchen as she can't hear herself, it's just her way",
        "he's ever so loud since he stopped wearing his hearing aids, please write to him",
        "my wife shouts over the telly because she's going deaf, best to email",
    ],
)
def test_round10_absence_and_raised_voice_lookalikes(text: str) -> None:
    assert not any_alarm(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Gone before a time to come, or no longer here with no absence given: still asked.
        ("I don't think I'll be around by the spring", SUICIDE),
        ("I won't be here by Easter, I've made my peace with it", SUICIDE),
        ("honestly I won't be here much longer, I've had enough", SUICIDE),
        ("he says he won't be around to see next year", SUICIDE),
        # Shouting with fear or harm, even where deafness is named.
        ("he yells at me all day and I'm terrified of him", ABUSE),
        ("my son shouts at me, he's deaf but he frightens me and grabs my arm", ABUSE),
        ("she screams at me from the other room and I'm scared to go in", ABUSE),
    ],
)
def test_round10_absence_and_raised_voice_still_asked(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text), text
