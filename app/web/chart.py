"""The range chart of a cluster page: every stated range on one axis, and the consensus band.

One bar per source and statement (range and status; `×N` when a source states it N times).
A cluster too large for that gets one bar per statement (`+M` more sources), the most stated
first, at most 40 (store.desk.value_ranges sums them up).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from app.models import ClaimValue
from app.store.desk import ClusterView, ValueRange
from app.web.text import format_value

WIDTH, LEFT, RIGHT, ROW, TOP = 720, 210, 24, 30, 12


@dataclass(frozen=True)
class ChartBar:
    """One statement's range on the chart, in SVG user units."""

    claim_id: int  # the first claim stating it
    label: str
    title: str
    status: str
    x1: float
    x2: float
    y: float
    open_high: bool
    value: str
    claims: int


@dataclass(frozen=True)
class RangeChart:
    """Ranges per source on one axis, with the consensus band and axis ticks."""

    width: int
    height: int
    left: int
    bars: list[ChartBar]
    band: tuple[float, float] | None
    ticks: list[tuple[float, str]]
    left_out: int  # rarer statements, not drawn


def range_chart(view: ClusterView) -> RangeChart | None:
    """The chart of a cluster's values, or None when no claim has a value."""
    ranges = view.ranges
    if not ranges:
        return None
    consensus = view.cluster.consensus
    ends = [v for r in ranges for v in (r.low, r.high) if v is not None]
    if consensus is not None:
        ends += [v for v in (consensus.low, consensus.high) if v is not None]
    low, high = _nice_bounds(min(ends), max(ends))
    scale = (WIDTH - LEFT - RIGHT) / (high - low)

    def x(v: float) -> float:
        return round(LEFT + (v - low) * scale, 1)

    bars = [_bar(r, i, x) for i, r in enumerate(ranges)]
    band = None
    if consensus is not None and consensus.low is not None:
        band = (
            x(consensus.low),
            x(consensus.high if consensus.high is not None else consensus.low),
        )
    step = (high - low) / 4
    ticks = [(x(low + i * step), _compact(low + i * step)) for i in range(5)]
    height = TOP + len(bars) * ROW + 28
    return RangeChart(WIDTH, height, LEFT, bars, band, ticks, view.ranges_left_out)


def _bar(r: ValueRange, row: int, x: Callable[[float], float]) -> ChartBar:
    lo = r.low if r.low is not None else r.high
    hi = r.high if r.high is not None else r.low
    assert lo is not None  # store leaves out claims without a value
    assert hi is not None
    value = format_value(ClaimValue(low=r.low, high=r.high, open_high=r.open_high,
                                    unit=r.unit, period=r.period))  # fmt: skip
    more = (f" +{r.sources - 1}" if r.sources > 1 else "") + (
        f" ×{r.claims}" if r.claims > 1 else ""
    )
    title = r.label + (f" and {r.sources - 1} more sources" if r.sources > 1 else "")
    return ChartBar(r.first_claim, _short(r.label, 30 - len(more)) + more, title, r.status,
                    x(lo), x(hi), TOP + row * ROW, r.open_high, value,
                    r.claims)  # fmt: skip


def _nice_bounds(low: float, high: float) -> tuple[float, float]:
    if high == low:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = 10 ** math.floor(math.log10(high - low))
    return math.floor(low / step) * step, math.ceil(high / step) * step


def _short(title: str, size: int = 30) -> str:
    return title if len(title) <= size else title[: size - 1].rstrip() + "…"


def _compact(n: float) -> str:
    for scale, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(n) >= scale:
            return f"{n / scale:.4g}{suffix}"
    return f"{n:.4g}"
