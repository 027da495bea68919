"""Twilio's webhooks: ``POST /twilio/sms`` (a text arrives) and ``POST /twilio/status`` (delivery reports).

Both check ``X-Twilio-Signature`` with Twilio's own validator against PUBLIC_BASE_URL, so they work
behind a proxy. A bad signature gets 403 and is logged without the message or the number.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from frontdoor.deps import ContentDep, SessionDep, SettingsDep
from frontdoor.outbox.service import record_status
from frontdoor.sms import inline
from frontdoor.sms.inbound import store

logger = logging.getLogger("frontdoor.sms")
router = APIRouter(prefix="/twilio", tags=["sms"])


async def signed_form(request: Request, settings: SettingsDep) -> dict[str, str]:
    form = {key: str(value) for key, value in (await request.form()).items()}
    url = f"{settings.public_base_url.rstrip('/')}{request.url.path}"
    signature = request.headers.get("X-Twilio-Signature", "")
    if not settings.twilio_auth_token or not RequestValidator(settings.twilio_auth_token).validate(
        url, form, signature
    ):
        logger.warning("rejected a request to %s: bad or missing Twilio signature", request.url.path)
        raise HTTPException(403, "invalid Twilio signature")
    return form


SignedForm = Annotated[dict[str, str], Depends(signed_form)]


def twiml(parts: list[str]) -> Response:
    response = MessagingResponse()
    for part in parts:
        response.message(part)
    return Response(str(response), media_type="application/xml")


@router.post("/sms")
async def inbound_sms(
    form: SignedForm, session: SessionDep, content: ContentDep, settings: SettingsDep
) -> Response:
    if not form.get("MessageSid") or not form.get("From"):
        raise HTTPException(400, "MessageSid and From are required")
    try:
        num_media = int(form.get("NumMedia", "0") or 0)
    except ValueError:
        num_media = 0
    row = await run_in_threadpool(
        store,
        session,
        sid=form["MessageSid"],
        sender=form["From"],
        to=form.get("To"),
        body=form.get("Body", ""),
        num_media=num_media,
        secret=settings.secret_key,
    )
    if row is None:
        return twiml([])
    return twiml(await run_in_threadpool(inline.answer, settings, content, row.sender))


@router.post("/status")
async def delivery_status(form: SignedForm, session: SessionDep) -> Response:
    sid, status = form.get("MessageSid"), form.get("MessageStatus")
    if not sid or not status:
        raise HTTPException(400, "MessageSid and MessageStatus are required")
    await run_in_threadpool(record_status, session, sid, status)
    return Response(status_code=204)
