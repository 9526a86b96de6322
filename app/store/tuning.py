"""SQLite tuning for many writes in a row, and the planner's statistics after them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import Session

# SQLite settings for a bulk ingest (issue 2's `make bench`): a larger page cache keeps the
# claim indexes in memory, and a checkpoint every 10,000 pages instead of 1,000 copies each
# index page to the database file less often. Neither changes what a commit guarantees
# (WAL with synchronous=NORMAL, as app.db sets it).
_BULK_PRAGMAS = {"cache_size": -65536, "wal_autocheckpoint": 10000}


@contextmanager
def bulk_writes(connection: Connection) -> Iterator[None]:
    """Tune a SQLite connection for many document transactions in a row, then restore it.

    Open a Session on `connection` inside this block: its commits stay one per document.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    usual = {name: _pragma(connection, name) for name in _BULK_PRAGMAS}
    _set_pragmas(connection, _BULK_PRAGMAS)
    try:
        yield
    finally:
        _set_pragmas(connection, usual)


def _pragma(connection: Connection, name: str) -> int:
    return int(connection.exec_driver_sql(f"PRAGMA {name}").scalar_one())


def _set_pragmas(connection: Connection, values: dict[str, int]) -> None:
    for name, value in values.items():
        connection.exec_driver_sql(f"PRAGMA {name}={value:d}")
    connection.commit()  # end the transaction Core began, so that a Session owns the next


def optimize(session: Session) -> None:
    """Refresh the query planner's statistics after a large write."""
    dialect = session.get_bind().dialect.name
    session.execute(text("PRAGMA optimize" if dialect == "sqlite" else "ANALYZE"))
    session.commit()
