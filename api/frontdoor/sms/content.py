"""The fixed SMS replies (content/sms.yml): GSM-7 and one segment each, checked at start-up.

The HELP reply may take two segments, because it must name the crisis numbers as well as the site's
phone: 999, NHS 111, Samaritans 116 123 and the Macmillan Support Line 0808 808 00 00.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, field_validator

from frontdoor.content_files import load_model
from frontdoor.sms.gsm import is_gsm7, segment_count

# A long site phone number, to check the longest HELP reply a site can give.
EXAMPLE_PHONE = "0131 496 0101"
HELP_MUST_NAME = ("999", "NHS 111", "116 123", "0808 808 00 00", "{phone}")


class SmsReplies(BaseModel):
    help_reply: str
    stopped_reply: str
    started_reply: str
    media_reply: str
    empty_reply: str

    @field_validator("stopped_reply", "started_reply", "media_reply", "empty_reply")
    @classmethod
    def _one_segment(cls, text: str) -> str:
        if not is_gsm7(text) or segment_count(text.replace("{phone}", EXAMPLE_PHONE)) > 1:
            raise ValueError("must be GSM-7 and fit in one SMS (160 characters)")
        return text

    @field_validator("help_reply")
    @classmethod
    def _help(cls, text: str) -> str:
        if not is_gsm7(text) or segment_count(text.replace("{phone}", EXAMPLE_PHONE)) > 2:
            raise ValueError("must be GSM-7 and fit in two SMS segments (306 characters)")
        missing = [words for words in HELP_MUST_NAME if words not in text]
        if missing:
            raise ValueError(f"must name {', '.join(missing)}")
        return text


def load_sms_replies(content_dir: Path) -> SmsReplies:
    return load_model(content_dir / "sms.yml", SmsReplies)
