"""``GET /health``: each dependency with its state; 200 only when all are up."""

from __future__ import annotations

import asyncio

import httpx
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from frontdoor.db.session import get_engine
from frontdoor.deps import SettingsDep

router = APIRouter(tags=["health"])


def _database() -> dict[str, str]:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"state": "up"}
    except Exception as exc:  # any failure means "down"; the type is enough detail
        return {"state": "down", "error": type(exc).__name__}


async def _http(client: httpx.AsyncClient, url: str) -> dict[str, str]:
    try:
        response = await client.get(url)
        return (
            {"state": "up"}
            if response.status_code == 200
            else {"state": "down", "error": f"HTTP {response.status_code}"}
        )
    except httpx.HTTPError as exc:
        return {"state": "down", "error": type(exc).__name__}


@router.get("/health")
async def health(settings: SettingsDep) -> JSONResponse:
    async with httpx.AsyncClient(timeout=3) as client:
        rasa, actions = await asyncio.gather(
            _http(client, f"{settings.rasa_url}/status?token={settings.rasa_token}"),
            _http(client, f"{settings.action_server_url}/health"),
        )
    checks = {"database": await asyncio.to_thread(_database), "rasa": rasa, "action_server": actions}
    ok = all(check["state"] == "up" for check in checks.values())
    return JSONResponse({"status": "up" if ok else "down", "checks": checks}, status_code=200 if ok else 503)
