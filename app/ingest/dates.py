"""Publication dates: the forms documents write them in, read to ISO at the stated precision."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.ingest.document import starts_segment


@dataclass(frozen=True)
class StatedDate:
    """A date as the document states it: ISO at its precision, and the words it came from."""

    iso: str
    text: str


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE = (
    rf"(?:(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})(?:-(?P<id>\d{{1,2}}))?"
    rf"|(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH}),?\s+(?P<y3>\d{{4}}))(?![\d-])"
)
_DATE = re.compile(rf"\b{DATE}")
# A label starting a line or a '|' / '·' separated segment: "Published: April 22, 2026 |
# Author: ...", "Mid to Senior · Updated Mar 2026 · ...", "*Posted on 3 May 2026*".
_LABELLED = re.compile(
    r"(?P<label>Published|PUBLISHED|Posted|POSTED|Updated|UPDATED|Last updated|Last Updated"
    r"|Last modified|Modified|Date|DATE)"
    rf"(?:[ \t]+on)?[ \t]*:?[ \t*_]*(?P<date>{DATE})",
)
_YEAR_ONLY = re.compile(r"(?:19|2[01])\d\d")  # "date: 2026" in front matter
_UPDATE_LABELS = ("updated", "last", "modified")
_LINE_DATE = re.compile(rf"[ \t*_]*(?P<date>{DATE})[ \t*_]*(?:$|[·|•])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def parse_date(value: str) -> str | None:
    """Read the date a string starts with as ISO ('2026-04-08', '2026-03', '2026'), or None."""
    if _YEAR_ONLY.fullmatch(value.strip()):
        return value.strip()
    match = _DATE.match(value.strip())
    return None if match is None else iso_from_match(match)


def iso_from_match(match: re.Match[str]) -> str | None:
    """Turn a DATE match into ISO text at its precision, or None for impossible dates."""
    parts = match.groupdict()
    year = parts["iy"] or parts["y1"] or parts["y2"] or parts["y3"]
    month_name = parts["m1"] or parts["m2"] or parts["m3"]
    month = int(parts["im"]) if parts["im"] else _MONTHS.index(month_name[:3].lower()) + 1
    day_text = parts["id"] or parts["d1"] or parts["d2"]
    day = int(re.sub(r"\D", "", day_text)) if day_text else None
    try:
        stated = dt.date(int(year), month, day or 1)
    except ValueError:
        return None  # 0000-00-00, 2026-02-30 and the like state no date
    if not 1900 <= stated.year <= 2199:
        return None
    return stated.isoformat() if day else stated.isoformat()[:7]


def find_labelled_date(text: str, *, updates: bool) -> StatedDate | None:
    """Find the first 'Published: ...' style date, or with updates=True an 'Updated ...' one."""
    for match in _LABELLED.finditer(text):
        is_update = match.group("label").lower().startswith(_UPDATE_LABELS)
        if is_update != updates or not starts_segment(text, match.start()):
            continue
        iso = iso_from_match(match)
        if iso is not None:
            return StatedDate(iso, text[match.start("label") : match.end("date")])
    return None


def find_line_date(lines: Iterable[str]) -> StatedDate | None:
    """Find a line that is only a date (or starts a '·'-separated line), as under a title."""
    for line in lines:
        match = _LINE_DATE.match(line)
        iso = None if match is None else iso_from_match(match)
        if match is not None and iso is not None:
            return StatedDate(iso, match.group("date"))
    return None


def split_iso(iso: str) -> Sequence[int]:
    """Split ISO text at any precision into its numbers: (2026, 3) for '2026-03'."""
    return tuple(int(part) for part in iso.split("-"))


def is_after(iso: str, today: dt.date) -> bool:
    """Tell whether a stated date lies after today, compared at the date's own precision."""
    stated = split_iso(iso)
    return tuple(stated) > (today.year, today.month, today.day)[: len(stated)]
