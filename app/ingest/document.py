"""A repaired text cut into the parts metadata is read from: front matter, head, edges, footer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice

from app.ingest.front_matter import FrontMatter

# Page furniture (logo, title, byline, dates, "Originally published", copyright, the closing
# pitch) sits at the top and bottom of a page; reading only there keeps ingest fast.
_EDGE_CHARS = 5000
_TRAILING_TAGS = re.compile(r"(?:<[^<>]*>|[ \t*_>])+$")
_HEAD_LINES = 30
_FOOTER_LINES = 30


@dataclass(frozen=True)
class Document:
    """The parts of one document that metadata is read from."""

    fields: Mapping[str, object]  # front matter, keys lower-cased, values as written
    block: str  # the raw YAML of the front matter, "" without one
    body: str  # the text after the front matter
    edges: str  # the body's first and last few thousand characters
    head: Sequence[str]  # the first non-empty body lines, cleaned
    footer: Sequence[str]  # the last non-empty lines, cleaned


def split_document(text: str, front: FrontMatter | None) -> Document:
    """Separate front matter from the body and pick out its head, footer and edges."""
    body = text[front.body_start :] if front else text
    edges = (
        body if len(body) <= 2 * _EDGE_CHARS else body[:_EDGE_CHARS] + "\n" + body[-_EDGE_CHARS:]
    )
    top = body.split("\n", 2 * _HEAD_LINES)[: 2 * _HEAD_LINES]
    bottom = body.rsplit("\n", 2 * _FOOTER_LINES)[: -2 * _FOOTER_LINES - 1 : -1]
    return Document(
        fields=front.fields if front else {},
        block=front.block if front else "",
        body=body,
        edges=edges,
        head=first_clean_lines(top, _HEAD_LINES),
        footer=first_clean_lines(bottom, _FOOTER_LINES)[::-1],
    )


def first_clean_lines(lines: Iterable[str], count: int) -> list[str]:
    """The first `count` lines that are not empty once cleaned (the rest are never cleaned)."""
    return list(islice(filter(None, map(clean_line, lines)), count))


def clean_line(line: str) -> str:
    """Strip a line's whitespace and Markdown heading or emphasis marks."""
    return line.strip().lstrip("#>").strip().strip("*_").strip()


def starts_segment(text: str, start: int) -> bool:
    """Tell whether a match starts a line or a '|' / '·' separated segment (markup aside)."""
    before = _TRAILING_TAGS.sub("", text[text.rfind("\n", 0, start) + 1 : start])
    return not before or before[-1] in "|·•—"
