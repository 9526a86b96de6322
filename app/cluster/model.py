"""What clustering reads (ClusterInput, Decision) and what it returns (ClusterPlan)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ClusterInput:
    """One stored claim as clustering sees it: value, words, qualifiers and its source."""

    claim_id: int
    source_id: int
    source_title: str
    source_published: str | None  # ISO date, maybe month precision "2026-03"
    source_flags: tuple[str, ...]  # e.g. ("future-date",), ("under-review",)
    quote: str
    context: str  # the sentence, list item or table row the number stands in
    subject: str  # short plain-English name of what the number measures
    kind: str  # salary | money | percent | growth | multiplier | count | duration | year | metric
    low: float | None
    high: float | None
    open_high: bool
    unit: str  # USD, GBP, %, x, count, months, year ...
    period: str | None  # year | month | week | hour for pay and money rates
    qualifiers: Mapping[str, str]  # salary: role, level, region, basis; others free-form


@dataclass(frozen=True)
class Decision:
    """An editor's remembered split or merge, replayed on every run and never undone by one.

    split: each of `claim_ids` leaves its cluster and stands alone.
    merge: every claim of the clusters named by `cluster_keys` (and of the clusters holding
    `claim_ids`) joins one cluster, which keeps the first of `cluster_keys`.
    """

    action: str  # "split" | "merge"
    claim_ids: tuple[int, ...] = ()
    cluster_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlannedCluster:
    """One group of claims stating the same quantity, with how its values compare."""

    key: str  # stable id, short, URL-safe
    label: str  # e.g. "AI engineer salary · senior · US · base pay"
    claim_ids: tuple[int, ...]  # sorted
    relation: str  # single | agree | contain | overlap | disjoint
    spread: float | None  # highest midpoint over lowest, minus one (0.25 = 25 % apart)
    consensus_low: float | None  # median band across sources
    consensus_high: float | None
    outlier_source_ids: tuple[int, ...]
    conflict: bool
    internal_conflict_source_ids: tuple[int, ...]  # sources that disagree with themselves
    explanation: str  # which sources, which values, how far apart, what may explain it


@dataclass(frozen=True)
class ClusterPlan:
    """Every cluster of one run, ordered by their smallest claim id."""

    clusters: tuple[PlannedCluster, ...]
    _index: Mapping[int, PlannedCluster] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        index = {cid: cluster for cluster in self.clusters for cid in cluster.claim_ids}
        object.__setattr__(self, "_index", index)

    def cluster_of(self, claim_id: int) -> PlannedCluster:
        """The cluster holding `claim_id` (KeyError when the claim was not clustered)."""
        return self._index[claim_id]
