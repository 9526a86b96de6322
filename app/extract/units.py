"""Units named once in a table's column header: `Base (USD k)` makes a bare `176` $176,000.

Compensation tables often print bare figures and put the currency and the scale in the
header (`Salary ($K)`, `Median TC (EUR k)`, `CTC (₹ LPA)`, `Day rate (£)`). A bare number in
such a column is an amount of money, not a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from app.extract import cues, currencies
from app.extract.delimited import cells_of
from app.extract.numbers import NumberExpr
from app.extract.periods import (
    BRACKET_PART,
    header_period,
    intro_sentence,
    per_annum,
    sentence_before,
)
from app.extract.rows import pipe_cells
from app.extract.structure import Block
from app.extract.tables import UNIT_CORNER, captions, header_line

_CURRENCIES = {
    "usd": "USD", "us$": "USD", "$": "USD", "gbp": "GBP", "£": "GBP", "eur": "EUR", "€": "EUR",
    "inr": "INR", "₹": "INR", "rs": "INR", "rs.": "INR", "cad": "CAD", "c$": "CAD",
    "ca$": "CAD", "sgd": "SGD", "s$": "SGD", "aud": "AUD", "a$": "AUD", "au$": "AUD",
    "nzd": "NZD", "nz$": "NZD", "aed": "AED", "chf": "CHF", "sar": "SAR", "qar": "QAR",
    "pln": "PLN", "zł": "PLN", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "jpy": "JPY",
    "hkd": "HKD", "hk$": "HKD", "cny": "CNY", "rmb": "CNY", "krw": "KRW", "twd": "TWD",
    "nt$": "TWD", "vnd": "VND", "egp": "EGP", "idr": "IDR", "rp": "IDR",
    "thb": "THB", "pkr": "PKR", "bdt": "BDT",
    "ils": "ILS", "myr": "MYR", "zar": "ZAR", "ron": "RON", "uah": "UAH",
    "czk": "CZK", "huf": "HUF", "rub": "RUB", "ars": "ARS", "mxn": "MXN", "brl": "BRL",
    "r$": "BRL", "clp": "CLP", "cop": "COP", "円": "JPY", "kes": "KES", "ngn": "NGN", "try": "TRY",
    "rm": "MYR", "원": "KRW",
    **{code.lower(): code for code in currencies.CODES},
    **{mark.lower(): code for mark, code in currencies.MARKED.items()},  # "₾", "JD"
    **{name: code for name, code in currencies.NAMED.items() if code != "USD"},  # "lari"
    # named in words ("in thousands of euros": the table's names above): "thousands of current
    # US dollars"
    "dollars": "USD", "euro": "EUR",
}  # fmt: skip
_SCALES = {
    "k": 1e3, "000": 1e3, "'000": 1e3, "000s": 1e3, "'000s": 1e3, "thousand": 1e3,
    "thousands": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "l": 1e5,
    "lakh": 1e5, "lakhs": 1e5, "lpa": 1e5, "cr": 1e7, "crore": 1e7, "crores": 1e7, "万": 1e4,
    "萬": 1e4, "만": 1e4, "triệu": 1e6, "juta": 1e6, "ribu": 1e3,
    "miles": 1e3, "milliers": 1e3, "tausend": 1e3, "tsd": 1e3, "tsd.": 1e3,  # "en miles de euros"
}  # fmt: skip
_RUPEE_SCALES = {"lpa", "l", "lakh", "lakhs", "cr", "crore", "crores"}
# Words a unit part may also hold: "(in USD thousands)", "(USD k, per year)".
_PERIODS = {"year": "year", "yr": "year", "annual": "year", "annum": "year", "pa": "year",
            "p.a.": "year", "p.a": "year", "hour": "hour", "hr": "hour", "day": "day",
            "month": "month", "mo": "month", "mth": "month", "week": "week", "wk": "week",
            "h": "hour",  # "median, USD/h", "€/h"
            "tháng": "month", "năm": "year", "月": "month", "年": "year"}  # fmt: skip
# Continental Europe groups thousands with dots: "60.000" under "€ brutto/year" is 60,000.
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_PER_UNIT_HOUR = re.compile(r"(?i)\b(?:gpu|node|instance|core|seat)-(?=h(?:ou)?rs?\b)")
# A column of counts or shares keeps its figures whatever unit the table's caption names.
COUNTED = re.compile(
    r"(?i)(?:^|\W)(?:n|#|no\.|offers|count|number|share|percent|pct|%|respondents|responses|sample"
    r"|change|growth|jobs|openings|postings|posts|listings|ads|headcount|hires|placed|placements"
    r"|students|recruiters"
    r"|applicants|vacancies|regd|registered|enrolled|eligible|intake|employment|employed|workers"
    r"|employees|accepted|declined|rejected|withdrawn|sent|received|filled|reports|submissions)(?:$|\W)"
)
# a column's own bracket, which may name a unit: not a band of years ("Fresher (0–2 yrs)")
# (not a bracket of years nor of a share: "Senior (5+ yrs)", "Housing (25%)")
_OWN_BRACKET = re.compile(r"\((?![^)]*\b(?:yrs?|years?|YOE|yoe)\b)(?![^)]*\d\s?%)([^)]*)\)?")
# A column of a person's experience, not priced by the caption: "Years exp.", "YOE"
_EXPERIENCE_COLUMN = re.compile(r"(?i)\s*(?:years?|yrs?|yoe|experience|exp)\b")
_PERCENT_CAPTION = re.compile(
    r"\(%(?:\s+of\b[^)]*)?\)|\(in\s+%\)|\(percent(?:\s+of\b[^)]*)?\)|\bin\s+(?:%|percent\b)"
)
_SCALED_QUOTE = re.compile(r"(?i)\d\s?(?:[kmbl]|mn|bn|cr|thousand|million|lakh|crore)")
_DOCUMENT_FIGURES = re.compile(
    r"(?i)\ball\s+(?:table\s+)?(?:figures|amounts|salaries|numbers)\s+"
    # "are in ₹ lakh", "are gross annual base salary in thousands of euros", "USD thousands"
    r"(?:are\s+(?:shown\s+)?(?:(?!in\b)[\w-]+\s+){0,5}in\s+|(?=[A-Z$£€₹]))"
    r"([^.;,()\n]{1,36}?)(?=\s+(?:unless|except)\b|\s*[.;,(\n])"
)
_FIGURES_ARE_WORDS = ("igures are", "mounts are", "IGURES ARE", "MOUNTS ARE")  # (found first)
_FIGURES_ARE = re.compile(
    r"(?i)(?:^|[.:]\s+)(?:figures|amounts)\s+are\s+(?:shown\s+|given\s+)?in\s+"
    r"([^.;,()\n]{1,36}?)(?=\s+(?:unless|except)\b|\s*[.;,(\n])",
    re.MULTILINE,
)
# The words before a table scale the amounts its columns price: "in thousands of local currency"
_IN_THOUSANDS = re.compile(
    r"(?i)\bin\s+(?:thousands|'000s?)\b|\b(?:USD|GBP|EUR|CAD|SGD|AUD|local\s+currency)\s+thousands\b"
)
# a currency and its scale named together: "USD thousands", "in ₹ lakh", "(€k)"
_CURRENCY_NAME = rf"(?:{currencies.CODE_ALTERNATION}|(?:C|CA|S|A|US|NZ|HK)\$|[$£€₹₪])"
_SCALED = re.compile(
    rf"(?i)(?:\b|(?=[$£€₹])){_CURRENCY_NAME}\s*(?:in\s+)?(?:thousands|'?000s?|k|lakhs?|m|mn|millions?)\b"
    r"|(?<!\w)k\s?[€£$](?!\w)"  # French thousands of euros: "(en k€)"
)
_OWN_SCALE = re.compile(
    r"(?i)\b(USD|GBP|EUR|INR|CAD|SGD|AUD)\s+in\s+(thousands|lakhs?|millions?)\b"
)
# A table "in thousands, local currency" prices each row in its country's money.
# A column of amounts by its header, for a unit the words before the table name ("Amounts in
# LPA"): "Median fixed", "Base", "CTC", not "YOE band" or "Posts".
_PRICED_COLUMN = re.compile(
    r"(?i)^(?!.*\b(?:yoe|years?|experience|exp|tenure|posts|respondents)\b)(?!.*(?:%|percent))"
    r".*\b(?:median|mean|average|avg|base|fixed|variable|total|comp|ctc|salar(?:y|ies)|pay|wages?"
    r"|min|mid|max|minimum|midpoint|maximum|highest|lowest"
    r"|earnings|band|range|p\d\d|equity|stock|rsus?|bonus(?:es)?)\b"
)
# A column of what things cost, priced like the pay beside it where a figure is alone in its
# cell: "Loaded cost", "Est. cost" (not "About 310 GPU-hours" under "Spend")
_COST_COLUMN = re.compile(r"(?i)\b(?:costs?|budget|fees?|spend)\b")
# Words before a table that give every figure in it one unit: "All figures in USD per hour".
_ALL_FIGURES = re.compile(
    r"(?i)\ball\s+(?:figures|amounts|values|numbers|rates|salaries|pay)\s+(?:are\s+)?(?:shown\s+|given\s+)?in\b"
    # "All figures are **monthly base in S$**"
    r"|\ball\s+(?:figures|amounts|values|numbers|rates|salaries)\s+are\s+[*_]{0,2}(?:[\w-]+\s+){1,3}in\b"
)
_LOCAL_CURRENCY = re.compile(r"(?i)\blocal\s+currenc(?:y|ies)\b")
_PLACE_CURRENCY = {
    "united states": "USD", "us": "USD", "usa": "USD", "sf": "USD", "nyc": "USD",
    "new york": "USD", "seattle": "USD", "bay area": "USD", "united kingdom": "GBP", "uk": "GBP",
    "london": "GBP", "germany": "EUR", "berlin": "EUR", "munich": "EUR", "france": "EUR",
    "paris": "EUR", "netherlands": "EUR", "amsterdam": "EUR", "ireland": "EUR", "dublin": "EUR",
    "spain": "EUR", "madrid": "EUR", "italy": "EUR", "canada": "CAD", "toronto": "CAD",
    "vancouver": "CAD", "singapore": "SGD", "india": "INR", "bengaluru": "INR",
    "bangalore": "INR", "hyderabad": "INR", "australia": "AUD", "sydney": "AUD",
    "melbourne": "AUD", "switzerland": "CHF", "zurich": "CHF", "uae": "AED", "dubai": "AED",
    "new zealand": "NZD", "ontario": "CAD", "british columbia": "CAD", "quebec": "CAD",
    "alberta": "CAD", "montreal": "CAD", "montréal": "CAD", "calgary": "CAD", "ottawa": "CAD",
    "new south wales": "AUD", "nsw": "AUD", "victoria": "AUD", "queensland": "AUD",
    "brisbane": "AUD", "perth": "AUD", "canberra": "AUD", "auckland": "NZD", "wellington": "NZD",
    "hong kong": "HKD", "abu dhabi": "AED", "riyadh": "SAR", "saudi arabia": "SAR", "qatar": "QAR",
    "doha": "QAR",
}  # fmt: skip
_PLACE = re.compile(r"(?i)\b(" + "|".join(sorted(_PLACE_CURRENCY, key=len, reverse=True)) + r")\b")
# "salary in USD for", "Median base salary ... -- United States (USD)"
_IN_CURRENCY = re.compile(rf"(?:(?<=\bin\s)|(?<=\()){_CURRENCY_NAME}(?!\w)")
_CELL_GAP = re.compile(r"\s{2,}")
_NOT_PRICED = re.compile(
    r"(?i)\b(?:yoe|years?|experience|exp|tenure|%|percent|share|n|version|rev|revision)\b|^#$"
)
_MONTHS_PAID = re.compile(r"\b1[2-6]\s+months\b")
CURRENCY_COLUMN = re.compile(r"(?i)currency|ccy")  # a column naming each row's currency
UNIT_COLUMN = re.compile(r"(?i)(?:pay[ _])?(?:unit|units|period|basis)")  # and its scale and period
_LEAD_SCALE = re.compile(  # "in thousands", "(local currency, 000s)"
    r"(\b(?:thousands|thousand|millions|million|lakhs|lakh)|\b'000s?|(?<![\d,.'])000s)\b"
)
_FILLERS = {"in", "per", "a", "/", "brutto", "gross", "netto", "net", "ctc", "base", "fixed", "tc"}
_FILLERS |= {"of", "us", "u.s.", "current", "nominal", "constant", "sterling"}  # "US dollars"
_FILLERS |= {"equivalent", "equiv."}  # "(£k equivalent)": equity priced in pounds
_FILLERS |= {"en", "de"}  # "en miles de euros", "en milliers d'euros"
# the statistic a unit's bracket also names: "Fixed (median, LPA)", "Base (p50, USD k)"
_STATISTIC = re.compile(r"median|mean|average|avg\.?|midpoint|typical|p\d\d")
# A table's caption may name the unit of all its figures: "City-wise table (..., CTC in LPA)".
# or names it first in brackets: "(EUR unless stated)", "(USD, thousands)"
_CAPTION_CODE = re.compile(
    r"\(\s*((?:[A-Z]{3}|[$£€₹])(?:,?\s*(?:thousands|k|'?000s?|lakhs?|crores?|LPA|L))?"
    r"|k\s?(?:[A-Z]{3}|[$£€₹]))(?=[\s,)])"
    r"(?!\s+(?:to|=))"  # "(EUR)", "(£000s)", "(USD, thousands)", "(k€)"
)
# or in words, in brackets: "(thousands of current US dollars per year; all levels)"
_CAPTION_WORDS = re.compile(
    r"(?i)\(\s*((?:thousands|millions|lakhs)\s+of\s+[^;,()]{1,40}?)\s*[;,)]"
)
_UNLESS = re.compile(r"(?i)\b(?:unless|except|otherwise)\b")
_CAPTION_UNIT = re.compile(r"(?i)\b(?:in|en)\s+([^,()\[\]]{1,24}?)[)\]]?\.?\s*$")  # "(en k€)"
# The unit part of a header: in parentheses or brackets, or after a comma at its end.
_UNIT_PART = re.compile(r"[(\[]([^()\[\]]{1,24})[)\]]|,\s*([^,]{1,24})$")
# The phrases of the words before a table, cut at punctuation (not at the dot of `p.a.` nor
# that of "Rs. lakh").
_LEAD_PART = re.compile(r"(?:[^,;:()\[\].!?\n]|\.(?=[a-z]\.)|(?<=\bRs)\.(?=\s?[a-z]))+")
# Dollars named by their country ("in Canadian dollars", "Singapore dollars"), by its first word
DOLLAR_COUNTRY = r"canadian|australian|singapore|new\s+zealand|hong\s+kong"
DOLLARS_OF_COUNTRY = {"canadian": "CAD", "australian": "AUD", "singapore": "SGD"}
DOLLARS_OF_COUNTRY |= {"new": "NZD", "hong": "HKD"}
_DOLLARS_OF = re.compile(rf"(?i)\b({DOLLAR_COUNTRY})\s+dollars?\b")
_TOKEN = re.compile(rf"[$£€₹{currencies.SIGNS}]|[A-Za-z]{{1,2}}\$|'?[\w.]+|/")
# A column named as code names it ("base_usd", "change_pct", "total_to_base"): a notebook's
# printed DataFrame or a CSV export.
_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9%]+)+")
# a currency code that ends a header's words: "base usd", "Median base USD"
_CODE_TAIL = re.compile(
    rf"(?i)(?:^|\s){_CURRENCY_NAME}(?:\s+(?:k|thousands|lakhs?))?(?:\s?/\s?(?:hour|hr|h|day|month|mo|year|yr))?$"
)  # "Median KES/hour"


class ColumnUnit(NamedTuple):
    """The currency, scale and period a column header gives its bare figures."""

    currency: str
    scale: float
    period: str | None

    def apply(self, expr: NumberExpr, quote: str) -> NumberExpr:
        """`expr` (a bare number, `quote` in the text) read as an amount in this unit."""
        if self.currency == "EUR" and _DOT_THOUSANDS.fullmatch(quote):
            whole = float(quote.replace(".", ""))
            expr = expr._replace(low=whole, high=whole)
        low = None if expr.low is None else expr.low * self.scale
        high = None if expr.high is None else expr.high * self.scale
        period = self.period or expr.period
        return expr._replace(family="currency", low=low, high=high, unit=self.currency,
                             period=period)  # fmt: skip


@lru_cache(maxsize=1024)
def column_unit(header: str) -> ColumnUnit | None:
    """The money unit a column header names for its cells, if it names one.

    >>> column_unit("Base (USD k)")
    ColumnUnit(currency='USD', scale=1000.0, period=None)
    >>> column_unit("CTC (₹ LPA)")
    ColumnUnit(currency='INR', scale=100000.0, period='year')
    >>> column_unit("Offers (n)") is None
    True
    """
    # the bracket first: "On-demand, hyperscaler ($/GPU-hr)"; then a part after a comma
    parts = [(m[1], m.start()) for m in BRACKET_PART.finditer(header)]
    # or the bracket's first part: "ESOP grant (₹ lakh, vests over 4 yrs)"
    parts += [(part.split(",")[0], start) for part, start in parts if "," in part]
    parts += [(m[1] or m[2], m.start()) for m in _UNIT_PART.finditer(header)]
    for part, start in parts:
        unit = _read_unit(part)
        if unit is not None:
            return unit._replace(period=unit.period or header_period(header[:start]))
    tail = _CODE_TAIL.search(header) if not parts else None
    unit = _read_unit(tail.group()) if tail else None
    return unit._replace(period=unit.period or header_period(header)) if unit else None


def identifier_words(name: str) -> str:
    """A column named as code names it, in words: "base_usd" -> "base usd", "change_pct" ->
    "change pct", and one quantity over another, "total_to_base", a "total to base ratio".

    >>> identifier_words("total_to_base")
    'total to base ratio'
    >>> identifier_words("Median base")
    'Median base'
    """
    if "_" not in name or not _IDENTIFIER.fullmatch(name):
        return name
    words = name.replace("_", " ")
    return f"{words} ratio" if "_to_" in name else words


# A table's figures scaled by a multiplier: "× €1.000", "x 1,000 EUR", "(×1000 zł)": thousands
TIMES_THOUSAND = re.compile(
    rf"[×x]\s?({_CURRENCY_NAME}\s?)?1[.,\u00a0\u202f ]?000(?![\d.,])(\s?{_CURRENCY_NAME}\b)?"
)


def _times_as_thousands(words: str) -> str:
    """The words with a multiplier of a thousand said as thousands: "× €1.000" "€ thousands"."""
    if "000" not in words:
        return words
    return TIMES_THOUSAND.sub(lambda m: f"{m[1] or ''}{m[2] or ''} thousands".strip(), words)


@lru_cache(maxsize=256)
def caption_unit(caption: str) -> ColumnUnit | None:
    """The money unit a table's caption (its heading) gives every bare figure: `(CTC in LPA)`.

    >>> caption_unit("City-wise table (AI/ML engineer, CTC in LPA)")
    ColumnUnit(currency='INR', scale=100000.0, period='year')
    >>> caption_unit("Hiring in 2026") is None
    True
    """
    caption = _times_as_thousands(caption)
    named = _CAPTION_UNIT.search(caption) or _CAPTION_CODE.search(caption)
    named = named or _CAPTION_WORDS.search(caption)
    if named is not None and (unit := _read_unit(named[1])) is not None:
        return unit
    # a bracket's parts, one of them the unit: "SUMMARY OF COSTS (FEC, £)"
    parts = [p for m in BRACKET_PART.finditer(caption) for p in m[1].split(",")]
    units = {unit for part in parts if (unit := _read_unit(part)) is not None}
    if len(units) == 1:
        return units.pop()
    # or its last part, past a bracket: "Fixed pay (CTC excluding variable pay), ₹ lakh per annum"
    last = _read_unit(caption.rsplit(",", 1)[1].strip(" *_")) if ")," in caption else None
    if last is not None:
        return last
    # or one of its phrases: "Gross monthly salary in AED, tax-free, excluding housing."
    for part in _LEAD_PART.findall(caption) if named is None else ():
        said = _CAPTION_UNIT.search(part.strip(" *_"))
        unit = _read_unit(said[1]) if said else None
        if unit is not None:
            return unit
    if named is not None:
        return None
    # "All figures in this table are C$ thousands.", not "USD thousands unless the column says
    # otherwise", which leaves each place's column its own money
    scaled = _SCALED.search(caption)
    if scaled is None or _UNLESS.search(caption, scaled.end()):
        return None
    return _read_unit(scaled.group())


@lru_cache(maxsize=256)
def lead_unit(lead: str) -> ColumnUnit | None:
    """The money unit the words before a table give its bare figures, in a phrase of units
    alone or an `in ...` phrase: "Medians, USD per year, rounded to the nearest thousand."

    >>> lead_unit("Medians, USD per year, rounded to the nearest thousand.")
    ColumnUnit(currency='USD', scale=1.0, period='year')
    >>> lead_unit("We asked 1,200 engineers in 2026.") is None
    True
    """
    lead = _times_as_thousands(lead)
    for part in _LEAD_PART.findall(lead[-200:]):
        named = _CAPTION_UNIT.search(part)
        unit = _read_unit(part) or (_read_unit(named[1]) if named else None)
        if unit is not None:
            return unit
    return None


def bold_unit(lead: str) -> ColumnUnit | None:
    """A unit set in bold in the paragraph before a table: "Base salary excluding super, **A$
    thousands per year**. "Remote" means ..."."""
    if "**" not in lead:
        return None
    return next(filter(None, map(_read_unit, _BOLD.findall(lead[-400:]))), None)


