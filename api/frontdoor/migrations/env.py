"""Alembic environment: migrates the database named by DATABASE_URL (or the URL passed in)."""

from __future__ import annotations

from alembic import context

from frontdoor.db.models import Base
from frontdoor.db.session import make_engine
from frontdoor.settings import get_settings

config = context.config
url = config.get_main_option("sqlalchemy.url") or get_settings().database_url


def run() -> None:
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run()
