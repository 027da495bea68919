"""Validation of the safety messages at start-up, and the reply for a person's site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, field_validator

from frontdoor.content_files import load_model
from frontdoor.safety.wording import compose_reply
from frontdoor.sites.config import SiteConfig
from frontdoor.sms.gsm import is_gsm7, segment_count

KINDS = ("suicide_or_self_harm", "medical_emergency", "treatment_side_effect", "harm_or_abuse", "general")


def _sms_safe(text: str) -> str:
    text = " ".join(text.split())
    if not is_gsm7(text):
        raise ValueError("use GSM-7 characters only (no curly quotes, dashes or emoji)")
    if segment_count(text.replace("{acute_oncology_line}", "x" * 80)) > 2:
        raise ValueError("must fit in two SMS segments (306 characters)")
    return text


class AbuseMessages(BaseModel):
    england: str
    scotland: str
    unknown: str

    _check = field_validator("england", "scotland", "unknown")(_sms_safe)


class Messages(BaseModel):
    suicide_or_self_harm: str
    medical_emergency: str
    treatment_side_effect: str = Field(pattern=r"\{acute_oncology_line\}")
    harm_or_abuse: AbuseMessages
    general: str

    _check = field_validator("suicide_or_self_harm", "medical_emergency", "treatment_side_effect", "general")(
        _sms_safe
    )


class SafetyContent(BaseModel):
    messages: Messages
    acute_oncology_default: str
    acute_oncology_with_number: str = Field(pattern=r"\{number\}")


class Safety:
    """The validated file, kept raw as well so that the reply is composed one way everywhere."""

    def __init__(self, path: Path) -> None:
        load_model(path, SafetyContent)
        self.raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))

    def reply(self, kind: str, site: SiteConfig | None) -> str:
        return compose_reply(
            self.raw, kind, site.acute_oncology_line if site else None, site.nation if site else None
        )
