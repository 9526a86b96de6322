"""Rows of marked-up tables, each a block under its header's cells: Markdown's pipe tables and
those written like them (Org's, reStructuredText's grid tables, AsciiDoc's, LaTeX's tabular),
HTML tables, a row to a line or, as pandas prints a DataFrame, a cell to a line, and
reStructuredText's list tables, a cell to a line.
"""

from __future__ import annotations

import re
from itertools import pairwise, zip_longest
from typing import TYPE_CHECKING, Any, Protocol

from app.extract.lines import LATEX_ROW, TAG

if TYPE_CHECKING:
    from app.extract.structure import Block
    from app.extract.tables import Line

_ROW_OPEN = re.compile(r"<tr\b(?![^\n]*</tr)")  # a row whose cells follow on other lines
_HTML_CELL = re.compile(r"<t[dh]\b[^<>]*>")
LATEX_CELL = re.compile(r"(?<!\\)&")  # a tabular's cells: "a & b", not the "\&" in "R\&D"
_LATEX_ESCAPE = re.compile(r"\\([%$&#_])")  # "(\%)", "(\$)": "(%)", "($)"


class Adds(Protocol):
    """Where rows go: the walk over a document's lines (`structure`)."""

    def add(self, start: int, end: int, kind: str, **labels: Any) -> None: ...


def read_pipe(lines: list[Line], i: int, state: Adds) -> int:
    """A Markdown table: header row, separator, body rows with their header cells (or Org's,
    reStructuredText's grid, AsciiDoc's between its "|===" lines)."""
    j = i
    header: tuple[str, ...] = ()
    asciidoc = lines[i].text.lstrip().startswith("|==")
    while j < len(lines) and (
        lines[j].kind in ("pipe", "sep") or (asciidoc and _inside_asciidoc(lines, i, j))
    ):
        line = lines[j]
        if line.kind == "blank" or (asciidoc and j > i and line.kind == "sep"):
            j += 1  # AsciiDoc sets its header row apart by a blank line; "|===" closes it
            if line.kind == "sep":
                break
            continue
        if line.kind == "sep":  # a rule under the header, between rows, or a border above
            j += 1
            continue
        if not header and (
            _heads_pipe_rows(lines, i, j) or (asciidoc and j == i + 1 and not _has_digit(line.text))
        ):
            header = pipe_cells(line.text)
            if _continues_header(lines, j + 1):  # "Role | Sydney" over "| ex super", then the rule
                header = _stacked(line.text, lines[j + 1].text, header)
                j += 1
            j += 1
            continue
        cells = pipe_cells(line.text)
        if header and lines[j - 1].kind == "sep" and _is_units_row(cells):
            # "| | SGD | € brutto/year |" under the header: each column's unit, not a row
            units = (*cells, *("",) * len(header))
            header = tuple(f"{name} ({unit})" if unit else name
                           for name, unit in zip(header, units, strict=False))  # fmt: skip
            j += 1
            continue
        row = cells[0] if cells else ""
        state.add(line.start, line.end, "row", row=row, columns=header, layout="pipe")
        j += 1
    return j


def _heads_pipe_rows(lines: list[Line], i: int, j: int) -> bool:
    """A pipe line above a ruler, or the first of rules-less rows when it holds words only."""
    if j + 1 >= len(lines) or lines[j + 1].kind not in ("pipe", "sep"):
        return False
    if lines[j + 1].kind == "sep" or (j == i and _continues_header(lines, j + 1)):
        return True
    cells = pipe_cells(lines[j].text)
    return (
        j == i
        and len(pipe_cells(lines[j + 1].text)) == len(cells) > 2
        and all(map(_names_column, cells))
    )


def _continues_header(lines: list[Line], k: int) -> bool:
    """Whether pipe line `k` is a header's second line: names or blanks over the rule."""
    if k + 1 >= len(lines) or lines[k].kind != "pipe" or lines[k + 1].kind != "sep":
        return False
    cells = pipe_cells(lines[k].text)
    return any(cells) and all(_names_column(cell) for cell in cells if cell)


