"""Statements compiled once per dialect and run on the driver's own cursor.

An ingest runs the same few statements for every document and clustering writes tens of
thousands of rows; SQLAlchemy's per-statement work (parameter handling, execution context,
result setup) cost more than the database's own work (issue 2). Values still go through their
types' bind processors as Core would send them, a failing statement raises SQLAlchemy's
error as Core would, and writes still count for the data generation (`app.db.note_write`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.types import JSON

from app.db import note_write

_Processor = Callable[[Any], Any]
_REMEMBERED = 65536  # distinct JSON values kept per statement


@dataclass(frozen=True)
class _Compiled:
    """A statement as the driver runs it, for values given in `names` order."""

    sql: str
    arrange: Callable[[list[Any]], Any]  # values in `names` order -> the driver's parameters
    processors: dict[str, _Processor]
    writes: bool


def insert_rows(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    same: dict[str, Any],
) -> None:
    """Insert `rows` (values in `columns` order, plus `same` in every row) in one executemany."""
    statement = insert_statement(table, (*columns, *same))
    execute_rows(connection, statement, columns, rows, same=same)


@lru_cache(maxsize=32)
def insert_statement(
    table: Table, names: tuple[str, ...], *, returning: bool = False
) -> UpdateBase:
    """An INSERT of the columns `names`, each a bind parameter of its column's type."""
    binds = {name: bindparam(name, type_=table.c[name].type) for name in names}
    statement = table.insert().values(binds)
    return statement.returning(table.c.id) if returning else statement


def execute_row(
    connection: Connection, statement: ClauseElement, values: dict[str, Any]
) -> list[Any]:
    """Run `statement` once with `values` (every parameter it has); the rows it returns.

    The driver's own values come back: no result processing, so read plain columns only.
    """
    compiled = _compiled(connection.dialect, statement, tuple(values))
    processors = compiled.processors
    row = [processors[name](value) if name in processors else value
           for name, value in values.items()]  # fmt: skip
    return _run(connection, compiled, compiled.arrange(row), many=False)


def execute_rows(
    connection: Connection,
    statement: UpdateBase,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    same: dict[str, Any] | None = None,
) -> None:
    """Run `statement` once per row, its parameters named by `columns` (and `same`'s keys).

    The values shared by every row are processed once.
    """
    if not rows:
        return
    same = same or {}
    compiled = _compiled(connection.dialect, statement, (*columns, *same))
    processors = compiled.processors
    constants = [processors[name](value) if name in processors else value
                 for name, value in same.items()]  # fmt: skip
    steps = [(i, processors[name]) for i, name in enumerate(columns) if name in processors]
    arrange = compiled.arrange
    params: list[Any] = []
    for row in rows:
        full = [*row, *constants]
        for i, process in steps:
            full[i] = process(full[i])
        params.append(arrange(full))
    _run(connection, compiled, params, many=True)


def _run(connection: Connection, compiled: _Compiled, params: Any, *, many: bool) -> list[Any]:
    if not connection.in_transaction():  # as Core autobegins: commit() and rollback() then act
        connection.begin()
    if compiled.writes:
        note_write(connection)
    cursor = connection.connection.cursor()
    try:
        if many:
            cursor.executemany(compiled.sql, params)
        else:
            cursor.execute(compiled.sql, params)
        return list(cursor.fetchall()) if cursor.description is not None else []
    except connection.dialect.loaded_dbapi.Error as error:
        raise _wrapped(connection, compiled.sql, params, error, many=many) from error
    finally:
        cursor.close()


def _wrapped(
    connection: Connection, sql: str, params: Any, error: Any, *, many: bool
) -> StatementError:
    """The error SQLAlchemy raises for `error` (IntegrityError, DataError...), same message."""
    dialect = connection.dialect
    lost = dialect.is_disconnect(error, connection.connection.dbapi_connection, None)
    if lost:
        connection.invalidate(error)
    wrapped: StatementError = DBAPIError.instance(
        sql, params, error, dialect.loaded_dbapi.Error, dialect=dialect, ismulti=many,
        hide_parameters=connection.engine.hide_parameters, connection_invalidated=lost,
    )  # fmt: skip
    return wrapped


@lru_cache(maxsize=32)
def _compiled(dialect: Dialect, statement: ClauseElement, names: tuple[str, ...]) -> _Compiled:
    """The statement's SQL, how to arrange its parameters, and each value's processor."""
    compiled = dialect.statement_compiler(dialect, statement, for_executemany=True)
    if set(compiled.binds) != set(names):
        raise ValueError(f"parameters {sorted(compiled.binds)} are not {sorted(names)}")
    processors: dict[str, _Processor] = {}
    for name, bind in compiled.binds.items():
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            json = isinstance(bind.type, JSON)
            processors[name] = _remembered(processor) if json else processor
    order = None
    if compiled.positional:
        order = tuple(names.index(bind) for bind in compiled.positiontup or [])
    writes = bool(compiled.isinsert or compiled.isupdate or compiled.isdelete)
    return _Compiled(compiled.string, _arranger(names, order), processors, writes)


def _arranger(names: tuple[str, ...], order: tuple[int, ...] | None) -> Callable[[list[Any]], Any]:
    """Values in `names` order to the driver's parameters: positional tuple or named dict."""
    if order is None:
        return lambda values: dict(zip(names, values, strict=True))
    if len(order) <= 1:  # itemgetter returns a bare value for one index and takes no zero
        return lambda values: tuple(values[i] for i in order)
    return itemgetter(*order)


def _remembered(process: _Processor) -> _Processor:
    """A JSON processor that serialises each distinct flat mapping of strings once.

    Most claims carry `{}` or one of a few hundred qualifier sets. Only str keys and values
    are remembered: 1, 1.0 and True are equal keys but different JSON.
    """
    known: dict[tuple[tuple[str, str], ...], Any] = {}

    def run(value: Any) -> Any:
        if type(value) is not dict or not all(
            type(k) is str and type(v) is str for k, v in value.items()
        ):
            return process(value)
        items = tuple(value.items())
        text = known.get(items)
        if text is None:
            text = process(value)
            if len(known) < _REMEMBERED:
                known[items] = text
        return text

    return run
