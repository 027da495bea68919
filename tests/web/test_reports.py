"""The reports page and its CSVs against a seeded data set whose figures this test works out itself:
who may see them, small-number suppression, no personal data, and audit."""

from __future__ import annotations

import csv
import io
import itertools
import statistics
import uuid
from datetime import UTC, date, datetime, timedelta

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from frontdoor.audit.models import AuditEntry
from frontdoor.booking.models import Appointment, LinkWorker
from frontdoor.referrals.models import Concern, Referral, RiskFlag
from frontdoor.reports.service import table_ids
from tests.helpers import create_staff
from tests.web.test_pages import sign_in

RANGE = "start=2026-02-01&end=2026-03-31"
PERSONAL = ["Zebedee Quill", "07700 900555", "zeb@example.org", "DD1 4HN", "keeping my allotment"]
_n = itertools.count(1)


def _referral(db, site: str, day: date, **fields) -> Referral:
    n = next(_n)
    referral = Referral(
        id=str(uuid.uuid4()),
        reference=f"T{n:07d}",
        site_id=site,
        channel=fields.pop("channel", "web"),
        conversation_id=f"conv-{n}",
        created_at=datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
        status=fields.pop("status", "new"),
        priority="routine",
        priority_rank=2,
        priority_reasons=[],
        eligibility_checks=fields.pop("checks", []),
        consent_share=fields.pop("consent_share", True),
        name="Zebedee Quill",
        phone="+447700900555",
        email="zeb@example.org",
        postcode=fields.pop("postcode", "DD1 4HN"),
        what_matters_most="keeping my allotment",
        **fields,
    )
    db.add(referral)
    return referral


def _working_days(start: date, end: date) -> int:
    """Independent of the app: weekdays after start up to end, less Scotland's bank holidays."""
    off = holidays.country_holidays("GB", subdiv="SCT", years=[start.year, end.year])
    return sum(
        1
        for k in range(1, (end - start).days + 1)
        if (d := start + timedelta(days=k)).weekday() < 5 and d not in off
    )


