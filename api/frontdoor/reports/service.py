"""The service as a whole, from aggregates only: counts grouped in SQL, never a person's row.

Every figure is a count (or a median or percentile of a grouped count) over referrals first
made in the date range, at the sites the viewer may see. No name, contact detail, reference or
free text is read. Counts from 1 to 4 are shown as "fewer than 5" (``Count``), and so is any median,
percentile or share worked out from fewer than 5 people.

"Referrals" are conversations that were sent to a site or turned away (not drafts). The funnel counts
every conversation that was kept (a row exists once someone answers the first question), and where
drafts stopped: the first question the conversation's own plan (``referrals.questions.plan``) would
ask that the draft has no answer for.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, String, and_, case, cast, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from frontdoor.booking.models import Appointment
from frontdoor.booking.slots import working_days_between
from frontdoor.content import Content
from frontdoor.referrals.models import Concern, Referral, RiskFlag
from frontdoor.referrals.questions import plan
from frontdoor.staff.models import StaffUser

SMALL = 5
EARLIEST, LATEST = date(2000, 1, 1), date(2099, 12, 31)  # what a report's dates may be
PARALLEL = 3  # report sections computed at once on PostgreSQL, each on its own pooled connection
SENT = ("new", "claimed", "contacted", "hna_booked", "closed", "withdrawn")
CHANNELS = {"sms": "SMS", "web": "Web"}
ROLES = {"self": "Self", "carer_for_self": "Carer", "on_behalf": "On behalf"}
REASONS = {
    "lives_in_area": "Out of area",
    "age": "Age",
    "diagnosis": "No diagnosis (or not yet, where a site starts after one)",
    "excluded_cancer": "Excluded cancer (non-melanoma skin)",
    "agreement": "No agreement from the person referred",
}
QUESTIONS = {
    "eligibility_check": "Confirming an answer that makes them not eligible",
    "turned_away": "Told they were not eligible (nothing more to ask)",
    "referrer_role": "Who the support is for",
    "on_behalf_agreed": "Whether the person agrees (on behalf)",
    "carer_support_wanted": "Whether the one writing wants support as a carer (no agreement)",
    "postcode": "Postcode",
    "age": "Age or date of birth",
    "cares_for_someone_with_cancer": "Whether they care for someone with cancer",
    "has_diagnosis": "Whether they have a diagnosis",
    "cancer_type": "Type of cancer",
    "skin_cancer_kind": "Which kind of skin cancer",
    "concerns_text": "What is worrying them",
    "concern_score": "Scoring each concern",
    "main_concern": "Which concern matters most",
    "distress_score": "Overall distress",
    "name": "Name",
    "referrer_name": "Referrer's name",
    "referrer_relationship": "Referrer's relationship",
    "referrer_phone": "Referrer's phone",
    "phone": "Phone number",
    "support_needs": "Interpreter and access needs",
    "cancer_stage": "Treatment stage",
    "referral_source": "How they heard about the service",
    "review_confirm": "Checking the answers before sending",
}


class ReportError(ValueError):
    """Filters that cannot make a report, with a message for the person."""


@dataclass(frozen=True)
class Count:
    """A number of people: below 5 it is shown (and downloaded) as "fewer than 5"."""

    n: int

    @property
    def small(self) -> bool:
        return 0 < self.n < SMALL

    def __str__(self) -> str:
        return "fewer than 5" if self.small else str(self.n)


@dataclass(frozen=True)
class Figure:
    """A figure worked out from ``people``: hidden when they are fewer than 5."""

    value: float | None
    people: int
    unit: str = ""

    def __str__(self) -> str:
        if self.people == 0 or self.value is None:
            return "-"
        if self.people < SMALL:
            return "fewer than 5"
        shown = f"{self.value:.0f}" if self.unit == "%" else f"{self.value:g}"
        return f"{shown}{self.unit}"


@dataclass
class Table:
    id: str
    title: str
    description: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    chart_value: int | None = 1  # the column drawn as bars (None: no chart)

    def bars(self) -> list[tuple[str, Any, float]]:
        """(label, value, share of the widest bar) for the chart; suppressed values draw no bar."""
        if self.chart_value is None:
            return []
        values = [r[self.chart_value] for r in self.rows]
        numbers = [_number(v) for v in values]
        top = max((n for n in numbers if n is not None), default=0) or 1
        return [(str(r[0]), v, (n or 0) / top) for r, v, n in zip(self.rows, values, numbers, strict=True)]

    def csv_rows(self) -> list[list[str]]:
        return [self.columns, *[[str(v) for v in row] for row in self.rows]]


def _number(value: Any) -> float | None:
    if isinstance(value, Count):
        return None if value.small else float(value.n)
    if isinstance(value, Figure):
        return None if value.people < SMALL or value.value is None else float(value.value)
    return float(value) if isinstance(value, int | float) else None


@dataclass(frozen=True)
class Filters:
    start: date
    end: date
    site_ids: tuple[str, ...]  # the sites to include (already limited to what the viewer may see)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def filters_for(
    staff: StaffUser, content: Content, start: date | None, end: date | None, site: str | None, today: date
) -> Filters:
    """Check the filters against what this member of staff may see. Default: the last 12 weeks."""
    if any(d is not None and not EARLIEST <= d <= LATEST for d in (start, end)):
        raise ReportError(f"Choose dates from {EARLIEST.year} to {LATEST.year}.")
    end = end or today
    start = start or end - timedelta(weeks=12) + timedelta(days=1)
    if start > end:
        raise ReportError("The start date must be on or before the end date.")
    if (end - start).days > 366 * 5:
        raise ReportError("Choose a date range of at most 5 years.")
    visible = [s.id for s in content.sites.sites if staff.role == "admin" or s.id in staff.site_ids]
    if site:
        if content.sites.get(site) is None:
            raise ReportError(f"There is no site called '{site}'.")
        if site not in visible:
            raise ReportError("You can only see reports for the sites you work for.")
        visible = [site]
    return Filters(start=start, end=end, site_ids=tuple(visible))


def _range(model: Any, column: Any, filters: Filters) -> Any:
    start = datetime.combine(filters.start, time(), UTC)
    end = datetime.combine(filters.end + timedelta(days=1), time(), UTC)
    return and_(column >= start, column < end, model.site_id.in_(filters.site_ids))


def _day(session: Session, column: Any) -> Any:
    """The calendar day (UTC) of a timestamp, in this database's dialect."""
    return func.date(column) if session.get_bind().dialect.name == "sqlite" else cast(column, Date)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def percentile(histogram: dict[float, int], q: float) -> float | None:
    """Nearest-rank percentile of values given as value -> how many."""
    total = sum(histogram.values())
    if total == 0:
        return None
    rank, seen = max(1, math.ceil(q / 100 * total)), 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value
    return None


