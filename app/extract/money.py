"""Amounts of money: pay, or a cost, a raise, a bonus, a tax; and figures in lakhs.

A dollar amount is pay when it sits with pay words or in a list under a pay heading, but a
cost when it is spent, wasted, saved or added, a one-off when it is a sign-on or a grant, and
a year's when a tax slab or a raise says so. Where its words say neither, the document's other
pay figures decide (see `settle`).
"""

from __future__ import annotations

import re

from app.extract import cues, currencies, time_cues
from app.extract.furniture import numbered
from app.extract.numbers import NumberExpr, period_of
from app.extract.periods import bracket_period, no_ones_rate
from app.extract.qualifiers import role_or_level_named, search_caseless
from app.extract.reading import Reading, Surroundings, clause_of, defines_a_scale, reading_of


def read_currency(expr: NumberExpr, around: Surroundings) -> Reading | None:
    if cues.RATE_LIST.search(around.before[-80:]):
        return None  # "(US$1 = £0.787, €0.926)": exchange rates, not amounts
    if defines_a_scale(around):
        return None
    if cues.BARE_LAKHS.fullmatch(around.quote) and _counts_heads(around.before, around.after):
        return reading_of(expr, "count", unit="count", period=None)  # "a demand of 6.3 lakh"
    quoted = expr.period  # "₹2.8L per year": named in the quote itself
    before, after = around.before, around.after
    if expr.period is None:
        named = (
            time_cues.PERIOD_AFTER.match(around.after)
            or time_cues.PERIOD_NEXT.match(around.after)
            or time_cues.PERIOD_BEFORE.search(around.before[-120:])
            or time_cues.PERIOD_ADJECTIVE_AFTER.match(around.after)
            or time_cues.EQUITY_PERIOD_AFTER.match(around.after)
            or time_cues.LABEL_PERIOD_BEFORE.search(around.before[-24:])
        )
        if named is not None:
            word = named[1].lower()
            expr = expr._replace(period=time_cues.PERIOD_WORDS.get(word, word))
        elif foreign := time_cues.FOREIGN_PERIOD_NEXT.match(around.after):
            expr = expr._replace(period=time_cues.foreign_period(foreign))  # "USD al mes"
        elif time_cues.LAST_YEAR_AFTER.match(around.after):
            expr = expr._replace(period="year")  # "$3.1M over the last twelve months"
        elif time_cues.MONTHS_PAID_AFTER.match(around.after):
            expr = expr._replace(period="month")  # "S$9,000 base x 14"
        elif _rent(around) or (expr.unit == "INR" and cues.IN_HAND.search(around.before)):
            expr = expr._replace(period="month")  # "1BR rent  $3,150", "in-hand ₹1.24L": monthly
        elif recurring := _RECURRING_REVENUE.search(f"{clause_of(before)[-60:]} {after[:5]}"):
            # annual or monthly recurring revenue: "ARR grew 2.4x to $9.8M", "$40K MRR"
            return reading_of(expr, "money", period="year" if recurring[0] == "ARR" else "month")
    if expr.period is None and time_cues.FISCAL_AFTER.match(after):  # a company's year
        paid = _is_pay(expr, around)  # pay, or spend and revenue; the document settles the rest
        kind = "salary" if paid else "money"
        return reading_of(expr, kind, period="year", undecided=paid is None)
    if re.match(r"(?i)^\s*(?:YoY|year[- ]over[- ]year|year[- ]on[- ]year)\b", after) or re.search(
        r"(?i)\b(?:grew|rose|jumped|increased|fell|dropped|declined)\s+(?:by\s+)?$", before
    ):
        return reading_of(expr, "growth", period=None)
    if before.endswith("+"):
        return reading_of(expr, "money")  # "+$14K base": an amount added to pay
    if expr.period is None and (
        cues.MONTHLY_PARTS_BEFORE.search(before[-40:]) or cues.PAYSLIP_AFTER.match(after)
    ):  # "pays in 13 instalments of CHF 11'300", "Fr. 7'750 per regular payslip": a month's
        return reading_of(expr, "salary", period="month")
    added = cues.ADDED_AFTER.match(after)
    if added:  # a raise or a gap in pay is a year's, and so is a bonus, unless paid once
        if added["once"]:  # "~£20k bonus", not "a $20K signing bonus"
            yearly = cues.ONE_OFF.search(added.group()) is None
            relative = False
        else:  # or in the period of the document's pay: "six grand more than me"
            yearly = cues.PAY.search(before + after) is not None
            relative = expr.period is None
        period = expr.period or ("year" if yearly else None)
        return reading_of(expr, "money", period=period, relative=relative)
    column = around.labels[0] if around.labels else ""
    if column and cues.EQUITY.search(column) and not _TOTAL_PAY.match(column):
        # under "EQUITY (4-YR GRANT)": a grant, not pay ("Total comp (base + bonus + equity)" is)
        return reading_of(expr, "money")
    column, row, label = around.labels if len(around.labels) == 3 else ("", "", "")
    if row and cues.COMPONENT_ROW.match(row):  # "HRA (50% of basic)  5,00,000": a part of pay
        return reading_of(expr, "money", period=expr.period)
    if cues.GRANT_LABEL.match(column) or cues.GRANT_LABEL.match(label) or cues.GRANT_ROW.match(row):
        # under "Sign-on", "RSUs: $60K over 4 years", in a row "Sign-on" of a table of offers;
        # a bonus is a year's ("Bonus: ₹6L")
        bonus = any(cues.BONUS_LABEL.match(words) for words in (column, label, row))
        return reading_of(expr, "money", period=quoted or ("year" if bonus else None))
    if cues.BONUS_BEFORE.search(before[-40:]) and not cues.ONE_OFF.search(before[-40:]):
        return reading_of(expr, "money", period=expr.period or "year")  # "Bonus: ₹6L", a year's
    if cues.CHANGED_BY.search(before[-40:]):  # "moved base up by $8,000", "the gap is $12,250"
        pay = around.pay_section or cues.PAY.search(before[-80:] + after[:40]) is not None
        period = expr.period or ("year" if pay else None)
        return reading_of(expr, "money", period=period, relative=expr.period is None)
    added = cues.INCREMENT.search(before[-60:])
    if added is not None:
        if added["once"]:  # a bonus or a gain is paid once: no period of its own; a raise is
            # in the period of the pay it raises ("an average increase of about $18K")
            raised = added["raised"] is not None and expr.period is None
            return reading_of(expr, "money", relative=raised)
        pay = around.pay_section or bool(cues.PAY.search(before + after))
        pay = (pay or role_or_level_named(around.labels)) and not cues.MONEY_AFTER.match(after)
        return reading_of(expr, "money", period=expr.period or ("year" if pay else None))
    if cues.PER_HEAD_AFTER.match(after):  # "$599–$899 per employee per month": a cost of each
        return reading_of(expr, "money")
    if cues.THRESHOLD_BEFORE.search(before[-60:]):  # a pay threshold is a year's, unless said
        said = expr.period or period_of(before[-60:])  # "S$5,600/month for most (S$6,200 in"
        paid = (expr.high or 0) >= 1000 and cues.PAY.search(before[-60:]) is not None
        return reading_of(expr, "money", period=said or ("year" if paid else None))
    if _tax_edge(expr, around):  # "income above about $253,000", a 53.53% marginal rate's
        return reading_of(expr, "money", period=expr.period or "year")
    # the tax on pay, a premium on top of it: "roughly A$48k in income tax", "worth a median
    # $19,000 on top of base pay", in the period of the document's pay
    tax = cues.TAX_OWED_AFTER.match(after) or cues.TAX_OWED_BEFORE.search(before[-50:])
    owed = tax is not None and (expr.high or 0) >= 1000  # not "perquisite tax was ₹640"
    if expr.period is None and (owed or cues.ON_TOP_OF_PAY.match(after)):
        return reading_of(expr, "money", relative=True)
    is_pay = _is_pay(expr, around)
    if is_pay and expr.period is None and _monthly_sized(expr, around):
        return reading_of(expr, "salary", period="month")  # "(S$10,700 vs S$9,050)": a month's
    costs = expr.period is None and is_pay is False and (expr.high or 0) >= 1000
    # a table's "Pension (5% employer)  £5,900" (a list item's costs may be timed by the amount
    # before them: "Transport allowance: AED 1,500–2,500 a month in Dubai; SAR 1,000–2,000")
    tabled = [label for label in around.labels[:2] if label]
    if costs and any(cues.YEARLY_COST_LABEL.search(label) for label in tabled):
        return reading_of(expr, "money", period="year")
    if is_pay and _below_a_years_pay(expr):
        if expr.period is None and _monthly(around):  # "I take home about €3,980" a month
            return reading_of(expr, "salary", period="month")
        return reading_of(expr, "money", period="year")  # "Gratuity ... 61,568" in a year's CTC
    if is_pay:
        return reading_of(expr, "salary", period=expr.period or _heading_period(expr, around))
    if expr.period is None and _granted(before) and cues.ANNUAL.search(clause_of(before)):
        return reading_of(expr, "money", period="year")  # "median annualized equity is $42K"
    yearly = expr.period is None and (expr.high or 0) >= 1000  # "£1 for every £2" is no edge
    taxed = [before + around.quote + after, *(label for label in around.labels if label)]
    if yearly and any(cues.INCOME_TAX.search(words) for words in taxed):
        return reading_of(expr, "money", period="year")  # a tax slab's edge
    return reading_of(expr, "money", undecided=is_pay is None and expr.period is None)


