"""Rendering pages: Jinja2 templates with autoescaping, and security headers on every page.

Every page gets a fresh nonce for its one inline script and a Content-Security-Policy that allows
nothing from other sites. The chat page may be framed by a site's own web page; staff pages never.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
SERVICE_NAME = "Cancer support referral"


def page(
    request: Request,
    template: str,
    *,
    status: int = 200,
    embeddable: bool = False,
    **context: Any,
) -> HTMLResponse:
    nonce = secrets.token_urlsafe(16)
    context = {"home_url": "/chat", **context}
    html = TEMPLATES.get_template(template).render(
        request=request, nonce=nonce, service_name=SERVICE_NAME, **context
    )
    response = HTMLResponse(html, status_code=status)
    frame = "*" if embeddable else "'none'"
    response.headers["Content-Security-Policy"] = (
        f"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors {frame}"
    )
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    if not embeddable:
        response.headers["X-Frame-Options"] = "DENY"
    return response
