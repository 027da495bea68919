"""A booking left to the link worker keeps what the person asked for: the way of meeting they chose and,
in their words, when suits them ("home visit", "Friday 11.30" where nobody works Fridays).

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.add_column(sa.Column("meeting_wanted", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("meeting_when_wanted", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("meeting_when_wanted")
        batch.drop_column("meeting_wanted")