_RECURRING_REVENUE = re.compile(r"\b(?:ARR|MRR)\b")
_TOTAL_PAY = re.compile(r"(?i)\s*(?:total\s+comp(?:ensation)?|TC|total\s+pay|total\s+cash|CTC)\b")


def _heading_period(expr: NumberExpr, around: Surroundings) -> str:
    """The period of a list item's pay that names none: the one its heading names in brackets
    ("Dubai (AED per month, all-in)" over "- Junior ML engineer: AED 18,000 – 26,000"), not in
    its words ("Strip out everything that isn't monthly salary"), else a year's."""
    named = bracket_period(around.section) if around.listed and around.section else None
    if named is None or no_ones_rate(named, expr.high, expr.unit):
        return "year"
    return named


def _granted(before: str) -> bool:
    """Whether the clause before an amount names a grant and no pay ("RSUs bumped to"), a
    bracket's words read with the words it qualifies ("Total compensation (with equity): ")."""
    clause = clause_of(before)
    if before.endswith(clause) and before[: -len(clause) or None].endswith("("):
        clause = clause_of(before[: -len(clause) - 1]) + "(" + clause
    return cues.EQUITY_SUBJECT.search(clause) is not None


def lakh_talk(reading: Reading, around: Surroundings) -> Reading:
    """A bare figure in talk of pay in a post that writes pay in lakhs, read as lakhs of rupees
    a year: "pay 30-38 for your exp", "52 at 5 YOE" after "offers"; a part added ("33 + 3.3")
    is money."""
    before = around.before
    if not cues.LAKH_TALK_QUOTE.fullmatch(around.quote) or reading.unit != "count":
        return reading
    if reading.high is None or not 3 <= reading.high < 400 or numbered(before):
        return reading
    if cues.LAKH_TALK_NOT_BEFORE.search(before[-8:]) or cues.NUMBER_OF.search(before):
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


