"""A Jupyter notebook saved as its JSON (`.ipynb`), read as the page it renders.

Its Markdown cells are prose and its printed results (a DataFrame's text, a cell's printed
output) are tables; its code is not prose, and its JSON keys, ids and counters are no claims.
The page is rebuilt from the file's lines, one string of an array to a line, as Jupyter
writes them, with every character of it mapped back to where it stands in the file:

>>> page = read_notebook('{\\n "cells": [\\n  {\\n   "cell_type": "markdown",\\n'
...     '   "source": [\\n    "Seniors earn $200K.\\\\n"\\n   ]\\n  }\\n ]\\n}\\n')
>>> page.text
'Seniors earn $200K.\\n\\n'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_CELL_TYPE = re.compile(r'\s*"cell_type"\s*:\s*"(\w+)"')
# the arrays of strings whose lines the page shows: a cell's source, a result's printed text
_SHOWN_ARRAY = re.compile(r'\s*"(source|text/plain|text)"\s*:\s*\[\s*$')
_STRING_LINE = re.compile(r'\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)")


@dataclass(frozen=True)
class NotebookPage:
    """The text a notebook shows and, for each of its characters, where it lies in the file."""

    text: str
    starts: list[int]
    ends: list[int]

    def place(self, start: int, end: int) -> tuple[int, int]:
        """The file's span of the page's `text[start:end]`."""
        return self.starts[start], self.ends[end - 1]


def read_notebook(text: str) -> NotebookPage | None:
    """The page of a notebook saved as JSON, one array string to a line; None for any other
    text (and for a notebook written otherwise, which is read as it stands)."""
    if '"cell_type"' not in text or text.lstrip()[:1] != "{" or not _is_notebook(text):
        return None
    page = _Page()
    cell, shown, pos = "", "", 0
    for line in text.split("\n"):
        typed = _CELL_TYPE.match(line)
        if typed is not None:
            cell = typed[1]
            page.close_block(pos)
        elif shown:
            string = _STRING_LINE.match(line)
            if string is None:  # the array's "]"
                shown = ""
                page.close_block(pos)
            elif shown != "code":
                page.add(text, pos + string.start(1) + 1, pos + string.end(1) - 1)
        elif array := _SHOWN_ARRAY.match(line):
            # a code cell's source is code; its outputs' printed text is read
            shown = "code" if array[1] == "source" and cell == "code" else array[1]
        pos += len(line) + 1
    return page.done() if page.chars else None


def _is_notebook(text: str) -> bool:
    try:
        parsed = json.loads(text)
    except ValueError:
        return False
    return isinstance(parsed, dict) and isinstance(parsed.get("cells"), list)


class _Page:
    """The page being built: its characters and their spans in the file."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, text: str, start: int, end: int) -> None:
        """One JSON string's content, `text[start:end]`, its escapes read."""
        at = start
        for escape in _ESCAPE.finditer(text, start, end):
            self._copy(text, at, escape.start())
            self._put(_unescape(escape.group()), escape.start(), escape.end())
            at = escape.end()
        self._copy(text, at, end)

    def close_block(self, pos: int) -> None:
        """A blank line after a cell's or an output's lines, so that blocks stay apart."""
        if self.chars and self.chars[-1] != "\n":
            self._put("\n", pos, pos)
        if len(self.chars) > 1 and self.chars[-2] != "\n":
            self._put("\n", pos, pos)

    def done(self) -> NotebookPage:
        return NotebookPage("".join(self.chars), self.starts, self.ends)

    def _copy(self, text: str, start: int, end: int) -> None:
        self.chars.extend(text[start:end])
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def _put(self, char: str, start: int, end: int) -> None:
        self.chars.append(char)
        self.starts.append(start)
        self.ends.append(end)


def _unescape(escape: str) -> str:
    decoded: str = json.loads(f'"{escape}"')
    return decoded
