"""extract_claims: number expressions read in their block, sentence and section."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from app.extract.candidate import ClaimCandidate
from app.extract.carry import Carry
from app.extract.classify import classify
from app.extract.cues import (
    CHANGE_COLUMN,
    DOT_LEADER,
    HEADCOUNT,
    IN_THOUSANDS,
    LAKH_SHORTHAND,
    MONEY_WORD,
    NUMBERING_COLUMN,
    PAY,
    PAY_CASES,
    THOUSANDS_COLUMN,
)
from app.extract.currencies import CODE_ALTERNATION as ISO
from app.extract.delimited import cell_spans
from app.extract.facts import LAKH_GROUPED, SWISS_GROUPED, DocumentFacts, numbers_by_cell
from app.extract.illustrations import Illustrations
from app.extract.money import lakh_shorthand, lakh_talk, paid_monthly
from app.extract.numbers import (
    COMMA_GROUPED,
    KRONA_MARK,
    SPACE_GROUPED,
    NumberExpr,
    period_of,
    scan_numbers,
    spaced_thousands,
)
from app.extract.periods import intro_sentence, list_period, no_ones_rate, table_period
from app.extract.qualifiers import (
    level_named,
    plain_subject,
    role_columns,
    salary_qualifiers,
    salary_subject,
    search_caseless,
)
from app.extract.reading import Reading, Surroundings
from app.extract.rows import LATEX_CELL, latex_row, wiki_row
from app.extract.sentences import sentence_spans
from app.extract.settle import settle_equivalents, settle_pay, settle_relative
from app.extract.structure import Block, Document, read_structure
from app.extract.tables import captions, shown_column
from app.extract.units import (
    ColumnUnit,
    identifier_words,
    in_percent,
    in_thousands,
    lead_declared_unit,
    lead_unit,
    place_currency,
    rupees_by_period,
    table_money,
    tables_pay_unit,
    unpriced_pay_column,
    written_pay,
)
from app.ingest.notebook import NotebookPage, read_notebook

_ANCHOR = 32
_WINDOW = 100
# A sentence, list item or table row longer than this is read (and quoted as context) only
# in a window around each number, so that work per number stays bounded on one-line dumps.
_MAX_SPAN = 1200
# A caption's timestamp inside a sentence: " 1:44 ", " 12:04 ".
_CAPTION_TIME = re.compile(r"\s\d{1,2}:\d\d(?=\s)")
_DOLLAR_CODE = re.compile(r"\b(?:USD|CAD|AUD|NZD|SGD|HKD)\b")
# "US$", "USD": dollars the quote itself or the code right after it says are American ("$95/hr
# USD")
_US = re.compile(r"US|U\.S\.")
_USD_AFTER = re.compile(r" ?USD\b")
_HTML_CELL = re.compile(r"<t[dh]\b")
_PIPE = re.compile(r"\|")
_WIKI_CUT = re.compile(r"\|\|?")  # a MediaWiki row's "|" before its first cell and "||" between
_NOT_SPACE = re.compile(r"\S")
_INLINE = r"(?:strong|b|em|i|span|mark|u|a)\b[^<>]{0,80}"
_TAG_BEFORE = re.compile(rf"(?i)(?:<{_INLINE}>)+$")
_TAG_AFTER = re.compile(rf"(?i)^(?:</{_INLINE}>)+")
# alone in its cell: "55-68   80-105", "| 146 |", a LaTeX tabular's "& 146 \\"
_CELL_END = re.compile(r"[*+]*(?:[ ]{2}|[ ]*(?:[|\t\n&]|\\\\|$))")
# a period set after a bare figure in its cell: "41,000 / yr", "9,500 per month"
_PERIOD_AFTER = re.compile(
    r"[ \t]?(?:/[ \t]?|per[ \t]+)(?:yr|year|annum|mo|month|hr|hour|wk|week|day)\b"
)
# a row of a level by its experience: "SDE-2 (3-5 years)", "Mid (4–7 yrs)"
_YEARS_BAND = re.compile(r"\d\s?(?:[-–]\s?\d+|\+)\s?(?:yrs?|years?)\b")
_VALUE_FAMILIES = frozenset({"currency", "percent", "multiplier"})
_HEADED_TABLES = frozenset({"pipe", "html", "csv", "fixed", "words"})


def extract_claims(text: str) -> list[ClaimCandidate]:
    """All checkable numeric claims of a document's (already repaired) text, in text order.

    >>> [(c.quote, c.kind, c.low, c.high) for c in extract_claims("Seniors earn $240K to $320K.")]
    [('$240K to $320K', 'salary', 240000.0, 320000.0)]
    """
    page = read_notebook(text)
    if page is not None:  # a notebook's JSON: the page it shows, placed back in the file
        return [_placed_in(claim, text, page) for claim in _extract(page.text)]
    return _extract(text)


def _extract(text: str) -> list[ClaimCandidate]:
    doc = read_structure(text)
    numbers = (
        numbers_by_cell(text, doc.delimited)
        if doc.delimited
        else list(scan_numbers(spaced_thousands(text)))
    )
    reader = _Reader(text, doc, numbers)
    claims = (reader.read(expr) for expr in numbers)
    settled = settle_pay([claim for claim in claims if claim is not None], reader.if_pay)
    settled = settle_relative(settled, reader.relative)
    settled = settle_equivalents(settled, text)
    return _join_bands(settled, text) if doc.delimited else settled


def _placed_in(claim: ClaimCandidate, text: str, page: NotebookPage) -> ClaimCandidate:
    """A claim read on a notebook's page, at its place in the file: its quote as the file has
    it, its context as the page shows it (offset as in the file)."""
    start, end = page.place(claim.start, claim.end)
    context_start = start - (claim.start - claim.context_start)
    return replace(claim, quote=text[start:end], start=start, end=end, context_start=context_start)


def _join_bands(claims: list[ClaimCandidate], text: str) -> list[ClaimCandidate]:
    """A delimited row's minimum and maximum cells as the one band they post: "198000,265000"
    under "salary_min,salary_max" (but "median_base,median_total_comp" stay two claims)."""
    joined: list[ClaimCandidate] = []
    for claim in claims:
        low = joined[-1] if joined else None
        if low is not None and _band_ends(low, claim, text):
            stem = _BAND_END.sub("", low.qualifiers["column"]).strip()
            qualifiers = {**low.qualifiers, "column": stem}
            joined[-1] = replace(
                low, quote=text[low.start : claim.end], end=claim.end, high=claim.high,
                suffix=claim.suffix, qualifiers=qualifiers,
            )  # fmt: skip
            continue
        joined.append(claim)
    return joined


def _band_ends(low: ClaimCandidate, high: ClaimCandidate, text: str) -> bool:
    """Whether two claims are the low and high cells of one band, side by side in a row."""
    if text[low.end : high.start] not in (",", ";", "\t") or low.kind != high.kind:
        return False
    if (low.unit, low.period) != (high.unit, high.period) or low.kind not in ("salary", "money"):
        return False
    columns = low.qualifiers.get("column", ""), high.qualifiers.get("column", "")
    named = _BAND_END.search(columns[0])
    if named is None or named[0].lower() not in _LOW_ENDS or not _BAND_END.search(columns[1]):
        return False
    other = _BAND_END.sub(lambda end: _LOW_ENDS[end[0].lower()], columns[0])
    return other == columns[1] and (low.high or 0) <= (high.low or 0)


_BAND_END = re.compile(r"(?i)\b(?:min|minimum|low|lower|from|max|maximum|high|upper|to)\b")
_LOW_ENDS = {"min": "max", "minimum": "maximum", "low": "high", "lower": "upper", "from": "to"}


@dataclass
class _Reader:
    text: str
    doc: Document
    numbers: list[NumberExpr]  # every number expression of the text, in order
    starts: list[int] = field(default_factory=list)
    sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    row_values: dict[int, int] = field(default_factory=dict)
    sentence_starts: dict[int, list[int]] = field(default_factory=dict)
    separators: dict[int, tuple[list[int], bool]] = field(default_factory=dict)
    # the kind of the last percentage read in each sentence (a change, or a share)
    percent_kinds: dict[tuple[tuple[int, int], str], str] = field(default_factory=dict)
    # and whether a block's labels and headings speak of pay, once per block and column
    pay_labels: dict[tuple[int, str], bool] = field(default_factory=dict)
    # and whether a table's caption names pay, once per block
    pay_captions: dict[int, bool] = field(default_factory=dict)
    # and the sentences before a span, for every pay figure in it
    earlier: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    # and the last measure and amount of money read in each sentence, for those that follow
    carry: Carry = field(init=False)
    # the amounts and bare figures whose words leave them open, read as pay, by where they
    # start (see `settle_pay`)
    if_pay: dict[int, ClaimCandidate] = field(default_factory=dict)
    # and the amounts added to or taken from pay that name no period (see `settle_relative`)
    relative: set[int] = field(default_factory=set)
    # the amounts the document has stated with their money, by value: (currency, period)
    stated: dict[float, tuple[str, str | None]] = field(default_factory=dict)
    skip_at: int = 0

    facts: DocumentFacts = field(init=False)
    illustrations: Illustrations = field(init=False)

    def __post_init__(self) -> None:
        self.facts = DocumentFacts(self.text)
        self.starts = [block.start for block in self.doc.blocks]
        self.carry = Carry(self.text)
        self.illustrations = Illustrations(self.text, self.doc.line_starts, self.doc.records)

    def read(self, expr: NumberExpr) -> ClaimCandidate | None:
        """The claim `expr` makes in its place in the document, if any."""
        if self._skipped(expr):
            return None
        index = bisect_right(self.starts, expr.start) - 1
        if index < 0 or expr.end > self.doc.blocks[index].end:
            return None
        block = self.doc.blocks[index]
        if block.kind == "header":
            return None
        unit = self._unit(index, block, expr)
        whole = _capped((block.start, block.end), expr.start) if block.kind == "item" else unit
        if self.illustrations.holds(whole, expr.start):
            return None
        sentences = self.sentences.get(index) if block.kind == "text" else None
        if sentences and self.illustrations.in_scenario(index, sentences, unit):
            return None
        return self._claim(expr, index, block, unit)

    @cached_property
    def _written_pay(self) -> tuple[ColumnUnit, float, float] | None:
        return written_pay(self.text, self.numbers)

    def _bare_rupees(self, expr: NumberExpr) -> NumberExpr:
        """A bare figure read as rupees in a document that writes its money in lakhs: one
        grouped by lakhs ("Fixed 16,50,000 | Variable 1,50,000") where it groups two or more
        so, or a grouped one timed by the month or year ("in-hand around 47,000 per month")."""
        quote = self.text[expr.start : expr.end]
        grouped = self.facts.lakh_grouped and LAKH_GROUPED.fullmatch(quote)
        if grouped and self._moneyed(expr):
            return expr._replace(family="currency", unit="INR")
        timed = _PERIOD_AFTER.match(self.text, expr.end)
        if timed is None or not self.facts.mostly_lakhs or not COMMA_GROUPED.fullmatch(quote):
            return expr
        period = period_of(timed.group())
        return expr._replace(family="currency", unit="INR", end=timed.end(), period=period)

    def _restated(self, expr: NumberExpr) -> NumberExpr:
        """A bare figure that repeats an amount the document stated with its money, read in
        that money and period: "comparing 16,500 with 28,000" after "16,500 zł gross a month"
        (a whole figure of four digits or more, written grouped or not, that names no scale
        and is no year)."""
        quote = self.text[expr.start : expr.end]
        single = expr.low is not None and expr.low == expr.high and expr.low >= 1000
        written = (
            quote.isdigit() or COMMA_GROUPED.fullmatch(quote) or SPACE_GROUPED.fullmatch(quote)
        )
        if not single or not written or (quote.isdigit() and 1900 <= (expr.low or 0) <= 2100):
            return expr
        # (not "85,000 visas", nor "the pool of ... engineers grew to about 140,000")
        before = self.text[max(0, expr.start - 80) : expr.start]
        if not _RESTATED_AFTER.match(self.text, expr.end) or HEADCOUNT.search(before):
            return expr
        currency, period = self.stated[expr.low or 0.0]
        return expr._replace(family="currency", unit=currency, period=period)

    def _exchange_rate(self, expr: NumberExpr, reading: Reading) -> Reading:
        """An amount that prices another money, read as the rate between the two: "₱58 to the
        dollar", "R$ 5,45 per dollar", "1 EUR = 4.27 zł", "one euro buys about SEK 11.0"."""
        after = _RATE_AFTER.match(self.text, expr.end)
        before = _RATE_BEFORE.search(self.text, max(0, expr.start - 40), expr.start)
        found = after or before
        named = next((group for group in found.groups() if group), "") if found else ""
        other = _PER_MONEY.get(named.lower().rstrip("s"), named.upper())
        if not other or other == reading.unit:
            return reading
        return reading._replace(kind="metric", unit=f"{reading.unit}/{other}", period=None)

    def _indian(self, expr: NumberExpr) -> bool:
        """Whether an amount's own marks say its rupees are India's: "₹", "INR", "LPA"."""
        return _INDIAN_MARK.search(self.text, expr.start, expr.end) is not None

    def _pesos(self, expr: NumberExpr) -> NumberExpr:
        """Pesos of the country the page names: "5 and 7 million pesos" in Bogotá, and "$"
        written as only pesos are, grouped by dots ("$1.800.000") or in "millones"."""
        quote = self.text[expr.start : expr.end]
        if expr.unit == "MXN" and "peso" in quote.lower():
            return expr._replace(unit=self.facts.peso_country)
        if expr.unit == "USD" and _PESO_GROUPED.match(quote) and self.facts.peso_country != "MXN":
            return expr._replace(unit=self.facts.peso_country)
        return expr

    def _moneyed(self, expr: NumberExpr) -> bool:
        """Whether the words just before a figure, in its line or cell, name pay or money and
        no heads: "Fixed 16,50,000 |", "Joining bonus 1,25,000" (not "1,84,000 active
        postings")."""
        start = max(self.text.rfind("\n", 0, expr.start), self.text.rfind("|", 0, expr.start))
        before = self.text[max(start + 1, expr.start - 50) : expr.start]
        after = self.text[expr.end : expr.end + 30].split("|")[0].split("\n")[0]
        if HEADCOUNT.search(before + after):
            return False
        return MONEY_WORD.search(before) is not None or PAY.search(before) is not None

    def _written_unit(self, expr: NumberExpr, column: str, block: Block) -> ColumnUnit | None:
        """The unit the document writes its pay in, for a bare figure of a pay table (a row or
        column that names a level, a row of years of experience or a column of a place) of the
        size of that pay."""
        if expr.low is None or expr.high is None or not unpriced_pay_column(column, block):
            return None
        place = place_currency(column)
        if not (place or level_named((block.row, column)) or _YEARS_BAND.search(block.row)):
            return None
        # the one unit the words before the table name: "Monthly base salary, SEK, ML engineers."
        lead = lead_unit(block.lead) if block.lead and expr.low >= 100 else None
        if lead is not None and place in (None, lead.currency):
            return lead
        written = self._written_pay
        if written is None and self._main_money and expr.low >= 1000:
            return ColumnUnit(self._main_money, 1.0, None)  # the one money the page writes
        if written is None or not written[1] / 2 <= expr.low <= expr.high <= written[2] * 2:
            return None
        # (not "UK" in a page that writes dollars)
        return written[0] if place in (None, written[0].currency) else None

    def _dot_leader_unit(self, expr: NumberExpr) -> ColumnUnit | None:
        """The unit the lines above a list of dot-leader lines declare for their figures:
        "Compensation (all amounts in Saudi Riyals, per month unless stated otherwise)" over
        "Basic Salary ........ 26,000"."""
        start = self.text.rfind("\n", 0, expr.start) + 1
        if not DOT_LEADER.search(self.text, max(start, expr.start - 200), expr.start):
            return None
        return lead_declared_unit(self.text[max(0, start - 400) : start])

    @cached_property
    def _main_money(self) -> str | None:
        """The money the document writes its amounts in, other than US dollars: three times or
        more, and more than twice as often as any other ("THB 200,000", "฿24.9", ... in a
        Bangkok post)."""
        counted = Counter(expr.unit for expr in self.numbers if expr.family == "currency")
        (money, count), *rest = counted.most_common(2) or [("", 0)]
        if money in ("", "USD", "INR") or count < 3 or (rest and rest[0][1] * 2 >= count):
            return None
        return money

    @cached_property
    def _tables_pay_unit(self) -> ColumnUnit | None:
        return tables_pay_unit({block.columns for block in self.doc.blocks if block.columns})

    def _skipped(self, expr: NumberExpr) -> bool:
        spans = self.doc.skipped
        while self.skip_at < len(spans) and spans[self.skip_at][1] <= expr.start:
            self.skip_at += 1
        return self.skip_at < len(spans) and spans[self.skip_at][0] < expr.end

    def _unit(self, index: int, block: Block, expr: NumberExpr) -> tuple[int, int]:
        """The sentence (for prose), the cell of a CSV row or the whole block the number is
        read in."""
        if block.layout == "csv":
            cells = cell_spans(self.text[block.start : block.end])
            cell = next(span for span in cells if block.start + span[1] >= expr.start)
            return block.start + cell[0], block.start + cell[1]
        if block.kind not in ("text", "item"):
            return _capped((block.start, block.end), expr.start)
        if index not in self.sentences:
            self.sentences[index] = sentence_spans(self.text, block.start, block.end)
            self.sentence_starts[index] = [s for s, _ in self.sentences[index]]
        spans = self.sentences[index]
        at = bisect_right(self.sentence_starts[index], expr.start) - 1
        found = spans[at] if at >= 0 and expr.start < spans[at][1] else (block.start, block.end)
        return _capped(found, expr.start)

    def _claim(
        self, expr: NumberExpr, index: int, block: Block, unit: tuple[int, int]
    ) -> ClaimCandidate | None:
        column = identifier_words(self._column(index, block, expr))
        if not column and expr.family == "plain" and self.facts.prints_series:
            column = identifier_words(self.facts.series_name(block.end))  # "Name: salary_mid"
            if column == "proportion" and expr.high is not None and 0 <= (expr.low or 0) <= 1:
                # value_counts(normalize=True): "hybrid    0.514", a share of the whole
                low = None if expr.low is None else expr.low * 100
                expr = expr._replace(family="percent", low=low, high=expr.high * 100, unit="%")
        if expr.family == "plain" and column and NUMBERING_COLUMN.fullmatch(column):
            return None  # the row's number in a "#" or "Rank" column
        if expr.family == "plain" and self.facts.running_head(expr):
            return None  # "Meridian | Compensation Report 2026      7": a page number
        labels_rows = bool(block.columns) and column == block.columns[0]  # "MLE 1", "Tier 2"
        if labels_rows and block.layout == "fixed" and block.row:  # but not a figure set left,
            labels_rows = block.row not in self.text[block.start : expr.start]  # past the label
        # a figure alone in its cell takes the table's unit; one inside a CSV's note is prose
        worded = (
            block.layout == "csv"
            and self.text[unit[0] : unit[1]].strip(' "') != (self.text[expr.start : expr.end])
        )
        if expr.family == "plain" and not worded:
            default, notes = self.facts.declared_unit, self.facts.table_notes(block)
            if default is None and expr.high is not None and expr.high >= 1000:
                default = self._tables_pay_unit  # "128,000" under "median base"
            bare = _CELL_END.match(self.text, expr.end) is not None  # alone in its cell
            money = table_money(column, block, self.text, labels_rows=labels_rows, bare=bare,
                                default=default, declared=self.facts.document_unit,
                                notes=notes)  # fmt: skip
            if money is None and bare and block.layout and self.facts.lakh_grouped:
                money = rupees_by_period(column)  # "37,500" under "Monthly" in a CTC annexure
            if money is None and bare and block.layout in _HEADED_TABLES:
                money = self._written_unit(expr, column, block)  # "18-32" in an LPA blog
            if money is None and not block.layout:  # "Basic Salary ....... 26,000" under
                money = self._dot_leader_unit(expr)  # "(all amounts in Saudi Riyals, ...)"
            if money is not None:  # `176` under `Base (USD k)`
                expr = money.apply(expr, self.text[expr.start : expr.end])
                timed = _PERIOD_AFTER.match(self.text, expr.end) if not expr.period else None
                if timed is not None:  # "41,000 / yr" under "Median amount (USD)"
                    expr = expr._replace(end=timed.end(), period=period_of(timed.group()))
        if expr.family == "currency" and block.layout:  # "£55–68" under "in thousands of"
            expr = in_thousands(expr, self.text[expr.start : expr.end], block)
        if expr.family == "currency" and expr.period is None and block.layout:
            period = table_period(column, block, self.text)
            declared = self.facts.document_unit  # "All figures are hourly rates in CAD"
            if declared is None and self.facts.declared_unit:  # said more freely: its money's
                declared = self.facts.declared_unit
                declared = declared if declared.currency == expr.unit else None
            period = period or (declared.period if declared else None)
            if not no_ones_rate(period, expr.high, expr.unit):
                expr = expr._replace(period=period)
        if expr.family == "currency" and expr.period is None and block.kind == "item":
            period = list_period(block)  # "three deductions come off every month:" above
            if not no_ones_rate(period, expr.high, expr.unit):
                expr = expr._replace(period=period)
        if expr.family == "plain" and (self.facts.lakh_grouped or self.facts.mostly_lakhs):
            expr = self._bare_rupees(expr)
        swiss = expr.family == "plain" and self.facts.writes_francs
        if swiss and SWISS_GROUPED.search(self.text, expr.start, expr.end):
            expr = expr._replace(family="currency", unit="CHF")  # "3'000–3'600" a month
        if expr.family == "plain" and not block.layout and expr.low in self.stated:
            expr = self._restated(expr)
        if expr.family == "currency" and expr.unit in ("USD", "MXN"):
            expr = self._pesos(expr)
        rupees = expr.family == "currency" and expr.unit == "INR"
        if rupees and self.facts.rupee_country != "INR" and not self._indian(expr):
            expr = expr._replace(unit=self.facts.rupee_country)  # "Rs. 185,000" in Colombo
        kroner = expr.family == "currency" and expr.unit in ("NOK", "SEK")
        krone = self.text[expr.start : expr.end] if kroner else ""  # "kr" (not "kronor": Sweden's)
        if krone and self.facts.krone_country and ("kroner" in krone or KRONA_MARK.search(krone)):
            expr = expr._replace(unit=self.facts.krone_country)  # "78.800 kroner" in Copenhagen
        dirhams = expr.family == "currency" and expr.unit == "AED"
        if dirhams and "AED" not in self.text[expr.start : expr.end]:
            expr = expr._replace(unit=self.facts.dirham_country)  # "26,000 DH" in Casablanca
        around = self._surroundings(expr, index, block, unit, column)
        reading = classify(expr, around)
        if reading is None:
            return None
        if reading.unit == "":  # an amount said aloud: in the currency last named before it
            reading = reading._replace(unit=self.facts.said_currency(expr.start))
        elif reading.unit == "USD" and not self._says_american(expr):
            if coded := _caption_dollars(block):  # under "Contract rates, CAD per hour"
                reading = reading._replace(unit=coded)
            elif self.facts.dollars:  # "$112,400" in a Canadian page
                reading = reading._replace(unit=self._dollars(expr, block, unit))
            elif self.facts.coded_dollars and not self.facts.us_passage(expr.start):
                reading = reading._replace(unit=self.facts.coded_dollars)  # not in a passage
                # on "Staff offers out of San Francisco"
        elif reading.unit == "JPY" and self.facts.writes_chinese and "円" not in around.quote:
            reading = reading._replace(unit="CNY")  # "¥8,500/月" in a Chinese post: yuan
        if reading.period == "":  # pay whose words name no period: a month's where pay there
            # is quoted by the month and the amount is a month's size, else a year's
            monthly = paid_monthly(reading.high, reading.unit)
            reading = reading._replace(period="month" if monthly else "year")
        wan = reading.kind == "count" and around.quote.rstrip("+").endswith(("万", "萬"))
        if wan and self.facts.writes_chinese:  # "年薪 28万–42万"; Taiwan's "月薪 8.1萬"
            traditional = around.quote.rstrip("+").endswith("萬")
            dollars_of = self._main_money if self._main_money in ("TWD", "HKD") else "TWD"
            reading = _yuan(reading, around, dollars_of if traditional else "CNY")
        if reading.unit == "coefficient" and self.facts.log_pay:
            reading = reading._replace(unit="log points")  # an estimate on the log of pay
        if expr.family == "plain" and reading.unit == "USD" and reading.kind in ("salary", "money"):
            # bare pay in the money its paragraph marked ("CHF 158k base ... 176k base") or its
            # sentence's place ("staff at the London banks is 150-170 base")
            said = self.facts.paragraph_currency(expr.start)
            place = said or place_currency(self.text[unit[0] : expr.start], last=True)
            place = place or self._main_money  # "35-60K a month" in a page priced in yuan
            if place is not None and place not in ("USD", "INR"):
                reading = reading._replace(unit=place)
                if reading.period == "year" and paid_monthly(reading.high, place):
                    reading = reading._replace(period="month")
        dollars = expr.family == "plain" and reading.unit == "USD"
        if dollars and self.facts.mostly_lakhs and not self.facts.us_passage(expr.start):
            reading = _rupees(reading, around.quote)  # "(62 base, rest RSU)" in an Indian thread
        shorthand = reading.kind == "count" and LAKH_SHORTHAND.match(around.after)
        if shorthand and self.facts.lakhs_in(block.start, block.end):
            reading = lakh_shorthand(reading, around.after)  # "19.8 fixed + 1.7 variable"
        elif reading.kind == "count" and not block.layout and self.facts.mostly_lakhs:
            reading = lakh_talk(reading, around)  # "Most Series B startups pay 30-38 for"
        counted = reading.kind == "count" and reading.unit == "count"
        if counted and block.layout and not labels_rows and in_percent(block, column):
            # "(% of postings)" over the table; "+3.8" under "YEAR-ON-YEAR CHANGE (%)" a change
            changed = expr.signed or CHANGE_COLUMN.search(column) is not None
            reading = reading._replace(kind="growth" if changed else "percent", unit="%")
            counted = False
        thousands = bool(block.layout) and (
            IN_THOUSANDS.search(block.lead) or THOUSANDS_COLUMN.search(block.lead[-12:])
        )
        if counted and (thousands or (column and THOUSANDS_COLUMN.search(column))):
            reading = _thousands(reading)  # "168.9" under "(Numbers in thousands)", "(thousands)"
        if expr.family == "percent" or (expr.family == "plain" and reading.kind == "growth"):
            # "an increase of 5.4 million jobs, or 3.2%"; a table's columns each say their own
            self.percent_kinds[unit, column] = reading.kind
        if reading.kind in ("salary", "money") and expr.family == "currency":
            if expr.low == expr.high == 1 and _ONE_OF_A_RATE.search(
                self.text, expr.start - 3, expr.end + 3
            ):
                return None  # the one of a rate: "₱58 = US$1", "1 EUR = 4.27 zł"
            reading = self._exchange_rate(expr, reading)
        reading = self.carry.measured(expr, reading, unit)
        if expr.family == "currency":
            reading = self.carry.like_the_amount_before(expr, reading, unit)
        whole = block.kind == "item" or block.layout == "csv"  # a list item, a CSV row
        item = _capped((block.start, block.end), expr.start) if whole else unit
        where = (block, unit, column, block.context or item)
        pay = self._as_pay(expr, reading, tabled=bool(block.layout)) if reading.undecided else None
        if pay is not None:
            self.if_pay[expr.start] = self._candidate(expr, pay, around, *where)
        if reading.relative and reading.kind == "money":
            self.relative.add(expr.start)
        if reading.kind in ("salary", "money") and len(reading.unit) == 3:
            for value in (reading.low, reading.high):
                if value is not None:
                    self.stated.setdefault(value, (reading.unit, reading.period))
        return self._candidate(expr, reading, around, *where)

    def _says_american(self, expr: NumberExpr) -> bool:
        quoted = _US.search(self.text, expr.start, expr.end) is not None
        return quoted or _USD_AFTER.match(self.text, expr.end) is not None

    def _as_pay(self, expr: NumberExpr, reading: Reading, *, tabled: bool) -> Reading | None:
        """An open reading as yearly pay: an amount as it is, a bare figure ("Base is 340") in
        thousands of the money last named before it (in a table, or else the first after it)."""
        if reading.kind == "money" and reading.period is None:
            return reading._replace(kind="salary", period="year")
        if reading.kind == "count":  # a whole amount as it is ("198000"), else in thousands
            unit = self.facts.said_currency(expr.start, ahead=tabled)
            whole = reading if (reading.high or 0) >= 10_000 else _thousands(reading)
            return whole._replace(kind="salary", unit=unit, period="year")
        return None

    def _candidate(
        self,
        expr: NumberExpr,
        reading: Reading,
        around: Surroundings,
        block: Block,
        unit: tuple[int, int],
        column: str,
        context: tuple[int, int],
    ) -> ClaimCandidate:
        """The claim of `expr` as `reading` reads it, with its qualifiers, subject and anchor."""
        qualifiers = self._qualifiers(reading, expr, block, unit, column)
        text, start, end = self.text, expr.start, expr.end
        return ClaimCandidate(
            quote=text[start:end],
            start=start,
            end=end,
            prefix=text[max(0, start - _ANCHOR) : start],
            suffix=text[end : end + _ANCHOR],
            context=text[context[0] : context[1]],
            context_start=context[0],
            kind=reading.kind,
            low=_tidy(reading.low),
            high=_tidy(reading.high),
            open_high=reading.open_high,
            unit=reading.unit,
            period=reading.period,
            subject=self._subject(reading, qualifiers, around, block, column),
            qualifiers=qualifiers,
        )

    def _surroundings(
        self, expr: NumberExpr, index: int, block: Block, unit: tuple[int, int], column: str
    ) -> Surroundings:
        text = self.text
        # emphasis around a number (**$95K**) is markup and "~" or "≈" a hedge: not words
        before = text[max(unit[0], expr.start - _WINDOW) : expr.start].rstrip("*_~≈")
        after = text[expr.end : min(unit[1], expr.end + _WINDOW)].lstrip("*_")
        if before.endswith(">"):  # and so are inline tags: "rose <strong>31%</strong> between"
            before = _TAG_BEFORE.sub("", before)
            after = _TAG_AFTER.sub("", after, count=1)
        if not before.isascii():  # a footnote's mark ends the word it follows: "monthly wage¹"
            before = _FOOTNOTE_MARK.sub(" ", before)  # (not "R²" or "m²")
        if not after.isascii():
            after = _FOOTNOTE_MARK.sub(" ", after)
        if ":" in before and _CAPTION_TIME.search(before):  # "went up 1:44 about 35 percent"
            before = _CAPTION_TIME.sub(" ", before)
        labels = (column, block.row, block.label)
        listed = block.kind in ("item", "cell", "row", "stat")
        pay = self.pay_labels.get((index, column))
        if pay is None:
            intro = intro_sentence(block) if block.layout else ""
            near = " ".join((*labels, *block.headings[:6], intro))  # "base salary only." above
            pay = self.pay_labels[index, column] = _names_pay(near)
        prior = self.percent_kinds.get((unit, column), "")
        section = block.headings[0] if block.headings else ""
        quote = text[expr.start : expr.end]
        paid = self.pay_captions.get(index)
        if paid is None:
            paid = self.pay_captions[index] = _pay_caption(block)
        # stars after a figure but none before it mark an estimate's significance: "0.241***"
        starred = text.startswith("*", expr.end) and not text.endswith("*", 0, expr.start)
        return Surroundings(
            before, after, labels, pay, listed, quote, prior, section, paid, starred
        )

    def _dollars(self, expr: NumberExpr, block: Block, unit: tuple[int, int]) -> str:
        """The money of a bare "$" in a document that says what its dollars are: those it names,
        or where it names several ("figures for Canada are in Canadian dollars and figures for
        Australia are in Australian dollars"), those of the place the amount is said of."""
        named = self.facts.dollars
        if len(named) == 1:
            return named[0]
        after = self.text[expr.end : min(expr.end + 30, unit[1])]  # "$128,000 in Canada"
        before = self.text[unit[0] : expr.start]
        said = [place_currency(after), place_currency(block.row)]
        said += [place_currency(before, last=True), *map(place_currency, block.headings[:2])]
        return next((code for code in said if code in named), "USD")

    def _column(self, index: int, block: Block, expr: NumberExpr) -> str:
        if block.layout in ("cell", "json"):
            return block.column
        if block.layout in ("pipe", "html", "csv"):
            if index not in self.separators:
                self.separators[index] = self._separators(block)
            positions, leading = self.separators[index]
            cut = bisect_left(positions, expr.start) - leading
            return block.columns[cut] if 0 <= cut < len(block.columns) else ""
        if block.layout == "fixed":
            line_start = self.text.rfind("\n", 0, block.start) + 1
            shown = shown_column(self.text[line_start : expr.start], expr.start - line_start)
            at = bisect_right(block.stops, shown + 1) - 1
            return block.columns[at] if 0 <= at < len(block.columns) else ""
        if block.layout == "words":  # a row's figures in the order of its columns
            order = self.row_values.get(index, 0) + 1  # past the labels' column
            self.row_values[index] = order
            return block.columns[order] if order < len(block.columns) else ""
        if block.layout == "space" and expr.family in _VALUE_FAMILIES:
            order = self.row_values.get(index, 0)
            self.row_values[index] = order + 1
            names = role_columns(block.columns[0] if block.columns else "")
            return names[order] if order < len(names) else ""
        return ""

    def _separators(self, block: Block) -> tuple[list[int], bool]:
        """Where a table row's cells are cut, and whether it opens with a cut (`| a | b |`)."""
        if block.layout == "html":
            return [m.start() for m in _HTML_CELL.finditer(self.text, block.start, block.end)], True
        if block.layout == "csv":
            cuts = cell_spans(self.text[block.start : block.end])[:-1]
            return [block.start + end for _, end in cuts], False
        line_start = self.text.rfind("\n", 0, block.start) + 1
        row = self.text[line_start : block.end]
        cut = LATEX_CELL if latex_row(row) else _WIKI_CUT if wiki_row(row) else _PIPE
        positions = [m.start() for m in cut.finditer(self.text, line_start, block.end)]
        first = _NOT_SPACE.search(self.text, line_start, block.end)
        return positions, first is not None and first.group() == "|"

    def _qualifiers(
        self, reading: Reading, expr: NumberExpr, block: Block, unit: tuple[int, int], column: str
    ) -> dict[str, str]:
        found = dict(reading.qualifiers)
        if reading.kind == "salary":
            near = self._sources(expr, block, unit, column)
            far = (*block.headings, self.doc.title)
            found = salary_qualifiers(near, far, currency=reading.unit, period=reading.period)
            found |= reading.qualifiers
        if block.row:
            found |= {"row": block.row}
        if column:
            found |= {"column": column}
        return found

    def _sources(
        self, expr: NumberExpr, block: Block, unit: tuple[int, int], column: str
    ) -> list[str]:
        """Texts that may name a pay figure's role, level, region and basis, nearest first.

        The headings and the title come after these (see `salary_qualifiers`).
        """
        sentence = self.text[unit[0] : unit[1]]
        before = (max(block.start, unit[0] - 400), unit[0])
        earlier = self.earlier.get(before)
        if earlier is None:
            spans = sentence_spans(self.text, *before)
            earlier = self.earlier[before] = [self.text[s:e] for s, e in reversed(spans)]
        lead = block.lead if block.kind in ("item", "cell", "row") else ""
        clause = _clause_of(sentence, expr.start - unit[0])
        return [column, block.row, block.label, clause, sentence, *earlier, lead]

    def _subject(
        self, reading: Reading, q: dict[str, str], around: Surroundings, block: Block, column: str
    ) -> str:
        if reading.kind == "salary":
            return salary_subject(q)
        labels = (column, block.row) if block.row else (block.label,)
        return plain_subject(reading.kind, around.before, around.after, labels)


