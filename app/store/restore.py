"""The whole database out and back in: what a lossless export adds, and `claims import`.

Users, tokens and web sessions never leave the database: an export carries no password hash.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, SQLModel, col, select

from app.models import (
    Claim,
    ClaimEvent,
    Cluster,
    ClusterDecision,
    Source,
    SourceDateReview,
    SourceVersion,
)

# Tables whose ids an import keeps; PostgreSQL's sequences must then move past them.
_SEQUENCED = (
    "source", "sourceversion", "claim", "claimevent", "clusterdecision", "sourcedatereview",
)  # fmt: skip


class RestoreError(ValueError):
    """The import was refused: a non-empty database or a file that is not a full export."""


@dataclass(frozen=True)
class ArchiveExtras:
    """What a lossless export adds to the public shapes, keyed by source or claim id."""

    versions: dict[int, list[dict[str, Any]]]
    texts: dict[int, dict[str, str]]
    anchors: dict[int, dict[str, Any]]
    histories: dict[int, list[dict[str, Any]]]
    decisions: list[dict[str, Any]]
    date_reviews: dict[int, list[dict[str, Any]]]


@dataclass(frozen=True)
class RestoreReport:
    """How many rows an import wrote."""

    sources: int
    versions: int
    claims: int
    events: int
    clusters: int
    decisions: int
    date_reviews: int

    def summary(self) -> str:
        """One line for the terminal."""
        return (
            f"imported {self.sources} sources ({self.versions} versions), {self.claims} claims "
            f"({self.events} events), {self.clusters} clusters, {self.decisions} decisions, "
            f"{self.date_reviews} source date reviews"
        )


def read_archive_extras(session: Session) -> ArchiveExtras:
    """Source versions and texts, claim anchors and histories, editors' cluster decisions."""
    versions: dict[int, list[dict[str, Any]]] = {}
    rows = session.exec(select(SourceVersion).order_by(col(SourceVersion.id)))
    for version in rows:
        versions.setdefault(version.source_id, []).append(_version_dict(version))
    texts: dict[int, dict[str, str]] = {}
    for source in session.exec(select(Source)):
        assert source.id is not None
        texts[source.id] = {"raw_text": source.raw_text, "text": source.text}
    anchors: dict[int, dict[str, Any]] = {}
    for claim in session.exec(select(Claim)):
        assert claim.id is not None
        anchors[claim.id] = _anchor_dict(claim)
    histories: dict[int, list[dict[str, Any]]] = {}
    for event in session.exec(select(ClaimEvent).order_by(col(ClaimEvent.id))):
        histories.setdefault(event.claim_id, []).append(_event_dict(event))
    decisions = [
        _decision_dict(decision)
        for decision in session.exec(select(ClusterDecision).order_by(col(ClusterDecision.id)))
    ]
    date_reviews: dict[int, list[dict[str, Any]]] = {}
    for review in session.exec(select(SourceDateReview).order_by(col(SourceDateReview.id))):
        date_reviews.setdefault(review.source_id, []).append(_date_review_dict(review))
    return ArchiveExtras(versions, texts, anchors, histories, decisions, date_reviews)


def _date_review_dict(review: SourceDateReview) -> dict[str, Any]:
    return {
        "action": review.action, "from_value": review.from_value, "to_value": review.to_value,
        "note": review.note, "actor": review.actor, "at": review.at.isoformat(),
    }  # fmt: skip


def _version_dict(version: SourceVersion) -> dict[str, Any]:
    return {
        "version": version.version, "sha256": version.sha256, "raw_text": version.raw_text,
        "text": version.text, "extractor_version": version.extractor_version,
        "ingested_at": version.ingested_at.isoformat(),
    }  # fmt: skip


def _anchor_dict(claim: Claim) -> dict[str, Any]:
    return {
        "prefix": claim.prefix, "suffix": claim.suffix, "context_start": claim.context_start,
        "source_version": claim.source_version, "extractor_version": claim.extractor_version,
        "created_at": claim.created_at.isoformat(),
    }  # fmt: skip


def _event_dict(event: ClaimEvent) -> dict[str, Any]:
    return {
        "action": event.action, "actor": event.actor, "at": event.at.isoformat(),
        "from_value": event.from_value, "to_value": event.to_value, "note": event.note,
    }  # fmt: skip


