"""Kinds: what a number expression claims, judged from the words around it.

The rules read like an editor's: a dollar amount is pay when it sits with pay words or in a
list under a pay heading, but a cost when it is spent, wasted, saved or added; a percentage
is a share when it is "of" something, a change when something grows, shrinks or carries a
premium; a year is a claim only when it dates an event; numbers in illustrations and
interview questions are not claims.
"""

from __future__ import annotations

import re

from app.extract import cues, time_cues
from app.extract.furniture import is_furniture, is_page_furniture
from app.extract.money import read_currency
from app.extract.numbers import THOUSANDS_IF_PAID, NumberExpr, period_of
from app.extract.qualifiers import search_caseless
from app.extract.reading import Reading, Surroundings, clause_of, defines_a_scale, reading_of
from app.extract.units import COUNTED


def classify(expr: NumberExpr, around: Surroundings) -> Reading | None:
    """Read `expr` as a claim, or None when it is not one (a time frame, a name, a step number).

    >>> reading = classify(NumberExpr(0, 3, "percent", 87, 87, False, "%"), Surroundings("", " of"))
    >>> reading.kind, reading.low, reading.high, reading.unit, reading.period
    ('percent', 87, 87, '%', None)
    """
    if is_page_furniture(around.quote, around.before):
        return None
    reader = _READERS.get(expr.family)
    reading = reader(expr, around) if reader is not None else None
    margin = around.quote[:1] == "±" or around.quote.startswith("&plusmn;")
    if reading is not None and (margin or around.before.endswith(_MARGIN)):
        return reading._replace(kind="metric", period=None)  # "±$6,500": a margin of error
    return reading


_MARGIN = ("±", "± ", "+/-", "+/- ")


def _direction(before: str, after: str) -> dict[str, str]:
    near = before[-40:] + " " + after[:30]
    return {"direction": "decrease"} if cues.DECREASE.search(near) else {}


