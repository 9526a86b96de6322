"""The only package that queries the database: save_*, get_*, list_*, review_*.

`documents` writes what ingest read, `claims` reads claims and sources and records reviews,
`clusters` stores clustering runs and editors' splits and merges; `events` is the history;
`desk` reads what the review desk shows beyond them (counts, queue, cluster pages, facets);
`tuning` sets SQLite up for a bulk ingest.
"""

from app.store.claims import (
    ClaimQuery,
    NotFoundError,
    Review,
    StaleVersionError,
    count_sources,
    get_claim,
    get_source,
    list_claims,
    list_source_summaries,
    list_sources,
    review_claim,
    review_claims,
)
from app.store.clusters import get_cluster, list_clusters, record_merge, record_split
from app.store.desk import ClusterView, DeskRead, get_cluster_view, get_desk
from app.store.documents import (
    DocumentOutcome,
    get_source_text,
    list_stale_sources,
    reread_document,
    save_document,
    unchanged_document,
)
from app.store.sources import SourceDetail, get_source_detail, review_source_date
from app.store.tuning import optimize

__all__ = [
    "ClaimQuery",
    "ClusterView",
    "DeskRead",
    "DocumentOutcome",
    "NotFoundError",
    "Review",
    "SourceDetail",
    "StaleVersionError",
    "count_sources",
    "get_claim",
    "get_cluster",
    "get_cluster_view",
    "get_desk",
    "get_source",
    "get_source_detail",
    "get_source_text",
    "list_claims",
    "list_clusters",
    "list_source_summaries",
    "list_sources",
    "list_stale_sources",
    "optimize",
    "record_merge",
    "record_split",
    "reread_document",
    "review_claim",
    "review_claims",
    "review_source_date",
    "save_document",
    "unchanged_document",
]
