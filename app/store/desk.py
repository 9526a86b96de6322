"""What the review desk reads beyond claims and clusters: counts, the queue, who set a status."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import case, desc, func
from sqlalchemy import select as select_rows
from sqlmodel import Field, Session, SQLModel, col, select

from app.models import Claim, ClaimEvent, ClaimRead, Cluster, ClusterRead, Source
from app.store.claims import ClaimQuery, list_claims
from app.store.claims import _claim_filters as claim_filters  # one definition of the filters
from app.store.clusters import get_cluster
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


class ClusterView(SQLModel):
    """A cluster with its claims whole, as the cluster page shows them side by side."""

    cluster: ClusterRead
    claims: list[ClaimRead]
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
    queue = review_queue(session)
    return DeskRead(counts=_counts(session, queue), queue=queue[:limit], queue_total=len(queue))


def _counts(session: Session, queue: list[QueueItem]) -> DeskCounts:
    rows = session.exec(
        select(Claim.status, Claim.reviewed, func.count())
        .where(~col(Claim.orphaned))
        .group_by(col(Claim.status), col(Claim.reviewed))
    ).all()
    by_status = dict.fromkeys(("verified", "provisional", "rejected"), 0)
    for status, _reviewed, count in rows:
        by_status[status] = by_status.get(status, 0) + count
    flags = list(session.exec(select(Source.flags)))
    return DeskCounts(
        claims=sum(count for *_, count in rows), **by_status,
        reviewed=sum(count for _, reviewed, count in rows if reviewed),
        conflicts_open=sum(1 for item in queue if item.conflict),
        sources=len(flags), sources_flagged=sum(1 for f in flags if f),
    )  # fmt: skip


def review_queue(session: Session) -> list[QueueItem]:
    """Clusters with unreviewed claims: conflicts first, then the most left to review."""
    unreviewed = func.sum(case((col(Claim.reviewed), 0), else_=1))
    rows = session.execute(
        select_rows(col(Cluster.key), col(Cluster.label), col(Cluster.conflict),
                    col(Cluster.relation), func.count(col(Claim.id)), unreviewed)
        .join(Claim, col(Claim.cluster_key) == col(Cluster.key))
        .where(~col(Claim.orphaned))
        .group_by(col(Cluster.key), col(Cluster.label), col(Cluster.conflict),
                  col(Cluster.relation))
        .having(unreviewed > 0)
        .order_by(desc(col(Cluster.conflict)), desc(unreviewed), col(Cluster.key))
    )  # fmt: skip
    return [
        QueueItem(key=key, label=label, conflict=conflict, relation=relation, claims=n,
                  unreviewed=int(left))
        for key, label, conflict, relation, n, left in rows
    ]  # fmt: skip


def next_in_queue(session: Session, key: str | None) -> str | None:
    """The cluster after `key` in the queue (the first when `key` is not in it), or None."""
    keys = [item.key for item in review_queue(session)]
    if key in keys:
        keys = keys[keys.index(key) + 1 :] + keys[: keys.index(key)]
    return keys[0] if keys else None


def get_cluster_view(session: Session, key: str) -> ClusterView:
    """A cluster, its claims whole, who set their statuses and the next cluster to review."""
    cluster = get_cluster(session, key)
    page = list_claims(session, query=ClaimQuery(cluster=key, limit=None))
    ids = [claim.id for claim in page.claims]
    return ClusterView(
        cluster=cluster, claims=page.claims, setters=status_setters(session, ids),
        quote_offsets=quote_offsets(session, ids),
        reviewed_dates=reviewed_dates(session, {c.source.id for c in page.claims}),
        next_key=next_in_queue(session, key),
    )  # fmt: skip


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


def facet_counts(session: Session, *, query: ClaimQuery) -> dict[str, dict[str, int]]:
    """Claims per status and per kind under `query`, each facet ignoring its own filter."""
    facets: dict[str, dict[str, int]] = {}
    for name, column, others in (
        ("status", col(Claim.status), replace(query, statuses=())),
        ("kind", col(Claim.kind), replace(query, kind=None)),
    ):
        where = claim_filters(session, others)
        rows = session.execute(select_rows(column, func.count()).where(*where).group_by(column))
        facets[name] = {str(value): int(count) for value, count in rows}
    return facets
