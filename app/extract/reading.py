"""What a number claims, and the words it is judged from: shared by the kinds' readers."""

from __future__ import annotations

from typing import NamedTuple

from app.extract import cues
from app.extract.numbers import NumberExpr


class Surroundings(NamedTuple):
    """The words a number sits among: its sentence halves and the labels above it.

    This and `Reading` are named tuples, built once per number (see `NumberExpr`).
    """

    before: str
    after: str
    labels: tuple[str, ...] = ()
    pay_section: bool = False
    listed: bool = False
    quote: str = ""
    prior: str = ""  # the kind of the sentence's previous percentage, if any
    section: str = ""  # the nearest heading
    pay_table: bool = False  # a row of a table whose caption names pay
    starred: bool = False  # stars after it for an estimate's significance: "0.241***"


class Reading(NamedTuple):
    """What a number expression claims: its kind and normalised value.

    `undecided` marks an amount of money whose own words say neither that it is pay nor that
    it is not, or a bare figure in the place of pay said in thousands ("Base is 340", "wants
    110 to move"): the document's other pay figures settle it (see `settle.settle_pay`).
    `relative` marks an amount added to or taken from pay that names no period ("six grand
    more than me", "a bump of $150K"): it is in the period of the document's pay where that
    is plain, whatever its own words suggested (see `settle.settle_relative`).
    """

    kind: str
    low: float | None
    high: float | None
    open_high: bool
    unit: str
    period: str | None
    qualifiers: dict[str, str]
    undecided: bool = False
    relative: bool = False


def reading_of(expr: NumberExpr, kind: str, **changes: object) -> Reading:
    values: dict[str, object] = {"low": expr.low, "high": expr.high, "open_high": expr.open_high}
    values |= {"unit": expr.unit, "period": expr.period, "qualifiers": {}}
    values |= changes
    return Reading(kind, **values)  # type: ignore[arg-type]


def defines_a_scale(around: Surroundings) -> bool:
    """Whether the figure defines a scale or is its definition: "₹1 lakh is ₹1,00,000", the
    "€1.000" of "× €1.000"."""
    if cues.ONE_SCALE.fullmatch(around.quote) and cues.DEFINED_AS.match(around.after):
        return True
    if around.before.endswith(("×", "× ", " x", " x ")) and cues.ONE_THOUSAND.fullmatch(
        around.quote
    ):
        return True  # "annual gross, × €1.000": the scale of a table's figures
    return cues.DEFINING_BEFORE.search(around.before[-24:]) is not None


def clause_of(before: str) -> str:
    """The part of the sentence before a number that belongs to its clause."""
    cut = max(before.rfind(mark) for mark in (", ", "; ", "(", " — ", " and "))
    return before[cut + 1 :] if cut >= 0 else before[-80:]
