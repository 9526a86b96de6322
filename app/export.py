"""Exports of the whole database (JSON, JSONL, CSV, ClaimReview, CSL-JSON) and the appendix input.

The JSON export is lossless: `claims import` restores it (app/store/restore.py). Users, tokens
and web sessions are never exported.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlmodel import Session

from app import store
from app.appendix import AppendixEntry, CitedSource, ConflictNote, Figure, csl_item
from app.models import ClaimRead, SourceRead
from app.store import restore

EXPORT_FORMAT = "claimtrail-export/1"
CSV_COLUMNS = (
    "id", "source_id", "source_file", "source_title", "source_published", "source_flags",
    "quote", "start", "end", "kind", "low", "high", "open_high", "unit", "period", "subject",
    "role", "level", "region", "basis", "qualifiers", "status", "reviewed", "orphaned",
    "cluster", "conflict", "updated_at", "context",
)  # fmt: skip
ExportName = Literal["json", "jsonl", "csv", "claimreview", "csl-json"]
RATINGS = {"verified": (5, "Verified"), "rejected": (1, "Rejected")}


@dataclass(frozen=True)
class ExportFormat:
    """How one export format is rendered and served."""

    render: Callable[[dict[str, Any]], str]
    media_type: str
    filename: str


def export_data(session: Session) -> dict[str, Any]:
    """Every source (with its versions), claim (with its history), cluster and decision."""
    extras = restore.read_archive_extras(session)
    sources = store.list_sources(session)
    query = store.ClaimQuery(include_orphaned=True, limit=None)
    claims = store.list_claims(session, query=query).claims
    clusters = store.list_clusters(session)
    return {
        "format": EXPORT_FORMAT,
        "sources": [
            {**source.model_dump(mode="json"), **extras.texts[source.id],
             "versions": extras.versions.get(source.id, []),
             "date_reviews": extras.date_reviews.get(source.id, [])}
            for source in sources
        ],
        "claims": [
            {**claim.model_dump(mode="json"), **extras.anchors[claim.id],
             "history": extras.histories.get(claim.id, [])}
            for claim in claims
        ],
        "clusters": [cluster.model_dump(mode="json") for cluster in clusters],
        "decisions": extras.decisions,
    }  # fmt: skip


def render_json(data: dict[str, Any]) -> str:
    """The export as indented JSON."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_jsonl(data: dict[str, Any]) -> str:
    """One claim per line, as in the JSON export, for pipelines."""
    return "".join(json.dumps(claim, ensure_ascii=False) + "\n" for claim in data["claims"])


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


def render_claimreview(data: dict[str, Any]) -> str:
    """schema.org ClaimReview JSON-LD for every reviewed, live, verified or rejected claim."""
    sources = {source["id"]: source for source in data["sources"]}
    reviews = [
        claim_review(claim, sources[claim["source"]["id"]])
        for claim in data["claims"]
        if claim["reviewed"] and claim["status"] in RATINGS and not claim["orphaned"]
    ]
    graph = {"@context": "https://schema.org", "@graph": reviews}
    return json.dumps(graph, indent=2, ensure_ascii=False) + "\n"


def claim_review(claim: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    """One claim's ClaimReview: the claim as it appears in its source, rated by its status."""
    value, name = RATINGS[claim["status"]]
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": f"claim-{claim['id']}",
        "claimReviewed": claim["context"],
        "itemReviewed": {"@type": "Claim", "text": claim["quote"],
                         "appearance": _creative_work(source)},
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5,
                         "worstRating": 1, "alternateName": name},
    }  # fmt: skip
    decision = _review_event(claim)
    if decision is not None:
        review["author"] = {"@type": "Person", "name": decision["actor"]}
        review["datePublished"] = decision["at"][:10]
    return review


def _creative_work(source: dict[str, Any]) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": source["title"] or source["file"]}
    if source["url"]:
        work["url"] = source["url"]
    if source["published"]:
        work["datePublished"] = source["published"]
    if source["publisher"]:
        work["publisher"] = {"@type": "Organization", "name": source["publisher"]}
    if source["author"]:
        work["author"] = {"@type": "Person", "name": source["author"]}
    return work