def median(histogram: dict[float, int]) -> float | None:
    """The median of values given as value -> how many (the mean of the middle two for an even count)."""
    total = sum(histogram.values())
    if total == 0:
        return None
    ordered = sorted(histogram)
    cumulative, low, high = 0, None, None
    for value in ordered:
        cumulative += histogram[value]
        if low is None and cumulative >= (total + 1) // 2:
            low = value
        if cumulative >= total // 2 + 1:
            high = value
            break
    return (low + high) / 2


def referrals_by_week(session: Session, filters: Filters) -> tuple[Table, Table]:
    day = _day(session, Referral.created_at)
    rows = session.execute(
        select(day, Referral.site_id, Referral.channel, Referral.referrer_role, func.count())
        .where(_range(Referral, Referral.created_at, filters), Referral.status != "in_progress")
        .group_by(day, Referral.site_id, Referral.channel, Referral.referrer_role)
    ).all()
    weeks: dict[date, Counter[str]] = defaultdict(Counter)
    sites: dict[str, Counter[str]] = defaultdict(Counter)
    for created, site_id, channel, role, n in rows:
        created = _as_date(created)
        monday = created - timedelta(days=created.weekday())
        weeks[monday][f"site:{site_id}"] += n
        for totals in (weeks[monday], sites[site_id]):
            totals["all"] += n
            totals[f"channel:{channel}"] += n
            totals[f"role:{role}"] += n
    keys = ["all", *(f"channel:{c}" for c in CHANNELS), *(f"role:{r}" for r in ROLES)]
    columns = ["Referrals", *CHANNELS.values(), *ROLES.values()]
    by_site = [] if len(filters.site_ids) == 1 else list(filters.site_ids)
    first = filters.start - timedelta(days=filters.start.weekday())
    week_table = Table(
        "referrals-by-week",
        "Referrals by week",
        "Referrals sent or turned away, by the week (beginning Monday) of first contact: in all, "
        "by channel, by who made them and by site.",
        ["Week beginning", *columns, *by_site],
    )
    monday = first
    while monday <= filters.end:
        counts = [weeks[monday][k] for k in keys] + [weeks[monday][f"site:{s}"] for s in by_site]
        week_table.rows.append([monday.isoformat(), *map(Count, counts)])
        monday += timedelta(weeks=1)
    site_table = Table(
        "referrals-by-site",
        "Referrals by site",
        "Referrals sent or turned away in the period, by site, channel and who made them.",
        ["Site", *columns],
    )
    for site_id in filters.site_ids:
        site_table.rows.append([site_id, *(Count(sites[site_id][k]) for k in keys)])
    return week_table, site_table


