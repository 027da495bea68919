"""Where someone is with treatment, and how they heard of us, as round 5 and 6's blind people said it:
each of these was asked again ("Please reply with a number from 1 to 7"), a message more to send."""

import pytest

from frontdoor.intake.parsing import parse_referral_source, parse_stage


@pytest.mark.parametrize(
    ("said", "stage"),
    [
        ("Just the tablets. Letrozole", "in_treatment"),
        ("hormones", "in_treatment"),
        ("I take a tablet every day. Anastrozole. I am to take it for five years.", "in_treatment"),
        ("had op. iodine next", "in_treatment"),
        ("THEY SAY THEY CANNOT CURE IT NOW. TABLETS TO KEEP IT DOWN", "incurable_treatable"),
        (
            "had chemo, they've said it's not curable now but he's on immunotherapy to keep it at bay",
            "incurable_treatable",
        ),
        (
            "they said shes too old for the op so its just keepin her comfy now, district nurses come in",
            "end_of_life",
        ),
        ("finished chemo in august", "finished_treatment"),
    ],
)
def test_treatment_in_their_words(said: str, stage: str) -> None:
    assert parse_stage(said) == stage


@pytest.mark.parametrize(
    ("said", "source"),
    [
        ("Refugee centre in Coventry", "voluntary_organisation"),
        ("the lady at citizens advice", "welfare_rights"),
        ("my gp", "gp"),
    ],
)
def test_how_they_heard_in_their_words(said: str, source: str) -> None:
    assert parse_referral_source(said) == source
