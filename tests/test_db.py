"""Schema migrations and optimistic updates on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import store
from app.db import GenerationReader, downgrade, make_engine, migrate
from app.models import Claim
from tests.conftest import SEEDS
from tests.test_pipeline import ingest

TABLES = [
    "apitoken", "claim", "claimevent", "cluster", "clusterdecision", "clustertally", "datastate",
    "loginattempt", "source", "sourcedatereview", "sourceversion", "user", "websession",
]  # fmt: skip
STORED = ("source", "sourceversion", "claim", "claimevent", "cluster", "clustertally")


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


def rows(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the ingest's tables, in id order."""
    with engine.connect() as connection:
        return {
            table: [
                tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            ]
            for table in STORED
        }


def claim_indexes(engine: Engine) -> set[str]:
    return {str(index["name"]) for index in inspect(engine).get_indexes("claim")}


def test_lean_storage_keeps_every_row_down_and_up_again(engine: Engine) -> None:
    ingest(engine, SEEDS / "002_81851087732354e4.txt")
    before = rows(engine)
    assert len(before["claim"]) > 10
    declared = {str(index.name) for index in Claim.__table__.indexes}  # type: ignore[attr-defined]
    assert claim_indexes(engine) == declared
    covered = {"ix_claim_source_id", "ix_claim_status", "ix_claim_kind", "ix_claim_cluster_key"}
    assert not covered & declared
    downgrade(engine, "0007_desk_counts")
    assert claim_indexes(engine) == declared | covered
    assert rows(engine) == before
    migrate(engine)
    assert claim_indexes(engine) == declared
    assert rows(engine) == before
    ingest(engine, SEEDS / "003_c03bcc24a1f6507e.txt")  # the desk's triggers still count
    with engine.connect() as connection:
        tally = connection.execute(text("SELECT sum(claims) FROM clustertally")).scalar_one()
        live = connection.execute(text("SELECT count(*) FROM claim WHERE NOT orphaned"))
        assert tally == live.scalar_one()


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
