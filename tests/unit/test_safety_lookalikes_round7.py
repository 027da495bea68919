"""Look-alike families found in round 7, each sentence written for this test in our own words: treatment
over rather than life ("done with it all, finished radiotherapy"), a thing hit rather than a person, a
cold that put treatment off, tablets taken as prescribed over weeks, and an exhausted carer's ordinary
wording; beside each, the real risk said nearby, which must still get help."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import (
    ABUSE,
    SIDE_EFFECT,
    SUICIDE,
    any_alarm,
    assess,
    clear_kinds,
    possible_kinds,
)


@pytest.mark.parametrize(
    "text",
    [
        # Treatment over, not life.
        "So glad to be done with it all, had my last chemo on Friday",
        "rang the bell this morning so that's me done with it all",
        "Finally finished my chemo last week, I'm done with it all now",
        "we're done with everything now, completed the course of radiotherapy",
        "the radiotherapy is over, so I'm done with it all",
        # A thing hit, not a person.
        "my son hit my car reversing out the drive",
        "my sister kicked my bike over in a temper",
        "my husband hit my mum's wing mirror with the van",
        # A cold that put treatment off.
        "my treatment was postponed as I had the flu",
        "they delayed my cycle because of a virus",
        "my chemo got moved cos I had a stinking cold",
        # Tablets taken over weeks or as prescribed.
        "I've taken 28 of my tablets over the past month",
        "she took 30 of her painkillers over the last few weeks",
        "took 14 of my morphine tablets in the last fortnight",
        "I've taken 28 of my painkillers, two every morning",
    ],
)
def test_round7_lookalikes_raise_no_alarm(text: str) -> None:
    found = assess(text)
    assert not found.detections and not found.possible, (text, found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm done with it all, I don't want to be here anymore", SUICIDE),
        ("I'm done with it all", SUICIDE),
        ("I'm done with life, finished chemo and what's the point", SUICIDE),
        ("I'm done with it all now, finished radiotherapy but I want to die", SUICIDE),
        ("my dad hit my mum and she's scared", ABUSE),
        ("my partner hit my car and then hit me", ABUSE),
        ("my brother punches her when he's drunk", ABUSE),
        ("chemo was cancelled because I had a cold and now I've got a temperature of 38.6", SIDE_EFFECT),
        ("my chemo got postponed cos of a cold, I'm shivering and feel awful", SIDE_EFFECT),
        ("took 20 of my sleeping tablets last night", SUICIDE),
        ("I took 20 of my sleeping tablets an hour ago", SUICIDE),
        ("took 30 paracetamol over the last day", SUICIDE),
        ("he has taken 20 of his tablets over the last hour", SUICIDE),
        ("took 28 of my sleeping tablets, all at once", SUICIDE),
    ],
)
def test_real_risk_nearby_still_clear(text: str, kind: str) -> None:
    assert kind in clear_kinds(text), (text, assess(text))


def test_cold_with_treatment_still_asked_without_a_postponement() -> None:
    # A cold while on chemo, with nothing put off, is still worth the direct question.
    assert any_alarm("I'm on chemo and I've got a cold and feel rough")


@pytest.mark.parametrize(
    "text",
    [
        # An exhausted carer's first message: tiredness from the caring, not a hint of suicide.
        "Mum's had lung cancer since the spring. I've been her carer all year, I do the lot, and honestly "
        "I'm on my knees. My brother's in Leeds so he's no help.",
        "I look after my dad who has prostate cancer, I'm worn out and running on fumes. My sister lives "
        "in Belfast.",
        "My wife had her surgery in May. I've been nursing her since and I'm running on empty, I'll not "
        "lie. The kids are both abroad.",
        "I do everything for him and honestly I'm running on empty",
        "I've been caring for her since, I do everything and tbh I'm running on empty",
        "I'm at the end of my tether looking after him on my own",
        "caring for mum day and night has me at the end of my tether",
    ],
)
def test_exhausted_carer_is_not_asked_about_suicide(text: str) -> None:
    found = assess(text)
    assert SUICIDE not in [d.kind for d in [*found.detections, *found.possible]], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "I'm looking after my wife and I'm running on empty, I just want to go to sleep and not wake up",
        "I'm his carer and I'm so worn out I've been thinking everyone would be better off without me",
        "being his carer has me at the end of my tether and I want to end it all",
        "I'm at the end of my tether looking after her and I keep thinking about killing myself",
    ],
)
def test_exhausted_carer_with_a_real_risk_still_helped(text: str) -> None:
    assert SUICIDE in clear_kinds(text), (text, assess(text))


def test_end_of_tether_alone_is_still_asked() -> None:
    assert SUICIDE in possible_kinds("I'm at the end of my tether and I can't see a way out")


def test_treatment_over_with_despair_after_still_asked() -> None:
    # Treatment over sets "done with it all" aside, but despair said after it is still asked about.
    text = "chemo's over and I'm done with it all, I can't go on"
    assert SUICIDE in [*clear_kinds(text), *possible_kinds(text)]
