"""Broken and hostile files in one batch with good ones; arbitrary text through the extractor.

Each bad file gets one clear line naming it, or is ingested correctly; the good files land.
"""

from __future__ import annotations

import math
import pathlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.config import Settings
from app.db import make_engine, migrate
from app.extract import extract_claims
from app.pipeline import IngestReport, ingest_paths
from tests.reliability.conftest import note_figures

GOOD = (
    "Salary Guide {n}\n\nPublished: April 8, 2026\n\n"
    "Senior AI engineers earn $240K to $320K a year.\n"
)
MB = 1024 * 1024
LONG_LINE_CLAIMS = ("$111K a year", "$222K a year", "$333K a year")


def _long_line() -> bytes:
    """2 MB on one line: prose with a claim at the start, in the middle and at the end."""
    filler = "lorem ipsum dolor sit amet " * (MB // 27)
    first, middle, last = (f" Engineers earn {claim}. " for claim in LONG_LINE_CLAIMS)
    return (first + filler + middle + filler + last).encode()


FILES: dict[str, Callable[[], bytes]] = {
    "a_good.txt": lambda: GOOD.format(n=1).encode(),
    "empty.txt": lambda: b"",
    "whitespace.txt": lambda: b"  \n\t \r\n \n",
    "nul_bytes.txt": lambda: b"Engineers earn $5K\x00\x00\x00 a month.\n",
    "invalid_utf8.txt": lambda: b"Caf\xe9 guide \x80\x81: engineers earn $120K a year.\n",
    "utf16_bom.txt": lambda: (
        b"\xff\xfe" + "Senior engineers earn $150K a year.\n".encode("utf-16-le")
    ),
    "cp1252.txt": lambda: "Café “guide” — seniors earn €90K a year.\n".encode("cp1252"),
    "page.html": lambda: (
        b"<!doctype html><html><head><title>Pay</title><script>alert(1)</script></head>"
        b"<body><p>Engineers earn $130K a year.</p></body></html>"
    ),
    "broken_front_matter.md": lambda: b"---\ntitle: [unclosed\nfoo: : :\n---\nEarn $110K.\n",
    "zero_date.md": lambda: (
        b"---\ntitle: Zero\ndate: 0000-00-00\n---\nPublished: 0000-00-00\n\n"
        b"Engineers earn $100K a year.\n"
    ),
    "long_line.txt": _long_line,
    "digits_400.txt": lambda: (
        f"Engineers earn ${'9' * 400} a year, up {'1' * 400}% and {'7' * 400} people.\n"
    ).encode(),
    "z_good.txt": lambda: GOOD.format(n=2).encode(),
}
HUGE = "huge_50mb.txt"


@dataclass(frozen=True)
class Batch:
    """One ingest of every file above, its report, and what landed."""

    report: IngestReport
    seconds: float
    read_files: list[str]
    sources: dict[str, dict[str, Any]]
    claims: dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def batch(module_url: str, tmp_path_factory: pytest.TempPathFactory) -> Batch:
    """The whole matrix ingested in ONE batch; which files were read whole is recorded."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, make in FILES.items():
        (folder / name).write_bytes(make())
    with open(folder / HUGE, "wb") as out:  # 50 MB of real text, so reading it would ingest
        block = (GOOD.format(n=3) * 2000).encode()
        for _ in range(50 * MB // len(block) + 1):
            out.write(block)
    read: list[str] = []
    original = pathlib.Path.read_bytes
    patch = pytest.MonkeyPatch()

    def spy(path: Path) -> bytes:
        read.append(path.name)
        return original(path)

    patch.setattr(pathlib.Path, "read_bytes", spy)
    engine = make_engine(module_url)
    migrate(engine)
    started = time.monotonic()
    try:
        report = ingest_paths([folder], engine=engine, settings=Settings(database_url=module_url))
    finally:
        patch.undo()
    seconds = time.monotonic() - started
    with engine.connect() as connection:
        sources = {
            row.file_name: dict(row._mapping)
            for row in connection.execute(text("SELECT * FROM source"))
        }
        ids = {row["id"]: name for name, row in sources.items()}
        claims: dict[str, list[dict[str, Any]]] = {name: [] for name in sources}
        for row in connection.execute(text("SELECT * FROM claim ORDER BY start")):
            claims[ids[row.source_id]].append(dict(row._mapping))
    engine.dispose()
    note_figures(
        "hostile_batch", database=module_url.split(":")[0], files=len(FILES) + 1,
        seconds=round(seconds, 2), errors=report.errors,
    )  # fmt: skip
    return Batch(report, seconds, read, sources, claims)


REFUSED = {
    "empty.txt": "empty file (0 bytes)",
    "whitespace.txt": "no text: only whitespace",
    "nul_bytes.txt": "binary content: NUL bytes",
    "broken_front_matter.md": "malformed front matter",
    HUGE: "too large: 52,",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_bad_file_gets_one_line_naming_it(batch: Batch, name: str) -> None:
    mine = [error for error in batch.report.errors if error.startswith(f"{name}: ")]
    assert len(mine) == 1
    assert REFUSED[name] in mine[0]
    assert "\n" not in mine[0]
    assert name not in batch.sources


def test_only_the_bad_files_are_refused_and_the_huge_one_is_never_read(batch: Batch) -> None:
    assert sorted(error.split(":")[0] for error in batch.report.errors) == sorted(REFUSED)
    assert HUGE not in batch.read_files
    assert sorted(batch.sources) == sorted(set(FILES) - set(REFUSED))


def quotes(batch: Batch, name: str) -> list[str]:
    return [claim["quote"] for claim in batch.claims[name]]


@pytest.mark.parametrize(
    ("name", "encoding", "claims"),
    [
        ("a_good.txt", "utf-8", ["$240K to $320K a year"]),
        ("z_good.txt", "utf-8", ["$240K to $320K a year"]),
        ("utf16_bom.txt", "utf-16", ["$150K a year"]),
        ("cp1252.txt", "cp1252", ["€90K a year"]),
        ("zero_date.md", "utf-8", ["$100K a year"]),
        ("long_line.txt", "utf-8", list(LONG_LINE_CLAIMS)),
    ],
)
def test_a_readable_file_lands_with_its_claims(
    batch: Batch, name: str, encoding: str, claims: list[str]
) -> None:
    source = batch.sources[name]
    assert source["encoding"] == encoding
    assert quotes(batch, name) == claims
    for claim in batch.claims[name]:
        assert source["text"][claim["start"] : claim["end"]] == claim["quote"]


def test_invalid_utf8_is_read_as_a_legacy_encoding_and_its_claim_lands(batch: Batch) -> None:
    # 0x81 is undefined in Windows-1252, so the detector picks another code page (cp775 here):
    # the words around the stray bytes are garbled, the figure is not.
    assert batch.sources["invalid_utf8.txt"]["encoding"] not in ("utf-8", "cp1252")
    assert quotes(batch, "invalid_utf8.txt") == ["$120K a year"]


def test_windows_1252_and_utf16_text_is_decoded_not_garbled(batch: Batch) -> None:
    assert "Café “guide” —" in batch.sources["cp1252.txt"]["text"]
    assert batch.sources["utf16_bom.txt"]["text"].startswith("Senior engineers")


def test_a_zero_date_is_no_date(batch: Batch) -> None:
    assert (batch.sources["zero_date.md"]["published"], batch.sources["zero_date.md"]["title"]) == (
        None,
        "Zero",
    )


def test_html_is_ingested_as_text_with_its_title(batch: Batch) -> None:
    assert batch.sources["page.html"]["title"] == "Pay"
    assert "$130K a year" in quotes(batch, "page.html")


def test_400_digit_numbers_are_quoted_exactly_and_stored_without_infinities(batch: Batch) -> None:
    # A number too long for a float is no claim (it has no value to check); the file lands.
    assert "digits_400.txt" in batch.sources
    claims = batch.claims["digits_400.txt"]
    text_ = batch.sources["digits_400.txt"]["text"]
    for claim in claims:
        assert text_[claim["start"] : claim["end"]] == claim["quote"]
        for value in (claim["low"], claim["high"]):
            assert value is None or math.isfinite(value)


# The number grammar's own alphabet (app/extract/numbers.py): symbols, scales, rates, ranges,
# and the things it must step over (dates, times, URLs, code, tags).
GRAMMAR = [
    "$", "US$", "C$", "A$", "£", "€", "₹", "Rs.", "INR ", "USD", " EUR", " dollars",
    "K", "k", "M", "mm", "bn", "B", "L", "Cr", " lakh", " crore", " million", " thousand",
    "-", "–", "—", "−", " to ", "+", "±", " plus",
    "/yr", "/hr", " per year", " an hour", " LPA", " p.a.", " annually", " monthly",
    "%", " percent", " per cent", " pct", " YoY", " year-over-year",
    "x", "X", "×", " times the", "GB", "TB", " years", " months", " hrs", ":1",
    "2026-04-08", "April 8, 2026", "9:30 am", "12:00", "https://x.io/3k", "`v1.2`", "<b>",
    "](", "GPT-4o", "H100", "1.2.3", "3/4",
    ",", ".", " ", "\n", "\n\n", "|", "  • ", "# ", "(", ")", '"', "“", "”",
]  # fmt: skip
NUMBERS = st.from_regex(r"\A\d{1,4}(,\d{3}){0,3}(\.\d{1,3})?\Z") | st.sampled_from(
    ["0", "00", "1" * 400, "9" * 40, "0.0000001", "1,00,000"]
)


@given(st.lists(st.one_of(st.sampled_from(GRAMMAR), NUMBERS), max_size=40))
@settings(max_examples=400, deadline=None, derandomize=True)
def test_extract_never_raises_on_the_number_grammar_alphabet(parts: list[str]) -> None:
    text_ = "".join(parts)
    previous_end = 0
    for claim in extract_claims(text_):
        assert text_[claim.start : claim.end] == claim.quote
        assert claim.quote.strip() == claim.quote != ""
        assert claim.start >= previous_end, "claims overlap or come out of order"
        previous_end = claim.end


@pytest.mark.parametrize(
    "sentence", ["Seniors earn $320K to $240K a year.", "It takes 10-5 years.", "A 1-0 lead."]
)
def test_an_inverted_range_never_gives_low_above_high(sentence: str) -> None:
    for claim in extract_claims(sentence):
        assert claim.low is None or claim.high is None or claim.low <= claim.high
