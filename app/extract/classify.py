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

from app.extract.numbers import NumberExpr
from app.extract.qualifiers import compile_caseless, role_or_level_named, search_caseless

# The word patterns searched in a sentence open with `\b` and then a look at the first letters
# of their alternatives: most positions fail the cheap `\b` test (checked first, as it turns
# away positions inside words faster than the look-ahead), most others the look-ahead.

_LEAD = (
    r"(?:(?:about|roughly|around|approximately|nearly|almost|another|an?\s+extra"
    r"|an?\s+additional|only|just|some|over|more\s+than|less\s+than|up\s+to)\s+)*"
)
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?=[abcdefgijlnprsuw])(?:grew|grow|grows|growing|grown|rose|rise|rises|rising|risen|jumped|jumps|surged"
    r"|increased?|increasing|decreased?|decreasing|declined?|dropped|drops|fell|fallen|reduced?"
    r"|reduces|reducing|cut|cuts|cutting|shave|shaves|shaved|save|saves|saving|boost(?:ed|s)?"
    r"|shr[aiu]nk|shrinks|shrinking|slid|slipped|climbed|climbs|soared|plunged|plummeted|widened"
    r"|narrowed|expanded|contracted|gained|lost"
    r"|improved?|improves|add|adds|adding|added|lower|lowers|raise|raises|down|up|by|premium\s+of"
    r"|discount\s+of|bring\s+[\w\s]{1,30}?\s+down)\s+" + _LEAD + r"$"
)
_DECREASE = re.compile(
    r"(?i)\b(?=[bcdflnprs])(?:decrease|decline|dropped|drop|fell|fallen|reduc|cut|shave|sav(?:e|ing)|lower"
    r"|down|discount|below|less|cheaper|smaller|fewer|shr[aiu]nk|slid|slipped|plunged|plummeted"
    r"|narrowed|contracted|lost)"
)
_CHANGE_AFTER = re.compile(
    r"(?i)^[\s+]*(?:\S+\s+){0,3}?(?:YoY|year[- ]over[- ]year|year[- ]on[- ]year|growth|increase"
    r"|rise|jump|gain|decrease|decline|drop|reduction|cut|savings?|premium|discount|raise"
    r"|bump|uplift|boost|hike|appraisal|increment|more\b|less\b|fewer\b|higher|lower|faster|slower"
    r"|across\s+the\s+board"
    r"|cheaper|above|below)"
)
# A change named as the subject: "the average appraisal was 9.2%", "hikes of 30-50%".
_CHANGE_NAMED = re.compile(
    r"(?i)\b(?=[adghipru])(?:appraisals?|hikes?|raises?|increments?|increases?|inflation|growth|decreases?"
    r"|declines?|pay\s+rises?|uplifts?|pay\s+gaps?)\b(?:[^.;,%]{0,40}?\s)?(?:was|were|is|are|averaged"
    r"|of|at|reached|hit|peaked\s+at|ran\s+at|stood\s+at|came\s+in\s+at|slow(?:s|ed)?\s+to"
    r"|(?:picks?|picked)\s+up\s+to|accelerat(?:es|ed)\s+to)\s+" + _LEAD + r"$"
)
# A tax or contribution rate is a share of income, even "40% above that".
_RATE_OF = re.compile(
    r"(?i)\b(?=[cdlntvw])(?:tax(?:es)?|national\s+insurance|contributions?|levy|VAT|withholding|deducts?)\b"
)
_SHARE_AFTER = re.compile(r"(?i)^\+?\s*(?:of|share)\b")
# A rate named right after it: "17% employer CPF", "53.53% (marginal tax rate)".
_RATE_AFTER = re.compile(
    r"(?i)^\s*\(?(?:[a-z-]+\s+){0,2}(?:CPF|PF|contributions?|tax(?:\s+rate)?|levy|rate)\b"
)
_METRIC_AFTER = re.compile(
    r"(?i)^\+?\s*(?:\S+\s+){0,2}?(?:accuracy|precision|recall|uptime|availability|F1|AUC"
    r"|(?:success|pass|hit|win)\s+rate|utili[sz]ation)"
)
_EQUITY = re.compile(
    r"(?i)\b(?=[deosv])(?:equity|stake|ownership|vesting|dilution|stock\s+options)\b"
)
_MULT_GROWTH = re.compile(
    r"(?i)^\W*(?:\S+\s+){0,2}?(?:growth|increase|rise|jump|more\s+(?:demand|jobs|roles|postings))"
)
_MONEY_BEFORE = compile_caseless(
    r"\b(?=[abcdefghijlmprstvw])(?:(?:costs?|costing|spend|spent|spending|waste|wasted|wasting|sav(?:e|ed|es|ing)"
    r"|lose|lost|losing|set\s+(?:you|them|us|a\s+\w+)\s+back|fees?|price[ds]?|pricing|tax(?:es)?"
    r"|fines?|budget(?:ed)?|invest(?:ed|ment)?|funding|raised|revenue|valuation"
    r"|worth|liability)\b(?!-)[^.;]*$"
    # costs of living and one-off payments, within the number's own clause
    r"|(?:rents?|mortgage|loans?|debts?|deposits?|expenses?|tuition|instal(?:l)?ments?|allowances?|relocation"
    r"|provident\s+fund|pf|gratuity|grants?|valued\s+at"
    r"|(?:home[- ]office|remote[- ]work|learning|wellness|equipment|travel|meal|phone|internet"
    r"|gym)\s+stipends?|(?:signing|sign-on|joining|retention|referral)\s+bonus(?:es)?)\b[^.;,]*$"
    r"|(?<!range\s)(?<!ranges\s)(?<!ranging\s)(?<!runs\s)(?<!run\s)(?<!varies\s)(?<!vary\s)"
    r"(?:from|starting\s+at)\s+" + _LEAD + r"$)"
)
_MONEY_AFTER = re.compile(
    r"(?i)^\+?\s*(?:/\w+\s+)?(?:in\s+|of\s+|per\s+|[a-z]+\s+){0,2}(?:inference|liability|costs?|fees?|savings"
    r"|taxable\s+income|raised\b"
    r"|revenue|funding|budget|spend|(?:contract|request|call|token|query|seat|user|document)s?\b)"
)
_INCREMENT = re.compile(
    r"(?i)\b(?=[abegpr])(?:add|adds|adding|added|plus|extra|another|additional|raise\s+of|bump\s+of"
    r"|bonus\s+of|premium\s+of|gain|gains|gained)\s+(?:an?\s+(?:median|average|mean|total)\s+of\s+)?"
    + _LEAD
    + r"$"
)
# An amount added to pay, named after it: "a £15,000 raise", "a $20K signing bonus".
_ADDED_AFTER = re.compile(
    r"(?i)^\s*(?:(?:pay|salary|signing|sign-on|joining|cash|annual|retention)\s+)?(?:raise|rise"
    r"|bump|increase|hike|bonus(?:es)?|uplift|increment)\b"
)
# "per employee per month": the rate is named after another unit.
_PERIOD_AFTER = re.compile(
    r"(?i)^\s*(?:per|a|an|each|for\s+each)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:per|a|each|every)\s+"
    r"(hour|day|week|month|year)\b"
)
_PERIOD_BEFORE = re.compile(
    r"(?i)\b(?=[adhmwy])(hourly|daily|weekly|monthly|annual|yearly|day|hour)\s+(?:[a-z]+\s+){0,2}?(?:salar(?:y|ies)|pay"
    r"|wages?|income|stipends?|rates?|fees?|rent|costs?|budgets?|earnings)\s+(?:of|is|was|at|are"
    r"|were)?\s*" + _LEAD + r"$"
)
_PERIOD_WORDS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month"}
_PERIOD_WORDS |= {"annual": "year", "yearly": "year"}
_TYPICAL = re.compile(r"(?i)\b(?=[amt])(?:median|average|mean|typical)\b")
# British usage: "someone on £50,000", "a single engineer on €90,000".
_EARNER_ON = re.compile(
    r"(?i)\b(?=[adeghpsw])(?:engineers?|developers?|scientists?|employees?|workers?|someone|anyone|person"
    r"|people|staff|graduates?|hires?)\s+(?:on|earning)\s+$"
)
_PAY_AFTER = re.compile(
    r"(?i)^\+?\s*(?:(?:in|of|for|as)\s+)?(?:(?:a|an|the)\s+)?(?:(?:base|annual|median|average"
    r"|total|starting|yearly)\s+)?(?:salar|base\b|pay\b|comp|OTE|package|per\s+year|a\s+year"
    r"|(?:per\s+month\s+|a\s+month\s+)?(?:after|before)\s+(?:[a-z]+\s+){0,2}tax|in[- ]hand"
    r"|take[- ]home|net\b"
    r"|gross\b)"
    r"|^\s*(?:[A-Za-z/-]+\s+){1,3}?salar(?:y|ies)\b"
)
# In lower case, for `compile_caseless`: the labels and headings of every block are searched.
PAY_CASES = compile_caseless(
    r"\b(?=[cehilmoprstw])(?:salar(?:y|ies)|pay|pays|paid|paying|earn(?:s|ed|ing)?"
    r"|compensation|comp\b|wages?|income|stipends?|earnings|ote|ctc|lpa|rates?|per\s+hour|hourly"
    r"|make|makes|making|take[- ]home|hired\s+at"
    r"|command(?:s|ing)?|offers?|offered|starts?\s+at)\b"
)
PAY = PAY_CASES[0]
_YEAR_EVENT = re.compile(
    r"(?i)\b(?=[abcdefiloprs])(?:founded|founding|established|launched|introduced|released|coined|invented|created|began"
    r"|started|born|formed|incorporated|debuted|opened|published|acquired|enacted|passed)\s+"
    r"(?:in\s+)?(?:early\s+|late\s+|mid-?)?$"
)
_YEAR_THE = re.compile(r"(?i)\bthe\s+$")
_EVENT_NAME = re.compile(r"^\s+[A-Z][a-z]")
_ENUM = re.compile(
    r"(?i)(?:\b(?:step|week|day|layer|phase|part|chapter|module|lesson|level|round|stage|section"
    r"|play|option|question|tip|reason|rule|slide|figure|fig\.|table|page|p\.|item|no\.|number"
    r"|version|v|tier|class|grade|volume|vol\.|issue|episode|season|unit|exercise|problem|task"
    r"|sprint|milestone|top|series|gen|generation|zones?|plan|band|type|category|pillar"
    r"|bracket|ep\.?)|#)[\s-]*$"
)
_NAME_WORD = re.compile(r"(?:^|[\s(\[\"'])([A-Z][\w.+-]*)\s$")
# `pandas 2.2 and`, `torch 2.3)`: a decimal right after a lower-case word, then nothing more.
_VERSION = re.compile(r"(?:^|[\s(\[])([a-z][\w.+-]*[a-z\d])\s$")
_VERSION_END = re.compile(r"^(?:\s*$|\s*[,;:)\]]|\.(?!\d)|\s+(?:and|or|with|for|on|in)\b)")
_NOT_VERSIONS = {
    "of", "to", "at", "by", "from", "about", "around", "roughly", "nearly", "approximately", "is",
    "was", "were", "are", "be", "been", "averaged", "hit", "reached", "scored", "rated", "only",
    "just", "than", "with", "and", "or", "a", "an", "the", "over", "under", "above", "below",
    "averages", "averaging", "near", "some", "almost", "between", "per", "score", "rating", "ratio",
}  # fmt: skip
_NOT_NAMES = {"Only", "About", "Over", "Nearly", "Almost", "Around", "By", "Within", "The"}
_NOT_NAMES |= {"And", "With", "Of", "To", "In", "On", "At", "From", "Just", "Helped", "Some"}
_NAME_END = re.compile(r"^(?:\s*$|\s*[,.;:)]|\s+[A-Z0-9])")
_NAMED_NUMBER = re.compile(r"[A-Z][\w.-]*\s+\d[\w.]*\s$")
_EXPERIENCE = re.compile(r"(?i)^\s*(?:of\s+)?(?:[\w/-]+\s+){0,2}?(?:experience|exp\b)")
_READ_AFTER = re.compile(r"(?i)^\s*(?:read|ago|later|earlier|from\s+now)\b")
_EXPERIENCE_LABEL = re.compile(r"(?i)\b(?:experience|exp|years?|yrs|tenure|seniority)\b")
# The metric may be named earlier in the sentence: "an F1 of 0.87 ..., the baseline was 0.84".
_METRIC_NAME = re.compile(
    r"(?i)\b(?=[abfpr])(F1|AUC|BLEU|ROUGE|precision|recall|accuracy)\b(?:[^.]|\.\d){0,120}$"
)
# Page furniture under a post: "12 comments", "3 shares".
_SOCIAL = re.compile(
    r"(?i)^\s*(?:comments?|likes?|shares|views|reactions|claps|replies|responses|points"
    r"|upvotes?|votes|karma|followers)\b"
)
# "3 lessons from that stretch:", "5 tips": the size of the list that follows, not a claim.
_LISTICLE = re.compile(
    r"(?i)^\s*(?:(?:key|big|quick|simple|hard|practical)\s+)?(?:lessons?|tips?|reasons?|ways"
    r"|things|steps|mistakes|takeaways|rules|ideas|signs|tricks|habits)\b[^.\n]{0,40}:?\s*$"
)
# Tick values on a chart's axis: "X axis: 0   50   100   150 (k USD)".
_AXIS = re.compile(r"(?i)\baxis\b[^\n]*$")
# Tax bands and allowances are amounts of income, not anyone's pay: "Basic rate | £12,571 to".
_TAX_LABEL = re.compile(
    r"(?i)\b(?:tax|allowance|threshold|basic\s+rate|higher\s+rate|additional\s+rate"
    r"|national\s+insurance)\b"
)
_POINTS_QUOTE = re.compile(r"(?i)(?:percentage\s+points?|\bpp|\bppts?|\bpts)$")
_YOY_QUOTE = re.compile(r"(?i)\s(?:YoY|y/y|year[- ]over[- ]year|year[- ]on[- ]year|MoM|QoQ)$")
_ARROW = re.compile(r"[↑↓▲▼⬆⬇📈📉]\s*$")
_ARROW_DOWN = re.compile(r"[↓▼⬇📉]\s*$")
# Index names with a number: "a FTSE 100 bank", "S&P 500", "Fortune 500", "Russell 2000".
_INDEX_NAME = re.compile(r"(?:\b[A-Z&]{2,}|\bFortune|\bRussell|\bNasdaq|\bInc\.)\s$")
_INDEX_SIZES = {"50", "100", "250", "500", "1000", "2000", "5000"}
# A percentage of pay added or taken: "adds 10-15% on top of base".
_ON_PAY = re.compile(
    r"(?i)^\s*(?:on\s+top\s+of|to|of)\s+(?:your\s+|the\s+)?(?:base|pay|salary|comp|total)"
)
# A level reached, not a change: "fell by 9 percentage points, to 27%".
_LEVEL_BEFORE = re.compile(r"(?i)\b(?:to|at|from|reached|hit)\s+" + _LEAD + r"$")
_NUMBERING_AFTER = re.compile(r"^[.)](?:\s+\**[A-Z]|\**\s*$)")
_SUM_TO = re.compile(r"(?i)\b(?:sum|add\s+up)\s+to\s+$")
_YOE = re.compile(r"(?i)\bYOE\b")
# Pay written with a bare "k" and no currency, as forums do: "165k base", "TC 240k".
_BARE_PAY = re.compile(
    r"(?i)\b(?:base|TC|total\s+comp|comp|salary|offer(?:ed)?|band|paid|earn(?:s|ing)?|making)\b"
)
# A difference between two pay figures: "its pay gap to Bengaluru (roughly 20%".
_GAP_BEFORE = re.compile(r"(?i)\b(?:gap|premium|discount|difference|uplift)\b[^.;%]{0,60}$")
_PER_BEFORE = re.compile(r"(?i)\b(?:per|every|each)\s+$")
_PARAMETERS = re.compile(r"(?i)^[\s-]*(?:parameters?|params?)\b")


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


