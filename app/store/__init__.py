"""The only package that queries the database: save_*, get_*, list_*, review_*.

`documents` writes what ingest read, `claims` reads claims and sources and records reviews,
`clusters` stores clustering runs and editors' splits and merges; `events` is the history.
"""

from app.store.claims import (
    ClaimQuery,
    NotFoundError,
    StaleVersionError,
    count_sources,
    get_claim,
    list_claims,
    list_sources,
    review_claim,
)
from app.store.clusters import get_cluster, list_clusters, record_merge, record_split
from app.store.documents import DocumentOutcome, save_document

__all__ = [
    "ClaimQuery",
    "DocumentOutcome",
    "NotFoundError",
    "StaleVersionError",
    "count_sources",
    "get_claim",
    "get_cluster",
    "list_claims",
    "list_clusters",
    "list_sources",
    "record_merge",
    "record_split",
    "review_claim",
    "save_document",
]