def document_unit(text: str) -> ColumnUnit | None:
    """The money unit a document names once for all its tables' figures: "All table figures
    are in ₹ lakh per annum unless marked otherwise".

    >>> document_unit("All table figures are in ₹ lakh per annum unless marked otherwise.")
    ColumnUnit(currency='INR', scale=100000.0, period='year')
    """
    if not any(noun in text for noun in ("figures", "amounts", "salaries", "numbers")):
        return None  # the words it needs, found by plain search before the pattern's
    named = _DOCUMENT_FIGURES.search(text, 0, 200_000)
    if named is None and any(words in text for words in _FIGURES_ARE_WORDS):
        # "Figures are in lakhs per annum." opening its sentence
        said = (_read_unit(m[1]) and m for m in _FIGURES_ARE.finditer(text, 0, 200_000))
        named = next((m for m in said if m), None)
    unit = _read_unit(named[1]) if named else None
    if named is None or unit is None or unit.period is not None:
        return unit
    # "are gross annual base salary in thousands of euros": a year's pay
    return unit._replace(period=header_period(named[0]) or per_annum(named[0]))


# Words that give every figure of a page, a section or a table one unit, said more freely:
# "All band figures on this page are in ₹ lakh per annum, fixed CTC", "every pay figure in this
# card is net monthly pay in lei (RON)", "# all pay figures below: PHP, gross, PER MONTH", "All
# values below are **gross per month, in euros, paid 14×**"
_DECLARATION = re.compile(
    r"(?i)\b(?:all|every)\s+(?:[\w-]+\s+){0,2}?(?:figures?|amounts?|numbers|values|salar(?:y|ies)"
    r"|pay|bands)\s+(?:(?:on|in|of)\s+this\s+[\w-]+\s+|(?:below|above|here)\b\s*)?"
    # (a dot goes on where a word in lower case follows it: "Rs. lakh")
    r"(?:(?:are|is)\s+|:\s*|in\s+|(?-i:(?=[A-Z$£€₹])))((?:[^.;\n]|\.(?=\s?(?-i:[a-z]))){1,80})"
)
# where the words of a unit end: "unless the row says otherwise", "i.e. what lands", "rounded"
_DECLARATION_END = re.compile(r"(?i)\b(?:unless|except|otherwise|i\.e|e\.g|rounded|as\s+of)\b|\$\d")


