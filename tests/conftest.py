"""Shared fixtures: a fresh database per test on SQLite and on PostgreSQL, and an API client on it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from frontdoor.db.session import normalise_url

PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
TEST_SECRETS = {
    "SECRET_KEY": "test-secret-key-" + "x" * 32,
    "SERVICE_TOKEN": "test-service-token-" + "y" * 32,
    "RASA_TOKEN": "test-rasa-token-" + "z" * 32,
}


def _postgres_reachable() -> bool:
    try:
        engine = create_engine(normalise_url(PG_URL))
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


POSTGRES = _postgres_reachable()


def _skip_or_fail_without_postgres() -> None:
    if not POSTGRES:
        if os.environ.get("FRONTDOOR_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here but {PG_URL} is not reachable")
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")


@pytest.fixture(scope="session")
def postgres_factory() -> Iterator[callable]:
    """Creates throwaway PostgreSQL databases, dropped at the end of the session."""
    admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    created: list[str] = []

    def make() -> str:
        name = f"frontdoor_t_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        created.append(name)
        return make_url(normalise_url(PG_URL)).set(database=name).render_as_string(hide_password=False)

    yield make
    with admin.connect() as conn:
        for name in created:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'frontdoor.db'}"
    _skip_or_fail_without_postgres()
    return request.getfixturevalue("postgres_factory")()


def clear_caches() -> None:
    from frontdoor.caches import forget

    forget()


@pytest.fixture
def configured(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Settings pointed at this test's database, with fixed secrets; the schema migrated and sites loaded."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    for key, value in TEST_SECRETS.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("RASA_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:9")
    clear_caches()
    from frontdoor.content import get_content
    from frontdoor.db.migrate import upgrade
    from frontdoor.db.session import session_scope
    from frontdoor.sites.sync import sync_sites

    upgrade(database_url)
    with session_scope() as session:
        sync_sites(session, get_content().sites)
    yield database_url
    clear_caches()


@pytest.fixture
def db(configured: str):
    from frontdoor.db.session import session_scope

    with session_scope() as session:
        yield session


@pytest.fixture
def client(configured: str):
    from fastapi.testclient import TestClient

    from frontdoor.app import create_app

    with TestClient(create_app()) as test_client:
        yield test_client
