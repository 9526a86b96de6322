"""clusters and editors' decisions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 04:00:43.025203
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cluster",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("relation", sa.String(length=12), nullable=False),
        sa.Column("spread", sa.Float(), nullable=True),
        sa.Column("consensus_low", sa.Float(), nullable=True),
        sa.Column("consensus_high", sa.Float(), nullable=True),
        sa.Column("conflict", sa.Boolean(), nullable=False),
        sa.Column("outlier_source_ids", sa.JSON(), nullable=False),
        sa.Column("internal_conflict_source_ids", sa.JSON(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "clusterdecision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("claim_ids", sa.JSON(), nullable=False),
        sa.Column("cluster_keys", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cluster_key", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("conflict", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(batch_op.f("ix_claim_cluster_key"), ["cluster_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_cluster_key"))
        batch_op.drop_column("conflict")
        batch_op.drop_column("cluster_key")

    op.drop_table("clusterdecision")
    op.drop_table("cluster")