@lru_cache(maxsize=256)
def lead_declared_unit(lead: str) -> ColumnUnit | None:
    """The unit the words right before a table declare for all its figures: "All figures below
    are in Rs. lakh per annum unless stated otherwise"."""
    return declared_unit(lead) if lead else None


def declared_unit(text: str) -> ColumnUnit | None:
    """The one money a page declares for all its figures in words (`_DECLARATION`), with the
    scale and period those words name; None where they name no money or more than one.

    >>> declared_unit("every pay figure in this card is **net monthly pay in lei (RON)**, i.e.")
    ColumnUnit(currency='RON', scale=1.0, period='month')
    """
    if not any(word in text for word in ("ll ", "very ", "LL ", "VERY ")):
        return None  # ("all", "every": found by plain search before the pattern's)
    for named in _DECLARATION.finditer(text, 0, 200_000):
        words = named[1]
        end = _DECLARATION_END.search(words)
        words = words[: end.start()] if end else words
        words = _DOLLARS_OF.sub(lambda said: dollars_of_country(said[1]), words.replace("*", " "))
        tokens = [token.lower() for token in _TOKEN.findall(words)]
        found = {_CURRENCIES[token] for token in tokens if token in _CURRENCIES}
        scales = [_SCALES[token] for token in tokens if token in _SCALES]
        if not found and any(token in _RUPEE_SCALES for token in tokens):
            found = {"INR"}  # "in lakh per annum"
        if len(found) != 1:
            continue
        period = header_period(words) or per_annum(words) or ("year" if "lpa" in tokens else None)
        return ColumnUnit(found.pop(), scales[0] if scales else 1.0, period)
    return None


