"""The priority rule: urgent for any risk flag, high for high distress or a high concern score or a
call-back request, routine otherwise. Thresholds come from content/triage.yml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field

from frontdoor.content_files import load_model


class TriageSettings(BaseModel):
    high_distress_from: int = Field(8, ge=0, le=10)
    high_concern_score_from: int = Field(8, ge=0, le=10)


def load_triage(content_dir: Path) -> TriageSettings:
    return load_model(content_dir / "triage.yml", TriageSettings)


@dataclass(frozen=True)
class Priority:
    level: str
    reasons: list[str]


def compute_priority(
    settings: TriageSettings,
    *,
    risk_kinds: list[str],
    distress: int | None,
    concern_scores: dict[str, int | None],
    callback_requested: bool,
) -> Priority:
    if risk_kinds:
        return Priority("urgent", [f"risk flag: {kind}" for kind in dict.fromkeys(risk_kinds)])
    reasons: list[str] = []
    if distress is not None and distress >= settings.high_distress_from:
        reasons.append(f"distress {distress}/10")
    reasons += [
        f"{item} scored {score}/10"
        for item, score in concern_scores.items()
        if score is not None and score >= settings.high_concern_score_from
    ]
    if callback_requested:
        reasons.append("asked to talk to a person")
    return Priority("high", reasons) if reasons else Priority("routine", [])
