"""The citations appendix: the pure renderer, golden files from a hand-made database, CLI, HTTP."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session
from typer.testing import CliRunner

from app.appendix import (
    AppendixEntry,
    CitedSource,
    ConflictNote,
    Figure,
    csl_names,
    escape_markdown,
    format_figure,
    parse_statuses,
    render_appendix,
    source_anomalies,
)
from app.cli import cli
from app.db import get_engine, migrate
from app.main import create_app
from app.models import Claim, ClaimEvent, Cluster, Source

DATA = Path(__file__).resolve().parent / "data"
GENERATED = date(2026, 11, 22)
AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        pytest.param(Figure(240000, 320000, "USD", "year"), "USD 240,000–320,000 per year",
                     id="salary band"),
        pytest.param(Figure(120000, None, "USD", "year", open_high=True),
                     "USD 120,000 or more per year", id="open band"),
        pytest.param(Figure(40, 40, "%"), "40%", id="percent"),
        pytest.param(Figure(95, None, "%", open_high=True), "95% or more", id="percent plus"),
        pytest.param(Figure(None, 0.85, "F1"), "up to 0.85 F1", id="at most"),
        pytest.param(Figure(1.5, 2.25, "x"), "1.5–2.25x", id="multiple"),
        pytest.param(Figure(3000, 3000, "count"), "3,000", id="count"),
        pytest.param(Figure(2026, 2026, "year"), "2026", id="calendar year"),
        pytest.param(Figure(1, 2, "weeks"), "1–2 weeks", id="duration"),
        pytest.param(Figure(None, None, "USD"), "no value", id="nothing"),
    ],
)  # fmt: skip
def test_format_figure_reads_like_a_guide(figure: Figure, text: str) -> None:
    assert format_figure(figure) == text


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("Nate Laquis", [{"family": "Laquis", "given": "Nate"}]),
        ("Ann Lee and Bo Chen", [{"family": "Lee", "given": "Ann"},
                                 {"family": "Chen", "given": "Bo"}]),
        ("The Editorial Team", [{"literal": "The Editorial Team"}]),
        ("Underdog", [{"literal": "Underdog"}]),
    ],
)  # fmt: skip
def test_csl_names_split_people_and_keep_organisations_literal(
    author: str, names: list[dict[str, str]]
) -> None:
    assert csl_names(author) == names


def test_source_anomalies_are_stated_plainly() -> None:
    future = CitedSource(1, "a.txt", published="2028-01-26")
    old = CitedSource(2, "b.txt", published="2025-01-19", flags=("predates-subject",))
    doubtful = CitedSource(3, "c.txt", published="2026-11", flags=("under-review",))
    assert source_anomalies(future, generated=GENERATED) == [
        "dated 2028-01-26, after this appendix was generated"
    ]
    assert source_anomalies(old, generated=GENERATED) == [
        "dated 2025-01-19, before the year it describes"
    ]
    assert source_anomalies(doubtful, generated=GENERATED) == ["under source review"]


def test_parse_statuses_never_lets_rejected_in() -> None:
    assert parse_statuses("verified, provisional,verified") == ("verified", "provisional")
    for bad in ("rejected", "verified,rejected", "", "bogus"):
        with pytest.raises(ValueError, match="verified, provisional or both"):
            parse_statuses(bad)


def test_escape_markdown_keeps_free_text_literal() -> None:
    assert escape_markdown("*top* [1] <b> `x` #2 a|b") == r"\*top\* \[1\] \<b\> \`x\` \#2 a\|b"


def entry(claim_id: int, source: CitedSource, **overrides: object) -> AppendixEntry:
    fields: dict[str, object] = {
        "claim_id": claim_id, "subject": "senior pay", "context": "Seniors earn $1.",
        "quote": "$1", "status": "verified", "figure": Figure(1, 1, "USD"), "source": source,
    }  # fmt: skip
    return AppendixEntry(**{**fields, **overrides})  # type: ignore[arg-type]


def test_references_are_numbered_in_order_of_first_use_conflicts_included() -> None:
    a, b, c = (CitedSource(i, f"{i}.txt", title=f"Guide {i}", author="Ann Lee") for i in (1, 2, 3))
    note = ConflictNote("k1", higher=(c, b), lower=(a,))
    text = render_appendix(
        [entry(7, b, conflict=note), entry(8, a)], format="md", generated=GENERATED
    )
    assert "Conflict: [3] and [1] give higher values; [2] gives lower values; see cluster k1." in (
        text.replace("\\", "")
    )
    assert [line[:4] for line in text.splitlines() if line[:1] == "["] == ["[1] ", "[2] ", "[3] "]
    assert "Lee, A. (n.d.). Guide 3." in text


def test_provisional_figures_are_marked_and_html_is_escaped() -> None:
    source = CitedSource(1, "x.txt", title="<script>alert(1)</script>", url="javascript:alert(1)")
    hostile = entry(1, source, status="provisional", subject="<b>pay</b>", quote="<i>$1</i>")
    html = render_appendix([hostile], format="html", generated=GENERATED,
                           statuses=("provisional",))  # fmt: skip
    assert "<script>" not in html
    assert "<b>pay</b>" not in html
    assert "&lt;b&gt;pay&lt;/b&gt;" in html
    assert 'href="javascript' not in html
    assert '<span class="status-provisional">PROVISIONAL</span> &lt;b&gt;pay' in html
    md = render_appendix([hostile], format="md", generated=GENERATED, statuses=("provisional",))
    assert r"1. **PROVISIONAL** \<b\>pay\</b\>: USD 1 [1]" in md


def test_render_is_deterministic_and_dated_by_its_argument() -> None:
    source = CitedSource(1, "x.txt", title="Guide", published="2027-01-02")
    first = render_appendix([entry(1, source)], format="md", generated=date(2026, 1, 1))
    assert first == render_appendix([entry(1, source)], format="md", generated=date(2026, 1, 1))
    assert "Generated 2026-01-01" in first
    assert "dated 2027-01-02, after this appendix was generated" in first
    later = render_appendix([entry(1, source)], format="md", generated=date(2027, 6, 1))
    assert "after this appendix" not in later


def hand_made_database(session: Session) -> None:
    """Three sources, one verified claim in conflict, a provisional one, a rejected, an orphan."""
    guide = "Senior AI engineers in the US earn $240K to $320K. Demand grew 40% last year."
    survey = "Senior AI engineers in the US are paid $300K to $400K."
    notes = "AI engineering postings drew *3,000* applicants in a week."
    session.add_all([
        Source(id=1, file_name="guide.txt", sha256="a" * 64, title="Salary guide for 2026",
               publisher="Acme Careers", author="Jane Doe", published="2026-03-03",
               url="https://example.com/guide", raw_text=guide, text=guide, ingested_at=AT),
        Source(id=2, file_name="survey.txt", sha256="b" * 64, title="AI pay survey 2026",
               publisher="Hiring & Co", author="The Hiring Team", published="2028-01-26",
               flags=["future-date"], raw_text=survey, text=survey, ingested_at=AT),
        Source(id=3, file_name="notes.txt", sha256="c" * 64, title="Notes on 2026 hiring",
               published="2025-01-19", flags=["predates-subject", "under-review"],
               raw_text=notes, text=notes, ingested_at=AT),
    ])  # fmt: skip
    session.flush()
    session.add_all([
        claim(1, 1, guide, "$240K to $320K", 240000, 320000, "USD", status="verified",
              cluster="salary-senior", conflict=True),
        claim(2, 2, survey, "$300K to $400K", 300000, 400000, "USD", cluster="salary-senior",
              conflict=True),
        claim(3, 1, guide, "40%", 40, 40, "%", status="rejected"),
        claim(4, 3, notes, "3,000", 3000, 3000, "count"),
        claim(5, 1, guide, "last year", 2025, 2025, "year", status="verified", orphaned=True),
        Cluster(key="salary-senior", label="senior AI engineer base salary, us",
                relation="disjoint", spread=0.25, conflict=True, size=2,
                explanation="survey.txt gives a higher band"),
    ])  # fmt: skip
    session.flush()
    session.add(ClaimEvent(claim_id=1, action="status_changed", actor="alice", at=AT,
                           from_value="provisional", to_value="verified"))  # fmt: skip
    session.commit()


def claim(
    claim_id: int, source_id: int, text: str, quote: str, low: float, high: float, unit: str,
    *, status: str = "provisional", cluster: str | None = None, conflict: bool = False,
    orphaned: bool = False,
) -> Claim:  # fmt: skip
    start = text.index(quote)
    return Claim(
        id=claim_id, source_id=source_id, source_version=1, quote=quote, start=start,
        end=start + len(quote), prefix=text[:start][-20:], suffix=text[start + len(quote):][:20],
        context=text, context_start=0, kind="salary" if unit == "USD" else "count", low=low,
        high=high, unit=unit, period="year" if unit == "USD" else None,
        subject="senior AI engineer base salary, us" if unit == "USD" else "applicants",
        status=status, reviewed=status != "provisional", orphaned=orphaned,
        extractor_version="test", cluster_key=cluster, conflict=conflict,
        created_at=AT, updated_at=AT,
    )  # fmt: skip


@pytest.fixture
def hand_made(app_env: str) -> str:
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        hand_made_database(session)
    return app_env


CASES = [
    ("appendix_verified_apa.md", ["--format", "md"]),
    ("appendix_all_apa.md", ["--format", "md", "--status", "verified,provisional"]),
    ("appendix_all_chicago.html",
     ["--format", "html", "--status", "verified,provisional", "--style", "chicago"]),
]  # fmt: skip


def check_golden(name: str, text: str) -> None:
    """Compare with tests/data/NAME; UPDATE_GOLDEN=1 rewrites it (then read the diff)."""
    path = DATA / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "args"), CASES)
def test_appendix_command_matches_the_golden_file(
    hand_made: str, name: str, args: list[str]
) -> None:
    result = CliRunner().invoke(cli, ["appendix", *args, "--generated", GENERATED.isoformat()])
    assert (result.exit_code, result.stderr) == (0, "")
    check_golden(name, result.stdout)


def test_appendix_command_writes_a_file_and_refuses_rejected(
    hand_made: str, tmp_path: Path
) -> None:
    out = tmp_path / "appendix.md"
    args = ["appendix", "--generated", "2026-11-22", "--output", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert out.read_text(encoding="utf-8") == (DATA / "appendix_verified_apa.md").read_text()
    refused = CliRunner().invoke(cli, ["appendix", "--status", "verified,rejected"])
    assert refused.exit_code == 2
    assert "status must be verified, provisional or both" in refused.stderr


def test_get_appendix_serves_the_same_bytes_as_the_command(hand_made: str) -> None:
    with TestClient(create_app()) as client:
        md = client.get("/appendix", params={"generated": "2026-11-22"})
        html = client.get(
            "/appendix",
            params={"format": "html", "status": "verified,provisional", "style": "chicago",
                    "generated": "2026-11-22"},
        )  # fmt: skip
        rejected = client.get("/appendix", params={"status": "rejected"})
        bad_style = client.get("/appendix", params={"style": "mla"})
    assert md.status_code == html.status_code == 200
    assert md.headers["content-type"] == "text/markdown; charset=utf-8"
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    assert html.headers["content-disposition"] == 'inline; filename="claimtrail-appendix.html"'
    assert md.text == (DATA / "appendix_verified_apa.md").read_text(encoding="utf-8")
    assert html.text == (DATA / "appendix_all_chicago.html").read_text(encoding="utf-8")
    assert rejected.status_code == bad_style.status_code == 422
    [problem] = rejected.json()["detail"]
    assert problem["loc"] == ["query", "status"]
    assert problem["msg"].startswith("status must be verified, provisional")
