"""What the service texts after a referral, and when (content/aftercare.yml), validated at start-up:
GSM-7, each text one SMS segment with the longest site name in it (the survey's first message, its
introduction and first question together, and the web invitation with its link, two)."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from pydantic import BaseModel, Field, field_validator, model_validator

from frontdoor.content_files import ContentError, load_model
from frontdoor.sites.config import SitesFile
from frontdoor.sms.gsm import is_gsm7, segment_count

SAMPLE = {
    "{when}": "Tuesday 14 January at 10:30am",
    "{months}": "9",
    "{count}": "6",
    "{concern}": "memory or concentration",
    "{link}": "https://referrals.example.org.uk/aftercare/survey/" + "x" * 43,
}


def _gsm7(text: str) -> str:
    text = " ".join(text.split())
    if not is_gsm7(text):
        raise ValueError("use GSM-7 characters only (no curly quotes, dashes or emoji)")
    return text


def filled(text: str, site: str) -> str:
    for key, value in SAMPLE.items():
        text = text.replace(key, value)
    return text.replace("{site}", site)


class SignpostTexts(BaseModel):
    max_services: int = Field(3, ge=1, le=3)
    max_segments: int = Field(3, ge=1, le=3)
    intro: str
    footer: str

    _check = field_validator("intro", "footer")(_gsm7)


class YesNoTexts(BaseModel):
    text: str
    yes_reply: str
    no_reply: str
    unclear_reply: str

    _check = field_validator("text", "yes_reply", "no_reply", "unclear_reply")(_gsm7)


class CheckinTexts(YesNoTexts):
    days_before_target: int = Field(2, ge=0, le=20)
    reply_hours: int = Field(24, ge=1, le=168)


class AppointmentCheckTexts(YesNoTexts):
    hours_after: int = Field(3, ge=1, le=72)
    text: str = Field(pattern=r"\{when\}")


class SurveyTexts(BaseModel):
    months: list[int] = Field(min_length=1, max_length=4)
    max_messages: int = Field(6, ge=3, le=6)
    reply_days: int = Field(7, ge=1, le=30)
    intro: str = Field(pattern=r"\{count\}")
    distress: str
    concern: str = Field(pattern=r"\{concern\}")
    unclear: str
    thanks: str
    web_invite: str = Field(pattern=r"\{link\}")

    _check = field_validator("intro", "distress", "concern", "unclear", "thanks", "web_invite")(_gsm7)

    @field_validator("months")
    @classmethod
    def _months(cls, months: list[int]) -> list[int]:
        if months != sorted(set(months)) or not all(1 <= m <= 24 for m in months):
            raise ValueError("give months from 1 to 24, each once, in order")
        return months


class Aftercare(BaseModel):
    quiet_from: time
    quiet_until: time
    send_at: time
    signposts: SignpostTexts
    checkin: CheckinTexts
    appointment_check: AppointmentCheckTexts
    survey: SurveyTexts

    @model_validator(mode="after")
    def _hours(self) -> Aftercare:
        if not self.quiet_until <= self.send_at < self.quiet_from:
            raise ValueError("send_at must be between quiet_until and quiet_from")
        return self

    def one_segment_texts(self) -> dict[str, str]:
        return {
            "signposts.intro": self.signposts.intro,
            "signposts.footer": self.signposts.footer,
            **{f"checkin.{k}": getattr(self.checkin, k) for k in YesNoTexts.model_fields},
            **{f"appointment_check.{k}": getattr(self.appointment_check, k) for k in YesNoTexts.model_fields},
            "survey.intro": self.survey.intro,
            "survey.distress": self.survey.distress,
            "survey.concern": self.survey.concern,
            "survey.unclear": self.survey.unclear,
            "survey.thanks": self.survey.thanks,
        }


def load_aftercare(path: Path, sites: SitesFile) -> Aftercare:
    aftercare = load_model(path, Aftercare)
    longest = max((s.name for s in sites.sites), key=len)
    for key, text in aftercare.one_segment_texts().items():
        if segment_count(filled(text, longest)) > 1:
            raise ContentError(path, key, f"must fit in one SMS (160 characters) with '{longest}' in it")
    first = f"{aftercare.survey.intro}\n{aftercare.survey.distress}"
    for key, text in (("survey.intro", first), ("survey.web_invite", aftercare.survey.web_invite)):
        if segment_count(filled(text, longest)) > 2:
            raise ContentError(path, key, "must fit in two SMS segments (306 characters) with the rest")
    return aftercare
