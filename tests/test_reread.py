"""A newer extractor reads stored sources again: claims kept, changed, orphaned and added.

The older reading is stored through the same `save_document` an ingest uses, under another
extractor version, with the differences an upgrade brings: a value read differently, a number
no longer read as a claim, a claim not read before.
"""

from __future__ import annotations

import dataclasses
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from app import pipeline, store
from app.cli import cli
from app.config import Settings
from app.db import get_engine, migrate
from app.extract import EXTRACTOR_VERSION, ClaimCandidate, extract_claims
from app.ingest import SourceText, read_source
from app.models import Claim, ClaimEvent, SourceVersion
from tests.servers import free_port
from tests.test_pipeline import GUIDE, ingest

OLD = "0"
ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 22)


def older_reading(text: str) -> list[ClaimCandidate]:
    """Today's reading of `text`, as an older extractor had it."""
    senior, junior, growth = extract_claims(text)
    assert (senior.quote, junior.quote, growth.quote) == (
        "$240K to $320K", "$110K to $140K", "40% year over year"
    )  # fmt: skip
    misread = dataclasses.replace(senior, kind="money", low=240.0, high=320.0)
    start = text.index("2026")  # the title's year, a time frame: not a claim today
    year = dataclasses.replace(
        growth, quote="2026", start=start, end=start + 4, kind="year", low=2026.0,
        high=2026.0, unit="year", prefix=text[:start], suffix=text[start + 4 : start + 36],
    )  # fmt: skip
    return [year, misread, junior]  # the growth rate was not read


