"""While they wait and after: the offer of local help and survey consent on each referral; planned
and sent aftercare texts (signposts, check-ins, surveys) and survey answers.

Revision ID: 0008
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.add_column(sa.Column("offer_local_help", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("survey_consent", sa.Boolean(), nullable=True))
    op.create_table(
        "aftercare_plans",
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("planned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_aftercare_plans_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("referral_id", name=op.f("pk_aftercare_plans")),
    )
    op.create_table(
        "aftercare_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("to_number", sa.String(length=20), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reply_by", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer", sa.String(length=10), nullable=True),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("asked_again", sa.Boolean(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("needs_attention", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_aftercare_tasks_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aftercare_tasks")),
        sa.UniqueConstraint("referral_id", "key", name=op.f("uq_aftercare_tasks_referral_id")),
    )
    with op.batch_alter_table("aftercare_tasks") as batch:
        batch.create_index("ix_aftercare_tasks_due", ["status", "due_at"])
        batch.create_index("ix_aftercare_tasks_waiting", ["to_number", "status"])
        batch.create_index(op.f("ix_aftercare_tasks_referral_id"), ["referral_id"])
        batch.create_index(op.f("ix_aftercare_tasks_needs_attention"), ["needs_attention"])
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=60), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_survey_answers_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
        sa.UniqueConstraint("referral_id", "month", "question", name=op.f("uq_survey_answers_referral_id")),
    )
    with op.batch_alter_table("survey_answers") as batch:
        batch.create_index(op.f("ix_survey_answers_referral_id"), ["referral_id"])


def downgrade() -> None:
    op.drop_table("survey_answers")
    op.drop_table("aftercare_tasks")
    op.drop_table("aftercare_plans")
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("survey_consent")
        batch.drop_column("offer_local_help")
