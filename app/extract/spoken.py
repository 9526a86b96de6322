"""Amounts said aloud, as transcripts of podcasts, talks and videos write them down.

"two hundred and forty thousand", "five thousand six hundred a month", "twenty-eight to
thirty-two lakh", "one point two crore", "three hundred grand", "twelve thousand Singapore
dollars a month", and the hundreds said in pairs of figures: "one-eighty to two-twenty" (pay
in thousands), "seven-twenty a day". Each is one expression with its value; what it counts
(money or things, and in which currency) is read from its words and the text around it.
"""

from __future__ import annotations

import re

from app.extract import currencies

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
_TEENS += ["eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_VALUES = {word: n for n, word in enumerate(_UNITS, 1)}
_VALUES |= {word: n for n, word in enumerate(_TEENS, 10)}
_VALUES |= {word: 10 * n for n, word in enumerate(_TENS, 2)}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "grand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5}
_SCALES |= {"lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "million": 1e6}


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SCALE = r"(?:hundred|thousand|lakhs?|lacs?|crores?|million)"
_DIGIT_WORD = rf"(?:{_alternation(_UNITS + _TEENS + _TENS)})\b"
_W = rf"(?:{_DIGIT_WORD}|{_SCALE}\b)"  # one word of a spoken number
_NUMBER = (  # "half a million", "a hundred and twenty", "one point two"
    rf"(?:(?:half\s+)?a\s+{_SCALE}\b|{_DIGIT_WORD})(?:(?:\s+|-)(?:(?:and|point)\s+)?(?:a\s+)?{_W})*"
)
_CURRENCY_WORDS = (
    r"(?:US|U\.S\.|Singapore|Australian|Canadian|Hong\s+Kong|New\s+Zealand)\s+dollars|US\b"
    r"|(?:Canadian|Australian)\b(?!\s+[a-z])"  # "one-ten to one-thirty Canadian, so"
    rf"|(?:{_alternation(list(currencies.NAMED))})\b"  # "fifty rand", not "fifty randomly"
)
_RATE = r"[\s-]+(?:a|an|per)[\s-]+(?:year|month|week|day|hour)\b"  # "two-thousand-a-day"
# a range said fast, its ends parted by a comma, where the second is an amount: "ten, eleven
# thousand", "one-thirty, one-forty" (not "twenty, twenty-five percent")
_COMMA = (
    rf",\s(?=(?:[a-z]+[\s-]){{0,4}}?(?:{_SCALE}|grand|K)\b"
    rf"|(?:{_alternation(_UNITS)})-(?:{_alternation(_TENS + _TEENS)})\b)"
)
# Number words, one amount or a range of two, and what may follow them: a scale, a word of
# money, a rate. What they say is judged by `spoken_values`: a bare "forty" is none of this.
SPOKEN = (
    rf"(?i:(?<![\w-])(?<!=\s){_NUMBER}(?:(?:\s+grand\b|\s?K\b)?(?:\s*(?:to|or)\s+|{_COMMA})"
    rf"{_NUMBER})?"
    rf"(?:\s+grand\b|\s?K\b)?(?:\s+(?:{_CURRENCY_WORDS})|[-\s]dollar\b)?(?:{_RATE})?)"
)
_TOKEN = re.compile(r"[a-z]+|-|,")
# the words that name a currency: its names (`currencies`), a dollar's country, lakhs of rupees
_CODES = {"singapore": "SGD", "australian": "AUD", "canadian": "CAD", "hong": "HKD"}
_CODES |= {"new": "NZD", "us": "USD", "u": "USD"}
_CODES |= {"dollar": "USD"}  # "a forty-thousand-dollar raise"
_CODES |= {"lakh": "INR", "lakhs": "INR", "lac": "INR", "lacs": "INR", "crore": "INR"}
_CODES |= {"crores": "INR", **currencies.NAMED}
# (and the words of a name, which are no part of its number)
_NAMES = {"s", "kong", "zealand", "singapore", "australian", "canadian", "hong", "new", "us", "u"}
_NAMES |= {"dollar", *currencies.NAMED}
_PERIODS = ("year", "month", "week", "day", "hour")
IF_PAID = "?"  # the currency of hundreds that are pay in thousands where their words say so


def spoken_values(quote: str) -> tuple[float, float, str, str | None] | None:
    """Low, high, currency ("" where the words name none, "-" where they count no money, "?"
    for hundreds that are pay in thousands only where their sentence speaks of pay: "one
    thirty-five", "a hundred and forty") and period of a spoken amount; None for number words
    that say no amount.

    >>> spoken_values("twenty-eight to thirty-two lakh")
    (2800000.0, 3200000.0, 'INR', None)
    >>> spoken_values("seven-twenty a day")
    (720.0, 720.0, '', 'day')
    >>> spoken_values("eleven hundred")
    (1100.0, 1100.0, '-', None)
    """
    words = _TOKEN.findall(quote.lower())
    period = words[-1] if len(words) > 2 and words[-1] in _PERIODS else None
    body = words[:-1] if period else words
    while period and body and body[-1] in ("-", "a", "an", "per"):
        body = body[:-1]
    currency = next((_CODES[word] for word in body if word in _CODES), None)
    body = [word for word in body if word not in _NAMES]
    big = any(word in _SCALES and word != "hundred" for word in body)  # thousand, lakh, K
    if currency == "USD" and not big and not {"dollars", "bucks"} & set(words):
        return None  # "two US pay zones": a country, not its money
    parts = _range(body)
    bare = {"canadian", "australian"} & set(words) and "dollars" not in words
    if bare and not (big or len(parts) == 2 or _one_pair(body)):
        return None  # "a dollar twenty-five Canadian": a rate, not "one-ten to one-thirty Canadian"
    values = [_value(part) for part in parts]
    if any(value is None for value in values):
        return None
    amounts = [value for value in values if value is not None]
    if "," in body and not amounts[0] < amounts[-1]:
        return None  # "twenty, fifteen": a list, not a range
    paired = len(parts) == 2 and any(_is_pair(part) for part in parts)
    if len(parts) == 1 and _one_pair(parts[0]) and not (big or currency or period):
        return amounts[0], amounts[0], IF_PAID, None  # "one thirty-five": as "a hundred and forty"
    if not (big or "hundred" in body or currency or period or paired):
        return None  # "forty", "two or three": no amount said
    if len(amounts) == 2 and amounts[0] * 50 < amounts[1]:
        amounts[0] = _carried(amounts[0], parts[1], amounts[1])  # "28 to 32 lakh"
    if len(amounts) == 2 and amounts[1] * 50 < amounts[0]:
        amounts[1] = _carried_up(parts[0], amounts[0], amounts[1])  # "150 grand to one-eighty"
    if period and not (currency or big or paired or "hundred" in body) and amounts[-1] < 10:
        return None  # "more than four a week": a rate of things, no one's pay
    money = currency or ("" if period or "grand" in body or "k" in body else "-")
    if paired and period is None and not big:  # "one-eighty to two-twenty": pay in thousands
        amounts, money = [amount * 1e3 for amount in amounts], currency or ""
    if money == "-" and not big and (len(parts) == 2 or body[0] == "a"):
        # "a hundred and forty to a hundred and seventy", "a hundred and thirty-five": pay in
        # thousands where its sentence speaks of pay, else no amount ("a hundred": of what?)
        return (amounts[0], amounts[-1], IF_PAID, None) if amounts[-1] > 100 else None
    return amounts[0], amounts[-1], money, period


def _range(body: list[str]) -> list[list[str]]:
    """The words of one amount, or of the two ends of a range: cut at "to" or "or", or at an
    "and" between two amounts ("between eight and eleven thousand"), not inside one ("a
    hundred and twenty")."""
    for at, word in enumerate(body):
        joins = word == "and" and at > 0 and body[at - 1] not in _SCALES
        if word in ("to", "or", ",") or joins:  # "ten, eleven thousand": a range said fast
            return [body[:at], body[at + 1 :]]
    return [body]


def _carried(low: float, high_words: list[str], high: float) -> float:
    """The low end of a range whose scale is said once, at its high end: "four to six hundred
    thousand" 400000, "fifty to a hundred K" 50000."""
    first = next((i for i, word in enumerate(high_words) if word in _SCALES), 0)
    big = next((i for i, w in enumerate(high_words) if w in _SCALES and w != "hundred"), 0)
    for at in (first, big):
        lead = _value(high_words[:at]) if at else None
        if lead and low * high / lead <= high and low * high / lead * 20 >= high:
            return low * high / lead
    return low


def _carried_up(low_words: list[str], low: float, high: float) -> float:
    """The high end of a range whose scale is said once, at its low end: "a hundred and fifty
    grand to one-eighty" 180000."""
    scale = next((_SCALES[w] for w in low_words if w in _SCALES and w != "hundred"), 1.0)
    return high * scale if low <= high * scale <= low * 20 else high


def named_currency(words: str) -> str | None:
    """The currency words name: "Singapore dollars" SGD, "lakh" INR; None for a symbol."""
    return next((_CODES[word] for word in _TOKEN.findall(words.lower()) if word in _CODES), None)


def _is_pair(part: list[str]) -> bool:
    """Whether words are hundreds said as a pair of figures: "one-eighty", "two-twenty-five",
    and as auto-captions write them, "one fifty", "one fifteen"."""
    if len(part) < 2 or part[0] not in _UNITS:
        return False
    second = part[2] if part[1] == "-" and len(part) >= 3 else part[1]
    return second in _TENS or second in _TEENS


def _one_pair(part: list[str]) -> bool:
    """Whether words are one pair of figures and nothing more: "one thirty-five", "two ten"
    (not "one forty one fifty", two of them run together)."""
    words = [word for word in part if word != "-"]
    if not _is_pair(part) or len(words) > 3:
        return False
    return len(words) == 2 or (words[1] in _TENS and words[2] in _UNITS)


def _value(part: list[str]) -> float | None:
    """The value of one spoken amount's words: "a hundred and eighty thousand" -> 180000."""
    total, current, decimals = 0.0, 0.0, None
    pair = _is_pair(part)
    for word in part:
        if word in ("and", "-"):
            continue
        if word == "point":
            decimals = 0.0
        elif word in _SCALES and word != "hundred":
            total += (current or 1.0) * _SCALES[word]
            current = 0.0
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word == "a":
            current = current or 1.0
        elif word == "half":  # "half a million"
            current = 0.5
        elif word not in _VALUES:
            return None
        elif decimals is not None:
            current += _VALUES[word] / 10 ** len(str(_VALUES[word]))
        elif pair and 0 < current < 10 and _VALUES[word] >= 10:
            current = current * 100 + _VALUES[word]  # "one-eighty": 180
        else:
            current += _VALUES[word]
    return (total + current) or None
