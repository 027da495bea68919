"""The reports pages: thin routes over ``reports.service`` (admins every site, managers their own)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, Response

from frontdoor.audit.log import record
from frontdoor.deps import ContentDep, SessionDep, SettingsDep
from frontdoor.reports.service import Filters, ReportError, filters_for, report, table_ids
from frontdoor.staff.models import StaffUser
from frontdoor.web.rendering import page
from frontdoor.web.staff_pages import staff_context
from frontdoor.web.staff_session import PageStaff

router = APIRouter(prefix="/staff/reports", tags=["reports pages"], include_in_schema=False)
DateParam = Annotated[str, Query(max_length=10)]


def _date(value: str, label: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ReportError(f"Enter the {label} as a real date, like 2026-03-31.") from None


def _filters(staff: StaffUser, content: ContentDep, start: str, end: str, site: str) -> Filters:
    if not staff.can_see_reports():
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Reports are for service managers and admins.")
    today = datetime.now(UTC).date()
    return filters_for(
        staff, content, _date(start, "start date"), _date(end, "end date"), site or None, today
    )


@router.get("", response_class=HTMLResponse)
def reports_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    content: ContentDep,
    staff: PageStaff,
    start: DateParam = "",
    end: DateParam = "",
    site: Annotated[str, Query(max_length=40)] = "",
) -> HTMLResponse:
    sites = [s for s in content.sites.sites if staff.role == "admin" or s.id in staff.site_ids]
    context = staff_context(request, settings, staff)
    try:
        filters = _filters(staff, content, start, end, site)
    except ReportError as exc:
        return page(
            request,
            "reports.html",
            status=400,
            title="Reports",
            error=str(exc),
            tables=[],
            sites=sites,
            form={"start": start, "end": end, "site": site},
            query="",
            **context,
        )
    tables = report(session, content, filters)
    record(
        session,
        staff.email,
        "view",
        "report",
        None,
        start=filters.start.isoformat(),
        end=filters.end.isoformat(),
        sites=list(filters.site_ids),
    )
    session.commit()
    form = {"start": filters.start.isoformat(), "end": filters.end.isoformat(), "site": site}
    query = f"start={form['start']}&end={form['end']}" + (f"&site={site}" if site else "")
    return page(
        request,
        "reports.html",
        title="Reports",
        error=None,
        tables=tables,
        sites=sites,
        form=form,
        query=query,
        **context,
    )


@router.get("/{table_id}.csv")
def report_csv(
    table_id: str,
    session: SessionDep,
    content: ContentDep,
    staff: PageStaff,
    start: DateParam = "",
    end: DateParam = "",
    site: Annotated[str, Query(max_length=40)] = "",
) -> Response:
    if table_id not in table_ids():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no report table with that name.")
    try:
        filters = _filters(staff, content, start, end, site)
    except ReportError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    table = next(t for t in report(session, content, filters) if t.id == table_id)
    out = io.StringIO()
    csv.writer(out).writerows(table.csv_rows())
    record(
        session,
        staff.email,
        "export",
        "report",
        table_id,
        start=filters.start.isoformat(),
        end=filters.end.isoformat(),
        sites=list(filters.site_ids),
    )
    session.commit()
    name = f"{table_id}-{filters.start.isoformat()}-to-{filters.end.isoformat()}.csv"
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )
