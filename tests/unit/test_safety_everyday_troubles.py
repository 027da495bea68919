"""Everyday troubles in a concerns answer are not alarms, and the alarms beside them still are.

Found by running the detector over every answer of the blind concerns and people rounds: bowels "all
over the place" since radiotherapy read as a confused person on treatment, "a big falling out" as a fall
with no response, "get kicked off the course" as being kicked, "puffed out going up the bank" as newly
breathless. Each false alarm sends a frightened person a 999 message and holds up their answer. The
sentences here are in other words than the rounds'.
"""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import any_alarm

CALM = [
    "his bladder has been all over the place since the radiotherapy finished",
    "since the chemo I sleep all day and I am wide awake all night",
    "the hormone jabs give me hot flushes",
    "worried sick about my wife, she is on chemo and shattered",
    "I cannot raise my arm over my head since the lumpectomy",
    "I cannot lift my arm since the operation so I cannot reach the top shelf",
    "sore in the chest wall where they took the lump out",
    "I have not been allowed to drive since my seizure",
    "we had a falling out over money and she will not speak to me",
    "I am worried I will get kicked off my apprenticeship",
    "my diabetes, I have been neglecting it since all this started",
    "he will not let me talk about the cancer at all",
    "he is frightened of hurting me so he will not cuddle me",
    "I am frightened I will not wake up after the anaesthetic",
    "I am worried nobody would know if I fell in the night",
    "She sleeps on the settee now because the stairs she cannot do anymore, and she sits by the window",
    "everything I swallow burns going down, and I cannot talk to my mates about it",
    "he has had three falls this month and will not open his post",
    "I am on chemo and I get puffed out going up the hill to the shops",
    # Round 38 and concerns round 19
    "my cheeks have gone all round and puffy with the dexamethasone",
    "on chemo and I work in a hot kitchen, the heat wipes me out",
]

STILL_ALARMS = [
    "my face and lips have swollen up since the new tablets",
    "I'm on chemo and I feel really hot and shivery today",
    "on chemo and I have gone really breathless since yesterday",
    "I am on chemo and going breathless just walking to the loo",
    "on chemo and getting breathless going up the stairs",
    "my dad collapsed and he is not opening his eyes",
    "she has gone down in the kitchen and is not responding",
    "my husband kicks me when he is drunk",
    "he will not let me talk to my friends or see my family",
    "I think he is having a stroke, his face has dropped",
    "she has had a seizure and will not wake up",
    "I am on chemo and I am shivering and my bowels are all over the place",
    "Mum is on chemo and she is all over the place today, not making sense",
]


@pytest.mark.parametrize("text", CALM)
def test_an_everyday_trouble_is_no_alarm(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_alarm_beside_it_still_sounds(text: str) -> None:
    assert any_alarm(text)
