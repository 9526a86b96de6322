"""Qualifiers of a pay figure (role, level, region, basis) and a plain subject for any claim.

Each qualifier is looked up in a list of texts ordered from nearest to farthest (the cell's
column and row labels, the sentence, the list item's label, the paragraph before, the headings
above, the title); the first text that names one wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

# Each pattern opens with a look at the first letters of its alternatives: searching a long
# text then costs one test per position instead of one per alternative. Where every
# alternative starts a word, `\b` comes first: it turns away positions inside words faster.
_ROLE = re.compile(
    r"(?i)\b(?=[abcdfglmprs])(?:(?P<applied>applied\s+(?:ml|machine\s+learning|ai)\s+(?:engineer|scientist)s?)"
    r"|(?P<research>research\s+(?:engineer|scientist)s?)"
    r"|(?P<ml>(?:ml|machine[\s-]learning|mlops)\s+engineers?|\bMLEs?\b)"
    r"|(?P<prompt>prompt\s+engineers?)"
    r"|(?P<ai>(?:ai|ai/ml|ml/ai|llm|genai|gen\s?ai|ai-first)\s+engineers?)"
    r"|(?P<data>data\s+scientists?)"
    r"|(?P<software>(?:software|backend|back-end|full[\s-]?stack|frontend)\s+engineers?|developers?)"
    r"|(?P<contractor>contractors?|freelancers?|consultants?))"
)
_ROLE_IDS = {
    "applied": "applied-ml-engineer", "research": "research-engineer", "ml": "ml-engineer",
    "prompt": "prompt-engineer", "ai": "ai-engineer", "data": "data-scientist",
    "software": "software-engineer", "contractor": "ai-contractor",
}  # fmt: skip
_LEVEL = re.compile(
    r"(?i)\b(?=[defgijmnpst])(?:(?P<staffprincipal>staff\s*(?:/|and|or|&)\s*principal|principal\s*/\s*staff)"
    r"|(?P<staff>staff\+?|(?:tech|team)\s+lead|distinguished)|(?P<principal>principal)"
    r"|(?P<senior>senior|sr\.)|(?P<mid>mid(?:[\s-]?level)?(?![\s-](?:stage|size|sized|market|career))"
    r"|intermediate)|(?P<junior>junior|jr\.|entry[\s-]level|graduate|new\s+grads?|interns?|freshers?|entry(?=\s*(?:\(|:|$))))\b"
)
# In lower case: matched case-insensitively, or on lower-cased text (see `compile_caseless`).
_REGION_PATTERN = (
    r"(?=[abcdeghilmnoprstuvw])(?:(?P<offshore>\boffshore\b|\bnearshore\b|eastern\s+europe|latam"
    r"|latin\s+america)"
    r"|(?P<sfny>\bsf\s*/\s*nyc?\b|\bnyc?\s*/\s*sf\b|(?:new\s+york|nyc)\s+(?:or|and|/)\s+(?:the\s+)?"
    r"(?:bay\s+area|san\s+francisco|sf)\b|(?:bay\s+area|san\s+francisco|sf)\s+(?:or|and|/)\s+"
    r"(?:new\s+york|nyc)\b)"
    r"|(?P<usother>\bus\s*\(other\)|\bother\s+us\b|\brest\s+of\s+(?:the\s+)?us\b)"
    r"|(?P<usremote>remote\s*\(us\)|\bus[\s-]remote\b|\bremote[\s-]us\b)"
    r"|(?P<sf>san\s+francisco|bay\s+area)|(?P<ny>new\s+york|\bnyc\b)|(?P<seattle>seattle)"
    r"|(?P<uk>\buk\b|united\s+kingdom|london|britain)|(?P<germany>germany|berlin|munich)"
    r"|(?P<canada>canada|toronto|vancouver)"
    r"|(?P<india>india|bangalore|bengaluru|mumbai|delhi|hyderabad|pune|chennai)"
    r"|(?P<singapore>singapore)"
    r"|(?P<australia>australia|sydney|melbourne|brisbane|perth\b|adelaide|canberra)"
    r"|(?P<newzealand>new\s+zealand|auckland|wellington|christchurch))"
)
_OFFSHORE = re.compile(
    r"(?i)\b(?=[elno])(?:offshore|nearshore|eastern\s+europe|latam|latin\s+america)\b"
)
_US = re.compile(r"(?i)(?=[au])(?:\bUS\b|\bU\.S\.|united\s+states|\bUSA\b|\bamerican\b)")
_REGION_IDS = {
    "sfny": "us-sf-ny", "usother": "us-other", "usremote": "us-remote",
    "sf": "us-san-francisco", "ny": "us-new-york", "seattle": "us-seattle", "india": "india-metro",
    "newzealand": "new-zealand",
}  # fmt: skip
_CURRENCY_REGION = {"USD": "us", "GBP": "uk", "EUR": "germany", "INR": "india-metro"}
_CURRENCY_REGION |= {"CAD": "canada", "SGD": "singapore", "AUD": "australia", "NZD": "new-zealand"}
_CURRENCY_REGION |= {"AED": "uae", "CHF": "switzerland"}
_BASIS = re.compile(
    r"(?i)(?=[abfmot])(?:(?P<total>total\s+comp(?:ensation)?|\bTC\b|\bOTE\b)"
    r"|(?P<top>top[\s-](?:companies|tech|labs|payers|paying|tier)|\bFAANG|big\s+tech)"
    r"|(?P<median>\bmedian\b)"
    r"|(?P<average>(?<!from )(?<!than )(?<!above )(?<!below )\baverage\b|\bavg\b|\bmean\b"
    r"|\btypical\b)"
    r"|(?P<bonus>base\s+(?:\+|plus|and)\s+(?:cash\s+)?bonus|base\s*\+\s*bonus)"
    r"|(?P<base>\bbase\b))"
)
_BASIS_IDS = {"total": "total-comp", "top": "top-companies", "bonus": "base+bonus"}
_LEVEL_WORDS = {"staffprincipal": "staff-principal"}


def compile_caseless(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A lower-case `pattern` compiled for text of any case, and for lower-cased ASCII text.

    Case-insensitive matching folds the case of every character it compares and keeps the
    engine from ruling out alternatives by their first letter: on ASCII text, where lower-casing
    changes no offsets, matching the lower-cased text case-sensitively finds the same matches
    at roughly half the cost (measured on the guides' sentences).
    """
    letters = re.sub(r"\\[A-Z]|\(\?P[<=]", "", pattern)  # escapes (\W) and (?P<name>) aside
    if letters != letters.lower():
        raise ValueError(f"a caseless pattern must be written in lower case: {pattern[:60]!r}")
    return re.compile(pattern, re.IGNORECASE), re.compile(pattern)


