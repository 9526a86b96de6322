"""Sentence boundaries inside a paragraph or list item."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]*_]*\s+(?=[\"'“‘(\[*_]*[A-Z0-9$£€₹])")
# Two blocks in three (list items, table cells, headings) hold none of these: they are one
# sentence, told without the boundary pattern, which is slow to start and to scan.
_STOP = re.compile(r"[.!?]")
_ABBREVIATION = re.compile(
    r"(?i)(?:\b(?:e\.g|i\.e|vs|dr|mr|mrs|ms|st|approx|inc|ltd|no|fig|u\.s|ca|rs|s?fr)|\b[A-Z])$"
)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of `text[start:end]`, in order.

    >>> sentence_spans("It grew 40%. Then it fell, e.g. by 5%.", 0, 38)
    [(0, 12), (13, 38)]
    """
    if _STOP.search(text, start, end) is None:
        return [(start, end)] if start < end else []
    spans: list[tuple[int, int]] = []
    head = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _ABBREVIATION.search(text, max(head, match.start() - 6), match.start()):
            continue
        if text.startswith("....", match.start()):
            continue  # dot leaders: "Senior AI engineer ..... £100k - £125k"
        stop = match.end() - len(match.group()) + len(match.group().rstrip())
        spans.append((head, stop))
        head = match.end()
    if head < end:
        spans.append((head, end))
    return spans
