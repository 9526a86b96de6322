"""Furniture: numbers that number, name or decorate the page rather than claim.

List and step numbering ("Step 3", "#4", "1."), section numbers ("### 4.1"), names and versions
that carry a number ("Fortune 500", "Python 3.11", "Claude Sonnet 4", "release 2025.1"), counts
under a post ("12 comments"), the size of a listicle ("5 tips"), a chart's axis ticks.
`classify` asks `is_furniture` before it reads a plain number.
"""

from __future__ import annotations

import re

from app.extract.numbers import NumberExpr

ENUM = re.compile(
    r"(?i)(?:\b(?:step|week|day|layer|phase|part|chapter|module|lesson|level|round|stage|section"
    r"|play|option|question|tip|reason|rule|slide|figure|fig\.|table|page|p\.|item|no\.|number"
    r"|version|v|tier|class|grade|volume|vol\.|issue|episode|season|unit|exercise|problem|task"
    r"|sprint|milestone|top|series|gen|generation|zones?|plan|band|type|category|pillar"
    r"|bracket|ep\.?|panel|graphic|exhibit|chart|codes|tab|sheet|appendix|annex)|#)[\s-]*$"
)
NAME_WORD = re.compile(r"(?:^|[\s(\[\"'])([A-Z][\w.+-]*)\s$")
# A release or a quarter named by its year: "release 2025.1", "**2026.2**" (no count of 2,025.1)
RELEASE = re.compile(r"(?:19|20)\d\d\.[1-4]")
# `pandas 2.2 and`, `torch 2.3)`: a decimal right after a lower-case word, then nothing more.
VERSION = re.compile(r"(?:^|[\s(\[])([a-z][\w.+-]*[a-z\d])\s$")
VERSION_END = re.compile(r"^(?:\s*$|\s*[,;:)\]]|\.(?!\d)|\s+(?:and|or|with|for|on|in)\b)")
NOT_VERSIONS = {
    "of", "to", "at", "by", "from", "about", "around", "roughly", "nearly", "approximately", "is",
    "was", "were", "are", "be", "been", "averaged", "hit", "reached", "scored", "rated", "only",
    "just", "than", "with", "and", "or", "a", "an", "the", "over", "under", "above", "below",
    "averages", "averaging", "near", "some", "almost", "between", "per", "score", "rating", "ratio",
}  # fmt: skip
NOT_NAMES = {"Only", "About", "Over", "Nearly", "Almost", "Around", "By", "Within", "The"}
NOT_NAMES |= {"And", "With", "Of", "To", "In", "On", "At", "From", "Just", "Helped", "Some"}
NOT_NAMES |= {"TC", "CTC", "OTE", "Base", "Salary", "Comp", "Stock", "RSU", "RSUs", "Bonus"}
NAME_END = re.compile(r"^(?:\s*$|\s*[,.;:)]|\s+[A-Z0-9])")
NAMED_NUMBER = re.compile(r"[A-Z][\w.-]*\s+\d[\w.]*\s$")
# Page furniture under a post: "12 comments", "3 shares", alone or between separators
# ("3,106 responses remained" is a count).
SOCIAL = re.compile(
    r"(?i)^\s*(?:comments?|likes?|shares|views|reactions|claps|replies|responses|points"
    r"|upvotes?|votes|karma|followers|reply|reposts?|retweets?|bookmarks"
    # a code host's counters: "3 branches   14 tags", "418 commits", "⑂ 318 forks"
    r"|branches|tags|commits|forks|stars|watching|watchers|subscribers)\b"
    r"(?=\s*(?:[·•|)\]<]|&middot;|&bull;|$)|[ \t]{2,}\S)"  # or a column's gap: "2 reposts   301"
)
# "3 lessons from that stretch:", "5 tips": the size of the list that follows, not a claim.
LISTICLE = re.compile(
    r"(?i)^\s*(?:(?:key|big|quick|simple|hard|practical)\s+)?(?:lessons?|tips?|reasons?|ways"
    r"|things|steps|mistakes|takeaways|rules|ideas|signs|tricks|habits)\b[^.\n]{0,40}:?\s*$"
)
# A reference code after the word that names its scheme, or in a list of them: "SOC 2020 unit
# groups 2433 and 2434", "ISCO-08), codes 133, 215, 25", "Table 14-10-0380-01", "ISSN 2424-8517",
# "SB 1162", "(NOC 21231)"
CODE_BEFORE = re.compile(
    r"(?:\b(?i:codes?|unit\s+groups?|tables?)|\b(?:ISSN|ISBN|SB|AB|HB|NOC|SOC|NAICS|NACE|ISCO))"
    r"\s+(?:(?:\d[\d-]*|and|or|&)(?:,\s*|\s+|-))*$"
)
ROW_CODE = re.compile(r"\d{3,5}")
YEAR = re.compile(r"(?:19|20)\d\d")
CODED_WORDS = re.compile(r" [A-Z][A-Za-z]*(?: [a-zA-Z&,]+){2,}")
# Tick values on a chart's axis: "X axis: 0   50   100   150 (k USD)".
AXIS = re.compile(r"(?i)\baxis\b[^\n]*$")
# Index names with a number: "a FTSE 100 bank", "S&P 500", "Fortune 500", "Russell 2000".
INDEX_NAME = re.compile(r"(?:\b[A-Z&]{2,}|\bFortune|\bRussell|\bNasdaq|\bInc\.)\s$")
INDEX_SIZES = {"50", "100", "250", "500", "1000", "2000", "5000"}
NUMBERING_AFTER = re.compile(r"^[.)](?:\s+\**[A-Z]|\**\s*$)")
# A section number opening a heading or a link: "### 4.1 Who builds AI?", "[← 3. Tools](#)",
# "1 / THE MONEY IS STILL FLOWING".
SECTION_BEFORE = re.compile(r"(?:^|[\s·|•])(?:#{1,6}\s*|\[\s*(?:[←→]\s*)?|[←→]\s*)$|^\s*$")
SECTION_AFTER = re.compile(r"^(?:[.)]|\s+/)(?:\s+\**[A-Z]|\s*$)|^\s+[A-Z]")
# and a clause's number opening its paragraph: "5.1  The total outlay of the Scheme is ..."
CLAUSE_AFTER = re.compile(
    r"^\s+(?!(?:Lakhs?|Lacs?|Crores?|Million|Billion|Thousand|Percent|Months?|Years?|Weeks?"
    r"|Days?|Hours?)\b)[A-Z][a-z]+\b"
)
# Product names that carry a version: "Claude Sonnet 4", "Llama 3", "Python 3".
PRODUCT_BEFORE = re.compile(
    r"\b(?=[ACDGHJLMOPQSW])(?:Sonnet|Opus|Haiku|Llama|Gemini|Claude|Mistral|Qwen|Gemma|GPT|Python"
    r"|Java|Windows|Android|iOS|DeepSeek|Grok|Phi)\s+$"
)
# A line that gives a contact or a reference: "Phone: 020-6744 2100", "Job ID: 0611265001".
CONTACT_LINE = re.compile(
    r"(?i)^[^\S\n]*(?:[\w.-]+\s+){0,2}?(?:phone|tel|telephone|mobile|fax|address|job\s+id"
    r"|req(?:uisition)?\s+id|ref(?:erence)?(?:\s+no\.?)?|id)\s*:"
)
# The rest of an international phone number: "+44 20 3966 0142", "+91-80-4110 2200",
# "+44&nbsp;20&nbsp;3966"
PHONE_BEFORE = re.compile(r"\+\d{1,3}(?:(?:[ .-]|&nbsp;)\(?\d{1,5}\)?)*(?:[ .-]|&nbsp;)$")
PHONE_START = re.compile(r"\+\d{1,3}(?:[-.]\d{1,5})?")
PHONE_AFTER = re.compile(r"^(?:[ .-]|&nbsp;)\(?(?:\d{2,}|\d\)?[ .-]\d{2,})")  # "+353 1 555 0142"
# A number set with a leading zero, as a phone or a code is, and the groups after it: a Dutch
# mobile "06 12 34 56 78", "020 555 0142" (not "0.5" nor "0,5")
ZERO_LED = re.compile(r"0\d+")
ZERO_LED_BEFORE = re.compile(r"(?<![\d.,:])0\d{1,4}(?:[ .-]\d{2,4})*[ .-]$")
# A postal code between a street or region and a city: "Straße 40, 10178 Berlin",
# "Pune, Maharashtra - 411014".
POSTAL_BEFORE = re.compile(r"[A-Za-z.\d]\s?(?:,|\s[-–])\s$")
POSTAL_AFTER = re.compile(r"^(?:\s+[A-ZÄÖÜ][\w-]+|\s*$|\s*[,·|]|\s+&middot;)")
# A file's size beside its name: "Offer_Letter_v2.pdf (214 KB)".
FILE_SIZE_BEFORE = re.compile(r"\.[A-Za-z]{2,5}\s*\($")
SUM_TO = re.compile(r"(?i)\b(?:sum|add\s+up)\s+to\s+$")
PER_BEFORE = re.compile(r"(?i)\b(?:per|every|each)\s+$")


