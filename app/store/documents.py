"""Saving a source version and its claims: new, kept, changed, orphaned; one transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, text
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
from app.reconcile import Anchor, reconcile_claims
from app.store.events import INGEST_ACTOR, log_event, touch


@dataclass(frozen=True)
class DocumentOutcome:
    """What saving one document did."""

    source_id: int
    status: str  # "new", "updated" or "unchanged"
    new: int = 0
    kept: int = 0
    changed: int = 0
    orphaned: int = 0


def save_document(
    session: Session, source: SourceText, candidates: Sequence[ClaimCandidate], *, extractor: str
) -> DocumentOutcome:
    """Store a source version and its claims in one transaction; unchanged bytes change nothing."""
    _check_spans(source, candidates)
    try:
        outcome = _save(session, source, candidates, extractor)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return outcome


def _check_spans(source: SourceText, candidates: Sequence[ClaimCandidate]) -> None:
    for cand in candidates:
        if source.text[cand.start : cand.end] != cand.quote:
            raise ValueError(f"span [{cand.start}, {cand.end}) does not quote {cand.quote!r}")


def _save(
    session: Session, source: SourceText, candidates: Sequence[ClaimCandidate], extractor: str
) -> DocumentOutcome:
    row = session.exec(select(Source).where(Source.file_name == source.file_name)).first()
    if row is None:
        row = Source(file_name=source.file_name, version=1, **_source_fields(source))
        session.add(row)
        session.flush()
        assert row.id is not None
        _add_version(session, row, source, extractor)
        _insert_claims(session, row.id, 1, candidates, extractor)
        return DocumentOutcome(row.id, "new", new=len(candidates))
    assert row.id is not None
    if row.sha256 == source.sha256:
        return DocumentOutcome(row.id, "unchanged", kept=_count_live(session, row.id))
    row.version += 1
    row.sqlmodel_update(_source_fields(source))
    row.ingested_at = utcnow()
    _add_version(session, row, source, extractor)
    return _update_claims(session, row, source, candidates, extractor)


def _source_fields(source: SourceText) -> dict[str, Any]:
    meta = source.meta
    return {
        "sha256": source.sha256, "title": meta.title, "publisher": meta.publisher,
        "author": meta.author, "published": meta.published, "date_text": meta.date_text,
        "url": meta.url, "flags": list(source.flags), "encoding": source.encoding,
        "raw_text": source.raw_text, "text": source.text,
    }  # fmt: skip


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


def _insert_claims(
    session: Session, source_id: int, version: int, cands: Sequence[ClaimCandidate], extractor: str
) -> None:
    if not cands:
        return
    now = utcnow()
    rows = [
        {**_claim_fields(c), "source_id": source_id, "source_version": version,
         "extractor_version": extractor, "created_at": now, "updated_at": now}
        for c in cands
    ]  # fmt: skip
    # Core inserts: the ORM's bulk path costs more than the database on large ingests.
    claims, events_table = Claim.__table__, ClaimEvent.__table__  # type: ignore[attr-defined]
    connection = session.connection()
    statement = claims.insert().returning(claims.c.id, sort_by_parameter_order=True)
    ids = connection.execute(statement, rows).scalars().all()
    events = [
        {"claim_id": claim_id, "action": "created", "actor": INGEST_ACTOR, "at": now,
         "from_value": None, "to_value": _value_text(row),
         "note": f"status provisional, version {version}"}
        for claim_id, row in zip(ids, rows, strict=True)
    ]  # fmt: skip
    connection.execute(events_table.insert(), events)


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
    changed = 0
    for claim_id, cand in (*plan.kept, *plan.changed):
        changed += _move_claim(session, stored[claim_id], cand, row.version, extractor)
    for claim_id in plan.orphaned:
        _orphan_claim(session, stored[claim_id], row.version)
    _insert_claims(session, row.id, row.version, plan.added, extractor)
    kept = len(plan.kept) + len(plan.changed) - changed
    orphaned = sum(1 for claim_id in plan.orphaned if stored[claim_id].orphaned)
    return DocumentOutcome(row.id, "updated", len(plan.added), kept, changed, orphaned)


def _version_lengths(session: Session, source_id: int) -> dict[int, int]:
    query = select(SourceVersion.version, func.length(SourceVersion.text)).where(
        SourceVersion.source_id == source_id
    )
    return dict(session.exec(query).all())


def _move_claim(
    session: Session, claim: Claim, cand: ClaimCandidate, version: int, extractor: str
) -> int:
    """Re-point a claim at the new version; 1 when its value changed (back to not reviewed)."""
    assert claim.id is not None
    fields = _claim_fields(cand)
    before, after = _value_text(claim), _value_text(fields)
    was_orphan = claim.orphaned
    claim.sqlmodel_update(fields)
    claim.source_version, claim.extractor_version, claim.orphaned = version, extractor, False
    if was_orphan:
        log_event(session, claim, "restored", None, None, f"found again in version {version}")
    if before == after and not was_orphan:
        return 0
    if before != after:
        log_event(session, claim, "value_changed", before, after, f"source version {version}")
        if claim.reviewed or claim.status != "provisional":
            log_event(
                session, claim, "status_changed", claim.status, "provisional", "value changed"
            )
        claim.status, claim.reviewed = "provisional", False
    touch(claim)
    return int(before != after)


def _orphan_claim(session: Session, claim: Claim, version: int) -> None:
    if claim.orphaned:
        return
    claim.orphaned = True
    touch(claim)
    log_event(session, claim, "orphaned", None, None, f"not in source version {version}")


def _count_live(session: Session, source_id: int) -> int:
    query = select(func.count()).where(Claim.source_id == source_id, ~col(Claim.orphaned))
    return int(session.exec(query).one())


def optimize(session: Session) -> None:
    """Refresh the query planner's statistics after a large write."""
    dialect = session.get_bind().dialect.name
    session.execute(text("PRAGMA optimize" if dialect == "sqlite" else "ANALYZE"))
    session.commit()