def on_disk(folder: Path, name: str = "guide.txt", text: str = GUIDE) -> tuple[Path, SourceText]:
    """`text` written to `folder/name`, and read as ingest reads it."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path, read_source(path, max_bytes=10_000_000, today=TODAY)


@pytest.fixture
def stored(engine: Engine, session: Session, tmp_path: Path) -> tuple[Path, SourceText]:
    """GUIDE on disk, and in the database as the older extractor read it."""
    path, source = on_disk(tmp_path)
    store.save_document(session, source, older_reading(source.text), extractor=OLD)
    return path, source


def claim(session: Session, quote: str) -> Claim:
    return session.exec(select(Claim).where(Claim.quote == quote)).one()


def history(session: Session, claim_id: int | None) -> list[tuple[str, str | None]]:
    assert claim_id is not None
    return [(e.action, e.note) for e in store.get_claim(session, claim_id).history]


def test_ingesting_the_same_bytes_reads_them_again_with_a_newer_extractor(
    engine: Engine, session: Session, stored: tuple[Path, SourceText]
) -> None:
    path, _ = stored
    senior = claim(session, "$240K to $320K")
    assert senior.id is not None
    store.review_claim(session, senior.id, status="verified", actor="ana")
    report = ingest(engine, path)
    assert (report.sources_reread, report.sources_unchanged, report.sources_updated) == (1, 0, 0)
    assert (report.claims_new, report.claims_kept, report.claims_changed) == (1, 1, 1)
    assert report.claims_orphaned == 1
    assert "1 re-read" in report.summary()
    session.expire_all()
    now = claim(session, "$240K to $320K")
    assert (now.id, now.kind, now.low, now.high) == (senior.id, "salary", 240000, 320000)
    assert (now.status, now.reviewed, now.extractor_version) == (
        "provisional",
        False,
        EXTRACTOR_VERSION,
    )
    changed = f"re-read by extractor {EXTRACTOR_VERSION}"
    assert history(session, senior.id)[1:] == [
        ("status_changed", None), ("value_changed", changed), ("status_changed", "value changed")
    ]  # fmt: skip
    year = claim(session, "2026")
    assert year.orphaned
    assert history(session, year.id)[-1] == (
        "orphaned",
        f"not read by extractor {EXTRACTOR_VERSION}",
    )
    growth = claim(session, "40% year over year")
    assert (growth.status, growth.reviewed, growth.orphaned) == ("provisional", False, False)
    assert history(session, growth.id) == [
        ("created", f"status provisional, read by extractor {EXTRACTOR_VERSION}")
    ]
    (version,) = session.exec(select(SourceVersion)).all()
    assert (version.version, version.extractor_version) == (1, EXTRACTOR_VERSION)


def test_a_reread_source_is_unchanged_on_the_next_ingest(
    engine: Engine, session: Session, stored: tuple[Path, SourceText]
) -> None:
    path, _ = stored
    ingest(engine, path)
    events = len(session.exec(select(ClaimEvent)).all())
    again = ingest(engine, path)
    assert (again.sources_unchanged, again.sources_reread, again.claims_kept) == (1, 0, 3)
    assert len(session.exec(select(ClaimEvent)).all()) == events


def test_reread_sources_reads_stored_text_without_the_file(
    engine: Engine, session: Session, stored: tuple[Path, SourceText]
) -> None:
    path, _ = stored
    path.unlink()
    report = pipeline.reread_sources(engine=engine, settings=Settings())
    assert (report.files, report.sources_reread, report.errors) == (1, 1, [])
    assert (report.claims_new, report.claims_changed, report.claims_orphaned) == (1, 1, 1)
    session.expire_all()
    live = session.exec(select(Claim).where(~col(Claim.orphaned))).all()
    assert sorted(c.quote for c in live) == [
        "$110K to $140K",
        "$240K to $320K",
        "40% year over year",
    ]
    assert all(c.cluster_key for c in live)  # clustered again
    assert pipeline.reread_sources(engine=engine, settings=Settings()).files == 0


def test_a_quote_cut_differently_keeps_its_claim(
    engine: Engine, session: Session, tmp_path: Path
) -> None:
    path, source = on_disk(tmp_path)
    today = extract_claims(source.text)
    senior = today[0]
    shorter = dataclasses.replace(senior, quote="$240K", end=senior.start + 5, high=240000.0)
    store.save_document(session, source, [shorter, *today[1:]], extractor=OLD)
    old_id = claim(session, "$240K").id
    report = ingest(engine, path)
    assert (report.claims_new, report.claims_changed, report.claims_orphaned) == (0, 1, 0)
    session.expire_all()
    assert claim(session, "$240K to $320K").id == old_id


def test_new_repairs_of_the_same_bytes_make_a_new_version(
    engine: Engine, session: Session, tmp_path: Path
) -> None:
    path, source = on_disk(tmp_path)
    # As if an older release had repaired the text differently: one more blank line on top.
    older = dataclasses.replace(source, text="\n" + source.text)
    store.save_document(session, older, extract_claims(older.text), extractor=OLD)
    report = ingest(engine, path)
    assert (report.sources_updated, report.claims_kept, report.claims_new) == (1, 3, 0)
    versions = session.exec(select(SourceVersion).order_by(col(SourceVersion.version))).all()
    assert [(v.version, v.extractor_version) for v in versions] == [
        (1, OLD),
        (2, EXTRACTOR_VERSION),
    ]


def test_one_source_that_fails_to_reread_leaves_the_others_done(
    engine: Engine, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        _, source = on_disk(tmp_path, name, GUIDE.replace("guide", f"guide {name}"))
        store.save_document(session, source, older_reading(source.text), extractor=OLD)

    def extract_or_fail(text: str) -> list[ClaimCandidate]:
        if "a.txt" in text:
            raise RuntimeError("the extractor broke")
        return extract_claims(text)

    monkeypatch.setattr(pipeline, "extract_claims", extract_or_fail)
    report = pipeline.reread_sources(engine=engine, settings=Settings())
    assert report.errors == ["a.txt: RuntimeError: the extractor broke"]
    assert (report.files, report.sources_reread) == (2, 1)
    session.expire_all()
    stale = store.list_stale_sources(session, extractor=EXTRACTOR_VERSION)
    assert [name for _, name in stale] == ["a.txt"]
    a_claims = session.exec(select(Claim).where(Claim.source_id == stale[0][0])).all()
    assert sorted(c.quote for c in a_claims if not c.orphaned) == [
        "$110K to $140K",
        "$240K to $320K",
        "2026",
    ]


def test_the_reread_command_prints_what_it_did(app_env: str, tmp_path: Path) -> None:
    runner = CliRunner()
    _, source = on_disk(tmp_path)
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        store.save_document(session, source, older_reading(source.text), extractor=OLD)
    result = runner.invoke(cli, ["reread"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip().endswith(
        "1 sources read by an older extractor: 0 new, 0 updated, 1 re-read, 0 unchanged; "
        "claims 1 new, 1 kept, 1 changed, 1 orphaned; 0 errors"
    )
    again = runner.invoke(cli, ["reread"])
    assert again.stdout.strip().endswith(
        "0 sources read by an older extractor: 0 new, 0 updated, 0 unchanged; "
        "claims 0 new, 0 kept, 0 changed, 0 orphaned; 0 errors"
    )


def test_serve_says_when_sources_wait_for_a_reread(app_env: str, tmp_path: Path) -> None:
    _, source = on_disk(tmp_path)
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        store.save_document(session, source, older_reading(source.text), extractor=OLD)
    port = free_port()
    # `claims serve` of this checkout (run from its root), in a process of its own.
    command = [
        sys.executable,
        "-c",
        "from app.cli import main; main()",
        "serve",
        "--port",
        str(port),
    ]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) as server:
        try:
            wait_for_port(port)
        finally:
            server.terminate()
        out, _ = server.communicate(timeout=20)
    assert (
        "note: 1 sources were read by an older extractor; "
        "`claims reread` reads them again with this one\n"
    ) in out


def wait_for_port(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")
