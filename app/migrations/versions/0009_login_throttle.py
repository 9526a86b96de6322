"""sign-in attempts, for the login throttle

Revision ID: 0009_login_throttle
Revises: 0008_lean_storage
Create Date: 2026-11-22 06:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_login_throttle"
down_revision = "0008_lean_storage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loginattempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_key", sa.String(length=64), nullable=True),
        sa.Column("address_key", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("loginattempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loginattempt_name_key"), ["name_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_loginattempt_address_key"), ["address_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_loginattempt_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("loginattempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loginattempt_at"))
        batch_op.drop_index(batch_op.f("ix_loginattempt_address_key"))
        batch_op.drop_index(batch_op.f("ix_loginattempt_name_key"))

    op.drop_table("loginattempt")
