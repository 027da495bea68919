"""The queue at scale: `GET /api/referrals` (first page, most urgent first) with 100,000 referrals and
1,000,000 concerns, on PostgreSQL and on SQLite, for an admin (every site) and a link worker (one
site). The data is generated inside the database (generate_series / a recursive CTE), then the
endpoint is called through the app. 5 repetitions of 40 requests; p50 and p95 in milliseconds.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

from bench.common import REPEATS, over_repeats, percentile, use_database

REFERRALS = int(os.environ.get("BENCH_QUEUE_REFERRALS", "100000"))
CONCERNS_EACH = 10
PG_SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
STATUSES = "ARRAY['new','claimed','contacted','hna_booked','closed','in_progress','ineligible']"

PG_FILL = f"""
INSERT INTO referrals (id, reference, site_id, channel, conversation_id, created_at, status, priority,
  priority_rank, priority_reasons, referrer_role, eligibility_checks, consent_share, callback_requested,
  name, distress_score, eligible)
SELECT md5(n::text), 'R' || lpad(n::text, 8, '0'),
  (ARRAY['dundee','fife','durham','tower_hamlets','coventry'])[1 + n % 5], 'web', 'bench-' || n,
  now() - (n || ' minutes')::interval,
  ({STATUSES})[1 + n % 7],
  CASE WHEN n % 10 = 0 THEN 'urgent' WHEN n % 10 = 1 THEN 'high' ELSE 'routine' END,
  CASE WHEN n % 10 = 0 THEN 0 WHEN n % 10 = 1 THEN 1 ELSE 2 END,
  '[]', 'self', '[]', true, false, 'Person ' || n, n % 11, true
FROM generate_series(1, {REFERRALS}) AS n;
INSERT INTO concerns (referral_id, position, item, category, label, score)
SELECT md5(r::text), c, 'item_' || c, 'practical', 'Concern ' || c, (r + c) % 11
FROM generate_series(1, {REFERRALS}) AS r, generate_series(1, {CONCERNS_EACH}) AS c;
ANALYZE referrals; ANALYZE concerns;
"""

SQLITE_FILL = f"""
WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {REFERRALS})
INSERT INTO referrals (id, reference, site_id, channel, conversation_id, created_at, status, priority,
  priority_rank, priority_reasons, referrer_role, eligibility_checks, consent_share, callback_requested,
  name, distress_score, eligible)
SELECT printf('%032d', n), 'R' || printf('%08d', n),
  CASE n % 5 WHEN 0 THEN 'dundee' WHEN 1 THEN 'fife' WHEN 2 THEN 'durham' WHEN 3 THEN 'tower_hamlets'
    ELSE 'coventry' END,
  'web', 'bench-' || n, datetime('now', '-' || n || ' minutes'),
  CASE n % 7 WHEN 0 THEN 'new' WHEN 1 THEN 'claimed' WHEN 2 THEN 'contacted' WHEN 3 THEN 'hna_booked'
    WHEN 4 THEN 'closed' WHEN 5 THEN 'in_progress' ELSE 'ineligible' END,
  CASE n % 10 WHEN 0 THEN 'urgent' WHEN 1 THEN 'high' ELSE 'routine' END,
  CASE n % 10 WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE 2 END,
  '[]', 'self', '[]', 1, 0, 'Person ' || n, n % 11, 1
FROM s;
WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c WHERE k < {CONCERNS_EACH})
INSERT INTO concerns (referral_id, position, item, category, label, score)
SELECT r.id, c.k, 'item_' || c.k, 'practical', 'Concern ' || c.k, (r.distress_score + c.k) % 11
FROM referrals r, c;
ANALYZE;
"""


@contextmanager
def postgres_database() -> Iterator[str]:
    name = f"bench_queue_{uuid.uuid4().hex[:8]}"
    admin = create_engine(
        PG_SERVER.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_SERVER.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def fill(url: str, script: str) -> float:
    from frontdoor.db.session import make_engine

    engine = make_engine(url)
    started = time.perf_counter()
    with engine.begin() as conn:
        for statement in (s for s in script.split(";") if s.strip()):
            conn.execute(text(statement))
    engine.dispose()
    return round(time.perf_counter() - started, 1)


def time_queue(url: str) -> dict[str, object]:
    """Call GET /api/referrals through the app, as an admin and as a Dundee link worker."""
    os.environ.update(FRONTDOOR_ENV="demo", SECRET_KEY="k" * 40, SERVICE_TOKEN="s" * 40, RASA_TOKEN="r" * 40)
    use_database(url)
    from fastapi.testclient import TestClient

    from frontdoor.app import create_app
    from frontdoor.db import session as db_session
    from frontdoor.db.session import session_scope
    from frontdoor.staff.service import create_user

    with session_scope() as session:
        create_user(session, "admin@bench.example", "bench password 1", "admin", None)
        create_user(session, "lw@bench.example", "bench password 1", "link_worker", ["dundee"])
        session.commit()
    out: dict[str, object] = {}
    with TestClient(create_app()) as client:
        logging.getLogger("frontdoor.requests").setLevel(logging.WARNING)  # a line per request is noise here
        for who in ("admin", "lw"):
            token = client.post(
                "/api/auth/token", data={"username": f"{who}@bench.example", "password": "bench password 1"}
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            client.get("/api/referrals", headers=headers)  # warm
            p50s, p95s = [], []
            for _ in range(REPEATS):
                samples = []
                for _ in range(40):
                    started = time.perf_counter()
                    response = client.get("/api/referrals", headers=headers)
                    samples.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200 and len(response.json()) == 50
                p50s.append(percentile(samples, 50))
                p95s.append(percentile(samples, 95))
            out[who] = {"p50_ms": over_repeats(p50s, 1), "p95_ms": over_repeats(p95s, 1)}
    db_session.get_engine().dispose()
    return out


def run() -> dict[str, object]:
    from frontdoor.db.migrate import upgrade

    results: dict[str, object] = {"referrals": REFERRALS, "concerns": REFERRALS * CONCERNS_EACH}
    with postgres_database() as url:
        upgrade(url)
        _sync(url)
        results["postgresql_fill_seconds"] = fill(url, PG_FILL)
        results["postgresql"] = time_queue(url)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/queue.db"
        upgrade(url)
        _sync(url)
        results["sqlite_fill_seconds"] = fill(url, SQLITE_FILL)
        results["sqlite"] = time_queue(url)
    return results


def _sync(url: str) -> None:
    from sqlalchemy.orm import Session

    from frontdoor.content import get_content
    from frontdoor.db.session import make_engine
    from frontdoor.sites.sync import sync_sites

    engine = make_engine(url)
    with Session(engine) as session:
        sync_sites(session, get_content().sites)
    engine.dispose()


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
