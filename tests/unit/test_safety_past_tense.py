"""Safety rules, the "past" context marker: only the past forms themselves ("had", "was", "were")
say a sentence speaks of the past, never their lemmas ("be" would take in "is", "are" and "am";
"have" would take in "I've", "she has"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import EMERGENCY, assess, clear_kinds, detector


def _past_sentences(text: str) -> set[int]:
    tokens = detector().reader.read(text)
    return {tokens[m.start].sentence for m in detector().context.past.find(tokens)}


@pytest.mark.parametrize(
    "text",
    [
        "she is in bed and they are with her",
        "I am worn out",
        "he has a rash and I've got a cough",
        "the kids are being good",
    ],
)
def test_present_tense_is_not_past(text: str) -> None:
    assert _past_sentences(text) == set()


@pytest.mark.parametrize(
    "text",
    ["he was in bed", "they were with her", "I had a cough", "it wasn't much", "we weren't told"],
)
def test_past_forms_are_past(text: str) -> None:
    assert _past_sentences(text) == {0}


@pytest.mark.parametrize(
    "text",
    [
        # Good news earlier in the message, an emergency happening now: the news does not make it over.
        "Scan results are all clear. Now my wife is fitting and her lips have gone blue",
        "The hospital says the scan is all clear, and my husband is having a fit",
        "His temp's back to normal but he's coughing up blood",
        "My temp is down to normal and I'm coughing up blood",
    ],
)
def test_an_earlier_resolved_marker_does_not_end_a_present_emergency(text: str) -> None:
    assert EMERGENCY in clear_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Past and over, said in the past tense: still over.
        "I had chest pain on Tuesday and it turned out to be indigestion",
        "Fitting was the first sign of the tumour two years back; I've been fit free on my tablets since",
        "Fits got the tumour found, years ago. Seizure free since the operation, asking about the bus pass",
        "She's been free of seizures since the surgery",
    ],
)
def test_past_and_over_stays_over(text: str) -> None:
    found = assess(text)
    assert EMERGENCY not in [d.kind for d in found.detections + found.possible]