class Reading(NamedTuple):
    """What a number expression claims: its kind and normalised value."""

    kind: str
    low: float | None
    high: float | None
    open_high: bool
    unit: str
    period: str | None
    qualifiers: dict[str, str]


def classify(expr: NumberExpr, around: Surroundings) -> Reading | None:
    """Read `expr` as a claim, or None when it is not one (a time frame, a name, a step number).

    >>> classify(NumberExpr(0, 3, "percent", 87, 87, False, "%"), Surroundings("", " of firms"))
    Reading(kind='percent', low=87, high=87, open_high=False, unit='%', period=None, qualifiers={})
    """
    reader = _READERS.get(expr.family)
    return reader(expr, around) if reader is not None else None


def _reading(expr: NumberExpr, kind: str, **changes: object) -> Reading:
    values: dict[str, object] = {"low": expr.low, "high": expr.high, "open_high": expr.open_high}
    values |= {"unit": expr.unit, "period": expr.period, "qualifiers": {}}
    values |= changes
    return Reading(kind, **values)  # type: ignore[arg-type]


def _direction(before: str, after: str) -> dict[str, str]:
    near = before[-40:] + " " + after[:30]
    return {"direction": "decrease"} if _DECREASE.search(near) else {}


def _read_percent(expr: NumberExpr, around: Surroundings) -> Reading:
    before, after = around.before, around.after
    if " in " in around.quote or " out of " in around.quote:
        return _reading(expr, "percent")  # "1 in 4": a share, whatever follows
    if _POINTS_QUOTE.search(around.quote):  # a difference of two percentages is a change
        return _reading(expr, "growth", qualifiers=_direction(before, after))
    if _YOY_QUOTE.search(around.quote) or _ARROW.search(before):
        down = _ARROW_DOWN.search(before) is not None
        return _reading(expr, "growth", qualifiers={"direction": "decrease"} if down else {})
    if _METRIC_AFTER.match(after):
        return _reading(expr, "metric")
    if _SHARE_AFTER.match(after) or _RATE_AFTER.match(after):
        return _reading(expr, "percent")
    if expr.bound == "upper" and not expr.signed:
        return _reading(expr, "percent")
    moved = _CHANGE_BEFORE.search(before[-60:])
    # an equity stake is a share, but "equity adds 10-15% on top of base" is a premium
    if _EQUITY.search(before + after) and not (_CHANGE_AFTER.match(after) or _ON_PAY.match(after)):
        return _reading(expr, "percent")
    if _CHANGE_NAMED.search(before[-80:]):
        return _reading(expr, "growth", qualifiers=_direction(before, after))
    if _RATE_OF.search(before) and not moved and not expr.signed:
        return _reading(expr, "percent")
    # or the same sentence's earlier percentage was a change and nothing marks this one a share:
    # "increases of 8.5% for ML engineers, compared with 4.1% for the rest"
    follows = around.prior == "growth" and not _LEVEL_BEFORE.search(before[-24:])
    changed = expr.signed or bool(_CHANGE_AFTER.match(after) or moved or _GAP_BEFORE.search(before))
    changed = changed or follows
    if changed and expr.bound != "lower":
        return _reading(expr, "growth", qualifiers=_direction(before, after))
    return _reading(expr, "percent")