def _alternatives(content: Content, under_age: bool) -> str:
    """The other help the conversation offers someone turned away (under 18s: young people's first)."""
    helps = sorted(content.sites.other_help, key=lambda h: h.for_under_18 != under_age)
    return "; ".join([h.name for h in helps if under_age or not h.for_under_18][:3])


def eligibility(session: Session, content: Content, filters: Filters) -> tuple[Table, Table]:
    outcome = case((Referral.eligible.is_(True), "yes"), (Referral.eligible.is_(False), "no"), else_="open")
    counts = dict(
        session.execute(
            select(outcome, func.count())
            .where(_range(Referral, Referral.created_at, filters), Referral.status != "in_progress")
            .group_by(outcome)
        ).all()
    )
    outcomes = Table(
        "eligibility-outcomes",
        "Eligibility outcomes",
        "Referrals sent or turned away, by the outcome of the eligibility rules.",
        ["Outcome", "Referrals"],
    )
    for key, label in (("yes", "Eligible"), ("no", "Not eligible"), ("open", "For the team to check")):
        outcomes.rows.append([label, Count(counts.get(key, 0))])
    checks = cast(Referral.eligibility_checks, String)
    reasons: Counter[str] = Counter()
    for stored, n in session.execute(
        select(checks, func.count())
        .where(
            _range(Referral, Referral.created_at, filters),
            Referral.status != "in_progress",
            Referral.eligible.is_(False),
        )
        .group_by(checks)
    ):
        failed = [c.get("rule") for c in json.loads(stored or "[]") if c.get("passed") is False]
        reasons[failed[0] if failed else "unknown"] += n
    reason_table = Table(
        "eligibility-reasons",
        "Why people were not eligible",
        "The first rule each person did not meet, and the other help the assistant offered them.",
        ["Reason", "People", "Alternatives offered"],
    )
    for rule, label in REASONS.items():
        reason_table.rows.append([label, Count(reasons[rule]), _alternatives(content, rule == "age")])
    return outcomes, reason_table


def time_to_first_appointment(session: Session, content: Content, filters: Filters) -> Table:
    first = (
        select(Appointment.referral_id, func.min(Appointment.start).label("start"))
        .where(Appointment.status == "booked")
        .group_by(Appointment.referral_id)
        .subquery()
    )
    created, booked = _day(session, Referral.created_at), _day(session, first.c.start)
    rows = session.execute(
        select(Referral.site_id, created, booked, func.count())
        .join(first, first.c.referral_id == Referral.id)
        .where(_range(Referral, Referral.created_at, filters))
        .group_by(Referral.site_id, created, booked)
    ).all()
    by_site: dict[str, Counter[int]] = defaultdict(Counter)
    for site_id, made, met, n in rows:
        site = content.sites.get(site_id)
        if site is not None:
            by_site[site_id][working_days_between(_as_date(made), _as_date(met), site.nation)] += n
    table = Table(
        "time-to-first-appointment",
        "Working days from first contact to first appointment",
        "For referrals with a booked first appointment: the median, 90th percentile and share seen "
        "within the site's target (working days, not counting weekends or bank holidays).",
        ["Site", "Target (working days)", "Booked", "Median", "90th percentile", "Within target"],
        chart_value=5,
    )
    for site_id in filters.site_ids:
        site = content.sites.get(site_id)
        if site is None:
            continue
        days = by_site[site_id]
        n = sum(days.values())
        target = site.first_appointment_target_working_days
        within = sum(c for d, c in days.items() if d <= target)
        table.rows.append(
            [
                site_id,
                target,
                Count(n),
                Figure(median(days), n),
                Figure(percentile(days, 90), n),
                Figure(round(100 * within / n) if n else None, n, "%"),
            ]
        )
    return table


