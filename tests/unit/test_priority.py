"""The priority rule (thresholds from content/triage.yml)."""

from __future__ import annotations

from frontdoor.triage.priority import TriageSettings, compute_priority

T = TriageSettings(high_distress_from=8, high_concern_score_from=8)


def test_any_risk_flag_is_urgent() -> None:
    p = compute_priority(
        T, risk_kinds=["harm_or_abuse"], distress=2, concern_scores={}, callback_requested=False
    )
    assert (p.level, p.reasons) == ("urgent", ["risk flag: harm_or_abuse"])


def test_high_distress_or_high_score_or_callback_is_high() -> None:
    assert (
        compute_priority(T, risk_kinds=[], distress=8, concern_scores={}, callback_requested=False).level
        == "high"
    )
    p = compute_priority(
        T, risk_kinds=[], distress=3, concern_scores={"pain": 9, "sleep": 2}, callback_requested=False
    )
    assert (p.level, p.reasons) == ("high", ["pain scored 9/10"])
    assert (
        compute_priority(T, risk_kinds=[], distress=None, concern_scores={}, callback_requested=True).level
        == "high"
    )


def test_otherwise_routine() -> None:
    p = compute_priority(
        T, risk_kinds=[], distress=7, concern_scores={"pain": 7, "x": None}, callback_requested=False
    )
    assert (p.level, p.reasons) == ("routine", [])
