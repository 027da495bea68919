"""Safety rules, context families: negation scoped to its clause, past and over, long ago, quoted
instructions and worries, idioms. Sentences written for these tests."""

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
        ("I can't cope, I want to die", SUICIDE),  # issue 14: "can't" negated the next clause
        ("no, I can't breathe", EMERGENCY),  # issue 14: "no" negated the alarm after it
        ("I cant sleep and I want to end my life", SUICIDE),
        ("not sure who to tell but I keep thinking about killing myself", SUICIDE),
        ("I can't stop thinking about ending it", SUICIDE),
        ("cant face this no more want to end it all", SUICIDE),
        ("he isn't eating and he can't get his breath", EMERGENCY),
        ("it won't stop bleeding", EMERGENCY),
        ("she doesn't want to live any more", SUICIDE),
    ],
)
def test_a_negation_reaches_only_its_own_clause(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just worn out",
        "no pain in my chest at all",
        "never had any thoughts of harming myself",
        "she has not had a fever since Tuesday's chemo",
        "I don't want to die, I want to see my grandson grow up",
        "without any shivering or temperature",
    ],
)
def test_a_negated_alarm_is_ruled_out(text: str) -> None:
    found = assess(text)
    assert not found.detections and not found.possible
    assert found.ruled_out


@pytest.mark.parametrize(
    "text",
    [
        "I had a temperature last week, it's gone",  # issue 14
        "Dad ran a fever on Sunday but it came down with paracetamol and he's fine now",
        "there was some chest pain on Monday, it settled by the evening",
        "I passed out at the bus stop two years ago, that's how they found it",
        "I fainted once last summer, it turned out I was dehydrated",
        "she collapsed last christmas, it was a virus and she's fine",
    ],
)
def test_past_and_over_is_not_an_alarm(text: str) -> None:
    assert not any_alarm(text)


def test_an_emergency_now_is_not_over_because_the_message_mentions_the_past() -> None:
    assert EMERGENCY in clear_kinds("I had my scan last week and now I've got crushing chest pain")


def test_thoughts_long_ago_are_asked_about_not_ignored() -> None:
    text = "I used to hurt myself on purpose when I was a teenager"
    assert SUICIDE not in clear_kinds(text)
    assert SUICIDE in possible_kinds(text)


def test_long_ago_and_over_is_not_an_alarm() -> None:
    assert not any_alarm("I self harmed years ago but I've been in a good place for a long time")


@pytest.mark.parametrize(
    "text",
    [
        "they said ring if it goes over 37.5",  # issue 14
        "the chemo nurse told me to call if I get a fever or the shivers",
        "what should I do if I start shivering after treatment?",
        "my leaflet says to look out for a high temperature",
        "I'm worried about getting an infection during chemo",
        "we watched a programme where a man collapsed with chest pain",
    ],
)
def test_quoted_instructions_and_worries_are_not_happening_now(text: str) -> None:
    assert not any_alarm(text)


def test_a_threat_quoted_by_the_person_threatened_still_counts() -> None:
    assert ABUSE in clear_kinds("he said he'd hurt me if I told anyone")  # issue 14


@pytest.mark.parametrize(
    "text",
    [
        "I flopped into bed after the appointment",  # issue 14
        "I don't feel safe driving on these tablets",  # issue 14
        "help planning for the end of life",  # issue 14
        "my back hurts me in the mornings",  # issue 14: not abuse
        "my world collapsed when they told me",  # issue 14: not an emergency
        "hot and cold flushes from my hormone tablets",  # issue 14: not a chemo fever
        "the wait for results is killing me",
        "I'm dying to know when the letter comes",
        "my wife will kill me if I forget the parking ticket",
        "that electricity bill nearly gave me a heart attack",
        "what's the point of this form?",
        "she wants to die at home, not in hospital",
        "the ward won't let me go home until my bloods are back",
        "I've had enough of the forms",
        "I passed out on the sofa after the football",
        "my feet are killing me after all that walking",
        "the parking charges are bleeding us dry",
        "my husband was killing himself laughing at the panto",
        "I was burning up in the waiting room, they had the heating on full",
        "I keep choking on the dust from next door's building work",
        "I was all choked up when the nurse hugged me",
        "these forms will be the death of me",
        "the grandkids scared me half to death hiding behind the door",
        "I've been banging my head against a wall with the benefits office",
        "I could strangle the man at the council",
    ],
)
def test_idioms_are_not_alarms(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I might do something stupid tonight", SUICIDE),
        ("he keeps saying he'll do himself in", SUICIDE),
        ("I've had enough of living", SUICIDE),
        ("my husband hit the kids and me", ABUSE),
    ],
)
def test_british_ways_of_saying_it(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


def test_an_idiom_with_a_person_doing_it_is_abuse() -> None:
    assert ABUSE in clear_kinds("he is killing me")  # issue 14: not a harmless idiom
    assert ABUSE in clear_kinds("my partner's been hurting me again")


def test_the_real_thing_beside_an_idiom_still_counts() -> None:
    assert SIDE_EFFECT in clear_kinds("I'm burning up and shivering, chemo was on Tuesday")
    assert EMERGENCY in clear_kinds("he is choking on his food and can't breathe")
    assert SUICIDE in clear_kinds("I want to kill myself")
