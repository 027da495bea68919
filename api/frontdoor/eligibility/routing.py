"""Which site a postcode belongs to.

By default this matches the site's postcode sectors and districts (longest prefix wins). Districts
cross council boundaries, so a site can list ``boundary`` prefixes: those route to the site but a
person checks the address. A service can plug in an exact directory (such as the ONS postcode
directory) through :class:`PostcodeDirectory`; it is asked first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from frontdoor.eligibility.postcode import outward, sector
from frontdoor.sites.config import SitesFile

Status = Literal["in_area", "boundary", "outside"]


@dataclass(frozen=True)
class Routing:
    site_id: str | None
    status: Status


class PostcodeDirectory(Protocol):
    def site_for(self, postcode: str) -> str | None:
        """The site id for an exact postcode, or None when the directory does not know it."""


def route_postcode(postcode: str, sites: SitesFile, directory: PostcodeDirectory | None = None) -> Routing:
    """Route a normalised postcode ("DD1 4HN") to a site."""
    if directory is not None:
        site_id = directory.site_for(postcode)
        if site_id is not None:
            return Routing(site_id, "in_area")
    district = outward(postcode)
    # A London sub-district (E1W, EC1A, W1A) is part of its district (E1, EC1, W1).
    parent = district[:-1] if district[-1].isalpha() and district[-2].isdigit() else None
    for prefix in (sector(postcode), district, *([parent] if parent else [])):
        for site in sites.sites:
            if prefix in site.coverage.areas:
                return Routing(site.id, "in_area")
            if prefix in site.coverage.boundary:
                return Routing(site.id, "boundary")
    return Routing(None, "outside")
