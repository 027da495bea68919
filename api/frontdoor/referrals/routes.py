"""Link worker API: the queue and single records."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status

from frontdoor.audit.log import record
from frontdoor.deps import SessionDep, StaffDep
from frontdoor.referrals.models import Referral
from frontdoor.referrals.queue import QUEUE_STATUSES, list_queue, shown_to_staff
from frontdoor.referrals.record import to_record

router = APIRouter(prefix="/api/referrals", tags=["referrals"])

StatusFilter = Annotated[str | None, Query(alias="status", description="one of " + ", ".join(QUEUE_STATUSES))]


@router.get("")
def referrals(
    session: SessionDep,
    staff: StaffDep,
    site: str | None = None,
    status_: StatusFilter = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[dict[str, Any]]:
    if status_ is not None and status_ not in QUEUE_STATUSES:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"status must be one of {', '.join(QUEUE_STATUSES)}")
    if site is not None and not staff.can_see_site(site):
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"you do not have access to site '{site}'")
    rows = list_queue(session, staff, site=site, status=status_, limit=limit, offset=offset)
    record(session, staff.email, "list", "referral", None, count=len(rows), site=site, status=status_)
    session.commit()
    return [to_record(r) for r in rows]


@router.get("/{referral_id}")
def referral(referral_id: str, session: SessionDep, staff: StaffDep) -> dict[str, Any]:
    found = session.get(Referral, referral_id)
    if found is None or not shown_to_staff(found):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no referral with that id")
    if not staff.can_see_site(found.site_id):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this referral belongs to a site you do not work for")
    record(session, staff.email, "view", "referral", found.id)
    session.commit()
    return to_record(found)
