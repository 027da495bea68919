"""Shared by the safety rule-family tests: one detector per test session, and short ways to ask what
it made of a message."""

from __future__ import annotations

from functools import lru_cache

from frontdoor.safety.detector import Assessment, SafetyDetector, default_vocabulary_path

SUICIDE = "suicide_or_self_harm"
EMERGENCY = "medical_emergency"
ABUSE = "harm_or_abuse"
SIDE_EFFECT = "treatment_side_effect"


@lru_cache(maxsize=1)
def detector() -> SafetyDetector:
    return SafetyDetector.from_file(default_vocabulary_path())


def assess(text: str) -> Assessment:
    return detector().assess(text)


def clear_kinds(text: str) -> list[str]:
    return [d.kind for d in assess(text).detections]


def possible_kinds(text: str) -> list[str]:
    return [d.kind for d in assess(text).possible]


def any_alarm(text: str) -> bool:
    found = assess(text)
    return bool(found.detections or found.possible)