def _read_multiplier(expr: NumberExpr, around: Surroundings) -> Reading:
    if around.quote.lower().endswith("led"):  # doubled, tripled, quadrupled
        return _reading(expr, "growth")
    grew = _MULT_GROWTH.match(around.after) or re.search(
        r"(?i)\b(?:grew|grown|increased|rose|growth\s+of|up)\s+(?:by\s+)?$", around.before
    )
    return _reading(expr, "growth" if grew else "multiplier")


def _read_ratio(expr: NumberExpr, around: Surroundings) -> Reading:
    return _reading(expr, "multiplier", high=expr.low)


def _read_size(expr: NumberExpr, around: Surroundings) -> Reading:
    return _reading(expr, "metric")


def _read_duration(expr: NumberExpr, around: Surroundings) -> Reading | None:
    if _READ_AFTER.match(around.after):
        return None
    parenthesised = around.before.rstrip().endswith("(")
    column = around.labels[0] if around.labels else ""
    experience = (
        parenthesised or _EXPERIENCE.match(around.after) or _EXPERIENCE_LABEL.search(column)
    )
    if expr.unit == "years" and experience:
        return _reading(expr, "count")
    return _reading(expr, "duration")


def _read_year(expr: NumberExpr, around: Surroundings) -> Reading | None:
    before = around.before
    dated = _YEAR_EVENT.search(before) or (
        _YEAR_THE.search(before) and _EVENT_NAME.match(around.after)
    )
    return _reading(expr, "year") if dated else None


