"""The privacy notice people agree to. Its version is recorded with each consent."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from frontdoor.content_files import load_model


class PrivacyNotice(BaseModel):
    version: str = Field(min_length=1, max_length=20)
    summary: str = Field(min_length=1)
    full_text: str = Field(min_length=1)


def load_privacy_notice(content_dir: Path) -> PrivacyNotice:
    return load_model(content_dir / "privacy.yml", PrivacyNotice)
