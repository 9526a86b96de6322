"""Ingest: decoding, repair, metadata and flags, on tiny in-test documents and on the seeds."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

import pytest

from app.ingest import IngestError, SourceText, decode_source, read_source
from app.ingest.repair import find_suspects

TODAY = dt.date(2026, 11, 22)
LIMIT = 1_000_000
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "Salaries rose 20% – “fast”, said José; senior pay is €90K.\n"


def ingest(data: bytes | str, *, today: dt.date = TODAY, name: str = "doc.txt") -> SourceText:
    """Run decode_source on bytes, or on a str encoded as UTF-8."""
    raw = data.encode() if isinstance(data, str) else data
    return decode_source(name, raw, max_bytes=LIMIT, today=today)


def filler(words: int) -> str:
    """Neutral prose, to push a line away from the edges of a document."""
    return ("Teams ship features and measure what breaks in production. " * (words // 9)) + "\n"


# --- decoding -------------------------------------------------------------------------------

GREEK = "Ελληνικά κείμενα για μηχανικούς και τους μισθούς τους στην αγορά.\n" * 3


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        pytest.param(BODY.encode(), "utf-8", BODY, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + BODY.encode(), "utf-8-sig", BODY, id="utf-8-with-bom"),
        pytest.param(
            codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), "utf-16", BODY, id="utf-16-le-bom"
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), "utf-16", BODY, id="utf-16-be-bom"
        ),
        pytest.param(BODY.encode("utf-16-le"), "utf-16-le", BODY, id="utf-16-le-no-bom"),
        pytest.param(BODY.encode("utf-16-be"), "utf-16-be", BODY, id="utf-16-be-no-bom"),
        pytest.param(BODY.encode("cp1252"), "cp1252", BODY, id="windows-1252"),
        pytest.param(b"caf\xe9 menu\n", "cp1252", "café menu\n", id="windows-1252-one-byte"),
        pytest.param(GREEK.encode("cp1253"), "cp1253", GREEK, id="greek-code-page-detected"),
    ],
)
def test_decode_source_reads_each_encoding(data: bytes, encoding: str, text: str) -> None:
    source = ingest(data)
    assert (source.encoding, source.raw_text, source.text) == (encoding, text, text)
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert "mojibake" not in source.flags


# --- mojibake -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "repaired"),
    [
        pytest.param("Pay â€” $120K at cafÃ© Ãœber\n", "Pay — $120K at café Über\n", id="cp1252"),
        pytest.param("Pay Ã© costs Â£5\n", "Pay é costs £5\n", id="latin-1"),
        pytest.param(
            "A β€” B, 10-20Γ— faster Β· Cancel\n", "A — B, 10-20× faster · Cancel\n", id="cp1253"
        ),
        pytest.param(
            "ok\r\nAI engineers β€” fast\r\n", "ok\r\nAI engineers — fast\r\n", id="crlf-kept"
        ),
    ],
)
def test_decode_source_repairs_mojibake_and_flags_it(raw: str, repaired: str) -> None:
    source = ingest(raw)
    assert (source.raw_text, source.text, source.flags) == (raw, repaired, ("mojibake",))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He said “fast” and it’s done — naïve résumé.\n", id="curly-quotes-dashes"),
        pytest.param("Cafés naïve—“quote” Über • item\n", id="accents-next-to-punctuation"),
        pytest.param("The ﬁrst ﬁgure, ＡＩ, &amp; e\u0301\n", id="ligature-width-entity-nfd"),
        pytest.param("Line one\r\nLine two\r\n", id="crlf"),
        pytest.param("Tabs\tand\fform feeds stay — all of them.\n", id="whitespace-controls"),
        pytest.param("Ελληνικά: μισθός €90K.\n", id="real-greek"),
        # In Mac Roman bytes "–£" and "—£" spell UTF-8 for Cyrillic "У" and "ѣ"
        pytest.param("Seniors sign at £105k–£130k, leads at £140k—£160k.\n", id="dash-pound"),
        pytest.param("Русский текст: £5–£6 в час.\n", id="dash-pound-in-cyrillic"),
    ],
)
def test_decode_source_leaves_clean_text_alone(text: str) -> None:
    source = ingest(text)
    assert (source.text, source.flags) == (text, ())


def test_stripping_terminal_escapes_is_not_mojibake() -> None:
    raw = "Pay rose 20% this year — \x1b[1mfast\x1b[0m — across every senior engineering role.\n"
    source = ingest(raw)
    assert source.text == "Pay rose 20% this year — fast — across every senior engineering role.\n"
    assert source.flags == ()


@pytest.mark.parametrize(
    ("codec", "mark"),
    [
        pytest.param("utf-8", b"", id="utf-8"),
        pytest.param("utf-8", codecs.BOM_UTF8, id="utf-8-with-bom"),
        pytest.param("cp1252", b"", id="windows-1252"),
        pytest.param("utf-16-le", codecs.BOM_UTF16_LE, id="utf-16"),
    ],
)
def test_one_control_character_in_a_hundred_is_text_and_two_are_binary(
    codec: str, mark: bytes
) -> None:
    # UTF-8 and Windows-1252 count control bytes, the others characters: the same answer.
    text = "José earns €90K\x07" + "a" * 84
    assert len(text) == 100
    assert ingest(mark + text.encode(codec)).raw_text == text
    with pytest.raises(IngestError, match="binary content: control characters"):
        ingest(mark + text.replace("a", "\x02", 1).encode(codec))


def test_suspect_spans_include_a_no_break_space_lost_after_a_circumflex_or_a_tilde() -> None:
    assert find_suspects("x Â y Ã z —“q” \x85") == [(2, 4), (6, 8), (10, 12), (15, 16)]


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty file (0 bytes)", id="empty"),
        pytest.param(b" \n\t\r\n  ", "no text: only whitespace (7 bytes)", id="whitespace"),
        pytest.param(codecs.BOM_UTF8 + b"\n", "no text: only whitespace (4 bytes)", id="bom-only"),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
            "binary content: NUL bytes and not UTF-16 text",
            id="nul-bytes",
        ),
        pytest.param(
            b"text\x01\x02\x03\x04\x05\x06",
            "binary content: control characters in utf-8 text",
            id="control-bytes",
        ),
        pytest.param(
            bytes(range(0x80, 0x100)) * 3,
            "undecodable: not UTF-8 and no known encoding fits",
            id="invalid-bytes",
        ),
        pytest.param(
            codecs.BOM_UTF8 + b"ok \xff\xfe then",
            "undecodable: not valid utf-8-sig (byte 0xff at offset 6)",
            id="invalid-after-bom",
        ),
        pytest.param(
            b"---\ntitle: How to: hire\n---\nBody\n",
            "malformed front matter: YAML does not parse "
            "(mapping values are not allowed in this context on line 2)",
            id="front-matter-yaml",
        ),
        pytest.param(
            b"---\ntitle: Guide\ndate: 2026-01-01\n\nBody with no closing fence\n",
            "malformed front matter: opening '---' is never closed",
            id="front-matter-unclosed",
        ),
        pytest.param(
            b"---\n- one\n- two\n---\nBody\n",
            "malformed front matter: YAML between '---' lines is not a mapping",
            id="front-matter-not-mapping",
        ),
    ],
)
def test_decode_source_refuses_bad_input_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as caught:
        ingest(data, name="bad.md")
    assert (caught.value.file_name, caught.value.reason) == ("bad.md", reason)
    assert str(caught.value) == f"bad.md: {reason}"
    assert isinstance(caught.value, ValueError)


def test_decode_source_refuses_input_over_the_size_limit() -> None:
    with pytest.raises(IngestError, match=r"^big\.txt: too large: 1,001 bytes, over the 1,000-"):
        decode_source("big.txt", b"x" * 1001, max_bytes=1000, today=TODAY)
    assert decode_source("ok.txt", b"x" * 1000, max_bytes=1000, today=TODAY).text == "x" * 1000


def test_read_source_checks_size_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"y" * 2048)

    def refuse(self: Path) -> bytes:
        raise AssertionError("read the bytes of a file over the limit")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(IngestError, match=r"^huge\.txt: too large: 2,048 bytes, over the 2,047"):
        read_source(path, max_bytes=2047, today=TODAY)


def test_read_source_reads_a_file_and_names_it_by_base_name(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "guide.md"
    path.parent.mkdir()
    path.write_bytes(codecs.BOM_UTF8 + b"Guide to AI Hiring in 2026\n\nApril 8, 2026\n")
    source = read_source(path, max_bytes=LIMIT, today=TODAY)
    assert (source.file_name, source.encoding) == ("guide.md", "utf-8-sig")
    assert (source.meta.title, source.meta.published) == (
        "Guide to AI Hiring in 2026",
        "2026-04-08",
    )


def test_read_source_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"^gone\.txt: cannot read: No such file"):
        read_source(tmp_path / "gone.txt", max_bytes=LIMIT, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("---\ntitle: Pay Guide for 2026\ndate: 0000-00-00\n---\nBody\n", id="yaml"),
        pytest.param(
            "---\ntitle: Pay Guide for 2026\ndate: '0000-00-00'\n---\nBody\n", id="quoted"
        ),
        pytest.param("Pay Guide for 2026\n\nPublished: 0000-00-00\n\nBody\n", id="label"),
        pytest.param("Pay Guide for 2026\n\n0000-00-00\n\nBody\n", id="date-line"),
        pytest.param("Pay Guide for 2026\n\nPublished: February 30, 2026\n", id="no-such-day"),
    ],
)
def test_impossible_dates_give_no_date_and_no_flag(text: str) -> None:
    source = ingest(text)
    assert (source.meta.title, source.meta.published, source.meta.date_text) == (
        "Pay Guide for 2026",
        None,
        None,
    )
    assert source.flags == ()


# --- metadata -------------------------------------------------------------------------------

FRONT = """---
title: "Hiring AI Engineers in 2026"
author:
  name: Ada Park
  role: Editor