def tables_pay_unit(headers: Iterable[tuple[str, ...]]) -> ColumnUnit | None:
    """The one currency a document's tables name for their pay columns, whole amounts only:
    the unit of its other pay columns that name none ("median base" under "median base (USD)").

    >>> tables_pay_unit([("role", "median base (USD)"), ("level", "median base")])
    ColumnUnit(currency='USD', scale=1.0, period=None)
    """
    priced = {name for names in headers for name in names if _PRICED_COLUMN.search(name)}
    named = {column_unit(name) for name in priced} - {None}
    if len(named) != 1:
        return None
    (unit,) = named
    return unit if unit is not None and unit.scale == 1.0 else None


def row_unit(columns: tuple[str, ...], row: tuple[str, ...], lead: str) -> ColumnUnit | None:
    """The money unit a table's `Currency` column names for its row, scaled and timed by the
    words before the table ("in thousands of local currency per year").

    >>> row_unit(("Location", "Currency", "Median base"), ("London", "GBP", "98"),
    ...          "Median base in thousands of local currency per year.")
    ColumnUnit(currency='GBP', scale=1000.0, period='year')
    """
    named = [i for i, name in enumerate(columns) if CURRENCY_COLUMN.fullmatch(name)]
    unit = [
        row[i] for i, name in enumerate(columns) if UNIT_COLUMN.fullmatch(name) and i < len(row)
    ]
    parts = [word.lower() for word in re.findall(r"[a-z']+", unit[0], re.I)] if unit else []
    if named and named[0] < len(row):
        currency = _CURRENCIES.get(row[named[0]].lower())
    else:  # or the unit cell names it too: "USD/hour", "EUR/day"
        currency = next((_CURRENCIES[word] for word in parts if word in _CURRENCIES), None)
    if currency is None:
        return None
    if unit:  # the row's own scale and period: "k/yr", "lakh/yr", "/hr"
        scale = next((_SCALES[word] for word in parts if word in _SCALES), 1.0)
        period = next((_PERIODS[word] for word in parts if word in _PERIODS), None)
        return ColumnUnit(currency, scale, period)
    words = lead[-400:].lower()
    scale = next((_SCALES[w] for w in _LEAD_SCALE.findall(words) if w in _SCALES), 1.0)
    own = _OWN_SCALE.search(lead)  # "in thousands (INR in lakhs)": one currency's own scale
    if own is not None and own[1].upper() == currency:
        scale = _SCALES[own[2].lower()]
    return ColumnUnit(currency, scale, header_period(words))


