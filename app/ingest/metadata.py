"""Source metadata: title, publisher, author, date and URL, from front matter or the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.ingest.dates import StatedDate, find_labelled_date, find_line_date, parse_date
from app.ingest.document import Document, clean_line
from app.ingest.front_matter import field_text
from app.ingest.names import find_author, find_byline, find_publisher, find_url


@dataclass(frozen=True)
class SourceMeta:
    """What a careful editor records about a source; None where the document does not say."""

    title: str | None
    publisher: str | None
    author: str | None
    published: str | None  # ISO at the stated precision: "2026-04-08", "2026-03" or "2026"
    date_text: str | None  # the exact words the date was read from
    url: str | None  # canonical URL where the document gives one


_TITLE_KEYS = ("title", "headline", "og_title")
_DATE_KEYS = ("date", "published", "published_at", "publish_date", "pubdate", "date_published")
_UPDATE_KEYS = ("updated", "last_modified", "lastmod", "modified", "date_modified")
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_HTML_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_HTML_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SENTENCE_BREAK = re.compile(r"\b(?!vs\.)[a-z]{2,}\.\s+[A-Z]")
_TAG = re.compile(r"<[^>]+>")
_FURNITURE = re.compile(
    r"^(?:skip to|jump to|menu\b|home\b|search\b|sign (?:in|up)|log ?in|subscribe|share\b"
    r"|cookie|accept\b|advertisement|table of contents|toggle|breadcrumb|back to|by\s"
    r"|posted|published|updated)|\blogo\b|\bmin read\b|[|·•]",
    re.IGNORECASE,
)


def read_meta(document: Document) -> SourceMeta:
    """Read a source's metadata from its front matter first, then from its own text."""
    date = read_date(document)
    byline = find_byline(document)
    return SourceMeta(
        title=read_title(document),
        publisher=find_publisher(document, byline),
        author=find_author(document, byline),
        published=date.iso if date else None,
        date_text=date.text if date else None,
        url=find_url(document),
    )


def read_title(document: Document) -> str | None:
    """Title from front matter, a Markdown H1, an HTML title, or the document's title line."""
    found = field_text(document.fields, _TITLE_KEYS)
    if found:
        return found[1]
    # The pattern opens with a line anchor, which re cannot skip ahead to: look for "#" first.
    h1 = _H1.search(document.body, 0, 5000) if "#" in document.body[:5000] else None
    if h1:
        return clean_line(h1.group(1))
    html = find_html_title(document.body[:50000])
    if html:
        return " ".join(_TAG.sub("", html.group(1)).split()).split(" | ")[0] or None
    return find_title_line(document.head)


def find_html_title(markup: str) -> re.Match[str] | None:
    """An HTML <h1>, else <title>; a cheap check first, as the patterns scan slowly."""
    lower_start = markup.lower() if "<" in markup else ""
    if "<h1" in lower_start:
        return _HTML_H1.search(markup)
    return _HTML_TITLE.search(markup) if "<title" in lower_start else None


def find_title_line(head: Sequence[str]) -> str | None:
    """Pick the title line: one repeated at once (page title, then heading), else the first."""
    repeated = [line for at, line in enumerate(head) if line in head[at + 1 : at + 4]]
    # Lazily: looks_like_title is the costly test, and the first title-like line usually wins.
    found = next((line for line in repeated if looks_like_title(line)), None)
    return found or next((line for line in head if looks_like_title(line)), None)


def looks_like_title(line: str) -> bool:
    """Tell whether a line reads as a title: 3-20 words, no sentence break, no page chrome."""
    return (
        3 <= len(line.split()) <= 20
        and len(line) <= 200
        and not _SENTENCE_BREAK.search(line)
        and not line.endswith((".", ",", ";", ":"))
        and not _FURNITURE.search(line)
        and parse_date(line) is None
    )


def read_date(document: Document) -> StatedDate | None:
    """The publication date: front matter, 'Published:', a date line under the title, 'Updated'."""
    finders: list[Callable[[], StatedDate | None]] = [
        lambda: front_matter_date(document, _DATE_KEYS),
        lambda: find_labelled_date(document.edges, updates=False),
        lambda: find_line_date(document.head),
        lambda: front_matter_date(document, _UPDATE_KEYS),
        lambda: find_labelled_date(document.edges, updates=True),
    ]
    return next((date for find in finders if (date := find()) is not None), None)


def front_matter_date(document: Document, keys: Sequence[str]) -> StatedDate | None:
    """A front matter date, with the raw YAML line as the words it was read from."""
    found = field_text(document.fields, keys)
    iso = parse_date(found[1]) if found else None
    if found is None or iso is None:
        return None
    line = re.search(rf"^[ \t]*{re.escape(found[0])}[ \t]*:.*$", document.block, re.M | re.I)
    return StatedDate(iso, line.group().strip() if line else f"{found[0]}: {found[1]}")
