"""Cues of time: the period an amount is paid by, time frames, and the events a year dates.

Patterns only, read by `money`, `classify`, `periods` and `carry` beside those of `cues`.
"""

from __future__ import annotations

import re

from app.extract.cues import LEAD

# "per employee per month", "of options vesting per year": the rate is named after another unit.
PERIOD_AFTER = re.compile(
    r"(?i)^\s*(?:per|a|an|each|for\s+each|of)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:per|a|each|every)\s+"
    r"(hour|day|week|month|year)\b"
)
# A month's pay times the months paid in a year: "S$9,000 base x 14", "€4,500 × 13".
MONTHS_PAID_AFTER = re.compile(r"(?i)^\s*(?:(?:base|basic|fixed|gross)\s+)?[x×]\s?1[2-6]\b")
MONTHS_PAID_BEFORE = re.compile(
    r"(?i)(?:[$£€₹]|\b[A-Z]{3}\s)\s?[\d,.]+[kK]?\s+(?:(?:base|basic|fixed|gross)\s+)?[x×]\s?$"
)
# The period right after an amount that markup or a word kept out of its quote:
# "**€5.942** gross per month", "**€1.500–€2.500** per year".
PERIOD_NEXT = re.compile(
    r"(?i)^\s*(?:(?:gross\s+|net\s+|bruto\s+|brutto\s+)?(?:per|a|an|for\s+the)\s+"
    r"(?:(?:GPU|node|instance|server|machine)[\s-])?"
    r"|in\s+an?\s+(?:good|normal|typical|average|bad|great|strong|weak)\s+)"  # "in a normal year"
    r"(hour|day|week|month|year)\b"
    r"(?!\s+(?:ago|earlier|later|prior)\b)"  # "up from £680 a year ago": a time, not a period
)
# or in the words of Spanish, Portuguese, German, Dutch or French pay: "$5,500 USD al mes",
# "R$ 24.000 por mês", "4.300 € netto/Monat", "MX$ 95,000 mensuales"
FOREIGN_PERIOD_NEXT = re.compile(
    r"(?i)^\s*(?:(?:brut[oa]?|brutto|netto|net[oa]?|liquid[oa])\s*)?"
    r"(?:(?:/\s*|\b(?:al|por|pro|per|par|ao|a)\s+)(mes|mês|monat|maand|mois|año|ano|jahr|jaar"
    r"|día|dia|jour|tag|dag|hora|heure|stunde|uur)"
    r"|(mensual(?:es)?|mensais|mensal|monatlich|mensuel(?:le)?s?|anual(?:es)?|anuais|jährlich"
    r"|annuel(?:le)?s?))\b"
)
# Those words' periods, here and in a table's header (periods.header_period)
FOREIGN_PERIODS = {
    "mes": "month", "mês": "month", "monat": "month", "maand": "month", "mois": "month",
    "an": "year", "año": "year", "ano": "year", "jahr": "year", "jaar": "year",
    "monatlich": "month", "jährlich": "year", "mensual": "month", "mensuales": "month",
    "mensais": "month", "mensal": "month", "mensuel": "month", "mensuelle": "month",
    "mensuels": "month", "mensuelles": "month", "anual": "year", "anuales": "year",
    "anuais": "year", "día": "day", "dia": "day", "jour": "day", "tag": "day", "dag": "day",
    "hora": "hour", "heure": "hour", "stunde": "hour", "uur": "hour",
    "annuel": "year", "annuelle": "year", "annuels": "year", "annuelles": "year",
}  # fmt: skip


def foreign_period(named: re.Match[str]) -> str:
    """The period FOREIGN_PERIOD_NEXT found: "al mes" -> month, "anuales" -> year."""
    return FOREIGN_PERIODS[(named[1] or named[2]).lower()]


