"""Saving a source version and its claims: new, kept, changed, orphaned; one transaction.

The same bytes read by an older extractor are read again (`reread_document`): the claims are
paired by offset, a changed value goes back to review, and what the new reading drops is
orphaned, never deleted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, bindparam, func
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from app.extract import ClaimCandidate
from app.ingest import SourceText
from app.models import (
    Claim,
    ClaimEvent,
    Source,
    SourceVersion,
    utcnow,
)
from app.reconcile import Anchor, Reconciliation, StoredSpan, pair_rereading, reconcile_claims
from app.store.driver import execute_row, insert_rows, insert_statement
from app.store.events import INGEST_ACTOR, log_event, touch


@dataclass(frozen=True)
class DocumentOutcome:
    """What saving one document did."""

    source_id: int
    status: str  # "new", "updated", "reread" or "unchanged"
    new: int = 0
    kept: int = 0
    changed: int = 0
    orphaned: int = 0


def save_document(
    session: Session, source: SourceText, candidates: Sequence[ClaimCandidate], *, extractor: str
) -> DocumentOutcome:
    """Store a source version and its claims in one transaction; unchanged bytes change nothing."""
    _check_spans(source.text, candidates)
    return _committed(session, lambda: _save(session, source, candidates, extractor))


def unchanged_document(
    session: Session, source: SourceText, *, extractor: str
) -> DocumentOutcome | None:
    """The outcome of saving `source` when its bytes are stored and `extractor` read them (so
    there is nothing to read or write), else None."""
    found = execute_row(session.connection(), _FIND_SOURCE, {"file_name": source.file_name})
    outcome = _unchanged(session, found, source, extractor)
    session.commit()  # end the read's transaction, as a save would
    return outcome


def _unchanged(
    session: Session, found: Sequence[Any], source: SourceText, extractor: str
) -> DocumentOutcome | None:
    """Nothing to save: `found` (from _FIND_SOURCE) holds these bytes, read by `extractor`."""
    if not found or tuple(found[0])[1:] != (source.sha256, extractor):
        return None
    known_id = found[0][0]
    return DocumentOutcome(known_id, "unchanged", kept=_count_live(session, known_id))


def _committed(session: Session, write: Callable[[], DocumentOutcome]) -> DocumentOutcome:
    """What `write` did, committed; or none of it, rolled back."""
    try:
        outcome = write()
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return outcome


def _check_spans(text: str, candidates: Sequence[ClaimCandidate]) -> None:
    for cand in candidates:
        if text[cand.start : cand.end] != cand.quote:
            raise ValueError(f"span [{cand.start}, {cand.end}) does not quote {cand.quote!r}")


def _save(
    session: Session, source: SourceText, candidates: Sequence[ClaimCandidate], extractor: str
) -> DocumentOutcome:
    # The id and hash only: a whole row would read both texts back for every known source.
    connection = session.connection()
    found = execute_row(connection, _FIND_SOURCE, {"file_name": source.file_name})
    unchanged = _unchanged(session, found, source, extractor)
    if unchanged is not None:
        return unchanged
    if not found:
        source_id = _insert_source(connection, source, extractor)
        _insert_claims(session, source_id, 1, candidates, extractor, new_source=True)
        return DocumentOutcome(source_id, "new", new=len(candidates))
    known_id, sha256, _ = found[0]
    stored = session.get_one(Source, known_id)
    if sha256 == source.sha256 and stored.text == source.text:
        return _reread(session, stored, candidates, extractor)
    stored.version += 1
    stored.sqlmodel_update(_source_fields(source))
    stored.ingested_at = utcnow()
    _add_version(session, stored, source, extractor)
    return _update_claims(session, stored, source, candidates, extractor)


# Statements run on every document: compiled once (see app.store.driver), as a new document
# spends more on SQLAlchemy's per-statement work than on SQLite's.
_SOURCES = Source.__table__  # type: ignore[attr-defined]
_CLAIMS = Claim.__table__  # type: ignore[attr-defined]
_VERSIONS = SourceVersion.__table__  # type: ignore[attr-defined]
_LATEST_VERSION = and_(
    _VERSIONS.c.source_id == _SOURCES.c.id, _VERSIONS.c.version == _SOURCES.c.version
)
# A source, its latest bytes and the extractor that read them.
_FIND_SOURCE = (
    select(_SOURCES.c.id, _SOURCES.c.sha256, _VERSIONS.c.extractor_version)
    .join(_VERSIONS, _LATEST_VERSION)
    .where(_SOURCES.c.file_name == bindparam("file_name"))
)
_LAST_CLAIM = select(func.max(_CLAIMS.c.id)).where(_CLAIMS.c.source_id == bindparam("sid"))
# Ids grow in insertion order within a transaction, on SQLite and PostgreSQL alike;
# RETURNING in parameter order would cost SQLite one statement per claim.
_NEW_CLAIMS = (
    select(_CLAIMS.c.id)
    .where(_CLAIMS.c.source_id == bindparam("sid"), _CLAIMS.c.id > bindparam("first"))
    .order_by(_CLAIMS.c.id)
)


def _insert_source(connection: Connection, source: SourceText, extractor: str) -> int:
    """A new source and its first version, each in one compiled statement."""
    now = utcnow()
    values = {"file_name": source.file_name, "version": 1, "ingested_at": now}
    statement = insert_statement(_SOURCES, (*values, *_SOURCE_FIELDS), returning=True)
    ((source_id,),) = execute_row(connection, statement, values | _source_fields(source))
    version = {"source_id": source_id, "version": 1, "sha256": source.sha256,
               "raw_text": source.raw_text, "text": source.text,
               "extractor_version": extractor, "ingested_at": now}  # fmt: skip
    execute_row(connection, insert_statement(SourceVersion.__table__, tuple(version)), version)  # type: ignore[attr-defined]
    return int(source_id)


_SOURCE_FIELDS = (
    "sha256", "title", "publisher", "author", "published", "date_text", "url", "flags",
    "encoding", "raw_text", "text",
)  # fmt: skip


def _source_fields(source: SourceText) -> dict[str, Any]:
    meta = source.meta
    values = (
        source.sha256, meta.title, meta.publisher, meta.author, meta.published, meta.date_text,
        meta.url, list(source.flags), source.encoding, source.raw_text, source.text,
    )  # fmt: skip
    return dict(zip(_SOURCE_FIELDS, values, strict=True))


def _add_version(session: Session, row: Source, source: SourceText, extractor: str) -> None:
    assert row.id is not None
    session.add(
        SourceVersion(
            source_id=row.id,
            version=row.version,
            sha256=source.sha256,
            raw_text=source.raw_text,
            text=source.text,
            extractor_version=extractor,
        )
    )


def _claim_fields(cand: ClaimCandidate) -> dict[str, Any]:
    return {
        "quote": cand.quote, "start": cand.start, "end": cand.end, "prefix": cand.prefix,
        "suffix": cand.suffix, "context": cand.context, "context_start": cand.context_start,
        "kind": cand.kind, "low": cand.low, "high": cand.high, "open_high": cand.open_high,
        "unit": cand.unit, "period": cand.period, "subject": cand.subject,
        "qualifiers": dict(cand.qualifiers),
    }  # fmt: skip


def _value_text(fields: dict[str, Any] | Claim) -> str:
    get = fields.get if isinstance(fields, dict) else lambda key: getattr(fields, key)
    keys = ("kind", "low", "high", "open_high", "unit", "period")
    return json.dumps({key: get(key) for key in keys}, sort_keys=True)


def _candidate_value_text(cand: ClaimCandidate) -> str:
    """_value_text of a candidate."""
    return _value_json(cand.high, cand.kind, cand.low, cand.open_high, cand.period, cand.unit)


@lru_cache(maxsize=4096)
def _value_json(
    high: float | None, kind: str, low: float | None, open_high: bool, period: str | None, unit: str
) -> str:
    # Keys in sorted order (json.dumps' fast path); cached, as values recur across documents.
    value = {"high": high, "kind": kind, "low": low, "open_high": open_high, "period": period,
             "unit": unit}  # fmt: skip
    return json.dumps(value)


_CLAIM_COLUMNS = (
    "quote", "start", "end", "prefix", "suffix", "context", "context_start", "kind", "low",
    "high", "open_high", "unit", "period", "subject", "qualifiers",
)  # fmt: skip
_EVENT_COLUMNS = ("claim_id", "to_value")


def _insert_claims(
    session: Session,
    source_id: int,
    version: int,
    cands: Sequence[ClaimCandidate],
    extractor: str,
    *,
    new_source: bool = False,
    note: str | None = None,
) -> None:
    """New claims and their 'created' events, as two driver-level executemany calls."""
    if not cands:
        return
    now = utcnow()
    claims, events = Claim.__table__, ClaimEvent.__table__  # type: ignore[attr-defined]
    connection = session.connection()
    rows = [
        (c.quote, c.start, c.end, c.prefix, c.suffix, c.context, c.context_start, c.kind,
         c.low, c.high, c.open_high, c.unit, c.period, c.subject, dict(c.qualifiers))
        for c in cands
    ]  # fmt: skip
    same = {"source_id": source_id, "source_version": version, "extractor_version": extractor,
            "status": "provisional", "reviewed": False, "orphaned": False, "version": 1,
            "conflict": False, "created_at": now, "updated_at": now}  # fmt: skip
    # A source inserted in this transaction has no claims yet: one query less per new document.
    first = 0 if new_source else _last_claim_id(connection, source_id)
    insert_rows(connection, claims, _CLAIM_COLUMNS, rows, same=same)
    ids = [i for (i,) in execute_row(connection, _NEW_CLAIMS, {"sid": source_id, "first": first})]
    if len(ids) != len(rows):
        raise RuntimeError(f"inserted {len(rows)} claims, found {len(ids)}")
    same = {"action": "created", "actor": INGEST_ACTOR, "at": now, "from_value": None,
            "note": note or f"status provisional, version {version}"}  # fmt: skip
    values = [(i, _candidate_value_text(c)) for i, c in zip(ids, cands, strict=True)]
    insert_rows(connection, events, _EVENT_COLUMNS, values, same=same)


def _last_claim_id(connection: Connection, source_id: int) -> int:
    ((last,),) = execute_row(connection, _LAST_CLAIM, {"sid": source_id})
    return int(last or 0)


def _update_claims(
    session: Session,
    row: Source,
    source: SourceText,
    cands: Sequence[ClaimCandidate],
    extractor: str,
) -> DocumentOutcome:
    assert row.id is not None
    stored = {c.id: c for c in session.exec(select(Claim).where(Claim.source_id == row.id))}
    lengths = _version_lengths(session, row.id)
    anchors = [
        Anchor(c.id, c.quote, c.prefix, c.suffix, c.start / max(lengths[c.source_version], 1))
        for c in stored.values()
        if c.id is not None
    ]
    plan = reconcile_claims(anchors, cands, text_length=len(source.text))
    why = _Occasion.new_version(row.version, extractor)
    return _apply(session, row, stored, plan, why, status="updated")


@dataclass(frozen=True)
class _Occasion:
    """Why claims moved: the extractor that read them and the notes their events carry."""

    extractor: str
    changed: str
    orphaned: str
    restored: str
    created: str | None = None  # None: "created" events say the source version

    @classmethod
    def new_version(cls, version: int, extractor: str) -> _Occasion:
        return cls(extractor, f"source version {version}", f"not in source version {version}",
                   f"found again in version {version}")  # fmt: skip

    @classmethod
    def rereading(cls, extractor: str) -> _Occasion:
        return cls(extractor, f"re-read by extractor {extractor}",
                   f"not read by extractor {extractor}", f"read again by extractor {extractor}",
                   f"status provisional, read by extractor {extractor}")  # fmt: skip


def _apply(
    session: Session,
    row: Source,
    stored: dict[int | None, Claim],
    plan: Reconciliation,
    why: _Occasion,
    *,
    status: str,
) -> DocumentOutcome:
    """Move, orphan and add claims as `plan` says; the counts."""
    assert row.id is not None
    changed = 0
    for claim_id, cand in (*plan.kept, *plan.changed):
        changed += _move_claim(session, stored[claim_id], cand, row.version, why)
    for claim_id in plan.orphaned:
        _orphan_claim(session, stored[claim_id], why)
    _insert_claims(session, row.id, row.version, plan.added, why.extractor, note=why.created)
    kept = len(plan.kept) + len(plan.changed) - changed
    orphaned = sum(1 for claim_id in plan.orphaned if stored[claim_id].orphaned)
    return DocumentOutcome(row.id, status, len(plan.added), kept, changed, orphaned)


def _reread(
    session: Session, row: Source, cands: Sequence[ClaimCandidate], extractor: str
) -> DocumentOutcome:
    """The latest version's claims paired with a newer extractor's reading of the same text."""
    # Claims orphaned in an earlier version point into that version's text: left as they are.
    query = select(Claim).where(Claim.source_id == row.id, Claim.source_version == row.version)
    stored = {c.id: c for c in session.exec(query)}
    spans = [StoredSpan(c.id, c.start, c.end) for c in stored.values() if c.id is not None]
    outcome = _apply(
        session, row, stored, pair_rereading(spans, cands), _Occasion.rereading(extractor),
        status="reread",
    )  # fmt: skip
    latest = session.exec(
        select(SourceVersion).where(
            SourceVersion.source_id == row.id, SourceVersion.version == row.version
        )
    ).one()
    latest.extractor_version = extractor
    return outcome


def reread_document(
    session: Session, source_id: int, candidates: Sequence[ClaimCandidate], *, extractor: str
) -> DocumentOutcome:
    """Store a newer extractor's reading of a stored source's text, in one transaction."""
    row = session.get_one(Source, source_id)
    _check_spans(row.text, candidates)
    return _committed(session, lambda: _reread(session, row, candidates, extractor))


def get_source_text(session: Session, source_id: int) -> str:
    """The repaired text of a source's latest version: what its claims point into."""
    return session.get_one(Source, source_id).text


