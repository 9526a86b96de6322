"""Who published and wrote a source, and its canonical URL, from the forms pages state them in."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.ingest.document import Document, starts_segment
from app.ingest.front_matter import field_text

_WORD = r"[A-Z][\w&'’.-]*"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_WORD}|&|of|and|de|van|von|la|le)){{0,3}}"
_PERSON = r"[A-Z][\w'’.-]+(?:[ \t]+(?:[A-Z][\w'’.-]+|de|van|von|da|del|la|le)){1,3}"
_PUBLISHER_KEYS = ("publisher", "site_name", "sitename", "publication", "organization", "brand")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_URL_KEYS = ("canonical_url", "canonical", "canonicalurl", "url", "permalink", "link")
_TAIL_CHARS = 3000  # where a closing pitch ("At X, we help...") sits
_URL = r"https?://[^\s)\]>\"']+"
# Patterns start with a literal where they can: Python's re then skips ahead at C speed.
_ORIGINALLY = re.compile(
    r"(?:[Oo]riginally|[Ff]irst) (?:published|appeared)[ \t]+(?:on|at|in|by)[ \t]+"
    rf"(?:\[(?P<link>[^\]\n]+)\]\((?P<url>{_URL})\)|(?P<name>{_NAME}))"
)
# "Author: Krunal Panchal, CEO — Groovy Web |", "By Jane Doe at Acme", "Written by Jo Ng".
_BYLINE_REST = (
    rf"[ \t]*:?[ \t]+(?P<person>{_PERSON})(?P<role>,[^|·•\n—–]*)?"
    rf"(?:[ \t]*(?:—|–| - |\bat\b)[ \t]*(?P<org>{_NAME}))?[ \t*_]*(?=$|[|·•,(])"
)
_BYLINE = re.compile(rf"(?P<label>[Aa]uthor|AUTHOR|[Ww]ritten by|[Bb]y|BY){_BYLINE_REST}")
_AUTHOR_SEGMENT = re.compile(rf"(?P<label>Author|AUTHOR){_BYLINE_REST}", re.MULTILINE)
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|Copyright\b)[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?,?[ \t]+)?"
    rf"(?P<name>{_NAME})"
)
_LOGO = re.compile(r"^(?P<name>\S.{0,40}?)\s+logo$", re.IGNORECASE)
_GENERIC_LOGO = re.compile(r"^(?:the|our|site|company|brand|main|header|footer)\b", re.I)
# Self-promotion that names the site: "At Startupbricks, we help...", "Groovy Web is an
# AI-First development agency ... We've helped..." (the "we" makes it the page's own name).
_AT_WE = re.compile(
    rf"At (?P<name>{_NAME}), we(?:'re| are| help| can| offer| provide| build| connect| match"
    r"| partner| work with| speciali[sz]e| believe| make)\b"
)
_IS_AN_ORG = re.compile(
    rf"^(?P<name>{_NAME}) is an? [^.\n]{{0,60}}?\b(?:agency|company|studio|consultancy|firm"
    r"|platform|marketplace|startup|network|job board|newsletter|publication)\b"
    r"(?P<rest>[^\n]*)",
    re.MULTILINE,
)
_WE = re.compile(r"\b(?:we|we've|we're|our|us)\b", re.IGNORECASE)
_BRAND_LINE = re.compile(rf"^{_WORD}(?: {_WORD}){{0,2}}$")
_CALL_TO_ACTION = re.compile(
    r"^(?:Join|Apply|Sign|Get|Start|Book|Schedule|Contact|Subscribe|Share|Follow|Read|Learn"
    r"|View|See|Try|Download|Register|Log|Search|Home|Menu|Back|Next|Previous|Related)\b"
)
# (words every match holds, pattern): a pattern opening with an alternation scans slowly, so
# the text is searched for the words first.
_CANONICAL = [
    (("<",), re.compile(
        rf"<link\b[^>]*rel=[\"']canonical[\"'][^>]*href=[\"'](?P<url>{_URL})[\"']", re.I)),
    (("<meta",), re.compile(
        rf"<meta\b[^>]*property=[\"']og:url[\"'][^>]*content=[\"'](?P<url>{_URL})[\"']")),
    (("anonical", "ANONICAL"), re.compile(
        rf"(?:Canonical|canonical|CANONICAL)(?: URL| url)?[ \t*_]*:[ \t]*<?(?P<url>{_URL})")),
]  # fmt: skip
_COPYRIGHT_WORDS = ("©", "(c)", "(C)", "Copyright")
_SITE_NAME = re.compile(r"<meta\b[^>]*property=[\"']og:site_name[\"'][^>]*content=[\"']([^\"']+)")
_AUTHOR_META = re.compile(r"<meta\b[^>]*name=[\"']author[\"'][^>]*content=[\"']([^\"']+)")


def tidy_name(name: str) -> str:
    """Drop the trailing punctuation and 'All rights reserved' a name match drags along."""
    name = re.split(r"\s+(?:All|Some)\s+[Rr]ights\b|\s+All$", name)[0]
    return name.rstrip(".,;:| ").strip()


def find_byline(document: Document) -> re.Match[str] | None:
    """A byline line at the top or bottom ('By Jane Doe, Editor'), or an 'Author:' segment."""
    found = next((m for line in document.head if (m := match_byline(line))), None)
    if found:
        return found
    for match in _AUTHOR_SEGMENT.finditer(document.edges):
        if starts_segment(document.edges, match.start()):
            return match
    return next((m for line in document.footer if (m := match_byline(line))), None)


def match_byline(line: str) -> re.Match[str] | None:
    """The byline match for a line that is a byline, or None."""
    match = _BYLINE.match(line)
    return match if match and is_byline(line, match) else None


def is_byline(line: str, match: re.Match[str]) -> bool:
    """Tell 'By Jane Doe, Editor' from prose such as 'By Monday Morning, most teams had...'."""
    if match.group("label").lower() == "author":
        return True
    role = match.group("role") or ""
    return len(line) <= 80 and len(role.split()) <= 4


def find_author(document: Document, byline: re.Match[str] | None) -> str | None:
    """The author: front matter, an HTML author meta tag, or a byline ('By ...', 'Author: ...')."""
    found = field_text(document.fields, _AUTHOR_KEYS)
    if found:
        return found[1].split(",")[0].strip()
    meta = _AUTHOR_META.search(document.edges)
    if meta:
        return meta.group(1).strip()
    return tidy_name(byline.group("person")) if byline else None


def find_publisher(document: Document, byline: re.Match[str] | None) -> str | None:
    """The publisher, from the strongest statement of it the document makes, or None."""
    edges = document.edges
    finders: list[Callable[[], str | None]] = [
        lambda: (field_text(document.fields, _PUBLISHER_KEYS) or (None, None))[1],
        lambda: originally_published(edges)[0],
        lambda: byline.group("org") if byline else None,
        lambda: first_group(_SITE_NAME, edges),
        lambda: copyright_holder(edges),
        lambda: logo_name(document.head, edges),
        lambda: self_promotion(document.body[-_TAIL_CHARS:]),
        lambda: footer_brand(document.footer, document.body),
    ]
    found = next((name for find in finders if (name := find())), None)
    return tidy_name(found) if found else None


def contains(text: str, words: Sequence[str]) -> bool:
    """Whether any of `words` occurs in `text`: a cheap test before a slow pattern."""
    return any(word in text for word in words)


def first_group(pattern: re.Pattern[str], text: str, *, group: int | str = 1) -> str | None:
    """The given group of the pattern's first match, or None."""
    match = pattern.search(text)
    return match.group(group) if match else None


