"""The eligibility rules, applied with the rules of the site the postcode routes to.

From the services in the seeds: people are checked on where they live (not where they are treated),
their age, and a cancer diagnosis at any stage (carers and family too); some sites exclude
non-melanoma skin cancer. Someone referred by another person must have agreed to it; without that,
the one writing can have support as their carer. Other long-term conditions never exclude anyone. An
answer that is missing or a postcode on a boundary leaves the outcome open (``eligible: None``) for the
team to check, never a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel

from frontdoor.eligibility.postcode import normalise_postcode
from frontdoor.eligibility.routing import route_postcode
from frontdoor.sites.config import SiteConfig, SitesFile

Role = Literal["self", "carer_for_self", "on_behalf"]


@dataclass(frozen=True)
class EligibilityAnswers:
    postcode: str | None = None
    age: int | None = None
    date_of_birth: date | None = None
    role: Role | None = "self"
    on_behalf_agreed: bool | None = None
    carer_support_wanted: bool | None = None
    has_diagnosis: Literal["yes", "awaiting", "no"] | None = None
    cares_for_someone_with_cancer: bool | None = None
    cancer_type: str | None = None
    skin_cancer_kind: Literal["melanoma", "non_melanoma", "unknown"] | None = None


class Check(BaseModel):
    rule: str
    passed: bool | None
    detail: str | None = None


class EligibilityOutcome(BaseModel):
    eligible: bool | None
    site_id: str | None
    checks: list[Check]
    next_question: str | None = None
    reasons: list[str] = []


def age_on(dob: date, today: date) -> int:
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


def _lives_in_area(postcode: str | None, sites: SitesFile) -> tuple[Check, SiteConfig | None]:
    normalised = normalise_postcode(postcode) if postcode else None
    if normalised is None:
        return Check(rule="lives_in_area", passed=None, detail="no postcode yet"), None
    routing = route_postcode(normalised, sites)
    site = sites.get(routing.site_id) if routing.site_id else None
    if routing.status == "outside" or site is None:
        return Check(
            rule="lives_in_area", passed=False, detail=f"{normalised} is outside every service area"
        ), None
    if routing.status == "boundary":
        detail = f"{normalised} is on the {site.name} boundary: please check the address"
        return Check(rule="lives_in_area", passed=None, detail=detail), site
    return Check(rule="lives_in_area", passed=True, detail=f"{normalised} is in the {site.name} area"), site


def _age(answers: EligibilityAnswers, site: SiteConfig | None, today: date) -> Check:
    age = age_on(answers.date_of_birth, today) if answers.date_of_birth else answers.age
    if age is None:
        return Check(rule="age", passed=None, detail="age not given yet")
    threshold = site.min_age if site else 18
    if age < threshold:
        return Check(
            rule="age", passed=False, detail=f"aged {age}: this service is for people {threshold} or over"
        )
    return Check(rule="age", passed=True, detail=f"aged {age} (minimum {threshold})")


def _diagnosis(answers: EligibilityAnswers, site: SiteConfig | None) -> Check:
    if answers.role == "carer_for_self":
        cares = answers.cares_for_someone_with_cancer
        if cares is None:
            return Check(rule="diagnosis", passed=None, detail="not yet asked about caring")
        if cares and answers.has_diagnosis == "awaiting":
            accepts = site.accepts_awaiting_diagnosis if site else True
            detail = "cares for someone awaiting diagnosis" + (
                "" if accepts else ": this service starts after one"
            )
            return Check(rule="diagnosis", passed=accepts, detail=detail)
        detail = "cares for someone with cancer" if cares else "does not care for someone with cancer"
        return Check(rule="diagnosis", passed=cares, detail=detail)
    if answers.has_diagnosis is None:
        return Check(rule="diagnosis", passed=None, detail="diagnosis not asked yet")
    if answers.has_diagnosis == "yes":
        return Check(rule="diagnosis", passed=True, detail="has a cancer diagnosis")
    if answers.has_diagnosis == "awaiting":
        accepts = site.accepts_awaiting_diagnosis if site else True
        detail = "awaiting diagnosis" + ("" if accepts else ": this service starts after a diagnosis")
        return Check(rule="diagnosis", passed=accepts, detail=detail)
    return Check(rule="diagnosis", passed=False, detail="no cancer diagnosis")


def _excluded_cancer(answers: EligibilityAnswers, site: SiteConfig | None) -> tuple[Check, str | None]:
    """Non-melanoma skin cancer is excluded by some sites; a skin cancer needs the follow-up question."""
    excludes = site is not None and "non_melanoma_skin" in site.excluded_cancers
    if answers.role != "carer_for_self" and answers.cancer_type == "unknown" and excludes:
        return Check(
            rule="excluded_cancer", passed=None, detail="type of cancer not known: team to check"
        ), None
    if answers.role == "carer_for_self" or answers.cancer_type != "skin":
        return Check(rule="excluded_cancer", passed=True, detail=None), None
    if not excludes:
        return Check(rule="excluded_cancer", passed=True, detail="skin cancer: not excluded here"), None
    if answers.skin_cancer_kind is None:
        return Check(
            rule="excluded_cancer", passed=None, detail="skin cancer: melanoma or not?"
        ), "skin_cancer_kind"
    if answers.skin_cancer_kind == "non_melanoma":
        return Check(
            rule="excluded_cancer",
            passed=False,
            detail=f"non-melanoma skin cancer is not covered by {site.name}",
        ), None
    if answers.skin_cancer_kind == "unknown":
        return Check(
            rule="excluded_cancer", passed=None, detail="skin cancer, type not known: team to check"
        ), None
    return Check(rule="excluded_cancer", passed=True, detail="melanoma"), None


def _agreement(answers: EligibilityAnswers) -> Check | None:
    """Only for a referral on someone's behalf. Without their agreement it is open until the one
    writing says whether they want support as a carer (a yes makes it their own referral); a no ends it."""
    if answers.role != "on_behalf":
        return None
    if answers.on_behalf_agreed:
        return Check(rule="agreement", passed=True, detail="the person agrees to the referral")
    if answers.on_behalf_agreed is None:
        return Check(rule="agreement", passed=None, detail="not yet asked whether the person agrees")
    if answers.carer_support_wanted is False:
        detail = "the person has not agreed, and the one writing did not want support as a carer"
        return Check(rule="agreement", passed=False, detail=detail)
    return Check(rule="agreement", passed=None, detail="the person has not agreed: support for the carer?")


def check_eligibility(answers: EligibilityAnswers, sites: SitesFile, today: date) -> EligibilityOutcome:
    area, site = _lives_in_area(answers.postcode, sites)
    age = _age(answers, site, today)
    diagnosis = _diagnosis(answers, site)
    excluded, follow_up = _excluded_cancer(answers, site)
    agreement = _agreement(answers)
    checks = [area, age, diagnosis, excluded, *([agreement] if agreement else [])]
    if any(c.passed is False for c in checks):
        eligible: bool | None = False
    elif all(c.passed is True for c in checks):
        eligible = True
    else:
        eligible = None
    return EligibilityOutcome(
        eligible=eligible,
        site_id=site.id if site else None,
        checks=checks,
        next_question=follow_up,
        reasons=[_FOR_PERSON[c.rule] for c in checks if c.passed is False],
    )


_FOR_PERSON = {
    "lives_in_area": (
        "We don't have a link worker service for where you live yet (it's where you live that counts, not"
        " where you are treated)."
    ),
    "age": "This service is for adults.",
    "diagnosis": "This service is for people with cancer, or waiting for a diagnosis, and their carers.",
    "excluded_cancer": "This service does not cover non-melanoma skin cancer (usually treated quickly).",
    "agreement": (
        "Without their agreement we can't refer them, but they can contact us themselves at any time, "
        "the same way you did."
    ),
}
