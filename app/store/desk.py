"""What the review desk reads beyond claims and clusters: counts, the queue, who set a status.

Counts and the queue come from `clustertally`, which triggers keep in step with `claim`
(migration 0007_desk_counts), so the desk never counts claims one by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, desc, func, literal, or_, union_all
from sqlalchemy import select as select_rows
from sqlmodel import Field, Session, SQLModel, col, select

from app.models import (
    Claim,
    ClaimEvent,
    ClaimRead,
    ClaimValue,
    Cluster,
    ClusterTally,
    Source,
)
from app.store.claims import ClaimQuery, NotFoundError, count_flagged_sources, list_claims
from app.store.claims import _claim_filters as claim_filters  # one definition of the filters
from app.store.clusters import _cluster_read as cluster_read  # one shape of a cluster
from app.store.sources import reviewed_dates

STATUS_CHANGED = "status_changed"
_UNDO_NOTE = re.compile(r"undo of change #(\d+)")


class DeskCounts(SQLModel):
    """How far the review has come, over live (not orphaned) claims."""

    claims: int
    verified: int
    provisional: int
    rejected: int
    reviewed: int = Field(description="Claims an editor has judged")
    conflicts_open: int = Field(description="Conflicting clusters with unreviewed claims")
    sources: int
    sources_flagged: int = Field(description="Sources with at least one flag")


class QueueItem(SQLModel):
    """A cluster waiting for review."""

    key: str
    label: str
    conflict: bool
    relation: str
    claims: int
    unreviewed: int


class DeskRead(SQLModel):
    """The desk: counts and the review queue, conflicting clusters first."""

    counts: DeskCounts
    queue: list[QueueItem]
    queue_total: int = Field(description="Clusters with unreviewed claims, on all pages")


class StatusSetter(SQLModel):
    """Who last set a claim's status, and when."""

    actor: str
    at: datetime
    note: str | None


class ValueRange(SQLModel):
    """Claims stating one range with one status, from one source or (in a large cluster) more:
    a bar of the chart."""

    label: str = Field(description="The first claim's source: title, or file name")
    sources: int = Field(description="How many sources state it")
    claims: int = Field(description="How many claims state it")
    first_claim: int = Field(description="The lowest claim id among them")
    low: float | None
    high: float | None
    open_high: bool
    unit: str
    period: str | None
    status: str


class ClusterHead(SQLModel):
    """A cluster as its page heads it: a ClusterRead, its sources counted rather than listed."""

    id: str
    label: str
    relation: str
    spread: float | None
    consensus: ClaimValue | None
    conflict: bool
    outlier_sources: list[int]
    internal_conflict_sources: list[int]
    explanation: str
    sources: int = Field(description="How many sources its claims come from")


class ClusterView(SQLModel):
    """A cluster and a page of its claims, as the cluster page shows them side by side."""

    cluster: ClusterHead
    claims: list[ClaimRead] = Field(description="This page's claims, in source order")
    total: int = Field(description="Live claims of the cluster, on all pages")
    offset: int
    limit: int
    ranges: list[ValueRange] = Field(description="The claims' values, per source when they fit")
    ranges_left_out: int = Field(description="Rarer statements beyond the ranges listed")
    merge_candidates: list[QueueItem] = Field(description="The first clusters of the queue")
    setters: dict[int, StatusSetter] = Field(description="By claim id; absent if never reviewed")
    quote_offsets: dict[int, int] = Field(description="Where each quote starts in its context")
    reviewed_dates: dict[int, str | None] = Field(description="By source id, if reviewed")
    next_key: str | None = Field(description="The next cluster in the review queue")


@dataclass(frozen=True)
class UndoTarget:
    """An editor's last status change that has not been undone yet."""

    event_id: int
    claim_id: int
    from_value: str | None
    to_value: str | None


def get_desk(session: Session, *, limit: int = 50) -> DeskRead:
    """Counts of the review and the first `limit` clusters of the queue."""
    queued, conflicts = session.execute(
        _queue_query(func.count(), func.sum(case((col(Cluster.conflict), 1), else_=0)))
    ).one()
    return DeskRead(
        counts=_counts(session, conflicts_open=int(conflicts or 0)),
        queue=review_queue(session, limit=limit), queue_total=int(queued),
    )  # fmt: skip


def _counts(session: Session, *, conflicts_open: int) -> DeskCounts:
    tally = ClusterTally
    sums = [func.coalesce(func.sum(getattr(tally, name)), 0) for name in _TALLIED]
    values = dict(zip(_TALLIED, session.execute(select_rows(*sums)).one(), strict=True))
    sources, flagged = count_flagged_sources(session)
    return DeskCounts(**values, conflicts_open=conflicts_open, sources=sources,
                      sources_flagged=flagged)  # fmt: skip


_TALLIED = ("claims", "verified", "provisional", "rejected", "reviewed")
_UNREVIEWED = col(ClusterTally.claims) - col(ClusterTally.reviewed)
_CONFLICT_FIRST = case((col(Cluster.conflict), 1), else_=0)


