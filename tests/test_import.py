"""`claims import`: a JSON export restored into an empty database loses nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

from app import export, pipeline, store
from app.cli import cli
from app.config import Settings
from app.db import make_engine, migrate
from app.models import ClaimEvent
from app.store import restore, sources
from tests.conftest import SEEDS, _postgres_schema
from tests.test_pipeline import GUIDE, ingest

runner = CliRunner()


@pytest.fixture
def other_engine(database_url: str, tmp_path: Path) -> Iterator[Engine]:
    """A second, empty, migrated database of the same kind as `engine`."""
    urls = iter([f"sqlite:///{tmp_path / 'other.db'}"])
    if not database_url.startswith("sqlite"):
        urls = _postgres_schema()
    engine = make_engine(next(urls))
    migrate(engine)
    yield engine
    engine.dispose()
    for _ in urls:  # drops the PostgreSQL schema
        pass


def busy_database(engine: Engine, session: Session, tmp_path: Path) -> dict[str, Any]:
    """Seeds and a guide, reviews, a split, an edit that orphans a claim; its export."""
    guide = tmp_path / "guide.txt"
    guide.write_text(GUIDE, encoding="utf-8")
    ingest(engine, SEEDS, guide)
    store.review_claim(session, 1, status="verified", actor="alice", note="checked")
    store.review_claim(session, 2, status="rejected", actor="bob")
    shared = next(c for c in store.list_clusters(session) if len(c.claims) >= 2)
    store.record_split(session, shared.claims[:1], actor="carol", note="different role")
    sources.review_source_date(session, 3, actor="dana", corrected="2026-01-26", note="typo")
    pipeline.cluster_all(session, settings=Settings())
    guide.write_text(GUIDE.replace("Demand for AI engineers grew 40% year over year.\n", ""))
    ingest(engine, guide)
    session.expire_all()
    return export.export_data(session)


def test_import_of_an_export_gives_the_same_export(
    engine: Engine, session: Session, other_engine: Engine, tmp_path: Path
) -> None:
    first = busy_database(engine, session, tmp_path)
    assert any(claim["orphaned"] for claim in first["claims"])
    assert first["decisions"]
    assert [s["date_reviews"][0]["to_value"] for s in first["sources"] if s["date_reviews"]] == [
        "2026-01-26"
    ]
    with Session(other_engine) as other:
        report = restore.restore_export(other, first)
        second = export.export_data(other)
    assert second == first
    assert export.render_json(second) == export.render_json(first)
    assert (report.sources, report.claims, report.decisions) == (
        len(first["sources"]), len(first["claims"]), len(first["decisions"]),
    )  # fmt: skip


def test_an_imported_database_takes_new_rows_after_the_imported_ids(
    engine: Engine, session: Session, other_engine: Engine, tmp_path: Path
) -> None:
    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    ingest(engine, tmp_path / "guide.txt")
    with Session(other_engine) as other:
        restore.restore_export(other, export.export_data(session))
        events = len(other.exec(select(ClaimEvent)).all())
        store.review_claim(other, 3, status="verified", actor="alice")
        (tmp_path / "more").mkdir()
        (tmp_path / "more" / "b.txt").write_text(GUIDE.replace("2026", "2027"), encoding="utf-8")
        ingest(other_engine, tmp_path / "more")
        data = export.export_data(other)
    assert [source["id"] for source in data["sources"]] == [1, 2]
    assert [claim["id"] for claim in data["claims"]] == [1, 2, 3, 4, 5, 6]
    assert len(data["claims"][2]["history"]) == 2
    assert sum(len(claim["history"]) for claim in data["claims"]) == events + 1 + 3


def test_import_refuses_a_database_that_is_not_empty(
    engine: Engine, session: Session, tmp_path: Path
) -> None:
    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    ingest(engine, tmp_path / "guide.txt")
    data = export.export_data(session)
    with pytest.raises(restore.RestoreError, match="the database is not empty"):
        restore.restore_export(session, data)
    assert export.export_data(session) == data


def test_import_refuses_an_export_without_history(session: Session) -> None:
    partial = {"sources": [{"id": 1, "file": "a.txt"}], "claims": [], "clusters": []}
    with pytest.raises(restore.RestoreError, match="not a full Claimtrail JSON export"):
        restore.restore_export(session, partial)


def test_import_command_restores_and_refuses_a_second_time(app_env: str, tmp_path: Path) -> None:
    guide = tmp_path / "guide.txt"
    guide.write_text(GUIDE, encoding="utf-8")
    source = make_engine(f"sqlite:///{tmp_path / 'source.db'}")
    migrate(source)
    ingest(source, guide)
    with Session(source) as session:
        dump = tmp_path / "dump.json"
        dump.write_text(export.render_json(export.export_data(session)), encoding="utf-8")
    source.dispose()
    result = runner.invoke(cli, ["import", str(dump)])
    assert (result.exit_code, result.stdout) == (
        0,
        "imported 1 sources (1 versions), 3 claims (3 events), 3 clusters, 0 decisions, "
        "0 source date reviews\n",
    )  # fmt: skip
    exported = runner.invoke(cli, ["export", "--format", "json"]).stdout
    assert exported == dump.read_text(encoding="utf-8")
    again = runner.invoke(cli, ["import", str(dump)])
    assert again.exit_code == 1
    assert again.stderr.startswith("error: the database is not empty")


def test_import_command_names_a_file_it_cannot_read(app_env: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(cli, ["import", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: cannot read {bad}")
    assert json.loads(runner.invoke(cli, ["export"]).stdout)["sources"] == []
