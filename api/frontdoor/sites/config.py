"""The site configuration (content/sites.yml): which local service covers which postcodes, and its rules.

One deployment serves several local services ("sites"). A postcode routes a person to their site's
rules, diary and queue; each site sets its own age threshold, exclusions, appointment types, link
workers' hours and first-appointment target.
"""

from __future__ import annotations

import os
import re
from datetime import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from frontdoor.content_files import DEFAULT_CONTENT_DIR, load_model

_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
_SECTOR = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$")
_E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
AppointmentKind = Literal["phone", "video", "home_visit", "community_venue"]


def _prefix(value: str) -> str:
    value = " ".join(value.upper().split())
    if not (_DISTRICT.match(value) or _SECTOR.match(value)):
        raise ValueError(f"'{value}' is not a postcode district (DD1) or sector (DD1 4)")
    return value


class Coverage(BaseModel):
    """Postcode districts or sectors. ``boundary`` ones route here but a person checks the address."""

    areas: list[str] = Field(min_length=1)
    boundary: list[str] = Field(default_factory=list)

    @field_validator("areas", "boundary")
    @classmethod
    def _normalise(cls, values: list[str]) -> list[str]:
        return [_prefix(v) for v in values]


class AppointmentType(BaseModel):
    kind: AppointmentKind
    minutes: int = Field(ge=15, le=180)
    travel_minutes: int = Field(0, ge=0, le=120, description="before and after, for home visits")
    enabled: bool = True


class WorkingDay(BaseModel):
    start: time
    end: time
    break_start: time | None = None
    break_end: time | None = None

    @model_validator(mode="after")
    def _order(self) -> WorkingDay:
        if self.start >= self.end:
            raise ValueError("start must be before end")
        if (self.break_start is None) != (self.break_end is None):
            raise ValueError("give both break_start and break_end, or neither")
        if (
            self.break_start
            and self.break_end
            and not (self.start <= self.break_start < self.break_end <= self.end)
        ):
            raise ValueError("the break must fall inside the working day")
        return self


class LinkWorkerConfig(BaseModel):
    first_name: str = Field(min_length=1, max_length=60)
    week: dict[str, WorkingDay] = Field(min_length=1, description="working pattern by day: mon..sun")

    @field_validator("week")
    @classmethod
    def _days(cls, week: dict[str, WorkingDay]) -> dict[str, WorkingDay]:
        unknown = [d for d in week if d not in DAYS]
        if unknown:
            raise ValueError(f"unknown day(s) {', '.join(unknown)}: use {', '.join(DAYS)}")
        return week


class SiteConfig(BaseModel):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    nation: Literal["england", "scotland"]
    coverage: Coverage
    min_age: int = Field(18, ge=0, le=120)
    accepts_awaiting_diagnosis: bool = True
    excluded_cancers: list[Literal["non_melanoma_skin"]] = Field(default_factory=list)
    appointment_types: list[AppointmentType] = Field(min_length=1)
    venues: list[str] = Field(default_factory=list)
    first_appointment_target_working_days: int = Field(ge=1, le=60)
    phone: str
    sms_number: str | None = None
    acute_oncology_line: str | None = None
    alert_sms_number: str | None = None
    link_workers: list[LinkWorkerConfig] = Field(min_length=1)

    @field_validator("sms_number", "alert_sms_number")
    @classmethod
    def _e164(cls, value: str | None) -> str | None:
        if value is not None and not _E164.match(value):
            raise ValueError(f"'{value}' must be an E.164 number like +447700900123")
        return value

    @model_validator(mode="after")
    def _venues_for_community(self) -> SiteConfig:
        kinds = {t.kind for t in self.appointment_types if t.enabled}
        if "community_venue" in kinds and not self.venues:
            raise ValueError("community_venue appointments need at least one venue")
        return self


class HelpLink(BaseModel):
    name: str
    how: str
    for_under_18: bool = False


class SitesFile(BaseModel):
    sites: list[SiteConfig] = Field(min_length=1)
    other_help: list[HelpLink] = Field(min_length=2)

    @model_validator(mode="after")
    def _unique(self) -> SitesFile:
        seen: dict[str, str] = {}
        ids: set[str] = set()
        for site in self.sites:
            if site.id in ids:
                raise ValueError(f"site id '{site.id}' is used twice")
            ids.add(site.id)
            for prefix in site.coverage.areas + site.coverage.boundary:
                if prefix in seen:
                    raise ValueError(
                        f"postcode prefix {prefix} is claimed by both {seen[prefix]} and {site.id}"
                    )
                seen[prefix] = site.id
        return self

    def get(self, site_id: str) -> SiteConfig | None:
        return next((s for s in self.sites if s.id == site_id), None)

    def by_sms_number(self, number: str) -> SiteConfig | None:
        return next((s for s in self.sites if s.sms_number == number), None)


def load_sites(path: Path | None = None) -> SitesFile:
    base = Path(os.environ.get("FRONTDOOR_CONTENT_DIR", DEFAULT_CONTENT_DIR))
    return load_model(path or base / "sites.yml", SitesFile)
