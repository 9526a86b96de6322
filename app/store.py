"""The only module that queries: save_*, get_*, list_*, review_*; one transaction per write."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.orm import load_only
from sqlmodel import Session, col, select

from app.extract import ClaimCandidate
from app.ingest import SourceText
from app.models import (
    Claim,
    ClaimDetail,
    ClaimEvent,
    ClaimEventRead,
    ClaimPage,
    ClaimRead,
    ClaimValue,
    Source,
    SourceRead,
    SourceSummary,
    SourceVersion,
    utcnow,
)
from app.reconcile import Anchor, reconcile_claims

INGEST_ACTOR = "ingest"
_SUMMARY_COLUMNS = ("id", "file_name", "title", "publisher", "published", "flags")


class NotFoundError(LookupError):
    """No row with that id."""


class StaleVersionError(RuntimeError):
    """The row changed since the caller read it."""

    def __init__(self, current: ClaimDetail) -> None:
        super().__init__(f"claim {current.id} is at version {current.version}")
        self.current = current


@dataclass(frozen=True)
class DocumentOutcome:
    """What saving one document did."""

    source_id: int
    status: str  # "new", "updated" or "unchanged"
    new: int = 0
    kept: int = 0
    changed: int = 0
    orphaned: int = 0


@dataclass(frozen=True)
class ClaimQuery:
    """Filters for list_claims; empty means everything."""

    statuses: tuple[str, ...] = ()
    kind: str | None = None
    source: str | None = None  # a source id or file name
    reviewed: bool | None = None
    include_orphaned: bool = False
    limit: int | None = 50
    offset: int = 0


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
        _log(session, claim, "restored", None, None, f"found again in version {version}")
    if before == after and not was_orphan:
        return 0
    if before != after:
        _log(session, claim, "value_changed", before, after, f"source version {version}")
        if claim.reviewed or claim.status != "provisional":
            _log(session, claim, "status_changed", claim.status, "provisional", "value changed")
        claim.status, claim.reviewed = "provisional", False
    _touch(claim)
    return int(before != after)


def _orphan_claim(session: Session, claim: Claim, version: int) -> None:
    if claim.orphaned:
        return
    claim.orphaned = True
    _touch(claim)
    _log(session, claim, "orphaned", None, None, f"not in source version {version}")


def _touch(claim: Claim) -> None:
    claim.version += 1
    claim.updated_at = utcnow()


def _log(
    session: Session,
    claim: Claim,
    action: str,
    before: str | None,
    after: str | None,
    note: str | None,
    actor: str = INGEST_ACTOR,
) -> None:
    assert claim.id is not None
    event = ClaimEvent(claim_id=claim.id, action=action, actor=actor, from_value=before)
    event.to_value, event.note = after, note
    session.add(event)


def _count_live(session: Session, source_id: int) -> int:
    query = select(func.count()).where(Claim.source_id == source_id, ~col(Claim.orphaned))
    return int(session.exec(query).one())


def review_claim(
    session: Session,
    claim_id: int,
    *,
    status: str,
    actor: str,
    note: str | None = None,
    expected_version: int | None = None,
) -> ClaimDetail:
    """Set a claim's status as an editor's judgment, logged; refuses a stale `expected_version`."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"claim {claim_id} not found")
    if expected_version is not None and claim.version != expected_version:
        raise StaleVersionError(_detail(session, claim))
    guard = update(Claim).where(col(Claim.id) == claim_id, col(Claim.version) == claim.version)
    bumped = session.execute(
        guard.values(status=status, reviewed=True, version=claim.version + 1, updated_at=utcnow())
    )
    if bumped.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise StaleVersionError(_detail(session, _fresh(session, claim_id)))
    session.add(
        ClaimEvent(
            claim_id=claim_id,
            action="status_changed",
            actor=actor,
            from_value=claim.status,
            to_value=status,
            note=note,
        )
    )
    session.commit()
    return _detail(session, _fresh(session, claim_id))


def _fresh(session: Session, claim_id: int) -> Claim:
    session.expire_all()
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"claim {claim_id} not found")
    return claim