def concerns(session: Session, content: Content, filters: Filters) -> Table:
    rows = session.execute(
        select(Concern.category, Concern.item, Concern.score, func.count())
        .join(Referral, Referral.id == Concern.referral_id)
        .where(_range(Referral, Referral.created_at, filters), Referral.status != "in_progress")
        .group_by(Concern.category, Concern.item, Concern.score)
    ).all()
    people: Counter[tuple[str, str]] = Counter()
    scores: dict[tuple[str, str], Counter[float]] = defaultdict(Counter)
    for category, item, score, n in rows:
        people[(category, item)] += n
        if score is not None:
            scores[(category, item)][score] += n
    table = Table(
        "concerns",
        "Concerns by category and item",
        "How many people named each concern, most named first, and the median of their 0 to 10 scores.",
        ["Concern", "Category", "People", "Median score"],
        chart_value=2,
    )
    for (category, item), n in sorted(people.items(), key=lambda kv: (-kv[1], kv[0])):
        found = content.checklist.get(item)
        label = found.label if found else item.replace("_", " ")
        scored = scores[(category, item)]
        table.rows.append(
            [
                label,
                content.checklist.categories.get(category, category),
                Count(n),
                Figure(median(scored), sum(scored.values())),
            ]
        )
    return table


def distress(session: Session, filters: Filters) -> Table:
    counts = dict(
        session.execute(
            select(Referral.distress_score, func.count())
            .where(_range(Referral, Referral.created_at, filters), Referral.status != "in_progress")
            .group_by(Referral.distress_score)
        ).all()
    )
    table = Table(
        "distress",
        "Overall distress",
        "The overall distress score (0 none, 10 extreme) people gave, for referrals sent or turned away.",
        ["Score", "People"],
    )
    for score in range(11):
        table.rows.append([str(score), Count(counts.get(score, 0))])
    table.rows.append(["Not given", Count(counts.get(None, 0))])
    return table


def risk_flags(session: Session, filters: Filters) -> Table:
    counts = session.execute(
        select(RiskFlag.kind, func.count())
        .where(_range(RiskFlag, RiskFlag.at, filters))
        .group_by(RiskFlag.kind)
        .order_by(func.count().desc(), RiskFlag.kind)
    ).all()
    table = Table(
        "risk-flags",
        "Risk flags by kind",
        "Safety events the assistant detected, by kind (with or without consent to keep details).",
        ["Kind", "Flags"],
    )
    table.rows = [[kind.replace("_", " "), Count(n)] for kind, n in counts]
    return table


def funnel(session: Session, filters: Filters) -> Table:
    booked = select(Appointment.referral_id).where(Appointment.booked_at.is_not(None)).distinct().subquery()
    consented = Referral.consent_share.is_(True)
    sent = Referral.status.in_(SENT)
    eligible = and_(consented, Referral.eligible.is_not(False), sent)
    stages = [
        func.count(),
        func.sum(case((consented, 1), else_=0)),
        func.sum(case((eligible, 1), else_=0)),
        func.sum(case((sent, 1), else_=0)),
        func.sum(case((and_(sent, booked.c.referral_id.is_not(None)), 1), else_=0)),
    ]
    totals = session.execute(
        select(*stages)
        .select_from(Referral)
        .outerjoin(booked, booked.c.referral_id == Referral.id)
        .where(_range(Referral, Referral.created_at, filters))
    ).one()
    started = int(totals[0] or 0)
    table = Table(
        "funnel",
        "From first message to a booked appointment",
        "Conversations kept in the period (a draft exists once someone answers the first question), "
        "and how many got to each stage. Eligible counts referrals sent that the rules did not turn away.",
        ["Stage", "People", "Share of those who started"],
    )
    for label, value in zip(
        ("Started", "Consented", "Eligible", "Sent", "Booked a first appointment"), totals, strict=True
    ):
        n = int(value or 0)
        table.rows.append([label, Count(n), Figure(round(100 * n / started) if started else None, n, "%")])
    return table