def _read_unit(part: str) -> ColumnUnit | None:
    """A unit part (`USD k`, `$K`, `£'000`, `in EUR thousands`); None if a word is not a unit."""
    currency, scale, period = "", 1.0, None
    part = _MONTHS_PAID.sub(" ", part)  # "(SGD, 13 months)": a year paid in 13 monthly amounts
    part = _PER_UNIT_HOUR.sub("", part)  # "($/GPU-hr)": a price by the hour
    part = _DOLLARS_OF.sub(lambda named: dollars_of_country(named[1]), part)
    part = part.replace("万円", "万 円").replace("만원", "만 원")  # "(万円/yr)", "(만원)"
    part = part.replace("d'", "de ").replace("d’", "de ")  # "en milliers d'euros"
    for token in _TOKEN.findall(part.replace("$k", "$ k").replace("$K", "$ K")):
        word = token.lower()
        if word in _CURRENCIES and not currency:
            currency = _CURRENCIES[word]
        elif word in _SCALES and scale == 1.0:
            scale = _SCALES[word]
            currency = currency or ("INR" if word in _RUPEE_SCALES else "")  # lakhs: rupees
            period = "year" if word == "lpa" else period
        elif word in _PERIODS:
            period = _PERIODS[word]
        elif word not in _FILLERS and not _STATISTIC.fullmatch(word):
            return None
    return ColumnUnit(currency, scale, period) if currency else None