def search_caseless(
    patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str
) -> re.Match[str] | None:
    """The first match in `text` of a pattern compiled by `compile_caseless`."""
    any_case, lower_case = patterns
    return lower_case.search(text.lower()) if text.isascii() else any_case.search(text)


_REGION = compile_caseless(_REGION_PATTERN)


def salary_qualifiers(
    near: Sequence[str], far: tuple[str, ...] = (), *, currency: str, period: str | None
) -> dict[str, str]:
    """Role, level, region and basis of a pay figure, read from `near` then `far`, nearest first.

    `far` holds the headings and the title, the same for every figure of a section: what it
    names is looked up once per section.

    >>> salary_qualifiers(["Senior (4-7 years)", "United States (base salary)"],
    ...                   currency="USD", period="year")
    {'role': 'ai-engineer', 'level': 'senior', 'region': 'us', 'basis': 'base'}
    """
    role = _first(_role_in, near, far, _ROLE_IDS) or "ai-engineer"
    level = _first(_level_in, near, far, _LEVEL_WORDS) or _experience_band(near[:3]) or "any"
    region = _region_in(near) or _region_in_far(far) or _CURRENCY_REGION.get(currency, "us")
    basis = "hourly-contract" if period == "hour" else _first(_basis_in, near, far, _BASIS_IDS)
    return {"role": role, "level": level, "region": region, "basis": basis or "base"}


