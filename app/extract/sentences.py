"""Sentence boundaries inside a paragraph or list item."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]*_]*\s+(?=[\"'“‘(\[*_]*[A-Z0-9$£€₹])")
_ABBREVIATION = re.compile(
    r"(?i)(?:\b(?:e\.g|i\.e|vs|dr|mr|mrs|ms|st|approx|inc|ltd|no|fig|u\.s|ca)|\b[A-Z])$"
)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of `text[start:end]`, in order.

    >>> sentence_spans("It grew 40%. Then it fell, e.g. by 5%.", 0, 38)
    [(0, 12), (13, 38)]
    """
    spans: list[tuple[int, int]] = []
    head = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _ABBREVIATION.search(text, max(head, match.start() - 6), match.start()):
            continue
        stop = match.end() - len(match.group()) + len(match.group().rstrip())
        spans.append((head, stop))
        head = match.end()
    if head < end:
        spans.append((head, end))
    return spans
