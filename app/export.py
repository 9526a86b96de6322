"""Exports of the whole database: JSON (sources and claims) and a flat CSV of claims."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlmodel import Session

from app import store

CSV_COLUMNS = (
    "id", "source_id", "source_file", "source_title", "source_published", "source_flags",
    "quote", "start", "end", "kind", "low", "high", "open_high", "unit", "period", "subject",
    "role", "level", "region", "basis", "qualifiers", "status", "reviewed", "orphaned",
    "cluster", "conflict", "updated_at", "context",
)  # fmt: skip


def export_data(session: Session) -> dict[str, Any]:
    """`{"sources", "claims", "clusters"}`: every claim, orphaned ones included."""
    sources = store.list_sources(session)
    query = store.ClaimQuery(include_orphaned=True, limit=None)
    claims = store.list_claims(session, query=query).claims
    clusters = store.list_clusters(session)
    return {
        "sources": [source.model_dump(mode="json") for source in sources],
        "claims": [claim.model_dump(mode="json") for claim in claims],
        "clusters": [cluster.model_dump(mode="json") for cluster in clusters],
    }


def render_json(data: dict[str, Any]) -> str:
    """The export as indented JSON."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_csv(data: dict[str, Any]) -> str:
    """One row per claim, flattened for spreadsheets."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for claim in data["claims"]:
        writer.writerow(_flat(claim))
    return out.getvalue()


def _flat(claim: dict[str, Any]) -> dict[str, Any]:
    source, value, quals = claim["source"], claim["value"], claim["qualifiers"]
    return {
        "id": claim["id"], "source_id": source["id"], "source_file": source["file"],
        "source_title": source["title"], "source_published": source["published"],
        "source_flags": ";".join(source["flags"]), "quote": claim["quote"],
        "start": claim["span"][0], "end": claim["span"][1], "kind": claim["kind"],
        "low": value["low"], "high": value["high"], "open_high": value["open_high"],
        "unit": value["unit"], "period": value["period"], "subject": claim["subject"],
        "role": quals.get("role"), "level": quals.get("level"), "region": quals.get("region"),
        "basis": quals.get("basis"), "qualifiers": json.dumps(quals, sort_keys=True),
        "status": claim["status"], "reviewed": claim["reviewed"],
        "orphaned": claim["orphaned"], "cluster": claim["cluster"],
        "conflict": claim["conflict"], "updated_at": claim["updated_at"],
        "context": claim["context"],
    }  # fmt: skip