def _read_percent(expr: NumberExpr, around: Surroundings) -> Reading:
    before, after = around.before, around.after
    if " in " in around.quote or " out of " in around.quote or " of every " in around.quote:
        return reading_of(expr, "percent")  # "1 in 4": a share, whatever follows
    named = "ithin" in before[-30:] or around.quote[:7].lower() == "within "
    within = cues.WITHIN_BEFORE.search(before[-30:]) if named else None
    if within and (within[1] or around.quote[:7].lower() == "within "):
        return reading_of(expr, "growth")  # "is within 6% of Bengaluru": a difference
    halved = around.quote.lower() == "half" and around.before[-4:].lower() == " in "
    if halved or around.quote.lower() == "halved":  # "were cut in half"
        return reading_of(expr, "growth", qualifiers={"direction": "decrease"})
    if cues.POINTS_QUOTE.search(around.quote):  # a difference of two percentages is a change
        return reading_of(expr, "growth", qualifiers=_direction(before, after))
    if cues.YOY_QUOTE.search(around.quote) or cues.ARROW.search(before):
        down = cues.ARROW_DOWN.search(before) is not None
        return reading_of(expr, "growth", qualifiers={"direction": "decrease"} if down else {})
    column = around.labels[0] if around.labels else ""
    if column and cues.CHANGE_COLUMN.search(column):  # under "YoY change", "Median hike"
        return reading_of(expr, "growth", qualifiers=_direction(before, after))
    if column and cues.PERCENT_CHANGE_HEADING.search(around.section):
        return reading_of(expr, "growth", qualifiers=_direction(before, after))
    if around.prior and cues.COMPARED_FROM.search(before[-40:]):
        return reading_of(expr, around.prior)  # "growth was 2.6%, down from 6.0%": as compared
    if around.prior and _BRACKETED_AFTER_PERCENT.search(before[-8:]):
        return reading_of(expr, around.prior)  # "Funded startups: 8.4% (7.9%)": last year's
    if cues.METRIC_AFTER.match(after):
        return reading_of(expr, "metric")
    if cues.OF_PAY_AFTER.match(after) and cues.CHANGE_NAMED.search(before[-80:]):
        return reading_of(expr, "growth")  # "a median adjustment of 7% of base": a raise's size
    if cues.SHARE_AFTER.match(after) or cues.RATE_AFTER.match(after):
        return reading_of(expr, "percent")
    if cues.RESPONDENTS_AFTER.match(after) and not expr.signed:
        return reading_of(expr, "percent")  # "53% expect it to stay flat"
    if cues.CHARGE_AFTER.match(after) and not expr.signed:
        return reading_of(expr, "percent")
    if cues.DOT_LEADER.search(before[-12:]):  # "Plan to cut headcount ..... 7%": its line's
        label = before[before.rfind("\n") + 1 :]  # words label the figure, as a row's would
        changed = expr.signed or cues.CHANGE_COLUMN.search(label) is not None
        # or under "Percent change in employment, projected 2024-34", "Typical hike on switching"
        changed = changed or cues.PERCENT_CHANGE_HEADING.search(around.section) is not None
        changed = changed or cues.CHANGE_HEADING.match(around.section) is not None
        return reading_of(expr, "growth" if changed else "percent")
    if expr.bound == "upper" and not expr.signed:
        # "cut time-to-hire by up to 40%", "pay AI engineers up to 40% more than analysts"
        if before[-4:].lower() in (" by ", "\nby ") or cues.MORE_THAN_AFTER.match(after):
            return reading_of(expr, "growth", qualifiers=_direction(before, after))
        return reading_of(expr, "percent")
    moved = cues.CHANGE_BEFORE.search(before[-60:])
    if cues.RATE_NAMED.search(before[-90:]) and not moved and not expr.signed:
        return reading_of(expr, "percent")  # "attrition was 16.8% over the trailing 12 months"
    # an equity stake is a share, but "equity adds 10-15% on top of base" is a premium
    # ("pay rose 4% to $198,000, with equity grants accounting for most of the gain": a change)
    equity = cues.EQUITY.search(before) or (cues.EQUITY.search(after) and not moved)
    if equity and not (cues.CHANGE_AFTER.match(after) or cues.ON_PAY.match(after)):
        return reading_of(expr, "percent")
    if cues.CHANGE_NAMED.search(before[-80:]):
        return reading_of(expr, "growth", qualifiers=_direction(before, after))
    labelled = any(cues.CHANGE_LABEL.search(label) for label in around.labels[1:] if label)
    headed = cues.CHANGE_HEADING.match(around.section) is not None
    if (labelled or headed) and not cues.OF_AFTER.match(after):
        return reading_of(expr, "growth")  # under "## Hikes: what's normal", "Merit increases"
    if cues.RATE_OF.search(before) and not moved and not expr.signed:
        return reading_of(expr, "percent")
    # or the same sentence's earlier percentage was a change and nothing marks this one a share:
    # "increases of 8.5% for ML engineers, compared with 4.1% for the rest"
    follows = around.prior == "growth" and not cues.LEVEL_BEFORE.search(before[-24:])
    changed = expr.signed or bool(
        cues.CHANGE_AFTER.match(after) or moved or cues.GAP_BEFORE.search(before)
    )
    changed = changed or follows or _change_subject(before, after)
    changed = changed or _MOVE_AFTER.match(after) is not None  # "the ~8% move since January"
    if changed:
        return reading_of(expr, "growth", qualifiers=_direction(before, after))
    return reading_of(expr, "percent")


_MOVE_AFTER = re.compile(r"(?i)\s+(?:move|shift|swing)\b")


def _change_subject(before: str, after: str) -> bool:
    """Whether the clause names a change as its subject and the figure is no share of it: "the
    LLM premium rose from 8.9% to 19.4%", not "Of those who got raises, 30% were promoted"."""
    if cues.CHANGE_SUBJECT.search(before) is None:
        return False
    return not (cues.SHARE_NAMED.search(before) or cues.SUBJECT_AFTER.match(after))


