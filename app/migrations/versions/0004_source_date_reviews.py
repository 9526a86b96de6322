"""source date reviews

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sourcedatereview",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("from_value", sa.String(length=32), nullable=True),
        sa.Column("to_value", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sourcedatereview", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sourcedatereview_source_id"), ["source_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sourcedatereview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sourcedatereview_source_id"))

    op.drop_table("sourcedatereview")
