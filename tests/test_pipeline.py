"""Ingest end to end on a real database: idempotence, edits, bad input, one transaction a file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app import store
from app.config import Settings
from app.models import Claim, ClaimEvent, Source, SourceVersion
from app.pipeline import IngestReport, ingest_paths
from app.store import documents
from tests.conftest import SEEDS

TODAY = date(2026, 11, 22)
GUIDE = (
    "Salary guide for 2026\n\n"
    "Published: March 3, 2026\n\n"
    "Senior AI engineers in the US earn $240K to $320K in base salary.\n\n"
    "Junior AI engineers in the US earn $110K to $140K in base salary.\n\n"
    "Demand for AI engineers grew 40% year over year.\n"
)


def ingest(
    engine: Engine, *paths: Path, max_bytes: int = 10_000_000, clean: bool = True
) -> IngestReport:
    settings = Settings(max_source_bytes=max_bytes)
    report = ingest_paths(list(paths), engine=engine, settings=settings, today=TODAY)
    if clean:
        assert report.errors == []
    return report


def counts(session: Session) -> tuple[int, int, int, int]:
    def count(model: type) -> int:
        return int(session.exec(select(func.count()).select_from(model)).one())

    return count(Source), count(SourceVersion), count(Claim), count(ClaimEvent)


def quotes(session: Session, *, orphaned: bool = False) -> list[str]:
    rows = session.exec(select(Claim).where(Claim.orphaned == orphaned).order_by(col(Claim.id)))
    return [claim.quote for claim in rows]


def test_ingest_seeds_stores_every_source_and_claim_provisional(
    engine: Engine, session: Session
) -> None:
    report = ingest(engine, SEEDS)
    assert (report.files, report.sources_new, report.errors) == (5, 5, [])
    claims = session.exec(select(Claim)).all()
    assert len(claims) == report.claims_new > 100
    assert {(c.status, c.reviewed, c.orphaned) for c in claims} == {("provisional", False, False)}
    for claim in claims:
        source = session.get(Source, claim.source_id)
        assert source is not None
        assert source.text[claim.start : claim.end] == claim.quote


def test_no_stored_claim_keeps_mojibake(engine: Engine, session: Session) -> None:
    ingest(engine, SEEDS)
    texts = [c.quote + c.context + c.subject for c in session.exec(select(Claim))]
    assert not [t for t in texts if "β€" in t or "Γ—" in t or "Β·" in t]


def test_ingesting_the_same_bytes_again_changes_nothing(engine: Engine, session: Session) -> None:
    first = ingest(engine, SEEDS)
    before = counts(session)
    again = ingest(engine, SEEDS)
    assert (again.sources_unchanged, again.claims_new, again.claims_kept) == (
        5,
        0,
        first.claims_new,
    )
    assert counts(session) == before


def test_a_re_ingest_of_unchanged_files_reads_no_claims(
    engine: Engine, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ingest(engine, SEEDS)

    def no_extraction(text: str) -> list[object]:
        raise AssertionError("extracted a file whose bytes and extractor are unchanged")

    monkeypatch.setattr("app.pipeline.extract_claims", no_extraction)
    again = ingest(engine, SEEDS)
    assert (again.sources_unchanged, again.claims_kept) == (5, first.claims_new)


def test_source_is_identified_by_file_name_wherever_it_lies(
    engine: Engine, session: Session, tmp_path: Path
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "guide.txt").write_text(GUIDE, encoding="utf-8")
    report = ingest(engine, tmp_path / "a" / "guide.txt", tmp_path / "b")
    assert (report.sources_new, report.sources_unchanged) == (1, 1)
    assert counts(session)[0] == 1


def test_edited_source_keeps_changes_and_orphans_claims(
    engine: Engine, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "guide.txt"
    path.write_text(GUIDE, encoding="utf-8")
    ingest(engine, path)
    senior = session.exec(select(Claim).where(Claim.quote == "$240K to $320K")).one()
    assert senior.id is not None
    store.review_claim(session, senior.id, status="verified", actor="ana", note="checked")
    edited = "Intro paragraph added at the top, which moves every offset.\n\n" + GUIDE.replace(
        "$240K to $320K", "$250K to $330K"
    ).replace("Demand for AI engineers grew 40% year over year.\n", "")
    path.write_text(edited, encoding="utf-8")
    report = ingest(engine, path)
    assert (report.sources_updated, report.claims_changed, report.claims_orphaned) == (1, 1, 1)
    assert report.claims_kept == 1
    session.expire_all()
    changed = session.get(Claim, senior.id)
    assert changed is not None
    assert (changed.quote, changed.low, changed.high) == ("$250K to $330K", 250000, 330000)
    assert (changed.status, changed.reviewed, changed.source_version) == ("provisional", False, 2)
    source = session.get(Source, changed.source_id)
    assert source is not None
    assert source.text[changed.start : changed.end] == changed.quote
    assert quotes(session, orphaned=True) == ["40% year over year"]
    actions = [e.action for e in store.get_claim(session, senior.id).history]
    assert actions == ["created", "status_changed", "value_changed", "status_changed"]


def test_a_kept_claim_keeps_its_id_status_and_history(
    engine: Engine, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "guide.txt"
    path.write_text(GUIDE, encoding="utf-8")
    ingest(engine, path)
    junior = session.exec(select(Claim).where(Claim.quote == "$110K to $140K")).one()
    assert junior.id is not None
    start = junior.start
    store.review_claim(session, junior.id, status="rejected", actor="ana")
    path.write_text("A new first line.\n" + GUIDE, encoding="utf-8")
    ingest(engine, path)
    session.expire_all()
    detail = store.get_claim(session, junior.id)
    assert (detail.status, detail.reviewed, detail.orphaned) == ("rejected", True, False)
    assert [e.action for e in detail.history] == ["created", "status_changed"]
    assert detail.span[0] == start + len("A new first line.\n")


def test_an_orphan_that_comes_back_is_restored(
    engine: Engine, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "guide.txt"
    path.write_text(GUIDE, encoding="utf-8")
    ingest(engine, path)
    path.write_text(GUIDE.replace("grew 40% year over year", "grew fast"), encoding="utf-8")
    ingest(engine, path)
    path.write_text(GUIDE, encoding="utf-8")
    ingest(engine, path)
    claim = session.exec(select(Claim).where(Claim.quote == "40% year over year")).one()
    assert claim.id is not None
    assert not claim.orphaned
    actions = [e.action for e in store.get_claim(session, claim.id).history]
    assert actions == ["created", "orphaned", "restored"]
    assert counts(session)[1] == 3


BAD_INPUTS = [
    pytest.param(b"", "empty", id="empty"),
    pytest.param(b"   \n\t\n", "whitespace", id="whitespace"),
    pytest.param(b"PK\x03\x04\x00\x00binary\x00\x00\xff", "binary", id="nul-bytes"),
    pytest.param(b"\x81\x8d\x8f\x90\x9d" * 5, "undecodable", id="undecodable"),
    pytest.param(b"x" * 2048, "limit", id="too-large"),
    pytest.param(b"---\ntitle: [unclosed\n---\nBody $100K salary.\n", "front matter", id="yaml"),
]


@pytest.mark.parametrize(("data", "reason"), BAD_INPUTS)
def test_bad_file_is_reported_by_name_and_the_others_still_land(
    engine: Engine, session: Session, tmp_path: Path, data: bytes, reason: str
) -> None:
    shutil.copy(SEEDS / "002_81851087732354e4.txt", tmp_path / "a_good.txt")
    (tmp_path / "b_bad.txt").write_bytes(data)
    (tmp_path / "c_good.txt").write_text(GUIDE, encoding="utf-8")
    report = ingest(
        engine, tmp_path, max_bytes=1024 if reason == "limit" else 10_000_000, clean=False
    )
    if reason == "limit":
        assert report.errors == [
            "a_good.txt: too large: 17,362 bytes, over the 1,024-byte limit",
            "b_bad.txt: too large: 2,048 bytes, over the 1,024-byte limit",
        ]
        return
    assert len(report.errors) == 1
    assert report.errors[0].startswith("b_bad.txt: ")
    assert reason in report.errors[0]
    names = session.exec(select(Source.file_name).order_by(col(Source.file_name))).all()
    assert names == ["a_good.txt", "c_good.txt"]


def test_a_failing_write_leaves_nothing_of_that_file(
    engine: Engine, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(GUIDE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GUIDE.replace("40%", "45%"), encoding="utf-8")
    real = documents._insert_claims

    def fail_on_b(session: Session, source_id: int, *args: object, **kw: object) -> None:
        real(session, source_id, *args, **kw)  # type: ignore[arg-type]
        if session.get(Source, source_id).file_name == "b.txt":  # type: ignore[union-attr]
            raise RuntimeError("disk full")

    monkeypatch.setattr(documents, "_insert_claims", fail_on_b)
    report = ingest(engine, tmp_path, clean=False)
    assert report.errors == ["b.txt: RuntimeError: disk full"]
    assert counts(session) == (1, 1, 3, 3)
    assert session.exec(select(Source.file_name)).all() == ["a.txt"]


def test_missing_path_is_an_error_not_a_crash(engine: Engine, tmp_path: Path) -> None:
    report = ingest(engine, tmp_path / "nope.txt", clean=False)
    assert report.errors == [f"{tmp_path / 'nope.txt'}: no such file or folder"]