# What a draft holds for each question: the question is answered when this is true.
_ANSWERED: dict[str, Callable[[dict[str, Any]], bool]] = {
    "eligibility_check": lambda d: d["eligibility_confirmed"],
    "referrer_role": lambda d: d["role_set"],
    "on_behalf_agreed": lambda d: d["on_behalf_agreed"] is not None,
    "carer_support_wanted": lambda d: d["carer_support_wanted"],
    "postcode": lambda d: d["postcode"],
    "age": lambda d: d["age"],
    "cares_for_someone_with_cancer": lambda d: d["cares"],
    "has_diagnosis": lambda d: d["has_diagnosis"] is not None,
    "cancer_type": lambda d: d["cancer_type"] is not None,
    "skin_cancer_kind": lambda d: d["skin_cancer_kind"],
    "concerns_text": lambda d: d["concerns"] > 0,
    "concern_score": lambda d: d["concerns"] > 0 and d["unscored"] == 0,
    "main_concern": lambda d: d["main_concern"],
    "distress_score": lambda d: d["distress"],
    "name": lambda d: d["name"],
    "referrer_name": lambda d: d["referrer_name"],
    "referrer_relationship": lambda d: d["referrer_relationship"],
    "referrer_phone": lambda d: d["referrer_phone"],
    "phone": lambda d: d["phone"],
    "support_needs": lambda d: d["support_needs"],
    "cancer_stage": lambda d: d["cancer_stage"],
    "referral_source": lambda d: d["referral_source"],
    "review_confirm": lambda d: False,
}


def _draft_shape(draft: dict[str, Any]) -> Referral:
    """A stand-in referral with just what the plan reads, to ask the conversation's own plan."""
    shape = Referral(
        eligible=draft["eligible"],
        eligibility_confirmed=draft["eligibility_confirmed"] or None,
        referrer_role=draft["referrer_role"],
        on_behalf_agreed=draft["on_behalf_agreed"],
        has_diagnosis=draft["has_diagnosis"],
    )
    shape.concerns = [
        Concern(label=str(i), score=None if i < draft["unscored"] else 1) for i in range(draft["concerns"])
    ]
    return shape


def stopped_at(draft: dict[str, Any], excludes_non_melanoma: bool) -> str:
    """The first question the plan asks that this draft has no answer for."""
    skin = (
        draft["referrer_role"] != "carer_for_self"
        and draft["cancer_type"] == "skin"
        and excludes_non_melanoma
        and not draft["skin_cancer_kind"]
    )
    questions = plan(_draft_shape(draft), skin_follow_up=skin)
    if not questions:
        return "turned_away"
    return next((q for q in questions if not _ANSWERED[q](draft)), "review_confirm")


def _set(column: Any) -> Any:
    return case((column.is_(None), 0), else_=1)