def _read_plain(expr: NumberExpr, around: Surroundings) -> Reading | None:
    before, after = around.before, around.after
    if _YOE.search(before[-6:]) or _YOE.match(after.lstrip()[:3]):
        return _reading(expr, "count", unit="years")  # "YOE 4": years of experience
    if _numbered(before) or _is_name(around.quote, before, after) or _SOCIAL.match(after):
        return None
    if _PER_BEFORE.search(before[-12:]):
        return None  # "$0.40 per 1,000 requests": part of a rate's unit
    if _PARAMETERS.match(after):
        return _reading(expr, "metric", unit="parameters")
    if _LISTICLE.match(after) or (expr.low == 100 and _SUM_TO.search(before[-16:])):
        return None
    if not before.strip() and _NUMBERING_AFTER.match(after):
        return None  # "**1. Self-directed.**": a list number, bold or not
    if before.endswith("(") and after.startswith(")") and expr.high is not None and expr.high < 100:
        return None  # "(1) Senior ML Engineer", "(2) and (4) confirmed"
    if _AXIS.search(before[-120:]):
        return None
    if around.quote[-1:] == "k" and not _bare_pay(before, after):
        return None  # a forum's "500k" out of any pay wording: a figure of speech, not a count
    if around.quote[-1:] in "kK" and _bare_pay(before, after):
        added = _INCREMENT.search(before[-60:]) or search_caseless(_MONEY_BEFORE, before[-60:])
        return _reading(expr, "money" if added else "salary", unit="USD",
                        period=expr.period or "year")  # fmt: skip
    metric = _METRIC_NAME.search(before)
    if metric is not None and expr.high is not None and abs(expr.high) <= 1:
        return _reading(expr, "metric", unit=_metric_unit(metric[1]))
    return _reading(expr, "count")