def copyright_holder(text: str) -> str | None:
    """The name after '©', '(c)' or 'Copyright', or None."""
    if not contains(text, _COPYRIGHT_WORDS):  # the pattern opens with an alternation
        return None
    return first_group(_COPYRIGHT, text, group="name")


def originally_published(text: str) -> tuple[str | None, str | None]:
    """(publisher, URL) from 'Originally published on [X](url)' or '... on X'."""
    if not any(word in text for word in ("riginally ", "irst published", "irst appeared")):
        return None, None  # a cheap check first: the pattern itself scans slowly
    match = _ORIGINALLY.search(text)
    if match is None:
        return None, None
    return match.group("link") or match.group("name"), match.group("url")


def logo_name(head: Sequence[str], text: str) -> str | None:
    """The site name from a 'startupbricks logo' line, in the case the page writes it."""
    logo = next((m for line in head[:10] if (m := _LOGO.match(line))), None)
    if logo is None or _GENERIC_LOGO.match(logo.group("name")):
        return None
    name = logo.group("name")
    shown = [line for line in head if line.casefold() == name.casefold() and line != name]
    if shown:
        return shown[0]
    capitalised = re.search(rf"\b(?=[A-Z]){re.escape(name)}\b", text, re.IGNORECASE)
    return capitalised.group() if capitalised else name


def self_promotion(tail: str) -> str | None:
    """The site's own name from its closing pitch: 'At X, we...' or 'X is an agency... We...'."""
    at_we = next(
        (m for m in _AT_WE.finditer(tail) if not tail[m.start() - 1 : m.start()].isalnum()), None
    )
    if at_we:
        return at_we.group("name")
    if " is a" not in tail:  # the pattern opens with a line anchor: look for its words first
        return None
    return next(
        (m.group("name") for m in _IS_AN_ORG.finditer(tail) if _WE.search(m.group("rest"))), None
    )


def footer_brand(footer: Sequence[str], body: str) -> str | None:
    """A footer line that is only a name, beside 'our'/'we' copy, and named again in the text."""
    for index, line in enumerate(footer):
        if not _BRAND_LINE.match(line) or _CALL_TO_ACTION.match(line):
            continue
        nearby = [*footer[max(0, index - 2) : index], *footer[index + 1 : index + 3]]
        if any(_WE.search(other) for other in nearby) and body.count(line) >= 3:
            return line
    return None


def find_url(document: Document) -> str | None:
    """The canonical URL: front matter, a canonical link, or 'Originally published on [X](url)'."""
    found = field_text(document.fields, _URL_KEYS)
    if found and re.fullmatch(_URL, found[1]):
        return found[1]
    for words, pattern in _CANONICAL:
        match = pattern.search(document.edges) if contains(document.edges, words) else None
        if match:
            return match.group("url")
    return originally_published(document.edges)[1]
