"""Reading claims and sources, and an editor's review of a claim."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Text, cast, func, or_, tuple_, update
from sqlalchemy.orm import load_only
from sqlmodel import Session, col, select

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
    utcnow,
)

_SUMMARY_COLUMNS = ("id", "file_name", "title", "publisher", "published", "flags")


class NotFoundError(LookupError):
    """No row with that id."""


class StaleVersionError(RuntimeError):
    """The row changed since the caller read it."""

    def __init__(self, current: ClaimDetail) -> None:
        super().__init__(f"claim {current.id} is at version {current.version}")
        self.current = current


@dataclass(frozen=True)
class ClaimQuery:
    """Filters for list_claims; empty means everything."""

    statuses: tuple[str, ...] = ()
    kind: str | None = None
    source: str | None = None  # a source id or file name
    reviewed: bool | None = None
    include_orphaned: bool = False
    cluster: str | None = None
    conflict: bool | None = None
    flag: str | None = None  # a source flag, e.g. future-date
    text: str | None = None  # words to find in the context or subject, case-insensitive
    min_value: float | None = None  # claims whose range reaches at least this
    max_value: float | None = None  # claims whose range reaches at most this
    updated_since: datetime | None = None
    after: tuple[int, int, int] | None = None  # keyset cursor: (source id, start, claim id)
    limit: int | None = 50
    offset: int = 0
    count_limit: int | None = None  # count at most this many and one more ("10,000+")
    by_id: bool = False  # in claim id order (a cluster's, from its index) instead; no `after`


@dataclass(frozen=True)
class Review:
    """One claim's new status, and the version the editor saw (None: no check)."""

    claim_id: int
    status: str
    expected_version: int | None = None


def review_claim(
    session: Session,
    claim_id: int,
    *,
    status: str,
    actor: str,
    note: str | None = None,
    expected_version: int | None = None,
    reviewed: bool = True,
) -> ClaimDetail:
    """Set a claim's status as an editor's judgment, logged; refuses a stale `expected_version`.

    `reviewed=False` only for an undo that returns a claim to its unreviewed state.
    """
    review = Review(claim_id, status, expected_version)
    _apply_reviews(session, [review], actor=actor, note=note, reviewed=reviewed)
    session.flush()
    # The answer (and the ETag built from it) is the version this change wrote, read before
    # the commit: after it, another editor's change could already be there and be named.
    written = _detail(session, _fresh(session, claim_id))
    session.commit()
    return written


def review_claims(
    session: Session,
    reviews: Sequence[Review],
    *,
    actor: str,
    note: str | None = None,
    reviewed: bool = True,
) -> None:
    """Set several claims' statuses in one transaction: all saved, or none when one is stale.

    Raises NotFoundError for a missing claim and StaleVersionError (with the first stale
    claim as it is now) before anything is written.
    """
    _apply_reviews(session, reviews, actor=actor, note=note, reviewed=reviewed)
    session.commit()


