"""Schema migrations and optimistic updates on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import store
from app.db import GenerationReader, downgrade, make_engine, migrate
from tests.conftest import SEEDS
from tests.test_pipeline import ingest

TABLES = [
    "apitoken", "claim", "claimevent", "cluster", "clusterdecision", "datastate", "source",
    "sourcedatereview",
    "sourceversion", "user", "websession",
]  # fmt: skip


def tables(engine: Engine) -> list[str]:
    return sorted(t for t in inspect(engine).get_table_names() if t != "alembic_version")


def test_migrations_upgrade_and_downgrade_cleanly(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    assert tables(engine) == TABLES
    downgrade(engine, "base")
    assert tables(engine) == []
    migrate(engine)
    migrate(engine)
    assert tables(engine) == TABLES
    engine.dispose()


def test_a_stale_review_is_refused_and_names_the_current_version(
    engine: Engine, session: Session
) -> None:
    ingest(engine, SEEDS / "002_81851087732354e4.txt")
    store.review_claim(session, 1, status="verified", actor="ana", expected_version=1)
    with pytest.raises(store.StaleVersionError) as stale:
        store.review_claim(session, 1, status="rejected", actor="bo", expected_version=1)
    current = stale.value.current
    assert (current.status, current.version, current.history[-1].actor) == ("verified", 2, "ana")
    assert [e.action for e in store.get_claim(session, 1).history] == [
        "created",
        "status_changed",
    ]


def test_every_committed_write_bumps_the_data_generation(engine: Engine, session: Session) -> None:
    # One reader throughout, as the response cache keeps it: its own connection must see
    # every later commit, from this process and from another engine alike.
    generation = GenerationReader(engine)
    start = generation()
    ingest(engine, SEEDS / "002_81851087732354e4.txt")
    after_ingest = generation()
    assert after_ingest > start
    store.get_claim(session, 1)
    session.commit()
    assert generation() == after_ingest
    other = make_engine(str(engine.url.render_as_string(hide_password=False)))
    with Session(other) as elsewhere:
        store.review_claim(elsewhere, 1, status="rejected", actor="bo")
    other.dispose()
    assert generation() == after_ingest + 1
