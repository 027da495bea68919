"""The FastAPI application: the system of record for referrals, and the link workers' API."""

from __future__ import annotations

from fastapi import FastAPI

from frontdoor.booking.routes import internal as booking_internal_router
from frontdoor.booking.routes import public as booking_public_router
from frontdoor.booking.routes import staff_router as diary_router
from frontdoor.content import get_content
from frontdoor.health.routes import router as health_router
from frontdoor.internal.routes import router as internal_router
from frontdoor.internal.safety import router as safety_router
from frontdoor.outbox.routes import router as messages_router
from frontdoor.referrals.routes import router as referrals_router
from frontdoor.settings import get_settings
from frontdoor.sms.routes import router as sms_router
from frontdoor.staff.routes import router as staff_router


def create_app() -> FastAPI:
    """Build the app. Settings and content are loaded here, so a bad file stops start-up."""
    get_settings()
    get_content()
    app = FastAPI(
        title="Front door: cancer support self-referral",
        summary="Self-referral, eligibility, concerns checklist and first appointments for link workers",
    )
    for router in (
        health_router,
        staff_router,
        referrals_router,
        internal_router,
        safety_router,
        sms_router,
        messages_router,
        booking_internal_router,
        booking_public_router,
        diary_router,
    ):
        app.include_router(router)
    return app
