"""Link workers handling referrals: who claimed it, and their notes.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(length=254), nullable=True))
    op.create_table(
        "referral_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=254), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_notes_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_notes")),
    )
    op.create_index(op.f("ix_referral_notes_referral_id"), "referral_notes", ["referral_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_referral_notes_referral_id"), table_name="referral_notes")
    op.drop_table("referral_notes")
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("claimed_by")