def get_claim(session: Session, claim_id: int) -> ClaimDetail:
    """One claim with its source facts and full history."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"claim {claim_id} not found")
    return _detail(session, claim)


def _detail(session: Session, claim: Claim) -> ClaimDetail:
    events = session.exec(
        select(ClaimEvent).where(ClaimEvent.claim_id == claim.id).order_by(col(ClaimEvent.id))
    )
    history = [ClaimEventRead.model_validate(event, from_attributes=True) for event in events]
    source = session.get(Source, claim.source_id)
    assert source is not None
    read = _claim_read(claim, _summary(source))
    return ClaimDetail(**read.model_dump(), history=history)


def list_claims(session: Session, *, query: ClaimQuery) -> ClaimPage:
    """A page of claims matching `query`, in stable (source, position) order, and the total."""
    where = _claim_filters(query)
    total = session.exec(select(func.count()).select_from(Claim).where(*where)).one()
    rows = (
        select(Claim).where(*where).order_by(col(Claim.source_id), col(Claim.start), col(Claim.id))
    )
    rows = rows.offset(query.offset)
    if query.limit is not None:
        rows = rows.limit(query.limit)
    claims = list(session.exec(rows))
    summaries = _summaries(session, {c.source_id for c in claims})
    items = [_claim_read(c, summaries[c.source_id]) for c in claims]
    return ClaimPage(claims=items, total=int(total))


def _claim_filters(query: ClaimQuery) -> list[Any]:
    where: list[Any] = []
    if query.statuses:
        where.append(col(Claim.status).in_(query.statuses))
    if query.kind:
        where.append(Claim.kind == query.kind)
    if query.reviewed is not None:
        where.append(Claim.reviewed == query.reviewed)
    if not query.include_orphaned:
        where.append(~col(Claim.orphaned))
    if query.source:
        ids = select(Source.id).where(Source.file_name == query.source)
        if query.source.isdigit():
            ids = select(Source.id).where(Source.id == int(query.source))
        where.append(col(Claim.source_id).in_(ids))
    return where


def list_sources(session: Session) -> list[SourceRead]:
    """Every source, by id."""
    sources = session.exec(select(Source).order_by(col(Source.id)))
    return [_source_read(source) for source in sources]


def count_sources(session: Session) -> int:
    """How many sources are stored."""
    return int(session.exec(select(func.count()).select_from(Source)).one())


def _summaries(session: Session, ids: set[int]) -> dict[int, SourceSummary]:
    if not ids:
        return {}
    light = load_only(*(getattr(Source, name) for name in _SUMMARY_COLUMNS))
    rows = session.exec(select(Source).options(light).where(col(Source.id).in_(ids)))
    return {summary.id: summary for summary in map(_summary, rows)}


def _summary(source: Source) -> SourceSummary:
    assert source.id is not None
    return SourceSummary(
        id=source.id, file=source.file_name, title=source.title,
        publisher=source.publisher, published=source.published, flags=list(source.flags),
    )  # fmt: skip


def _source_read(source: Source) -> SourceRead:
    summary = _summary(source).model_dump()
    return SourceRead(
        **summary, author=source.author, date_text=source.date_text, url=source.url,
        text_length=len(source.text), sha256=source.sha256, version=source.version,
        encoding=source.encoding, ingested_at=source.ingested_at,
    )  # fmt: skip


def _claim_read(claim: Claim, source: SourceSummary) -> ClaimRead:
    assert claim.id is not None
    value = ClaimValue(
        low=claim.low, high=claim.high, open_high=claim.open_high,
        unit=claim.unit, period=claim.period,
    )  # fmt: skip
    return ClaimRead(
        id=claim.id, source=source, quote=claim.quote, span=(claim.start, claim.end),
        context=claim.context, kind=claim.kind, value=value, subject=claim.subject,
        qualifiers=dict(claim.qualifiers), status=claim.status, reviewed=claim.reviewed,
        orphaned=claim.orphaned, version=claim.version, updated_at=claim.updated_at,
    )  # fmt: skip
