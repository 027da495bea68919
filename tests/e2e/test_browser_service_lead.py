"""The reports and admin pages in a real browser (Debian's Chromium, driven by Playwright), checked
with axe-core at WCAG 2.2 A and AA: a service lead reads the reports and downloads a CSV; an admin
creates an account (whose one-time link sets its password), changes its role, deactivates it (its
open session stops at once), re-activates it and resets its password; edits a link worker's week and
time away and sees free times change; a link worker is refused both (403). Screenshots and axe
results go to test-artifacts/.

Only the API is needed (no Rasa): it runs in this process under uvicorn, on a port moved by
FRONTDOOR_E2E_PORT_OFFSET like the other end-to-end tests.
"""

from __future__ import annotations

import csv
import io
import os
import re
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn

from tests.e2e.test_browser import axe, browser, screenshot  # noqa: F401 (browser is a fixture)
from tests.helpers import PASSWORD, create_staff
from tests.web.test_reports import PERSONAL, RANGE, seeded  # noqa: F401 (seeded is a fixture)

pytestmark = pytest.mark.e2e
PORT = 18050 + int(os.environ.get("FRONTDOOR_E2E_PORT_OFFSET", "0"))
NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def api(configured: str) -> Iterator[str]:
    from frontdoor.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=PORT, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the API did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{PORT}"
    server.should_exit = True
    thread.join(timeout=10)


