"""Clusters: what clustering reads, what it writes back, and editors' splits and merges."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, update
from sqlmodel import Session, col, select

from app.cluster import ClusterInput, ClusterPlan, Decision
from app.models import (
    Claim,
    ClaimValue,
    Cluster,
    ClusterDecision,
    ClusterRead,
    Source,
)
from app.store.claims import NotFoundError
from app.store.events import log_event

INTERNAL_CONFLICT = "internal-conflict"
_INPUT_COLUMNS = (
    "id", "source_id", "quote", "context", "subject", "kind", "low", "high", "open_high",
    "unit", "period", "qualifiers", "cluster_key",
)  # fmt: skip


@dataclass(frozen=True)
class ClusterState:
    """Everything a clustering run needs: live claims, their last keys, editors' decisions."""

    inputs: tuple[ClusterInput, ...]
    previous: dict[int, str]
    decisions: tuple[Decision, ...]


def load_cluster_state(session: Session) -> ClusterState:
    """The live (not orphaned) claims as clustering sees them, with their last cluster keys."""
    source_columns = [getattr(Source, name) for name in ("id", "title", "published", "flags")]
    sources: dict[int, Any] = {row.id: row for row in session.exec(select(*source_columns))}
    columns = [getattr(Claim, name) for name in _INPUT_COLUMNS]
    rows = session.exec(select(*columns).where(~col(Claim.orphaned)).order_by(col(Claim.id)))
    inputs: list[ClusterInput] = []
    previous: dict[int, str] = {}
    for row in rows:
        source = sources[row.source_id]
        inputs.append(_input(row, source))
        if row.cluster_key:
            previous[row.id] = row.cluster_key
    return ClusterState(tuple(inputs), previous, _decisions(session))


def _input(row: Any, source: Any) -> ClusterInput:
    flags = tuple(flag for flag in source.flags if flag != INTERNAL_CONFLICT)
    return ClusterInput(
        claim_id=row.id, source_id=row.source_id, source_title=source.title or "",
        source_published=source.published, source_flags=flags, quote=row.quote,
        context=row.context, subject=row.subject, kind=row.kind, low=row.low, high=row.high,
        open_high=row.open_high, unit=row.unit, period=row.period, qualifiers=row.qualifiers,
    )  # fmt: skip


def _decisions(session: Session) -> tuple[Decision, ...]:
    rows = session.exec(select(ClusterDecision).order_by(col(ClusterDecision.id)))
    return tuple(Decision(d.action, tuple(d.claim_ids), tuple(d.cluster_keys)) for d in rows)


def save_cluster_plan(session: Session, plan: ClusterPlan, state: ClusterState) -> None:
    """Replace the stored clusters with `plan` and point every live claim at its cluster."""
    try:
        _write_clusters(session, plan)
        _assign_claims(session, plan, state)
        _flag_internal_conflicts(session, plan)
        session.commit()
    except BaseException:
        session.rollback()
        raise


def _write_clusters(session: Session, plan: ClusterPlan) -> None:
    session.execute(delete(Cluster))
    rows = [
        {"key": c.key, "label": c.label, "relation": c.relation, "spread": c.spread,
         "consensus_low": c.consensus_low, "consensus_high": c.consensus_high,
         "conflict": c.conflict, "outlier_source_ids": list(c.outlier_source_ids),
         "internal_conflict_source_ids": list(c.internal_conflict_source_ids),
         "explanation": c.explanation, "size": len(c.claim_ids)}
        for c in plan.clusters
    ]  # fmt: skip
    if rows:
        session.connection().execute(Cluster.__table__.insert(), rows)  # type: ignore[attr-defined]


def _assign_claims(session: Session, plan: ClusterPlan, state: ClusterState) -> None:
    """Write cluster key and conflict only where they changed; orphans leave their cluster."""
    conflicts = {c.key: c.conflict for c in plan.clusters}
    query = select(Claim.id, Claim.conflict).where(col(Claim.cluster_key).is_not(None))
    stored = dict(session.exec(query).all())
    changes = []
    for claim in state.inputs:
        key = plan.cluster_of(claim.claim_id).key
        conflict = conflicts[key]
        if state.previous.get(claim.claim_id) != key or stored.get(claim.claim_id) != conflict:
            changes.append({"cid": claim.claim_id, "key": key, "conflict": conflict})
    if changes:
        table = Claim.__table__  # type: ignore[attr-defined]
        statement = (
            update(table)
            .where(table.c.id == bindparam("cid"))
            .values(cluster_key=bindparam("key"), conflict=bindparam("conflict"))
        )
        session.connection().execute(statement, changes)
    session.execute(
        update(Claim)
        .where(col(Claim.orphaned), col(Claim.cluster_key).is_not(None))
        .values(cluster_key=None, conflict=False)
    )


