"""The FastAPI application: the system of record for referrals, the link workers' API, and the pages
people and staff use in a browser."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import HTTPException
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError

from frontdoor.aftercare.routes import routers as aftercare_routers
from frontdoor.booking.routes import internal as booking_internal_router
from frontdoor.booking.routes import public as booking_public_router
from frontdoor.booking.routes import staff_router as diary_router
from frontdoor.checklist.matching import reader_for
from frontdoor.content import get_content
from frontdoor.health.routes import router as health_router
from frontdoor.internal.routes import router as internal_router
from frontdoor.internal.safety import router as safety_router
from frontdoor.observability.logs import RequestIdMiddleware, configure_logging
from frontdoor.observability.metrics import router as metrics_router
from frontdoor.outbox.routes import router as messages_router
from frontdoor.referrals.routes import router as referrals_router
from frontdoor.reports.routes import router as reports_router
from frontdoor.safety.detector import detector_for
from frontdoor.settings import get_settings
from frontdoor.sms.routes import router as sms_router
from frontdoor.staff.routes import router as staff_router
from frontdoor.web.admin import router as admin_router
from frontdoor.web.chat import router as chat_router
from frontdoor.web.dashboard import router as dashboard_router
from frontdoor.web.rendering import page
from frontdoor.web.staff_session import SignInLimiter, SignInRequired

WEB_STATIC = Path(__file__).parent / "web" / "static"
ERROR_HEADINGS = {403: "You cannot see this page", 404: "Page not found"}


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """Train the concern reader and the safety detector's learned reader before the first person needs
    them (a few seconds), not during a turn: a crisis text answered by the API itself must not wait."""
    reader_for(get_content().checklist)
    detector_for(str(get_settings().content_dir / "safety.yml"))
    yield


def create_app() -> FastAPI:
    """Build the app. Settings and content are loaded here, so a bad file stops start-up."""
    configure_logging()
    get_settings()
    get_content()
    app = FastAPI(
        lifespan=_lifespan,
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
        chat_router,
        dashboard_router,
        reports_router,
        admin_router,
        metrics_router,
        *aftercare_routers,
    ):
        app.include_router(router)
    app.state.sign_in_limiter = SignInLimiter()
    app.add_middleware(RequestIdMiddleware)
    vendor = get_settings().web_vendor_dir
    app.mount("/static/vendor", StaticFiles(directory=vendor, check_dir=False), "vendor")
    app.mount("/static", StaticFiles(directory=WEB_STATIC), "static")

    @app.exception_handler(DataError)
    async def _unstorable(_request: Request, _exc: DataError) -> Response:
        """A value the database cannot hold (a NUL character, a number out of range) is bad input."""
        return JSONResponse(
            {"detail": "The request holds a value that cannot be stored (such as a NUL character)."},
            status_code=422,
        )

    @app.exception_handler(SignInRequired)
    async def _sign_in(_request: Request, _exc: SignInRequired) -> Response:
        return RedirectResponse("/staff/sign-in", status_code=303)

    @app.exception_handler(HTTPException)
    async def _staff_pages_in_html(request: Request, exc: HTTPException) -> Response:
        """Staff pages answer errors with a page; the API keeps its JSON."""
        if request.url.path.startswith("/staff") and exc.status_code in ERROR_HEADINGS:
            return page(
                request,
                "error.html",
                status=exc.status_code,
                title=ERROR_HEADINGS[exc.status_code],
                heading=ERROR_HEADINGS[exc.status_code],
                message=str(exc.detail),
                staff=None,
            )
        return await http_exception_handler(request, exc)

    return app
