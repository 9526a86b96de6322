"""Document structure: front matter, code, headings, list items, paragraphs and tables.

A document is cut into `Block`s (one per heading, paragraph, list item or table row/cell),
each knowing the headings above it, so that a number can be read with its row and column
labels, its list item's label and its section. Front matter and code are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from app.extract.delimited import cells_of, delimited_runs
from app.extract.lines import BULLET, CHAT_LINE, MD_HEADING, TAG, front_matter, split_lines
from app.extract.records import Field, json_fields
from app.extract.rows import find_asciidoc_tables, find_list_tables, read_html_rows, read_pipe
from app.extract.tables import (
    CELL_TEXT,
    COLUMN_GAP,
    NUMBER_ONLY,
    PRINTED_ROW,
    RULE,
    VALUE,
    Line,
    adjacent,
    aligned_row,
    caption_above,
    captions_next,
    ends_sentence,
    find_cell_tables,
    is_space_row,
    names_columns,
    numbers_lead,
    ruled_table,
    stacked_columns,
    table_fences,
    words_table,
)

_HEADING_NUMBER = re.compile(r"[*_]*(?:\d{1,3}(?:\.\d{1,2})*[.):]|[A-Z][.)])\s+")
_BUTTON = re.compile(r"(?i)reply|share|award|report|save|comment|vote")
_MAX_TRAIL = 8
_RULE_LINE = re.compile(r"\s*([-=_*~─━═])\1{2,}\s*")  # "-----", "=====": a separator alone
# A label, a gap of three spaces, one figure with its unit: a row of a list set in columns.
_LABELLED_FIGURE = re.compile(
    r"\s*(?:[A-Za-z(]|\d{1,2}(?:st|nd|rd|th)\s)"  # (or an ordinal: "10th percentile    $1,480")
    r"[^$£€₹%\n]*?\s{3,}(?:[$£€₹][\d.,]+[kKmM]?|[\d.,]+\s?%|\d\.\d)\s*"  # "Salary      3.1"
)
# a row of two columns: its label, then a bare figure three spaces on: "Part-time employment    4"
_LABEL_AND_FIGURE = re.compile(r"\s*[A-Za-z(][^\d\n]*?\s{3,}[-+]?\d[\d.,]*\s*")
_MAX_PAIR_ROWS = 60  # how far up a two-column row looks for its header
# A statistical table's numbered caption in capitals: "TABLE 1   GROSS MONTHLY WAGES OF ..."
# or in title case, numbered by section: "Table 4.2: Monthly Wages of Full-Time Employed ..."
_TABLE_CAPTION = re.compile(
    r"\s*(?:TABLE|EXHIBIT|CHART|Table|Exhibit)\s+\d{1,2}(?:\.\d{1,2})?[A-Z]?[.:]?\s+[A-Z]"
)
# A line of units alone, under or over a table's header: "(S$)      (S$)     (%)", "('000)"
_UNITS_LINE = re.compile(r"\s*(?:\([^()\s]{1,6}\)\s*)+")
_PAGER = re.compile(r"(?:«|‹|\bPrev(?:ious)?\b)[\s\d.…|]*\bNext\b")
_WORDS_LEFT = re.compile(r"[A-Za-z]{3}")  # a row label's word


class Block(NamedTuple):
    """A unit of the document a number can sit in, with the labels around it.

    A named tuple, like `Line`, because one is built for every heading, paragraph and item.
    """

    start: int
    end: int
    kind: str  # heading | text | item | stat | row | cell | header (a table's, not read)
    headings: tuple[str, ...] = ()
    lead: str = ""
    label: str = ""
    row: str = ""
    column: str = ""
    columns: tuple[str, ...] = ()
    layout: str = ""  # pipe | html | csv | json | space | fixed | words | cell | ""
    context: tuple[int, int] | None = None
    stops: tuple[int, ...] = ()  # a fixed-width table: where each column starts on its line


@dataclass
class Document:
    """The blocks of a document, its title and the spans to leave out."""

    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    skipped: list[tuple[int, int]] = field(default_factory=list)
    delimited: list[tuple[int, int]] = field(default_factory=list)  # CSV rows, read cell by cell
    line_starts: list[int] = field(default_factory=lambda: [0])
    records: bool = False  # a JSON document, whose quotation marks delimit its strings


def read_structure(text: str) -> Document:
    """Cut `text` into blocks.

    >>> [b.kind for b in read_structure("# Pay\\n\\n- Senior: $200K\\n").blocks]
    ['heading', 'item']
    """
    doc = Document()
    body, doc.title = front_matter(text)
    if body:
        doc.skipped.append((0, body))
    fences = table_fences(text) if "``" in text else frozenset()
    lines, skipped, doc.line_starts = split_lines(text, body, fences)
    doc.skipped += skipped
    cells = find_cell_tables(lines)
    if "list-table::" in text:
        cells.update(find_list_tables(lines))
    if "|===" in text:
        cells.update(find_asciidoc_tables(lines))
    delimited = delimited_runs(lines) if "," in text or "\t" in text else {}
    fields, ignored = (
        json_fields(text, lines) if text[body : body + 50].lstrip()[:1] in "{[" else ({}, [])
    )
    if ignored:  # a JSON document's ids and stamps; its strings are no quotations
        doc.skipped = sorted(doc.skipped + [(lines[i].start, lines[i].end) for i in ignored])
    if "<ref" in text or "{{" in text:  # a wiki page's citations: their years, pages, ISBNs
        doc.skipped = sorted(doc.skipped + [m.span() for m in _CITATION.finditer(text, body)])
    doc.records = bool(fields or ignored)
    doc.delimited = [(lines[i].start, lines[i].end) for i, header in delimited.items() if header]
    _build_blocks(text, lines, cells, delimited, fields, doc)
    return doc


# the figures a printed DataFrame's longest row label runs into, one space apart
_PRINTED_FIGURES = re.compile(r"(?: -?\d[\d,]*\.\d+)+$")
# A MediaWiki citation: "<ref>{{cite web |title=... |year=2024 |page=9}}</ref>", '<ref name="x"/>'
_CITATION = re.compile(
    r"(?is)<ref\b[^<>]*/>|<ref\b[^<>]*>.*?</ref>|\{\{\s*(?:cite|citation)\b[^{}]*\}\}"
)


def _build_blocks(
    text: str,
    lines: list[Line],
    cells: dict[int, Block | None],
    delimited: dict[int, tuple[str, ...]],
    fields: dict[int, Field],
    doc: Document,
) -> None:
    """Turn each line (and any continuation lines) into a block, tracking the headings."""
    state = _Walk(doc)
    i = 0
    while i < len(lines):
        kind = lines[i].kind  # tested most frequent first; cells are only ever short lines
        if kind == "blank":
            i += 1
        elif i in fields:  # a JSON document's field: labelled by its name, told by its record
            name, label, said = fields[i]
            lead, state.lead = state.lead, said
            state.add(lines[i].start, lines[i].end, "row", row=name, column=label, layout="json")
            state.lead = lead
            i += 1
        elif i in delimited:
            header, line = delimited[i], lines[i]
            if header:  # a CSV row; its header line is a label, not read
                row = cells_of(line.text)[0]
                state.add(line.start, line.end, "row", row=row, columns=header, layout="csv")
            i += 1
        elif i in cells:
            cell = cells[i]
            if cell is not None:
                state.add(cell.start, cell.end, cell.kind, row=cell.row, column=cell.column,
                          columns=cell.columns, layout="cell", context=cell.context)  # fmt: skip
            i += 1
        elif kind == "item":
            i = _read_item(text, lines, i, state)
        elif kind in ("short", "text"):
            i = _read_text(text, lines, i, state)
        elif kind == "rule":  # "━━━━━━": a rule, or the frame of a section's title
            i = _read_rule(lines, i, state)
        elif kind == "mdheading":
            _push_heading(state, lines[i], markdown=True)
            i += 1
        elif kind in ("pipe", "sep"):
            i = read_pipe(lines, i, state)
        else:
            i = read_html_rows(lines, i, state)


@dataclass
class _Walk:
    doc: Document
    levels: list[int] = field(default_factory=list)  # of the headings, farthest first
    headings: tuple[str, ...] = ()  # nearest first
    lead: str = ""
    framed_depth: int | None = None  # the headings above the first title framed by rules
    # the lead before each short line taken for a heading, which may turn out a table's header
    leads_above: dict[int, str] = field(default_factory=dict)

    def add(self, start: int, end: int, kind: str, **labels: Any) -> None:
        """Append a block under the current headings and lead paragraph."""
        self.doc.blocks.append(Block(start, end, kind, self.headings, self.lead, **labels))

    def push(self, heading: str, level: int) -> None:
        """Enter a heading, leaving the sections at its level or below (7: a short line)."""
        while level < 7 and self.levels and self.levels[-1] >= level:
            self.levels.pop()
            self.headings = self.headings[1:]
        self.levels.append(level)
        self.headings = (heading, *self.headings)
        if len(self.levels) > _MAX_TRAIL:
            del self.levels[0]
            self.headings = self.headings[:-1]

    def leave_to(self, depth: int) -> None:
        """Leave the sections opened since there were `depth` headings."""
        while len(self.levels) > depth:
            self.levels.pop()
            self.headings = self.headings[1:]


def _push_heading(state: _Walk, line: Line, *, markdown: bool) -> None:
    match = MD_HEADING.match(line.text) if markdown else None
    level = len(match[1]) if match else 7
    words = match[2] if match else line.text
    words = (TAG.sub("", words) if "<" in words else words).strip()
    heading = words.strip("*_ ")
    state.push(heading, level)
    state.leads_above[line.start], state.lead = state.lead, ""
    state.doc.title = state.doc.title or heading
    start = line.start + (match.start(2) if match else len(line.text) - len(line.text.lstrip()))
    numbered = _HEADING_NUMBER.match(line.text, start - line.start)
    state.add(numbered.end() + line.start if numbered else start, line.end, "heading")


def _read_rule(lines: list[Line], i: int, state: _Walk) -> int:
    """A rule drawn in box characters: nothing, unless it frames a section's title with the
    rule under it ("━━━━" / "🤝 WHAT'S ACTUALLY CLOSING CANDIDATES" / "━━━━"), which closes the
    section the last framed title opened."""
    j = i + 1
    framed = j + 1 < len(lines) and lines[j].kind == "short" and lines[j + 1].kind == "rule"
    if not framed:
        return j
    if state.framed_depth is None:
        state.framed_depth = len(state.levels)
    state.leave_to(state.framed_depth)
    _push_heading(state, lines[j], markdown=False)
    return j + 2


def _read_item(text: str, lines: list[Line], i: int, state: _Walk) -> int:
    line = lines[i]
    marker = BULLET.match(line.text) or CHAT_LINE.match(line.text)  # or a chat's "time - name:"
    start = line.start + (marker.end() if marker else 0)
    while start < line.end and text[start] in " \t":
        start += 1  # a chat message's text starts after the space past its sender
    j = i + 1
    while j < len(lines) and lines[j].kind in ("text", "short") and lines[j].text[:1] in " \t":
        j += 1
    end = lines[j - 1].end
    label = item_label(text[start:end])
    state.add(start, end, "item", label=label)
    return j


def item_label(item: str) -> str:
    """The label of a `Label: value` list item, without Markdown emphasis."""
    head, colon, _ = item[:100].partition(":")
    head = TAG.sub("", head) if "<" in head else head
    return head.strip("*_ ").strip() if colon and len(head) < 80 else ""


def _read_text(text: str, lines: list[Line], i: int, state: _Walk) -> int:
    line = lines[i]
    if "Next" in line.text and _PAGER.search(line.text):
        state.add(line.start, line.end, "header")  # "« Prev  1  2  3 … 387  Next »"
        return i + 1
    ruled = ruled_table(lines, i) if lines[i + 1 : i + 4] else None
    if ruled is not None:
        return _read_ruled(lines, i, ruled, state)
    if line.kind == "short" and NUMBER_ONLY.fullmatch(line.text.strip()):
        return _read_stat(lines, i, state)
    table = words_table(lines, i) if line.kind == "short" else None
    if table is not None:
        return _read_words_table(lines, i, table, state)
    if is_space_row(lines, i):
        return _read_space_row(lines, i, state)
    if line.kind == "short" and _LABELLED_FIGURE.fullmatch(line.text):
        label = COLUMN_GAP.split(line.text.strip())[0]  # "UK, outside IR35 (day rate)    £625"
        state.add(line.start, line.end, "row", row=label, columns=("",), layout="space")
        return i + 1
    pair = _column_pair(lines, i) if line.kind == "short" else None
    if pair is not None:  # "Full-time employment     78" under "Activity     %"
        label = COLUMN_GAP.split(line.text.strip())[0]
        state.add(line.start, line.end, "row", row=label, columns=pair[:2], layout="fixed",
                  stops=(0, pair[2]))  # fmt: skip
        return i + 1
    if line.kind == "text" and _RULE_LINE.fullmatch(line.text):
        return i + 1  # a long rule of dashes parts what is above from what is below, as a blank
    if _TABLE_CAPTION.match(line.text):  # "TABLE 1   GROSS MONTHLY WAGES ... IN SELECTED AI"
        j = i + 1  # and its lines run on, indented under its words: "          OCCUPATIONS, 2026"
        while j < len(lines) and _runs_on(lines[j - 1], lines[j]):
            j += 1
        words = " ".join(lines[k].text.strip() for k in range(i, j))
        _push_heading(state, Line(line.start, lines[j - 1].end, "short", words), markdown=False)
        state.lead = words  # and it leads the table, as the sentence before one does
        return j
    if line.kind == "short" and _UNITS_LINE.fullmatch(line.text):
        state.add(line.start, line.end, "header")  # "(S$)   (S$)   (%)": a header's units
        if "000" in line.text:  # "('000)" over the header: the table counts in thousands
            state.lead = f"{state.lead} {line.text.strip()}"
        return i + 1
    if line.kind == "short":
        _push_heading(state, line, markdown=False)
        if _RULE_LINE.fullmatch(line.text):  # a rule of dashes: the caption above still leads
            state.lead = state.leads_above[line.start]
        return i + 1
    j = i + 1
    # a long line that ends no sentence wraps onto the next, unless rows set in columns follow;
    # one that ends on a comma wraps onto a short line too ("... AND DATA OCCUPATIONS," over
    # "RESIDENTS IN FULL-TIME EMPLOYMENT, 2024-2025": one caption)
    while j < len(lines) and len(lines[j - 1].text) >= 50 and _wraps(lines[j - 1], lines[j]) \
            and not aligned_row(lines, j):  # fmt: skip
        j += 1
    start = line.start + len(line.text) - len(line.text.lstrip())
    end = lines[j - 1].end
    state.add(start, end, "text")
    joined = i > 0 and lines[i - 1].kind == "text" and lines[i - 1].end + 1 == line.start
    # a paragraph whose lines each end a sentence leads with all of them ("All rates are per
    # hour." over "Pay Rate = what the consultant receives.")
    start = state.doc.blocks[-2].start if joined and len(state.doc.blocks) > 1 else start
    state.lead = text[max(start, end - 300) : end]
    return j


def _column_pair(lines: list[Line], i: int) -> tuple[str, str, int] | None:
    """A row of a table of two columns, a label and a bare figure, under a header line that
    names both ("Activity     %" over "Full-time employment     78"): the two names and where
    the second column starts. (A contents list's "Introduction ..... 3" has no such header.)"""
    if not _LABEL_AND_FIGURE.fullmatch(lines[i].text):
        return None
    k = i
    while k > 0 and i - k < _MAX_PAIR_ROWS and adjacent(lines[k - 1], lines[k]):
        if not _LABEL_AND_FIGURE.fullmatch(lines[k - 1].text):
            break
        k -= 1
    if (
        k == 0
        or not adjacent(lines[k - 1], lines[k])
        or any(c.isdigit() for c in lines[k - 1].text)
    ):
        return None
    names = list(CELL_TEXT.finditer(lines[k - 1].text))
    if len(names) != 2 or names[0].start() > 4:
        return None
    return names[0].group(), names[1].group(), (names[0].end() + names[1].start()) // 2


def _wraps(above: Line, line: Line) -> bool:
    """Whether a long line carries on onto the next: into a line of prose when it ends no
    sentence, into a short one too when it ends on a comma."""
    end = above.text.rstrip()
    if end.endswith(","):
        return line.kind in ("text", "short") and line.start == above.end + 1
    return line.kind == "text" and not ends_sentence(end)


def _runs_on(above: Line, line: Line) -> bool:
    """Whether `line` carries on the caption on the line right above it, indented under it."""
    return (
        line.start == above.end + 1
        and line.text[:4] == "    "
        and not _RULE_LINE.fullmatch(line.text)
    )


def _read_ruled(
    lines: list[Line],
    i: int,
    ruled: tuple[int, int, tuple[str, ...], tuple[int, ...]],
    state: _Walk,
) -> int:
    """A table under a rule of dashes: its header lines are not read, each row until a blank
    line is read by the columns the rule marks out."""
    rule, top, names, stops = ruled
    for line in lines[i : rule + 1]:
        state.add(line.start, line.end, "header")
    if top > i:  # "TABLE 1. Median base ... (USD)" underlined above the header: its caption
        state.lead = " ".join(line.text.strip() for line in lines[i : top - 1])
    else:
        above = i - 1 if i > 0 and lines[i - 1].kind == "blank" else i
        first = above
        while first > 0 and above - first < 3 and lines[first - 1].kind != "blank":
            first -= 1
        state.lead = " ".join(line.text.strip() for line in lines[first:above])  # its caption
    j = rule + 1
    # the rule's first dashes head the row labels, unless it leaves them unruled, indented past
    # them ("Cost of revenue      $   38.4" under "  --------  --------"): a column of their own
    if _unruled_labels(lines[j : j + 1], stops[0]):
        names, stops = ("", *names), (0, *stops)
    while j < len(lines) and lines[j].kind != "blank" and not RULE.fullmatch(lines[j].text):
        line = lines[j]
        row = line.text[: stops[1]].strip() if len(stops) > 1 else ""
        state.add(line.start, line.end, "row", row=row, columns=names, layout="fixed", stops=stops)
        j += 1
    return j + 1 if j < len(lines) and lines[j].kind != "blank" else j


def _unruled_labels(rows: list[Line], ruled_from: int) -> bool:
    """Whether a table's rule starts indented past the labels of its rows: its first dashes
    head figures, not the labels."""
    return ruled_from >= 12 and any(_WORDS_LEFT.search(row.text, 0, ruled_from) for row in rows)


def _read_words_table(
    lines: list[Line], i: int, table: tuple[tuple[str, ...], list[tuple[int, str]]], state: _Walk
) -> int:
    """A table whose columns lost their spacing (see `words_table`): its header and the labels
    alone on their lines are not read, each row is read by the order of its figures; the lines
    above the header (past one blank line) are its caption ("Table 3. ... (USD thousands)")."""
    names, rows = table
    above = i - 1 if i > 0 and lines[i - 1].kind == "blank" else i
    first = above
    while first > 0 and above - first < 3 and lines[first - 1].kind in ("short", "text"):
        first -= 1
    state.lead = " ".join(line.text.strip() for line in lines[first:above]) or state.lead
    state.add(lines[i].start, lines[i].end, "header")
    labels = dict(rows)
    last = rows[-1][0]
    for j in range(i + 1, last + 1):
        line = lines[j]
        kind = "row" if j in labels else "header"
        state.add(line.start, line.end, kind, row=labels.get(j, ""), columns=names, layout="words")
    return last + 1


def _read_stat(lines: list[Line], i: int, state: _Walk) -> int:
    """A number alone on its line takes the next line as its caption (`3.5X` / `Demand Growth`);
    a forum's vote counts over its buttons ("412" / "287" / "Share") are page furniture."""
    line, end, j = lines[i], lines[i].end, i + 1
    below = [other.text.strip() for other in lines[j : j + 2]]
    if any(_BUTTON.fullmatch(words) for words in below):
        state.add(line.start, line.end, "header")
        return j
    nxt = lines[j] if j < len(lines) else None
    follows = nxt is not None and nxt.start == line.end + 1 and nxt.kind in ("short", "text")
    captioned = follows and nxt is not None and not NUMBER_ONLY.fullmatch(nxt.text.strip())
    start = line.start + len(line.text) - len(line.text.lstrip())
    above = caption_above(lines, i)
    if above and (not captioned or captions_next(lines, j)) and not numbers_lead(lines, i):
        state.add(start, end, "stat", label=above)  # a slide's "median total comp" / "$372,000"
        return j
    if captioned and nxt is not None:
        end, j = nxt.end, j + 1
    state.add(start, end, "stat")
    return j


def _read_space_row(lines: list[Line], i: int, state: _Walk) -> int:
    """A table row flattened into one line of text; its header is the first line of the group."""
    line = lines[i]
    k = i
    while k > 0 and adjacent(lines[k - 1], lines[k]):
        k -= 1
    named = k < i and names_columns(lines[k].text)  # "EQUITY (4-YR GRANT)" is a name
    header = lines[k].text.strip() if named else ""
    first = VALUE.search(line.text)
    row = line.text[: first.start() if first else 0].strip()
    above = [lines[h].text for h in range(k, i)]
    columns = stacked_columns(above, line.text) if header else None
    if columns is not None:  # "ROLE   LEVEL   BASE (USD)   BONUS" over aligned cells
        skipped, depth, names, stops = columns
        k += skipped  # a caption above the header line
        blocks = state.doc.blocks
        last = lines[k + depth - 1].end
        header_end = lines[k + depth - 1].text.rstrip()[-40:]
        for at in range(max(0, len(blocks) - 4), len(blocks)):  # the header's words name columns
            header_words = lines[k].start <= blocks[at].start and blocks[at].end <= last
            if header_words and blocks[at].kind in ("text", "heading"):
                if blocks[at].kind == "text" and state.lead.rstrip().endswith(header_end):
                    state.lead = blocks[at].lead  # the sentence above leads it, not its header
                blocks[at] = blocks[at]._replace(kind="header")
        taken = [lines[h].start for h in range(k, k + depth) if lines[h].start in state.leads_above]
        if taken:  # a header line taken for a heading: the caption above still leads the table
            state.lead = state.lead or state.leads_above[taken[0]]
        label = CELL_TEXT.match(line.text, len(line.text) - len(line.text.lstrip()))
        row = label.group() if label and not label.group()[:1].isdigit() else row
        row = _PRINTED_FIGURES.sub("", row)  # "intermediate 112,000.0": pandas' longest label
        state.add(line.start, line.end, "row", row=row, columns=names, layout="fixed", stops=stops)
        return i + 1
    prior = state.doc.blocks[-1] if state.doc.blocks else None
    if prior is not None and prior.layout == "fixed" and PRINTED_ROW.fullmatch(line.text.strip()):
        # the row of a printed DataFrame whose longest label runs into its first figure: the
        # rows above it set out its columns
        words = CELL_TEXT.match(line.text.strip())
        printed = _PRINTED_FIGURES.sub("", words.group()) if words else ""
        state.add(line.start, line.end, "row", row=printed, columns=prior.columns, layout="fixed",
                  stops=prior.stops)  # fmt: skip
        return i + 1
    state.add(line.start, line.end, "row", row=row, columns=(header,), layout="space")
    return i + 1
