"""Validation of the safety messages at start-up, and the reply for a person's site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator

from frontdoor.content_files import load_yaml, validate_model
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


# The wordings of a direct question that must give the numbers: the questions, and the help left with
# someone who answered neither yes nor no twice.
ASKED = ("ask", "ask_other", "again", "again_other", "unanswered")
# The numbers each kind's direct question must give (and its "ask again"), per nation for abuse.
SAMARITANS_AND_SHOUT = ("999", "Samaritans", "116 123", "SHOUT to 85258", "NHS 111")
DIRECT_QUESTION_NUMBERS: dict[str, dict[str, tuple[str, ...]]] = {
    "suicide_or_self_harm": {"any": SAMARITANS_AND_SHOUT},
    "medical_emergency": {"any": ("999", "NHS 111")},
    "treatment_side_effect": {"any": ("{acute_oncology_line}", "999")},
    "harm_or_abuse": {
        "england": ("999", "0808 2000 247"),
        "scotland": ("999", "0800 027 1234"),
        "unknown": ("999", "0808 2000 247", "0800 027 1234"),
    },
    "general": {"any": SAMARITANS_AND_SHOUT},
}


class DirectQuestion(BaseModel):
    """One kind's direct question: asked (about the person writing, or about someone else), asked once
    more (about them too, when the question was about someone else), the acknowledgement of a no, and
    the help left, without assuming a yes, when neither came."""

    ask: str | AbuseMessages
    ask_other: str | AbuseMessages
    again: str | AbuseMessages
    again_other: str | AbuseMessages
    unanswered: str | AbuseMessages
    no: str

    _check = field_validator("no")(_sms_safe)

    @field_validator("ask", "ask_other", "again", "again_other", "unanswered")
    @classmethod
    def _check_wording(cls, value: str | AbuseMessages) -> str | AbuseMessages:
        return _sms_safe(value) if isinstance(value, str) else value


class DirectQuestions(BaseModel):
    suicide_or_self_harm: DirectQuestion
    medical_emergency: DirectQuestion
    treatment_side_effect: DirectQuestion
    harm_or_abuse: DirectQuestion
    general: DirectQuestion

    @model_validator(mode="after")
    def _numbers_given(self) -> DirectQuestions:
        for kind, needed in DIRECT_QUESTION_NUMBERS.items():
            question: DirectQuestion = getattr(self, kind)
            for which in ASKED:
                wording = getattr(question, which)
                for nation, numbers in needed.items():
                    if isinstance(wording, AbuseMessages) != (nation != "any"):
                        shape = "one wording per nation" if nation != "any" else "a single wording"
                        raise ValueError(f"{kind}.{which}: must be {shape}")
                    text = getattr(wording, nation) if nation != "any" else wording
                    missing = [n for n in numbers if n not in text]
                    if missing:
                        where = f"{kind}.{which}" + (f".{nation}" if nation != "any" else "")
                        raise ValueError(f"{where}: must give {', '.join(missing)}")
        return self


class SafetyContent(BaseModel):
    messages: Messages
    direct_questions: DirectQuestions
    acute_oncology_default: str
    acute_oncology_with_number: str = Field(pattern=r"\{number\}")


class Safety:
    """The validated file, kept raw as well so that the reply is composed one way everywhere."""

    def __init__(self, path: Path) -> None:
        self.raw: dict[str, Any] = load_yaml(path)
        validate_model(path, self.raw, SafetyContent)

    def reply(self, kind: str, site: SiteConfig | None) -> str:
        return compose_reply(
            self.raw, kind, site.acute_oncology_line if site else None, site.nation if site else None
        )

    def direct_question(self, kind: str, which: str, site: SiteConfig | None) -> str:
        """A kind's direct question ("ask", "ask_other" about someone else, "again", "again_other"), its
        acknowledgement of a no ("no") or its help when no answer came ("unanswered"), for the
        person's site: the abuse helpline for their nation, their acute oncology line."""
        questions = self.raw["direct_questions"]
        wording = {k: q[which] for k, q in questions.items()}
        return compose_reply(
            {**self.raw, "messages": wording},
            kind,
            site.acute_oncology_line if site else None,
            site.nation if site else None,
        )
