"""Aftercare pages and endpoints.

- ``GET /staff/admin/directory``: the local help directory as loaded (admins only, audited).
- ``POST /internal/aftercare/signposts``: for the chat, after a referral is sent on the web: the local
  help to show as links (recorded as offered), if the person said yes to it.
- ``GET|POST /aftercare/survey/{token}``: the outcome survey on the web, from the link in the text
  sent to people who referred themselves on the web. The token is the survey's id signed with the
  secret key: it opens that one survey and nothing else.
"""

from __future__ import annotations

import hmac
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request, status
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from frontdoor.aftercare import surveys
from frontdoor.aftercare.models import AftercareTask
from frontdoor.aftercare.scheduling import now
from frontdoor.aftercare.service import signposts_in_chat
from frontdoor.audit.log import record
from frontdoor.checklist.definition import CATEGORIES
from frontdoor.db.base import aware
from frontdoor.deps import ContentDep, SessionDep, SettingsDep, require_service
from frontdoor.referrals.models import Referral
from frontdoor.referrals.service import current_referral
from frontdoor.web.admin import Admin
from frontdoor.web.rendering import page
from frontdoor.web.staff_pages import staff_context

staff_router = APIRouter(prefix="/staff/admin", tags=["admin pages"], include_in_schema=False)
internal_router = APIRouter(
    prefix="/internal/aftercare", tags=["internal"], dependencies=[Depends(require_service)]
)
public_router = APIRouter(prefix="/aftercare", tags=["aftercare"], include_in_schema=False)
ACTOR = "aftercare"


@staff_router.get("/directory", response_class=HTMLResponse)
def directory_page(
    request: Request, session: SessionDep, settings: SettingsDep, content: ContentDep, admin: Admin
) -> HTMLResponse:
    record(session, admin.email, "view", "directory", None, page="directory")
    session.commit()
    checklist = content.checklist
    labels = {i.id: i.label for i in checklist.items}

    def rows(services: list[Any]) -> list[dict[str, Any]]:
        return [
            {
                "service": s,
                "for": [labels.get(i, i) for i in s.items] + [checklist.categories[c] for c in s.categories],
                "where": ", ".join(n.capitalize() for n in s.nations)
                + (f" ({', '.join(s.postcodes)})" if s.postcodes else ""),
            }
            for s in services
        ]

    return page(
        request,
        "admin_directory.html",
        title="Local help directory",
        national=rows(content.directory.national),
        sites=[(site, rows(content.directory.local(site.id))) for site in content.sites.sites],
        categories=[checklist.categories[c] for c in CATEGORIES],
        aftercare=content.aftercare,
        **staff_context(request, settings, admin),
    )


class SignpostsIn(BaseModel):
    conversation_id: str = Field(min_length=1, max_length=120)


@internal_router.post("/signposts")
def signposts_for_chat(body: SignpostsIn, session: SessionDep, content: ContentDep) -> dict[str, Any]:
    """The local help to show in the chat now; empty unless the referral was sent with a yes to it."""
    referral = current_referral(session, body.conversation_id)
    if referral is None or referral.submitted_at is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no sent referral for this conversation")
    return signposts_in_chat(session, content, referral, now())


def _survey(session: SessionDep, secret: str, token: str) -> tuple[AftercareTask, Referral] | None:
    task_id, _, _ = token.partition("-")
    if (
        not task_id.isdigit()
        or len(task_id) > 9
        or not hmac.compare_digest(token, surveys.survey_token(secret, int(task_id)))
    ):
        return None
    task = session.get(AftercareTask, int(task_id))
    if task is None or task.kind != "survey":
        return None
    referral = session.get(Referral, task.referral_id)
    return (task, referral) if referral is not None else None


Token = Annotated[str, Path(max_length=60)]


def _survey_page(request: Request, content: ContentDep, task: AftercareTask, **extra: Any) -> HTMLResponse:
    questions = [
        {"id": q, "text": surveys.question_text(content, q)}
        for q in task.detail.get("questions", [surveys.DISTRESS])
    ]
    return page(
        request,
        "survey.html",
        title="How are things now?",
        months=task.detail.get("month"),
        questions=questions,
        open=task.status == "waiting" and aware(task.reply_by or datetime.now(UTC)) > now(),
        **extra,
    )


@public_router.get("/survey/{token}", response_class=HTMLResponse)
def survey_form(
    token: Token, request: Request, session: SessionDep, settings: SettingsDep, content: ContentDep
) -> HTMLResponse:
    found = _survey(session, settings.secret_key, token)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "This survey link is not right, or has been removed.")
    return _survey_page(request, content, found[0], values={}, errors={})


@public_router.post("/survey/{token}", response_class=HTMLResponse)
async def survey_answers(
    token: Token, request: Request, session: SessionDep, settings: SettingsDep, content: ContentDep
) -> HTMLResponse:
    found = _survey(session, settings.secret_key, token)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "This survey link is not right, or has been removed.")
    task, referral = found
    form = {k: str(v).strip() for k, v in (await request.form()).items()}
    questions: list[str] = list(task.detail.get("questions", [surveys.DISTRESS]))
    scores, errors = surveys.read_form(questions, form)
    if task.status != "waiting":
        return _survey_page(request, content, task, values=form, errors={}, status=409)
    if errors:
        return _survey_page(request, content, task, values=form, errors=errors, status=400)
    surveys.store_all(session, task, referral, scores, now())
    session.commit()
    return _survey_page(request, content, task, values={}, errors={}, thanked=True)


routers = (staff_router, internal_router, public_router)
