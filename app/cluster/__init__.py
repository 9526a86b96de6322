"""Pure clustering: claims that state the same quantity, grouped across sources, and
their conflicts found and explained."""

from app.cluster.model import ClusterInput, ClusterPlan, Decision, PlannedCluster
from app.cluster.plan import MIN_OVERLAP, MIN_SCORE, cluster_claims, collector_paused

__all__ = [
    "MIN_OVERLAP",
    "MIN_SCORE",
    "ClusterInput",
    "ClusterPlan",
    "Decision",
    "PlannedCluster",
    "cluster_claims",
    "collector_paused",
]
