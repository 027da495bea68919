"""Staff manage diaries through the API: patterns (admins), time away (their own sites), all audited."""

from __future__ import annotations

from sqlalchemy import select

from frontdoor.audit.models import AuditEntry
from frontdoor.booking.models import LinkWorker
from tests.helpers import bearer, create_staff


def _worker(db, site: str) -> LinkWorker:
    return db.scalar(select(LinkWorker).where(LinkWorker.site_id == site).order_by(LinkWorker.id))


def test_a_link_worker_sees_their_sites_diary_and_not_anothers(client, db) -> None:
    create_staff(db, "lw@dundee.example", "link_worker", ["dundee"])
    headers = bearer(client, "lw@dundee.example")
    diary = client.get("/api/sites/dundee/diary", headers=headers)
    assert diary.status_code == 200
    morag = diary.json()["link_workers"][0]
    assert morag["first_name"] == "Morag" and morag["week"]["mon"]["start"] == "09:00:00"
    assert client.get("/api/sites/fife/diary", headers=headers).status_code == 403
    assert client.get("/api/sites/dundee/diary").status_code == 401


def test_time_away_is_added_and_removed_by_staff_of_the_site(client, db) -> None:
    create_staff(db, "lw2@dundee.example", "link_worker", ["dundee"])
    headers = bearer(client, "lw2@dundee.example")
    worker = _worker(db, "dundee")
    body = {
        "start": "2026-12-21T09:00:00+00:00",
        "end": "2026-12-24T17:00:00+00:00",
        "reason": "annual leave",
    }
    added = client.post(f"/api/link-workers/{worker.id}/away", json=body, headers=headers)
    assert added.status_code == 201, added.text
    backwards = {**body, "end": "2026-12-20T09:00:00+00:00"}
    bad = client.post(f"/api/link-workers/{worker.id}/away", json=backwards, headers=headers)
    assert bad.status_code == 422 and "start must be before end" in bad.text
    naive = {**body, "start": "2026-12-21T09:00:00"}
    assert client.post(f"/api/link-workers/{worker.id}/away", json=naive, headers=headers).status_code == 422
    fife = _worker(db, "fife")
    assert client.post(f"/api/link-workers/{fife.id}/away", json=body, headers=headers).status_code == 403
    assert client.delete(f"/api/away/{added.json()['id']}", headers=headers).status_code == 204
    actions = [
        a.action for a in db.scalars(select(AuditEntry).where(AuditEntry.actor == "lw2@dundee.example"))
    ]
    assert {"add_away", "remove_away"} <= set(actions)


def test_only_admins_change_working_patterns(client, db) -> None:
    create_staff(db, "lw3@dundee.example", "link_worker", ["dundee"])
    create_staff(db, "admin@example.org", "admin")
    worker = _worker(db, "dundee")
    week = {"week": {"mon": {"start": "10:00", "end": "16:00"}}}
    lw = bearer(client, "lw3@dundee.example")
    assert client.put(f"/api/link-workers/{worker.id}/week", json=week, headers=lw).status_code == 403
    admin = bearer(client, "admin@example.org")
    changed = client.put(f"/api/link-workers/{worker.id}/week", json=week, headers=admin)
    assert changed.status_code == 200 and changed.json()["week"] == {
        "mon": {"start": "10:00:00", "end": "16:00:00", "break_start": None, "break_end": None}
    }
    bad = client.put(
        f"/api/link-workers/{worker.id}/week",
        json={"week": {"funday": {"start": "10:00", "end": "16:00"}}},
        headers=admin,
    )
    assert bad.status_code == 422 and "funday" in bad.text
    assert client.put("/api/link-workers/99999/week", json=week, headers=admin).status_code == 404


def test_ids_beyond_64_bits_are_refused_plainly_not_a_server_error(client, db) -> None:
    create_staff(db, "admin-big@example.org", "admin")
    headers = bearer(client, "admin-big@example.org")
    huge = 2**64
    week = client.put(f"/api/link-workers/{huge}/week", json={"week": {}}, headers=headers)
    assert week.status_code == 422
    away = {"start": "2026-12-21T09:00:00+00:00", "end": "2026-12-22T09:00:00+00:00", "reason": "training"}
    assert client.post(f"/api/link-workers/{huge}/away", json=away, headers=headers).status_code == 422
    assert client.delete(f"/api/away/{huge}", headers=headers).status_code == 422
    assert client.put("/api/link-workers/999999/week", json={"week": {}}, headers=headers).status_code == 404
