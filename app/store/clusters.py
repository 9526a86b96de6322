"""Clusters: what clustering reads, what it writes back, and editors' splits and merges."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    delete,
    type_coerce,
    update,
)
from sqlmodel import Session, col, select

from app.cluster import ClusterInput, ClusterPlan, Decision
from app.models import (
    Claim,
    ClaimValue,
    Cluster,
    ClusterDecision,
    ClusterRead,
    ClusterTally,
    Source,
)
from app.store.claims import NotFoundError
from app.store.driver import execute_row, execute_rows, insert_rows
from app.store.events import log_event

INTERNAL_CONFLICT = "internal-conflict"
_CLAIMS, _SOURCES = Claim.__table__, Source.__table__  # type: ignore[attr-defined]
# New cluster assignments go to a temporary table, then into `claim` with one UPDATE joining
# it. One UPDATE per claim made SQLite journal every page each of them touched, as the
# clustertally triggers make each a multi-table write: on a bulk ingest that cost more than
# the clustering itself (issue 2).
_CHANGES = Table(
    "cluster_change",
    MetaData(),
    Column("cid", Integer, primary_key=True, autoincrement=False),
    Column("key", String(64), nullable=False),
    Column("conflict", Boolean, nullable=False),
    prefixes=["TEMPORARY"],
)
_ASSIGN = (
    update(_CLAIMS)
    .where(_CLAIMS.c.id == _CHANGES.c.cid)
    .values(cluster_key=_CHANGES.c.key, conflict=_CHANGES.c.conflict)
)
_FLAG = (
    update(_SOURCES)
    .where(_SOURCES.c.id == bindparam("sid", type_=_SOURCES.c.id.type))
    .values(flags=bindparam("flags", type_=_SOURCES.c.flags.type))
)
_INPUT_COLUMNS = (
    "id", "source_id", "quote", "context", "subject", "kind", "low", "high", "open_high",
    "unit", "period", "qualifiers", "cluster_key", "conflict",
)  # fmt: skip
# Qualifiers as the driver reads them: text on SQLite, already parsed on PostgreSQL.
_INPUTS = (
    select(*(type_coerce(_CLAIMS.c[name], Text) if name == "qualifiers" else _CLAIMS.c[name]
             for name in _INPUT_COLUMNS))
    .where(~_CLAIMS.c.orphaned)
    .order_by(_CLAIMS.c.id)
)  # fmt: skip


@dataclass(frozen=True)
class ClusterState:
    """Everything a clustering run needs: live claims, their last keys, editors' decisions."""

    inputs: tuple[ClusterInput, ...]
    previous: dict[int, str]
    decisions: tuple[Decision, ...]
    conflicts: dict[int, bool]  # claim id -> its stored conflict flag, for claims with a key


def load_cluster_state(session: Session) -> ClusterState:
    """The live (not orphaned) claims as clustering sees them, with their last cluster keys."""
    source_columns = [getattr(Source, name) for name in ("id", "title", "published", "flags")]
    sources = {row[0]: _source_facts(*row[1:]) for row in session.exec(select(*source_columns))}
    # The driver's rows read by position and qualifiers parsed once per distinct text: this
    # runs over every claim after each ingest.
    parsed: dict[str, dict[str, Any]] = {}
    inputs: list[ClusterInput] = []
    previous: dict[int, str] = {}
    conflicts: dict[int, bool] = {}
    for cid, sid, quote, context, subject, kind, low, high, open_high, unit, period, qualifiers, \
            key, conflict in execute_row(session.connection(), _INPUTS, {}):  # fmt: skip
        if isinstance(qualifiers, str):
            known = parsed.get(qualifiers)  # `{}` is falsy: test for None
            if known is None:
                known = parsed[qualifiers] = json.loads(qualifiers)
            qualifiers = known
        title, published, flags = sources[sid]
        inputs.append(ClusterInput(
            claim_id=cid, source_id=sid, source_title=title, source_published=published,
            source_flags=flags, quote=quote, context=context, subject=subject, kind=kind,
            low=low, high=high, open_high=bool(open_high), unit=unit, period=period,
            qualifiers=qualifiers,
        ))  # fmt: skip
        if key:
            previous[cid] = key
            conflicts[cid] = bool(conflict)  # SQLite's driver gives 0 and 1
    return ClusterState(tuple(inputs), previous, _decisions(session), conflicts)


def _source_facts(
    title: str | None, published: str | None, flags: list[str]
) -> tuple[str, str | None, tuple[str, ...]]:
    return title or "", published, tuple(flag for flag in flags if flag != INTERNAL_CONFLICT)


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


_CLUSTER_COLUMNS = (
    "key", "label", "relation", "spread", "consensus_low", "consensus_high", "conflict",
    "outlier_source_ids", "internal_conflict_source_ids", "explanation", "size",
)  # fmt: skip


def _write_clusters(session: Session, plan: ClusterPlan) -> None:
    session.execute(delete(Cluster))
    rows = [
        (c.key, c.label, c.relation, c.spread, c.consensus_low, c.consensus_high, c.conflict,
         list(c.outlier_source_ids), list(c.internal_conflict_source_ids), c.explanation,
         len(c.claim_ids))
        for c in plan.clusters
    ]  # fmt: skip
    insert_rows(session.connection(), Cluster.__table__, _CLUSTER_COLUMNS, rows, same={})  # type: ignore[attr-defined]


def _assign_claims(session: Session, plan: ClusterPlan, state: ClusterState) -> None:
    """Write cluster key and conflict only where they changed; orphans leave their cluster."""
    changes = []
    for claim in state.inputs:
        cid, cluster = claim.claim_id, plan.cluster_of(claim.claim_id)
        if state.previous.get(cid) != cluster.key or state.conflicts.get(cid) != cluster.conflict:
            changes.append((cid, cluster.key, cluster.conflict))
    if changes:
        connection = session.connection()
        _CHANGES.create(connection)
        insert_rows(connection, _CHANGES, ("cid", "key", "conflict"), changes, same={})
        connection.execute(_ASSIGN)
        _CHANGES.drop(connection)
    session.execute(
        update(Claim)
        .where(col(Claim.orphaned), col(Claim.cluster_key).is_not(None))
        .values(cluster_key=None, conflict=False)
    )


def _flag_internal_conflicts(session: Session, plan: ClusterPlan) -> None:
    flagged = {sid for c in plan.clusters for sid in c.internal_conflict_source_ids}
    changed = []
    # Ids and flags only: a whole Source would read both texts of every document.
    for source_id, flags in session.connection().execute(select(Source.id, Source.flags)):
        has = INTERNAL_CONFLICT in flags
        if has != (source_id in flagged):
            others = [flag for flag in flags if flag != INTERNAL_CONFLICT]
            changed.append((source_id, sorted([*others, INTERNAL_CONFLICT] if not has else others)))
    execute_rows(session.connection(), _FLAG, ("sid", "flags"), changed)


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


def count_unclustered(session: Session) -> int:
    """Live claims without a cluster (a run that died between storing and clustering).

    Read from the desk's tally (key ''), kept by triggers: counting the claims themselves
    scans the table, as the cluster index leaves claims without a cluster out (0010).
    """
    tally = session.get(ClusterTally, "")
    return tally.claims if tally is not None else 0
