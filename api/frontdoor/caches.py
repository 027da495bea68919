"""Forgetting what the process has cached (settings, content, the database engine), so the next use
reads the environment again: for tests and benchmarks that point the app at a fresh database."""

from __future__ import annotations


def forget() -> None:
    from frontdoor.content import get_content
    from frontdoor.db import session as db_session
    from frontdoor.settings import get_settings

    get_settings.cache_clear()
    get_content.cache_clear()
    db_session._factory.cache_clear()
    if db_session.get_engine.cache_info().currsize:
        db_session.get_engine().dispose()
    db_session.get_engine.cache_clear()
