"""A JSON document, as an API's response is pasted or saved: each number is a field's value
(or a figure shown as its text, `"base_p50": "$198.5K"`).

`"p50": 198500` inside `"base_salary_usd": {...}` of a record whose `"currency"` is "USD"
and `"period"` "annual" is a yearly base salary in dollars: the field's name (or, for a bare
statistic such as `p50`, its parent's) labels the number as a table's column would, and the
record's currency and period are said to it as the words before a table would be.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from app.extract.tables import Line

_FIELD = re.compile(r'\s*"([^"]{1,60})"\s*:\s*(.*?),?\s*$')
_NUMBER = re.compile(r"-?\d[\d.]*(?:[eE][+-]?\d+)?")
_OPENS = ("{", "[")
_SHOWN = re.compile(r'"[^"\d]{0,6}\d[^"]{0,18}"')  # a figure shown as text: "$198.5K"
# a field that names a statistic of its parent, not a quantity: "p50", "median", "max"
_STATISTIC = re.compile(r"(?i)p\d{1,2}|min|max|mid|median|mean|avg|average|value|low|high")
# fields that name or stamp a record rather than measure: "id", "authorId", "discriminator"
_IDENTIFIER = re.compile(
    r"(?i)(?:\w*[_-])?ids?|\w*[a-z]Ids?|u?uid|guid|hash|sha\d*|discriminator|colou?r|version"
    r"|\w*timestamp\w*|\w*_at"
)
# a post's reactions: their counts are page furniture
_SOCIAL = re.compile(r"(?i)reactions?|likes|votes|upvotes|emojis?|stars")
_PERIODS = {"annual": "per year", "yearly": "per year", "year": "per year", "monthly": "per month"}
_PERIODS |= {"month": "per month", "hourly": "per hour", "hour": "per hour", "daily": "per day"}
_PERIODS |= {"day": "per day", "weekly": "per week"}


class Field(NamedTuple):
    """A number's field: its name, the label it reads under and what its record says of it."""

    name: str
    label: str
    said: str  # "GBP per month"


def json_fields(text: str, lines: list[Line]) -> tuple[dict[int, Field], list[int]]:
    """The line indexes of a JSON document's numeric fields, each with its label and record,
    and of the fields that hold no measure (ids, stamps, a post's reaction counts); nothing
    where the text is not one JSON document."""
    body = text.strip()
    if not body.startswith(_OPENS) or '":' not in body[:2000]:
        return {}, []
    try:
        json.loads(body)
    except ValueError:
        return {}, []
    owners = _owners(lines)
    own = {owner: _record(lines, members) for owner, members in _members(owners).items()}
    said = {owner: _inherited(owner, own, owners) for owner in own}
    found, ignored = {}, []
    for i, line in enumerate(lines):
        field = _FIELD.match(line.text)
        if field is None or not (_NUMBER.fullmatch(field[2]) or _SHOWN.fullmatch(field[2])):
            continue
        name, parent = field[1], owners[i][1]
        if _IDENTIFIER.fullmatch(name) or _SOCIAL.fullmatch(parent):
            ignored.append(i)
            continue
        label = parent if _STATISTIC.fullmatch(name) and parent else name
        found[i] = Field(name, label.replace("_", " "), said.get(owners[i][0], ""))
    return found, ignored


def _owners(lines: list[Line]) -> list[tuple[int, str]]:
    """For each line, the line that opens its object (an id) and the name of that object's
    field ("base_salary_usd" for the lines of `"base_salary_usd": {...}`)."""
    stack: list[tuple[int, int, str]] = [(-1, -1, "")]  # indent, opening line, field name
    owners = []
    for i, line in enumerate(lines):
        indent = len(line.text) - len(line.text.lstrip())
        while len(stack) > 1 and indent <= stack[-1][0]:
            stack.pop()
        owners.append((stack[-1][1], stack[-1][2]))
        stripped = line.text.strip()
        if stripped.endswith(_OPENS):
            field = _FIELD.match(line.text)
            stack.append((indent, i, field[1] if field else stack[-1][2]))
    return owners


def _inherited(owner: int, own: dict[int, str], owners: list[tuple[int, str]]) -> str:
    """What a record says of its numbers, or else what the record holding it says."""
    while owner >= 0 and not own.get(owner):
        owner = owners[owner][0]
    return own.get(owner, "")


def _members(owners: list[tuple[int, str]]) -> dict[int, list[int]]:
    grouped: dict[int, list[int]] = {}
    for i, (owner, _) in enumerate(owners):
        grouped.setdefault(owner, []).append(i)
    return grouped


def _record(lines: list[Line], members: list[int]) -> str:
    """What a record's own fields say of its numbers: "GBP per month"."""
    words = []
    for i in members:
        field = _FIELD.match(lines[i].text)
        if field is None:
            continue
        value = field[2].strip('"').lower()
        if field[1].lower() in ("currency", "ccy"):
            words.append(value.upper())
        elif field[1].lower() in ("period", "pay_period", "frequency"):
            words.append(_PERIODS.get(value, ""))
    return " ".join(word for word in words if word)