def is_furniture(expr: NumberExpr, quote: str, before: str, after: str) -> bool:
    """Whether a plain number (no currency, no percent) numbers, names or decorates."""
    if numbered(before) or _is_name(quote, before, after) or SOCIAL.match(after):
        return True
    if RELEASE.fullmatch(quote) or before.endswith("@"):
        return True  # "release 2025.1", "@919845012345"
    if PER_BEFORE.search(before[-12:]):
        return True  # "$0.40 per 1,000 requests": part of a rate's unit
    if LISTICLE.match(after) or (expr.low == 100 and SUM_TO.search(before[-16:])):
        return True
    if (not before.strip() or before.endswith(">")) and NUMBERING_AFTER.match(after):
        return True  # "**1. Self-directed.**", "<li><a href="#bands">1. Salary": a list number
    dotted = re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}", quote) is not None
    heading_like = before.strip() or (len(after) < 60 and not any(c.isdigit() for c in after))
    heading_like = heading_like or (dotted and CLAUSE_AFTER.match(after) is not None)
    opens = heading_like and SECTION_BEFORE.search(before[-12:]) and SECTION_AFTER.match(after)
    if opens and (dotted or re.match(r"[.)]|\s+/", after)):
        return True  # "### 4.1 Who builds AI?", "[← 3. Tools](#)"
    if PRODUCT_BEFORE.search(before[-12:]):
        return True  # "Claude Sonnet 4 was the most-named"
    if ZERO_LED.fullmatch(quote) or ZERO_LED_BEFORE.search(before[-24:]):
        return True  # "Job ID: 061126500123", "op 06 12 34 56 78"
    if _is_postal_code(quote, before, after):
        return True  # "10178 Berlin"
    if CONTACT_LINE.match(before[before.rfind("\n") + 1 :]):
        return True  # "Phone: 020-6744 2100"
    if "+" in before[-40:] and PHONE_BEFORE.search(before[-40:]):
        return True  # "+44 20 3966 0142"
    if quote[:1] == "+" and PHONE_START.fullmatch(quote) and PHONE_AFTER.match(after):
        return True  # "+91-80-4110 2200": the country's and the area's codes
    if CODE_BEFORE.search(before[-60:]):
        return True  # "unit groups 2433 and 2434", "Table 14-10-0380-01", "ISSN 2424-8517"
    if _is_row_code(quote, before, after):
        return True  # "| 2133 IT business analysts, architects |": an occupation's code
    if re.search(r"(?:^|\n)\($", before) and re.match(r"\s+rows?\)\s*(?:\n|$)", after):
        return True  # "(3 rows)" alone on its line, under a query's result
    # "(1) Senior ML Engineer", "(2) and (4) confirmed"
    small = expr.high is not None and expr.high < 100
    return small and before.endswith("(") and after.startswith(")")


