"""Running the service from the dashboard: accounts (create, role and sites, deactivate, re-activate,
one-time password links) and diaries (weekly pattern, time away, free times), with CSRF, audit and
the API's permission rules."""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

from fastapi.testclient import TestClient
from sqlalchemy import select

from frontdoor.audit.models import AuditEntry
from frontdoor.booking.models import DiaryException, LinkWorker
from frontdoor.staff.models import StaffUser
from tests.helpers import PASSWORD, bearer, create_staff
from tests.web.test_pages import csrf, sign_in

NEW_PASSWORD = "a brand new passphrase"


def _admin(client, db, email: str = "boss@example.org") -> str:
    create_staff(db, email, "admin")
    assert sign_in(client, email).status_code == 303
    return csrf(client.get("/staff/admin/accounts").text)


def _user(db, email: str) -> StaffUser:
    db.expire_all()
    return db.scalar(select(StaffUser).where(StaffUser.email == email))


def _free(html: str, worker_id: int) -> int:
    return int(re.search(rf'id="free-{worker_id}">(\d+) free time', html).group(1))


def test_an_admin_creates_an_account_and_the_link_sets_its_password_once(client, db) -> None:
    token = _admin(client, db)
    made = client.post(
        "/staff/admin/accounts",
        data={
            "csrf_token": token,
            "email": "New.Worker@Fife.example",
            "role": "link_worker",
            "sites": "fife",
        },
    )
    assert made.status_code == 200 and "Account created." in made.text
    link = re.search(r'id="one-time-link">([^<]+)<', made.text).group(1)
    assert "/staff/reset-password/" in link
    assert link not in client.get("/staff/admin/accounts").text  # shown once
    user = _user(db, "new.worker@fife.example")
    assert user.role == "link_worker" and user.site_ids == ["fife"]

    path = urlsplit(link).path
    other = TestClient(client.app)
    assert other.get(path).status_code == 200
    short = other.post(path, data={"password": "short", "confirm": "short"})
    assert short.status_code == 400 and "at least 10 characters" in short.text
    done = other.post(path, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}, follow_redirects=False)
    assert done.status_code == 303
    assert other.post(path, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}).status_code == 400
    assert sign_in(other, "new.worker@fife.example", NEW_PASSWORD).status_code == 303
    # A reset link is never a sign-in token.
    assert (
        other.get("/api/referrals", headers={"Authorization": f"Bearer {path.rsplit('/', 1)[1]}"}).status_code
        == 401
    )


def test_bad_account_requests_get_plain_answers(client, db) -> None:
    token = _admin(client, db)
    for data, message in [
        ({"email": "not-an-email", "role": "admin"}, "is not an email address"),
        ({"email": "m@example.org", "role": "manager"}, "A manager needs at least one site"),
        ({"email": "x@example.org", "role": "owner"}, "Role must be one of"),
        ({"email": "x@example.org", "role": "link_worker", "sites": "atlantis"}, "Unknown site(s): atlantis"),
    ]:
        answer = client.post("/staff/admin/accounts", data={"csrf_token": token, **data})
        assert answer.status_code == 400 and message in answer.text
    assert (
        client.post("/staff/admin/accounts", data={"email": "y@example.org", "role": "admin"}).status_code
        == 403
    )
    me = _user(db, "boss@example.org")
    own = client.post(f"/staff/admin/accounts/{me.id}/active", data={"csrf_token": token, "active": "no"})
    assert own.status_code == 400 and "your own account" in own.text
    assert (
        client.post(
            "/staff/admin/accounts/99999/active", data={"csrf_token": token, "active": "no"}
        ).status_code
        == 404
    )
    big = client.post(f"/staff/admin/accounts/{2**70}/active", data={"csrf_token": token, "active": "no"})
    assert big.status_code == 422


def test_deactivation_stops_sessions_and_tokens_at_once(client, db) -> None:
    create_staff(db, "lw@dundee.example", "link_worker", ["dundee"])
    worker_browser = TestClient(client.app)
    assert sign_in(worker_browser, "lw@dundee.example").status_code == 303
    api = bearer(client, "lw@dundee.example")
    assert worker_browser.get("/staff").status_code == 200
    token = _admin(client, db)
    user = _user(db, "lw@dundee.example")
    off = client.post(f"/staff/admin/accounts/{user.id}/active", data={"csrf_token": token, "active": "no"})
    assert off.status_code == 200 and "signed out everywhere" in off.text
    assert worker_browser.get("/staff", follow_redirects=False).headers["location"] == "/staff/sign-in"
    assert client.get("/api/referrals", headers=api).status_code == 401
    assert (
        client.post(
            "/api/auth/token", data={"username": "lw@dundee.example", "password": PASSWORD}
        ).status_code
        == 401
    )
    client.post(f"/staff/admin/accounts/{user.id}/active", data={"csrf_token": token, "active": "yes"})
    # Re-activated: the old session and token stay ended; signing in again works.
    assert worker_browser.get("/staff", follow_redirects=False).status_code == 303
    assert client.get("/api/referrals", headers=api).status_code == 401
    assert sign_in(worker_browser, "lw@dundee.example").status_code == 303
    assert worker_browser.get("/staff").status_code == 200
    assert client.get("/api/referrals", headers=bearer(client, "lw@dundee.example")).status_code == 200
    actions = [e.action for e in db.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(user.id)))]
    assert "deactivate" in actions and "activate" in actions