# A table row or list label that is a band of experience alone: "0–2", "1 - 3 years", "10+ YOE".
_EXPERIENCE_BAND = re.compile(
    r"(?i)\s*(\d{1,2})\s*(?:(?:[-–]|to)\s*(\d{1,2})|(\+))?\s*(?:yrs?|years?|yoe)?"
    r"(?:\s+(?:of\s+)?(?:experience|exp))?\s*"
)


def _experience_band(labels: Sequence[str]) -> str | None:
    """A level named by years of experience alone (`yoe-0-2`, `yoe-10+`): kept as the guide
    gives it, so that bands stay apart rather than guessed into junior or senior."""
    for label in labels:
        band = _EXPERIENCE_BAND.fullmatch(label) if label else None
        if band is not None:
            return f"yoe-{band[1]}" + (f"-{band[2]}" if band[2] else band[3] or "")
    return None


GroupFinder = Callable[[str], str | None]


def _group_finder(pattern: re.Pattern[str]) -> GroupFinder:
    """The named group of `pattern` matched in a text, cached by text.

    The same headings, labels and sentences are searched again for every number under them.
    One cache per pattern, keyed by the text alone: a compiled pattern in a cache key is
    hashed from its whole compiled code at every look-up.
    """

    @lru_cache(maxsize=8192)
    def group_named(source: str) -> str | None:
        match = pattern.search(source)
        return match.lastgroup if match is not None else None

    return group_named


_role_in = _group_finder(_ROLE)
_level_in = _group_finder(_LEVEL)


@lru_cache(maxsize=8192)
def _basis_in(source: str) -> str | None:
    """The basis a text names; in a short label total pay outranks the statistic before it:
    "Median total comp" is total compensation, not the median salary."""
    match = _BASIS.search(source)
    if match is None:
        return None
    later = _BASIS.finditer(source, match.end()) if len(source) <= 40 else iter(())
    if match.lastgroup in ("median", "average") and any(m.lastgroup == "total" for m in later):
        return "total"
    return match.lastgroup


def _first(
    find: GroupFinder, near: Sequence[str], far: tuple[str, ...], ids: dict[str, str]
) -> str:
    group = _group_in(find, near) or _group_in_far(find, far)
    return ids.get(group, group) if group else ""


def _group_in(find: GroupFinder, sources: Sequence[str]) -> str | None:
    """The group found in the first of `sources` where `find` finds one."""
    for source in sources:
        group = find(source) if source else None
        if group is not None:
            return group
    return None


@lru_cache(maxsize=1024)
def _group_in_far(find: GroupFinder, far: tuple[str, ...]) -> str | None:
    return _group_in(find, far)


def _region_in(sources: Sequence[str]) -> str:
    """The nearest region named; within one text a city or scope beats a bare "US"."""
    for source in sources:
        found = _region_named(source) if source else ""
        if found:
            return found
    return ""


@lru_cache(maxsize=1024)
def _region_in_far(far: tuple[str, ...]) -> str:
    return _region_in(far)


@lru_cache(maxsize=8192)
def _region_named(source: str) -> str:
    if _OFFSHORE.search(source):
        return "offshore"
    found = search_caseless(_REGION, source)
    group = found.lastgroup if found is not None else None
    if group is not None:
        return _REGION_IDS.get(group, group)
    return "us" if _US.search(source) else ""


def role_or_level_named(texts: Sequence[str]) -> bool:
    """Whether any of `texts` names a role or a seniority level."""
    return any(_role_or_level_in(t) for t in texts if t)


