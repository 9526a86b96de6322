"""Qualifiers of a pay figure (role, level, region, basis) and a plain subject for any claim.

Each qualifier is looked up in a list of texts ordered from nearest to farthest (the cell's
column and row labels, the sentence, the list item's label, the paragraph before, the headings
above, the title); the first text that names one wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
_REGION = re.compile(
    r"(?i)(?=[bcdeghilmnoprstuv])(?:(?P<offshore>\boffshore\b|\bnearshore\b|eastern\s+europe|latam|latin\s+america)"
    r"|(?P<sfny>\bSF\s*/\s*NYC?\b|\bNYC?\s*/\s*SF\b|(?:new\s+york|nyc)\s+(?:or|and|/)\s+(?:the\s+)?"
    r"(?:bay\s+area|san\s+francisco|sf)\b|(?:bay\s+area|san\s+francisco|sf)\s+(?:or|and|/)\s+"
    r"(?:new\s+york|nyc)\b)"
    r"|(?P<usother>\bUS\s*\(other\)|\bother\s+US\b|\brest\s+of\s+(?:the\s+)?US\b)"
    r"|(?P<usremote>remote\s*\(US\)|\bUS[\s-]remote\b|\bremote\s+US\b)"
    r"|(?P<sf>san\s+francisco|bay\s+area)|(?P<ny>new\s+york|\bNYC\b)|(?P<seattle>seattle)"
    r"|(?P<uk>\bUK\b|united\s+kingdom|london|britain)|(?P<germany>germany|berlin|munich)"
    r"|(?P<canada>canada|toronto|vancouver)"
    r"|(?P<india>india|bangalore|bengaluru|mumbai|delhi|hyderabad|pune|chennai)"
    r"|(?P<singapore>singapore))"
)
_OFFSHORE = re.compile(
    r"(?i)\b(?=[elno])(?:offshore|nearshore|eastern\s+europe|latam|latin\s+america)\b"
)
_US = re.compile(r"(?i)(?=[au])(?:\bUS\b|\bU\.S\.|united\s+states|\bUSA\b|\bamerican\b)")
_REGION_IDS = {
    "sfny": "us-sf-ny", "usother": "us-other", "usremote": "us-remote",
    "sf": "us-san-francisco", "ny": "us-new-york", "seattle": "us-seattle", "india": "india-metro",
}  # fmt: skip
_CURRENCY_REGION = {"USD": "us", "GBP": "uk", "EUR": "germany", "INR": "india-metro"}
_CURRENCY_REGION |= {"CAD": "canada", "SGD": "singapore"}
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
    role = _first(_ROLE, near, far, _ROLE_IDS) or "ai-engineer"
    level = _first(_LEVEL, near, far, _LEVEL_WORDS) or "any"
    region = _region_in(near) or _region_in_far(far) or _CURRENCY_REGION.get(currency, "us")
    basis = "hourly-contract" if period == "hour" else _first(_BASIS, near, far, _BASIS_IDS)
    return {"role": role, "level": level, "region": region, "basis": basis or "base"}


def _first(
    pattern: re.Pattern[str], near: Sequence[str], far: tuple[str, ...], ids: dict[str, str]
) -> str:
    group = _group_in(pattern, near) or _group_in_far(pattern, far)
    return ids.get(group, group) if group else ""


def _group_in(pattern: re.Pattern[str], sources: Sequence[str]) -> str | None:
    """The group of `pattern` matched in the first of `sources` that matches it."""
    for source in sources:
        group = _group_named(pattern, source) if source else None
        if group is not None:
            return group
    return None


@lru_cache(maxsize=1024)
def _group_in_far(pattern: re.Pattern[str], far: tuple[str, ...]) -> str | None:
    return _group_in(pattern, far)


# The same headings, labels and sentences are searched again for every number under them.
@lru_cache(maxsize=8192)
def _group_named(pattern: re.Pattern[str], source: str) -> str | None:
    match = pattern.search(source)
    return match.lastgroup if match is not None else None


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
    group = _group_named(_REGION, source)
    if group is not None:
        return _REGION_IDS.get(group, group)
    return "us" if _US.search(source) else ""


def role_or_level_named(texts: Sequence[str]) -> bool:
    """Whether any of `texts` names a role or a seniority level."""
    return any(_role_or_level_in(t) for t in texts if t)


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


def _after_words(after: str) -> str:
    after = _NUMBERISH.sub(" ", after)
    stop = _STOP_AT.search(after)
    chunk = after[: stop.start()] if stop else after
    return " ".join(_WORDS.findall(chunk)[:7])


def _before_words(before: str) -> str:
    before = _NUMBERISH.sub(" ", before)
    stops = list(_STOP_AT.finditer(before))
    chunk = before[stops[-1].end() :] if stops else before
    return " ".join(_WORDS.findall(chunk)[-7:])


def role_columns(header: str) -> list[str]:
    """Role names of a flattened table header, in order (`Dimension Software Engineer AI
    Engineer Data Scientist` -> three names)."""
    return [m.group().strip() for m in _ROLE.finditer(header)]