def _read_multiplier(expr: NumberExpr, around: Surroundings) -> Reading:
    if around.quote.lower().endswith(("doubled", "tripled", "quadrupled")):
        return reading_of(expr, "growth")  # "more than doubled" too
    compared = _AS_AFTER.match(around.after)  # "grew almost twice as fast": a comparison
    grew = bool(cues.MULT_GROWTH.match(around.after)) or (
        not compared and _GREW_BEFORE.search(around.before) is not None
    )
    # a multiple of the past, or one planned: "double the share from Q3 2025", "about double
    # what we had in 2023", "aims to triple the number of AI practitioners"
    # and "15 times what it was in 2017", "2.4x what they were in January 2024"
    worded = _MULTIPLE_WORD.search(around.quote) is not None
    of_what = worded or _WHAT_AFTER.match(around.after) is not None
    grew = grew or (
        of_what and bool(_PAST_AFTER.match(around.after) or _TO_BEFORE.search(around.before))
    )
    grew = grew or _PAST_LEVEL_AFTER.match(around.after) is not None  # "2.1x its 2024 level"
    return reading_of(expr, "growth" if grew else "multiplier")


_MULTIPLE_WORD = re.compile(r"(?i)\b(?:double|triple|twice)$")
_PAST_AFTER = re.compile(
    r"(?i)^[^.;:!?]{0,50}?\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|(?:in|from|since|of)\s+"
    r"(?:(?:Q[1-4]|H[12]|early|late|mid-?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?)\s+)?(?:19|20)\d\d\b|(?:19|20)\d\d(?:-\d\d)?\s+"
    r"(?:figure|level|share|rate|total|number|base)|when\s+I\s+(?:started|joined)|it\s+was\b"
    r"|they\s+were\b|(?:I|we|they|you)\s+started\s+(?:at|on|with)\b"
    r"|we\s+had\b|(?:last|previous|prior)\s+(?:year|quarter|cycle)|twenty\s+twenty)"
)
_PAST_LEVEL_AFTER = re.compile(
    r"(?i)\s+(?:its|their|the|our)\s+(?:(?:19|20)\d\d|pre-pandemic|previous|prior|last\s+year's)"
    r"\s+(?:level|figure|total|peak|number|volume)s?\b"
)
_WHAT_AFTER = re.compile(r"\s+what\b")
_TO_BEFORE = re.compile(r"(?i)\b(?:to|will|would|could|can|plans?|aims?)\s+$")


_AS_AFTER = re.compile(r"\s+as\b")
# "pay went up roughly 7x", "has grown nearly fivefold"
_GREW_BEFORE = re.compile(
    r"(?i)\b(?:grew|grown|increased|rose|risen|jumped|growth\s+of|up)\s+(?:by\s+)?"
    r"(?:(?:nearly|almost|roughly|about)\s+)?$"
)


def _read_ratio(expr: NumberExpr, around: Surroundings) -> Reading:
    return reading_of(expr, "multiplier", high=expr.low)


def _read_size(expr: NumberExpr, around: Surroundings) -> Reading:
    return reading_of(expr, "metric")


def _read_duration(expr: NumberExpr, around: Surroundings) -> Reading | None:
    if cues.READ_AFTER.match(around.after) or time_cues.TIME_FRAME_BEFORE.search(
        around.before[-40:]
    ):
        return None
    if time_cues.SPAN_AFTER.match(around.after) and time_cues.SPAN_BEFORE.search(
        around.before[-12:]
    ):
        return None  # "in the twelve months to September"
    if around.quote[-3:].upper() == "YOE":
        return reading_of(expr, "count", unit="years")  # "5 YOE": years of experience
    parenthesised = around.before.rstrip().endswith("(")
    column = around.labels[0] if around.labels else ""
    # a job ad's floor: "4+ years building ML systems", "at least 2 years with LLMs"
    floor = "+" in around.quote or around.quote.lower().startswith(("at least", "minimum", "min"))
    required = (
        floor
        and not cues.TAKES_BEFORE.search(around.before[-12:])
        and (cues.EXPERIENCE_DOING.match(around.after) or cues.REQUIRED_WITH.match(around.after))
    )
    experience = (
        parenthesised
        or required
        or cues.EXPERIENCE.match(around.after)
        or cues.EXPERIENCE_LABEL.search(column)
        or cues.EXPERIENCE_BEFORE.search(around.before[-140:])
        or (
            cues.CAREER_BEFORE.search(around.before[-90:])
            and not cues.CAREER_NOT_AFTER.match(around.after)
        )
        or (
            cues.CAREER_AFTER.match(around.after)
            and not cues.CAREER_SPAN_BEFORE.search(around.before[-40:])
        )
    )
    if expr.unit == "years" and experience:
        return reading_of(expr, "count")
    if expr.unit == "days" and cues.DAYS_A_WEEK_AFTER.match(around.after):
        return reading_of(expr, "count")  # "3 days a week in the office": days counted
    return reading_of(expr, "duration")