def _tax_edge(expr: NumberExpr, around: Surroundings) -> bool:
    """Whether an amount is an edge of income tax's bands or a deduction from income, in a
    sentence about the tax: "income above about $253,000" under "the top marginal rate", "the
    ₹75,000 standard deduction" (not "an engineer on C$140K pays roughly 31% overall")."""
    if expr.period not in (None, "year") or (expr.high or 0) < 1000:
        return False
    edge = expr.bound or cues.TAX_EDGE_BEFORE.search(around.before[-40:])  # "above about $X"
    if not edge and not cues.DEDUCTION_AFTER.match(around.after):
        return False
    return cues.TAX_WORDS.search(clause_of(around.before) + around.after) is not None


def _monthly_sized(expr: NumberExpr, around: Surroundings) -> bool:
    """Whether an amount is a month's pay where pay is quoted by the month (Singapore, the Gulf,
    Malaysia): of a month's size there, below a modest year's pay, and no sign-on or tax."""
    # (and above a third of a modest month's: "PLN 1,750" is a day rate, no month's pay)
    if not paid_monthly(expr.high, expr.unit):
        return False
    near = around.before[-80:] + around.after[:40]
    if cues.ONE_OFF.search(near) or cues.TAX_WORDS.search(near) or _SIGN_ON.search(near):
        return False
    return _OWED.search(around.before[-30:]) is None  # "On ~S$133k you'd pay roughly S$9,900"


_SIGN_ON = re.compile(r"(?i)\bsign[- ]?ons?\b")
_OWED = re.compile(r"(?i)\b(?:pay|owe)\s+(?:roughly\s+|about\s+|around\s+)?~?$")


