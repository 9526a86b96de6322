"""How the values of one cluster compare: relation, spread, consensus, outliers.

Values are intervals [low, high]; a single value is low == high; "below 4 %" (no low) is
open downwards. Two bounds are equal when they differ by at most `tolerance` of the larger.
Relations, from agreeing to apart: agree (both bounds equal), contain (one band inside the
other), overlap (they share some values), disjoint (a gap wider than the tolerance).
"""

from __future__ import annotations

import bisect
import itertools
import math
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from app.cluster.model import ClusterInput

RELATIONS = ("agree", "contain", "overlap", "disjoint")  # least to most apart
_NEG_INF = float("-inf")
_FEW = 12  # up to this many distinct values, compare every pair


@dataclass(frozen=True)
class Comparison:
    """The values of a cluster compared: what the plan reports about them."""

    relation: str
    spread: float | None
    consensus: tuple[float, float] | None
    outliers: tuple[int, ...]
    internal: tuple[int, ...]


def interval(claim: ClusterInput) -> tuple[float, float] | None:
    """The claim's value as (low, high); None when it states no number."""
    low, high = claim.low, claim.high
    if high is None:
        return None if low is None else (float(low), float(low))
    return (_NEG_INF if low is None else float(low)), float(high)


def relate(a: tuple[float, float], b: tuple[float, float], *, tolerance: float) -> str:
    """agree, contain, overlap or disjoint: how two intervals stand to each other."""
    if _close(a[0], b[0], tolerance) and _close(a[1], b[1], tolerance):
        return "agree"
    if _before(a, b, tolerance) or _before(b, a, tolerance):
        return "disjoint"
    if _inside(a, b, tolerance) or _inside(b, a, tolerance):
        return "contain"
    return "overlap"


def compare_values(claims: Sequence[ClusterInput], *, tolerance: float) -> Comparison:
    """Relation, spread, median band, outlier and self-contradicting sources of a cluster."""
    if len(claims) == 1:  # most clusters: nothing to compare, its value is the consensus
        return Comparison(relation="single", spread=None, consensus=interval(claims[0]),
                          outliers=(), internal=())  # fmt: skip
    stated = [(c.source_id, v) for c in claims if (v := interval(c)) is not None]
    relation = "single" if len(claims) < 2 else _worst({v for _, v in stated}, tolerance)
    bands = _source_bands(stated)
    consensus = _median_band(list(bands.values())) if bands else None
    return Comparison(
        relation=relation,
        spread=_spread([v for _, v in stated]) if len(stated) >= 2 else None,
        consensus=consensus,
        outliers=_outliers(bands, consensus, tolerance),
        internal=_internal(stated, tolerance),
    )


def _worst(values: set[tuple[float, float]], tolerance: float) -> str:
    """The most apart relation between any two of `values`."""
    distinct = sorted(values)
    if len(distinct) <= _FEW or distinct[0][0] <= 0:
        return _worst_pairwise(distinct, tolerance)
    return _worst_sweep(distinct, tolerance)


def _worst_pairwise(distinct: list[tuple[float, float]], tolerance: float) -> str:
    worst = 0
    for x, a in enumerate(distinct):
        for b in distinct[x + 1 :]:
            worst = max(worst, RELATIONS.index(relate(a, b, tolerance=tolerance)))
            if worst == len(RELATIONS) - 1:
                return RELATIONS[worst]
    return RELATIONS[worst]


def _worst_sweep(distinct: list[tuple[float, float]], tolerance: float) -> str:
    """The same answer in n log n for positive bands, sorted by low: the extremes decide
    agree and disjoint; an overlap is a band starting and ending later than another."""
    lows = [v[0] for v in distinct]
    highs = [v[1] for v in distinct]
    if _close(min(lows), max(lows), tolerance) and _close(min(highs), max(highs), tolerance):
        return "agree"
    if _before((0.0, min(highs)), (max(lows), 0.0), tolerance):
        return "disjoint"
    prefix_min = list(itertools.accumulate(highs, min))
    for low, high in distinct:
        earlier = bisect.bisect_left(lows, low * (1 - tolerance))  # lows clearly below
        if earlier and prefix_min[earlier - 1] < high * (1 - tolerance):
            return "overlap"
    return "contain"


def _midpoint(v: tuple[float, float]) -> float:
    return v[1] if v[0] == _NEG_INF else (v[0] + v[1]) / 2


def _spread(values: list[tuple[float, float]]) -> float:
    """How far the highest midpoint stands above the lowest, relative to the lowest."""
    mids = [_midpoint(v) for v in values]
    low, high = min(mids), max(mids)
    base = abs(low) if low else abs(high)
    return 0.0 if base == 0 else round((high - low) / base, 4)


def _source_bands(stated: list[tuple[int, tuple[float, float]]]) -> dict[int, tuple[float, float]]:
    """Each source's own median band, so a source repeating a figure counts once."""
    by_source: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for source, v in stated:
        by_source[source].append(v)
    return {source: _median_band(vs) for source, vs in sorted(by_source.items())}


def _median_band(values: list[tuple[float, float]]) -> tuple[float, float]:
    if len(values) == 1:  # most sources state a figure once
        return values[0]
    return statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)


def _outliers(
    bands: dict[int, tuple[float, float]], consensus: tuple[float, float] | None, tolerance: float
) -> tuple[int, ...]:
    """Sources whose band lies apart from the median band; needs three sources to tell."""
    if consensus is None or len(bands) < 3:
        return ()
    return tuple(
        source
        for source, band in bands.items()
        if relate(band, consensus, tolerance=tolerance) == "disjoint"
    )


def _internal(stated: list[tuple[int, tuple[float, float]]], tolerance: float) -> tuple[int, ...]:
    """Sources that give two values in the cluster that do not agree."""
    by_source: dict[int, set[tuple[float, float]]] = defaultdict(set)
    for source, v in stated:
        by_source[source].add(v)
    return tuple(
        source
        for source, values in sorted(by_source.items())
        if len(values) > 1 and _worst(values, tolerance) != "agree"
    )


def _close(x: float, y: float, tolerance: float) -> bool:
    if x == y:
        return True
    if math.isinf(x) or math.isinf(y):
        return False
    return abs(x - y) <= tolerance * max(abs(x), abs(y))


def _before(a: tuple[float, float], b: tuple[float, float], tolerance: float) -> bool:
    """a ends before b starts, with a gap wider than the tolerance."""
    return a[1] < b[0] and not _close(a[1], b[0], tolerance)


def _inside(a: tuple[float, float], b: tuple[float, float], tolerance: float) -> bool:
    """a lies within b, bounds compared with the tolerance."""
    low_ok = b[0] <= a[0] or _close(a[0], b[0], tolerance)
    return low_ok and (a[1] <= b[1] or _close(a[1], b[1], tolerance))
