"""`claims backup` copies a live SQLite database; a restore from it or from an export loses
nothing."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session
from typer.testing import CliRunner

from app import export
from app.backup import BackupError, backup_sqlite
from app.cli import cli
from app.config import Settings, get_settings
from app.db import get_engine, make_engine, migrate
from app.pipeline import ingest_paths
from app.store import review_claim
from bench.bench_ingest import write_corpus
from tests.reliability.conftest import history_problems, integrity, note_figures

STATUSES = ("verified", "rejected", "provisional")


@pytest.fixture
def live(tmp_path: Path) -> str:
    """A seeded SQLite database (a small synthetic corpus): its URL."""
    url = f"sqlite:///{tmp_path / 'live.db'}"
    engine = make_engine(url)
    migrate(engine)
    (tmp_path / "corpus").mkdir()
    write_corpus(tmp_path / "corpus", guides=20, target_bytes=400_000)
    assert (
        ingest_paths(
            [tmp_path / "corpus"], engine=engine, settings=Settings(database_url=url)
        ).errors
        == []
    )
    engine.dispose()
    return url


def notes_in(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as connection:
        query = text("SELECT note FROM claimevent WHERE action = 'status_changed'")
        notes = set(connection.execute(query).scalars())
    engine.dispose()
    return notes


def test_a_backup_taken_while_an_editor_writes_holds_every_review_committed_before_it(
    live: str, tmp_path: Path
) -> None:
    committed: list[str] = []
    stop = threading.Event()

    def write() -> None:
        engine = make_engine(live)
        with Session(engine) as session:
            for turn in range(5000):  # bounded; `stop` ends it sooner
                if stop.is_set():
                    break
                note = f"review-{turn}"
                review_claim(
                    session, 1 + turn % 40, status=STATUSES[turn % 3], actor="rita", note=note
                )
                committed.append(note)
        engine.dispose()

    writer = threading.Thread(target=write)
    writer.start()
    deadline = time.monotonic() + 30
    while len(committed) < 100 and time.monotonic() < deadline:
        time.sleep(0.01)
    before = set(committed)
    started = time.monotonic()
    pages = backup_sqlite(live, tmp_path / "copy.db")
    seconds = time.monotonic() - started
    during = len(committed) - len(before)
    time.sleep(0.2)
    stop.set()
    writer.join(timeout=30)
    copy = f"sqlite:///{tmp_path / 'copy.db'}"
    engine = make_engine(copy)
    assert integrity(engine) == "ok"
    assert history_problems(engine) == []
    engine.dispose()
    saved = notes_in(copy)
    note_figures(
        "backup_live", pages=pages, seconds=round(seconds, 3), reviews_before=len(before),
        reviews_during_backup=during, reviews_in_copy=len(saved), reviews_total=len(committed),
    )  # fmt: skip
    assert before <= saved  # nothing committed before the backup is missing
    assert saved <= set(committed)  # and the copy holds no write that never committed


def export_of(url: str) -> dict[str, Any]:
    engine = make_engine(url)
    with Session(engine) as session:
        data = export.export_data(session)
    engine.dispose()
    return data


def review_thirty_claims(url: str) -> None:
    """An editor's day: thirty claims reviewed, each with a note."""
    engine = make_engine(url)
    with Session(engine) as session:
        for turn in range(30):
            review_claim(
                session, 1 + turn, status=STATUSES[turn % 3], actor="rita", note=f"n{turn}"
            )
    engine.dispose()


def test_a_restore_from_the_backup_loses_nothing(live: str, tmp_path: Path) -> None:
    review_thirty_claims(live)
    backup_sqlite(live, tmp_path / "copy.db")
    copy = f"sqlite:///{tmp_path / 'copy.db'}"
    migrate(make_engine(copy))  # opening it as DATABASE_URL: already at head, a no-op
    assert export_of(copy) == export_of(live)


def test_a_restore_through_export_and_import_loses_nothing(
    live: str, app_env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    review_thirty_claims(live)
    runner = CliRunner()
    monkeypatch.setenv("DATABASE_URL", live)
    get_settings.cache_clear()
    get_engine.cache_clear()
    dump = tmp_path / "export.json"
    result = runner.invoke(cli, ["export", "--format", "json", "--output", str(dump)])
    assert result.exit_code == 0, result.output
    get_engine().dispose()
    monkeypatch.setenv("DATABASE_URL", app_env)  # an empty SQLite file or PostgreSQL schema
    get_settings.cache_clear()
    get_engine.cache_clear()
    result = runner.invoke(cli, ["import", str(dump)])
    assert result.exit_code == 0, result.output
    original, restored = export_of(live), export_of(app_env)
    assert restored == original
    assert json.loads(dump.read_text(encoding="utf-8")) == json.loads(json.dumps(original))
    note_figures(
        "export_import", target=app_env.split(":")[0], sources=len(original["sources"]),
        claims=len(original["claims"]),
        events=sum(len(c["history"]) for c in original["claims"]),
    )  # fmt: skip


def test_the_backup_command_copies_sqlite_and_refuses_an_existing_file(
    live: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", live)
    get_settings.cache_clear()
    runner = CliRunner()
    result = runner.invoke(cli, ["backup", str(tmp_path / "b.db")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("backed up ")
    with sqlite3.connect(tmp_path / "b.db") as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = runner.invoke(cli, ["backup", str(tmp_path / "b.db")])
    assert again.exit_code == 1
    assert "exists already" in again.output
    get_settings.cache_clear()


def test_the_backup_command_points_postgresql_to_pg_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://claims:s3cret@db.example/claims")
    get_settings.cache_clear()
    result = CliRunner().invoke(cli, ["backup", str(tmp_path / "b.db")])
    get_settings.cache_clear()
    assert result.exit_code == 1
    assert "pg_dump" in result.output
    assert "s3cret" not in result.output
    assert not (tmp_path / "b.db").exists()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite:////nowhere/x.db"])
def test_backup_refuses_a_database_without_a_file(url: str, tmp_path: Path) -> None:
    with pytest.raises(BackupError):
        backup_sqlite(url, tmp_path / "b.db")
    assert not (tmp_path / "b.db").exists()