def dollars_of_country(country: str) -> str:
    """The code of the dollars a country's name names: "Canadian" CAD, "New Zealand" NZD."""
    return DOLLARS_OF_COUNTRY[country.split()[0].lower()]


# A statistical table's line of units, part by part: "Units: Earnings in € per week;
# Employment in thousands ('000); change in %"
_UNITS_SAID = re.compile(r"(?im)^\s*units?\s*:\s*(.+)$")
_UNIT_PART_SAID = re.compile(r"\s*(\w+)[^;]*?\s+in\s+([^;]+)")


def _column_part(column: str, block: Block) -> str | None:
    """The part of a table's "Units:" line (before it or taken for its heading) that names
    `column`'s unit: the part whose first word the column's name holds ("Employment" for
    "Employed Q2 2025"), else a unit said alone ("€ per hour"), else the part no column names
    ("Earnings in € per week")."""
    words = "\n".join((intro_sentence(block), *block.headings[:2]))
    said = _UNITS_SAID.search(words) if "nit" in words else None
    if said is None:
        return None
    parts = [(m[1].lower()[:5], m[0]) for m in map(_UNIT_PART_SAID.match, said[1].split(";")) if m]
    named = next((part for stem, part in parts if stem in column.lower()), None)
    alone = [part for part in said[1].split(";") if " in " not in part]
    if named is None and alone:  # a unit said alone is every other column's: "€ per hour"
        named = f"figures in {alone[0].strip()}"
    if named is None:  # else the part no column names: "Earnings in € per week"
        names = " ".join(block.columns).lower()
        named = next((part for stem, part in parts if stem not in names), None)
    return named


