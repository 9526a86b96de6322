"""Numbers: find number expressions in text (see `grammar`) and normalise their values.

One compiled pattern scans the whole text once; each match is parsed into a `NumberExpr`
with its low and high values, unit, period and bound.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from app.extract import cues, currencies, grammar
from app.extract.spoken import IF_PAID, spoken_values

_NUM_SCALE = re.compile(
    rf"({grammar.NUM})\s?((?i:thousand|million|billion|trillion|lakh\s+crores?|lakhs?|lacs?"
    r"|crores?)|LPA|(?:Mio|MIO|Mrd|MRD)\.?"  # German millions and billions: "€42 Mio."
    r"|mil(?= )|mil$|millones|milhões"  # Spanish and Portuguese: "R$ 15 mil", "2 millones"
    # (not the K of "95 000 Kč")
    r"|(?:mm|MM|bn|Bn|mln|mn|Mn|Cr|cr|[kKmMbBL])(?![^\W\d_])|T(?=€)|[万萬]|[만억](?=원)|\s?triệu|tr(?![^\W\d_])|juta|ribu|miliar|(?:tys|тис)\.)?"
)
_WORD_NUM = re.compile(rf"(?i){grammar.WN}")
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?=[abcefgilmnopstuwü])(up to|below|under|less than|fewer than|at most|no more than"
    r"|bis zu|bis|ab|über"  # German: "bis zu 10 %", "ab 54.000 €", "über 1.200"
    r"|within|as much as|as many as|above|over|more than|at least|upwards of|north of|in excess of"
    r"|cross|crossed|crossing|crosses|exceed(?:s|ed|ing)?|topped|tops|topping|clears?|clearing"
    r"|(?:go|goes|going|gone|went|push|pushes|pushed|pushing)\s+past"
    r"|passing|surpass(?:es|ed|ing)?|pass|passed|cleared"  # (not "once turnover passes £90,000")
    # in German, French and Spanish: "mehr als 95.000 €", "moins de 20 %", "más de 1.000"
    r"|mehr\s+als|weniger\s+als|plus\s+de|moins\s+de|m[aá]s\s+de|menos\s+de"
    # "up to about 10%", "above roughly ₹15 LPA"; "offers start at $400,000", a bound from
    # outside the quote ("capped at $25,000" is the cap itself, as editors read it)
    r"|(?:up\s+to|above)\s+(?:about|around|roughly|approximately)"
    r"|start(?:s|ing)?\s+(?:at|around|from))\s{1,2}$"  # not a table's label cell: "and above   104"
)
_CHANGED_FROM = re.compile(
    r"(?i)\b(?=[abcdfgijlmrstuw])(?:went|gone|going|goes|grew|grown|rose|risen|jumped|increased|climbed|moved|fell"
    r"|dropped|declined|shrank|changed|doubled|tripled|up|down|revised|adjusted|updated|lowered"
    r"|rising|growing|falling|dropping|declining|climbing|jumping|increasing|shrinking"
    r"|raised|corrected|restated|reduces|reduced|cuts|lifts|lifted|brings|brought|moves|moving"
    # a change named by its noun: "a move from 11% to 23%" ("slabs climb from 15% to 30%" is a
    # range of rates)
    r"|(?:an?|the|this|that)\s+(?:move|rise|jump|increase|drop|fall|climb|decline|shift)),?"
    # "risen 38% since 2022, from", "moved from about", "nearly doubled, from"
    r"(?:\s+(?!to\b|from\b)[\w%,.*-]+){0,4}?\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?"
    r"(?:\*\*|__)?$"
)
_UP_FROM = re.compile(r"(?i)\b(?:up|down)\s+from\s+$")
# "vesting over four years", "up 2.4x over two years", "$240K in RSUs over", "0.15% equity over",
# "courses over", "conducted over": `over` spans a time, it bounds nothing ("for over" does)
_SPAN_BEFORE = re.compile(
    r"(?i)\b(?:vest(?:s|ed|ing)?|spread(?:s|ing)?|paid|payable|repaid|repay(?:able)?|amorti[sz]ed"
    r"|split|averaged|growth|grew|grow(?:s|ing|n)?|rose|fell|up|down|increased?|declined?|CAGR|APR)"
    r"(?:\s+[\w-]+)?\s+$"
    r"|\b(?:spread(?:s|ing)?|vest(?:s|ing)?|paid|repaid|split)(?:\s+[\w%-]+){1,3}\s+$"
    r"|(?:\d[kKmMbBLxX]?|%|\b(?:percent|times|RSUs?|ESOPs?|equity|stock|options|shares|grants?"
    r"|courses|places|fellowships|conducted|collected|held|run|delivered|staggered|phased))"
    r"(?:\s+[\w-]+){0,2}\s+$"
)
_BOUNDS_TIME = re.compile(r"(?i)\b(?:for|with|of|than|after|anything|took|takes|lasted)\s+$")
_YEAR = re.compile(r"(?:19|20)\d\d\b")
_OPEN_AFTER = re.compile(r"(?i)\s+(?:or|and)\s+(?:more|higher|above|up|upwards|beyond|over)\b")
_UPPER_AFTER = re.compile(r"(?i)\s+or\s+(?:less|fewer|under|lower|below)\b")  # "$300 or less"
_SCALES = {
    "k": 1e3, "t": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "trillion": 1e12, "l": 1e5, "lakh": 1e5, "lakhs": 1e5,
    "lac": 1e5, "lacs": 1e5, "lpa": 1e5, "cr": 1e7, "crore": 1e7, "crores": 1e7, "万": 1e4,
    "萬": 1e4, "tys.": 1e3, "тис.": 1e3, "lakh crore": 1e12, "lakh crores": 1e12, "mio": 1e6,
    "mio.": 1e6, "mrd": 1e9, "mrd.": 1e9, "mil": 1e3, "millones": 1e6, "milhões": 1e6, "만": 1e4,
    "억": 1e8, "triệu": 1e6, "tr": 1e6, "juta": 1e6, "ribu": 1e3, "miliar": 1e9,
}  # fmt: skip
_PLAIN_SCALES = {"k", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "b"}
# "4.2 lakh professionals", "28万"
_PLAIN_SCALES |= {"lakh", "lakhs", "crore", "crores", "万", "萬"}
_UPPER_BOUNDS = {"up to", "below", "under", "less than", "fewer than", "at most", "no more than"}
_UPPER_BOUNDS |= {"bis zu", "bis"}  # German: "bis zu 10 %", "bis 5.000 €"
_UPPER_BOUNDS |= {"as much as", "as many as", "within", "weniger als", "moins de", "menos de"}
# verbs that bound a figure but stay out of its quote: "the top decile clears A$1,800/day"
_VERB_BOUNDS = {"clear", "clears", "clearing", "crossing", "crosses", "tops", "topping"}
_VERB_BOUNDS |= {"exceed", "exceeds", "exceeding", "passing", "surpass", "surpasses", "surpassed"}
_VERB_BOUNDS |= {"surpassing", "pass", "passed", "cleared"}
# (and the bounds in other languages, which editors leave out of the quote too)
_VERB_BOUNDS |= {"mehr als", "weniger als", "plus de", "moins de", "más de", "mas de", "menos de"}

_PERIOD = re.compile(
    r"(?i)(?:/\s?|per |pro |an |a |\b)(hr|hour|h|yr|year|annum|mo|mth|month|mån|mnd|wk|week|day"
    r"|maand|jaar|monat|jahr|tháng)(?!\w)"
    r"|(hourly|monthly|annually|yearly|weekly|jährlich|monatlich|LPA|p\.a\.|p/[dhma]|p\.[dhm]\.)"
)
_OUT_OF_FIVE = re.compile(r"(?:/\s?|\s+out\s+of\s+)5$|★$")  # a star is one of five
_GERMAN_TIME = re.compile(r"(?i)(stund|tag|jahr|monat|woch)(?:en|e|n)?$")
_TIME_WORD = re.compile(r"(?i)(min|sec|[ymwdhs])[a-z]*$")
# French and Hinglish times: "47 jours", "3 mois", "4.5 saal", "2 ghante"
_WORDED_TIME = re.compile(r"\b(jour|mois|an|année|semaine|heure|saal|mahin|haft|ghant)[seao]?$")
_DUTCH_UNITS = {"uur": "hours", "jaar": "years", "jaren": "years", "maanden": "months"}
_DUTCH_UNITS |= {"maand": "months", "weken": "weeks", "dagen": "days"}
# by its end, so that "5 werkdagen" and "27 vakantiedagen" are days
_DUTCH_TIME = re.compile(f"({'|'.join(sorted(_DUTCH_UNITS, key=len, reverse=True))})$")
# and Spanish and Portuguese ones: "12 a 18 meses", "6 anos", "30 días"
_IBERIAN_TIME = re.compile(r"(mes|meses|mês|años?|anos?|semanas?|d[ií]as?|horas?)$")
_IBERIAN_UNITS = {"mes": "months", "meses": "months", "mês": "months", "semana": "weeks"}
_IBERIAN_UNITS |= {"hora": "hours", "día": "days", "dia": "days", "año": "years", "ano": "years"}
_WORDED_UNITS = {
    "jour": "days", "mois": "months", "an": "years", "année": "years", "semaine": "weeks",
    "heure": "hours", "saal": "years", "mahin": "months", "haft": "weeks", "ghant": "hours",
}  # fmt: skip
_SCALE_WORD = re.compile(r"(?i)(thousand|million|billion|trillion)")
_TIME_UNITS = {
    "y": "years", "m": "months", "w": "weeks", "d": "days", "h": "hours", "s": "seconds",
}  # fmt: skip


class NumberExpr(NamedTuple):
    """One number expression found in text, with its value normalised.

    A named tuple rather than a frozen dataclass: as immutable (parsed quotes are cached and
    shared) and several times faster to build, which counts at one or two per number.
    """

    start: int
    end: int
    family: str  # currency | percent | multiplier | ratio | duration | size | plain | year
    low: float | None
    high: float | None
    open_high: bool
    unit: str
    period: str | None = None
    signed: bool = False
    bound: str = ""  # "upper" (below 4%), "lower" (at least 12 months) or ""
    spelled: bool = False
    scale_word: str = ""


# Thousands grouped by plain spaces, as much of Europe and South Africa writes them: "66 000
# vacancies", "| 6 880 600 |" (not "in 2023 2 400 learners": a group follows 1-3 digits)
SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)")
_SPACED_MONEY = re.compile(
    r"(?:\b[A-Z]{3}|[$€£₹₺₽₴₩₦]|\bR\$?|\bRM|\bkr\.?)[ \u00a0]?\d{1,3}(?: \d{3})+(?!\d)"
    r"|(?<![\d.,])\d{1,3}(?: \d{3})+[ \u00a0]?(?:[A-Z]{3}\b|€|kr\b|zł|Kč|Ft\b|lei\b|₽|грн|руб)"
)
# grouped by commas, in thousands or in lakhs: "128,000", "1,234,567", "16,50,000"
COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{2,3})*,\d{3}(?![\d]|[.,]\d)")


def spaced_thousands(text: str) -> str:
    """The text with the spaces that group its thousands made narrow no-break spaces, which
    the scanner reads as grouping, where the document groups them so: twice or more, more
    often than by commas, and in an amount of money once or more ("R25 000 a month" beside
    "66 000 unfilled vacancies"). Elsewhere a space may part two numbers ("120 350 410
    people" in a flattened table). Same length, same offsets."""
    head = text[:200_000]
    spaced = SPACE_GROUPED.findall(head)
    if len(spaced) < 2 or len(spaced) <= len(COMMA_GROUPED.findall(head)):
        return text
    if _SPACED_MONEY.search(head) is None:
        return text
    return SPACE_GROUPED.sub(_narrowed, text)


# a registration or phone number is grouped by spaces too: "SIREN 912 345 678", "ABN 51 824 753 556"
_IDENTIFIER = re.compile(
    r"(?i)\b(?:SIRE[NT]|RCS|TVA|VAT|IBAN|KvK|ABN|ACN|tel|t[ée]l[ée]?phone|phone)(?:\s+[A-Z][\w-]+)?\W{0,4}$"
)


def _narrowed(match: re.Match[str]) -> str:
    if _IDENTIFIER.search(match.string, max(0, match.start() - 16), match.start()):
        return match.group()
    return match.group().replace(" ", "\u202f")


def scan_numbers(text: str) -> Iterator[NumberExpr]:
    """Yield every number expression of `text` in order, skipping non-quantities.

    >>> [(n.low, n.high, n.unit) for n in scan_numbers("pays $110-140K, up 40%")]
    [(110000.0, 140000.0, 'USD'), (40.0, 40.0, '%')]
    """
    held = None  # "2 years", held to see whether "and 8 months" follows: one span of 32 months
    for expr in _scanned(text):
        if held is not None:
            joined = _of_months(expr) and "-" not in text[expr.start : expr.end]  # "6-month"
            if joined and _YEARS_AND.fullmatch(text, held.end, expr.start):
                months = (held.low or 0) * 12 + (expr.low or 0)
                yield held._replace(end=expr.end, low=months, high=months, unit="months")
                held = None
                continue
            yield held
        held = expr if _whole_years(expr) else None
        if held is None:
            yield expr
    if held is not None:
        yield held


def _whole_years(expr: NumberExpr) -> bool:
    return expr.family == "duration" and expr.unit == "years" and expr.low == expr.high


def _of_months(expr: NumberExpr) -> bool:
    return expr.family == "duration" and expr.unit == "months" and expr.low == expr.high


_YEARS_AND = re.compile(r",?[ \t]+(?:and[ \t]+)?")


def _scanned(text: str) -> Iterator[NumberExpr]:
    for match in grammar.SCANNER.finditer(text):
        family = match.lastgroup
        if family is None or family in ("skip", "alnum"):
            continue
        if family == "date":  # its year alone, read only where an event is dated by it
            year = _parse_quote("plain", match.group()[-4:])
            if year is not None:
                yield _placed(text, year, match.end() - 4)._replace(family="year", unit="year")
            continue
        parts = _parts(text, match)
        exprs = []
        for start, quote in parts:
            points = _point_change(text, start, start + len(quote)) if family == "plain" else 0
            if points:
                family, quote = "pct", text[start:points]
            expr = _parse_quote(family, quote)
            if expr is not None:
                exprs.append(_placed(text, expr, start))
        # a change "from £200 to £250 per week": the first amount timed by the second
        if len(exprs) == 2 and len(parts) == 2 and _timed_by_next(*exprs):
            exprs[0] = exprs[0]._replace(period=exprs[1].period)
        yield from exprs


def _timed_by_next(first: NumberExpr, second: NumberExpr) -> bool:
    return first.family == "currency" and first.period is None and first.unit == second.unit


def _parts(text: str, match: re.Match[str]) -> list[tuple[int, str]]:
    """A match, or its two ends where "X to Y" follows a change ("rose from $95K to $210K")."""
    quote, start = match.group(), match.start()
    spaced = _SPACED_DASH.search(quote) if match.lastgroup == "cur" else None
    if spaced is not None:  # "$132,000 per year - $63.46 an hour": two amounts, no range
        values = _values(quote, family="cur")
        if len(values) == 2 and values[0] > 2 * values[1]:
            return [(start, quote[: spaced.start()]), (start + spaced.end(), quote[spaced.end() :])]
    cut = quote.find(" to ")
    if cut == 4 and _YEAR.match(quote) and not _YEAR.match(quote, 8):
        return [(start + 8, quote[8:])]  # "from 6 months in 2024 to 4 months": a year, then 4
    if cut < 0 or not _CHANGED_FROM.search(text, max(0, start - 40), start):
        return [(start, quote)]
    ranged = quote[:cut].isdigit() and not quote[cut + 4 :].isdigit()  # "3 to 4 weeks"
    if ranged and _UP_FROM.search(text, max(0, start - 12), start):
        return [(start, quote)]  # "5 to 7 weeks, up from 3 to 4 weeks": the range it was
    second = cut + 4
    return [(start, quote[:cut]), (start + second, quote[second:])]


_SPACED_DASH = re.compile(r" [-–—] ")  # a dash set between spaces, as prose sets a pause
# "61% of listings included a range, up 5 points in a year", "64%, so +19 points": points of a
# percentage that changed. Points alone are a score ("at least 40 points", "312 points · 13h"),
# so they are percentage points only where a sign or a change says so and a percentage is near.
_POINTS = re.compile(r"[ -]points?\b(?!-based)")
_POINT_COMPARED = re.compile(r"(?i)\s+(?:higher|lower|better|worse|above|below|ahead|behind)\b")
_PERCENT_NEAR = re.compile(r"%|\bper\s?cent\b")


def _point_change(text: str, start: int, end: int) -> int:
    """Where "points" ends after the number at start:end, if they are points of a percentage
    that changed; else 0."""
    points = _POINTS.match(text, end)
    if points is None:
        return 0
    changed = text[start] in "+-−" or cues.CHANGE_BEFORE.search(text, max(0, start - 60), start)
    changed = changed or _POINT_COMPARED.match(text, points.end())
    percent = _PERCENT_NEAR.search(text, max(0, start - 200), end + 100)
    return points.end() if changed and percent else 0


# The scale of spoken hundreds that are pay in thousands only where their words say so
THOUSANDS_IF_PAID = "thousands?"


# Documents repeat their figures ($150K, 40%): a quote is parsed once, at offset 0.
@lru_cache(maxsize=4096)
def _parse_quote(family: str, quote: str) -> NumberExpr | None:
    start = 0
    if family == "words":
        return _parse_words(quote, start)
    if family == "spoken":  # "two hundred and forty thousand", "seven-twenty a day"
        said = spoken_values(quote)
        if said is None:
            return None
        low, high, currency, period = said
        if currency == "-":  # "eleven hundred": a count, unless its words speak of pay
            return NumberExpr(start, len(quote), "plain", low, high, False, "count", spelled=True)
        if currency == IF_PAID:  # "one thirty-five": thousands of pay, or nothing (classify)
            return NumberExpr(start, len(quote), "plain", low, high, False, "count", spelled=True,
                              scale_word=THOUSANDS_IF_PAID)  # fmt: skip
        return NumberExpr(start, len(quote), "currency", low, high, False, currency, period,
                          spelled=True)  # fmt: skip
    if family == "onein":
        numbers = re.findall(r"\d+", quote) or [
            w for w in quote.lower().split() if w in grammar.SMALL
        ]
        part, whole = (float(n) if n.isdigit() else grammar.SMALL[n] for n in numbers)
        if not 0 < part < whole:
            return None
        value = 100 * part / whole
        return NumberExpr(start, start + len(quote), "percent", value, value, False, "%")
    if family in ("wtimes", "wcount"):
        head = quote.split()[0].lower()
        if head in ("halved", "half"):  # a fall by half, "cut in half": growth 50 %, decrease
            return NumberExpr(start, start + len(quote), "percent", 50.0, 50.0, False, "%",
                              spelled=True)  # fmt: skip
        if family == "wcount" and re.search(r"(?i)\b(?:hundred|thousand)\b", quote):
            value = _word_value(quote)  # "nine hundred people", "a hundred and ten of those"
        else:
            value = grammar.TIMES_WORDS.get(head) or _word_value(head)
        words = quote.lower().split()
        top = _word_value(words[2]) if len(words) > 3 and words[1] in ("to", "or") else value
        kind, unit = ("multiplier", "x") if family == "wtimes" else ("plain", "count")
        return NumberExpr(start, start + len(quote), kind, value, top, False, unit, spelled=True)
    if family == "share":
        part = grammar.PARTS[quote.lower().split()[-1].split("-")[-1].rstrip("s")]
        value = part * (
            2 if quote[:3].lower() == "two" else 3 if quote[:5].lower() == "three" else 1
        )
        return NumberExpr(start, start + len(quote), "percent", value, value, False, "%",
                          spelled=True)  # fmt: skip
    values = _values(quote, family=family)
    if not values or not all(math.isfinite(v) for v in values):
        return None  # nothing, or a number too long for a float (hundreds of digits)
    low, high = values[0], values[-1]
    if family != "ratio" and low > high:  # "$320K to $240K" is the band 240-320K; "3 to 1" is 3
        low, high = high, low
    end = start + len(quote)
    bare = quote.replace("&plusmn;", "±")
    opened = "+" in bare[1:] or "plus" in bare or " or more" in bare
    sign = next((mark for name, mark in _SIGN_ENTITIES if quote.startswith(name)), quote[0])
    signed = sign in "+-−–±" and (sign != "–" or family == "pct")  # "–18 %" set as a minus
    if signed and sign in "-−" and family == "plain" and len(values) > 1:
        low, high = sorted((-values[0], values[-1]))  # "-2 to 3": the sign is the first number's
    elif signed and sign in "-−–":
        low, high = sorted((-low, -high))  # "-35% to -40%": the band from -40 to -35
    if signed and sign == "–":  # the en dash stays out of the quote, as editors quote it
        start, quote = start + 1, quote[1:]
    unit, period, kind = _unit_of(family, quote, low)
    nordic = _NORDIC_SCALE.search(quote) if family == "cur" else None
    if nordic is not None:  # "MSEK 1,184": millions of kronor
        low, high = (value * (1e6 if nordic[1] == "M" else 1e3) for value in (low, high))
    if unit == "rating/5":
        high = low  # "3.2/5": the 5 is the scale, not the top of a range
    scale = _scale_word(quote) if family == "plain" else ""
    return NumberExpr(start, end, kind, low, high, opened, unit, period, signed, "", False, scale)


_SIGN_ENTITIES = (("&minus;", "−"), ("&plusmn;", "±"))  # raw HTML's "&minus;0.8%"
_UNGROUPED = re.compile(r"[,'’]")  # the marks that group thousands
_LAKHS = re.compile(r"\d ?L\b")  # "29L", "1.5-3L", "24.0 L": lakhs of rupees
_ENTITY = re.compile(r"&#?\w+;")
_DECIMAL_COMMA = re.compile(rf"(?<![\d.,]){grammar.NUM_DC}")
# "€75.000": continental Europe groups thousands with dots.
_EURO_THOUSANDS = re.compile(r"(?<![\d.,])(?!0\.)\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)")
# "26 000 zł", "PLN 12 500": and with spaces (see grammar.SPACED)
_SPACE_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_SPACED_CELL = re.compile(r"(?=.* )\d{1,3}(?: \d{3})*(?:[–-]\d{1,3}(?: \d{3})*)?")
_SPACED_DECIMAL = re.compile(r"(?<=\d[ \u00a0\u202f]\d{3}),(?=\d\d(?!\d))")  # "1 926,76"
_DOT_GROUPS = re.compile(r"\d\.\d{3}\.\d{3}")
_SCALED_QUOTE = re.compile(
    r"(?i)\d\s?(?:k|m|mm|mln|mn|bn|b|l|lakhs?|lacs?|crores?|cr|mil|mio|mrd|thousand|million|billion"
    r"|trillion|millones|milhões|juta|triệu|tr)(?![a-z])|[万萬만억]"
)


def _values(quote: str, *, family: str) -> list[float]:
    """Numbers of a quote, with K/M/L/Cr scales and a scale carried across a range."""
    currency = family == "cur"
    # "€75.000", "48.300 EUR", "22.000 lei", and dollars as Latin America writes them, with a
    # space, "US$ 4.800"; a bare "70.000" or "9.400" too, as no count has three decimals
    code = currency_of(quote) if currency else ""
    euro = currency and (currencies.dotted(code) or "US$ " in quote)
    # and any money's figure with three decimals, which only thousands have (but a dinar's or
    # a rial's fils, or a scaled "$1.250 million"): "USD 5.800" a month in Medellín
    euro = euro or (
        currency
        and "." in quote
        and not currencies.in_mills(code)
        and not _SCALED_QUOTE.search(quote)
    )
    if currency:
        quote = _SPACED_DECIMAL.sub(".", quote)  # "1 926,76 zł": its decimal comma first
        quote = _SPACE_THOUSANDS.sub(",", quote)  # before entities turn into spaces
    elif "\u202f" in quote or "\u00a0" in quote or _SPACED_CELL.fullmatch(quote):
        quote = _SPACE_THOUSANDS.sub(",", quote)  # "1\u202f430 placements", a cell's "10 412"
    if "&" in quote:
        quote = _ENTITY.sub(" ", quote)  # "&#36;15,000&ndash;&#36;20,000": no 36 or 8211
    if currency and "+" in quote:
        quote = quote.replace("+ LPA", " LPA").replace("+LPA", " LPA")  # "40+ LPA"
    if "," in quote and _DECIMAL_COMMA.search(quote):
        quote = _DECIMAL_COMMA.sub(lambda m: m[0].replace(".", "").replace(",", "."), quote)
    # but not "2.125 million"
    grouped = family == "plain" and "." in quote and not _SCALE_WORD.search(quote)
    if euro or grouped or (currency and _DOT_GROUPS.search(quote)):  # "USD 4.800.000"
        quote = _EURO_THOUSANDS.sub(lambda m: m[0].replace(".", ","), quote)  # €75.000
    found = [
        (float(_UNGROUPED.sub("", m[1])), " ".join((m[2] or "").lower().split()))
        for m in _NUM_SCALE.finditer(quote)
    ]
    if not currency:
        found = [(value, scale if scale in _PLAIN_SCALES else "") for value, scale in found]
    found = found[:2]
    if len(found) == 2 and not found[0][1] and found[1][1] and found[0][0] <= found[1][0]:
        found[0] = (found[0][0], found[1][1])
    return [v * _SCALES.get(s, 1.0) for v, s in found]


def _unit_of(family: str, quote: str, low: float) -> tuple[str, str | None, str]:
    if family == "cur":
        return currency_of(quote), period_of(quote), "currency"
    if family == "pct":  # percentage points keep the abbreviation they are written in: "+3 pp"
        if _BASIS_POINTS.search(quote):
            return "bps", None, "percent"  # "down 90 basis points": hundredths of a point
        return ("pp" if _POINTS_ABBREVIATED.search(quote) else "%"), None, "percent"
    if family in ("mult", "ratio"):
        return "x", None, "multiplier" if family == "mult" else "ratio"
    if family == "size":
        return _size_unit(quote), None, "size"
    if family == "dur":
        return _time_unit(quote), None, "duration"
    is_year = len(quote) == 4 and quote.isdecimal() and 1800 <= low <= 2099
    return ("year", None, "year") if is_year else ("count", None, "plain")


# (in order: the first mark found in a quote names its currency, so "KRONOR" precedes the "RON"
# inside it, as "DOLLAR" precedes "ARS")
# (the currency table's signs, "₩", "₦", "₾" ..., are read before these: `currencies.MARKED`)
_CURRENCY_MARKS: tuple[tuple[str, str], ...] = (
    ("&POUND;", "GBP"), ("&#163;", "GBP"), ("&EURO;", "EUR"), ("&#8364;", "EUR"),
    ("&YEN;", "JPY"), ("&#165;", "JPY"), ("&#8377;", "INR"), ("&#X20B9;", "INR"),
    ("US&#36;", "USD"), ("C&#36;", "CAD"), ("CA&#36;", "CAD"), ("S&#36;", "SGD"),
    ("A&#36;", "AUD"), ("AU&#36;", "AUD"), ("HK&#36;", "HKD"), ("NZ&#36;", "NZD"),
    ("R&#36;", "BRL"), ("KRW", "KRW"), ("WON", "KRW"), ("원", "KRW"),
    ("US$", "USD"), ("AU$", "AUD"), ("R$", "BRL"), ("NZ$", "NZD"), ("HK$", "HKD"), ("NT$", "TWD"),
    ("CAD", "CAD"), ("SGD", "SGD"), ("AUD", "AUD"), ("NZD", "NZD"), ("HKD", "HKD"),
    ("GBP", "GBP"), ("EUR", "EUR"), ("INR", "INR"), ("DOLLAR", "USD"), ("C$", "CAD"),
    ("CA$", "CAD"), ("S$", "SGD"), ("A$", "AUD"), ("£", "GBP"), ("€", "EUR"), ("₹", "INR"),
    ("LPA", "INR"), ("LAKH", "INR"), ("LAC", "INR"), ("CRORE", "INR"), ("POUND", "GBP"),
    ("RUPEE", "INR"), ("CR", "INR"), ("¥", "JPY"), ("JPY", "JPY"), ("円", "JPY"), ("YEN", "JPY"),
    ("AED", "AED"), ("DIRHAM", "AED"), ("CHF", "CHF"), ("PLN", "PLN"), ("ZŁ", "PLN"),
    ("SEK", "SEK"), ("NOK", "NOK"), ("DKK", "DKK"), ("MYR", "MYR"), ("RMB", "CNY"),
    ("RM", "MYR"), ("ZAR", "ZAR"),
    ("\\POUNDS", "GBP"), ("\\TEXTSTERLING", "GBP"), ("\\EURO", "EUR"), ("\\TEXTEURO", "EUR"),
    ("SAR", "SAR"), ("RIYAL", "SAR"), ("QAR", "QAR"),
    ("NGN", "NGN"), ("NAIRA", "NGN"), ("KES", "KES"), ("KSH", "KES"),
    ("KRONOR", "SEK"), ("RON", "RON"), ("LEI", "RON"), ("UAH", "UAH"), ("ГРН", "UAH"),
    ("CZK", "CZK"),
    ("KČ", "CZK"), ("HUF", "HUF"), ("RUB", "RUB"), ("РУБ", "RUB"), ("TRY", "TRY"),
    ("ARS", "ARS"), ("MXN", "MXN"), ("BRL", "BRL"), ("CLP", "CLP"), ("COP", "COP"),
    ("ZLOTY", "PLN"), ("REAIS", "BRL"), ("FRANCS", "CHF"), ("CNY", "CNY"),
    ("KRW", "KRW"), ("TWD", "TWD"), ("ILS", "ILS"),
    ("VND", "VND"), ("TRIỆU", "VND"), ("ĐỒNG", "VND"), ("PESOS", "MXN"), ("EGP", "EGP"),
    ("IDR", "IDR"), ("RUPIAH", "IDR"), ("JUTA", "IDR"), ("PHP", "PHP"), ("THB", "THB"),
    ("PKR", "PKR"), ("BDT", "BDT"), ("LKR", "LKR"), ("NPR", "NPR"), ("KWD", "KWD"),
    ("BHD", "BHD"), ("OMR", "OMR"), ("MAD", "MAD"), ("PEN", "PEN"), ("FR.", "CHF"),
)  # fmt: skip
_CURRENCY_MARKS += tuple(
    (code, code) for code in currencies.CODES if all(code != mark for mark, _ in _CURRENCY_MARKS)
)  # and the codes of the rest of the table (`currencies`)


_NORDIC_SCALE = re.compile(r"(?<![A-Za-z])([MT])(?:SEK|NOK|DKK|(?<=M)EUR)\b")
_OTHER_RUPEES = ("PKR", "NPR", "LKR", "BDT")
_RAND = re.compile(r"R\d")  # "R850k", "R1.2 billion": South Africa's rand
_WORD = re.compile(r"[A-Za-z]{2}")
_DIRHAM_MARK = re.compile(r"(?<![A-Za-z])D[Hh]s?(?![A-Za-z])")
_CODE_WORD = re.compile(rf"(?<![A-Z])(?=[A-Z]{{3}}(?![A-Z]))(?:{currencies.CODE_ALTERNATION})")
# a currency's name, but the dollar's, which the marks read (its country may precede it)
_NAMES = "|".join(name for name, code in currencies.NAMED.items() if code != "USD")
_NAME_WORD = re.compile(rf"(?i)\b(?=[a-z]{{2}}['a-z])({_NAMES})\b")  # "kroner", "so'm"
_SIGN = re.compile(f"[{currencies.SIGNS}]")
_ABBREVIATION = re.compile(rf"(?<![A-Za-z])(?:{currencies.ABBREVIATIONS})(?![A-Za-z])")


def currency_of(quote: str) -> str:
    """ISO code of a money quote: `CAD $120K` -> CAD, `₹25L` -> INR, `$5` -> USD."""
    if quote[:2] == "Rp":
        return "IDR"  # "Rp 14 juta": rupiah
    if quote[:2] == "S/":
        return "PEN"  # "S/ 5,500": Peruvian soles
    sign = _SIGN.search(quote)
    if sign is not None:
        return currencies.MARKED[sign[0]]  # a sign of the currency table: "₾9,500", "745,000 ֏"
    if quote[:2] == "Tk":
        return "BDT"  # "Tk 3.5 lakh": Bangladeshi taka, in lakhs too
    head = quote.upper()
    if head[:3] in _OTHER_RUPEES:
        return head[:3]  # "PKR 11.2 lakh": Pakistani rupees in lakhs
    if re.match(r"RS\.?\s?\d", head) or _LAKHS.search(quote):
        return "INR"
    if _RAND.match(quote):
        return "ZAR"
    if _WORD.search(quote):  # (most quotes hold no word: "$120K", "₹25 LPA")
        code = _CODE_WORD.search(quote)
        if code:
            return code[0]  # "CRC 50,000", not the crores of its "CR"
        mark = _ABBREVIATION.search(quote)
        if mark is not None:
            return currencies.MARKED[mark[0]]  # "JD 1,350", "KD 800"
        if _DIRHAM_MARK.search(quote):
            return "AED"  # "26,000 DH", "Dhs 15,000": dirhams (of the country the page names)
        name = _NAME_WORD.search(quote)
        if name:  # "980,000 forints", "50,000 kroner" (not RON)
            return currencies.NAMED[name[1].lower()]
        if _TRIEU_MARK.search(quote):
            return "VND"  # "52tr", "6–7tr": millions of dong (triệu)
        if KRONA_MARK.search(quote):
            return "SEK"  # "56 800 kr": kronor (or the kroner of the page's country: extractor)
    return next((code for mark, code in _CURRENCY_MARKS if mark in head), "USD")


KRONA_MARK = re.compile(r"\d\s?kr\b")  # "56 800 kr"
_TRIEU_MARK = re.compile(r"\dtr\b")


def period_of(quote: str) -> str | None:
    """Pay period named inside a money quote (`/hr` -> hour, `/month` -> month)."""
    m = _PERIOD.search(quote)
    if not m:
        return None
    word = (m[1] or m[2]).lower()
    table = {"hr": "hour", "h": "hour", "hourly": "hour", "yr": "year", "annum": "year"}
    table |= {"annually": "year", "yearly": "year", "lpa": "year", "p.a.": "year", "mo": "month"}
    table |= {"mth": "month", "jährlich": "year", "monatlich": "month"}
    table |= {"monthly": "month", "wk": "week", "weekly": "week", "p/d": "day", "p/h": "hour"}
    table |= {"p.d.": "day", "p.h.": "hour", "p.m.": "month", "p/m": "month", "p/a": "year"}
    table |= {"maand": "month", "monat": "month", "jaar": "year", "jahr": "year"}
    table |= {"mån": "month", "mnd": "month", "tháng": "month"}  # "45 000 kr/mån", "6–7tr/tháng"
    return table.get(word, word)


_POINTS_ABBREVIATED = re.compile(r"\d\s?(?:pp|ppts?)$")
_BASIS_POINTS = re.compile(r"(?i)\d\s(?:basis\s+points?|bps)\b")


def _time_unit(quote: str) -> str:
    worded = _WORDED_TIME.search(quote.rstrip())
    if worded is not None:  # "47 jours", "3 mois", "14 mahine"
        return _WORDED_UNITS[worded[1]]
    iberian = _IBERIAN_TIME.search(quote.rstrip())
    if iberian is not None:  # "12 a 18 meses", "6 anos"
        word = iberian[1]
        return _IBERIAN_UNITS.get(word, _IBERIAN_UNITS.get(word[:-1], "months"))
    dutch = _DUTCH_TIME.search(quote.rstrip())
    if dutch is not None:  # "40 uur", "27 vakantiedagen"
        return _DUTCH_UNITS[dutch[1]]
    # German units by their ends first: "30 Urlaubstage", "40 Wochenstunden", "3 Tage"
    word = _GERMAN_TIME.search(quote) or _TIME_WORD.search(quote.rstrip())
    if word is None:
        return "years"
    head = word[1].lower()
    named = {"min": "minutes", "sec": "seconds", "stund": "hours", "tag": "days", "jahr": "years"}
    return named.get(head) or _TIME_UNITS.get(head[0], "years")


def _size_unit(quote: str) -> str:
    if _OUT_OF_FIVE.search(quote):
        return "rating/5"
    if quote.endswith(("log points", "log point")):
        return "log points"
    unit = re.search(r"[KkMGTPE]B", quote)
    base = unit.group().upper() if unit else "B"
    if re.search(r"(?i)day|daily", quote):
        return base + "/day"
    return base + "/month" if re.search(r"(?i)month", quote) else base


def _scale_word(quote: str) -> str:
    m = _SCALE_WORD.search(quote)
    return m[1].lower() if m else ""


def _parse_words(quote: str, start: int) -> NumberExpr | None:
    nums = [_word_value(m.group()) for m in _WORD_NUM.finditer(quote)]
    if not nums:
        return None
    if " and a half" in quote.lower():  # "five and a half years"
        nums = [nums[0] + 0.5]
    scale = _scale_word(quote)
    # "a million" is already a million: its scale word is not applied twice
    factor = _SCALES.get(scale, 1.0) if nums[-1] < 1000 else 1.0
    low, high = nums[0] * factor, nums[-1] * factor
    lowered = quote.lower()
    if lowered.endswith(("dollars", "pounds", "euros")):
        unit, family = currency_of(quote.split()[-1]), "currency"
        unit = "USD" if lowered.endswith("dollars") else unit
    elif "cent" in lowered[-8:]:
        unit, family = "%", "percent"
    else:
        unit, family = _time_unit(quote), "duration"
    return NumberExpr(start, start + len(quote), family, low, high, False, unit, spelled=True)


def _word_value(words: str) -> float:
    key = " ".join(words.lower().split())
    if key in grammar.FRACTION:
        return grammar.FRACTION[key]
    whole, point, decimals = f" {key}".partition(" point ")
    if point:  # "one point two five": 1.25
        digits = "".join(str(_DIGIT_WORDS.index(word)) for word in decimals.split())
        return (_word_value(whole) if whole.strip() else 0.0) + float(f"0.{digits}")
    for word, scale in ((" thousand", 1e3), (" hundred", 1e2)):
        head, found, rest = key.partition(word)
        if found:  # "two hundred and forty": 2 * 100 + 40
            count = 1.0 if head == "a" else _word_value(head)
            return count * scale + (_word_value(rest.removeprefix(" and ")) if rest else 0.0)
    total = 0.0
    for part in key.split("-"):
        total += grammar.SMALL.get(part, 0)
    return total


def _placed(text: str, expr: NumberExpr, start: int) -> NumberExpr:
    """`expr`, parsed at offset 0, put at `start` with a bound word before it (`below 4
    percent`) or `or more` after it taken in."""
    start, end = start + expr.start, start + expr.end  # (an en dash's minus stays out: 1)
    # both need a space between the number and the words: a number without one skips them
    before = None
    lead = start
    while lead > 0 and start - lead < 3 and text[lead - 1] in "*_":
        lead -= 1
    if lead > 0 and text[lead - 1].isspace():  # "above **$900K**": the bound is read, not quoted
        before = _BOUND_BEFORE.search(text, max(0, lead - 24), lead)
    after = None
    if end < len(text) and text[end].isspace():
        after = _OPEN_AFTER.match(text, end, min(len(text), end + 16))
    low, high, opened, bound = expr.low, expr.high, expr.open_high, ""
    if before is not None and before[1].lower() == "within" and expr.family != "percent":
        before = None  # "within 8%" is at most 8%; "within two years" a time frame
    if before is not None and before[1].lower() == "over" and expr.family == "duration":
        spans = _SPAN_BEFORE.search(text, max(0, before.start() - 40), before.start())
        bounds = _BOUNDS_TIME.search(text, max(0, before.start() - 12), before.start())
        before = None if spans and not bounds else before
    if before is not None and expr.low == expr.high:  # "more than 10-15%" bounds nothing
        word = " ".join(before[1].lower().split())
        bound = "upper" if word in _UPPER_BOUNDS or word.startswith("up") else "lower"
        outside = word in _VERB_BOUNDS or word.startswith("start")
        start = start if outside or lead < start else before.start()
        low, opened = (None, False) if bound == "upper" else (high, True)
    if after is not None:
        end, opened = after.end(), True
    elif end < len(text) and text[end].isspace() and expr.low == expr.high and not bound:
        upper = _UPPER_AFTER.match(text, end, min(len(text), end + 16))
        if upper is not None:
            end, low, bound = upper.end(), None, "upper"
    opened = opened or expr.open_high
    return NumberExpr(start, end, expr.family, low, high, opened, expr.unit, expr.period,
                      expr.signed, bound, expr.spelled, expr.scale_word)  # fmt: skip
