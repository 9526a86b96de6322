"""Tables in plain text: flattened to one cell per line, laid out in fixed-width columns, or
set in a fenced block.

A web page dump often turns a table into a run of short lines. The number of columns is not
written anywhere, so it is inferred: the column count and first value column that make the
most rows share one pattern of label cells and value cells win. Emails and PDF dumps align
columns with spaces instead: a header's words mark where each column starts. The tests on
single lines that reading them needs live here too: a sentence's end, a row of figures, a
header line, a stat card's caption.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple
from unicodedata import east_asian_width

from app.extract.delimited import is_delimited

if TYPE_CHECKING:
    from app.extract.structure import Block

_DIGIT = re.compile(r"\d")
# a header line's own digits: its years ("Change 2024-2025 (%)") and words in parentheses
_HEADER_DIGITS = re.compile(r"\((?:[^()\n]*)\)|\b(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?\b")
_OUTPUT = re.compile(r"\s*Out\s?\[\d+\]:")
# The line that closes a printed pandas Series and names its values: "Name: count, dtype: int64"
SERIES_FOOTER = r"Name: ([A-Za-z_]\w*), (?:Length: \d+, )?dtype: \w+"
_SERIES_FOOT = re.compile(rf"\s*{SERIES_FOOTER}")
_RESULT_RULE = re.compile(r"-{2,}(?:\+-{2,})+")
_EMPTY_CELLS = {"-", "–", "—", "n/a", "N/A", "--"}
# A row label whose only figures are in brackets names a level or a sample, it states no value:
# "Junior (0-2 yrs)", "Senior (5+ years)", "All respondents (n=412)".
_LABEL_WITH_FIGURES = re.compile(
    r"[^\d(]*[A-Za-z][^\d(]*\((?:n\s?=\s?[\d,]+|\d+\s?(?:[-–]\s?\d+\s?)?\+?\s?"
    r"(?:yrs?|years?|YOE|yoe|y)\b[^\d)]*)\)[^\d]*"
)
_FENCED = re.compile(r"(?m)^ {0,3}(```|~~~)[^\n]*\n((?:.*\n)*?)( {0,3}\1)")
_CODE_SYNTAX = re.compile(
    r"[=;{}<>\\]|\b(?:def|import|return|print|class|function|const|let|var|select|from|curl|pip|npm)\b"
    r"|^\s*[#/]",
    re.M,
)
# The words before a block that show a file's format, not its figures: "has one row per offer.
# Sample:", "For example:", "The format looks like this:"
_SAMPLE = re.compile(r"(?i)\b(?:sample|example|e\.g\.|format|schema|looks\s+like)\b[^.!?\n]*:?\s*$")
CELL_TEXT = re.compile(r"\S+(?: \S+)*")  # a cell of a fixed-width line: words one space apart
_MIN_RUN = 6
_MAX_COLUMNS = 8
# A figure alone on its line: "$180K", "3.5X", "+14%", "412".
NUMBER_ONLY = re.compile(
    r"[+\-]?[$£€₹]?\s?\d[\d,.]*\s?(?:[KkMBL]|Γ—|[xX×%])?\+?"
    r"(?:\s?[-–]\s?[$£€₹]?\d[\d,.]*\s?(?:[KkMBL]|Γ—|[xX×%])?\+?)?"
)
VALUE = re.compile(r"[$£€₹]\s?\d|\d\s?%|\d\s?[xX×]\b")  # a figure with its unit
# or with its currency's code: "GBP 92,000"
VALUE_OR_CODED = re.compile(VALUE.pattern + r"|\b(?:USD|GBP|EUR|INR|CAD|SGD|AUD|NZD|HKD|CHF)\s?\d")
COLUMN_GAP = re.compile(r"\s{3,}")
_CELL_GAP = re.compile(r"\s{2,}")
# (not an abbreviation's dot: "AI engineer (incl. LLM application)   6,800   9,050")
_SENTENCE_BREAK = re.compile(
    r"\b(?!(?:incl|excl|approx|avg|est|etc|esp|dept|govt)\.)[a-z]*[a-z]{3}[.!?] +[A-Z\d]|\. [a-z]"
)
_WORDS = re.compile(r"[A-Za-z]{2,}")
_TERMINATORS = (".", "!", "?", ";", ",", ":")
_CLOSERS = "'\"”’)"
# A rule of dashes under a header, one run of dashes per column: "-----   --------   ------".
RULE = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*")
_DASHES = re.compile(r"-{2,}")
_UNDERLINE = re.compile(r"\s*([-=─━═])\1{9,}\s*")  # a caption's underline, one long rule


class Line(NamedTuple):
    """One line of the document with its offsets and a rough type.

    A named tuple rather than a frozen dataclass: as immutable, and built several times
    faster (a frozen dataclass sets each field through object.__setattr__), which counts
    at one per line of every document.
    """

    start: int
    end: int
    kind: str  # blank | short | text | item | mdheading | pipe | sep | hrow | tag
    text: str


@dataclass(frozen=True, slots=True)
class _Layout:
    columns: int
    header: int  # index (in the run) of the first header cell
    rows: int


def find_cell_tables(lines: list[Line]) -> dict[int, Block | None]:
    """Map line indexes of one-cell-per-line tables to cell blocks (None for label cells).

    Header cells and row labels map to None: they are consumed, not read as headings.
    """
    found: dict[int, Block | None] = {}
    for run in _short_runs(lines):
        layout = _best_layout([_is_value_cell(lines[i].text) for i in run])
        if layout is not None:
            found.update(_cells(lines, run, layout))
    return found


def _is_value_cell(cell: str) -> bool:
    return _DIGIT.search(cell) is not None and _LABEL_WITH_FIGURES.fullmatch(cell.strip()) is None


def _short_runs(lines: list[Line]) -> list[list[int]]:
    """Runs of short lines, blank lines between them allowed."""
    runs: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.kind == "short":
            runs[-1].append(i)
        elif line.kind != "blank" and runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= _MIN_RUN]


def _best_layout(digits: list[bool]) -> _Layout | None:
    first = next((i for i, has in enumerate(digits) if has), None)
    if first is None:
        return None
    best: _Layout | None = None
    for columns in range(2, _MAX_COLUMNS + 1):
        for value_col in range(1, columns):
            layout = _try_layout(digits, first - value_col, columns)
            if layout is not None and (best is None or layout.rows > best.rows):
                best = layout
    return best


def _try_layout(digits: list[bool], row0: int, columns: int) -> _Layout | None:
    header = row0 - columns
    if header < 0 or any(digits[header:row0]):
        return None
    mask = digits[row0 : row0 + columns]
    if len(mask) < columns or mask[0] or not any(mask):
        return None
    rows = 0
    while digits[row0 + rows * columns : row0 + (rows + 1) * columns] == mask:
        rows += 1
    return _Layout(columns, header, rows) if rows >= 2 else None


def _cells(lines: list[Line], run: list[int], layout: _Layout) -> dict[int, Block | None]:
    from app.extract.structure import Block

    cols = layout.columns
    header = [lines[run[layout.header + c]].text.strip() for c in range(cols)]
    found: dict[int, Block | None] = {run[layout.header + c]: None for c in range(cols)}
    for r in range(layout.rows):
        idx = [run[layout.header + cols * (r + 1) + c] for c in range(cols)]
        row_label = lines[idx[0]].text.strip()
        context = (lines[idx[0]].start, lines[idx[-1]].end)
        found[idx[0]] = None
        for c in range(1, cols):
            line = lines[idx[c]]
            start = line.start + len(line.text) - len(line.text.lstrip())
            found[idx[c]] = Block(start, line.end, "cell", row=row_label, column=header[c],
                                  columns=(header[0],), layout="cell", context=context)  # fmt: skip
    return found


def table_fences(text: str) -> frozenset[int]:
    """Where the fence lines of fenced blocks that hold a table, not code, start: a table laid
    out with spaces in a code block ("STAGE   BASE   EQUITY" over "Seed   $165-195k   0.25-1.0%")
    has columns two spaces apart on most lines (a title or a rule may stand above them) and no
    code syntax."""
    marks: set[int] = set()
    for block in _FENCED.finditer(text):
        rows = [row for row in block[2].split("\n") if row.strip()]
        data = rows[1:] if rows and rows[0].startswith("#") else rows  # under a comment line
        if "," in block[2] and data and is_delimited(data):  # a CSV export, whatever its notes
            shown = _SAMPLE.search(text, max(0, block.start() - 120), block.start())
            marks |= set() if shown else {block.start(), block.start(3)}
            continue
        # a notebook's printed output ("Out[3]:" over a pandas Series) is read as a table: its
        # closing "Name: salary_mid, dtype: float64" names its figures
        table = len(rows) >= 3 and not _CODE_SYNTAX.search(block[2])
        # (a printed Series' "Out[4]:" above and "Name: ..., dtype: ..." below hold no cells)
        cells = [row for row in rows if not _OUTPUT.match(row) and not _SERIES_FOOT.match(row)]
        spaced = sum("  " in row.strip() for row in cells) >= max(3, 0.6 * len(cells))
        # a query's result as psql prints it: "role | ads" over "-----+-----"
        ruled = any(_RESULT_RULE.fullmatch(row.strip()) for row in rows[1:3])
        if table and (spaced or (ruled and sum("|" in row for row in rows) >= 0.6 * len(rows))):
            marks |= {block.start(), block.start(3)}
    return frozenset(marks)


def shown_column(line: str, index: int) -> int:
    """The column at which a line's character `index` is shown in a fixed-width font, where
    Chinese and Japanese characters take two: "G3  ML Engineer   650万円 〜 900万円   40万円"
    lines up under its header as shown, not character by character."""
    if line.isascii():
        return index
    return index + sum(east_asian_width(char) in "WF" for char in line[:index])


def shown_span(line: str, match: re.Match[str]) -> tuple[int, int]:
    """Where a match in `line` begins and ends as the line is shown (see `shown_column`)."""
    return shown_column(line, match.start()), shown_column(line, match.end())


def fixed_columns(header: str, row: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """The names of a header's columns and where each begins on the line, when the row's cells
    (text set off by two spaces) lie under them, left- or right-aligned. A column begins
    halfway between its header word and the one before, so that a figure right-aligned under
    its header still falls in its column."""
    names = [(*shown_span(header, m), m.group()) for m in CELL_TEXT.finditer(header)]
    cells = [shown_span(row, m) for m in CELL_TEXT.finditer(row)]
    if len(cells) < 3 or len(names) < 2 or (len(names) == 2 and cells[0][1] > names[0][0]):
        return None  # (two names over figures right of the row labels: "Q2 2025    Q2 2026")
    aligned = sum(any(c0 <= n1 and n0 <= c1 for n0, n1, _ in names) for c0, c1 in cells)
    if aligned < len(cells) - 1:
        return None
    stops = [names[0][0]] + [(names[k - 1][1] + names[k][0]) // 2 for k in range(1, len(names))]
    if cells[0][1] <= names[0][0]:  # the row labels stand left of every name, as pandas prints
        return ("", *(name for _, _, name in names)), (0, *stops)
    return tuple(name for _, _, name in names), tuple(stops)


def stacked_columns(
    above: list[str], row: str
) -> tuple[int, int, tuple[str, ...], tuple[int, ...]] | None:
    """`fixed_columns` for the first of the lines above a row (or, past a caption, the first
    that names columns) whose columns the row lies under, each name carried on by the words of the
    next lines without figures ("Median base" over "(local)"): (that line's index, the number
    of header lines, names, column starts)."""
    for at, header in enumerate(above):
        found = fixed_columns(header, row) if at == 0 or names_columns(header) else None
        if found is None:
            continue
        names, stops = list(found[0]), found[1]
        depth = 1
        for below in above[at + 1 :]:
            if _DIGIT.search(_HEADER_DIGITS.sub("", below)):
                break  # a row above this one, not a header line
            depth += 1
            if _UNDERLINE.fullmatch(below):
                continue  # the rule under the header
            for m in CELL_TEXT.finditer(below):
                start, end = shown_span(below, m)
                if end <= stops[0]:
                    continue  # pandas' index name ("level"), under no column's name
                column = max(bisect_right(stops, start) - 1, 0)
                names[column] = f"{names[column]} {m.group()}"
        return at, depth, tuple(names), stops
    return None


def ruled_table(
    lines: list[Line], i: int
) -> tuple[int, int, tuple[str, ...], tuple[int, ...]] | None:
    """A table set in columns under a rule of dashes, its header on the lines from `i` (or
    below a caption underlined by one long dash) down to the rule: (the rule's line index, the
    header's first line index, column names, column starts), or None. A header word over
    several columns names each ("Employment" over "2025" and "2035")."""
    rule = next((r for r in range(i + 1, min(i + 4, len(lines))) if lines[r].kind == "blank"
                 or RULE.fullmatch(lines[r].text)), None)  # fmt: skip
    if rule is None or lines[rule].kind == "blank":
        return None
    top = max((r + 1 for r in range(i, rule) if _UNDERLINE.fullmatch(lines[r].text)), default=i)
    starts = [m.start() for m in _DASHES.finditer(lines[rule].text)]
    names = []
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines[rule].text) + 40
        words = [
            m.group()
            for line in lines[top:rule]
            for m in CELL_TEXT.finditer(line.text)
            if _overlaps(shown_span(line.text, m), start, stop)
        ]
        names.append(" ".join(words))
    return rule, top, tuple(names), tuple(starts)


def _overlaps(span: tuple[int, int], start: int, stop: int) -> bool:
    """Whether a shown span reaches into the columns from `start` up to `stop`."""
    return span[0] < stop and span[1] > start


def ends_sentence(line: str) -> bool:
    """Whether `line` ends with sentence punctuation, closing quotes or brackets aside.

    The pattern `[.!?;,:]['"”’)]*$` says the same, but re.search tries it at every position
    of the line; this looks at the end alone.
    """
    return line.rstrip(_CLOSERS).endswith(_TERMINATORS)


def adjacent(above: Line, line: Line) -> bool:
    """Whether `line` follows `above` with no blank line between."""
    return above.kind != "blank" and above.end + 1 == line.start


def is_space_row(lines: list[Line], i: int) -> bool:
    """A line holding two or more values and no sentence, right under another line."""
    line = lines[i]
    if i == 0 or not adjacent(lines[i - 1], line):
        return False
    stripped = line.text.strip()
    if _SENTENCE_BREAK.search(stripped) or ends_sentence(stripped):
        return False  # but "Rs. 56.00 LPA" holds no sentence
    if len(VALUE.findall(stripped)) >= 2 or _figure_cells(stripped) >= 2:
        return True
    return PRINTED_ROW.fullmatch(stripped) is not None


# A printed DataFrame's row, its longest label one space from its first figure (pandas sets
# the columns two spaces apart): "intermediate 112,000.0 128,000.0  124,500.0"
PRINTED_ROW = re.compile(r"[A-Za-z][\w+/.-]*(?: [A-Za-z][\w+/.-]*)?(?: {1,2}-?\d[\d,]*\.\d+){2,}")


def _figure_cells(line: str) -> int:
    """How many cells of a line set in columns (three spaces apart) hold a figure."""
    if "   " not in line:
        return 0
    cells = _CELL_GAP.split(line)
    figures = sum(bool(_DIGIT.search(cell)) for cell in cells)
    # an empty cell's dash counts beside a figure: "Group Medical Insurance    -    25,000"
    return figures + sum(cell in _EMPTY_CELLS for cell in cells) if figures else 0


# A table copied out of a PDF loses its column spacing: "Role US UK Germany India" over
# "ML Engineer 165 98 89 38", "IT services 4.5-9 12-20 22-35", "AI-first labs 25-40 50-80 1 Cr+".
_CELL_FIGURE = r"[$£€₹]?\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?(?:\s?(?:%|[KkML]\b|Cr\b|LPA\b))?\+?"
_ROW_FIGURES = re.compile(rf"(?:\s+{_CELL_FIGURE}){{2,}}\s*$")
_FIGURES_ONLY = re.compile(rf"\s*{_CELL_FIGURE}(?:\s+{_CELL_FIGURE})+\s*$")
_CELL = re.compile(_CELL_FIGURE)


def words_table(lines: list[Line], i: int) -> tuple[tuple[str, ...], list[tuple[int, str]]] | None:
    """A table whose columns lost their spacing: a header line of words over two or more rows,
    each a label and as many figures, single-spaced; a row's label may stand on the line above
    its figures. The column names (the header's last words, one per figure) and each row's line
    index and label, or None. The first column is the labels'.

    >>> rows = ["Role US UK India", "ML Engineer 165 98 38", "Data Scientist", "142 82 29"]
    >>> words_table([Line(0, 0, "short", row) for row in rows], 0)
    (('Role', 'US', 'UK', 'India'), [(1, 'ML Engineer'), (3, 'Data Scientist')])
    """
    header = lines[i].text.strip()
    if _DIGIT.search(header) or ends_sentence(header) or i + 2 >= len(lines) or "  " in header:
        return None  # columns set apart by spaces are read by where they stand (`fixed`)
    names = header.split()
    rows: list[tuple[int, str]] = []
    width = 0
    j, label = i + 1, ""
    while j < len(lines) and lines[j].kind in ("short", "text"):
        text = lines[j].text.strip()
        if "  " in text:
            break
        figures = _FIGURES_ONLY.fullmatch(text) if label else _ROW_FIGURES.search(text)
        if figures is None and not label and not _DIGIT.search(text):
            label, j = text, j + 1  # "Research Engineer" over "190 112 95 45"
            continue
        if figures is None:
            break
        count = len(_CELL.findall(figures.group()))
        if count != (width or count) or count >= len(names):
            break
        width = count
        rows.append((j, label or text[: figures.start()].strip()))
        j, label = j + 1, ""
    if len(rows) < 2 or not all(row_label for _, row_label in rows):
        return None
    if len(names) - width > 3:  # column names of several words ("Joining bonus"): not one each
        return None
    return (" ".join(names[:-width]), *names[-width:]), rows


# A unit alone in a table's corner, over its row labels: "£000", "($m)", "USD '000"
UNIT_CORNER = re.compile(r"\(?(?:[$£€₹]|USD|GBP|EUR|INR)\s?(?:'?000s?|k|m|mn|bn)\)?(?!\w)")


def names_columns(line: str) -> bool:
    """A header line: no figure, or one in a single cell of several ("Take-home on $200K*")."""
    if not VALUE_OR_CODED.search(line):
        return True
    cells = COLUMN_GAP.split(line.strip())
    figured = [cell for cell in cells if VALUE_OR_CODED.search(cell)]
    if len(cells) >= 3 and len(figured) == 1 and UNIT_CORNER.fullmatch(cells[0]):
        return True  # "£000   Salary   Benefits   Total": the unit of every column, in the corner
    return len(cells) >= 3 and len(figured) == 1 and len(_WORDS.findall(figured[0])) >= 2


def aligned_row(lines: list[Line], i: int) -> bool:
    """A row of figures set in columns under a long header line, not the header's next line."""
    return _figure_cells(lines[i].text.strip()) >= 2 and is_space_row(lines, i)


def header_line(line: str, columns: tuple[str, ...]) -> bool:
    """Whether a line above a table is its header's own second line, "(₹ LPA)   (₹ LPA)", which
    the columns it stands under already hold: not a caption for every column."""
    parts = _CELL_GAP.split(line.strip())
    return bool(columns) and all(any(part in name for name in columns) for part in parts)


def captions(block: Block) -> list[str]:
    """The nearest headings over a table but its own header lines: its caption, maybe on two."""
    return [line for line in block.headings[:3] if not header_line(line, block.columns)]


def caption_above(lines: list[Line], i: int) -> str:
    """The words on the line right above a number alone on its line, if they are a caption."""
    prev = lines[i - 1] if i > 0 else None
    if prev is None or prev.end + 1 != lines[i].start or prev.kind not in ("short", "text"):
        return ""
    words = prev.text.strip()
    return "" if NUMBER_ONLY.fullmatch(words) or ends_sentence(words) else words


def numbers_lead(lines: list[Line], i: int) -> bool:
    """Whether the run of lines around line `i` opens with a number, as stat cards whose
    captions sit below them do (`3.5X` / `Demand Growth` / `$180K` / `Average Salary`)."""
    k = i
    while k > 0 and lines[k - 1].kind != "blank" and lines[k - 1].end + 1 == lines[k].start:
        k -= 1
    return NUMBER_ONLY.fullmatch(lines[k].text.strip()) is not None


def captions_next(lines: list[Line], j: int) -> bool:
    """Whether line `j` is the caption of a number on the line after it (caption, number, ...)."""
    after = lines[j + 1] if j + 1 < len(lines) else None
    return (
        after is not None
        and after.start == lines[j].end + 1
        and bool(NUMBER_ONLY.fullmatch(after.text.strip()))
    )