def where_people_stopped(session: Session, content: Content, filters: Filters) -> Table:
    drafts = and_(
        _range(Referral, Referral.created_at, filters),
        Referral.status == "in_progress",
        Referral.consent_share.is_(True),
    )
    counts = (
        select(
            Concern.referral_id,
            func.count().label("concerns"),
            func.sum(case((Concern.score.is_(None), 1), else_=0)).label("unscored"),
        )
        .join(Referral, Referral.id == Concern.referral_id)
        .where(drafts)
        .group_by(Concern.referral_id)
        .subquery()
    )
    shape = {
        "site_id": Referral.site_id,
        "eligible": Referral.eligible,
        "eligibility_confirmed": case((Referral.eligibility_confirmed.is_(True), 1), else_=0),
        "referrer_role": Referral.referrer_role,
        "role_set": case(
            (Referral.referrer_role != "self", 1),
            (Referral.postcode.is_not(None), 1),
            (Referral.has_diagnosis.is_not(None), 1),
            else_=0,
        ),
        "on_behalf_agreed": Referral.on_behalf_agreed,
        "carer_support_wanted": _set(Referral.carer_support_wanted),
        "postcode": _set(Referral.postcode),
        "age": case((and_(Referral.age.is_(None), Referral.date_of_birth.is_(None)), 0), else_=1),
        "cares": _set(Referral.cares_for_someone_with_cancer),
        "has_diagnosis": Referral.has_diagnosis,
        "cancer_type": case(
            (Referral.cancer_type == "skin", "skin"), (Referral.cancer_type.is_(None), None), else_="other"
        ),
        "skin_cancer_kind": _set(Referral.skin_cancer_kind),
        "concerns": func.coalesce(counts.c.concerns, 0),
        "unscored": func.coalesce(counts.c.unscored, 0),
        "main_concern": _set(Referral.main_concern),
        "distress": _set(Referral.distress_score),
        "name": _set(Referral.name),
        "referrer_name": _set(Referral.referrer_name),
        "referrer_relationship": _set(Referral.referrer_relationship),
        "referrer_phone": _set(Referral.referrer_phone),
        "phone": _set(Referral.phone),
        "support_needs": case(
            (and_(Referral.interpreter_needed.is_(None), Referral.access_needs.is_(None)), 0), else_=1
        ),
        "cancer_stage": _set(Referral.cancer_stage),
        "referral_source": _set(Referral.referral_source),
    }
    columns = [c.label(name) for name, c in shape.items()]
    rows = session.execute(
        select(*columns, func.count())
        .select_from(Referral)
        .outerjoin(counts, counts.c.referral_id == Referral.id)
        .where(drafts)
        .group_by(*columns)
    ).all()
    stops: Counter[str] = Counter()
    for row in rows:
        draft = dict(zip(shape, row[:-1], strict=True))
        site = content.sites.get(draft["site_id"]) if draft["site_id"] else None
        stops[stopped_at(draft, site is not None and "non_melanoma_skin" in site.excluded_cancers)] += row[-1]
    table = Table(
        "stopped-at",
        "Where people stopped",
        "Conversations that gave consent but were never sent, by the question they had reached, in the "
        "order the assistant asks them.",
        ["Question", "People"],
    )
    order = list(QUESTIONS)
    for question in sorted(stops, key=order.index):
        table.rows.append([QUESTIONS[question], Count(stops[question])])
    return table


def _sections(content: Content, filters: Filters) -> list[Callable[[Session], list[Table]]]:
    from frontdoor.aftercare.outcomes import outcome_changes  # it builds on this module's tables

    return [
        lambda s: list(referrals_by_week(s, filters)),
        lambda s: list(eligibility(s, content, filters)),
        lambda s: [time_to_first_appointment(s, content, filters)],
        lambda s: [concerns(s, content, filters)],
        lambda s: [distress(s, filters), risk_flags(s, filters), funnel(s, filters)],
        lambda s: [where_people_stopped(s, content, filters)],
        lambda s: [outcome_changes(s, content, filters)],
    ]


def _on_own_connection(engine: Engine, section: Callable[[Session], list[Table]]) -> list[Table]:
    with Session(engine) as own:
        own.execute(text("SET LOCAL jit = off"))
        return section(own)


def report(session: Session, content: Content, filters: Filters) -> list[Table]:
    """Every table of the reports page, in the order shown.

    On PostgreSQL the sections run side by side, each in its own read-only transaction on its own
    connection (the server uses every core), and without the just-in-time compiler: these grouped
    scans take tens of milliseconds, and compiling them took longer than running them. SQLite, one
    writer and a file, runs them one after another in the request's session."""
    sections = _sections(content, filters)
    engine = session.get_bind()
    if engine.dialect.name != "postgresql":
        return [table for section in sections for table in section(session)]
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        done = list(pool.map(lambda section: _on_own_connection(engine, section), sections))
    return [table for tables in done for table in tables]


def table_ids() -> Iterable[str]:
    return (
        "referrals-by-week",
        "referrals-by-site",
        "eligibility-outcomes",
        "eligibility-reasons",
        "time-to-first-appointment",
        "concerns",
        "distress",
        "risk-flags",
        "funnel",
        "stopped-at",
        "outcomes",
    )
