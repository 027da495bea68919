"""The reports page at scale: `GET /staff/reports` (every table, the last 12 weeks, every site) with
100,000 referrals and 1,000,000 concerns on PostgreSQL, seeded as `queue_at_scale` does, plus a
booked first appointment for every referral marked hna_booked (1 to 14 days later; the seconds
keep every start distinct) and a risk flag for every 50th.
The page is fetched through the app as a signed-in admin and as a one-site manager; 5 repetitions
of 20 requests; p50 and p95 in milliseconds.

    .venv/bin/python -m bench.reports_at_scale
"""

from __future__ import annotations

import logging
import os
import time

from sqlalchemy import text

from bench.common import REPEATS, over_repeats, percentile, use_database
from bench.queue_at_scale import PG_FILL, REFERRALS, _sync, fill, postgres_database

REQUESTS = 20
PG_EXTRA = """
INSERT INTO appointments (referral_id, link_worker_id, start, "end", type, status, booked_at, created_at)
SELECT r.id, (SELECT min(id) FROM link_workers WHERE site_id = r.site_id),
  r.created_at + (k || ' days ' || k || ' seconds')::interval,
  r.created_at + (k || ' days ' || k || ' seconds 1 hour')::interval,
  'phone', 'booked', r.created_at, r.created_at
FROM (SELECT *, 1 + (row_number() OVER (ORDER BY id)) % 14 AS k FROM referrals) r
WHERE r.status = 'hna_booked';
INSERT INTO risk_flags (referral_id, site_id, kind, at, source)
SELECT id, site_id, (ARRAY['suicide_or_self_harm','medical_emergency','harm_or_abuse'])[1 + n % 3],
  created_at, 'patterns'
FROM (SELECT id, site_id, created_at, row_number() OVER (ORDER BY id) AS n FROM referrals) s
WHERE n % 50 = 0;
ANALYZE appointments; ANALYZE risk_flags;
"""


def time_reports(url: str) -> dict[str, object]:
    os.environ.update(FRONTDOOR_ENV="demo", SECRET_KEY="k" * 40, SERVICE_TOKEN="s" * 40, RASA_TOKEN="r" * 40)
    use_database(url)
    from fastapi.testclient import TestClient

    from frontdoor.app import create_app
    from frontdoor.db import session as db_session
    from frontdoor.db.session import session_scope
    from frontdoor.settings import get_settings
    from frontdoor.staff.service import create_user
    from frontdoor.staff.tokens import issue_token

    with session_scope() as session:
        ids = {
            "admin": create_user(session, "admin@bench.example", "bench password 1", "admin", None).id,
            "manager": create_user(
                session, "mgr@bench.example", "bench password 1", "manager", ["dundee"]
            ).id,
        }
        session.commit()
    out: dict[str, object] = {}
    with TestClient(create_app()) as client:
        logging.getLogger("frontdoor.requests").setLevel(logging.WARNING)
        for who, user_id in ids.items():
            client.cookies.set("fd_session", issue_token(get_settings(), user_id))
            first = client.get("/staff/reports")
            assert first.status_code == 200 and "Where people stopped" in first.text, first.text[:500]
            p50s, p95s = [], []
            for _ in range(REPEATS):
                samples = []
                for _ in range(REQUESTS):
                    started = time.perf_counter()
                    response = client.get("/staff/reports")
                    samples.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200
                p50s.append(percentile(samples, 50))
                p95s.append(percentile(samples, 95))
            out[who] = {"p50_ms": over_repeats(p50s, 1), "p95_ms": over_repeats(p95s, 1)}
    db_session.get_engine().dispose()
    return out


def run() -> dict[str, object]:
    from frontdoor.db.migrate import upgrade
    from frontdoor.db.session import make_engine

    results: dict[str, object] = {"referrals": REFERRALS, "concerns": REFERRALS * 10}
    with postgres_database() as url:
        upgrade(url)
        _sync(url)
        results["postgresql_fill_seconds"] = fill(url, PG_FILL)
        engine = make_engine(url)
        with engine.begin() as conn:
            for statement in (s for s in PG_EXTRA.split(";") if s.strip()):
                conn.execute(text(statement))
            results["appointments"] = conn.execute(text("SELECT count(*) FROM appointments")).scalar()
        engine.dispose()
        results["postgresql"] = time_reports(url)
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
