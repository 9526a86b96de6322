"""A Jupyter notebook saved as its JSON: read as the page it shows (app.extract.notebook)."""

from __future__ import annotations

import datetime as dt
import json

from app.extract import extract_claims
from app.ingest import decode_source
from app.ingest.notebook import read_notebook


def notebook(*cells: dict[str, object]) -> str:
    """A notebook's file as Jupyter writes it: one space of indent, one string to a line."""
    return json.dumps({"cells": list(cells), "metadata": {}, "nbformat": 4}, indent=1) + "\n"


def markdown(*lines: str) -> dict[str, object]:
    return {"cell_type": "markdown", "metadata": {}, "source": list(lines)}


def code(source: list[str], printed: list[str]) -> dict[str, object]:
    result = {"data": {"text/plain": printed}, "execution_count": 4, "metadata": {},
              "output_type": "execute_result"}  # fmt: skip
    return {"cell_type": "code", "execution_count": 4, "id": "c03", "metadata": {},
            "outputs": [result], "source": source}  # fmt: skip


FRAME = [
    "                   n  disclosed_pct  median_mid\n",
    "role_family                                    \n",
    "Data Scientist   959           69.4   121,500.0\n",
    "ML Engineer      612           71.2   138,000.0",
]
TEXT = notebook(
    markdown(
        "## Pay by role family\n",
        "\n",
        'Senior ML engineers earn a median of "CA$158,000", staff ones CA$196,000.',
    ),
    code(["MIN_ANNUAL = 30_000\n", "df = load(limit=600)\n", "df.head(25)"], FRAME),
)


def test_extract_reads_a_notebooks_markdown_and_printed_results_not_its_code() -> None:
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(TEXT)]
    assert got == [
        ("CA$158,000", "salary", 158_000, "CAD", "year"),
        ("CA$196,000", "salary", 196_000, "CAD", "year"),
        ("959", "count", 959, "count", None),
        ("69.4", "percent", 69.4, "%", None),
        ("121,500.0", "salary", 121_500, "CAD", "year"),
        ("612", "count", 612, "count", None),
        ("71.2", "percent", 71.2, "%", None),
        ("138,000.0", "salary", 138_000, "CAD", "year"),
    ]


def test_extract_places_a_notebooks_claims_in_the_file_with_their_context() -> None:
    for claim in extract_claims(TEXT):
        assert TEXT[claim.start : claim.end] == claim.quote
        assert claim.context[claim.start - claim.context_start :].startswith(claim.quote)
        assert '\\n"' not in claim.context  # the page's words, not the file's JSON


def test_read_notebook_shows_escaped_quotes_and_leaves_other_json_alone() -> None:
    page = read_notebook(TEXT)
    assert page is not None
    assert 'median of "CA$158,000", staff' in page.text
    assert "MIN_ANNUAL" not in page.text
    assert "execution_count" not in page.text
    assert read_notebook('{"base_p50": 198500, "currency": "USD"}') is None
    assert read_notebook('{"cells": "not a list", "cell_type": "markdown"}') is None


def test_ingest_describes_a_notebook_by_the_page_it_shows() -> None:
    heading = markdown("# Canadian ML pay, Q3 2026\n", "\n", "Published: 3 October 2026\n")
    data = notebook(heading, code(["x = 1"], ["1"])).encode()
    source = decode_source("pay.ipynb", data, max_bytes=10**6, today=dt.date(2026, 11, 22))
    assert source.meta.title == "Canadian ML pay, Q3 2026"
    assert source.meta.published == "2026-10-03"
    assert source.text == data.decode()  # the file's text is kept whole; claims point into it