def test_role_sites_and_password_reset(client, db) -> None:
    create_staff(db, "lw2@dundee.example", "link_worker", ["dundee"])
    token = _admin(client, db)
    user = _user(db, "lw2@dundee.example")
    moved = client.post(
        f"/staff/admin/accounts/{user.id}/access",
        data={"csrf_token": token, "role": "manager", "sites": ["fife", "dundee"]},
    )
    assert moved.status_code == 200 and "Role and sites saved." in moved.text
    user = _user(db, "lw2@dundee.example")
    assert user.role == "manager" and sorted(user.site_ids) == ["dundee", "fife"]
    their_token = bearer(client, "lw2@dundee.example")
    reset = client.post(f"/staff/admin/accounts/{user.id}/reset", data={"csrf_token": token})
    assert client.get("/api/referrals", headers=their_token).status_code == 401  # sessions ended
    assert "One-time link for lw2@dundee.example" in reset.text
    assert (
        client.post("/api/auth/token", data={"username": user.email, "password": PASSWORD}).status_code == 401
    )


def test_link_workers_and_managers_cannot_reach_admin_pages(client, db) -> None:
    create_staff(db, "lw3@dundee.example", "link_worker", ["dundee"])
    sign_in(client, "lw3@dundee.example")
    for path in ("/staff/admin/accounts", "/staff/admin/diaries"):
        assert client.get(path).status_code == 403
    token = csrf(client.get("/staff").text)
    worker = db.scalar(select(LinkWorker).where(LinkWorker.site_id == "dundee"))
    refused = client.post(f"/staff/admin/link-workers/{worker.id}/week", data={"csrf_token": token})
    assert refused.status_code == 403
    assert (
        client.post(
            "/staff/admin/accounts", data={"csrf_token": token, "email": "a@b.co", "role": "admin"}
        ).status_code
        == 403
    )


def test_an_admin_edits_a_pattern_and_time_away_and_sees_free_times_change(client, db) -> None:
    token = _admin(client, db)
    worker = db.scalar(select(LinkWorker).where(LinkWorker.site_id == "dundee").order_by(LinkWorker.id))
    before = _free(client.get("/staff/admin/diaries?site=dundee").text, worker.id)
    assert before > 0
    week = {"csrf_token": token, "mon_start": "09:00", "mon_end": "11:00"}
    saved = client.post(f"/staff/admin/link-workers/{worker.id}/week", data=week)
    assert saved.status_code == 200 and "Weekly pattern saved." in saved.text
    db.expire_all()
    assert db.get(LinkWorker, worker.id).week == {
        "mon": {"start": "09:00:00", "end": "11:00:00", "break_start": None, "break_end": None}
    }
    fewer = _free(saved.text, worker.id)
    assert 0 < fewer < before

    backwards = client.post(
        f"/staff/admin/link-workers/{worker.id}/week", data={**week, "tue_start": "17:00", "tue_end": "09:00"}
    )
    assert backwards.status_code == 400 and "Tuesday: start must be before end." in backwards.text
    nonsense = client.post(f"/staff/admin/link-workers/{worker.id}/week", data={**week, "wed_start": "later"})
    assert nonsense.status_code == 400

    away = client.post(
        f"/staff/admin/link-workers/{worker.id}/away",
        data={
            "csrf_token": token,
            "first_day": "2026-01-01",
            "last_day": "2030-12-31",
            "reason": "career break",
        },
    )
    assert away.status_code == 400 and "at most a year" in away.text
    for first, last in [
        ("9999-12-31", "9999-12-31"),
        ("0001-01-01", "0001-01-02"),
        ("2026-02-30", "2026-03-01"),
    ]:
        bad = client.post(
            f"/staff/admin/link-workers/{worker.id}/away",
            data={"csrf_token": token, "first_day": first, "last_day": last, "reason": "leave"},
        )
        assert bad.status_code == 400 and "There is a problem" in bad.text
    today = date.today()
    away = client.post(
        f"/staff/admin/link-workers/{worker.id}/away",
        data={
            "csrf_token": token,
            "first_day": today.isoformat(),
            "last_day": (today + timedelta(days=30)).isoformat(),
            "reason": "annual leave",
        },
    )
    assert away.status_code == 200 and "Time away added." in away.text
    assert _free(away.text, worker.id) == 0
    held = db.scalar(select(DiaryException).where(DiaryException.link_worker_id == worker.id))
    removed = client.post(f"/staff/admin/away/{held.id}/remove", data={"csrf_token": token})
    assert removed.status_code == 200 and _free(removed.text, worker.id) == fewer
    assert client.post(f"/staff/admin/away/{held.id}/remove", data={"csrf_token": "nope"}).status_code == 403
    actions = [e.action for e in db.scalars(select(AuditEntry).where(AuditEntry.entity == "link_worker"))]
    assert actions.count("change_week") == 1 and "add_away" in actions and "remove_away" in actions
