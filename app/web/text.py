"""Text the templates show computed: values in words, claims marked in a source, quotes in place."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import ClaimRead, ClaimValue

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}
_PER = {"year": "/yr", "month": "/mo", "week": "/wk", "hour": "/hr"}


def format_value(value: ClaimValue) -> str:
    """A claim's value as an editor reads it: `$240,000–$320,000/yr`, `40%`, `3x`."""
    numbers = [n for n in (value.low, value.high) if n is not None]
    if not numbers:
        return "no value"
    parts = [_number(n, value.unit) for n in dict.fromkeys(numbers)]
    text = "–".join(parts) + ("+" if value.open_high else "")
    return text + _PER.get(value.period or "", "")


def _number(n: float, unit: str) -> str:
    digits = f"{n:,.0f}" if n == int(n) and unit != "year" else f"{n:,.2f}".rstrip("0").rstrip(".")
    if unit == "year":
        digits = f"{n:.0f}"
    if unit in _SYMBOLS:
        return _SYMBOLS[unit] + digits
    if unit in ("%", "x"):
        return digits + unit
    if unit in ("count", "year"):
        return digits
    return f"{digits} {unit}"


@dataclass(frozen=True)
class Segment:
    """A run of source text, and the claim it is the quote of (None between claims)."""

    text: str
    claim: ClaimRead | None = None


def mark_claims(text: str, claims: list[ClaimRead]) -> list[Segment]:
    """The text cut at every claim's span, in order; a span overlapping the last is skipped."""
    segments: list[Segment] = []
    position = 0
    for claim in sorted(claims, key=lambda c: (c.span[0], -c.span[1])):
        start, end = claim.span
        if start < position or end > len(text):
            continue
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], claim))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


def split_context(claim: ClaimRead, offset: int) -> tuple[str, str, str]:
    """A claim's context as before, quote and after, for highlighting the quote in place."""
    context, quote = claim.context, claim.quote
    if context[offset : offset + len(quote)] != quote:
        offset = context.find(quote)
    if offset < 0:
        return context, "", ""
    return context[:offset], quote, context[offset + len(quote) :]


def count_text(total: int, limit: int | None) -> str:
    """`1,234`, or `10,000+` when counting stopped past `limit`."""
    if limit is not None and total > limit:
        return f"{limit:,}+"
    return f"{total:,}"
