"""A consistent copy of a live SQLite database, taken with sqlite3's online backup API.

Readers never block writers in WAL mode, so the copy is taken in one step: it is the database
as of one instant, while editors go on writing. PostgreSQL has its own tool (pg_dump).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(RuntimeError):
    """A backup that cannot be made as asked; str() is one line for the terminal."""


def backup_sqlite(url: str, target: Path) -> int:
    """Copy the SQLite database at `url` to `target` (which must not exist); the pages copied."""
    source = _sqlite_path(url)
    if target.exists():
        raise BackupError(f"{target} exists already; choose a new file name")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        pages = _copy(source, partial)
        os.replace(partial, target)  # the target appears whole or not at all
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _sqlite_path(url: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        shown = parsed.set(drivername=parsed.get_backend_name()).render_as_string()
        raise BackupError(
            f"backup copies SQLite databases only; for {parsed.get_backend_name()} use "
            f"pg_dump, e.g. pg_dump --format=custom --file=claims.dump '{shown}'"
        )
    if not parsed.database or parsed.database == ":memory:":
        raise BackupError("an in-memory SQLite database has no file to back up")
    path = Path(parsed.database)
    if not path.is_file():
        raise BackupError(f"no database at {path}")
    return path


def _copy(source: Path, target: Path) -> int:
    # Read-only: a backup never creates or changes the source.
    reading = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    writing = sqlite3.connect(target)
    try:
        reading.backup(writing, pages=-1)  # one step: a single, consistent snapshot
        check = writing.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"the copy fails integrity_check: {check}")
        return int(writing.execute("PRAGMA page_count").fetchone()[0])
    finally:
        writing.close()
        reading.close()