def table_money(
    column: str,
    block: Block,
    text: str,
    *,
    labels_rows: bool,
    bare: bool = True,
    default: ColumnUnit | None = None,
    declared: ColumnUnit | None = None,
    notes: str = "",
) -> ColumnUnit | None:
    """The money unit of a bare figure in a table: its column's (`Base (USD k)`), else, but for
    the row-label column and columns of counts, the caption's (`(EUR unless stated)`), the words
    before the table's (`Figures in ₹ lakh`), its row's `Currency` cell, in a column of pay the
    unit the document names for all its tables' figures (`default`) or, in a table "in
    thousands of local currency" (said before it or in the `notes` under it), the money of
    the place its row or column names, else the unit the document `declared` for all its
    figures ("All figures are gross annual base salary in thousands of euros") or the words
    right before the table declare for its own ("All figures below are in Rs. lakh"). Words said of
    all figures price only a `bare` figure, alone in its cell (not "About 310 GPU-hours")."""
    column = cues.percentile_as_statistic(column)  # "25%", "75th pct": "p25", "p75"
    if column_unit(column) is None and any(map(_timed, (column, block.row))):
        return None  # "Median days open", "Time to hire (weeks)": times, not money
    counted_row = bool(block.row) and COUNTED.fullmatch(block.row.strip()) is not None
    money = column_unit(column) if column and not counted_row else None
    if money is None and block.layout and block.row and not COUNTED.search(column):
        money = column_unit(block.row)  # "Average package (LPA)   9.6   10.2": the row's unit
    if money is None and block.layout and _STATISTIC_COLUMN.fullmatch(column):
        money = _unit_before(column, block.columns)  # "Hourly (US$), p25–p75 | Median"
    if money is not None and money.scale == 1.0 and block.layout:
        thousands = _IN_THOUSANDS.search(intro_sentence(block))  # "UK (£)", "in thousands of"
        money = money._replace(scale=1e3) if thousands else money
    counted = COUNTED.search(column) is not None and not _STATISTIC_OF.match(column)
    if money is not None or not block.layout or labels_rows or counted:
        return money
    annualised = _ANNUALISED.match(column) is not None  # "Annualised (×13)" beside "Monthly"
    own = _own_unit(column) and not annualised
    # the caption, maybe on two lines; "monthly package by level (SAR)": its period too; or a
    # line set in italics or bold right above the table ("*Table 1. Gross monthly salary in
    # AED, tax-free, excluding housing.*")
    named = [*_EMPHASISED.findall(block.lead[-300:]), *captions(block)]
    if named and not own and not _EXPERIENCE_COLUMN.match(column):
        money = next(filter(None, map(_timed_caption_unit, named)), None)
        money = money._replace(period="year") if money and annualised else money
    if money is None and block.layout == "words":  # the lines right above its header
        money = caption_unit(block.lead)
    titled = _TABLE_TITLE.search(block.lead) if money is None and block.layout == "cell" else None
    if titled is not None:  # ".. list-table:: Base salary, New Zealand (NZD per year, p25–p75)"
        money = _timed_caption_unit(titled[1])
    corner = UNIT_CORNER.match(block.columns[0]) if block.columns else None
    if money is None and corner is not None:  # "£000" over the row labels: every column's
        money = _read_unit(corner.group().strip("()"))
    priced = _PRICED_COLUMN.search(column) or (
        bare
        and (_COST_COLUMN.search(column) or _ALL_FIGURES.search(block.lead[-200:]))
        and not _NOT_PRICED.search(column)  # (not "Typical experience (years)")
    )
    currency_named = any(CURRENCY_COLUMN.fullmatch(name) for name in block.columns)
    unit_named = any(UNIT_COLUMN.fullmatch(name) for name in block.columns)
    # a row's own Currency or Unit cell ("USD/hour"), but not for the figures of a CSV's notes
    by_row = (priced or block.layout != "csv" or unit_named) and (currency_named or unit_named)
    if money is None and by_row:
        money = _row_money(block, text, notes)  # the row's own "Currency" cell first
    if money is None and priced:
        money = lead_unit(block.lead) or default  # "Fixed pay (median)" under "Figures in ₹ lakh"
    intro = intro_sentence(block)
    said = _column_part(column, block)
    if said is not None:  # its part of a line of units, money or not ("in thousands ('000)")
        return _read_unit(said.split(" in ", 1)[1])
    # (but a header line's "Median offered wage ($/hour)" prices its own column alone)
    if money is None and not _NOT_PRICED.search(column) and not header_line(intro, block.columns):
        money = _intro_money(intro) or _intro_money(sentence_before(block))
        money = money or bold_unit(block.lead)
    words = f"{intro_sentence(block)} {notes}"
    headed = bool(block.columns) and not COUNTED.search(block.row)  # a table, not a list
    if money is None and headed and _LOCAL_CURRENCY.search(words):
        money = (local_unit(block.row, words) if block.row else None) or local_unit(column, words)
    placed = _PLACE.search(column) is not None and len(column.split()) <= 3
    if money is None and headed and placed and _priced_place(block):
        # "Germany" beside "UK (GBP)": each place its money, in the caption's scale
        money = local_unit(column, " ".join((words, *block.headings[:3])))
    declared = declared or lead_declared_unit(block.lead[-300:])  # "(all amounts in SAR ...)"
    if money is None and bare and column and declared and not _NOT_PRICED.search(column):
        money = declared  # under "Senior", "2026": any column but counts and shares
    return money


def _timed_caption_unit(caption: str) -> ColumnUnit | None:
    """The unit a caption names, with the period its words name where the unit has none."""
    money = caption_unit(caption)
    if money is None or money.period:
        return money
    return money._replace(period=header_period(caption))


# A reStructuredText table's title, on its directive's line
_TABLE_TITLE = re.compile(r"\.\.\s+(?:list-)?table::\s*(.+?)\s*$")
# A column named by a statistic alone, beside the column whose unit it shares
_STATISTIC_COLUMN = re.compile(rf"(?i)\s*(?:{_STATISTIC.pattern})\s*")


def _unit_before(column: str, columns: Iterable[str]) -> ColumnUnit | None:
    """The money unit of the column right before `column`, if its header names one: a
    "Median" column beside "Hourly (US$), p25–p75" is in dollars by the hour."""
    before = None
    for name in columns:
        if name == column:
            return column_unit(before) if before else None
        before = name
    return None


# a line set in italics or bold, alone: a table's caption when it ends the words before it
_BOLD = re.compile(r"\*\*([^*\n]{1,60})\*\*")
_EMPHASISED = re.compile(r"(?:^|\n)\s*(?:\*\*?|__?)([^*_\n][^\n]*?)(?:\*\*?|__?)\s*$")
# a statistic of what a column's counted things are worth: "Median of my offers"
_STATISTIC_OF = re.compile(r"(?i)\s*(?:median|mean|average|avg)\s+of\b")
_ANNUALISED = re.compile(r"(?i)\s*annuali[sz]ed\b")
_PERIOD_ONLY = re.compile(r"(?i)\s*(?:monthly|annual|yearly|per\s+(?:month|year))\s*")


def rupees_by_period(column: str) -> ColumnUnit | None:
    """A column of a CTC annexure that names only its period ("Monthly", "Annual") in a document
    that groups its figures by lakhs ("4,50,000"): rupees by that period."""
    if not _PERIOD_ONLY.fullmatch(column):
        return None  # not "Annual refresh (₹ lakh, from year 2)", which names more than a period
    return ColumnUnit("INR", 1.0, header_period(column))


def _timed(label: str) -> bool:
    """Whether a column or row label names the time its figures count: "Median days open"."""
    named = cues.MEASURE_COLUMN.search(label) if label else None
    return named is not None and named["time"] is not None


def _priced_place(block: Block) -> bool:
    """Whether one of a table's columns names a place with its currency: "UK (GBP)"."""
    return any(_PLACE.search(name) and column_unit(name) for name in block.columns)


def _own_unit(column: str) -> bool:
    """Whether a column has a bracket of its own that may name its unit: "Bonus (%)", not
    "Remote (UK)", which names a place."""
    bracket = _OWN_BRACKET.search(column)
    return bracket is not None and _UNIT_WORD.search(bracket[1]) is not None