def _sign_in(page, base: str, email: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/staff/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/staff")


def _free(page, worker_id: str) -> int:
    return int(page.locator(f"#free-{worker_id}").inner_text().split()[0])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_service_lead_reads_the_reports(browser, api, db, seeded) -> None:  # noqa: F811
    create_staff(db, "lead@dundee.example", "manager", ["dundee"])
    desk = browser.new_context(
        viewport={"width": 1280, "height": 900}, bypass_csp=True, accept_downloads=True
    )
    page = desk.new_page()
    _sign_in(page, api, "lead@dundee.example")
    page.get_by_role("link", name="Reports").click()
    page.get_by_label("From (first contact on or after)").fill("2026-02-01")
    page.get_by_label("To (on or before)").fill("2026-03-31")
    page.get_by_role("button", name="Show reports").click()
    page.wait_for_url(re.compile(r".*/staff/reports\?start=2026-02-01.*"))
    assert page.locator("figure svg[role=img]").count() >= 8
    funnel = page.locator("#funnel table")
    assert "Booked a first appointment" in funnel.inner_text() and "15" in funnel.inner_text()
    assert axe(page, "reports") == []
    screenshot(page, "reports")
    text = page.locator("main").inner_text()
    assert not [p for p in PERSONAL if p in text]
    with page.expect_download() as download:
        page.get_by_role("link", name="Download from first message to a booked appointment as CSV").click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
    assert rows[0] == ["Stage", "People", "Share of those who started"] and rows[1][:2] == ["Started", "48"]
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{api}/staff/reports?{RANGE}")
    assert axe(page, "reports-mobile") == []
    screenshot(page, "reports-mobile")
    desk.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_admin_runs_the_service_from_the_dashboard(browser, api, db) -> None:  # noqa: F811
    create_staff(db, "admin@browser.example", "admin")
    create_staff(db, "lw@browser.example", "link_worker", ["dundee"])
    desk = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = desk.new_page()
    _sign_in(page, api, "admin@browser.example")
    page.get_by_role("link", name="Staff accounts").click()
    assert axe(page, "admin-accounts") == []
    screenshot(page, "admin-accounts")

    page.get_by_label("Email address").fill("new.worker@browser.example")
    page.locator("#new-role").select_option("link_worker")
    page.locator("#new-site-fife").check()
    page.get_by_role("button", name="Create account").click()
    link = page.locator("#one-time-link").inner_text().strip()
    assert "/staff/reset-password/" in link
    assert axe(page, "admin-accounts-link") == []
    screenshot(page, "admin-accounts-one-time-link")

    newcomer = browser.new_context(viewport={"width": 375, "height": 740}, bypass_csp=True)
    theirs = newcomer.new_page()
    theirs.goto(f"{api}{urlsplit(link).path}")
    assert axe(theirs, "choose-password") == []
    theirs.get_by_label("New password").fill(NEW_PASSWORD)
    theirs.get_by_label("The same password again").fill(NEW_PASSWORD)
    theirs.get_by_role("button", name="Set password").click()
    theirs.wait_for_url(f"{api}/staff/sign-in")
    _sign_in(theirs, api, "new.worker@browser.example", NEW_PASSWORD)

    row = page.get_by_role("row", name=re.compile("new.worker@browser.example"))
    row.get_by_label("Role for new.worker@browser.example").select_option("manager")
    row.get_by_role("button", name="Save role and sites").click()
    assert "Role and sites saved." in page.locator("main").inner_text()
    theirs.goto(f"{api}/staff/reports")
    assert theirs.get_by_role("heading", name="Reports").count() == 1  # a manager now

    row = page.get_by_role("row", name=re.compile("new.worker@browser.example"))
    row.get_by_role("button", name="Deactivate").click()
    assert "signed out everywhere" in page.locator("main").inner_text()
    theirs.goto(f"{api}/staff")
    assert theirs.url == f"{api}/staff/sign-in"  # their open session stopped at once
    row = page.get_by_role("row", name=re.compile("new.worker@browser.example"))
    row.get_by_role("button", name="Re-activate").click()
    row = page.get_by_role("row", name=re.compile("new.worker@browser.example"))
    row.get_by_role("button", name="Reset password").click()
    assert page.locator("#one-time-link").count() == 1
    newcomer.close()

    page.get_by_role("link", name="Diaries").click()
    page.locator("#diary-site").select_option("dundee")
    page.get_by_role("button", name="Show diaries").click()
    assert axe(page, "admin-diaries") == []
    screenshot(page, "admin-diaries")
    worker_id = page.locator("[id^=free-]").first.get_attribute("id").removeprefix("free-")
    name = page.locator(f"#worker-{worker_id}").inner_text().strip()
    before = _free(page, worker_id)
    page.get_by_label(f"Monday end for {name}").fill("11:00")
    page.get_by_role("button", name=f"Save pattern for {name}").click()
    problem = page.get_by_role("alert").inner_text()  # Monday's lunch break is now after the day ends
    assert "Monday: the break must fall inside the working day." in problem
    page.get_by_label(f"Monday end for {name}").fill("11:00")
    page.get_by_label(f"Monday break from for {name}").fill("")
    page.get_by_label(f"Monday break to for {name}").fill("")
    page.get_by_role("button", name=f"Save pattern for {name}").click()
    assert "Weekly pattern saved." in page.locator("main").inner_text()
    after = _free(page, worker_id)
    assert after < before
    today = date.today()
    page.locator(f"#away-first-{worker_id}").fill(today.isoformat())
    page.locator(f"#away-last-{worker_id}").fill((today + timedelta(days=30)).isoformat())
    page.locator(f"#away-reason-{worker_id}").fill("training")
    page.get_by_role("button", name=f"Add time away for {name}").click()
    assert "Time away added." in page.locator("main").inner_text() and _free(page, worker_id) == 0
    assert axe(page, "admin-diaries-away") == []
    screenshot(page, "admin-diaries-away")
    page.get_by_role("button", name=re.compile(f"Remove training .* for {name}")).click()
    assert _free(page, worker_id) == after
    desk.close()

    worker = browser.new_context(bypass_csp=True)
    lw = worker.new_page()
    _sign_in(lw, api, "lw@browser.example")
    assert lw.get_by_role("link", name="Reports").count() == 0
    for path in ("/staff/reports", "/staff/admin/accounts", "/staff/admin/diaries"):
        response = lw.goto(f"{api}{path}")
        assert response.status == 403
        assert "You cannot see this page" in lw.locator("main").inner_text()
    assert axe(lw, "forbidden") == []
    worker.close()