def _stacked(header: str, below: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """A header's names with the words of its second line under them, placed by where the
    header's pipes stand: "Sydney" over "ex super" is "Sydney ex super"."""
    bounds = [-1, *(at for at, char in enumerate(header) if char == "|"), len(header)]
    spans = list(pairwise(bounds))
    inner = header.strip()
    spans = spans[1:] if inner.startswith("|") else spans
    spans = spans[:-1] if inner.endswith("|") else spans
    if len(spans) != len(names):
        return names  # a LaTeX, Confluence or MediaWiki header: left as it is
    stacked = list(names)
    for word in _PIPE_CELL.finditer(below):
        middle = (word.start() + word.end()) // 2
        column = next((k for k, (a, b) in enumerate(spans) if a < middle < b), None)
        if column is not None:
            stacked[column] = f"{stacked[column]} {word.group().strip('*_ ')}".strip()
    return tuple(stacked)


_PIPE_CELL = re.compile(r"[^|\s](?:[^|]*[^|\s])?")


def _names_column(cell: str) -> bool:
    """Words whose only figures are years, quarters, ordinals or in brackets: "Employment, 2025",
    "10th percentile", "Change, 2024-34 (Percent)"; "$200K", "UK 431" or "12%" are values."""
    return _LETTER.search(cell) is not None and not _has_digit(_NAMING_FIGURES.sub("", cell))


_LETTER = re.compile(r"[A-Za-z]")
_NAMING_FIGURES = re.compile(
    r"\b(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)?\d\d)?\b|\b\d+(?:st|nd|rd|th)\b|\([^)]*\)"
    r"|\b[QH][1-4]\b|\bFY\s?\d\d\b"  # "Q2 2025", "H1", "FY26"
)


def _inside_asciidoc(lines: list[Line], i: int, j: int) -> bool:
    """Whether a blank line lies inside an AsciiDoc table opened at `i` (its rows follow)."""
    return lines[j].kind == "blank" and j + 1 < len(lines) and lines[j + 1].kind == "pipe"


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def _is_units_row(cells: tuple[str, ...]) -> bool:
    """A table row that names units and holds no figure: an empty first cell, then units."""
    if not cells or cells[0] or not any(cells[1:]):
        return False
    return not any(char.isdigit() for cell in cells for char in cell)


def read_html_rows(lines: list[Line], i: int, state: Adds) -> int:
    """An HTML table: `<th>` rows name the columns of the `<td>` rows, a row on one line or, as
    pandas prints a DataFrame, its `<tr>` and each of its cells on lines of their own."""
    j = i
    header: tuple[str, ...] = ()
    opened = -1  # the line of a `<tr>` whose cells follow on lines of their own
    while j < len(lines) and lines[j].kind in ("hrow", "tag"):
        line = lines[j]
        j += 1
        if line.kind == "tag":
            if _ROW_OPEN.search(line.text):
                opened = j
            elif opened >= 0 and "</tr" in line.text:
                header = _html_row(lines[opened : j - 1], header, state)
                opened = -1
            continue
        if opened < 0:
            header = _html_row([line], header, state)
    return j


def _html_row(lines: list[Line], header: tuple[str, ...], state: Adds) -> tuple[str, ...]:
    """Add a row of `<td>` cells under the header; a row of `<th>` cells only names columns
    (a second header row fills the names the first left empty). Returns the header."""
    if not lines:
        return header
    cells = tuple(cell for line in lines for cell in html_cells(line.text))
    if not any("<td" in line.text for line in lines):
        return tuple(old or new for old, new in zip_longest(header, cells, fillvalue=""))
    state.add(lines[0].start, lines[-1].end, "row", row=cells[0] if cells else "", columns=header,
              layout="html")  # fmt: skip
    return header


def html_cells(line: str) -> tuple[str, ...]:
    """The text of each `<td>`/`<th>` cell of an HTML table row."""
    return tuple(TAG.sub("", cell).strip() for cell in _HTML_CELL.split(line)[1:])


def latex_row(line: str) -> bool:
    """Whether a line of a table is a LaTeX tabular's row (not a pipe row with an "&" in it)."""
    return "&" in line and line.count("|") < 2 and LATEX_ROW.match(line) is not None


def pipe_cells(line: str) -> tuple[str, ...]:
    """The stripped cells of a Markdown table line (or of a LaTeX tabular's row)."""
    if latex_row(line):
        inner = line[: line.rindex("\\\\")]
        return tuple(_LATEX_ESCAPE.sub(r"\1", cell).strip() for cell in LATEX_CELL.split(inner))
    inner = line.strip()
    if inner.startswith("||") and inner.endswith("||"):  # Confluence's header: "||Level||Base||"
        return tuple(cell.strip().strip("*_ ") for cell in inner[2:-2].split("||"))
    if inner[:1] == "!" or wiki_row(line):  # MediaWiki's "! a !! b" and "| a || b"
        return tuple(cell.strip().strip("*_ ") for cell in re.split(r"!!|\|\|", inner[1:]))
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return tuple(cell.strip().strip("*_ ") for cell in inner.split("|"))


def wiki_row(line: str) -> bool:
    """A MediaWiki table's row of cells on one line: "| United States || 110,000 || USD", no
    closing pipe (a Markdown row with an empty cell ends with one: "| a || b |")."""
    inner = line.strip()
    return inner[:1] == "|" and inner[1:2] not in "|-+}" and "||" in inner and inner[-1] != "|"


_LIST_TABLE = re.compile(r"\s*\.\.\s+list-table::")
_OPTION = re.compile(r"\s+:([\w-]+):\s*(.*)")  # ":header-rows: 1", ":widths: 22 8 12"
_ROW_START = re.compile(r"(\s*)\*\s+-\s+")  # "* - AI engineer": a row and its first cell
_NEXT_CELL = re.compile(r"(\s*)-\s+")  # "  - 187,000": the row's next cell


def find_list_tables(lines: list[Line]) -> dict[int, Block | None]:
    """Map the lines of reStructuredText's list tables to cell blocks, as `find_cell_tables`
    does for a table a cell to a line: each body cell under its header row's name and its row's
    first cell; the directive's options, header cells and row labels to None (consumed)."""
    found: dict[int, Block | None] = {}
    for i, line in enumerate(lines):
        if line.text.lstrip().startswith("..") and _LIST_TABLE.match(line.text):
            found.update(_list_table(lines, i + 1))
    return found


def _list_table(lines: list[Line], j: int) -> dict[int, Block | None]:
    from app.extract.structure import Block

    found: dict[int, Block | None] = {}
    header_rows = 0
    while j < len(lines) and (option := _OPTION.match(lines[j].text)):
        if option[1] == "header-rows" and option[2].isdigit():
            header_rows = int(option[2])
        found[j] = None
        j += 1
    rows: list[list[tuple[int, int]]] = []  # each row's cells: (line index, where its text starts)
    indent = 0  # of the rows' "*"; their cells' "-" stand further in
    while j < len(lines):
        text = lines[j].text
        opened, more = _ROW_START.match(text), _NEXT_CELL.match(text)
        if opened:
            rows.append([(j, opened.end())])
            indent = len(opened[1])
        elif more and rows and len(more[1]) > indent:
            rows[-1].append((j, more.end()))
        elif lines[j].kind != "blank":
            break
        j += 1
    cell_text = [[lines[k].text[at:].strip() for k, at in row] for row in rows]
    header = cell_text[0] if header_rows and cell_text else []
    for row, texts in zip(rows[header_rows:], cell_text[header_rows:], strict=True):
        context = (lines[row[0][0]].start, lines[row[-1][0]].end)
        found[row[0][0]] = None
        for c, (k, at) in enumerate(row[1:], start=1):
            column = header[c] if c < len(header) else ""
            found[k] = Block(lines[k].start + at, lines[k].end, "cell", row=texts[0],
                             column=column, columns=(header[0] if header else "",),
                             layout="cell", context=context)  # fmt: skip
    for row in rows[:header_rows]:
        found.update((k, None) for k, _ in row)
    return found


_ADOC_FENCE = re.compile(r"\s*\|={3,}\s*$")
_ADOC_COLS = re.compile(r'\[.*\bcols\s*=\s*"([^"]*)"')  # [cols="2,1,1",options="header"]
_ADOC_CELL = re.compile(r"(?<!\\)\|([^|]*)")  # "|ML engineer (senior)", "|$150–$195"


def find_asciidoc_tables(lines: list[Line]) -> dict[int, Block | None]:
    """Map the lines of AsciiDoc tables set a cell or a few to a line (between "|===" fences,
    rows as many cells long as the table has columns) to cell blocks, as `find_list_tables`
    does; a table whose rows each fill one line is read as a pipe table."""
    found: dict[int, Block | None] = {}
    fences = [i for i, line in enumerate(lines) if _ADOC_FENCE.match(line.text)]
    for top, bottom in zip(fences[::2], fences[1::2], strict=False):
        cols = _ADOC_COLS.match(lines[top - 1].text) if top > 0 else None
        if cols is not None:
            found[top - 1] = None  # the table's attributes, markup
        found.update(_asciidoc_table(lines[top + 1 : bottom], top + 1, cols))
    return found


def _asciidoc_table(
    body: list[Line], first: int, cols: re.Match[str] | None
) -> dict[int, Block | None]:
    from app.extract.structure import Block

    cells = [  # (line index, where the cell's text starts, its text)
        (first + k, m.start(1), m[1].strip())
        for k, line in enumerate(body)
        for m in _ADOC_CELL.finditer(line.text)
    ]
    on_lines = [len(_ADOC_CELL.findall(line.text)) for line in body if line.kind != "blank"]
    width = _column_count(cols[1]) if cols else on_lines[0] if on_lines else 0
    if width < 2 or len(cells) % width or all(count == width for count in on_lines):
        return {}
    header = [text for _, _, text in cells[:width]]
    found: dict[int, Block | None] = {index: None for index, _, _ in cells[:width]}
    for r in range(width, len(cells), width):
        row = cells[r : r + width]
        label = row[0][2]
        context = (body[row[0][0] - first].start, body[row[-1][0] - first].end)
        found[row[0][0]] = None
        for c, (index, at, text) in enumerate(row[1:], start=1):
            line = body[index - first]
            if not text or index in found:
                continue  # an empty cell; a line of several cells is read as it stands
            found[index] = Block(line.start + at, line.end, "cell", row=label, column=header[c],
                                 columns=(header[0],), layout="cell", context=context)  # fmt: skip
    return found


def _column_count(spec: str) -> int:
    """How many columns an AsciiDoc `cols` attribute declares: "2,1,1" 3, "4*" 4."""
    multiplied = re.match(r"\s*(\d+)\*", spec)
    return int(multiplied[1]) if multiplied else len(spec.split(","))