def paid_monthly(amount: float | None, currency: str) -> bool:
    """Whether `amount` is a month's pay where pay is quoted by the month: between a third of a
    modest month's and a modest year's in its currency."""
    floor = currencies.modest_year(currency)
    return currencies.by_month(currency) and max(1000, floor / 36) <= (amount or 0) < floor


def _below_a_years_pay(expr: NumberExpr) -> bool:
    """Whether an amount said or taken to be a year's is below a third of the smallest yearly
    pay in its currency (see `settle`): no one's pay for a year, but a part of it or a month's
    ("₹46,176" of gratuity, "about €3,980" taken home). Figures below 1,000 are left alone: a
    misread scale ("70 000 $" as 70) is no amount of money."""
    if expr.period not in (None, "year") or expr.high is None or expr.high < 1000:
        return False
    return expr.high < currencies.modest_year(expr.unit) / 3


def _monthly(around: Surroundings) -> bool:
    """Whether the amount's sentence or heading speaks of a month's pay or of pay in hand."""
    words = (around.before[-120:], around.after[:60], around.section)
    return any(cues.MONTHLY_PAY.search(part) for part in words if part)


def _is_pay(expr: NumberExpr, around: Surroundings) -> bool | None:
    """Whether an amount is pay: True or False when its words say, None when they say
    neither."""
    # "Learning budget ....... $2,500 / year": the leader joins the label to its amount
    before, after = around.before, around.after
    if "...." in before or ". . ." in before:
        before = cues.LEADER_RUN.sub(" ", before[-160:])
    fortune = currencies.fortune(expr.unit)
    if expr.high is not None and expr.high >= (fortune or 5e6):
        return False  # "$18M at a $95M post": a round or a valuation, nobody's pay
    small = expr.high is not None and expr.high < 1000
    small = small and expr.period not in ("hour", "day", "week", "month")
    if small and expr.period != "year":
        return False
    floor = {"hour": 15, "week": 150}.get(expr.period or "", 0)
    if (expr.high or 0) < floor and fortune is None:
        return False  # "$3–$4 an hour" for a GPU, "£20-£25 a week": below anyone's pay
    budgeted = before[-8:].lower().endswith("budget ") and cues.PAY.match(after.lstrip())
    budget = budgeted or cues.BUDGET_FOR_ROLE.search(before[-90:]) is not None
    if budget and (expr.high or 0) >= 500:  # the pay a role is budgeted at
        return True
    if search_caseless(cues.MONEY_BEFORE, before[-60:]) or cues.MONEY_AFTER.match(after):
        return False
    if cues.SIGN_ON_AFTER.match(after):
        return False
    if small:
        return True  # "₹900 a year" of pay; "an annual subscription lists at $399" is money
    if cues.ONE_OFF_BEFORE.search(before):
        return False  # "Sign-on bonuses appeared in 34% of offers, with a median of $25,000"
    lakhs = expr.unit == "INR" and expr.high is not None and expr.high >= 1e5
    if expr.period is None and cues.FIXED_PRICE.match(after):
        return lakhs  # a fixed price, but "₹65 to 80 lakh fixed" is the fixed part of pay
    if cues.EQUITY_AFTER.match(after) or _granted(before):
        return False
    if any(cues.NOT_PAY_LABEL.search(label) for label in around.labels if label):
        return False
    if cues.PAY_AFTER.match(after) or expr.period in ("year", "week", "hour", "day"):
        return True
    if (expr.high or 0) >= 10_000 and cues.RAISED_TO.search(before[-70:]):
        return True  # "a $20K raise, taking me to $215K": the pay it reached
    if (
        cues.PAY.search(clause_of(before))
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
    if large and cues.BARE_PAY.search(clause_of(before)[-80:]):
        return True  # "My base today is $212K", "TC is $240K"
    if large and role_or_level_named([" ".join(after.split()[:3])]):
        return True
    if large and around.listed and role_or_level_named([after[:120]]):
        return True  # "- Tessellate — London | HYBRID | £95k–£130k | options | Research Engineer"
    if large and around.listed and any(cues.PAY_LABEL.search(x) for x in around.labels if x):
        return True  # under "Median base 2026", "Fixed", "TC"
    terse = around.listed and (
        cues.PAY.search(after[:60]) or any(cues.PAY.search(x) for x in around.labels)
    )
    if terse or (around.pay_section and (around.listed or large)):
        return True
    return None