def _bare_pay(before: str, after: str) -> bool:
    """Whether a bare `165k` is pay: pay words in its clause or right after it."""
    return bool(
        _BARE_PAY.search(_clause(before)[-40:])
        or _BARE_PAY.match(after.lstrip(" +/")[:20])
        or after.startswith(("/yr", "/year", " a year", " per year"))
    )


def _numbered(before: str) -> bool:
    """`Step 3`, `Week 2`, `#4`: the number counts steps, not things."""
    # _ENUM ends in `\s*$`, so its word ends where the trailing space starts; its longest word
    # has 10 letters: searching from 12 characters before that finds the same match, faster.
    return _ENUM.search(before, max(0, len(before.rstrip()) - 12)) is not None


def _metric_unit(name: str) -> str:
    return name if name.isupper() else name.lower()


def _is_name(quote: str, before: str, after: str) -> bool:
    """`Fortune 500`, `Claude 3 Opus`, `Python 3.11`: a number that is part of a name."""
    if _NAMED_NUMBER.search(before) or (quote in _INDEX_SIZES and _INDEX_NAME.search(before)):
        return True
    word = _NAME_WORD.search(before)
    if word is None or word[1] in _NOT_NAMES:
        return _is_version(quote, before, after)
    return _NAME_END.match(after) is not None or re.match(r"\d+\.\d", quote) is not None


