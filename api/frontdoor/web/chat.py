"""The chat page, and the one endpoint it talks to: each message goes on to Rasa's REST channel.

Going through the API keeps the page on one origin (no cross-site requests, nothing for a browser to
block) and lets us check what is sent before Rasa sees it.
"""

from __future__ import annotations

from typing import Annotated, Any

import httpx
from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

from frontdoor.deps import ContentDep, SettingsDep
from frontdoor.observability.metrics import TURN_SECONDS, TURNS
from frontdoor.web.rendering import page

router = APIRouter(tags=["chat page"])


class ChatMessageIn(BaseModel):
    sender: str = Field(pattern=r"^web-[0-9a-f]{32}$", description="the page's random conversation id")
    message: str = Field(min_length=1, max_length=1000)
    site: str | None = Field(None, max_length=40, description="the site whose page embeds the chat")


class ChatReply(BaseModel):
    text: str | None = None
    buttons: list[dict[str, str]] = Field(default_factory=list)


class ChatOut(BaseModel):
    replies: list[ChatReply]


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/chat", status_code=status.HTTP_302_FOUND)


@router.get("/chat", response_class=HTMLResponse)
def chat_page(
    request: Request, content: ContentDep, site: Annotated[str | None, Query(max_length=40)] = None
) -> HTMLResponse:
    """The chat. ``?site=dundee`` names the local service (for a site embedding it on its own page)."""
    chosen = content.sites.get(site) if site else None
    return page(
        request,
        "chat.html",
        embeddable=True,
        title="Chat",
        site_id=chosen.id if chosen else None,
        site_name=chosen.name if chosen else None,
    )


@router.get("/privacy", response_class=HTMLResponse)
def privacy_page(request: Request, content: ContentDep) -> HTMLResponse:
    notice = content.privacy
    paragraphs = [p.strip() for p in notice.full_text.split("\n\n") if p.strip()]
    return page(
        request,
        "privacy.html",
        embeddable=True,
        title="Privacy notice",
        summary=notice.summary,
        paragraphs=paragraphs,
        version=notice.version,
    )


@router.post("/chat/api/message")
def chat_message(body: ChatMessageIn, settings: SettingsDep) -> ChatOut:
    payload: dict[str, Any] = {"sender": body.sender, "message": body.message}
    if body.site:
        payload["metadata"] = {"site": body.site}
    TURNS.labels("web").inc()
    try:
        with TURN_SECONDS.labels("web").time():
            response = httpx.post(f"{settings.rasa_url}/webhooks/rest/webhook", json=payload, timeout=30)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "Sorry, the assistant is not available just now. Please try again in a few minutes, "
            "or call the Macmillan Support Line free on 0808 808 00 00.",
        ) from exc
    replies = [
        ChatReply(
            text=reply.get("text"),
            buttons=[
                {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                for b in reply.get("buttons") or []
            ],
        )
        for reply in response.json()
        if isinstance(reply, dict)
    ]
    return ChatOut(replies=replies)