@lru_cache(maxsize=4096)
def _names_pay(labels: str) -> bool:
    """Whether a block's labels and headings speak of pay (cached: a section repeats them); a
    footnote's superscript ends no word of them ("GROSS MONTHLY WAGES¹")."""
    if not labels.isascii():
        labels = labels.translate(_SUPERSCRIPTS)
    return search_caseless(PAY_CASES, labels) is not None


# A footnote's mark: a superscript digit, which a regular expression's \b counts as a word's
_SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPERSCRIPTS = str.maketrans("", "", _SUPERSCRIPT_DIGITS)
_FOOTNOTE_MARK = re.compile(f"(?<=[a-ln-z])[{_SUPERSCRIPT_DIGITS}]")


# what may follow a figure that repeats an amount: a pause, the end, or a word that names
# nothing it counts ("comparing 16,500 with 28,000.")
_RESTATED_AFTER = re.compile(
    r"[ \t]*(?:[.,;:)\]!?\n]|$|(?:with|and|or|to|vs\.?|versus|against|is|was|were|in|on|per"
    r"|a|an|the|for|gross|net|base|before|after|plus|minus)\b|[—–-]\s)"
)
# the money another is priced in: "₱58 to the dollar", "18.40 pesos per dollar", "= US$1"
_RATE_AFTER = re.compile(
    r"(?i)(?:\s+[a-zé]+(?=\s+(?:per|por|to)\b))?"  # "18.40 pesos mexicanos per dollar"
    r"\s+(?:per|por|to\s+(?:the|one|a)|against\s+the|for\s+(?:one|a|each))\s+(?:US\s+)?"
    rf"(dollars?|d[oó]lar(?:es)?|euros?|pounds?|(?-i:{ISO}))\b"  # "5.8 HKD per SGD"
    # "₱58 = US$1", "≈ 1 SGD" (not "£112k ≈ US$142k", an amount in another money)
    rf"|\s*[=≈]\s*(?:1\s*((?-i:{ISO})|US\$)\b|((?-i:{ISO})|US\$)\s*1(?![\d.,]?\d))"
)
_RATE_BEFORE = re.compile(  # "1 SGD ≈ 5.4 CNY"
    rf"(?i)\b(?:1|one|a|the)\s+(dollar|euro|pound|(?-i:{ISO}))\s+(?:=|≈|buys|is|was|at|of|costs?)"
    r"(?:\s+(?:about|around|roughly|some))?\s*$"
)
_PER_MONEY = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "us$": "USD", "dólar": "USD"}
_PER_MONEY |= {"dolar": "USD", "dólare": "USD", "dolare": "USD"}
_INDIAN_MARK = re.compile(r"₹|INR|LPA|&#8377;|&#x20[Bb]9;")  # rupees no other country writes
_ONE_OF_A_RATE = re.compile(r"[=≈]\s*(?:[A-Z]{3}\s)?\S*1\b|\b1\s*[A-Z]{3}\s*[=≈]")
# "$1.800.000", "$1,6 millones": pesos
_PESO_GROUPED = re.compile(r"\$\s?(?:\d{1,3}(?:\.\d{3})+(?!\d|\.\d)|\d+,\d+\s+millones)")


