"""How long finding three free appointment times takes for a busy site.

A site with 10 link workers and 8 weeks of diary (a 40-working-day target), two thirds of it already
booked, against a baseline measured in the same run: the same search for one link worker over one
week. Timed twice: the slot finder alone (pure Python), and a whole offer through the database
(diary read, slots found, three held) on SQLite. 5 repetitions of 50 searches each; prints medians,
p95, min/max of the repetition medians, peak memory, and the ratio to the baseline. Nothing asserts.

    .venv/bin/python bench/slot_search.py
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.common import use_database
from frontdoor.booking.slots import LONDON, WorkerDiary, find_slots
from frontdoor.sites.config import DAYS, SiteConfig, WorkingDay

ROOT = Path(__file__).resolve().parents[1]
REPEATS, SEARCHES = 5, 50
NOW = datetime(2026, 11, 30, 8, tzinfo=UTC)
DAY = WorkingDay.model_validate(
    {"start": "09:00", "end": "17:00", "break_start": "12:30", "break_end": "13:15"}
)


def site(workers: int, target_days: int) -> SiteConfig:
    return SiteConfig.model_validate(
        {
            "id": "bench",
            "name": "Bench",
            "nation": "scotland",
            "coverage": {"areas": ["DD1"]},
            "appointment_types": [{"kind": "phone", "minutes": 45}],
            "first_appointment_target_working_days": target_days,
            "phone": "0131 496 0000",
            "link_workers": [
                {"first_name": f"W{i}", "week": {d: DAY.model_dump(mode="json") for d in DAYS[:5]}}
                for i in range(workers)
            ],
        }
    )


def diaries(workers: int, days: int, booked_share: float, seed: int = 7) -> list[WorkerDiary]:
    """Each worker's diary with ``booked_share`` of their hours already taken, at random."""
    rng = random.Random(seed)
    out = []
    for worker in range(workers):
        busy = []
        for offset in range(days * 7 // 5 + 3):
            day = NOW.astimezone(LONDON).date() + timedelta(days=offset)
            for hour in range(9, 17):
                if rng.random() < booked_share:
                    start = datetime(day.year, day.month, day.day, hour, tzinfo=LONDON)
                    busy.append((start, start + timedelta(minutes=45)))
        out.append(WorkerDiary(worker + 1, f"W{worker}", dict.fromkeys(DAYS[:5], DAY), busy))
    return out


def time_search(
    test_site: SiteConfig, test_diaries: list[WorkerDiary], part_of_day: str | None
) -> list[float]:
    timings = []
    for _ in range(SEARCHES):
        started = time.perf_counter_ns()
        find_slots(
            site=test_site,
            kind="phone",
            diaries=test_diaries,
            now=NOW,
            first_contact=date(2026, 11, 30),
            part_of_day=part_of_day,
            weekday=4,  # Fridays only: the search has to walk most of the window
        )
        timings.append((time.perf_counter_ns() - started) / 1e6)
    return timings


def summary(samples: list[list[float]]) -> dict[str, float]:
    medians = [statistics.median(s) for s in samples]
    return {
        "median_ms": round(statistics.median(medians), 3),
        "p95_ms": round(statistics.median(statistics.quantiles(s, n=20)[18] for s in samples), 3),
        "min_median_ms": round(min(medians), 3),
        "max_median_ms": round(max(medians), 3),
    }


def pure() -> dict[str, dict[str, float]]:
    big_site, big = site(10, 40), diaries(10, 40, 2 / 3)
    small_site, small = site(1, 5), diaries(1, 5, 2 / 3)
    tracemalloc.start()
    ours = [time_search(big_site, big, "afternoon") for _ in range(REPEATS)]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    base = [time_search(small_site, small, "afternoon") for _ in range(REPEATS)]
    result = {"ten_workers_eight_weeks": summary(ours), "baseline_one_worker_one_week": summary(base)}
    result["ten_workers_eight_weeks"]["peak_memory_kib"] = round(peak / 1024)
    result["ratio_median"] = round(
        result["ten_workers_eight_weeks"]["median_ms"] / max(summary(base)["median_ms"], 1e-9), 1
    )
    return result


def through_the_database() -> dict[str, float]:
    """A whole offer (diary read, slots, three holds) on SQLite, with 10 workers and 2/3 booked."""
    from sqlalchemy import select

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        use_database(url)
        from frontdoor.booking.models import Appointment, LinkWorker
        from frontdoor.booking.preferences import When
        from frontdoor.booking.service import offer
        from frontdoor.content import get_content
        from frontdoor.db.migrate import upgrade
        from frontdoor.db.session import session_scope
        from frontdoor.referrals.models import Referral
        from frontdoor.sites.sync import sync_sites

        upgrade(url)
        content = get_content()
        with session_scope() as session:
            sync_sites(session, content.sites)
            workers = [w for w in session.scalars(select(LinkWorker).where(LinkWorker.site_id == "dundee"))]
            while len(workers) < 10:
                worker = LinkWorker(site_id="dundee", first_name=f"Extra{len(workers)}", week=workers[0].week)
                session.add(worker)
                workers.append(worker)
            referral = Referral(
                id="bench",
                reference="BEN-CH1",
                conversation_id="bench",
                channel="web",
                status="new",
                eligible=True,
                site_id="dundee",
                created_at=NOW,
                priority_reasons=[],
                eligibility_checks=[],
            )
            session.add(referral)
            session.flush()
            rng = random.Random(3)
            for worker in workers:
                for busy_worker in diaries(1, 10, 2 / 3, seed=rng.randint(0, 10_000)):
                    for start, end in busy_worker.busy:
                        session.add(
                            Appointment(
                                referral_id="bench",
                                link_worker_id=worker.id,
                                start=start.astimezone(UTC),
                                end=end.astimezone(UTC),
                                type="phone",
                                status="booked",
                            )
                        )
            session.commit()
            samples = []
            for _ in range(REPEATS):
                run = []
                for _ in range(10):
                    started = time.perf_counter_ns()
                    offer(session, content, referral, "phone", When("afternoon", 4), now=NOW)
                    run.append((time.perf_counter_ns() - started) / 1e6)
                samples.append(run)
    return summary(samples)


def run() -> dict[str, object]:
    return {"slot_finder": pure(), "offer_through_sqlite": through_the_database()}


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