def _read_year(expr: NumberExpr, around: Surroundings) -> Reading | None:
    before = around.before
    dated = (
        time_cues.YEAR_EVENT.search(before)
        or time_cues.PERSON_EVENT.search(before[-100:])
        or time_cues.FOUNDED_IN_PLACE.search(before[-60:])
        or time_cues.SINCE_OR_APPROVED_IN.search(before[-40:])
        or (time_cues.YEAR_THE.search(before) and time_cues.EVENT_NAME.match(around.after))
    )
    if dated and time_cues.METADATA_DATE.search(before[-40:]):
        return None  # "Originally published on March 3, 2026": the page's own date
    return reading_of(expr, "year") if dated else None


def _rated(expr: NumberExpr, around: Surroundings) -> bool:
    """Whether a figure with one decimal up to 5 is a score out of five: after a star, over
    stars, or labelled a rating by its column, row or heading."""
    low = expr.low
    if low is None or low != expr.high or not 0 < low <= 5 or low.is_integer():
        return False
    if around.quote[-2:-1] != ".":  # "3.6", not "3.55" nor "0.25"
        return False
    if around.before[-3:].rstrip().endswith("★") or around.after.lstrip()[:1] == "★":
        return True
    if any(cues.RATING_LABEL.search(label) for label in around.labels if label):
        return True
    return cues.RATING_SECTION.search(around.section) is not None  # "Based on 96 reviews from"


