"""Readings carried from an earlier figure of the same sentence.

A bare number after a time or a measure takes its unit ("41 days to an offer, down from 58"),
and an amount joined to the one before it with nothing of its own reads like it ("£95K-£115K
base, and Berlin around €85K"). One `Carry` per document remembers, per sentence, the last
measure and the last amount read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract import cues, time_cues
from app.extract.numbers import NumberExpr
from app.extract.periods import no_ones_rate
from app.extract.qualifiers import search_caseless
from app.extract.reading import Reading

# What joins a bare number to the measure before it: a list, a comparison, a prior value.
_CARRIED = re.compile(r"(?i)[,;]|\b(?:and|or|from|vs\.?|versus|against|compared)\b|\(was\b|:")
_BARE_AFTER = re.compile(
    r"(?i)\s*(?:$|[,.;:)\]]|(?:in|last|a|the|this|before|earlier|ago|on|at|for|per|or|and|to)\b)"
)
_DIGIT = re.compile(r"\b\d")  # another figure between; not a name as "IR35"
# but the change from it may stand between: "₹34.2 lakh per annum, up 9% from ₹31.4 lakh"
_CHANGE_FROM = re.compile(
    r"(?i)\b(?:up|down|rose|fell|grew|jumped|climbed|increased|decreased|dropped|declined)\s+"
    r"(?:by\s+)?(?:about\s+|roughly\s+|some\s+|nearly\s+)?[+\-−]?\d+(?:\.\d+)?\s?%\s+from\b"
)
# What joins an amount to the one before it: "..., and Berlin around", "against", "; the".
_JOINED = re.compile(r"(?i)^[^.!?]*?(?:[,;(]|\b(?:and|against|vs\.?|versus|while)\b)")
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)?\d\d)?\b")


@dataclass
class Carry:
    """The last measure (end, kind, unit, value) and amount (end, reading) per sentence."""

    text: str
    measures: dict[tuple[int, int], tuple[int, str, str, float]] = field(default_factory=dict)
    amounts: dict[tuple[int, int], tuple[int, Reading]] = field(default_factory=dict)

    def measured(self, expr: NumberExpr, reading: Reading, unit: tuple[int, int]) -> Reading:
        """A bare number after a time or measure of its sentence takes its unit: "41 days to an
        offer, down from 58", "0.104 log points in 2015-2017, 0.151 in 2018-2021"."""
        if reading.kind in ("duration", "metric") and reading.high is not None:
            self.measures[unit] = (expr.end, reading.kind, reading.unit, reading.high)
            return reading
        last = self.measures.get(unit)
        if last is None or reading.kind != "count" or reading.unit != "count" or not reading.high:
            return reading
        end, kind, measure, value = last
        gap = _YEARS.sub("", self.text[end : expr.start])
        close = value and 0.1 <= reading.high / value <= 10
        bare = _BARE_AFTER.match(self.text, expr.end) is not None  # "60 applications" counts
        if close and bare and len(gap) <= 48 and _CARRIED.search(gap) and not _DIGIT.search(gap):
            self.measures[unit] = (expr.end, kind, measure, reading.high)
            return reading._replace(kind=kind, unit=measure)
        return reading

    def like_the_amount_before(
        self, expr: NumberExpr, reading: Reading, unit: tuple[int, int]
    ) -> Reading:
        """An amount joined to the one before it with nothing of its own takes its kind and
        period: "£95K-£115K base, and Berlin around €85K", "S$4,500 a month, a room S$1,200";
        or, after a difference in pay that names no period, is one too ("the gap is small:
        $4,500 at junior, $5,800 at mid")."""
        last = self.amounts.get(unit)
        self.amounts[unit] = (expr.end, reading)
        if last is None or expr.period is not None or reading.kind not in ("money", "salary"):
            return reading
        end, before = last
        kind, period, size = before.kind, before.period, before.high or 0
        plain = reading.period is None or (reading.kind == "salary" and period != "year")
        relative = before.relative and reading.kind == "money"
        if kind not in ("money", "salary") or (period is None and not relative) or not plain:
            return reading
        if no_ones_rate(period, reading.high, reading.unit):
            return reading  # "$45/hr ... and cleared about ₹62L last year": no one's hourly rate
        gap = _YEARS.sub("", self.text[end : expr.start])
        after = self.text[expr.end : expr.end + 40]
        own = cues.MONEY_AFTER.match(after) or cues.ADDED_AFTER.match(after)
        own = own or cues.EQUITY_AFTER.match(after) or cues.INCREMENT.search(gap)
        own = own or time_cues.PERIOD_NEXT.match(after) or search_caseless(cues.MONEY_BEFORE, gap)
        # "$186k base, $25k sign-on, RSUs bumped to $190,000": a grant of its own
        own = own or cues.SIGN_ON_AFTER.match(after) or cues.EQUITY_SUBJECT.search(gap)
        joined = (
            len(gap) <= 60 and _JOINED.search(gap) and not _DIGIT.search(_CHANGE_FROM.sub("", gap))
        )
        # "S$12,500/month (S$150,000)": a bracket may restate an amount for another period
        joined = joined and not (gap.rstrip().endswith("(") and (reading.high or 0) > 3 * size)
        if own or not joined:
            return reading
        carried = reading._replace(kind=kind, period=period, relative=before.relative)
        self.amounts[unit] = (expr.end, carried)
        return carried
