"""Browser fixtures: Debian's Chromium through Playwright, and uvicorn over a seeded database of
each kind (a SQLite file, a PostgreSQL schema), like every other database test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from app.config import get_settings
from app.db import get_engine, migrate
from app.main import create_app
from app.pipeline import ingest_paths
from app.store import users
from tests.conftest import SEEDS
from tests.servers import serve
from tests.test_web import HOSTILE

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def _playwright() -> Any:
    """Playwright's sync API, or a skip (a failure when REQUIRE_BROWSER is set)."""
    required = bool(os.environ.get("REQUIRE_BROWSER"))
    if not CHROMIUM.exists():
        if required:
            pytest.fail(f"REQUIRE_BROWSER is set but {CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if required:
            raise
        pytest.skip("the playwright package is not installed")
    return sync_playwright


@pytest.fixture
def server(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """uvicorn on a free port over a database seeded with the five seeds and a hostile
    document; editors ana and bo (reviewers)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    engine = get_engine()
    migrate(engine)
    assert ingest_paths([corpus], engine=engine, settings=get_settings()).errors == []
    with Session(engine) as session:
        for name in ("ana", "bo"):
            users.create_user(session, name, role="reviewer", password=f"{name}-password")
    try:
        with serve(create_app()) as base:
            yield base
    finally:
        engine.dispose()
        get_settings.cache_clear()
        get_engine.cache_clear()


@pytest.fixture
def browser() -> Iterator[Any]:
    """A headless Chromium, closed after the test."""
    with _playwright()() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        yield browser
        browser.close()