def _decision_dict(decision: ClusterDecision) -> dict[str, Any]:
    return {
        "id": decision.id, "action": decision.action, "claim_ids": list(decision.claim_ids),
        "cluster_keys": list(decision.cluster_keys), "actor": decision.actor,
        "at": decision.at.isoformat(), "note": decision.note,
    }  # fmt: skip


def restore_export(session: Session, data: dict[str, Any]) -> RestoreReport:
    """Write a full JSON export into an empty database, ids kept; one transaction."""
    _check_empty(session)
    try:
        rows = _rows(data)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise RestoreError(f"not a full Claimtrail JSON export: {error!r}") from error
    try:
        connection = session.connection()
        for model, table_rows in rows.items():
            if table_rows:
                connection.execute(model.__table__.insert(), table_rows)  # type: ignore[attr-defined]
        _reset_sequences(session)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return RestoreReport(*(len(table_rows) for table_rows in rows.values()))


def _check_empty(session: Session) -> None:
    for model in (Source, Claim, Cluster, ClusterDecision):
        if session.exec(select(func.count()).select_from(model)).one():
            raise RestoreError(
                "the database is not empty: import restores into an empty database only "
                f"(found rows in {model.__name__})"
            )


def _rows(data: dict[str, Any]) -> dict[type[SQLModel], list[dict[str, Any]]]:
    """The export as table rows, in an order the foreign keys accept."""
    sources, claims = data["sources"], data["claims"]
    return {
        Source: [_source_row(source) for source in sources],
        SourceVersion: [
            {**version, "source_id": source["id"], "ingested_at": _at(version["ingested_at"])}
            for source in sources
            for version in source["versions"]
        ],
        Claim: [_claim_row(claim) for claim in claims],
        ClaimEvent: [
            {**event, "claim_id": claim["id"], "at": _at(event["at"])}
            for claim in claims
            for event in claim["history"]
        ],
        Cluster: [_cluster_row(cluster) for cluster in data["clusters"]],
        ClusterDecision: [
            {**decision, "at": _at(decision["at"])} for decision in data.get("decisions", [])
        ],
        SourceDateReview: [
            {**review, "source_id": source["id"], "at": _at(review["at"])}
            for source in sources
            for review in source.get("date_reviews", [])
        ],
    }


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _source_row(source: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "sha256", "version", "title", "publisher", "author", "published",
            "date_text", "url", "flags", "encoding", "raw_text", "text")  # fmt: skip
    row = {key: source[key] for key in keys}
    return {**row, "file_name": source["file"], "ingested_at": _at(source["ingested_at"])}


def _claim_row(claim: dict[str, Any]) -> dict[str, Any]:
    value = claim["value"]
    return {
        "id": claim["id"], "source_id": claim["source"]["id"],
        "source_version": claim["source_version"], "quote": claim["quote"],
        "start": claim["span"][0], "end": claim["span"][1], "prefix": claim["prefix"],
        "suffix": claim["suffix"], "context": claim["context"],
        "context_start": claim["context_start"], "kind": claim["kind"], "low": value["low"],
        "high": value["high"], "open_high": value["open_high"], "unit": value["unit"],
        "period": value["period"], "subject": claim["subject"],
        "qualifiers": claim["qualifiers"], "status": claim["status"],
        "reviewed": claim["reviewed"], "orphaned": claim["orphaned"],
        "version": claim["version"], "extractor_version": claim["extractor_version"],
        "cluster_key": claim["cluster"], "conflict": claim["conflict"],
        "created_at": _at(claim["created_at"]), "updated_at": _at(claim["updated_at"]),
    }  # fmt: skip


def _cluster_row(cluster: dict[str, Any]) -> dict[str, Any]:
    consensus = cluster["consensus"] or {"low": None, "high": None}
    return {
        "key": cluster["id"], "label": cluster["label"], "relation": cluster["relation"],
        "spread": cluster["spread"], "consensus_low": consensus["low"],
        "consensus_high": consensus["high"], "conflict": cluster["conflict"],
        "outlier_source_ids": cluster["outlier_sources"],
        "internal_conflict_source_ids": cluster["internal_conflict_sources"],
        "explanation": cluster["explanation"], "size": len(cluster["claims"]),
    }  # fmt: skip


def _reset_sequences(session: Session) -> None:
    """After inserts with explicit ids, PostgreSQL's sequences must start past the largest."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in _quoted(_SEQUENCED):
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
            )
        )


def _quoted(names: Iterable[str]) -> list[str]:
    return [f'"{name}"' for name in names]
