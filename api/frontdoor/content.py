"""All content files, loaded and validated together at start-up.

A bad file stops the process with a :class:`~frontdoor.content_files.ContentError` naming the file,
the key and the problem. The loaded content is shared by the API routes and services.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from frontdoor.aftercare.directory import Directory, load_directory
from frontdoor.aftercare.wording import Aftercare, load_aftercare
from frontdoor.checklist.definition import Checklist, load_checklist
from frontdoor.eligibility.cancer_types import CancerTypes, load_cancer_types
from frontdoor.privacy.notice import PrivacyNotice, load_privacy_notice
from frontdoor.safety.messages import Safety
from frontdoor.settings import get_settings
from frontdoor.sites.config import SitesFile, load_sites
from frontdoor.sms.content import SmsReplies, load_sms_replies
from frontdoor.sms.numbers import (
    check_help_names_999,
    check_production_numbers,
    check_reply_texts,
    drop_fictional_acute_oncology_lines,
)
from frontdoor.triage.priority import TriageSettings, load_triage


@dataclass(frozen=True)
class Content:
    sites: SitesFile
    checklist: Checklist
    triage: TriageSettings
    privacy: PrivacyNotice
    cancer_types: CancerTypes
    safety: Safety
    sms: SmsReplies
    directory: Directory
    aftercare: Aftercare


def load_content(content_dir: Path, *, production: bool = False, duty_alert_sms_number: str = "") -> Content:
    """``production`` also refuses missing or fictional numbers that safety replies and staff alerts
    depend on (frontdoor.sms.numbers); in any mode a fictional acute oncology number is never used."""
    sites = load_sites(content_dir / "sites.yml")
    if production:
        check_production_numbers(sites, content_dir / "sites.yml", duty_alert_sms_number)
    drop_fictional_acute_oncology_lines(sites)
    checklist = load_checklist(content_dir / "checklist.yml")
    safety = Safety(content_dir / "safety.yml")
    check_reply_texts(content_dir / "safety.yml", {"messages": safety.raw["messages"]})
    check_help_names_999(content_dir / "safety.yml", {"messages": safety.raw["messages"]})
    sms = load_sms_replies(content_dir)
    check_reply_texts(content_dir / "sms.yml", sms.model_dump())
    return Content(
        sites=sites,
        checklist=checklist,
        triage=load_triage(content_dir),
        privacy=load_privacy_notice(content_dir),
        cancer_types=load_cancer_types(content_dir),
        safety=safety,
        sms=sms,
        directory=load_directory(content_dir / "directory.yml", checklist, sites),
        aftercare=load_aftercare(content_dir / "aftercare.yml", sites),
    )


@lru_cache
def get_content() -> Content:
    settings = get_settings()
    return load_content(
        settings.content_dir,
        production=settings.frontdoor_env == "production",
        duty_alert_sms_number=settings.duty_alert_sms_number,
    )
