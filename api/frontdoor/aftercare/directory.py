"""The directory of local help (content/directory.yml), validated at start-up against the checklist and
the sites: every item, category and site it names must exist, and every checklist category must have
a national service, so that any concern has somewhere to go."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, HttpUrl, field_validator, model_validator

from frontdoor.checklist.definition import CATEGORIES, Category, Checklist
from frontdoor.content_files import ContentError, load_model
from frontdoor.sites.config import SitesFile
from frontdoor.sms.gsm import is_gsm7

Nation = Literal["england", "scotland"]
NATIONS: tuple[Nation, ...] = ("england", "scotland")
_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9])?$")
_UK_PHONE = re.compile(r"^0[0-9 ]{9,14}$")


class Service(BaseModel):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=2, max_length=40)
    helps_with: str = Field(min_length=2, max_length=100)
    phone: str | None = None
    web: HttpUrl | None = None
    hours: str = Field(min_length=2, max_length=40)
    items: list[str] = Field(default_factory=list)
    categories: list[Category] = Field(default_factory=list)
    nations: list[Nation] = Field(default_factory=lambda: list(NATIONS), min_length=1)
    postcodes: list[str] = Field(default_factory=list, description="districts or sectors; empty: all")

    @field_validator("name", "helps_with", "hours", "phone")
    @classmethod
    def _gsm7(cls, value: str | None) -> str | None:
        if value is not None and not is_gsm7(value):
            raise ValueError("use plain characters only (GSM-7: no curly quotes, dashes or emoji)")
        return value

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        digits = sum(ch.isdigit() for ch in value or "")
        if value is not None and not (_UK_PHONE.match(value) and digits in (10, 11)):
            raise ValueError(f"'{value}' is not a UK phone number written like 0808 808 00 00")
        return value

    @field_validator("postcodes")
    @classmethod
    def _postcodes(cls, values: list[str]) -> list[str]:
        out = [" ".join(v.upper().split()) for v in values]
        bad = [v for v in out if not _DISTRICT.match(v)]
        if bad:
            raise ValueError(f"'{bad[0]}' is not a postcode district (E1) or sector (E1 6)")
        return out

    @model_validator(mode="after")
    def _reachable(self) -> Service:
        if self.phone is None and self.web is None:
            raise ValueError("give a phone number or a web address (or both)")
        if not self.items and not self.categories:
            raise ValueError("name the checklist items or categories this service helps with")
        return self

    @property
    def contact(self) -> str:
        """How to reach it, shortest first: the phone number, else the web address without https://."""
        if self.phone:
            return self.phone
        return web_short(str(self.web))

    def covers(self, nation: str | None, postcode: str | None) -> bool:
        if nation is not None and nation not in self.nations:
            return False
        if not self.postcodes:
            return True
        if not postcode:
            return False
        outward, _, inward = postcode.upper().partition(" ")
        sector = f"{outward} {inward[:1]}" if inward else outward
        return outward in self.postcodes or sector in self.postcodes


def web_short(url: str) -> str:
    return url.removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")


class Directory(BaseModel):
    national: list[Service] = Field(min_length=1)
    sites: dict[str, list[Service]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _unique(self) -> Directory:
        seen: set[str] = set()
        for service in self.all_services():
            if service.id in seen:
                raise ValueError(f"service id '{service.id}' is used twice")
            seen.add(service.id)
        for category in CATEGORIES:
            for nation in NATIONS:
                if not any(
                    category in s.categories and nation in s.nations and not s.postcodes
                    for s in self.national
                ):
                    raise ValueError(
                        f"no national service for the category '{category}' in {nation}: every concern "
                        "needs a fallback"
                    )
        return self

    def all_services(self) -> list[Service]:
        return [*self.national, *(s for services in self.sites.values() for s in services)]

    def local(self, site_id: str | None) -> list[Service]:
        return list(self.sites.get(site_id or "", []))

    def get(self, service_id: str) -> Service | None:
        return next((s for s in self.all_services() if s.id == service_id), None)


def check_references(directory: Directory, checklist: Checklist, sites: SitesFile, path: Path) -> None:
    """Every site and checklist item the directory names must exist; a local service must serve its
    site's nation."""
    items = {i.id for i in checklist.items if not i.retired}
    for site_id, services in directory.sites.items():
        site = sites.get(site_id)
        if site is None:
            raise ContentError(path, f"sites.{site_id}", "no site with this id in sites.yml")
        for n, service in enumerate(services):
            if site.nation not in service.nations:
                raise ContentError(path, f"sites.{site_id}[{n}].nations", f"the site is in {site.nation}")
    for where, services in [("national", directory.national), *directory.sites.items()]:
        for n, service in enumerate(services):
            unknown = [i for i in service.items if i not in items]
            if unknown:
                key = f"{where}[{n}].items" if where == "national" else f"sites.{where}[{n}].items"
                raise ContentError(path, key, f"unknown checklist item(s): {', '.join(unknown)}")


def load_directory(path: Path, checklist: Checklist, sites: SitesFile) -> Directory:
    directory = load_model(path, Directory)
    check_references(directory, checklist, sites, path)
    return directory