def _apply_reviews(
    session: Session,
    reviews: Sequence[Review],
    *,
    actor: str,
    note: str | None,
    reviewed: bool,
) -> None:
    """Check every version, then write every status and event; the caller commits."""
    ordered = sorted(reviews, key=lambda r: r.claim_id)  # one lock order for every writer
    ids = [r.claim_id for r in ordered]
    claims = {c.id: c for c in session.exec(select(Claim).where(col(Claim.id).in_(ids)))}
    missing = [str(i) for i in ids if i not in claims]
    if missing:
        raise NotFoundError(f"claim {', '.join(missing)} not found")
    for review in ordered:
        claim = claims[review.claim_id]
        if review.expected_version is not None and claim.version != review.expected_version:
            session.rollback()
            raise StaleVersionError(_detail(session, claim))
    now = utcnow()
    for review in ordered:
        claim = claims[review.claim_id]
        before = claim.status  # the update below refreshes the loaded claim
        guard = update(Claim).where(col(Claim.id) == claim.id, col(Claim.version) == claim.version)
        values = {"status": review.status, "reviewed": reviewed, "version": claim.version + 1}
        bumped = session.execute(guard.values(**values, updated_at=now))
        if bumped.rowcount != 1:  # type: ignore[attr-defined]
            session.rollback()  # a writer got in between our read and this update
            raise StaleVersionError(_detail(session, _fresh(session, review.claim_id)))
        event = ClaimEvent(claim_id=review.claim_id, action="status_changed", actor=actor,
                           from_value=before, to_value=review.status, note=note)  # fmt: skip
        session.add(event)


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
    where = _claim_filters(session, query)
    total = _count(session, where, limit=query.count_limit)
    order = (col(Claim.source_id), col(Claim.start), col(Claim.id))
    rows = select(Claim).where(*where).offset(query.offset)
    rows = rows.order_by(col(Claim.id)) if query.by_id else rows.order_by(*order)
    if query.after is not None and not query.by_id:
        rows = rows.where(tuple_(*order) > tuple_(*query.after))
    if query.limit is not None:
        rows = rows.limit(query.limit + 1)  # one more says whether a next page exists
    claims = list(session.exec(rows))
    more = query.limit is not None and len(claims) > query.limit
    claims = claims[: query.limit] if more else claims
    summaries = _summaries(session, {c.source_id for c in claims})
    items = [_claim_read(c, summaries[c.source_id]) for c in claims]
    last = claims[-1] if more else None
    cursor = f"{last.source_id}:{last.start}:{last.id}" if last is not None else None
    return ClaimPage(claims=items, total=total, cursor=cursor)


def _count(session: Session, where: list[Any], *, limit: int | None) -> int:
    """Claims matching `where`; with a `limit`, at most limit + 1 (counting stops there)."""
    if limit is None:
        return int(session.exec(select(func.count()).select_from(Claim).where(*where)).one())
    capped = select(col(Claim.id)).where(*where).limit(limit + 1).subquery()
    return int(session.exec(select(func.count()).select_from(capped)).one())


def _claim_filters(session: Session, query: ClaimQuery) -> list[Any]:
    where = _value_filters(query)
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
    if query.flag:
        flagged = [s.id for s in session.exec(select(Source)) if query.flag in s.flags]
        where.append(col(Claim.source_id).in_(flagged))
    return where


def _value_filters(query: ClaimQuery) -> list[Any]:
    where: list[Any] = []
    if query.cluster:
        where.append(Claim.cluster_key == query.cluster)
    if query.conflict is not None:
        where.append(Claim.conflict == query.conflict)
    if query.text:
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", query.text) + "%"
        where.append(
            or_(
                col(Claim.context).ilike(pattern, escape="\\"),
                col(Claim.subject).ilike(pattern, escape="\\"),
            )
        )
    if query.min_value is not None:
        where.append(func.coalesce(Claim.high, Claim.low) >= query.min_value)
    if query.max_value is not None:
        where.append(func.coalesce(Claim.low, Claim.high) <= query.max_value)
    if query.updated_since is not None:
        where.append(col(Claim.updated_at) >= query.updated_since)
    return where


def list_sources(session: Session) -> list[SourceRead]:
    """Every source, by id."""
    sources = session.exec(select(Source).order_by(col(Source.id)))
    return [_source_read(source) for source in sources]


def list_source_summaries(session: Session, *, limit: int | None = None) -> list[SourceSummary]:
    """Sources by id, their texts left unread (what a menu or a table of sources needs)."""
    light = load_only(*(getattr(Source, name) for name in _SUMMARY_COLUMNS))
    rows = session.exec(select(Source).options(light).order_by(col(Source.id)).limit(limit))
    return [_summary(source) for source in rows]


def count_flagged_sources(session: Session) -> tuple[int, int]:
    """How many sources there are, and how many carry at least one flag."""
    total = count_sources(session)
    # The unflagged are counted by seeking ix_source_flags; the flagged would be read whole.
    unflagged = select(func.count()).where(cast(Source.flags, Text) == "[]")
    return total, total - int(session.exec(unflagged).one())


def get_source(session: Session, source_id: int) -> SourceRead:
    """One source's metadata, flags and version."""
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(f"source {source_id} not found")
    return _source_read(source)


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
        orphaned=claim.orphaned, version=claim.version, cluster=claim.cluster_key,
        conflict=claim.conflict, updated_at=claim.updated_at,
    )  # fmt: skip
