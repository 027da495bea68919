"""The fixed SMS replies (content/sms.yml): GSM-7 and one segment each, checked at start-up."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, field_validator

from frontdoor.content_files import load_model
from frontdoor.sms.gsm import is_gsm7, segment_count


class SmsReplies(BaseModel):
    help_reply: str
    stopped_reply: str
    started_reply: str
    media_reply: str
    empty_reply: str

    @field_validator("*")
    @classmethod
    def _one_segment(cls, text: str) -> str:
        if not is_gsm7(text) or segment_count(text.replace("{phone}", "0131 496 0101")) > 1:
            raise ValueError("must be GSM-7 and fit in one SMS (160 characters)")
        return text


def load_sms_replies(content_dir: Path) -> SmsReplies:
    return load_model(content_dir / "sms.yml", SmsReplies)
