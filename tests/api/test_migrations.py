"""Alembic owns the schema: it migrates up from empty, and back down, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect

from frontdoor.db.migrate import downgrade, upgrade
from frontdoor.db.models import Base
from frontdoor.db.session import normalise_url


def test_migrations_build_the_whole_schema_and_tear_it_down(empty_database_url: str) -> None:
    database_url = empty_database_url
    upgrade(database_url)
    engine = create_engine(normalise_url(database_url))
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables

    downgrade(database_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