def _read_plain(expr: NumberExpr, around: Surroundings) -> Reading | None:
    before, after = around.before, around.after
    if cues.YOE_BEFORE.search(before[-8:]) or cues.YOE.match(after.lstrip()[:3]):
        return reading_of(expr, "count", unit="years")  # "YOE 4": years of experience
    if expr.scale_word == THOUSANDS_IF_PAID:  # "our mid-levels start at one thirty-five"
        if not _spoken_pay(before, after):
            return None
        low, high = (None if v is None else v * 1000 for v in (expr.low, expr.high))
        return reading_of(expr, "salary", low=low, high=high, unit="", period="")
    if is_furniture(expr, around.quote, before, after):
        return None
    if expr.bound and cues.RECORDS_AFTER.match(after) and cues.SUPPRESSED.search(before + after):
        return None  # "Cells with fewer than 30 responses are suppressed": a rule, no finding
    if cues.PARAMETERS.match(after):
        return reading_of(expr, "metric", unit="parameters")
    months_paid = expr.low in (12, 13, 14, 15, 16) and time_cues.MONTHS_PAID_BEFORE.search(
        before[-24:]
    )
    if months_paid or defines_a_scale(around):
        return None  # the 14 of "S$9,000 base x 14"; "₹1 lakh is ₹1,00,000"
    if _rated(expr, around):
        return reading_of(expr, "metric", unit="rating/5")
    # "2.4 openings for every unemployed engineer", "two projects for every one she accepts": a
    # ratio; "300 resumes for every senior role" counts what one role draws
    small = expr.low is not None and (expr.low < 10 or not expr.low.is_integer())
    fraction = expr.low is not None and not expr.low.is_integer()
    if (small and cues.FOR_EVERY.match(after)) or (fraction and cues.PER_ONE.match(after)):
        return reading_of(expr, "multiplier", unit="x")  # not "9 onsite interviews per hire"
    if small and (expr.high or 0) < 10 and cues.RATIO_BEFORE.search(before[-60:]):
        return reading_of(expr, "multiplier", unit="x")  # "In 2022 that ratio was 1.11"
    if fraction and (expr.high or 0) < 10 and cues.TIMES_LETTER.search(before[-8:]):
        return reading_of(expr, "multiplier", unit="x")
    column = around.labels[0] if around.labels else ""
    decimal = "." in around.quote or "," in around.quote  # "1.00", "0,90"
    if decimal and (expr.high or 0) < 10 and column and cues.RATIO_COLUMN.search(column):
        return reading_of(expr, "multiplier", unit="x")  # under "Differential", "Compa-ratio"
    ratios = around.listed and cues.RATIO_COLUMN.search(around.section) is not None
    if decimal and (expr.high or 0) < 10 and ratios:
        return reading_of(expr, "multiplier", unit="x")  # "- L3: 0.82" under "Level ratios"
    short = _short_pay(expr, around)
    if short:
        high = None if expr.high is None else expr.high * 1000
        return reading_of(expr, short, low=expr.low * 1000 if expr.low else expr.low, high=high,
                        unit="USD", period="year")  # fmt: skip
    if around.quote[-1:] == "k" and not _bare_pay(before, after):
        return None  # a forum's "500k" out of any pay wording: a figure of speech, not a count
    # "median 7.5m": millions of the money last named (not "a 45m call", "the 100m sprint")
    millions = around.quote[-1:] == "m" and not expr.spelled
    if (around.quote[-1:] in "kK" and _bare_pay(before, after)) or (
        millions and _spoken_pay(before, after)
    ):
        once = cues.SIGN_ON_AFTER.match(after) or cues.EQUITY_AFTER.match(after)  # "100k sign-on"
        added = (
            once
            or cues.INCREMENT.search(before[-60:])
            or search_caseless(cues.MONEY_BEFORE, before[-60:])
            or _granted(clause_of(before))  # "refreshers for E6 are ~150-200k/yr"
        )
        said = expr.period or period_of(after[:8])  # "~85k/month"
        if said is None and (expr.high or 0) < 1e6 and cues.IN_HAND.search(before):
            said = "month"  # "the in-hand is only 83k": India's in-hand pay is a month's
        default = None if once else "" if millions else "year"
        return reading_of(expr, "money" if added else "salary", unit="" if millions else "USD",
                        period=said or default)  # fmt: skip
    if millions and not cues.MILLIONS_OF.match(after):
        return None
    if cues.COUNT_CHANGE.search(before[-48:]) and cues.JOBS_AFTER.match(after):
        return reading_of(expr, "growth", qualifiers=_direction(before, after))
    metric = cues.METRIC_NAME.search(before)
    if metric is not None and expr.high is not None and abs(expr.high) <= 1:
        return reading_of(expr, "metric", unit=_metric_unit(metric[1]))
    if _estimate(expr, around):
        correlation = cues.CORRELATION_BEFORE.search(before[-60:]) is not None
        return reading_of(expr, "metric", unit="r" if correlation else "coefficient")
    if expr.spelled and (expr.high or 0) >= 1000 and _spoken_pay(before, after):
        return reading_of(expr, "salary", unit="", period="")  # "comp was two hundred and
        # forty thousand": pay, in the currency the talk is in
    column, row = (*around.labels, "", "")[:2]
    if column:
        return _column_measure(expr, column, row, pay=around.pay_table)
    return reading_of(expr, "count", undecided=_in_thousands_of_pay(expr, around))


_BRACKETED_AFTER_PERCENT = re.compile(r"%\s?\(\s?$")
_GRANTED = re.compile(r"(?i)\b(?:refreshers?|RSUs?|GSUs?|equity|stock|grants?)\b")
_PAID = re.compile(r"(?i)\b(?:base|TC|total\s+comp|comp|salary|cash)\b")


def _granted(clause: str) -> bool:
    """Whether a clause names a grant and no pay: "Meta refreshers for E6 are" (not "Base 210 /
    stock 90 / bonus 15% / TC", nor "Base / Bonus / Equity:")."""
    return _GRANTED.search(clause) is not None and _PAID.search(clause) is None


_THOUSANDS_QUOTE = re.compile(r"\d+(?:\s?[-–]\s?\d+)?")  # "340", "85-100"


def _in_thousands_of_pay(expr: NumberExpr, around: Surroundings) -> bool:
    """Whether a bare figure stands where a thread says pay in thousands: "Base is 340", "Two
    years ago I was at 240", "wants 110 to move", "up from ~290 last year"."""
    if not _THOUSANDS_QUOTE.fullmatch(around.quote) or expr.high is None:
        return False
    if expr.low is None or not 20 <= expr.low <= expr.high < 1000:
        return False
    return bool(cues.THOUSANDS_PAY_BEFORE.search(around.before[-30:])) and bool(
        cues.THOUSANDS_PAY_AFTER.match(around.after)
    )


