"""``frontdoor run``: everything needed for a working chat, with one progress line per stage."""

from __future__ import annotations

import sys
import time

from sqlalchemy.orm import Session

from frontdoor.content import get_content
from frontdoor.db.migrate import upgrade
from frontdoor.db.session import make_engine
from frontdoor.settings import VAR_DIR, Settings, get_settings
from frontdoor.shutdown import StopFlag
from frontdoor.sites.sync import sync_sites
from frontdoor.stack.bot import model_path, train
from frontdoor.stack.demo import ensure_demo_account
from frontdoor.stack.processes import Stack, services


def _say(stage: str, message: str) -> None:
    print(f"[{stage:>8}] {message}", flush=True)


def prepare_database(settings: Settings) -> tuple[str, str] | None:
    """Migrate, load the sites, and in demo mode make sure the demo account exists (returned)."""
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with Session(engine) as session:
            sync_sites(session, get_content().sites)
            return ensure_demo_account(session, settings) if settings.frontdoor_env == "demo" else None
    finally:
        engine.dispose()


def run_stack(skip_train: bool = False) -> int:
    settings = get_settings()
    started = time.monotonic()
    content = get_content()
    _say("content", f"{len(content.sites.sites)} sites, {len(content.checklist.items)} checklist items")

    if model_path().exists():
        _say("training", f"model up to date ({model_path().name})")
    elif skip_train:
        _say("training", "skipped (--no-train) and no current model: stop")
        return 1
    else:
        _say("training", "training the Rasa model (first run or changed data: a few minutes)...")
        t0 = time.monotonic()
        model = train(VAR_DIR / "log" / "train.log")
        _say("training", f"trained {model.name} in {time.monotonic() - t0:.0f}s")

    demo = prepare_database(settings)
    _say("database", f"migrated ({'SQLite' if settings.is_sqlite else 'PostgreSQL'}), sites loaded")

    stack = Stack(services(settings, model_path()))
    stop = StopFlag()
    _say(
        "services",
        "starting Rasa, the action server, the API and the worker (Rasa takes about 30s)...",
    )
    stack.start()
    try:
        stack.wait_ready()
    except RuntimeError as exc:
        _say("services", f"failed: {exc}")
        stack.stop()
        return 1
    base = f"http://127.0.0.1:{settings.api_port}"
    _say("ready", f"in {time.monotonic() - started:.0f}s. Ctrl-C stops everything.")
    print(f"""
  Chat          {base}/chat
  Dashboard     {base}/staff  (link workers and admins)
  API docs      {base}/docs
  Health        {base}/health
  Rasa REST     {settings.rasa_url}/webhooks/rest/webhook
  Logs          {VAR_DIR / "log"}""")
    if demo:
        print(f"  Demo login    {demo[0]} / {demo[1]}  (demo mode only)")
    print(flush=True)
    while not stop.is_set:
        exited = stack.first_exited()
        if exited is not None:
            _say("services", f"{exited.name} stopped unexpectedly; see {exited.log_path}. Stopping the rest.")
            stack.stop()
            return 1
        time.sleep(0.5)
    _say("stopping", "stopping all services...")
    stack.stop()
    _say("stopped", "done")
    return 0


if __name__ == "__main__":
    sys.exit(run_stack())
