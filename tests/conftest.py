"""Shared fixtures: a fresh database per test on SQLite and on PostgreSQL, and an API client on it."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

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


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """Under ``make test`` (pytest-xdist, one worker per core): the tests that start the real processes
    (tests/e2e) all run on one worker, which trains the model once and owns their fixed ports; every
    other module goes whole to whichever worker is free."""
    from xdist.scheduler import LoadScopeScheduling

    class StackTestsTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "tests/e2e" if nodeid.startswith("tests/e2e/") else super()._split_scope(nodeid)

    return StackTestsTogether(config, log)


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
    """Creates throwaway PostgreSQL databases, dropped at the end of the session; ``template``: a copy
    of that database (PostgreSQL copies a whole database in a fraction of a second)."""
    admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    created: list[str] = []

    def make(template: str | None = None) -> str:
        name = f"frontdoor_t_{uuid.uuid4().hex[:12]}"
        copy = f' TEMPLATE "{make_url(template).database}"' if template else ""
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        created.append(name)
        return make_url(normalise_url(PG_URL)).set(database=name).render_as_string(hide_password=False)

    yield make
    with admin.connect() as conn:
        for name in reversed(created):
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


# One migrated database per kind, made once per run: each test gets a copy of it rather than running
# every migration again (a second or more a test, over hundreds of tests).
@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from frontdoor.db.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_factory) -> str:
    from frontdoor.db.migrate import upgrade

    url = postgres_factory()
    upgrade(url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A database with no schema at all, on each kind: for the migrations' own test."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'frontdoor.db'}"
    _skip_or_fail_without_postgres()
    return request.getfixturevalue("postgres_factory")()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A fresh database per test, its schema already at the latest migration."""
    if request.param == "sqlite":
        path = tmp_path / "frontdoor.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    _skip_or_fail_without_postgres()
    return request.getfixturevalue("postgres_factory")(request.getfixturevalue("postgres_template"))


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
