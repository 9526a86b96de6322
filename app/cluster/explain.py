"""Words for editors: a cluster's label and the explanation of how its values compare."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from app.cluster.blocking import salary_facets
from app.cluster.intervals import Comparison
from app.cluster.model import ClusterInput
from app.cluster.text import names_something

_ROLES = {
    "ai-engineer": "AI engineer", "ml-engineer": "ML engineer",
    "applied-ml-engineer": "applied ML engineer", "research-engineer": "research engineer",
    "data-scientist": "data scientist", "software-engineer": "software engineer",
    "prompt-engineer": "prompt engineer", "ai-contractor": "AI contractor", "any": "any role",
}  # fmt: skip
_BASES = {"pay": "base pay", "top": "top-company pay", "total": "total comp", "hourly": "hourly"}
_REGIONS = {"us": "US", "us-sf-ny": "US (SF/NY)", "us-other": "US (other)", "uk": "UK"}
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "INR": "₹"}
_FACETS = {"basis": "bases", "region": "regions", "level": "levels", "role": "roles"}
_NOT_A_REASON = {"mojibake"}  # broken encoding does not change what a source claims
_TITLE = 48  # characters of a source title quoted in an explanation


def label_cluster(claims: Sequence[ClusterInput]) -> str:
    """A short name: "AI engineer salary · senior · US · base pay" or the subject."""
    first = claims[0]
    if first.kind == "salary":
        role, level, region, basis = salary_facets(first)
        parts = [f"{_ROLES.get(role, role)} salary", level.replace("-", "/")]
        parts += [_REGIONS.get(region, region), _BASES.get(basis, basis)]
        if first.unit.upper() != "USD":
            parts.append(first.unit.upper())
        return " · ".join(part for part in parts if part and part != "any")
    counts = Counter(c.subject.strip() for c in claims)
    named = [(n, s) for s, n in counts.items() if names_something(s)]
    if named:
        return max(named, key=lambda ns: (ns[0], -len(ns[1])))[1]
    return " ".join(first.context.split())[:80] or first.subject or first.kind


def format_value(claim: ClusterInput) -> str:
    """The value as an editor reads it: "$240K–$320K", "40%–60%", "up to 5%", "5+ years"."""
    return _format_value(claim.low, claim.high, claim.unit, claim.period, claim.open_high)


@lru_cache(maxsize=8192)
def _format_value(
    low: float | None, high: float | None, unit: str, period: str | None, open_high: bool
) -> str:
    # Cached: explaining every cluster formats each claim's value; most values recur.
    return format_band(low, high, unit=unit, period=period, open_high=open_high)


def format_band(
    low: float | None,
    high: float | None,
    *,
    unit: str,
    period: str | None,
    open_high: bool = False,
) -> str:
    """A band in the unit's own notation: "$45–$80/hr", "10x–20x", "2–3 months"."""
    if low is None and high is None:
        return "no value"
    words = "" if _compact(unit) or unit.lower() == "count" else unit
    if low is None:
        text = f"up to {_amount(high, unit)}"
    elif high is None or high == low:
        text = _amount(low, unit)
    else:
        text = f"{_amount(low, unit)}–{_amount(high, unit)}"
    text += "+" if open_high else ""
    if words:
        one = low in (None, 1) and high in (None, 1) and words.endswith("s")
        text += " " + (words[:-1] if one else words)
    return text + ("/hr" if period == "hour" else "")


def explain_cluster(claims: Sequence[ClusterInput], comparison: Comparison) -> str:
    """Which sources say what, how far apart they are, and what may explain the gap."""
    by_source = _by_source(claims)
    lines = [_headline(claims, comparison, sources=len(by_source))]
    lines += [_source_line(source_claims) for source_claims in by_source.values()]
    if comparison.relation in ("single", "agree"):
        return " ".join(lines)
    lines.append(_consensus_line(claims, comparison, by_source))
    lines += [f"{_name(by_source[s][0])} disagrees with itself." for s in comparison.internal]
    reasons = _reasons(claims)
    if reasons:
        lines.append("May explain it: " + "; ".join(reasons) + ".")
    return " ".join(lines)


def _headline(claims: Sequence[ClusterInput], comparison: Comparison, *, sources: int) -> str:
    if comparison.relation == "single":
        return "One claim; nothing to compare."
    counted = f"{len(claims)} claims from {sources} source{'s' if sources > 1 else ''}"
    if comparison.relation == "agree":
        return f"{counted} agree."
    spread = f"{comparison.spread:.0%}" if comparison.spread is not None else "?"
    return (
        f"Conflict: {counted} disagree ({comparison.relation}); "
        f"the highest value is {spread} above the lowest."
    )


