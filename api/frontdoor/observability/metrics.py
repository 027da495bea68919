"""Prometheus metrics at ``GET /metrics``, for operators only.

Counted as they happen (per API or worker process): turns by channel and how long the assistant took
to answer, and the wait from first contact to a booked appointment. Read from the database at each
scrape (so they agree across processes): referrals by status and priority, the outbox's depth and
failures, and SMS segments sent. The endpoint needs ``METRICS_TOKEN`` as a bearer token; without one
set, it answers only on loopback.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request, Response, status
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from prometheus_client.core import REGISTRY, CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from frontdoor.deps import SettingsDep

TURNS = Counter("frontdoor_turns", "Messages from people passed to the assistant", ["channel"])
TURN_SECONDS = Histogram(
    "frontdoor_turn_seconds",
    "Time for the assistant to answer one message",
    ["channel"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30),
)
FIRST_APPOINTMENT_HOURS = Histogram(
    "frontdoor_first_contact_to_appointment_hours",
    "From first contact to the first appointment booked",
    buckets=(24, 48, 72, 120, 168, 240, 336, 504, 720),
)


class DatabaseCollector(Collector):
    """Figures read from the database when Prometheus scrapes (and only then: ``describe`` names them
    without touching the database, so importing this module never needs one)."""

    def describe(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        yield GaugeMetricFamily("frontdoor_referrals", "Referrals by status and priority")
        yield GaugeMetricFamily("frontdoor_outbox_messages", "Outbox messages by status")
        yield CounterMetricFamily("frontdoor_sms_segments", "SMS segments sent")

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        from frontdoor.db.session import session_scope
        from frontdoor.outbox.models import OutboxMessage
        from frontdoor.referrals.models import Referral

        referrals = GaugeMetricFamily(
            "frontdoor_referrals", "Referrals by status and priority", labels=["status", "priority"]
        )
        outbox = GaugeMetricFamily(
            "frontdoor_outbox_messages", "Outbox messages by status", labels=["status"]
        )
        segments = CounterMetricFamily(
            "frontdoor_sms_segments", "SMS segments sent (including replies in TwiML)"
        )
        with session_scope() as session:
            for status_, priority, count in session.execute(
                select(Referral.status, Referral.priority, func.count()).group_by(
                    Referral.status, Referral.priority
                )
            ):
                referrals.add_metric([status_, priority], count)
            for status_, count in session.execute(
                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
            ):
                outbox.add_metric([status_], count)
            sent = session.scalar(
                select(func.coalesce(func.sum(OutboxMessage.segments), 0)).where(
                    OutboxMessage.status == "sent"
                )
            )
            segments.add_metric([], float(sent or 0))
        yield referrals
        yield outbox
        yield segments


REGISTRY.register(DatabaseCollector())
router = APIRouter(tags=["operations"])


@router.get("/metrics", include_in_schema=False)
def metrics(
    request: Request, settings: SettingsDep, authorization: Annotated[str | None, Header()] = None
) -> Response:
    if settings.metrics_token:
        expected = f"Bearer {settings.metrics_token}".encode()
        if authorization is None or not hmac.compare_digest(authorization.encode(), expected):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "metrics need the METRICS_TOKEN bearer token")
    elif request.client is None or request.client.host not in ("127.0.0.1", "::1"):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "metrics are served on loopback only unless METRICS_TOKEN is set"
        )
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