def _column_measure(expr: NumberExpr, column: str, row: str, *, pay: bool = False) -> Reading:
    """A bare figure read by its column or its row: `Hours / week`, `Notice (days)`, `Factor`,
    `Percent`; a row `Billable hours` or `Median days to payment`; a column of experience,
    `YOE` or `Experience (years)`, counts a person's years."""
    column = cues.percentile_as_statistic(column)  # "25%", "75th pct": of pay, not shares
    if cues.EXPERIENCE_COLUMN.fullmatch(column):
        return reading_of(expr, "count", unit="years")
    named = cues.MEASURE_COLUMN.search(column) or (cues.MEASURE_COLUMN.search(row) if row else None)
    if named is None:
        # "198000" under "median_2025", or under "senior" in a table headed "Median base salary
        # by role and level": maybe pay, as the document's other pay will say
        # (a printed Series of pay prints decimals: "167316.782830" under "Name: salary_mid")
        priced = cues.PAY_COLUMN.search(column)
        whole = expr.low is not None and expr.low >= 10_000 and (priced or expr.low.is_integer())
        paid = priced or (pay and not COUNTED.search(column))
        return reading_of(expr, "count", undecided=whole and bool(paid))
    if named["time"]:
        return reading_of(expr, "duration", unit=cues.TIME_UNITS[named["time"].lower()[:2]])
    if named["times"] or named["relative"]:
        return reading_of(expr, "multiplier", unit="x")
    if named["points"]:
        return reading_of(expr, "growth", unit="pp")  # as "+3.1 pp" is written in a sentence
    by_row = named.string == row  # "Implied premium (%)" names the measure of its row
    changed = cues.CHANGE_COLUMN.search(row if by_row else column) is not None
    return reading_of(expr, "growth" if changed else "percent", unit="%")


def _short_pay(expr: NumberExpr, around: Surroundings) -> str:
    """Forum shorthand for pay in thousands ("Base 210 / stock 90"): salary, money or ""."""
    if not re.fullmatch(r"[~≈]?\d+(?:\s?[-–]\s?\d+)?", around.quote):
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
        cues.BARE_PAY.search(clause_of(before)[-40:])
        or cues.BARE_PAY.match(after.lstrip(" +/")[:20])
        or after.startswith(("/yr", "/year", " a year", " per year"))
    )


def _spoken_pay(before: str, after: str) -> bool:
    """Whether an amount said aloud is pay: pay words right around it, or a speaker's words
    of pay in its clause ("the midpoint for a senior engineer was"), or of paying in its
    sentence, and nothing after it that it counts ("made a hundred and twenty offers")."""
    if _bare_pay(before, after):
        return True
    sentence = before[before.rfind(". ") + 1 :][-100:]  # "They pay me in Canadian, a hundred"
    said = cues.SPOKEN_PAY_BEFORE.search(clause_of(before)[-100:])
    said = said or cues.SPOKEN_PAY_SENTENCE.search(sentence)
    return bool(said and cues.THOUSANDS_PAY_AFTER.match(after))


def _estimate(expr: NumberExpr, around: Surroundings) -> bool:
    """Whether a decimal below 10 is a regression's estimate or a correlation: "a coefficient
    of 0.245", "correlation of 0.62", "0.241***"."""
    if expr.high is None or expr.high.is_integer() or abs(expr.high) >= 10:
        return False
    before = around.before[-60:]
    return bool(
        around.starred
        or cues.ESTIMATE_BEFORE.search(before)
        or cues.CORRELATION_BEFORE.search(before)
    )


def _metric_unit(name: str) -> str:
    if name.upper() in ("R²", "R-SQUARED"):
        return "R2"
    return name if name.isupper() else name.lower()


_READERS = {
    "percent": _read_percent, "multiplier": _read_multiplier, "ratio": _read_ratio,
    "size": _read_size, "duration": _read_duration, "year": _read_year, "plain": _read_plain,
    "currency": read_currency,
}  # fmt: skip
