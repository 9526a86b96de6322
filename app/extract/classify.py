"""Kinds: what a number expression claims, judged from the words around it.

The rules read like an editor's: a dollar amount is pay when it sits with pay words or in a
list under a pay heading, but a cost when it is spent, wasted, saved or added; a percentage
is a share when it is "of" something, a change when something grows, shrinks or carries a
premium; a year is a claim only when it dates an event; numbers in illustrations and
interview questions are not claims.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.extract import cues
from app.extract.furniture import is_furniture, numbered
from app.extract.numbers import NumberExpr, period_of
from app.extract.qualifiers import role_or_level_named, search_caseless


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


class Reading(NamedTuple):
    """What a number expression claims: its kind and normalised value.

    `undecided` marks an amount of money whose own words say neither that it is pay nor that
    it is not, or a bare figure in the place of pay said in thousands ("Base is 340", "wants
    110 to move"): the document's other pay figures settle it (see `settle.settle_pay`).
    """

    kind: str
    low: float | None
    high: float | None
    open_high: bool
    unit: str
    period: str | None
    qualifiers: dict[str, str]
    undecided: bool = False


def classify(expr: NumberExpr, around: Surroundings) -> Reading | None:
    """Read `expr` as a claim, or None when it is not one (a time frame, a name, a step number).

    >>> reading = classify(NumberExpr(0, 3, "percent", 87, 87, False, "%"), Surroundings("", " of"))
    >>> reading.kind, reading.low, reading.high, reading.unit, reading.period
    ('percent', 87, 87, '%', None)
    """
    reader = _READERS.get(expr.family)
    reading = reader(expr, around) if reader is not None else None
    if reading is not None and (around.quote[:1] == "±" or around.before.endswith(_MARGIN)):
        return reading._replace(kind="metric", period=None)  # "±$6,500": a margin of error
    return reading


_MARGIN = ("±", "± ", "+/-", "+/- ")


def _reading(expr: NumberExpr, kind: str, **changes: object) -> Reading:
    values: dict[str, object] = {"low": expr.low, "high": expr.high, "open_high": expr.open_high}
    values |= {"unit": expr.unit, "period": expr.period, "qualifiers": {}}
    values |= changes
    return Reading(kind, **values)  # type: ignore[arg-type]


def _direction(before: str, after: str) -> dict[str, str]:
    near = before[-40:] + " " + after[:30]
    return {"direction": "decrease"} if cues.DECREASE.search(near) else {}


def _read_percent(expr: NumberExpr, around: Surroundings) -> Reading:
    before, after = around.before, around.after
    if " in " in around.quote or " out of " in around.quote or " of every " in around.quote:
        return _reading(expr, "percent")  # "1 in 4": a share, whatever follows
    halved = around.quote.lower() == "half" and around.before[-4:].lower() == " in "
    if halved or around.quote.lower() == "halved":  # "were cut in half"
        return _reading(expr, "growth", qualifiers={"direction": "decrease"})
    if cues.POINTS_QUOTE.search(around.quote):  # a difference of two percentages is a change
        return _reading(expr, "growth", qualifiers=_direction(before, after))
    if cues.YOY_QUOTE.search(around.quote) or cues.ARROW.search(before):
        down = cues.ARROW_DOWN.search(before) is not None
        return _reading(expr, "growth", qualifiers={"direction": "decrease"} if down else {})
    column = around.labels[0] if around.labels else ""
    if column and cues.CHANGE_COLUMN.search(column):  # under "YoY change", "Median hike"
        return _reading(expr, "growth", qualifiers=_direction(before, after))
    if around.prior and cues.COMPARED_FROM.search(before[-40:]):
        return _reading(expr, around.prior)  # "growth was 2.6%, down from 6.0%": as compared
    if cues.METRIC_AFTER.match(after):
        return _reading(expr, "metric")
    if cues.SHARE_AFTER.match(after) or cues.RATE_AFTER.match(after):
        return _reading(expr, "percent")
    if cues.DOT_LEADER.search(before[-12:]):  # "Plan to cut headcount ..... 7%": its line's
        label = before[before.rfind("\n") + 1 :]  # words label the figure, as a row's would
        changed = expr.signed or cues.CHANGE_COLUMN.search(label) is not None
        return _reading(expr, "growth" if changed else "percent")
    if expr.bound == "upper" and not expr.signed:
        if before[-4:].lower() in (" by ", "\nby "):  # "cut time-to-hire by up to 40%"
            return _reading(expr, "growth", qualifiers=_direction(before, after))
        return _reading(expr, "percent")
    moved = cues.CHANGE_BEFORE.search(before[-60:])
    # an equity stake is a share, but "equity adds 10-15% on top of base" is a premium
    if cues.EQUITY.search(before + after) and not (
        cues.CHANGE_AFTER.match(after) or cues.ON_PAY.match(after)
    ):
        return _reading(expr, "percent")
    if cues.CHANGE_NAMED.search(before[-80:]):
        return _reading(expr, "growth", qualifiers=_direction(before, after))
    labelled = any(cues.CHANGE_LABEL.search(label) for label in around.labels[1:] if label)
    headed = cues.CHANGE_HEADING.match(around.section) is not None
    if (labelled or headed) and not cues.OF_AFTER.match(after):
        return _reading(expr, "growth")  # under "## Hikes: what's normal", "Merit increases"
    if cues.RATE_OF.search(before) and not moved and not expr.signed:
        return _reading(expr, "percent")
    # or the same sentence's earlier percentage was a change and nothing marks this one a share:
    # "increases of 8.5% for ML engineers, compared with 4.1% for the rest"
    follows = around.prior == "growth" and not cues.LEVEL_BEFORE.search(before[-24:])
    changed = expr.signed or bool(
        cues.CHANGE_AFTER.match(after) or moved or cues.GAP_BEFORE.search(before)
    )
    changed = changed or follows
    if changed and expr.bound != "lower":
        return _reading(expr, "growth", qualifiers=_direction(before, after))
    return _reading(expr, "percent")


def _read_multiplier(expr: NumberExpr, around: Surroundings) -> Reading:
    if around.quote.lower().endswith(("doubled", "tripled", "quadrupled")):
        return _reading(expr, "growth")  # "more than doubled" too
    compared = _AS_AFTER.match(around.after)  # "grew almost twice as fast": a comparison
    grew = cues.MULT_GROWTH.match(around.after) or (
        not compared and _GREW_BEFORE.search(around.before)
    )
    return _reading(expr, "growth" if grew else "multiplier")


_AS_AFTER = re.compile(r"\s+as\b")
# "pay went up roughly 7x", "has grown nearly fivefold"
_GREW_BEFORE = re.compile(
    r"(?i)\b(?:grew|grown|increased|rose|risen|jumped|growth\s+of|up)\s+(?:by\s+)?"
    r"(?:(?:nearly|almost|roughly|about)\s+)?$"
)


def _read_ratio(expr: NumberExpr, around: Surroundings) -> Reading:
    return _reading(expr, "multiplier", high=expr.low)


def _read_size(expr: NumberExpr, around: Surroundings) -> Reading:
    return _reading(expr, "metric")


def _read_duration(expr: NumberExpr, around: Surroundings) -> Reading | None:
    if cues.READ_AFTER.match(around.after) or cues.TIME_FRAME_BEFORE.search(around.before[-40:]):
        return None
    if cues.SPAN_AFTER.match(around.after) and cues.SPAN_BEFORE.search(around.before[-12:]):
        return None  # "in the twelve months to September"
    parenthesised = around.before.rstrip().endswith("(")
    column = around.labels[0] if around.labels else ""
    experience = (
        parenthesised
        or cues.EXPERIENCE.match(around.after)
        or cues.EXPERIENCE_LABEL.search(column)
        or cues.EXPERIENCE_BEFORE.search(around.before[-60:])
    )
    if expr.unit == "years" and experience:
        return _reading(expr, "count")
    return _reading(expr, "duration")


def _read_year(expr: NumberExpr, around: Surroundings) -> Reading | None:
    before = around.before
    dated = (
        cues.YEAR_EVENT.search(before)
        or cues.PERSON_EVENT.search(before[-100:])
        or (cues.YEAR_THE.search(before) and cues.EVENT_NAME.match(around.after))
    )
    if dated and cues.METADATA_DATE.search(before[-40:]):
        return None  # "Originally published on March 3, 2026": the page's own date
    return _reading(expr, "year") if dated else None


def _read_plain(expr: NumberExpr, around: Surroundings) -> Reading | None:
    before, after = around.before, around.after
    if cues.YOE_BEFORE.search(before[-8:]) or cues.YOE.match(after.lstrip()[:3]):
        return _reading(expr, "count", unit="years")  # "YOE 4": years of experience
    if is_furniture(expr, around.quote, before, after):
        return None
    if cues.PARAMETERS.match(after):
        return _reading(expr, "metric", unit="parameters")
    months_paid = expr.low in (12, 13, 14, 15, 16) and cues.MONTHS_PAID_BEFORE.search(before[-24:])
    if months_paid or _defines_a_scale(around):
        return None  # the 14 of "S$9,000 base x 14"; "₹1 lakh is ₹1,00,000"
    # "2.4 openings for every unemployed engineer", "two projects for every one she accepts": a
    # ratio; "300 resumes for every senior role" counts what one role draws
    small = expr.low is not None and (expr.low < 10 or not expr.low.is_integer())
    if small and cues.FOR_EVERY.match(after):
        return _reading(expr, "multiplier", unit="x")
    short = _short_pay(expr, around)
    if short:
        high = None if expr.high is None else expr.high * 1000
        return _reading(expr, short, low=expr.low * 1000 if expr.low else expr.low, high=high,
                        unit="USD", period="year")  # fmt: skip
    if around.quote[-1:] == "k" and not _bare_pay(before, after):
        return None  # a forum's "500k" out of any pay wording: a figure of speech, not a count
    if around.quote[-1:] in "kK" and _bare_pay(before, after):
        added = cues.INCREMENT.search(before[-60:]) or search_caseless(
            cues.MONEY_BEFORE, before[-60:]
        )
        said = expr.period or period_of(after[:8])  # "~85k/month"
        return _reading(expr, "money" if added else "salary", unit="USD",
                        period=said or "year")  # fmt: skip
    if cues.COUNT_CHANGE.search(before[-48:]) and cues.JOBS_AFTER.match(after):
        return _reading(expr, "growth", qualifiers=_direction(before, after))
    metric = cues.METRIC_NAME.search(before)
    if metric is not None and expr.high is not None and abs(expr.high) <= 1:
        return _reading(expr, "metric", unit=_metric_unit(metric[1]))
    if expr.spelled and (expr.high or 0) >= 1000 and _bare_pay(before, after):
        return _reading(expr, "salary", unit="", period="year")  # "comp was two hundred and
        # forty thousand": pay, in the currency the talk is in
    column, row = (*around.labels, "", "")[:2]
    if column:
        return _column_measure(expr, column, row)
    return _reading(expr, "count", undecided=_in_thousands_of_pay(expr, around))


def _in_thousands_of_pay(expr: NumberExpr, around: Surroundings) -> bool:
    """Whether a bare figure stands where a thread says pay in thousands: "Base is 340", "Two
    years ago I was at 240", "wants 110 to move", "up from ~290 last year"."""
    if not around.quote.isdigit() or expr.high is None or not 20 <= expr.high < 1000:
        return False
    return bool(cues.THOUSANDS_PAY_BEFORE.search(around.before[-30:])) and bool(
        cues.THOUSANDS_PAY_AFTER.match(around.after)
    )


def _column_measure(expr: NumberExpr, column: str, row: str) -> Reading:
    """A bare figure read by its column or its row: `Hours / week`, `Notice (days)`, `Factor`,
    `Percent`; a row `Billable hours` or `Median days to payment`."""
    named = cues.MEASURE_COLUMN.search(column) or (cues.MEASURE_COLUMN.search(row) if row else None)
    if named is None:
        return _reading(expr, "count")
    if named["time"]:
        return _reading(expr, "duration", unit=cues.TIME_UNITS[named["time"].lower()[:2]])
    if named["times"] or named["relative"]:
        return _reading(expr, "multiplier", unit="x")
    if named["points"]:
        return _reading(expr, "growth", unit="pp")  # as "+3.1 pp" is written in a sentence
    changed = cues.CHANGE_COLUMN.search(column) is not None
    return _reading(expr, "growth" if changed else "percent", unit="%")


def _short_pay(expr: NumberExpr, around: Surroundings) -> str:
    """Forum shorthand for pay in thousands ("Base 210 / stock 90"): salary, money or ""."""
    if not around.quote.isdigit() and not re.fullmatch(r"\d+\s?[-–]\s?\d+", around.quote):
        return ""
    if expr.low is None or expr.high is None or not 20 <= expr.low <= expr.high < 1000:
        return ""
    before = around.before[-24:]
    if cues.SHORT_PAY_BEFORE.search(before) or cues.SHORT_PAY_AFTER.match(around.after):
        return "salary"
    if cues.SHORT_EXTRA_BEFORE.search(before):
        return "money"
    after_base = cues.SHORT_BASE_BEFORE.search(around.before[-40:])  # "210 base / 90 stock"
    return "money" if after_base and cues.SHORT_EXTRA_AFTER.match(around.after) else ""


def _bare_pay(before: str, after: str) -> bool:
    """Whether a bare `165k` is pay: pay words in its clause or right after it."""
    return bool(
        cues.BARE_PAY.search(_clause(before)[-40:])
        or cues.BARE_PAY.match(after.lstrip(" +/")[:20])
        or after.startswith(("/yr", "/year", " a year", " per year"))
    )


def _defines_a_scale(around: Surroundings) -> bool:
    """Whether the figure defines a scale or is its definition: "₹1 lakh is ₹1,00,000"."""
    if cues.ONE_SCALE.fullmatch(around.quote) and cues.DEFINED_AS.match(around.after):
        return True
    return cues.DEFINING_BEFORE.search(around.before[-24:]) is not None


def _metric_unit(name: str) -> str:
    return name if name.isupper() else name.lower()


def _read_currency(expr: NumberExpr, around: Surroundings) -> Reading | None:
    if cues.RATE_LIST.search(around.before[-80:]):
        return None  # "(US$1 = £0.787, €0.926)": exchange rates, not amounts
    if _defines_a_scale(around):
        return None
    if cues.BARE_LAKHS.fullmatch(around.quote) and _counts_heads(around.before, around.after):
        return _reading(expr, "count", unit="count", period=None)  # "a demand of 6.3 lakh"
    quoted = expr.period  # "₹2.8L per year": named in the quote itself
    if expr.period is None:
        named = (
            cues.PERIOD_AFTER.match(around.after)
            or cues.PERIOD_NEXT.match(around.after)
            or cues.PERIOD_BEFORE.search(around.before[-80:])
            or cues.PERIOD_ADJECTIVE_AFTER.match(around.after)
        )
        if named is not None:
            word = named[1].lower()
            expr = expr._replace(period=cues.PERIOD_WORDS.get(word, word))
        elif cues.LAST_YEAR_AFTER.match(around.after):
            expr = expr._replace(period="year")  # "$3.1M over the last twelve months"
        elif cues.MONTHS_PAID_AFTER.match(around.after):
            expr = expr._replace(period="month")  # "S$9,000 base x 14"
        elif _rent(around) or (expr.unit == "INR" and cues.IN_HAND.search(around.before)):
            expr = expr._replace(period="month")  # "1BR rent  $3,150", "in-hand ₹1.24L": monthly
    before, after = around.before, around.after
    if re.match(r"(?i)^\s*(?:YoY|year[- ]over[- ]year|year[- ]on[- ]year)\b", after) or re.search(
        r"(?i)\b(?:grew|rose|jumped|increased|fell|dropped|declined)\s+(?:by\s+)?$", before
    ):
        return _reading(expr, "growth", period=None)
    if before.endswith("+"):
        return _reading(expr, "money")  # "+$14K base": an amount added to pay
    added = cues.ADDED_AFTER.match(after)
    if added:  # a raise or a gap in pay is a year's, a bonus is paid once
        yearly = not added["once"] and cues.PAY.search(before + after) is not None
        return _reading(expr, "money", period=expr.period or ("year" if yearly else None))
    if around.labels and around.labels[0] and cues.EQUITY.search(around.labels[0]):
        return _reading(expr, "money")  # under "EQUITY (4-YR GRANT)": a grant, not pay
    column, _, label = around.labels if len(around.labels) == 3 else ("", "", "")
    if cues.GRANT_LABEL.match(column) or cues.GRANT_LABEL.match(label):
        return _reading(expr, "money", period=quoted)  # under "Sign-on", "RSUs: $60K over 4 years"
    added = cues.INCREMENT.search(before[-60:])
    if added is not None:
        if added["once"]:  # a raise or a bonus is paid once: no period of its own
            return _reading(expr, "money")
        pay = around.pay_section or bool(cues.PAY.search(before + after))
        pay = (pay or role_or_level_named(around.labels)) and not cues.MONEY_AFTER.match(after)
        return _reading(expr, "money", period=expr.period or ("year" if pay else None))
    if cues.PER_HEAD_AFTER.match(after):  # "$599–$899 per employee per month": a cost of each
        return _reading(expr, "money")
    if cues.THRESHOLD_BEFORE.search(before[-60:]):  # a pay threshold is a year's, unless said
        said = expr.period or period_of(before[-60:])  # "S$5,600/month for most (S$6,200 in"
        paid = (expr.high or 0) >= 1000 and cues.PAY.search(before[-60:]) is not None
        return _reading(expr, "money", period=said or ("year" if paid else None))
    is_pay = _is_pay(expr, around)
    if is_pay:
        return _reading(expr, "salary", period=expr.period or "year")
    yearly = expr.period is None and (expr.high or 0) >= 1000  # "£1 for every £2" is no edge
    taxed = [before + around.quote + after, *(label for label in around.labels if label)]
    if yearly and any(cues.INCOME_TAX.search(words) for words in taxed):
        return _reading(expr, "money", period="year")  # a tax slab's edge
    return _reading(expr, "money", undecided=is_pay is None and expr.period is None)


def lakh_talk(reading: Reading, around: Surroundings) -> Reading:
    """A bare figure in talk of pay in a post that writes pay in lakhs, read as lakhs of rupees
    a year: "pay 30-38 for your exp", "52 at 5 YOE" after "offers"; a part added ("33 + 3.3")
    is money."""
    before = around.before
    if not cues.LAKH_TALK_QUOTE.fullmatch(around.quote) or reading.unit != "count":
        return reading
    if reading.high is None or not 3 <= reading.high < 400 or numbered(before):
        return reading
    if cues.LAKH_TALK_NOT_BEFORE.search(before[-8:]):
        return reading
    if not (cues.LAKH_TALK_AFTER.match(around.after) and cues.LAKH_TALK_BEFORE.search(before)):
        return reading
    if around.after.lstrip()[:1] == ")" and "(" not in before[before.rfind(")") + 1 :]:
        return reading  # "2) share ... 3) no spam": a list's number, not "(14 -> 23.5)"
    added = before.rstrip().endswith("+")
    return lakh_shorthand(reading, " +" if not added else " and")


def lakh_shorthand(reading: Reading, after: str) -> Reading:
    """A bare figure read as lakhs of rupees a year: the fixed part is pay, the variable money."""
    if reading.high is None or not 0.5 <= reading.high < 500:
        return reading
    kind = "salary" if after.lstrip()[:1].lower() in ("f", "+") else "money"
    low = None if reading.low is None else reading.low * 1e5
    return reading._replace(kind=kind, low=low, high=reading.high * 1e5, unit="INR", period="year")


def _rent(around: Surroundings) -> bool:
    """A rent named in the amount's clause or labels, which no other period qualifies."""
    if cues.RENT_BEFORE.search(around.before[-40:]):
        return True
    return any(cues.RENT.search(label) for label in around.labels if label)


def _counts_heads(before: str, after: str) -> bool:
    """A sentence about people, jobs or demand with no word of money in it."""
    sentence = before + " " + after
    if not cues.HEADCOUNT.search(sentence) or cues.PAY.search(sentence):
        return False
    return cues.MONEY_WORD.search(sentence) is None


def _is_pay(expr: NumberExpr, around: Surroundings) -> bool | None:
    """Whether an amount is pay: True or False when its words say, None when they say
    neither."""
    before, after = around.before, around.after
    if expr.high is not None and expr.high >= _FORTUNE.get(expr.unit, 5e6):
        return False  # "$18M at a $95M post": a round or a valuation, nobody's pay
    small = expr.high is not None and expr.high < 1000
    small = small and expr.period not in ("hour", "day", "week", "month")
    if small and expr.period != "year":
        return False
    if expr.period == "hour" and (expr.high or 0) < 15 and expr.unit not in _FORTUNE:
        return False  # "$3–$4 an hour" for a GPU: below anyone's rate in this trade
    if search_caseless(cues.MONEY_BEFORE, before[-60:]) or cues.MONEY_AFTER.match(after):
        return False
    if small:
        return True  # "₹900 a year" of pay; "an annual subscription lists at $399" is money
    if cues.ONE_OFF_BEFORE.search(before):
        return False  # "Sign-on bonuses appeared in 34% of offers, with a median of $25,000"
    lakhs = expr.unit == "INR" and expr.high is not None and expr.high >= 1e5
    if expr.period is None and cues.FIXED_PRICE.match(after):
        return lakhs  # a fixed price, but "₹65 to 80 lakh fixed" is the fixed part of pay
    if cues.EQUITY_AFTER.match(after):
        return False
    if any(cues.NOT_PAY_LABEL.search(label) for label in around.labels if label):
        return False
    if cues.PAY_AFTER.match(after) or expr.period in ("year", "hour", "day"):
        return True
    if (
        cues.PAY.search(_clause(before))
        or cues.PAY.match(after.lstrip(" +"))
        or cues.EARNER_ON.search(before)
    ):
        return True
    if (expr.high or 0) >= 20_000 and cues.PAY_SENTENCE.search(before[-120:]):
        return True  # "total annual compensation, including stock, routinely exceeding £400,000"
    large = expr.high is not None and expr.high >= 10_000
    # a role named nearby, or at the head of a list item: "- Senior AI Engineer | NY | $190,000"
    named = role_or_level_named([before[-60:]]) or (
        around.listed and role_or_level_named([before[-160:]])
    )
    if large and (cues.TYPICAL.search(before[-60:]) or named):
        return True
    if large and cues.BARE_PAY.search(_clause(before)[-80:]):
        return True  # "My base today is $212K", "TC is $240K"
    if large and role_or_level_named([" ".join(after.split()[:3])]):
        return True
    if large and around.listed and any(cues.PAY_LABEL.search(x) for x in around.labels if x):
        return True  # under "Median base 2026", "Fixed", "TC"
    terse = around.listed and (
        cues.PAY.search(after[:60]) or any(cues.PAY.search(x) for x in around.labels)
    )
    if terse or (around.pay_section and (around.listed or large)):
        return True
    return None


# No one's yearly pay reaches these (₹1.2 crore is 12M rupees, ¥16M a Tokyo senior's base,
# ₦14M a Lagos senior's).
_FORTUNE = {"INR": 1e9, "JPY": 1e9, "NGN": 1e10}


def _clause(before: str) -> str:
    """The part of the sentence before a number that belongs to its clause."""
    cut = max(before.rfind(mark) for mark in (", ", "; ", "(", " — ", " and "))
    return before[cut + 1 :] if cut >= 0 else before[-80:]


_READERS = {
    "percent": _read_percent, "multiplier": _read_multiplier, "ratio": _read_ratio,
    "size": _read_size, "duration": _read_duration, "year": _read_year, "plain": _read_plain,
    "currency": _read_currency,
}  # fmt: skip