def _queue_query(*columns: Any) -> Any:
    """Clusters with unreviewed live claims, from the tally (no claim is read)."""
    return (
        select_rows(*columns)
        .select_from(Cluster)
        .join(ClusterTally, col(ClusterTally.cluster_key) == col(Cluster.key))
        .where(_UNREVIEWED > 0)
    )


def review_queue(
    session: Session, *, limit: int | None = None, after: Any = None
) -> list[QueueItem]:
    """Clusters with unreviewed claims: conflicts first, then the most left to review."""
    query = _queue_query(col(Cluster.key), col(Cluster.label), col(Cluster.conflict),
                         col(Cluster.relation), col(ClusterTally.claims), _UNREVIEWED)  # fmt: skip
    if after is not None:
        query = query.where(after)
    rows = session.execute(
        query.order_by(desc(_CONFLICT_FIRST), desc(_UNREVIEWED), col(Cluster.key)).limit(limit)
    )
    return [
        QueueItem(key=key, label=label, conflict=conflict, relation=relation, claims=n,
                  unreviewed=int(left))
        for key, label, conflict, relation, n, left in rows
    ]  # fmt: skip


def next_in_queue(session: Session, key: str | None) -> str | None:
    """The cluster after `key` in the queue (the first when `key` is not in it), or None."""
    place = None
    if key is not None:
        place = session.execute(
            _queue_query(_CONFLICT_FIRST, _UNREVIEWED).where(col(Cluster.key) == key)
        ).first()
    if place is not None:
        rank, left = place
        conflict_first, unreviewed, cluster_key = _CONFLICT_FIRST, _UNREVIEWED, col(Cluster.key)
        after = or_(
            conflict_first < rank,
            and_(conflict_first == rank, unreviewed < left),
            and_(conflict_first == rank, unreviewed == left, cluster_key > key),
        )
        following = review_queue(session, limit=1, after=after)
        if following:
            return following[0].key
    first = review_queue(session, limit=2)  # wrap around to the top, skipping `key` itself
    return next((item.key for item in first if item.key != key), None)


def get_cluster_view(
    session: Session, key: str, *, offset: int = 0, limit: int = 50
) -> ClusterView:
    """A cluster, a page of its claims, who set their statuses and the next cluster to review."""
    cluster = _cluster_head(session, key)
    query = ClaimQuery(cluster=key, limit=limit, offset=offset, by_id=True)
    page = list_claims(session, query=query)
    ids = [claim.id for claim in page.claims]
    ranges, left_out = value_ranges(session, key)
    return ClusterView(
        cluster=cluster, claims=page.claims, total=page.total, offset=offset, limit=limit,
        ranges=ranges, ranges_left_out=left_out,
        merge_candidates=review_queue(session, limit=50),
        setters=status_setters(session, ids), quote_offsets=quote_offsets(session, ids),
        reviewed_dates=reviewed_dates(session, {c.source.id for c in page.claims}),
        next_key=next_in_queue(session, key),
    )  # fmt: skip


def _cluster_head(session: Session, key: str) -> ClusterHead:
    """A cluster's row, its sources counted and its unit read on ix_claim_cluster_values: no
    list of members, which for a cluster of thousands costs more than the page."""
    cluster = session.get(Cluster, key)
    if cluster is None:
        raise NotFoundError(f"cluster {key} not found")
    members = select_rows(func.count(func.distinct(col(Claim.source_id))), func.min(col(Claim.id)))
    sources, first = session.execute(members.where(col(Claim.cluster_key) == key)).one()
    unit = select_rows(col(Claim.id), col(Claim.source_id), col(Claim.unit), col(Claim.period))
    firsts = session.execute(unit.where(col(Claim.id) == first)).all()
    read = cluster_read(cluster, [(i, s, u, p) for i, s, u, p in firsts])  # consensus in its unit
    return ClusterHead(**read.model_dump(exclude={"claims", "sources"}), sources=int(sources))


def value_ranges(session: Session, key: str, *, most: int = 40) -> tuple[list[ValueRange], int]:
    """The cluster's stated values, one per source and statement (range, unit, status); past
    `most`, one per statement across sources, the most stated first. Also how many are left.

    Read from ix_claim_cluster_values alone, summed up in SQL: a large cluster's claims lie
    all over the table, and thousands of rows cost more in Python than the page they serve.
    """
    statement = (col(Claim.low), col(Claim.high), col(Claim.open_high), col(Claim.unit),
                 col(Claim.period), col(Claim.status))  # fmt: skip
    valued = (col(Claim.cluster_key) == key, ~col(Claim.orphaned),
              or_(col(Claim.low).is_not(None), col(Claim.high).is_not(None)))  # fmt: skip
    stated = session.execute(
        select_rows(*statement, literal(1), func.count(), func.min(col(Claim.id)))
        .where(*valued).group_by(*statement, col(Claim.source_id)).limit(most + 1)
    ).all()  # fmt: skip
    if len(stated) > most:  # too many for a bar per source: one per statement
        per_source = func.count(func.distinct(col(Claim.source_id)))
        stated = session.execute(
            select_rows(*statement, per_source, func.count(), func.min(col(Claim.id)))
            .where(*valued).group_by(*statement)
        ).all()  # fmt: skip
    kept = sorted(stated, key=lambda row: (-row[-2], row[-1]))[:most]
    titles = _first_titles(session, [row[-1] for row in kept])
    ranges = [
        ValueRange(label=titles[first], sources=n_sources, claims=n, first_claim=first,
                   low=low, high=high, open_high=open_high, unit=unit, period=period,
                   status=status)
        for low, high, open_high, unit, period, status, n_sources, n, first in kept
    ]  # fmt: skip
    return sorted(ranges, key=lambda r: r.first_claim), len(stated) - len(kept)


