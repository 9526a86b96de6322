"""The second pass: what a document's figures, read one by one, say together.

An amount whose own words say neither that it is pay nor that it is not ("Top candidate Tom
H. wants £100k") is read as the document's other pay figures suggest: as pay where they are
of its size and in its currency, else as an amount of money.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from statistics import median

from app.extract import currencies
from app.extract.candidate import ClaimCandidate


def settle_pay(
    claims: list[ClaimCandidate], if_pay: dict[int, ClaimCandidate]
) -> list[ClaimCandidate]:
    """Amounts and bare figures whose words left them open (`if_pay`: each read as pay, by
    where it starts) read as pay where two or more of the document's yearly pay figures are in
    its currency and of its size: "Top candidate Tom H. wants £100k" in a thread whose bands
    are £85-95k and £100-120k."""
    if not if_pay:  # most documents have none: nothing to settle
        return claims
    yearly: dict[str, list[float]] = {}
    for claim in claims:
        if claim.kind == "salary" and claim.period == "year" and claim.high:
            yearly.setdefault(claim.unit, []).append(claim.high)
    settled = []
    for claim in claims:
        pay = if_pay.get(claim.start)
        if pay is not None and _pay_sized(pay.high, pay.unit, yearly.get(pay.unit, [])):
            claim = pay
        settled.append(claim)
    return settled


def _pay_sized(amount: float | None, currency: str, pay: list[float]) -> bool:
    """Whether `amount` is a year's pay by its size: above a modest salary and within a factor
    of 2.5 of the middle of the document's pay figures, of which there are two or more (the
    middle, so that one misread figure does not stretch the range)."""
    if amount is None or len(pay) < 2 or amount < currencies.modest_year(currency):
        return False
    middle = median(pay)
    return middle / 2.5 <= amount <= middle * 2.5


def settle_relative(claims: list[ClaimCandidate], relative: set[int]) -> list[ClaimCandidate]:
    """Amounts added to or taken from pay that name no period (`relative`, by where they
    start) take the period of the document's pay in their currency, whatever their words
    suggested: the period of most of its pay figures, where two or more name one and the
    amount is below the largest ("six grand more than me" in a post of yearly salaries is a
    year's, "S$800 more than the first offer" a month's where pay is quoted by the month)."""
    if not relative:
        return claims
    periods: dict[str, Counter[str]] = {}
    sizes: dict[str, list[float]] = {}
    for claim in claims:
        if claim.kind == "salary" and claim.period in ("year", "month") and claim.high:
            periods.setdefault(claim.unit, Counter())[claim.period] += 1
            sizes.setdefault(claim.unit, []).append(claim.high)
    settled = []
    for claim in claims:
        counted = periods.get(claim.unit)
        if claim.start in relative and counted and claim.kind == "money":
            (period, count), *rest = counted.most_common()
            tied = rest and rest[0][1] == count
            if count >= 2 and not tied and (claim.high or 0) < max(sizes[claim.unit]):
                claim = replace(claim, period=period)
        settled.append(claim)
    return settled


def settle_equivalents(claims: list[ClaimCandidate], text: str) -> list[ClaimCandidate]:
    """Amounts set side by side that the last one's period times: one amount in several
    currencies ("£1,500 / €1,700 / C$2,600 / ₹1,00,000 per person per year") or two rates
    of one kind ("£90 and £120/hour"), each read as the last is where its own words name no
    period."""
    settled = list(claims)
    run = 0  # where the run of amounts ending at the claim before starts
    for at in range(1, len(settled) + 1):
        if at < len(settled) and _side_by_side(settled[at - 1], settled[at], text):
            continue
        last = settled[at - 1]
        if at - run > 1 and last.period is not None:
            for k in range(run, at - 1):
                if settled[k].period is None:
                    settled[k] = _timed_as(settled[k], last)
        run = at
    return settled


def _side_by_side(before: ClaimCandidate, claim: ClaimCandidate, text: str) -> bool:
    """Whether `claim` follows the amount before it as the same kind of amount: in another
    currency after a slash, or in the same one after "and", "or" and of a like size."""
    money = ("salary", "money")
    if before.kind not in money or claim.kind not in money:
        return False
    between = text[before.end : claim.start].strip(" \t")
    if before.unit != claim.unit:
        return between == "/"
    sizes = before.high or 0, claim.low or 0
    return between in ("and", "or") and min(sizes) > 0 and max(sizes) <= 3 * min(sizes)


def _timed_as(claim: ClaimCandidate, last: ClaimCandidate) -> ClaimCandidate:
    """`claim` with the period of `last`, and its kind where both are in one currency."""
    if claim.unit == last.unit and last.kind == "salary":
        return replace(claim, period=last.period, kind="salary", qualifiers=last.qualifiers)
    return replace(claim, period=last.period)
