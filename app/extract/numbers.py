"""Number grammar: find number expressions in text and normalise their values.

One compiled pattern scans the whole text once. Things that look like numbers but are not
quantities (URLs, dates, clock times, reading times, versions, model names such as GPT-4o or
H100) are matched first as `skip` so that the scanner steps over them.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

# Indian grouping writes lakhs and crores in pairs of digits: 12,00,000 and 1,20,00,000.
# Runs of digits are possessive: nothing that may follow a number starts with a digit, so a
# run cut short can never match; giving digits back one by one only re-ran the rest of every
# family that fails on the number (most do, at each one).
NUM = r"(?:\d{1,3}+(?:,\d{3})+|\d{1,2}+(?:,\d\d)+,\d{3}|\d++)(?:\.\d++)?"
_SEP = r"(?:\s?(?:[-–—−]|&[nm]dash;|&#821[12];|&minus;)\s?|\s+to\s+)"
# "between X and Y" is a range; the lookbehind keeps "between" out of the quote.
_BETWEEN = r"(?<=[Bb]etween\s)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_SKIP = "|".join(
    (
        r"https?://[^\s)\]>\"']+|www\.[^\s)\]>\"']+",
        r"\]\([^)\s]*\)",
        r"(?<=!)\[[^\]\n]{0,300}\]\([^)\s]*\)",  # image alt text
        r"\[\^[^\]\s]{1,20}\]|\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]",  # footnote markers
        r"<!--[\s\S]{0,20000}?-->",
        r"<(script|style)\b[\s\S]{0,20000}?</(?:script|style)>",
        r"\d{3}\(k\)",  # 401(k)
        r"\d++(?:\.\d++)?\s?[A-Z]{3}\s?=\s?\d++(?:\.\d++)?\s?[A-Z]{3}",  # 1 SGD = 0.74 USD
        r"<sup\b[^<>]*>(?:<a\b[^<>]*>)?[^<>]{0,12}(?:</a>)?</sup>",
        r"<[A-Za-z/!][^<>\n]{0,300}>",
        r"`[^`\n]{1,300}`",
        r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}",
        rf"{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+)\d{{4}}",
        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}|{_MONTH}\.?,?\s+\d{{4}}",
        rf"{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d%])(?!\s?(?:[-–]|to)\s?\d)",
        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?![A-Za-z])",
        r"\d{1,2}(?::\d{2})?\s?[AaPp]\.?[Mm]\.?(?![A-Za-z])"
        r"(?:\s?[-–]\s?\d{1,2}(?::\d{2})?\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?",
        r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)",
        r"(?i:\d++\s?-?\s?min(?:ute)?s?\.?\s+read\b)",
        r"\d++(?:\.\d+){2,}|\d++/\d++(?![\d,])",
        # page furniture: "Page 7 of 24", keycap digits (1️⃣), a post's age ("13h ·", "2d ago")
        r"(?:(?<=[Pp]age\s)|(?<=[Ss]lide\s))\d++(?:\s+of\s+|\s?/\s?)\d++|\d\ufe0f?\u20e3",
        r"(?<![\w.])\d{1,3}+[hdw](?=\s*[·•|]|\s+ago\b)|(?<=[·•]\s)\d{1,3}+[hdw]\b",
        # a span of years is a time frame: "2024-34", "2019–2023"
        r"(?<![\w.,$£€₹])(?:19|20)\d\d(?:\s?[-–]\s?|\s+to\s+)(?:(?:19|20)\d\d|\d\d)"
        r"(?![\d%]|[.,]\d|\s?(?:[kKmM]\b|percent))",
    )
)
_CUR_SYM = (
    r"(?:(?<![A-Za-z])(?:(?:CAD|SGD|AUD|USD|NZD|HKD)\s?|US|CA|C|A|S|NZ|HK)\$|\$|£|€|₹"
    r"|&#36;|&dollar;|&pound;|&#163;|&euro;|&#8364;"  # as raw HTML writes them
    r"|(?<![A-Za-z])(?:Rs\.?|INR|USD|GBP|EUR|CAD|SGD|AUD)\s?(?=\d))"
)
_CUR_SCALE = (
    r"(?:\s?(?:thousand|million|billion|lakhs?|lacs?|crores?|Cr)\b"
    r"|(?:mm|MM|bn|Bn|Cr|[kKmMbBL])(?![A-Za-z]))"
)
_CUR_WORD = r"\s?(?:USD|GBP|EUR|INR|CAD|SGD|AUD|dollars|pounds|euros|rupees)\b"
_RATE = (
    r"(?:\s?/\s?(?:hr|hour|h|yr|year|annum|mo|month|wk|week|day)\b"
    r"|\s(?:per|an|a)\s(?:hour|year|annum|month|week|day)\b"
    r"|\s(?:hourly|monthly|annually|yearly|weekly)\b|\s?LPA\b|\s?p\.a\.)"
)
# "$140,000 – $180,000 + equity": the plus adds something else, it does not open the band
_NOT_EXTRA = r"(?!\s*(?:equity|bonus(?:es)?|benefits|stock|RSUs?|options|commission|perks)\b)"
_CUR_AMT = rf"{_CUR_SYM}\s?{NUM}{_CUR_SCALE}?"
_CUR = (
    rf"{_BETWEEN}{_CUR_AMT}\s+and\s+(?:{_CUR_SYM}\s?)?{NUM}{_CUR_SCALE}?(?:{_CUR_WORD})?{_RATE}?"
    rf"|{_CUR_AMT}(?:(?:\s?LPA\b)?{_SEP}(?:{_CUR_SYM}\s?)?{NUM}{_CUR_SCALE}?)?(?:{_CUR_WORD})?(?:\s?\+{_NOT_EXTRA})?{_RATE}?"
    rf"|(?<![\w.,]){NUM}{_CUR_SCALE}?(?:(?:\s?LPA\b)?{_SEP}{NUM}{_CUR_SCALE}?)?"
    rf"(?:{_CUR_WORD}|\s?LPA\b|\s(?:lakhs?|crores?)\b|(?<=Cr)){_RATE}?"
)
_PCT_SIGN = r"(?:(?<![\w.,])[+\-−±])?"
_PCT_UNIT = r"\s?(?:%|percent\b|per\s?cent\b|pct\b|percentage\s+points?\b|pp\b|ppts?\b|pts\b)"
_PCT = (
    rf"{_BETWEEN}{NUM}(?:\s?%)?\s+and\s+{NUM}{_PCT_UNIT}"
    rf"|{_PCT_SIGN}(?<![\w.,]){NUM}(?:\s?%)?(?:{_SEP}[+\-−]?{NUM})?{_PCT_UNIT}(?:\s?\+)?"
    r"(?:\s(?:YoY|YOY|y/y|year[- ]over[- ]year|year[- ]on[- ]year|MoM|QoQ)\b)?"
)
_MULT = (
    rf"{_PCT_SIGN}(?<![\w.,]){NUM}(?:(?:\s?[X×]|x)?{_SEP}{NUM})?(?:\s?[X×]|x|Γ—|Ã—)(?![A-Za-z0-9])"
    rf"|(?<![\w.,]){NUM}(?:{_SEP}{NUM})?\s+times(?=\s+(?:the|as|more|faster|higher|larger"
    r"|bigger|cheaper|greater|longer|over)\b)"
    r"|(?<![\w.,])\d++\.\d++\s+times\b"  # "pay rose 1.4 times": a fraction counts no events
)
_SIZE = (
    rf"(?<![\w.,]){NUM}(?:{_SEP}{NUM})?\s?(?:KB|kB|MB|GB|TB|PB|EB)(?![A-Za-z])"
    r"(?:\s?(?:/\s?day|daily|per day|a day|/\s?month|per month|monthly)\b)?"
)
_RATIO = (
    rf"(?<![\w.,]){NUM}\s?(?::|\s+to\s+)1(?![\d:%xX×]|[.,]\d|\s?[-–]\s?\d"
    r"|\s+(?:years?|months?|weeks?|days?|hours?|percent|million|billion|thousand)\b)"
)
_TIME_UNIT = (
    r"(?i:years?|yrs?|months?|mos|weeks?|wks?|days?|hours?|hrs?|h|minutes?|mins?|min"
    r"|seconds?|secs?)(?![A-Za-z])"
)
_DUR = (
    rf"{_BETWEEN}{NUM}\s+and\s+{NUM}(?:\s|-|&nbsp;)?{_TIME_UNIT}"
    rf"|(?<![\w.,]){NUM}(?:{_SEP}{NUM})?(?:\s?\+|\s+plus)?(?:\s|-|&nbsp;)?{_TIME_UNIT}"
)
SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_FRACTION = {"a quarter": 0.25, "a half": 0.5, "half a": 0.5, "a dozen": 12, "a hundred": 100}
_FRACTION |= {"a thousand": 1e3, "a million": 1e6, "a billion": 1e9}
_WN = (
    r"(?:a\s+quarter|a\s+half|half\s+a|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million"
    r"|a\s+billion|(?:" + "|".join(sorted(SMALL, key=len, reverse=True)) + r")"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_WORDS = (
    rf"(?i:(?<![\w-])(?:{_BETWEEN}{_WN}\s+and\s+{_WN}|{_WN}(?:[\s-]+(?:to|or)[\s-]+{_WN})?)"
    r"(?:\s+(?:thousand|million|billion))?"
    r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per\s?cent|dollars|pounds"
    r"|euros)\b)"
)
# "1 in 4 applications", "3 out of 10 teams": a share, not two counts.
_ONE_IN = (
    r"(?<![\w.,$£€₹])\d{1,3}+\s+(?:in|out\s+of)\s+(?!(?:19|20)\d\d\b)\d{1,4}+(?![\w.,%])"
    # in words, a noun allowed between: "two in five offers", "one ad in three"
    r"|(?i:(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:[a-z]+\s+)?"
    r"(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty)\b)"
)
_PARTS = {"quarter": 25.0, "third": 100 / 3, "fifth": 20.0, "tenth": 10.0, "half": 50.0}
# "a quarter of all hiring", "two-thirds of employers": a share; "the first half of 2025" is not.
_SHARE = (
    r"(?i:(?<![\w-])(?<!first\s)(?<!second\s)(?<!last\s)(?<!other\s)(?<!middle\s)"
    r"(?:(?:a|one)[\s-](?:quarter|third|fifth|tenth|half)|half|two[\s-]thirds|three[\s-]quarters)"
    r"(?=\s+of\s+(?!(?:the|this|that|next|last)\s+(?:year|month|week|day|decade|century|quarter"
    r"|season|time)\b)[a-z]"
    # or the share is the subject: "two-thirds were working within six months"
    r"|\s+(?:were|are|was|is|said|say|have|had|reported|expect|plan)\b))"
)
# Multiples in words: "twice as many interviews", "three times more", "open roles doubled".
_TIMES_WORDS = {"twice": 2.0, "doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0}
_WORD_TIMES = (
    r"(?i:(?<![\w-])(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)"
    r"(?=\s+(?:as|more|the|faster|higher|larger|bigger|over)\b)"
    r"|(?<![\w-])(?:doubled|tripled|quadrupled)\b(?!\s+down\b))"
)
# A count in words out of a group: "eleven of the 63 graduates", "four of them stayed".
_COUNT_WORDS = "|".join(sorted(set(SMALL) - {"one", "hundred"}, key=len, reverse=True))
_WORD_COUNT = (
    rf"(?i:(?<![\w-])(?:{_COUNT_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"(?=\s+of\s+(?:the|them|those|these|our|their|all)\b))"
)
_PLAIN = (
    rf"(?<![\w.,]){NUM}(?:{_SEP}{NUM})?"
    r"(?:\s?(?:thousand|million|billion|trillion)\b|(?:[KMBk]|bn|mn)(?![A-Za-z]))?"
    r"(?:\s?\+|\s+or\s+more\b)?(?![A-Za-z0-9])"
)
_ALNUM = r"(?<![\w$€£₹])[A-Za-z]++[-.]?\d[\w.]*(?:-\w+)*|\d++[A-Za-z][\w]*"


def _by_first_letter(starts: list[tuple[str, str]]) -> str:
    """(first letter, rest) pairs as one alternation per literal first letter.

    The regex engine skips a branch that opens with a literal in one comparison, so an
    ordinary word is rejected after a handful of them: [("o", "ne"), ("t", "wo"), ("t", "en")]
    -> `o(?:ne)|t(?:wo|en)`.
    """
    groups: dict[str, list[str]] = {}
    for head, tail in starts:
        groups.setdefault(head, []).append(tail)
    return "|".join(f"{head}(?:{'|'.join(tails)})" for head, tails in sorted(groups.items()))


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_CODES = ["CAD", "SGD", "AUD", "USD", "NZD", "HKD", "INR", "GBP", "EUR", "Rs", "US", "CA", "NZ"]
_CODES += ["HK", "C", "A", "S"]
_SPELLED = [*SMALL, "half", *_TIMES_WORDS]
_A_PHRASE = r"(?i:\s+(?:quarter|half|third|fifth|tenth|dozen|hundred|thousand|million|billion))\b"
# A word that may open a number expression, a skip or a currency code: the filler below stops
# in front of it. This test runs on every word of the text, hence the first-letter dispatch.
_SPECIAL_STARTS = [("h", r"ttps?:"), ("w", r"ww\."), ("a", _A_PHRASE), ("A", _A_PHRASE)]
_SPECIAL_STARTS += [(month[0], month[1:]) for month in _MONTHS]
_SPECIAL_STARTS += [(code[0], code[1:] + r"\W{0,2}[$\d]") for code in _CODES]
_SPECIAL_STARTS += [
    (first, f"(?i:{word[1:]})\\b") for word in _SPELLED for first in (word[0], word[0].upper())
]
_SPECIAL_WORD = _by_first_letter(_SPECIAL_STARTS)
# Letters no special word starts with: a word opening with one skips the test above.
_PLAIN_INITIAL = "".join(sorted(set(string.ascii_letters) - {head for head, _ in _SPECIAL_STARTS}))
_WORD = rf"[{_PLAIN_INITIAL}][A-Za-z]*+(?![-.]?\d)|(?!{_SPECIAL_WORD})[A-Za-z]++(?![-.]?\d)"
# Punctuation and spaces, underscores and non-ASCII letters (`é`) are taken in, because no
# expression starts there; so is a hyphen between two letters (`full-time`). The ASCII class
# is one bitmap test per character, where `\w` would cost a Unicode lookup.
_ASCII_GAP = r"[^0-9A-Za-z$+\-<`\[\]&\x80-\U0010ffff]"
_OTHER_GAP = r"[^\x00-\x7f\d£€₹−±]"
# Filler: words and the gaps after them (one round of the loop each), ordinary words only (not
# special, not glued to a digit as in GPT-4). Consumed possessively since nothing after them
# can make them give back.
_FILLER = (
    rf"(?:(?:{_WORD}|{_OTHER_GAP}++|(?<=[A-Za-z])-(?=[A-Za-z])){_ASCII_GAP}*+|{_ASCII_GAP}++)++"
)
SCANNER = re.compile(
    rf"{_FILLER}|(?P<skip>{_SKIP})|(?P<cur>{_CUR})|(?P<pct>{_PCT})|(?P<mult>{_MULT})"
    rf"|(?P<size>{_SIZE})|(?P<ratio>{_RATIO})|(?P<dur>{_DUR})|(?P<words>{_WORDS})|(?P<share>{_SHARE})"
    rf"|(?P<wtimes>{_WORD_TIMES})|(?P<wcount>{_WORD_COUNT})|(?P<onein>{_ONE_IN})"
    rf"|(?P<plain>{_PLAIN})|(?P<alnum>{_ALNUM})|[A-Za-z]+"
)
_NUM_SCALE = re.compile(
    rf"({NUM})\s?(thousand|million|billion|trillion|lakhs?|lacs?|crores?|LPA"
    r"|(?:mm|MM|bn|Bn|mn|Cr|[kKmMbBL])(?![A-Za-z]))?"
)
_WORD_NUM = re.compile(rf"(?i){_WN}")
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?=[abcefilmnotu])(up to|below|under|less than|fewer than|at most|no more than"
    r"|as much as|as many as|above|over|more than|at least|upwards of|north of|in excess of"
    r"|crossed|exceeded|topped)\s+$"
)
_CHANGED_FROM = re.compile(
    r"(?i)\b(?=[cdfgijmrstuw])(?:went|gone|going|goes|grew|grown|rose|risen|jumped|increased|climbed|moved|fell"
    r"|dropped|declined|shrank|changed|doubled|tripled|up|down)\s+from\s+$"
)
_OPEN_AFTER = re.compile(r"(?i)\s+(?:or|and)\s+(?:more|higher|above|up)\b")
_SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9,
    "bn": 1e9, "billion": 1e9, "trillion": 1e12, "l": 1e5, "lakh": 1e5, "lakhs": 1e5,
    "lac": 1e5, "lacs": 1e5, "lpa": 1e5, "cr": 1e7, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
_PLAIN_SCALES = {"k", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "b"}
_UPPER_BOUNDS = {"up to", "below", "under", "less than", "fewer than", "at most", "no more than"}
_UPPER_BOUNDS |= {"as much as", "as many as"}
_PERIOD = re.compile(
    r"(?i)(?:/\s?|per |an |a |\b)(hr|hour|h|yr|year|annum|mo|month|wk|week|day)\b"
    r"|(hourly|monthly|annually|yearly|weekly|LPA|p\.a\.)"
)
_TIME_WORD = re.compile(r"(?i)(min|sec|[ymwdhs])[a-z]*$")
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


def scan_numbers(text: str) -> Iterator[NumberExpr]:
    """Yield every number expression of `text` in order, skipping non-quantities.

    >>> [(n.low, n.high, n.unit) for n in scan_numbers("pays $110-140K, up 40%")]
    [(110000.0, 140000.0, 'USD'), (40.0, 40.0, '%')]
    """
    for match in SCANNER.finditer(text):
        family = match.lastgroup
        if family is None or family in ("skip", "alnum"):
            continue
        for start, quote in _parts(text, match):
            expr = _parse_quote(family, quote)
            if expr is not None:
                yield _placed(text, expr, start)


def _parts(text: str, match: re.Match[str]) -> list[tuple[int, str]]:
    """A match, or its two ends where "X to Y" follows a change ("rose from $95K to $210K")."""
    quote, start = match.group(), match.start()
    cut = quote.find(" to ")
    if cut < 0 or not _CHANGED_FROM.search(text, max(0, start - 40), start):
        return [(start, quote)]
    second = cut + 4
    return [(start, quote[:cut]), (start + second, quote[second:])]


# Documents repeat their figures ($150K, 40%): a quote is parsed once, at offset 0.
@lru_cache(maxsize=4096)
def _parse_quote(family: str, quote: str) -> NumberExpr | None:
    start = 0
    if family == "words":
        return _parse_words(quote, start)
    if family == "onein":
        numbers = re.findall(r"\d+", quote) or [w for w in quote.lower().split() if w in SMALL]
        part, whole = (float(n) if n.isdigit() else SMALL[n] for n in numbers)
        if not 0 < part < whole:
            return None
        value = 100 * part / whole
        return NumberExpr(start, start + len(quote), "percent", value, value, False, "%")
    if family in ("wtimes", "wcount"):
        head = quote.split()[0].lower()
        value = _TIMES_WORDS.get(head) or _word_value(head)
        kind, unit = ("multiplier", "x") if family == "wtimes" else ("plain", "count")
        return NumberExpr(start, start + len(quote), kind, value, value, False, unit, spelled=True)
    if family == "share":
        part = _PARTS[quote.lower().split()[-1].split("-")[-1].rstrip("s")]
        value = part * (
            2 if quote[:3].lower() == "two" else 3 if quote[:5].lower() == "three" else 1
        )
        return NumberExpr(start, start + len(quote), "percent", value, value, False, "%",
                          spelled=True)  # fmt: skip
    values = _values(quote, currency=family == "cur")
    if not values or not all(math.isfinite(v) for v in values):
        return None  # nothing, or a number too long for a float (hundreds of digits)
    low, high = values[0], values[-1]
    if family != "ratio" and low > high:  # "$320K to $240K" is the band 240-320K; "3 to 1" is 3
        low, high = high, low
    end = start + len(quote)
    opened = "+" in quote[1:] or " plus " in quote or " or more" in quote
    signed = quote[0] in "+-−±"
    if signed and quote[0] in "-−":
        low, high = -low, -high
    unit, period, kind = _unit_of(family, quote, low)
    scale = _scale_word(quote) if family == "plain" else ""
    return NumberExpr(start, end, kind, low, high, opened, unit, period, signed, "", False, scale)


_ENTITY = re.compile(r"&#?\w+;")
# "€75.000": continental Europe groups thousands with dots.
_EURO_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)")


def _values(quote: str, *, currency: bool) -> list[float]:
    """Numbers of a quote, with K/M/L/Cr scales and a scale carried across a range."""
    if "&" in quote:
        quote = _ENTITY.sub(" ", quote)  # "&#36;15,000&ndash;&#36;20,000": no 36 or 8211
    if currency and "€" in quote:
        quote = _EURO_THOUSANDS.sub(lambda m: m[0].replace(".", ","), quote)  # €75.000
    found = [
        (float(m[1].replace(",", "")), (m[2] or "").lower()) for m in _NUM_SCALE.finditer(quote)
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
    if family == "pct":
        return "%", None, "percent"
    if family in ("mult", "ratio"):
        return "x", None, "multiplier" if family == "mult" else "ratio"
    if family == "size":
        return _size_unit(quote), None, "size"
    if family == "dur":
        return _time_unit(quote), None, "duration"
    is_year = len(quote) == 4 and quote.isdecimal() and 1800 <= low <= 2099
    return ("year", None, "year") if is_year else ("count", None, "plain")


_CURRENCY_MARKS: tuple[tuple[str, str], ...] = (
    ("&POUND;", "GBP"), ("&#163;", "GBP"), ("&EURO;", "EUR"), ("&#8364;", "EUR"),
    ("US$", "USD"), ("NZ$", "NZD"), ("HK$", "HKD"), ("CAD", "CAD"), ("SGD", "SGD"),
    ("AUD", "AUD"), ("NZD", "NZD"), ("HKD", "HKD"),
    ("GBP", "GBP"), ("EUR", "EUR"), ("INR", "INR"), ("DOLLAR", "USD"), ("C$", "CAD"),
    ("CA$", "CAD"), ("S$", "SGD"), ("A$", "AUD"), ("£", "GBP"), ("€", "EUR"), ("₹", "INR"),
    ("LPA", "INR"), ("LAKH", "INR"), ("LAC", "INR"), ("CRORE", "INR"), ("POUND", "GBP"),
    ("RUPEE", "INR"), ("CR", "INR"),
)  # fmt: skip


def currency_of(quote: str) -> str:
    """ISO code of a money quote: `CAD $120K` -> CAD, `₹25L` -> INR, `$5` -> USD."""
    head = quote.upper()
    if re.match(r"RS\.?\s?\d", head):
        return "INR"
    return next((code for mark, code in _CURRENCY_MARKS if mark in head), "USD")


def period_of(quote: str) -> str | None:
    """Pay period named inside a money quote (`/hr` -> hour, `/month` -> month)."""
    m = _PERIOD.search(quote)
    if not m:
        return None
    word = (m[1] or m[2]).lower()
    table = {"hr": "hour", "h": "hour", "hourly": "hour", "yr": "year", "annum": "year"}
    table |= {"annually": "year", "yearly": "year", "lpa": "year", "p.a.": "year", "mo": "month"}
    table |= {"monthly": "month", "wk": "week", "weekly": "week"}
    return table.get(word, word)


def _time_unit(quote: str) -> str:
    word = _TIME_WORD.search(quote.rstrip())
    if word is None:
        return "years"
    head = word[1].lower()
    return {"min": "minutes", "sec": "seconds"}.get(head) or _TIME_UNITS.get(head[0], "years")


def _size_unit(quote: str) -> str:
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
    scale = _scale_word(quote)
    factor = _SCALES.get(scale, 1.0)
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
    if key in _FRACTION:
        return _FRACTION[key]
    total = 0.0
    for part in key.split("-"):
        total += SMALL.get(part, 0)
    return total


def _placed(text: str, expr: NumberExpr, start: int) -> NumberExpr:
    """`expr`, parsed at offset 0, put at `start` with a bound word before it (`below 4
    percent`) or `or more` after it taken in."""
    end = start + expr.end
    # both need a space between the number and the words: a number without one skips them
    before = None
    if start > 0 and text[start - 1].isspace():
        before = _BOUND_BEFORE.search(text, max(0, start - 24), start)
    after = None
    if end < len(text) and text[end].isspace():
        after = _OPEN_AFTER.match(text, end, min(len(text), end + 16))
    low, high, opened, bound = expr.low, expr.high, expr.open_high, ""
    if before is not None and expr.low == expr.high:  # "more than 10-15%" bounds nothing
        start, bound = before.start(), "upper" if before[1].lower() in _UPPER_BOUNDS else "lower"
        low, opened = (None, False) if bound == "upper" else (high, True)
    if after is not None:
        end, opened = after.end(), True
    opened = opened or expr.open_high
    return NumberExpr(start, end, expr.family, low, high, opened, expr.unit, expr.period,
                      expr.signed, bound, expr.spelled, expr.scale_word)  # fmt: skip
