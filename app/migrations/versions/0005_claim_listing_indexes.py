"""indexes for listing claims: the stable order, and counting by status

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 04:30:00
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_claim_order", "claim", ["source_id", "start", "id"])
    op.create_index("ix_claim_listing", "claim", ["status", "orphaned"])


def downgrade() -> None:
    op.drop_index("ix_claim_listing", table_name="claim")
    op.drop_index("ix_claim_order", table_name="claim")