def _flag_internal_conflicts(session: Session, plan: ClusterPlan) -> None:
    flagged = {sid for c in plan.clusters for sid in c.internal_conflict_source_ids}
    for source in session.exec(select(Source)):
        has = INTERNAL_CONFLICT in source.flags
        if has != (source.id in flagged):
            others = [flag for flag in source.flags if flag != INTERNAL_CONFLICT]
            source.flags = sorted([*others, INTERNAL_CONFLICT] if not has else others)


def record_split(
    session: Session, claim_ids: list[int], *, actor: str, note: str | None = None
) -> None:
    """Remember that these claims stand alone, whatever later runs find; logged per claim."""
    claims = _claims(session, claim_ids)
    session.add(ClusterDecision(action="split", claim_ids=claim_ids, actor=actor, note=note))
    for claim in claims:
        log_event(session, claim, "split", claim.cluster_key, None, note, actor=actor)
    session.commit()


def record_merge(
    session: Session, cluster_keys: list[str], *, actor: str, note: str | None = None
) -> None:
    """Remember that these clusters are one, whatever later runs find; logged per claim."""
    missing = [key for key in cluster_keys if session.get(Cluster, key) is None]
    if missing or len(cluster_keys) < 2:
        raise NotFoundError(f"clusters not found: {', '.join(missing)}" if missing else
                            "merge needs two clusters or more")  # fmt: skip
    members = list(session.exec(select(Claim).where(col(Claim.cluster_key).in_(cluster_keys))))
    # The members at the moment of the merge, so that it holds even if their keys change later.
    ids = sorted(claim.id for claim in members if claim.id is not None)
    session.add(ClusterDecision(action="merge", cluster_keys=cluster_keys, claim_ids=ids,
                                actor=actor, note=note))  # fmt: skip
    for claim in members:
        log_event(session, claim, "merged", claim.cluster_key, cluster_keys[0], note, actor=actor)
    session.commit()


def _claims(session: Session, claim_ids: list[int]) -> list[Claim]:
    claims = list(session.exec(select(Claim).where(col(Claim.id).in_(claim_ids))))
    found = {c.id for c in claims}
    missing = [str(cid) for cid in claim_ids if cid not in found]
    if missing:
        raise NotFoundError(f"claims not found: {', '.join(missing)}")
    return claims


def list_clusters(session: Session, *, conflict: bool | None = None) -> list[ClusterRead]:
    """Every cluster, conflicts first, then the largest."""
    query = select(Cluster)
    if conflict is not None:
        query = query.where(Cluster.conflict == conflict)
    clusters = list(session.exec(query))
    members = _members(session, [c.key for c in clusters])
    reads = [_cluster_read(c, members.get(c.key, [])) for c in clusters]
    return sorted(reads, key=lambda r: (not r.conflict, -len(r.claims), r.id))


def get_cluster(session: Session, key: str) -> ClusterRead:
    """One cluster with its members and the explanation of its conflict."""
    cluster = session.get(Cluster, key)
    if cluster is None:
        raise NotFoundError(f"cluster {key} not found")
    return _cluster_read(cluster, _members(session, [key]).get(key, []))


def _members(
    session: Session, keys: list[str]
) -> dict[str, list[tuple[int, int, str, str | None]]]:
    names = ("cluster_key", "id", "source_id", "unit", "period")
    columns = [getattr(Claim, name) for name in names]
    rows = session.exec(
        select(*columns).where(col(Claim.cluster_key).in_(keys)).order_by(col(Claim.id))
    )
    members: dict[str, list[tuple[int, int, str, str | None]]] = {}
    for key, claim_id, source_id, unit, period in rows:
        members.setdefault(key or "", []).append((claim_id, source_id, unit, period))
    return members


def _cluster_read(cluster: Cluster, members: list[tuple[int, int, str, str | None]]) -> ClusterRead:
    unit, period = (members[0][2], members[0][3]) if members else ("", None)
    consensus = None
    if cluster.consensus_low is not None or cluster.consensus_high is not None:
        consensus = ClaimValue(
            low=cluster.consensus_low, high=cluster.consensus_high, open_high=False,
            unit=unit, period=period,
        )  # fmt: skip
    return ClusterRead(
        id=cluster.key, label=cluster.label, claims=[m[0] for m in members],
        relation=cluster.relation, spread=cluster.spread, consensus=consensus,
        conflict=cluster.conflict, outlier_sources=list(cluster.outlier_source_ids),
        internal_conflict_sources=list(cluster.internal_conflict_source_ids),
        explanation=cluster.explanation, sources=sorted({m[1] for m in members}),
    )  # fmt: skip
