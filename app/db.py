"""The engine, sessions, and bringing the schema up to date with Alembic."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

from app.config import get_settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout."""
    if not url.startswith("sqlite"):
        engine = create_engine(url, pool_pre_ping=True)
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _tune_sqlite)
    _count_generations(engine)
    return engine


def _count_generations(engine: Engine) -> None:
    """Every committed write bumps datastate.generation, so caches know when data changed.

    Done at the connection level, not in each store function, so that no write can forget it.
    """

    @event.listens_for(engine, "before_cursor_execute")
    def notice_write(conn: Connection, _cursor: Any, statement: str, *_: Any) -> None:
        head = statement.lstrip()[:6].upper()
        if head in ("INSERT", "UPDATE", "DELETE") and "datastate" not in statement[:40]:
            note_write(conn)

    @event.listens_for(engine, "commit")
    def bump(conn: Connection) -> None:
        if conn.info.pop("wrote", False):
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            cursor.execute("UPDATE datastate SET generation = generation + 1")
            cursor.close()

    @event.listens_for(engine, "rollback")
    def forget(conn: Connection) -> None:
        conn.info.pop("wrote", None)


def note_write(connection: Connection) -> None:
    """Count the open transaction as a write: its commit bumps the generation.

    Statements run on the driver's cursor (`app.store.driver`) skip the listener that does this.
    """
    connection.info["wrote"] = True


class GenerationReader:
    """Reads the write counter on a connection of its own, kept open and never pooled.

    The response cache reads it on the event loop for every GET; checking a connection out
    per read could block the loop while request threads hold every connection of the pool
    (a deadlock until the pool's timeout), so one is checked out once, for the loop alone.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.connection: Any = None

    def __call__(self) -> int:
        """The current generation; reopens the connection once if it broke."""
        try:
            return self._read()
        except Exception:  # a dropped connection (server restart): one fresh try
            self.connection = None
            return self._read()

    def _read(self) -> int:
        if self.connection is None:
            self.connection = self.engine.raw_connection()  # checked out for good
        cursor = self.connection.cursor()
        try:
            cursor.execute("SELECT generation FROM datastate")
            (generation,) = cursor.fetchone()
        finally:
            cursor.close()
            self.connection.rollback()  # no snapshot or transaction left open between reads
        return int(generation)


def _tune_sqlite(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    if not _in_memory(connection):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _in_memory(connection: Any) -> bool:
    rows = connection.execute("PRAGMA database_list").fetchall()
    return any(row[1] == "main" and not row[2] for row in rows)


@lru_cache
def get_engine() -> Engine:
    """The process-wide engine for the configured DATABASE_URL."""
    return make_engine(get_settings().database_url)


def get_session() -> Iterator[Session]:
    """A session per request (FastAPI dependency)."""
    with Session(get_engine()) as session:
        yield session


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database behind `engine` to `revision` with the Alembic migrations."""
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.info.pop("wrote", None)  # schema changes are no data generation


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade the database behind `engine` to `revision`."""
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        connection.info.pop("wrote", None)


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config
