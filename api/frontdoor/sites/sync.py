"""Keep the sites table (and each site's link workers) in step with content/sites.yml."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdoor.booking.models import LinkWorker
from frontdoor.sites.config import SitesFile
from frontdoor.sites.models import Site


def sync_sites(session: Session, sites: SitesFile) -> int:
    """Insert or update every configured site; sites removed from the file are marked inactive."""
    configured = {site.id: site for site in sites.sites}
    for row in session.scalars(select(Site)):
        if row.id not in configured:
            row.active = False
    for site in configured.values():
        row = session.get(Site, site.id) or Site(id=site.id)
        row.name, row.nation, row.active = site.name, site.nation, True
        session.add(row)
        session.flush()
        known = set(session.scalars(select(LinkWorker.first_name).where(LinkWorker.site_id == site.id)))
        for worker in site.link_workers:
            if worker.first_name not in known:  # the file seeds a diary; staff manage it afterwards
                week = {day: hours.model_dump(mode="json") for day, hours in worker.week.items()}
                session.add(LinkWorker(site_id=site.id, first_name=worker.first_name, week=week))
    session.commit()
    return len(configured)