@pytest.fixture
def seeded(db):
    """Dundee: 30 sent referrals (web and SMS, self/carer/on behalf), 6 turned away, 12 drafts."""
    worker = db.scalar(select(LinkWorker).where(LinkWorker.site_id == "dundee"))
    expected: dict[str, object] = {"money": [], "waits": [], "distress": {}}
    base = date(2026, 2, 2)  # a Monday
    for i in range(30):
        day = base + timedelta(days=i % 20)
        role = ["self", "self", "carer_for_self", "on_behalf", "self", "self"][i % 6]
        r = _referral(
            db,
            "dundee",
            day,
            channel="sms" if i % 3 == 0 else "web",
            referrer_role=role,
            eligible=True,
            distress_score=i % 11,
            has_diagnosis="yes",
        )
        expected["distress"][i % 11] = expected["distress"].get(i % 11, 0) + 1
        score = (i * 7) % 11
        r.concerns = [
            Concern(position=0, item="money_or_finance", category="practical", label="Money", score=score)
        ]
        expected["money"].append(score)
        db.flush()
        if i % 2 == 0:  # 15 booked first appointments, 1 to 14 working days later
            start = datetime.combine(day + timedelta(days=1 + i // 2), datetime.min.time(), UTC).replace(
                hour=11
            )
            db.add(
                Appointment(
                    referral_id=r.id,
                    link_worker_id=worker.id,
                    start=start,
                    end=start + timedelta(hours=1),
                    type="phone",
                    status="booked",
                    booked_at=start - timedelta(days=1),
                )
            )
            expected["waits"].append(_working_days(day, start.date()))
    for i in range(6):  # turned away: 5 out of area, 1 too young
        rule = "lives_in_area" if i < 5 else "age"
        _referral(
            db,
            "dundee",
            base + timedelta(days=i),
            status="ineligible",
            eligible=False,
            checks=[{"rule": rule, "passed": False, "detail": "x"}],
        )
    for i in range(7):  # drafts that reached the age question
        _referral(db, "dundee", base + timedelta(days=i), status="in_progress", referrer_role="self")
    for i in range(5):  # drafts that gave everything up to the worries
        _referral(
            db,
            "dundee",
            base + timedelta(days=i),
            status="in_progress",
            age=60,
            has_diagnosis="yes",
            cancer_type="lung",
        )
    _referral(db, "fife", base, postcode="KY1 1AA")  # another site: a Dundee manager never counts it
    for _ in range(3):
        db.add(RiskFlag(site_id="dundee", kind="suicide_or_self_harm", at=datetime(2026, 2, 3, tzinfo=UTC)))
    for _ in range(6):
        db.add(RiskFlag(site_id="dundee", kind="medical_emergency", at=datetime(2026, 2, 3, tzinfo=UTC)))
    db.commit()
    return expected


def _csv(client, table: str, query: str = RANGE) -> list[list[str]]:
    response = client.get(f"/staff/reports/{table}.csv?{query}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.text)))


def _rows(table: list[list[str]]) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in table[1:]}


def test_figures_match_the_seeded_data(client, db, seeded) -> None:
    create_staff(db, "manager@dundee.example", "manager", ["dundee"])
    assert sign_in(client, "manager@dundee.example").status_code == 303
    page = client.get(f"/staff/reports?{RANGE}")
    assert page.status_code == 200
    assert "<figure" in page.text and "<figcaption" in page.text
    assert "Download concerns by category and item as CSV" in page.text

    by_site = _rows(_csv(client, "referrals-by-site"))
    assert list(by_site) == ["dundee"]  # a manager sees their own site only
    # 36 sent or turned away; SMS: i % 3 == 0 of 30 = 10; web 26; self: 20 + 6 turned away = 26
    assert by_site["dundee"] == ["36", "10", "26", "26", "5", "5"]

    outcomes = _rows(_csv(client, "eligibility-outcomes"))
    assert outcomes == {"Eligible": ["30"], "Not eligible": ["6"], "For the team to check": ["0"]}
    reasons = _rows(_csv(client, "eligibility-reasons"))
    assert reasons["Out of area"][0] == "5" and reasons["Age"][0] == "fewer than 5"
    assert "Young Lives vs Cancer" in reasons["Age"][1] and "Macmillan" in reasons["Out of area"][1]

    waits = _rows(_csv(client, "time-to-first-appointment"))["dundee"]
    days = sorted(seeded["waits"])
    p90 = days[-(-len(days) * 90 // 100) - 1]
    within = round(100 * sum(d <= 10 for d in days) / len(days))
    assert waits == ["10", "15", f"{statistics.median(days):g}", f"{p90:g}", f"{within}%"]

    concerns = _rows(_csv(client, "concerns"))
    assert concerns["Money or finance"][1:] == ["30", f"{statistics.median(seeded['money']):g}"]

    distress = _rows(_csv(client, "distress"))
    for score in range(11):
        n = seeded["distress"].get(score, 0)
        assert distress[str(score)] == [str(n) if n == 0 or n >= 5 else "fewer than 5"]
    assert distress["Not given"] == ["6"]

    flags = _rows(_csv(client, "risk-flags"))
    assert flags == {"medical emergency": ["6"], "suicide or self harm": ["fewer than 5"]}

    funnel = _rows(_csv(client, "funnel"))
    started = 30 + 6 + 12
    assert funnel["Started"] == [str(started), "100%"]
    assert funnel["Sent"] == ["30", f"{round(100 * 30 / started)}%"]
    assert funnel["Booked a first appointment"] == ["15", f"{round(100 * 15 / started)}%"]

    stopped = _rows(_csv(client, "stopped-at"))
    assert stopped == {"Age or date of birth": ["7"], "What is worrying them": ["5"]}


def test_no_personal_data_on_the_page_or_in_any_csv(client, db, seeded) -> None:
    create_staff(db, "admin@example.org", "admin")
    sign_in(client, "admin@example.org")
    texts = [client.get(f"/staff/reports?{RANGE}").text]
    for table in table_ids():
        texts.append(client.get(f"/staff/reports/{table}.csv?{RANGE}").text)
    for text in texts:
        for personal in PERSONAL:
            assert personal not in text
        assert "T000" not in text  # no references either
    weekly = _csv(client, "referrals-by-week")
    assert weekly[0] == ["Week beginning", "Referrals", "SMS", "Web", "Self", "Carer", "On behalf",
                         "dundee", "fife", "durham", "tower_hamlets", "coventry"]  # fmt: skip
    first_week = _rows(weekly)["2026-02-02"]  # 14 sent and 6 turned away at Dundee, 1 at Fife
    assert first_week[0] == "21" and first_week[6:8] == ["20", "fewer than 5"]
    views = db.scalars(select(AuditEntry).where(AuditEntry.entity == "report")).all()
    actions = [v.action for v in views]
    assert actions.count("view") == 1 and actions.count("export") == len(list(table_ids())) + 1  # weekly: 2


def test_link_workers_cannot_reach_reports_and_managers_only_their_sites(client, db) -> None:
    create_staff(db, "lw@dundee.example", "link_worker", ["dundee"])
    sign_in(client, "lw@dundee.example")
    assert client.get("/staff/reports").status_code == 403
    assert client.get("/staff/reports/funnel.csv").status_code == 403
    client.cookies.clear()
    create_staff(db, "mgr@dundee.example", "manager", ["dundee"])
    sign_in(client, "mgr@dundee.example")
    assert client.get("/staff/reports?site=fife").status_code == 400
    assert client.get("/staff/reports/funnel.csv?site=fife").status_code == 400
    assert client.get("/staff/admin/accounts").status_code == 403


@pytest.mark.parametrize(
    "query",
    [
        "start=2026-13-01",
        "start=2026-03-01&end=2026-02-01",
        "site=nowhere",
        "start=" + "9" * 10,
        "end=x",
        "start=9999-12-30&end=9999-12-31",
        "end=0001-01-01",
    ],
)
def test_bad_filters_get_a_plain_answer(client, db, query) -> None:
    create_staff(db, "admin2@example.org", "admin")
    sign_in(client, "admin2@example.org")
    page = client.get(f"/staff/reports?{query}")
    assert page.status_code == 400 and "There is a problem" in page.text
    assert client.get(f"/staff/reports/funnel.csv?{query}").status_code == 400
    assert client.get("/staff/reports/nothing.csv").status_code == 404


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(
    start=st.one_of(st.text(max_size=12), st.dates().map(date.isoformat)),
    end=st.one_of(st.text(max_size=12), st.dates().map(date.isoformat)),
    site=st.one_of(st.text(max_size=45), st.sampled_from(["dundee", "fife", ""])),
)
def test_no_filter_makes_a_server_error(client_and_admin, start: str, end: str, site: str) -> None:
    params = {"start": start, "end": end, "site": site}
    assert client_and_admin.get("/staff/reports", params=params).status_code in (200, 400, 422)
    assert client_and_admin.get("/staff/reports/funnel.csv", params=params).status_code in (200, 400, 422)


@pytest.fixture
def client_and_admin(client, db):
    create_staff(db, "fuzz@example.org", "admin")
    sign_in(client, "fuzz@example.org")
    return client