def _rupees(reading: Reading, quote: str) -> Reading:
    """Forum shorthand for pay, read as dollars, in a thread that writes pay in lakhs: "62
    base" is ₹62 lakh a year and "~85k in hand" ₹85,000."""
    if quote[-1:] in "kK":
        return reading._replace(unit="INR")
    low = None if reading.low is None else reading.low * 100  # thousands, read as lakhs
    high = None if reading.high is None else reading.high * 100
    return reading._replace(low=low, high=high, unit="INR", period="year")


def _yuan(reading: Reading, around: Surroundings, money: str) -> Reading:
    """Ten-thousands of yuan (or, written 萬, of the page's Taiwan or Hong Kong dollars) said of
    pay in a Chinese post ("年薪 28万–42万", "到手 44万"), a month's ("4.2万/月", "月薪 4.2万") or
    a year's; a count of anything else stays one."""
    near = (around.before[-24:], around.after[:12], *around.labels)
    if not any(_YUAN_PAY.search(words) for words in near if words):
        return reading
    said = _MONTH_ZH.search(around.after[:4]) or _MONTH_ZH.search(around.before[-12:])
    monthly = said is not None or (
        not _YEAR_ZH.search(around.before[-12:]) and (reading.high or 0) < 1e5
    )
    return reading._replace(kind="salary", unit=money, period="month" if monthly else "year")


