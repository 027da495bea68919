"""Whose risk a detection is (``Detection.about``): the person writing ("self") or someone they write
about ("other"), so that a direct question can ask about them ("Are they having thoughts of ending
their life?")."""

from __future__ import annotations

import pytest

from frontdoor.safety.detector import Detection
from tests.unit._safety_helpers import assess


def found(text: str) -> list[Detection]:
    assessment = assess(text)
    return [*assessment.detections, *assessment.possible]


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("I want to kill myself", "self"),
        ("everyone would be better off without me", "self"),
        ("my brother says everyone would be better off without him", "other"),
        ("my dad keeps saying he'd be better off gone and I believe him", "other"),
        ("I think my husband wants to end it all", "other"),
        ("I took all my tablets", "self"),
        ("my wife has taken all her tablets", "other"),
        # abuse: the one it happens to, not the one who does it
        ("he hits me when he has been drinking", "self"),
        ("I'm scared he will kill me", "self"),
        ("my son takes my pension and shoves me", "self"),
        ("my mums boyfriend hits her", "other"),
        # emergencies and side effects
        ("I can't breathe", "self"),
        ("my husband has collapsed and is not breathing", "other"),
        ("i have a temp of 38.5 and im on chemo", "self"),
        ("I'm worried about my dad, he has a temperature of 39 after chemo", "other"),
    ],
)
def test_whose_risk_it_is(text: str, about: str) -> None:
    detections = found(text)
    assert detections, text
    assert detections[0].about == about


def test_a_detection_is_about_the_writer_unless_told() -> None:
    assert Detection("medical_emergency", "x", "rule").about == "self"