def _is_version(quote: str, before: str, after: str) -> bool:
    if re.fullmatch(r"\d+\.\d{1,2}", quote) is None:
        return False
    word = _VERSION.search(before)
    if word is None or word[1] in _NOT_VERSIONS or word[1].endswith("ed"):
        return False
    return _VERSION_END.match(after) is not None


def _read_currency(expr: NumberExpr, around: Surroundings) -> Reading:
    if expr.period is None:
        named = _PERIOD_AFTER.match(around.after) or _PERIOD_BEFORE.search(around.before[-80:])
        if named is not None:
            word = named[1].lower()
            expr = expr._replace(period=_PERIOD_WORDS.get(word, word))
    before, after = around.before, around.after
    if re.match(r"(?i)^\s*(?:YoY|year[- ]over[- ]year|year[- ]on[- ]year)\b", after) or re.search(
        r"(?i)\b(?:grew|rose|jumped|increased|fell|dropped|declined)\s+(?:by\s+)?$", before
    ):
        return _reading(expr, "growth", period=None)
    if _ADDED_AFTER.match(after) or around.quote.startswith("+") or before.endswith("+"):
        return _reading(expr, "money")  # "+$14K base": an amount added to pay
    if _INCREMENT.search(before[-60:]):
        pay = around.pay_section or bool(PAY.search(before + after))
        pay = (pay or role_or_level_named(around.labels)) and not _MONEY_AFTER.match(after)
        return _reading(expr, "money", period=expr.period or ("year" if pay else None))
    if _is_pay(expr, around):
        return _reading(expr, "salary", period=expr.period or "year")
    return _reading(expr, "money")