# Chinese words of pay ("annual pay", "monthly pay", "package", "in hand", "pre-tax") and of
# its period
_YUAN_PAY = re.compile(
    r"薪|年包|工[资資]|到手|[税稅]前|收入|(?i:\b(?:base|package|TC|salary|pay)\b)"
)
_MONTH_ZH = re.compile(r"^\s*/\s*月|^\s*每月|月薪\s*$")
_YEAR_ZH = re.compile(r"年薪|年包|/\s*年")


def _thousands(reading: Reading) -> Reading:
    low = None if reading.low is None else reading.low * 1000
    high = None if reading.high is None else reading.high * 1000
    return reading._replace(low=low, high=high)


def _caption_dollars(block: Block) -> str | None:
    """The dollars a table's caption names by their code: "Contract rates, CAD per hour"."""
    caption = captions(block)[:1] if block.layout and block.columns else []
    coded = _DOLLAR_CODE.search(caption[0]) if caption else None
    return coded[0] if coded else None


def _pay_caption(block: Block) -> bool:
    """Whether a table's caption, its nearest heading but its own header lines, names pay:
    "Median base salary by role and level (US)" over columns of levels."""
    if block.layout not in _HEADED_TABLES or not block.columns:
        return False
    return PAY.search(next(iter(captions(block)), "")) is not None


