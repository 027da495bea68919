"""Local help for someone's highest-scored concerns, from the directory.

For each concern, most worrying first, the first service not already chosen from: their site's
services that name the checklist item, then those that name its category, then national services the
same way; only services that cover their nation and postcode. At most ``max_services``, in one text of
at most ``max_segments`` SMS segments (hours are dropped first, then the last service, to fit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontdoor.aftercare.directory import Directory, Service
from frontdoor.aftercare.wording import SignpostTexts
from frontdoor.checklist.definition import Checklist
from frontdoor.referrals.models import Referral
from frontdoor.sms.gsm import segment_count, to_gsm7

NO_HOURS = "see website"


@dataclass(frozen=True)
class Signpost:
    item: str
    concern: str
    service: Service

    def line(self, with_hours: bool) -> str:
        text = f"{self.concern}: {self.service.name}, {self.service.contact}"
        if with_hours and self.service.phone and self.service.hours != NO_HOURS:
            text += f", {self.service.hours}"
        return text

    def as_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "concern": self.concern,
            "service": self.service.id,
            "name": self.service.name,
            "helps_with": self.service.helps_with,
            "phone": self.service.phone,
            "web": str(self.service.web) if self.service.web else None,
            "hours": self.service.hours,
        }


def _ranked_concerns(referral: Referral, checklist: Checklist) -> list[tuple[str, str, str]]:
    """(item, category, label) of the concerns a service could help with, most worrying first."""
    ranked = sorted(referral.concerns, key=lambda c: (-(c.score if c.score is not None else -1), c.position))
    out = []
    for concern in ranked:
        item = checklist.get(concern.item)
        if item is not None and item.offered:
            out.append((item.id, item.category, item.label))
    return out


def choose(
    directory: Directory,
    checklist: Checklist,
    referral: Referral,
    nation: str | None,
    limit: int = 3,
) -> list[Signpost]:
    local = [s for s in directory.local(referral.site_id) if s.covers(nation, referral.postcode)]
    national = [s for s in directory.national if s.covers(nation, referral.postcode)]
    chosen: list[Signpost] = []
    used: set[str] = set()
    for item, category, label in _ranked_concerns(referral, checklist):
        if len(chosen) == limit:
            break
        candidates = (
            [s for s in local if item in s.items]
            + [s for s in local if category in s.categories]
            + [s for s in national if item in s.items]
            + [s for s in national if category in s.categories]
        )
        service = next((s for s in candidates if s.id not in used), None)
        if service is not None:
            used.add(service.id)
            chosen.append(Signpost(item, label, service))
    return chosen


def chat_text(offered: list[dict[str, Any]], intro: str) -> str:
    """The local help as one chat message: a line a service, its web address last so the chat page
    makes it a link."""
    lines = [intro]
    for shown in offered:
        contact = ", ".join(str(part) for part in (shown.get("phone"), shown.get("hours")) if part)
        line = f"{shown['concern']}: {shown['name']}" + (f", {contact}" if contact else "")
        lines.append(line + (f" {shown['web']}" if shown.get("web") else ""))
    return "\n".join(lines)


def sms_text(signposts: list[Signpost], site_name: str, texts: SignpostTexts) -> tuple[str, list[Signpost]]:
    """The one text, within ``max_segments``, and the signposts it holds (some may not have fitted)."""
    intro = texts.intro.replace("{site}", site_name)
    for kept in range(len(signposts), 0, -1):
        for with_hours in (True, False):
            lines = [intro, *(s.line(with_hours) for s in signposts[:kept]), texts.footer]
            body = to_gsm7("\n".join(lines))
            if segment_count(body) <= texts.max_segments:
                return body, signposts[:kept]
    return "", []
