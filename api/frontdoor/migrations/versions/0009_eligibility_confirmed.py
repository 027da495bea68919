"""A not-eligible answer is read back and confirmed before anyone is turned away; when a draft was last
answered (an idle draft with a phone number is put in the queue for a call back).

Revision ID: 0009
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.add_column(sa.Column("eligibility_confirmed", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("last_answer_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("last_answer_at")
        batch.drop_column("eligibility_confirmed")
