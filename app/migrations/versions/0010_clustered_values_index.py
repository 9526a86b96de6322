"""clustered values index: ix_claim_cluster_values holds clustered claims only

A new claim has no cluster until clustering runs, so in ix_claim_cluster_values it sorted
under a NULL key by its value: each document's claims landed on as many scattered index
pages, and every one of them was written again at the document's commit (a third of the
pages an ingest writes, issue 2). Every reader of the index names a cluster (`= key`,
`IN (...)`, `IS NOT NULL`), which implies the partial index's condition on SQLite and
PostgreSQL alike, so their plans stay the same; clustering then adds a claim to the index
instead of moving it. Only counting the claims without a cluster reads the table instead.
`claim` is not rebuilt, so 0007's triggers stay in place.

Revision ID: 0010_clustered_values_index
Revises: 0009_login_throttle
Create Date: 2026-12-04 16:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_clustered_values_index"
down_revision = "0009_login_throttle"
branch_labels = None
depends_on = None

NAME = "ix_claim_cluster_values"
COLUMNS = ["cluster_key", "low", "high", "open_high", "unit", "period", "status", "source_id",
           "orphaned"]  # fmt: skip
CLUSTERED = sa.text("cluster_key IS NOT NULL")


def upgrade() -> None:
    op.drop_index(NAME, table_name="claim")
    op.create_index(NAME, "claim", COLUMNS, sqlite_where=CLUSTERED, postgresql_where=CLUSTERED)


def downgrade() -> None:
    op.drop_index(NAME, table_name="claim")
    op.create_index(NAME, "claim", COLUMNS)
