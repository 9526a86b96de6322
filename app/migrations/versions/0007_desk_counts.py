"""desk counts: live claims per cluster by review state, kept by triggers; listing indexes

The desk read its counts and queue with a GROUP BY over every live claim (550 ms at 100k
claims, issue 4). `clustertally` holds one row per cluster key ('' for claims without one) and
is kept by triggers on `claim`, in the transaction of every write, whoever makes it: ingest,
clustering, reviews, restore, or plain SQL. A migration that rebuilds `claim` (SQLite batch
mode copies the table) must create these triggers again; tests/test_web.py recounts.

Revision ID: 0007_desk_counts
Revises: 0006
Create Date: 2026-11-22 06:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_desk_counts"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = "cluster_key, claims, reviewed, verified, provisional, rejected"
CLUSTER_VALUES = ["cluster_key", "low", "high", "open_high", "unit", "period", "status",
                  "source_id", "orphaned"]  # fmt: skip
CHANGED = (
    "{old}.cluster_key IS {ne} {new}.cluster_key OR {old}.status IS {ne} {new}.status"
    " OR {old}.reviewed IS {ne} {new}.reviewed OR {old}.orphaned IS {ne} {new}.orphaned"
)


def _add(row: str, sign: str) -> str:
    """An upsert adding `sign` (1 or -1) times the claim `row` (new or old) to its cluster."""
    return (
        f"INSERT INTO clustertally ({COLUMNS}) VALUES (coalesce({row}.cluster_key, ''), {sign},"
        f" CASE WHEN {row}.reviewed THEN {sign} ELSE 0 END,"
        f" CASE WHEN {row}.status = 'verified' THEN {sign} ELSE 0 END,"
        f" CASE WHEN {row}.status = 'provisional' THEN {sign} ELSE 0 END,"
        f" CASE WHEN {row}.status = 'rejected' THEN {sign} ELSE 0 END)"
        " ON CONFLICT (cluster_key) DO UPDATE SET claims = clustertally.claims + excluded.claims,"
        " reviewed = clustertally.reviewed + excluded.reviewed,"
        " verified = clustertally.verified + excluded.verified,"
        " provisional = clustertally.provisional + excluded.provisional,"
        " rejected = clustertally.rejected + excluded.rejected;"
    )


SQLITE_TRIGGERS = {
    "clustertally_insert": (
        f"AFTER INSERT ON claim WHEN NOT new.orphaned BEGIN {_add('new', '1')} END"
    ),
    "clustertally_delete": (
        f"AFTER DELETE ON claim WHEN NOT old.orphaned BEGIN {_add('old', '-1')} END"
    ),
    "clustertally_update_old": (
        "AFTER UPDATE OF cluster_key, status, reviewed, orphaned ON claim"
        f" WHEN NOT old.orphaned AND ({CHANGED.format(old='old', new='new', ne='NOT')})"
        f" BEGIN {_add('old', '-1')} END"
    ),
    "clustertally_update_new": (
        "AFTER UPDATE OF cluster_key, status, reviewed, orphaned ON claim"
        f" WHEN NOT new.orphaned AND ({CHANGED.format(old='old', new='new', ne='NOT')})"
        f" BEGIN {_add('new', '1')} END"
    ),
}

POSTGRES_FUNCTION = f"""
CREATE FUNCTION clustertally_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND NOT OLD.orphaned THEN
    {_add("OLD", "-1")}
  END IF;
  IF TG_OP <> 'DELETE' AND NOT NEW.orphaned THEN
    {_add("NEW", "1")}
  END IF;
  RETURN NULL;
END $$
"""
POSTGRES_TRIGGERS = {
    "clustertally_insert_delete": "AFTER INSERT OR DELETE ON claim FOR EACH ROW",
    "clustertally_update": (
        "AFTER UPDATE OF cluster_key, status, reviewed, orphaned ON claim FOR EACH ROW"
        f" WHEN ({CHANGED.format(old='OLD', new='NEW', ne='DISTINCT FROM')})"
    ),
}


def upgrade() -> None:
    op.create_table(
        "clustertally",
        sa.Column("cluster_key", sa.String(length=64), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.Column("reviewed", sa.Integer(), nullable=False),
        sa.Column("verified", sa.Integer(), nullable=False),
        sa.Column("provisional", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("cluster_key"),
    )
    op.execute(
        f"INSERT INTO clustertally ({COLUMNS}) SELECT coalesce(cluster_key, ''), count(*),"
        " sum(CASE WHEN reviewed THEN 1 ELSE 0 END),"
        " sum(CASE WHEN status = 'verified' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN status = 'provisional' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END)"
        " FROM claim WHERE NOT orphaned GROUP BY coalesce(cluster_key, '')"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        for name, when in POSTGRES_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {when} EXECUTE PROCEDURE clustertally_count()")
    else:
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    # The claims list filtered by status and kind (issue 4): its page in order without a sort,
    # its count and facets from the index alone, seekable on either column first.
    op.create_index("ix_claim_status_kind", "claim", ["status", "kind", "source_id", "start",
                                                      "orphaned"])  # fmt: skip
    op.create_index("ix_claim_kind_status", "claim", ["kind", "status", "orphaned"])
    # A cluster page charts every member's value and counts members: from the index alone,
    # as a large cluster's claims lie all over the table; grouped by value in index order.
    op.create_index("ix_claim_cluster_values", "claim", CLUSTER_VALUES)
    # The desk counts sources without a flag by seeking '[]', not by reading every source.
    op.create_index("ix_source_flags", "source", [sa.text("CAST(flags AS TEXT)")])


def downgrade() -> None:
    op.drop_index("ix_source_flags", table_name="source")
    op.drop_index("ix_claim_cluster_values", table_name="claim")
    op.drop_index("ix_claim_kind_status", table_name="claim")
    op.drop_index("ix_claim_status_kind", table_name="claim")
    if op.get_bind().dialect.name == "postgresql":
        for name in POSTGRES_TRIGGERS:
            op.execute(f"DROP TRIGGER {name} ON claim")
        op.execute("DROP FUNCTION clustertally_count()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table("clustertally")