publisher: Park & Co
date: 2026-02-03
canonical_url: "https://parkco.example/ai-hiring"
tags: [ai, hiring]
---

# A Different Heading Here

Body text. Published: January 1, 2020 | Author: Someone Else
"""


def test_front_matter_fields_come_first_and_the_text_keeps_the_front_matter() -> None:
    source = ingest(FRONT)
    assert dataclasses.asdict(source.meta) == {
        "title": "Hiring AI Engineers in 2026",
        "publisher": "Park & Co",
        "author": "Ada Park",
        "published": "2026-02-03",
        "date_text": "date: 2026-02-03",
        "url": "https://parkco.example/ai-hiring",
    }
    assert source.text == FRONT


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        # titles
        pytest.param(
            "Skip to main content\n\nWhat Does an AI Engineer Do in 2026?\n\nIntro.\n",
            "title",
            "What Does an AI Engineer Do in 2026?",
            id="title-after-skip-link",
        ),
        pytest.param(
            "Career note\nAI Engineer: The Complete Guide\nA role for builders.\n",
            "title",
            "AI Engineer: The Complete Guide",
            id="title-after-short-label",
        ),
        pytest.param(
            "acme logo\n\nAcme\n\nThe Long Guide To Pay\n\nThe Long Guide To Pay\n\nBody.\n",
            "title",
            "The Long Guide To Pay",
            id="title-repeated-line",
        ),
        pytest.param(
            "Intro words here\n# Markdown Heading Title\n\nBody.\n",
            "title",
            "Markdown Heading Title",
            id="title-markdown-h1",
        ),
        pytest.param(
            "<html><head><title>HTML Page Title</title></head><body>x</body></html>\n",
            "title",
            "HTML Page Title",
            id="title-html",
        ),
        pytest.param(
            "<title>Pay 2026 | PayScope</title>\n<body><h1>ML Pay in <b>2026</b></h1></body>\n",
            "title",
            "ML Pay in 2026",
            id="title-html-h1-before-title",
        ),
        pytest.param(
            "<title>ML Engineer Pay 2026 | PayScope</title>\n",
            "title",
            "ML Engineer Pay 2026",
            id="title-html-site-suffix-dropped",
        ),
        pytest.param(
            "You are probably seeing the same pattern.\nShort\n", "title", None, id="title-none"
        ),
        pytest.param(
            "The market for engineers changed over the past year. Companies that\nonce hired.\n",
            "title",
            None,
            id="title-none-from-wrapped-prose",
        ),
        # dates
        pytest.param(
            "Guide Title For Us\n\nApril 8, 2026\nNo items found.\n",
            "date",
            ("2026-04-08", "April 8, 2026"),
            id="date-line-month-day-year",
        ),
        pytest.param(
            "Guide Title For Us\n\n2025-01-19\n9 min read\n",
            "date",
            ("2025-01-19", "2025-01-19"),
            id="date-line-bare-iso",
        ),
        pytest.param(
            "Guide\nMid to Senior · Updated Mar 2026 · Working guide\n",
            "date",
            ("2026-03", "Updated Mar 2026"),
            id="date-updated-month",
        ),
        pytest.param(
            "Title of It All\n\nBody.\n\nPublished: April 22, 2026 | Author: Kim Lee | Tag: AI\n",
            "date",
            ("2026-04-22", "Published: April 22, 2026"),
            id="date-published-label",
        ),
        pytest.param(
            "Title of It All\nUpdated March 2026\n\n*Posted on 3 May 2025*\n",
            "date",
            ("2025-05-03", "Posted on 3 May 2025"),
            id="date-published-beats-updated",
        ),
        pytest.param(
            '---\ntitle: T\ndate: "2028-01-26"\n---\nPublished: May 1, 2026\n',
            "date",
            ("2028-01-26", 'date: "2028-01-26"'),
            id="date-front-matter-quoted",
        ),
        pytest.param(
            "---\ntitle: T\ndate: 2025\n---\nBody\n",
            "date",
            ("2025", "date: 2025"),
            id="date-front-matter-year-only",
        ),
        pytest.param(
            "---\ntitle: T\nlastmod: 2026-05-01T10:00:00Z\n---\nBody\n",
            "date",
            ("2026-05-01", "lastmod: 2026-05-01T10:00:00Z"),
            id="date-front-matter-update-key",
        ),
        pytest.param(
            "<h1>Title</h1>\n<p class='meta'>Posted on March 3, 2026</p><p>Body</p>\n",
            "date",
            ("2026-03-03", "Posted on March 3, 2026"),
            id="date-label-inside-html",
        ),
        pytest.param(
            "Title of It All\n\nThe survey ran on March 3, 2026 across teams.\n",
            "date",
            (None, None),
            id="date-in-prose-is-not-publication",
        ),
        # authors
        pytest.param(
            "Title of It All\nBy Jane Doe\n\nBody.\n", "author", "Jane Doe", id="author-by-line"
        ),
        pytest.param(
            "Title of It All\n*By Jane Doe, Senior Editor*\n\nBody.\n",
            "author",
            "Jane Doe",
            id="author-by-line-with-role",
        ),
        pytest.param(
            "---\ntitle: T\nauthor: [Sam Rivera, Lee Chan]\n---\nBody\n",
            "author",
            "Sam Rivera",
            id="author-front-matter-list",
        ),
        pytest.param(
            "Title of It All\n\nPublished: April 22, 2026 | Author: Kim Lee, CEO — Lee Labs |\n",
            "author",
            "Kim Lee",
            id="author-in-byline-segment",
        ),
        pytest.param(
            "Title of It All\n\nBy the end of the week, 3,000 people had applied.\n",
            "author",
            None,
            id="author-not-from-by-the-end",
        ),
        pytest.param(
            "Title of It All\n\nBy Monday Morning, most teams had shipped the fix and moved on.\n",
            "author",
            None,
            id="author-not-from-long-by-sentence",
        ),
        # publishers
        pytest.param(
            "Title of It All\n\nPublished: April 22, 2026 | Author: Kim Lee, CEO — Lee Labs |\n",
            "publisher",
            "Lee Labs",
            id="publisher-byline-after-dash",
        ),
        pytest.param(
            "Title of It All\n\nBody.\n\n*Originally published on [Kanopy Labs](https://k.example/a)*\n",
            "publisher",
            "Kanopy Labs",
            id="publisher-originally-published-link",
        ),
        pytest.param(
            "Title of It All\n\nBody.\n\nThis piece was originally published on Pay Weekly.\n",
            "publisher",
            "Pay Weekly",
            id="publisher-originally-published-name",
        ),
        pytest.param(
            "Title of It All\n\nBody.\n\n© 2024–2026 Acme Labs. All rights reserved.\n",
            "publisher",
            "Acme Labs",
            id="publisher-copyright",
        ),
        pytest.param(
            "startupbricks logo\n\nStartupbricks\n\nThe Guide Of Guides\n\nBody.\n",
            "publisher",
            "Startupbricks",
            id="publisher-logo-line",
        ),
        pytest.param(
            "The Guide Of Guides\n\nBody.\n\nAt Hirewise, we help engineers find roles.\n",
            "publisher",
            "Hirewise",
            id="publisher-at-x-we",
        ),
        pytest.param(
            "The Guide Of Guides\n\nBody.\n\nGroovy Web is an AI-First development agency. "
            "We've helped 200+ clients.\n",
            "publisher",
            "Groovy Web",
            id="publisher-x-is-an-agency-we",
        ),
        pytest.param(
            "The Guide Of Guides\n\nRoles.ai matches people. Try Roles.ai today.\n\nSign up\n"
            "Roles.ai\nOur weekly newsletter.\n",
            "publisher",
            "Roles.ai",
            id="publisher-footer-brand-beside-our",
        ),
        pytest.param(
            "The Guide Of Guides\n\nRoles.ai matches people.\n\nSign up\nOther.io\nOur weekly.\n",
            "publisher",
            None,
            id="publisher-none-from-footer-name-said-once",
        ),
        pytest.param(
            "The Guide Of Guides\n\nWhy Python?\n\nPython is a language. At first, we wait.\n",
            "publisher",
            None,
            id="publisher-none-from-ordinary-prose",
        ),
        pytest.param(
            "The Guide Of Guides\n\nAt Google, we shipped it, said one engineer.\n" + filler(900),
            "publisher",
            None,
            id="publisher-none-from-quote-early-in-text",
        ),
        pytest.param(
            "The Guide Of Guides\n\nAt Flipkart, we saw teams grow threefold.\n",
            "publisher",
            None,
            id="publisher-none-from-at-x-we-anecdote",
        ),
        pytest.param(
            "The Guide Of Guides\n\nOpenAI is a research company that ships models.\n",
            "publisher",
            None,
            id="publisher-none-from-company-description",
        ),
        # urls
        pytest.param(
            "Title of It All\n\n*Originally published on [Kanopy Labs](https://k.example/a)*\n",
            "url",
            "https://k.example/a",
            id="url-originally-published",
        ),
        pytest.param(
            '<link rel="canonical" href="https://site.example/p/1">\n<h1>T</h1>\n',
            "url",
            "https://site.example/p/1",
            id="url-html-canonical",
        ),
        pytest.param(
            "Title of It All\nCanonical URL: https://site.example/guide\n",
            "url",
            "https://site.example/guide",
            id="url-canonical-line",
        ),
        pytest.param(
            "Title of It All\n\nSee https://other.example/report for data.\n",
            "url",
            None,
            id="url-none-from-a-cited-link",
        ),
        pytest.param(
            "---\ntitle: T\nurl: /blog/relative\n---\nBody\n",
            "url",
            None,
            id="url-none-from-relative-front-matter",
        ),
    ],
)
def test_metadata_is_read_from_each_form(text: str, field: str, expected: object) -> None:
    meta = ingest(text).meta
    actual = (meta.published, meta.date_text) if field == "date" else getattr(meta, field)
    assert actual == expected


# --- flags ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "flags"),
    [
        pytest.param(
            '---\ntitle: T\ndate: "2028-01-26"\n---\nx\n', TODAY, ("future-date",), id="future"
        ),
        pytest.param("---\ntitle: T\ndate: 2026-11-22\n---\nx\n", TODAY, (), id="today-not-future"),
        pytest.param(
            "---\ntitle: T\ndate: 2026-11-23\n---\nx\n", TODAY, ("future-date",), id="tomorrow"
        ),
        pytest.param("Guide A B\nUpdated Nov 2026\n", TODAY, (), id="this-month-not-future"),
        pytest.param("---\ntitle: T\ndate: 2026\n---\nx\n", TODAY, (), id="this-year-not-future"),
        pytest.param(
            "---\ntitle: T\ndate: 2027\n---\nx\n", TODAY, ("future-date",), id="next-year"
        ),
        pytest.param("Guide A B\nUpdated Dec 2026\n", TODAY, ("future-date",), id="next-month"),
        pytest.param(
            "AI Engineers in 2026: The Path\n\n2025-01-19\n",
            TODAY,
            ("predates-subject",),
            id="predates-title-year",
        ),
        pytest.param(
            "AI Engineers in 2026: The Path\n\n2026-01-02\n", TODAY, (), id="same-year-as-title"
        ),
        pytest.param(
            "Salary Trends 2024 to 2026 Explained\n\nPublished: June 1, 2025\n",
            TODAY,
            ("predates-subject",),
            id="predates-latest-title-year",
        ),
        pytest.param(
            "The Guide To Pay\n\nMarch 3, 2025\n\nIn 2026 pay rose. By 2026 teams grew. "
            "The 2026 market is hot. Back in 2019 it was not.\n",
            TODAY,
            ("predates-subject",),
            id="predates-body-year",
        ),
        pytest.param(
            "The Guide To Pay\n\nMarch 3, 2025\n\nIn 2026 pay rose. In 2024 it fell. "
            "In 2023 it held. In 2026 it grew.\n",
            TODAY,
            (),
            id="body-years-mixed",
        ),
        pytest.param(
            "Guide\nMid · Updated Mar 2026 · Working guide under source review\n",
            TODAY,
            ("under-review",),
            id="under-source-review",
        ),
        pytest.param(
            "Guide\n\nThis role guide is being re-sourced before release.\n",
            TODAY,
            ("under-review",),
            id="being-re-sourced",
        ),
        pytest.param(
            "Guide\n\nThis article is currently under editorial review.\n",
            TODAY,
            ("under-review",),
            id="article-under-editorial-review",
        ),
        pytest.param(
            "Guide\n\nPull requests under review pile up; code review takes a day.\n",
            TODAY,
            (),
            id="other-things-under-review",
        ),
        pytest.param(
            "Jobs in 2027 Guide\n\nUpdated Dec 2026 · under source review\nPay â€” high\n",
            TODAY,
            ("future-date", "mojibake", "predates-subject", "under-review"),
            id="all-four-sorted",
        ),
    ],
)
def test_flags_are_raised_only_when_the_document_warrants(
    text: str, today: dt.date, flags: tuple[str, ...]
) -> None:
    assert ingest(text, today=today).flags == flags


# --- purity and shape -----------------------------------------------------------------------


def test_decode_source_is_deterministic_and_frozen() -> None:
    first, second = ingest(FRONT), ingest(FRONT)
    assert first == second
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.text = "changed"  # type: ignore[misc]


# --- the seeds ------------------------------------------------------------------------------

# What a careful editor records for each seed, written from reading the documents.
SEED_META = {
    "000_700033abea74a587.txt": (
        "AI Engineer: The Startup-Focused Guide for 2026",
        "Underdog.io",
        None,
        "2026-04-08",
        "April 8, 2026",
        None,
        (),
    ),
    "001_59fb24d6bb453ee0.txt": (
        "AI Engineer: The Complete Guide",
        None,
        None,
        "2026-03",
        "Updated Mar 2026",
        None,
        ("under-review",),
    ),
    "002_81851087732354e4.txt": (
        "How to Hire AI Engineers vs ML Engineers for Your Startup in 2026",
        "Kanopy Labs",
        "Nate Laquis",
        "2028-01-26",
        'date: "2028-01-26"',
        "https://kanopylabs.com/blog/how-to-hire-ai-engineers",
        ("future-date",),
    ),
    "003_c03bcc24a1f6507e.txt": (
        "AI Engineers in 2026: The Hottest Career Path in Tech",
        "Startupbricks",
        None,
        "2025-01-19",
        "2025-01-19",
        None,
        ("predates-subject",),
    ),
    "004_6d588e107ec5676b.txt": (
        "What Does an AI Engineer Do? Skills, Salary & Hiring Guide for 2026",
        "Groovy Web",
        "Krunal Panchal",
        "2026-04-22",
        "Published: April 22, 2026",
        None,
        ("mojibake",),
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_META))
def test_seed_metadata_matches_a_careful_reading(name: str) -> None:
    source = read_source(SEEDS / name, max_bytes=10_000_000, today=TODAY)
    meta = source.meta
    fields = (meta.title, meta.publisher, meta.author, meta.published, meta.date_text, meta.url)
    assert (*fields, source.flags) == SEED_META[name]
    assert source.encoding == "utf-8"
    assert source.sha256 == hashlib.sha256((SEEDS / name).read_bytes()).hexdigest()


def test_seed_004_is_repaired_without_moving_text_much() -> None:
    source = read_source(SEEDS / "004_6d588e107ec5676b.txt", max_bytes=10_000_000, today=TODAY)
    for broken in ("β€", "Γ—", "Β·"):
        assert broken not in source.text
    assert "β€”" in source.raw_text
    assert source.text.count("—") == source.raw_text.count("β€”")
    assert len(source.raw_text) - len(source.text) == 2 * source.raw_text.count("β€”") + 4


def test_clean_seeds_come_through_unchanged_front_matter_included() -> None:
    for name in ("000_700033abea74a587.txt", "002_81851087732354e4.txt"):
        source = read_source(SEEDS / name, max_bytes=10_000_000, today=TODAY)
        assert source.text == source.raw_text == (SEEDS / name).read_text(encoding="utf-8")
