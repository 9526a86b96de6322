"""lean storage: drop the claim indexes that wider indexes already cover

Every claim insert wrote ten secondary indexes (issue 2: ingest). Four of them are the
leading column of another index, which answers the same lookups:
- ix_claim_source_id (source_id): ix_claim_order (source_id, start, id);
- ix_claim_status (status): ix_claim_listing (status, orphaned);
- ix_claim_kind (kind): ix_claim_kind_status (kind, status, orphaned), from 0007;
- ix_claim_cluster_key (cluster_key): ix_claim_cluster_values (cluster_key, ...), from 0007;
  clustering rewrites cluster_key on every claim, so this one was also paid twice.
Indexes only: `claim` is not rebuilt, so 0007's triggers stay in place.

Revision ID: 0008_lean_storage
Revises: 0007_desk_counts
Create Date: 2026-11-22 06:30:00
"""

from alembic import op

revision = "0008_lean_storage"
down_revision = "0007_desk_counts"
branch_labels = None
depends_on = None

COVERED = {
    "ix_claim_source_id": "source_id",
    "ix_claim_status": "status",
    "ix_claim_kind": "kind",
    "ix_claim_cluster_key": "cluster_key",
}


def upgrade() -> None:
    for name in COVERED:
        op.drop_index(name, table_name="claim")


def downgrade() -> None:
    for name, column in COVERED.items():
        op.create_index(name, "claim", [column])