def list_stale_sources(session: Session, *, extractor: str) -> list[tuple[int, str]]:
    """Sources whose latest version another extractor read: (id, file name), by id."""
    query = (
        select(_SOURCES.c.id, _SOURCES.c.file_name)
        .join(_VERSIONS, _LATEST_VERSION)
        .where(_VERSIONS.c.extractor_version != extractor)
        .order_by(_SOURCES.c.id)
    )
    return [(int(i), str(name)) for i, name in session.execute(query).all()]


def _version_lengths(session: Session, source_id: int) -> dict[int, int]:
    query = select(SourceVersion.version, func.length(SourceVersion.text)).where(
        SourceVersion.source_id == source_id
    )
    return dict(session.exec(query).all())


def _move_claim(
    session: Session, claim: Claim, cand: ClaimCandidate, version: int, why: _Occasion
) -> int:
    """Re-point a claim at the new version; 1 when its value changed (back to not reviewed)."""
    assert claim.id is not None
    fields = _claim_fields(cand)
    before, after = _value_text(claim), _value_text(fields)
    was_orphan = claim.orphaned
    claim.sqlmodel_update(fields)
    claim.source_version, claim.extractor_version, claim.orphaned = version, why.extractor, False
    if was_orphan:
        log_event(session, claim, "restored", None, None, why.restored)
    if before == after and not was_orphan:
        return 0
    if before != after:
        log_event(session, claim, "value_changed", before, after, why.changed)
        if claim.reviewed or claim.status != "provisional":
            log_event(
                session, claim, "status_changed", claim.status, "provisional", "value changed"
            )
        claim.status, claim.reviewed = "provisional", False
    touch(claim)
    return int(before != after)


def _orphan_claim(session: Session, claim: Claim, why: _Occasion) -> None:
    if claim.orphaned:
        return
    claim.orphaned = True
    touch(claim)
    log_event(session, claim, "orphaned", None, None, why.orphaned)


def _count_live(session: Session, source_id: int) -> int:
    query = select(func.count()).where(Claim.source_id == source_id, ~col(Claim.orphaned))
    return int(session.exec(query).one())