# What is paid or counted by the period: "monthly rent", "annual learning budget", "daily rate".
RATED = (
    r"(?:salar(?:y|ies)|pay|wages?|income|stipends?|rates?|fees?|rent|costs?|budgets?|earnings|invoices?"
    r"|in-?hand|take-?home|net|savings|EMI|burn|spend|allowances?|ceiling|threshold|cap|limit"
    r"|minimum|bills?|payments?|premiums?|contributions?|pass(?:es)?|cash|CTC|package|comp"
    r"|compensation|subscriptions?|licen[cs]es?|memberships?)"
)
PERIOD_ADJECTIVE = r"(hourly|daily|weekly|monthly|annual|yearly)"
# A time frame, not a measured time: "changed employer in the past 12 months"; an amount just
# before one counts that year: "the team cost us $3.1M over the last twelve months".
# So is a span named by its end or by another figure's: "grew 74% in the twelve months to
# September", "rose 3.1% over the same twelve months", "the pace of the past two years" ("for the
# last two years" is how long someone did something, "over the following four years" a vesting).
TIME_FRAME_BEFORE = re.compile(
    r"(?i)\b(?:in|over|during|within|on|across|of|through)\s+the\s+"
    r"(?:last|past|previous|prior|trailing|same|next|coming)\s+$"
)
SPAN_BEFORE = re.compile(r"(?i)\b(?:in|over|during|for|of)\s+the\s+$")
SPAN_AFTER = re.compile(r"(?i)^\s+(?:to|ending|through|since|until)\s")
LAST_YEAR_AFTER = re.compile(
    r"(?i)^\W{0,3}\s*(?:in|over|during)\s+the\s+(?:last|past|trailing)\s+"
    r"(?:(?:12|twelve)\s+months|year)\b"
    r"|^\s*annuali[sz]ed\b"  # "Total cost is $418K annualised"
)
# A fiscal year's flow: "$612.4 million ... for fiscal 2026", "$3.2M for FY27 AI headcount",
# "$228 million in annualized recurring revenue"
FISCAL_AFTER = re.compile(
    r"(?i)^(?:[^.;:!?\n]|\.\d){0,60}?\b(?:for|in|during)\s+(?:the\s+)?"
    r"(?:fiscal(?:\s+year)?\s+'?(?:20)?\d\d|FY\s?'?(?:20)?\d\d)\b"
    r"|^\s*(?:in\s+)?annuali[sz]ed\s+recurring\s+revenue\b"
)
PERIOD_BEFORE = re.compile(
    r"(?i)\b(?=[adhmwy])(hourly|daily|weekly|monthly|annual|yearly|day|hour)\s+(?:[a-z-]+\s+){0,2}?"
    + RATED
    # whose pay: "the median annual wage for computer and mathematical occupations was $108,930"
    # or which: "Median hourly earnings excluding overtime were £26.48"
    # (but not past ", and": "monthly income for 24 months, and total payments are capped at")
    + r"(?:\s+(?:for|of|in|among|across|excluding|including)"
    + r"(?:\s+[\w-]+(?:,(?!\s+and\b))?){1,8}?)?"
    + r"\s+(?:of|is|was|at|are|were|from|went\s+from|reached|lists?\s+at|priced\s+at|costs?"
    # "Hourly rates clustered at $25-40", "fixed monthly salary to clear S$5,600"
    + r"|[a-z]+ed\s+(?:at|around|near)"
    + r"|(?:to|must|should)\s+(?:clear|reach|exceed|be(?:\s+at\s+least)?))?"
    + r"\s*"
    + LEAD
    + r"$"
)
# "$3,000 annual learning budget", "€1.500 annual training budget"
PERIOD_ADJECTIVE_AFTER = re.compile(  # "$2,500 annual budget", "$4bn of annual cost"
    r"(?i)^\s*(?:(?:of|in)\s+)?" + PERIOD_ADJECTIVE + r"\s+(?:[a-z-]+\s+){0,2}?" + RATED + r"\b"
)
# A table row that names its period: "Monthly transit pass", "1-bedroom rent, monthly"; not
# "Monthly plan", whose price is the plan's.
PERIOD_LABEL = re.compile(
    r"(?i)\b" + PERIOD_ADJECTIVE + r"\s+(?:[a-z-]+\s+){0,2}?" + RATED + r"\b"
    r"|,\s*" + PERIOD_ADJECTIVE + r"\s*$"
)
PERIOD_WORDS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month"}
PERIOD_WORDS |= {"annual": "year", "yearly": "year", "yr": "year"}
# A label that names its period before its amount: "RSU/yr: £45k", "Rent (per month): $2,100"
LABEL_PERIOD_BEFORE = re.compile(r"(?i)(?:/\s*|\bper\s+)(yr|year|month|hour)\)?\s*:\s*$")
# Equity given by the period after its name: "£20k RSU/yr", "$40k stock a year"
EQUITY_PERIOD_AFTER = re.compile(
    r"(?i)^\s*(?:in\s+)?(?:RSUs?|stock|equity|ESOPs?)\s*(?:/\s*|\s(?:a|per)\s)(yr|year|month)\b"
)
YEAR_EVENT = re.compile(
    r"(?i)\b(?=[abcdefilmnoprstuw])(?:founded|founding|established|launched|introduced|released|coined|invented|created|began"
    r"|started|born|formed|incorporated|debuted|opened|published|acquired|enacted|passed"
    r"|came\s+out|appeared|announced|merged|renamed|(?:took|takes?)\s+effect|came\s+into\s+force|adopted"
    r"|bought|sold|funded|unveiled|arrived|shipped|peaked|(?:rolled|came)\s+out"
    r"|followed|signed|enacted|went\s+live|went\s+into\s+effect|notified|set\s+up|won"
    r"|abolished|repealed|wound\s+up|went\s+public|listed|ratified)\s+"
    # the thing done may stand between: "opened its Bengaluru design centre in 1985"
    r"(?:(?!(?:in|on|since|by|from|until|for|over|during|to|between|into|that|which|and|or|but)\b)"
    r"[\w'’-]+\s+){0,5}?"
    r"(?:(?:back\s+)?in\s+|on\s+)?(?:early\s+|late\s+|mid-?)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$"  # "took effect on Jan. 1, 2023"
)
# A state that has held since a year, or a measure approved in one: "(in place since 2001)", "in
# force since 2005", "has been in the industry since 2011", "(voter-approved in 2022)" (not "since
# 2020, salaries have risen", a time frame; nor "approved 2027" in a plan)
SINCE_OR_APPROVED_IN = re.compile(
    r"(?i)\b(?:in\s+(?:place|force|effect|operation|business|the\s+(?:industry|field|trade))\s+since"
    r"|approved\s+in)\s+$"
)
# Or founded in a place: "Northgate was founded in Manchester in 2004", "opened in Amsterdam in
# 2016" (not "GCCs set up in India in 2025", a time frame for a count)
FOUNDED_IN_PLACE = re.compile(
    r"(?i)\b(?:founded|opened|established|incorporated|born|headquartered|launched)\s+in\s+"
    r"(?-i:[A-Z][a-z][\w'’-]*)(?:\s(?-i:[A-Z][a-z][\w'’-]*))?\s+in\s+$"
)
# A person's own milestone, said of someone: "Delacroix-Obi joined the freight company in 2018",
# "She moved to London in 2022", "Its CTO, Aoife Brennan, joined in 2021" (not "readers who
# joined a public company in 2022", a group's time frame).
PERSON_EVENT = re.compile(
    r"(?:\b(?:I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey)|\b[A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)*,?)\s+"
    r"(?:joined|graduated(?:\s+from)?|left|quit|relocated|emigrated"
    r"|moved(?=\s+(?:to\s+[A-Z][a-z]|back\b|abroad\b)))\s+"
    # and the place it was done in: "left a PhD programme in Trondheim in 2019"
    r"(?:(?!(?:in|on|since|by|from|until|for|over|during|to|between|into|that|which|and|or|but"
    r"|before|after)\b)[\w'’-]+\s+|(?:in|to)\s+[A-Z][a-z][\w'’-]*\s+){0,5}?"
    r"(?:in\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?$"
)
# The page's own date: "Published 18 June 2026", "Originally published on March 3, 2026".
METADATA_DATE = re.compile(
    r"(?i)\b(?:published|updated|posted|modified|reviewed|dated|released)\s*(?:on\b|:)?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$"
)
YEAR_THE = re.compile(r"(?i)\bthe\s+$")
EVENT_NAME = re.compile(r"^\s+[A-Z][a-z]")