def _capped(span: tuple[int, int], pos: int) -> tuple[int, int]:
    """`span`, or where it is over-long, a window of it around `pos` cut at spaces."""
    start, end = span
    if end - start <= _MAX_SPAN:
        return span
    half = _MAX_SPAN // 2
    low, high = max(start, pos - half), min(end, pos + half)
    return low, high


def _clause_of(sentence: str, pos: int) -> str:
    """The comma- or semicolon-bounded part of `sentence` around offset `pos`."""
    starts = [sentence.rfind(mark, 0, pos) for mark in (", ", "; ", " while ", " but ")]
    start = max(starts) + 1
    ends = [e for e in (sentence.find(mark, pos) for mark in (", ", "; ")) if e >= 0]
    return sentence[start : min(ends, default=len(sentence))]


def _tidy(value: float | None) -> float | None:
    """A value as written, without binary floating point's tail: 9.8 lakh is 980000.0, not
    980000.0000000001; a value that never ends (two thirds, 66.66...) is left as it is."""
    if value is None or value.is_integer():
        return value  # (most values: nothing to cut, and no formatting to pay for)
    short = f"{value:.15g}"
    digits = short.split("e")[0].replace("-", "").replace(".", "").strip("0")
    return float(short) if len(digits) <= 12 else value
