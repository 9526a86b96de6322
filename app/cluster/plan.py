"""cluster_claims: claims in, a ClusterPlan out (pure; thresholds come as arguments)."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from app.cluster.explain import explain_cluster, label_cluster
from app.cluster.grouping import group_claims
from app.cluster.intervals import compare_values
from app.cluster.keys import assign_keys, replay_decisions
from app.cluster.model import ClusterInput, ClusterPlan, Decision, PlannedCluster

MIN_SCORE = 80.0  # rapidfuzz token_sort_ratio (0-100) for two differently worded claims
MIN_OVERLAP = 0.4  # Jaccard of content stems two differently worded claims must reach


def cluster_claims(
    claims: Sequence[ClusterInput],
    *,
    previous: Mapping[int, str] | None = None,
    decisions: Sequence[Decision] = (),
    min_score: float = MIN_SCORE,
    min_overlap: float = MIN_OVERLAP,
    tolerance: float = 0.05,
) -> ClusterPlan:
    """Group claims stating the same quantity, keep keys stable, compare each group's values.

    `previous` maps claim id -> its key in the last run; `decisions` are replayed in order.
    The same claims, in any order, give the same plan.
    """
    ordered = sorted(claims, key=lambda c: c.claim_id)
    by_id = {c.claim_id: c for c in ordered}
    if len(by_id) != len(ordered):
        raise ValueError("claim ids must be unique")
    with collector_paused():
        return _plan(ordered, by_id, previous or {}, decisions, min_score, min_overlap, tolerance)


def _plan(
    ordered: list[ClusterInput],
    by_id: dict[int, ClusterInput],
    previous: Mapping[int, str],
    decisions: Sequence[Decision],
    min_score: float,
    min_overlap: float,
    tolerance: float,
) -> ClusterPlan:
    positions = group_claims(ordered, min_score=min_score, min_overlap=min_overlap)
    groups = [[ordered[p].claim_id for p in group] for group in positions]
    groups, kept = replay_decisions(groups, decisions, previous)
    groups.sort(key=lambda group: group[0])
    keys = assign_keys(groups, by_id, previous=previous, kept=kept)
    planned = (
        _plan_cluster(key, [by_id[cid] for cid in group], tolerance)
        for key, group in zip(keys, groups, strict=True)
    )
    return ClusterPlan(clusters=tuple(planned))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: clustering builds millions of small containers and
    no cycles, and the collector's full passes over them made doubling n cost 3x, not 2x."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _plan_cluster(key: str, members: list[ClusterInput], tolerance: float) -> PlannedCluster:
    comparison = compare_values(members, tolerance=tolerance)
    low, high = comparison.consensus or (None, None)
    return PlannedCluster(
        key=key,
        label=label_cluster(members),
        claim_ids=tuple(c.claim_id for c in members),
        relation=comparison.relation,
        spread=comparison.spread,
        consensus_low=None if low == float("-inf") else low,
        consensus_high=high,
        outlier_source_ids=comparison.outliers,
        conflict=comparison.relation not in ("single", "agree"),
        internal_conflict_source_ids=comparison.internal,
        explanation=explain_cluster(members, comparison),
    )