def _source_line(claims: list[ClusterInput]) -> str:
    first = claims[0]
    if len(claims) == 1:  # most sources state a cluster's figure once
        values = format_value(first)
    else:
        counts: dict[str, int] = {}  # a Counter per source cost more than the formatting
        for claim in claims:
            value = format_value(claim)
            counts[value] = counts.get(value, 0) + 1
        values = ", ".join(v if n == 1 else f"{v} ×{n}" for v, n in sorted(counts.items()))
    basis = ""
    if first.kind == "salary":
        bases = sorted({c.qualifiers.get("basis", "") for c in claims} - {""})
        basis = f" [{', '.join(bases)}]" if bases else ""
    heading = _source_heading(
        first.source_id, first.source_title, first.source_published, first.source_flags
    )
    return f"{heading}: {values}{basis}."


@lru_cache(maxsize=4096)
def _source_heading(
    source_id: int, title: str, published: str | None, flags: tuple[str, ...]
) -> str:
    """ "source 7 “Title” (2026-03, future-date)"; cached: every cluster a source is in names it."""
    notes = ", ".join([published or "undated", *flags])
    return f"{_source_name(source_id, title)} ({notes})"


def _consensus_line(
    claims: Sequence[ClusterInput],
    comparison: Comparison,
    by_source: dict[int, list[ClusterInput]],
) -> str:
    text = ""
    if comparison.consensus is not None:
        low, high = comparison.consensus
        first = claims[0]
        low_or_none = None if low == float("-inf") else low
        band = format_band(low_or_none, high, unit=first.unit, period=first.period)
        text = f"Median band {band}."
    if comparison.outliers:
        names = [_name(by_source[s][0]) for s in comparison.outliers]
        text += " Outlier: " + ", ".join(names) + "."
    return text.strip()


def _reasons(claims: Sequence[ClusterInput]) -> list[str]:
    """Facets that differ between the claims, the spread of source dates, source flags."""
    reasons = []
    # Claims loaded together share one mapping per distinct qualifiers text: read each once.
    qualifiers = {id(c.qualifiers): c.qualifiers for c in claims}.values()
    for facet, plural in _FACETS.items():
        values = sorted({str(q.get(facet, "")) for q in qualifiers} - {""})
        if len(values) > 1:
            reasons.append(f"{plural} differ ({', '.join(values)})")
    periods = sorted({c.period or "none" for c in claims})
    if len(periods) > 1:
        reasons.append(f"periods differ ({', '.join(periods)})")
    dates = sorted({c.source_published for c in claims if c.source_published})
    if len(dates) > 1:
        reasons.append(f"sources dated {dates[0]} to {dates[-1]}")
    # Flags by distinct (source, flags) first: large clusters hold thousands of claims.
    flags_of = {(c.source_id, c.source_flags) for c in claims}
    flagged = sorted({(s, f) for s, flags in flags_of for f in flags if f not in _NOT_A_REASON})
    if flagged:
        reasons.append("flagged " + ", ".join(f"source {s} {f}" for s, f in flagged))
    if any(c.open_high for c in claims):
        reasons.append("some values are open-ended (+)")
    return reasons


def _by_source(claims: Sequence[ClusterInput]) -> dict[int, list[ClusterInput]]:
    """Each source's claims, in order, by ascending source id."""
    grouped: dict[int, list[ClusterInput]] = defaultdict(list)
    for claim in claims:
        grouped[claim.source_id].append(claim)
    return {s: grouped[s] for s in sorted(grouped)}


def _name(claim: ClusterInput) -> str:
    return _source_name(claim.source_id, claim.source_title)


def _source_name(source_id: int, title: str) -> str:
    title = title.strip()
    if len(title) > _TITLE:
        title = title[: _TITLE - 1].rstrip() + "…"
    return f"source {source_id} “{title}”" if title else f"source {source_id}"


def _compact(unit: str) -> bool:
    """Units written against the number: currencies, % and x."""
    return unit.upper() in _SYMBOLS or (len(unit) == 3 and unit.isupper()) or unit in ("%", "x")


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "?"
    if unit in ("%", "x", "X"):
        return f"{_number(value)}{unit.lower()}"
    if not _compact(unit):
        return _number(value)
    code = unit.upper()
    prefix = _SYMBOLS.get(code, f"{code} ")
    for size, suffix in ((1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{prefix}{_number(value / size)}{suffix}"
    return f"{prefix}{_number(value)}"


def _number(value: float) -> str:
    """Up to two decimals, no trailing zeros: 240, 3.5, 0.01."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")
