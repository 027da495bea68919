"""Look-alike families found in round 7, each sentence written for this test in our own words: treatment
over rather than life ("done with it all, finished radiotherapy"), a thing hit rather than a person, a
cold that put treatment off, tablets taken as prescribed over weeks, and an exhausted carer's ordinary
wording; beside each, the real risk said nearby, which must still get help."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import (
    ABUSE,
    SUICIDE,
    assess,
    clear_kinds,
)


@pytest.mark.parametrize(
    "text",
    [
        # Treatment over, not life.
        "So glad to be done with it all, had my last chemo on Friday",
        "rang the bell this morning so that's me done with it all",
        "Finally finished my chemo last week, I'm done with it all now",
        "we're done with everything now, completed the course of radiotherapy",
        # A thing hit, not a person.
        "my son hit my car reversing out the drive",
        "my sister kicked my bike over in a temper",
        "my husband hit my mum's wing mirror with the van",
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
    ],
)
def test_real_risk_nearby_still_clear(text: str, kind: str) -> None:
    assert kind in clear_kinds(text), (text, assess(text))