def _is_pay(expr: NumberExpr, around: Surroundings) -> bool:
    before, after = around.before, around.after
    if (
        expr.high is not None
        and expr.high < 1000
        and expr.period not in ("hour", "day", "week", "month")
    ):
        return expr.period == "year"
    if search_caseless(_MONEY_BEFORE, before[-60:]) or _MONEY_AFTER.match(after):
        return False
    if any(_TAX_LABEL.search(label) for label in around.labels if label):
        return False
    if _PAY_AFTER.match(after) or expr.period in ("year", "hour", "day"):
        return True
    if PAY.search(_clause(before)) or PAY.match(after.lstrip(" +")) or _EARNER_ON.search(before):
        return True
    large = expr.high is not None and expr.high >= 10_000
    if large and (_TYPICAL.search(before[-60:]) or role_or_level_named([before[-60:]])):
        return True
    if large and _BARE_PAY.search(_clause(before)[-40:]):
        return True  # "My base today is $212K", "TC is $240K"
    if large and role_or_level_named([" ".join(after.split()[:3])]):
        return True
    terse = around.listed and (PAY.search(after[:60]) or any(PAY.search(x) for x in around.labels))
    if terse:
        return True
    return around.pay_section and (around.listed or large)


def _clause(before: str) -> str:
    """The part of the sentence before a number that belongs to its clause."""
    cut = max(before.rfind(mark) for mark in (", ", "; ", "(", " — ", " and "))
    return before[cut + 1 :] if cut >= 0 else before[-80:]


_READERS = {
    "percent": _read_percent, "multiplier": _read_multiplier, "ratio": _read_ratio,
    "size": _read_size, "duration": _read_duration, "year": _read_year, "plain": _read_plain,
    "currency": _read_currency,
}  # fmt: skip
