"""Booking: link workers' working patterns in the database, booking times, the wait for reporting.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("link_workers") as batch:
        batch.add_column(sa.Column("week", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
    with op.batch_alter_table("appointments") as batch:
        batch.add_column(sa.Column("booked_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_appointments_worker_start", ["link_worker_id", "start"])
    with op.batch_alter_table("referrals") as batch:
        batch.add_column(sa.Column("first_contact_to_appointment_hours", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("first_contact_to_appointment_hours")
    with op.batch_alter_table("appointments") as batch:
        batch.drop_index("ix_appointments_worker_start")
        batch.drop_column("cancelled_at")
        batch.drop_column("booked_at")
    with op.batch_alter_table("link_workers") as batch:
        batch.drop_column("active")
        batch.drop_column("week")