def _review_event(claim: dict[str, Any]) -> dict[str, Any] | None:
    """The editor's decision that set the claim's current status: the last one to it."""
    decisions = [
        event for event in claim["history"]
        if event["action"] == "status_changed" and event["to_value"] == claim["status"]
    ]  # fmt: skip
    return decisions[-1] if decisions else None


def render_csl_json(data: dict[str, Any]) -> str:
    """The sources as CSL-JSON items, for reference managers."""
    items = [csl_item(cited_source(SourceRead.model_validate(s))) for s in data["sources"]]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def cited_source(source: SourceRead) -> CitedSource:
    """A source as the appendix and CSL-JSON cite it; accessed is the day it was read."""
    return CitedSource(
        id=source.id, file=source.file, title=source.title, publisher=source.publisher,
        author=source.author, published=source.published, url=source.url,
        accessed=source.ingested_at.date(), flags=tuple(source.flags),
    )  # fmt: skip


FORMATS: dict[str, ExportFormat] = {
    "json": ExportFormat(render_json, "application/json", "claimtrail-export.json"),
    "jsonl": ExportFormat(render_jsonl, "application/jsonl", "claimtrail-claims.jsonl"),
    "csv": ExportFormat(render_csv, "text/csv; charset=utf-8", "claimtrail-claims.csv"),
    "claimreview": ExportFormat(
        render_claimreview, "application/ld+json", "claimtrail-claimreview.jsonld"
    ),
    "csl-json": ExportFormat(
        render_csl_json, "application/vnd.citationstyles.csl+json", "claimtrail-sources.json"
    ),
}


def render_export(session: Session, format: str) -> str:
    """The whole database in one of FORMATS."""
    return FORMATS[format].render(export_data(session))


def appendix_entries(session: Session, *, statuses: Sequence[str]) -> list[AppendixEntry]:
    """The live claims with these statuses, in (source, position) order, with conflict notes."""
    live = store.list_claims(session, query=store.ClaimQuery(limit=None)).claims
    sources = {source.id: cited_source(source) for source in store.list_sources(session)}
    members: dict[str, list[ClaimRead]] = {}
    for claim in live:
        if claim.cluster and claim.status != "rejected":
            members.setdefault(claim.cluster, []).append(claim)
    return [
        AppendixEntry(
            claim_id=claim.id, subject=claim.subject, context=claim.context, quote=claim.quote,
            status=claim.status, figure=_figure(claim), source=sources[claim.source.id],
            conflict=_conflict(claim, members.get(claim.cluster or "", []), sources),
        )
        for claim in live
        if claim.status in statuses and claim.status != "rejected"
    ]  # fmt: skip


def _figure(claim: ClaimRead) -> Figure:
    value = claim.value
    return Figure(value.low, value.high, value.unit, value.period, value.open_high)


def _conflict(
    claim: ClaimRead, members: list[ClaimRead], sources: dict[int, CitedSource]
) -> ConflictNote | None:
    """Other sources of a conflicting cluster, by whether their values lie above or below."""
    if not claim.conflict or claim.cluster is None:
        return None
    mine = _middle(claim)
    higher: dict[int, CitedSource] = {}
    lower: dict[int, CitedSource] = {}
    for other in members:
        same_scale = (other.value.unit, other.value.period) == (claim.value.unit,
                                                                claim.value.period)  # fmt: skip
        theirs = _middle(other)
        if other.source.id == claim.source.id or not same_scale:
            continue
        if mine is not None and theirs is not None and theirs != mine:
            side = higher if theirs > mine else lower
            side.setdefault(other.source.id, sources[other.source.id])
    if not higher and not lower:
        return None
    return ConflictNote(
        cluster=claim.cluster,
        higher=tuple(higher[key] for key in sorted(higher)),
        lower=tuple(lower[key] for key in sorted(lower)),
    )


def _middle(claim: ClaimRead) -> float | None:
    low, high = claim.value.low, claim.value.high
    if low is None or high is None or claim.value.open_high:
        return low if low is not None else high
    return (low + high) / 2
