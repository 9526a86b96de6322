"""Comma- or tab-separated rows: a data export (CSV, or a sheet pasted as TSV) in a page.

A header line of names (`role,level,region,currency,base_p50,n`) over lines with as many
cells, each a row of a table. Reading such a row cell by cell matters twice: `238,355` is two
cells, not the number 238,355, and each figure takes its column's name as its label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.extract.tables import Line

_MIN_ROWS = 2  # under the header
_MIN_CELLS = 3
_TITLE_ROWS = 3  # a sheet's title and notes rows above its header
_NAME = re.compile(r"[A-Za-z_][\w .%/()+\-–&#:]{0,39}")  # a header cell: a name, not a figure
_FIGURE = re.compile(r"\s*[+\-−]?\d")


def cell_spans(line: str) -> list[tuple[int, int]]:
    """Where each cell of a comma- or tab-separated line lies (a quoted cell may hold commas).

    >>> cell_spans('a,"b, c",7')
    [(0, 1), (2, 8), (9, 10)]
    """
    cut = "\t" if "\t" in line else ","
    spans, start, quoted = [], 0, False
    for at, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == cut and not quoted:
            spans.append((start, at))
            start = at + 1
    spans.append((start, len(line)))
    return spans


def cells_of(line: str) -> tuple[str, ...]:
    return tuple(line[start:end].strip().strip('"').strip() for start, end in cell_spans(line))


def is_delimited(rows: list[str]) -> bool:
    """Whether lines are a header of names over rows of as many comma-separated cells, some
    of them figures."""
    tabbed = "\t" in rows[0]
    if len(rows) < _MIN_ROWS + 1 or "|" in rows[0] or (", " in rows[0] and not tabbed):
        return False  # a line of prose puts a space after its commas, an export does not
    header = cells_of(rows[0])
    named = [cell for cell in header if cell]  # a sheet pasted as text may leave cells empty
    if len(named) < _MIN_CELLS or not all(_NAME.fullmatch(cell) for cell in named):
        return False
    if any(len(cell_spans(row)) != len(header) for row in rows[1:]):
        return False
    return all(any(_FIGURE.match(cell) for cell in cells_of(row)) for row in rows[1:])


def grouped(groups: tuple[str, ...], header: tuple[str, ...]) -> tuple[str, ...]:
    """A header's names under the groups a sheet's merged cells name above them, each group
    over its own column and the empty ones after it; a row that is no such group (a title
    alone, or names over every column) leaves the header as it is.

    >>> grouped(("", "Base", "", "Bonus"), ("Role", "P50", "P75", "Target %"))
    ('Role', 'Base P50', 'Base P75', 'Bonus Target %')
    """
    named = [cell for cell in groups if cell]
    if len(groups) != len(header) or not 2 <= len(named) < len(header):
        return header
    if not all(_NAME.fullmatch(cell) for cell in named):
        return header
    names, group = [], ""
    for above, name in zip(groups, header, strict=True):
        group = above or group
        names.append(f"{group} {name}" if group and name else name)
    return tuple(names)


def delimited_runs(lines: list[Line]) -> dict[int, tuple[str, ...]]:
    """The line indexes of comma-separated rows, each with its table's header; the header
    line itself maps to an empty tuple (a label, not a row). A sheet's title rows above its
    header ("Offer Benchmarks (Q3),,,,,") are passed over."""
    found: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(lines):
        j = i
        while _separated(lines[i]) and j + 1 < len(lines) and _next_is_separated(lines, j):
            j += 1
        rows = [line.text for line in lines[i : j + 1]]
        top = next((k for k in range(min(_TITLE_ROWS, len(rows))) if is_delimited(rows[k:])), None)
        if j > i and top is not None:
            header = cells_of(lines[i + top].text)
            if top:  # a sheet's merged cells above its header: "Base salary" over two columns
                header = grouped(cells_of(lines[i + top - 1].text), header)
            found[i + top] = ()
            found.update((k, header) for k in range(i + top + 1, j + 1))
        i = j + 1
    return found


def _separated(line: Line) -> bool:
    text = line.text
    return line.kind != "blank" and ("," in text or "\t" in text) and bool(text.strip(",\t "))


def _next_is_separated(lines: list[Line], j: int) -> bool:
    following = lines[j + 1]
    if following.start != lines[j].end + 1:
        return False
    return _separated(following)  # a row of empty cells ends a sheet's table, as a blank does
