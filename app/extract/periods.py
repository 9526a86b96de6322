"""Pay periods a table names for its amounts: in a column header (`Day rate (£)`), a row
label (`Monthly transit pass`), a caption, the sentence that introduces the table ("(yearly
figures):"), the paragraph before it ("Rates are hourly") or a note in its row ("per user /
month").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from app.extract import time_cues
from app.extract.tables import captions

if TYPE_CHECKING:
    from app.extract.structure import Block

# A label's part in brackets, which may name a unit or a period: "(USD k)", "(day rate)"
BRACKET_PART = re.compile(r"[(\[]([^()\[\]]{1,24})[)\]]")
# a note in the row that prices by the head: "per user / month", "per engineer / year"
_ROW_PERIOD = re.compile(r"(?i)\bper\s+[a-z]+\s*/\s*(hour|day|week|month|year)\b")
# The words before a table say how its amounts are timed: "Rates are hourly, in the currency".
_FIGURES_RATED = re.compile(
    r"(?i)\b(rates|figures|amounts|salaries|pay|prices|fees|costs)\s+(?:are|shown\s+are)\s+"
    r"(?:all\s+)?[*_]{0,2}(?:in\s+)?(?:[A-Z]{3}\s+|[$£€₹]\s*)?(?:per\s+)?(?:billed\s+|worked\s+)?"
    r"(hourly|daily|weekly|monthly|annual|yearly|hour|day|week|month|year)\b"
)  # "All rates are per hour.", "(rates are USD per billed hour)"
_ALL_BEFORE = re.compile(r"(?i)\ball\s+$")
_YEAR_COLUMN = re.compile(r"(?i)\s*(?:year\s+\d\b|FY\s?'?\d{2}(?:\d{2})?\b)")
_FISCAL_COLUMN = re.compile(r"(?i)\s*(?:fiscal(?:\s+year)?|year|FY)\s*$")  # a row for each year
_PER_ANNUM = re.compile(r"(?i)\bper\s+annum\b|\bp\.a\.|\bLPA\b")
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A rate named in the header's words: "Day rate (£)", "Hourly (USD)".
# A bonus column beside yearly pay is a yearly bonus; a sign-on bonus is paid once.
_YEARLY_BONUS = re.compile(
    r"(?i)^(?!.*\b(?:sign|signing|sign-on|joining|relocation|retention|referral|one-time)\b)"
    r".*\b(?:bonus|var|variable)\b"  # "Var" beside "Fixed"
)
_PAY_COLUMN = re.compile(r"(?i)\b(?:base|total|salary|salaries|TC|CTC|fixed)\b")
_HEADER_PERIOD = re.compile(
    r"(?i)\b(?:(hour|day|week|month)(?:ly)?\s+rates?|(hour|day|week|month)ly|daily"
    r"|per\s+(hour|day|week|month|year))\b"
    r"|(?:/\s*|\ba\s+)(hour|hr|day|month|year|yr)\b|/(h)\b"  # "(S$ / month)", "($/hr)", "(USD/h)"
    r"|(?:/\s*|\bper\s+)(?-i:MD|man-days?)\b"  # a contractor's rate per man-day: "rate / MD (CZK)"
    r"|\b(annual|yearly|LPA)\b"  # lakhs per annum: "Indian metros (₹ LPA, CTC)"
    # in the languages of European job ads: "Brutto / Monat", "€ pro Jahr", "brut annuel"
    r"|(?:/\s*|\b(?:pro|per|par|por|al)\s+)(monat|jahr|maand|jaar|mois|an|mes|año)\b"
    r"|\b(jährlich|monatlich|mensuel(?:le)?|annuel(?:le)?|mensual(?:es)?|mensa(?:l|is)|anual(?:es)?"
    r"|anuais)\b"
)


def header_period(words: str) -> str | None:
    """The pay period a column header names: `Contract day rate (ex GST)` -> day."""
    named = _HEADER_PERIOD.search(words.replace("_", " ") if "_" in words else words)
    if named is None:  # (a column named as code says its words apart: "median_monthly")
        return None
    word = next((group.lower() for group in named.groups() if group), "day")  # "daily"
    named_periods = {"yr": "year", "annual": "year", "yearly": "year", "lpa": "year", "hr": "hour"}
    named_periods["h"] = "hour"
    return (named_periods | time_cues.FOREIGN_PERIODS).get(word, word)


def no_ones_rate(period: str | None, amount: float | None, currency: str) -> bool:
    """Whether `amount` is too large to be anyone's pay by the hour or the day: a year's pay
    under a caption that names day rates too, or after an hourly wage ("$181,810")."""
    ceiling = 100_000 if currency in _SMALL_UNITS else 10_000
    return period in ("hour", "day") and (amount or 0) >= ceiling


_SMALL_UNITS = {"INR", "JPY", "KRW", "IDR", "VND", "NGN", "PKR", "LKR", "HUF", "CLP", "COP"}


def label_period(row: str) -> str | None:
    """The period a table row names for its amounts: `Monthly transit pass` -> month."""
    named = time_cues.PERIOD_LABEL.search(row) if row else None
    if named is None:
        return None
    word = (named[1] or named[2]).lower()
    return time_cues.PERIOD_WORDS[word]


def table_period(column: str, block: Block, text: str) -> str | None:
    """The period a table gives an amount: its column (`Contract day rate`), its row (`Monthly
    transit pass`, `UK (day rate)`), its section (`## Day rates`), a bonus beside yearly pay,
    the sentence that introduces the table ("(yearly figures):"), the paragraph before it
    ("Rates are hourly, in ...") or a note in its row ("per user / month")."""
    period = header_period(column) or label_period(block.row) or bracket_period(block.row)
    if period is None and not column and len(block.columns) == 1:
        period = header_period(block.columns[0])  # a list's one header: "Day rate (€, ex VAT)"
    # the caption's and the words before the table's, unless a column names another period:
    # "Permanent base salaries (£k) and contract day rates (£)" over "London (£k)" and
    # "Contract day rate (£)" (but "Salário mensal bruto" over "Faixa mensal" and "Mediana")
    columns = {named for named in map(header_period, block.columns) if named}
    told = period is None and not columns
    if period is None and block.headings:  # (a header line taken for a heading is no caption)
        # (a caption on two lines: "Table 4.2: Monthly Wages of ..." over "Occupations, 2025")
        caption = next(filter(None, map(header_period, captions(block)[:2])), None)
        period = caption if told or columns == {caption} else None
    if period is None and _YEARLY_BONUS.search(column):  # "Bonus" beside "Base", "Total"
        period = "year" if any(map(_PAY_COLUMN.search, block.columns)) else None
    if period is None and told and block.lead:
        period = _intro_period(intro_sentence(block))
        rated = _FIGURES_RATED.search(block.lead) if period is None else None
        # "All rates are per hour": every figure's period; "(rates are USD per billed hour)"
        # only a Rate column's, beside "Invoiced"
        rates = [name for name in block.columns if "rate" in name.lower()]
        if rated and rated[1].lower() == "rates" and rates and column not in rates:
            rated = rated if _ALL_BEFORE.search(block.lead, 0, rated.start()) else None
        period = _rated_period(rated[2]) if rated else period
    if period is None and _YEAR_COLUMN.match(column):
        period = "year"  # a column for each year: "Year 2 (FY26)", "FY2025"
    if period is None and any(map(_FISCAL_COLUMN.match, block.columns)):
        period = "year"  # a row for each fiscal year: "Name | Fiscal Year | Salary ($) | ..."
    if period is None and block.layout == "pipe":
        named = _ROW_PERIOD.search(text, block.start, block.end)
        period = named[1].lower() if named else None
    return period


def list_period(block: Block) -> str | None:
    """The period the sentence before a list names for its items' amounts, ending in a colon:
    "three deductions come off every month:" over "- Employee PF (12% of basic): ₹10,000"."""
    if block.kind != "item" or not block.lead.rstrip().endswith(":"):
        return None
    every = _EVERY.search(intro_sentence(block))
    return every[1].lower() if every else header_period(block.lead.rstrip()[-_LAST_WORDS:])


_EVERY = re.compile(r"(?i)\b(?:every|each)\s+(month|year|week|day|hour)\b")
_LAST_WORDS = 16  # "Deductions per month:", not "(4-year monthly vesting, no cliff):"


def _rated_period(word: str) -> str:
    """The period a word names: "hourly" and "hour" an hour, "annual" a year."""
    word = word.lower()
    return time_cues.PERIOD_WORDS.get(word, word)


def _intro_period(intro: str) -> str | None:
    """The period the sentence before a table names for its figures: "(yearly figures)", "per
    month"; not the "a month" of what it says ("hybrid roles that ask for two office days a
    month")."""
    for named in _HEADER_PERIOD.finditer(intro):
        if not named.group().lower().startswith("a "):
            return header_period(named.group())
    return None


def bracket_period(row: str) -> str | None:
    """The period a row label names in brackets: "UK, outside IR35 (day rate)", "US (hourly)"."""
    named = BRACKET_PART.search(row) if "(" in row or "[" in row else None
    return header_period(named[1]) if named else None


def per_annum(words: str) -> str | None:
    return "year" if _PER_ANNUM.search(words) else None


def intro_sentence(block: Block) -> str:
    """The last sentence of the words before a table, which introduces it."""
    return _last_sentences(block.lead)[1] if block.lead else ""


def sentence_before(block: Block) -> str:
    """The sentence before the last of the words before a table, where a short caption runs on
    into a note: "Annual base salary, € thousands." before "Excludes bonus and equity."."""
    before = _last_sentences(block.lead)[0] if block.lead else ""
    return before if len(before) <= _CAPTION_LENGTH else ""


_CAPTION_LENGTH = 60


@lru_cache(maxsize=256)
def _last_sentences(lead: str) -> tuple[str, str]:
    """The last two sentences of a lead, once per lead: a table's rows share one."""
    *before, last = _LAST_SENTENCE.split(lead.strip())
    return (before[-1] if before else "", last)