def _first_titles(session: Session, claim_ids: list[int]) -> dict[int, str]:
    """The title (or file name) of each claim's source, by claim id."""
    rows = session.execute(
        select_rows(col(Claim.id), func.coalesce(col(Source.title), col(Source.file_name)))
        .join(Source, col(Source.id) == col(Claim.source_id))
        .where(col(Claim.id).in_(claim_ids))
    )  # fmt: skip
    return {int(claim_id): str(title) for claim_id, title in rows}


def status_setters(session: Session, claim_ids: list[int]) -> dict[int, StatusSetter]:
    """Who last set each claim's status (claims never reviewed are absent)."""
    if not claim_ids:
        return {}
    rows = session.exec(
        select(ClaimEvent)
        .where(col(ClaimEvent.claim_id).in_(claim_ids), ClaimEvent.action == STATUS_CHANGED)
        .order_by(col(ClaimEvent.id))
    )
    return {e.claim_id: StatusSetter(actor=e.actor, at=e.at, note=e.note) for e in rows}


def quote_offsets(session: Session, claim_ids: list[int]) -> dict[int, int]:
    """Where each claim's quote starts inside its stored context, in code points."""
    if not claim_ids:
        return {}
    rows = session.execute(
        select_rows(col(Claim.id), col(Claim.start), col(Claim.context_start)).where(
            col(Claim.id).in_(claim_ids)
        )
    )
    return {int(claim_id): start - context_start for claim_id, start, context_start in rows}


def last_change(session: Session, actor: str) -> UndoTarget | None:
    """The editor's latest status change not undone yet, looking back 200 changes."""
    rows = session.exec(
        select(ClaimEvent)
        .where(ClaimEvent.actor == actor, ClaimEvent.action == STATUS_CHANGED)
        .order_by(desc(col(ClaimEvent.id)))
        .limit(200)
    )
    undone: set[int] = set()
    for event in rows:
        assert event.id is not None
        match = _UNDO_NOTE.fullmatch(event.note or "")
        if match:
            undone.add(int(match.group(1)))
        elif event.id not in undone:
            return UndoTarget(event.id, event.claim_id, event.from_value, event.to_value)
    return None


def undo_note(target: UndoTarget) -> str:
    """The note an undo leaves in the history, naming the change it reverts."""
    return f"undo of change #{target.event_id}"


@dataclass(frozen=True)
class FacetCounts:
    """Claims per value of each facet, counted up to `limit` (more reads as limit + 1)."""

    counts: dict[str, dict[str, int]]
    limit: int | None
    lower_bounds: frozenset[str]  # facets counted over the first claims only: "at least"


def facet_counts(
    session: Session,
    *,
    query: ClaimQuery,
    values: dict[str, tuple[str, ...]],
    limit: int | None = None,
) -> FacetCounts:
    """Claims per status and per kind under `query`, each facet ignoring its own filter.

    `values` names each facet's values. With a `limit`, counting stops past it: one capped
    GROUP BY, and when that is full, one capped count per value (an index seek each); a text
    search keeps the GROUP BY's counts, as lower bounds, rather than scan once per value.
    """
    counts: dict[str, dict[str, int]] = {}
    lower: set[str] = set()
    for name, column, others in (
        ("status", col(Claim.status), replace(query, statuses=())),
        ("kind", col(Claim.kind), replace(query, kind=None)),
    ):
        where = claim_filters(session, others)
        rows: Any = select_rows(column.label("value")).where(*where)
        counted = _grouped(session, rows if limit is None else rows.limit(limit + 1))
        if limit is not None and sum(counted.values()) > limit:
            if query.text:
                lower.add(name)
            else:
                counted = _capped(session, where, column, values[name], limit)
        counts[name] = counted
    return FacetCounts(counts, limit, frozenset(lower))


def _grouped(session: Session, rows: Any) -> dict[str, int]:
    matching = rows.subquery()
    query = select_rows(matching.c.value, func.count()).group_by(matching.c.value)
    return {str(value): int(n) for value, n in session.execute(query)}


def _capped(
    session: Session, where: list[Any], column: Any, values: tuple[str, ...], limit: int
) -> dict[str, int]:
    """Claims per value, each counted up to limit + 1: one index seek per value, one query."""
    counts = []
    for value in values:
        matching = select_rows(col(Claim.id)).where(*where, column == value).limit(limit + 1)
        counted = matching.subquery()
        counts.append(select_rows(literal(value), func.count()).select_from(counted))
    return {str(v): int(n) for v, n in session.execute(union_all(*counts))}