def level_named(texts: Sequence[str]) -> bool:
    """Whether any of `texts` names a seniority level."""
    return any(_LEVEL.search(t) is not None for t in texts if t)


@lru_cache(maxsize=8192)
def _role_or_level_in(text: str) -> bool:
    return _ROLE.search(text) is not None or _LEVEL.search(text) is not None


_ROLE_NAMES = {
    "ai-engineer": "AI engineer", "ml-engineer": "ML engineer",
    "applied-ml-engineer": "applied ML engineer", "research-engineer": "research engineer",
    "data-scientist": "data scientist", "software-engineer": "software engineer",
    "prompt-engineer": "prompt engineer", "ai-contractor": "AI contractor",
}  # fmt: skip
_BASIS_NAMES = {
    "base": "base salary", "base+bonus": "base plus bonus", "average": "average salary",
    "median": "median pay", "top-companies": "salary at top companies",
    "total-comp": "total compensation", "hourly-contract": "hourly contract rate",
}  # fmt: skip


def salary_subject(q: dict[str, str]) -> str:
    """A plain name for a pay figure: `senior AI engineer base salary, us`."""
    level = "" if q["level"] == "any" else q["level"].replace("-", "/") + " "
    role = _ROLE_NAMES.get(q["role"], q["role"])
    if q["level"].startswith("yoe-"):  # "AI engineer (0-2 years) median pay"
        level, role = "", f"{role} ({q['level'][4:]} years)"
    return f"{level}{role} {_BASIS_NAMES.get(q['basis'], q['basis'])}, {q['region']}"


_WORDS = re.compile(r"[A-Za-z][\w'/+-]*")
_STOP_AT = re.compile(r"[.;:!?()\[\]\n—–]| - ")
_NOUNS = {
    "percent": "share", "growth": "change", "multiplier": "ratio", "count": "number of",
    "duration": "time", "year": "year", "metric": "measure", "money": "amount",
}  # fmt: skip


def plain_subject(kind: str, before: str, after: str, labels: Sequence[str]) -> str:
    """A short name for a non-pay claim, from its labels or the words around the number.

    >>> plain_subject("percent", "Only ", " of companies have deployed AI", [])
    'share of companies have deployed AI'
    """
    named = " / ".join(label for label in labels if label)
    words = _after_words(after) or _before_words(before)
    noun = _NOUNS.get(kind, kind)
    if kind == "percent" and words.startswith("of "):
        noun = "share"
        return f"{noun} {words}"[:100] if not named else f"{named}: {noun} {words}"[:100]
    core = f"{noun}: {words}" if words else noun
    return f"{named}: {core}"[:100] if named else core[:100]


_NUMBERISH = re.compile(r"[+\-]?[$£€₹]?\d[\d,.]*\s?(?:[KkMBxX%]\b|[KkMBxX%])?\+?")
_DIGIT = re.compile(r"\d")


def _without_numbers(text: str) -> str:
    """`text` with its numbers blanked out (most words around a number hold no other)."""
    # finding no digit is a quick scan; the substitution tries its pattern at every position
    return _NUMBERISH.sub(" ", text) if _DIGIT.search(text) else text


def _after_words(after: str) -> str:
    after = _without_numbers(after)
    stop = _STOP_AT.search(after)
    chunk = after[: stop.start()] if stop else after
    return " ".join(_WORDS.findall(chunk)[:7])


def _before_words(before: str) -> str:
    before = _without_numbers(before)
    stops = list(_STOP_AT.finditer(before))
    chunk = before[stops[-1].end() :] if stops else before
    return " ".join(_WORDS.findall(chunk)[-7:])


def role_columns(header: str) -> list[str]:
    """Role names of a flattened table header, in order (`Dimension Software Engineer AI
    Engineer Data Scientist` -> three names)."""
    return [m.group().strip() for m in _ROLE.finditer(header)]