def _is_row_code(quote: str, before: str, after: str) -> bool:
    """Whether a bare number of three or more digits opens a table's row label, followed by the
    words it codes: "| 2133 IT business analysts |", "2139 Information technology
    professionals" (not a year, nor "| 250 hires |")."""
    if not ROW_CODE.fullmatch(quote) or YEAR.fullmatch(quote):
        return False
    return before.endswith(("| ", "|")) and CODED_WORDS.match(after) is not None


def is_page_furniture(quote: str, before: str) -> bool:
    """Whether any number here, an amount too, decorates the page: an axis's ticks
    ("x-axis: $0K   $50K"), a file's size ("v2.pdf (214 KB)")."""
    tail = before[-120:]
    if ("xis" in tail or "XIS" in tail) and AXIS.search(tail) is not None:
        return True
    return quote.endswith(("KB", "kB", "MB", "GB")) and FILE_SIZE_BEFORE.search(before) is not None


def _is_postal_code(quote: str, before: str, after: str) -> bool:
    return (
        len(quote) in (5, 6)
        and quote.isdigit()
        and POSTAL_BEFORE.search(before[-4:]) is not None
        and POSTAL_AFTER.match(after) is not None
    )


def numbered(before: str) -> bool:
    """`Step 3`, `Week 2`, `#4`: the number counts steps, not things."""
    # ENUM ends in `\s*$`, so its word ends where the trailing space starts; its longest word
    # has 10 letters: searching from 12 characters before that finds the same match, faster.
    return ENUM.search(before, max(0, len(before.rstrip()) - 12)) is not None


def _is_name(quote: str, before: str, after: str) -> bool:
    """`Fortune 500`, `Claude 3 Opus`, `Python 3.11`: a number that is part of a name (not one
    read with its bound, "F1 above 0.92", whose name comes before the bound)."""
    if quote[:1].islower():
        return False
    if NAMED_NUMBER.search(before) or (quote in INDEX_SIZES and INDEX_NAME.search(before)):
        return True
    word = NAME_WORD.search(before)
    if word is None or word[1] in NOT_NAMES:
        return _is_version(quote, before, after)
    return NAME_END.match(after) is not None or re.match(r"\d+\.\d", quote) is not None


def _is_version(quote: str, before: str, after: str) -> bool:
    if re.fullmatch(r"\d+\.\d{1,2}", quote) is None:
        return False
    word = VERSION.search(before)
    if word is None or word[1] in NOT_VERSIONS or word[1].endswith("ed"):
        return False
    return VERSION_END.match(after) is not None
