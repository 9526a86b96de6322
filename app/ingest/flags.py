"""Source flags a reviewer needs before trusting any claim: dates out of place, status notes."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from app.ingest.dates import is_after, split_iso
from app.ingest.metadata import SourceMeta

_YEAR = re.compile(r"(?:19|20)\d\d(?![\d%])")
_NOT_BEFORE_YEAR = set("0123456789$£€₹.,-") | {""}
_REVIEW_WORDS = ("review", "Review", "REVIEW", "sourced", "SOURCED")
# The document speaking of itself: "Working guide under source review", "This role guide is
# being re-sourced", "This article is currently under editorial review".
_UNDER_REVIEW = re.compile(
    r"\bunder source review\b|\bbeing re-?sourced\b"
    r"|\b(?:this|the)\s+(?:[\w-]+\s+){0,2}(?:guide|article|page|post|report|document|piece)"
    r"\s+(?:is|remains)\s+(?:currently\s+|still\s+)?(?:under\s+(?:editorial\s+|source\s+)?review"
    r"|being\s+(?:reviewed|fact-checked|re-?verified|verified))\b",
    re.IGNORECASE,
)


def find_flags(text: str, meta: SourceMeta, *, today: dt.date, mojibake: bool) -> tuple[str, ...]:
    """The sorted flags for a source: future-date, predates-subject, under-review, mojibake."""
    flags = set()
    if meta.published and is_after(meta.published, today):
        flags.add("future-date")
    subject = subject_year(meta.title, text, skip=meta.date_text)
    if meta.published and subject and split_iso(meta.published)[0] < subject:
        flags.add("predates-subject")
    if says_under_review(text):
        flags.add("under-review")
    if mojibake:
        flags.add("mojibake")
    return tuple(sorted(flags))


def says_under_review(text: str) -> bool:
    """Tell whether the document says it is itself under source review or being re-sourced."""
    for word in _REVIEW_WORDS:
        at = text.find(word)
        while at >= 0:
            if _UNDER_REVIEW.search(text, max(0, at - 100), at + 20):
                return True
            at = text.find(word, at + 1)
    return False


def subject_year(title: str | None, text: str, *, skip: str | None) -> int | None:
    """The year a document describes: the latest year its title names, else the body's year."""
    in_title = find_years(title or "")
    if in_title:
        return max(in_title)
    return dominant_year(find_years(text.replace(skip, "") if skip else text))


def find_years(text: str) -> list[int]:
    """Years 1900-2099 written as words of their own (not '$2025', '2025%', '1,2025')."""
    return [
        int(match.group())
        for match in _YEAR.finditer(text)
        if text[match.start() - 1 : match.start()] not in _NOT_BEFORE_YEAR or match.start() == 0
    ]


def dominant_year(years: list[int]) -> int | None:
    """The year the text overwhelmingly speaks of: three mentions or more and 2/3 of them all."""
    counts = Counter(years)
    if not counts:
        return None
    year, count = counts.most_common(1)[0]
    return year if count >= 3 and count * 3 >= counts.total() * 2 else None