# what a column's bracket names if it is the column's unit (not "US (SF/NY)", "India (metro)")
_UNIT_WORD = re.compile(
    rf"(?i)[%#$£€₹¥×]|\d|\b(?:n|k|m|x|pp|bps|{currencies.CODE_ALTERNATION}|count|number|no|days?|weeks?"
    r"|months?|hours?|hrs?|yrs?|years?|score|points?|pts|ratio|FTEs?|headcount|lakhs?|LPA|L|Cr"
    r"|crores?|thousands?|millions?|per|rate)\b"
)


def _row_money(block: Block, text: str, notes: str) -> ColumnUnit | None:
    """The unit a table row's `Currency` cell names, scaled by the words around the table."""
    if block.layout not in ("pipe", "fixed", "csv"):
        return None
    caption = block.headings[0] if block.headings else ""
    return row_unit(block.columns, _row_cells(block, text), f"{caption} {block.lead} {notes}")


def _intro_money(intro: str) -> ColumnUnit | None:
    """The unit the sentence before a table names with a scale ("..., USD thousands.",
    "Figures are in ₹ lakh per annum") or, of pay, in brackets ("Median annual base salary in
    USD for")."""
    scaled = _SCALED.search(intro)
    if scaled is None and cues.PAY.search(intro):
        scaled = _IN_CURRENCY.search(intro)
    money = _read_unit(scaled.group()) if scaled else None
    if money is not None and money.period is None:
        money = money._replace(period=header_period(intro) or per_annum(intro))
    return money


def place_currency(words: str, *, last: bool = False) -> str | None:
    """The money of the first (or last) place `words` name: "Sydney" AUD, "Ontario" CAD."""
    places = _PLACE.findall(words)
    return _PLACE_CURRENCY[places[-1 if last else 0].lower()] if places else None


def local_unit(label: str, intro: str) -> ColumnUnit | None:
    """The unit of a row or column of a table in local currency: its label's own (`India,
    metros (₹ lakh)`), else its place's money (`UK – London`), scaled and timed by the caption
    (`(thousands, local currency)`)."""
    own = column_unit(label)
    if own is not None:
        return own._replace(period=own.period or header_period(intro))
    place = _PLACE.search(label)
    if place is None:
        return None
    words = intro.lower()
    scale = next((_SCALES[w] for w in _LEAD_SCALE.findall(words) if w in _SCALES), 1.0)
    currency = _PLACE_CURRENCY[place[1].lower()]
    if currency == "INR" and "lakh" in words:  # "The India column is the exception: in lakh"
        scale = 1e5
    return ColumnUnit(currency, scale, header_period(intro))


def in_thousands(expr: NumberExpr, quote: str, block: Block) -> NumberExpr:
    """An amount with its currency but no scale ("£55–68") in a table whose caption gives its
    figures "in thousands of local currency", in thousands."""
    if not block.layout or (expr.high or 0) >= 1000 or _SCALED_QUOTE.search(quote):
        return expr
    if not _IN_THOUSANDS.search(intro_sentence(block)):
        return expr
    low = None if expr.low is None else expr.low * 1e3
    return expr._replace(low=low, high=None if expr.high is None else expr.high * 1e3)


def _row_cells(block: Block, text: str) -> tuple[str, ...]:
    """The cells of a table row: between its pipes, or between the stops of its columns."""
    line = text[block.start : block.end]
    if block.layout == "pipe":
        return pipe_cells(line)
    if block.layout == "csv":
        return cells_of(line)
    line = text[text.rfind("\n", 0, block.start) + 1 : block.end]
    edges = (*block.stops, len(line))
    return tuple(line[start:end].strip() for start, end in pairwise(edges))


def in_percent(block: Block, column: str) -> bool:
    """Whether the sentence that introduces a table gives its figures in percent, or its line
    of units gives the column's ("change in %", not "Employment in thousands")."""
    part = _column_part(column, block)
    return _PERCENT_CAPTION.search(part if part is not None else intro_sentence(block)) is not None


def written_pay(text: str, exprs: Iterable[NumberExpr]) -> tuple[ColumnUnit, float, float] | None:
    """The unit a document writes its amounts in, where three or more of them and most of those
    it scales are in one ("₹18-32 LPA", "₹3.6 LPA", "₹42 LPA"), with the least and the most of
    them in that unit (18 and 42): the unit of a pay table that names none ("18-32" under
    "Product" in a blog on LPA pay). None where it writes none so, or several alike."""
    found: dict[tuple[str, float], list[float]] = {}
    for expr in exprs:
        if expr.family != "currency" or expr.high is None or expr.low is None:
            continue
        scale = _written_scale(text[expr.start : expr.end])
        if scale:
            found.setdefault((expr.unit, scale), []).extend((expr.low / scale, expr.high / scale))
    if not found:
        return None
    (currency, scale), sizes = max(found.items(), key=lambda item: len(item[1]))
    if len(sizes) < 6 or 3 * len(sizes) < 2 * sum(map(len, found.values())):
        return None  # three amounts or more, two in three of those it scales
    return ColumnUnit(currency, scale, "year" if scale == 1e5 else None), min(sizes), max(sizes)


def _written_scale(quote: str) -> float:
    if _LAKH_WRITTEN.search(quote):
        return 1e5
    return 1e3 if _THOUSANDS_WRITTEN.search(quote) else 0.0


_LAKH_WRITTEN = re.compile(r"(?i)\d\s?(?:LPA|lakhs?|lacs?|L)\b")
_THOUSANDS_WRITTEN = re.compile(r"\d\s?[kK]\b")


def unpriced_pay_column(column: str, block: Block) -> bool:
    """Whether a table's column may hold pay its header does not price: not a count, a share,
    a time or years of experience."""
    if COUNTED.search(column) or _NOT_PRICED.search(column) or _EXPERIENCE_COLUMN.match(column):
        return False
    return not _timed(column) and not in_percent(block, column)
