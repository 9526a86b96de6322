"""kill -9 in the middle of work: an ingest of the synthetic corpus, a server taking reviews.

Afterwards the database opens cleanly, nothing is half-written, and the work can be resumed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import pipeline
from app.config import Settings
from app.db import make_engine, migrate
from app.pipeline import ingest_paths
from app.store import users
from bench.bench_ingest import write_corpus
from tests.conftest import ROOT
from tests.reliability.conftest import (
    claims_path,
    history_problems,
    integrity,
    kill_group,
    note_figures,
    run_server,
)

GUIDES = 240
CORPUS_BYTES = 4_800_000

Layout = dict[str, list[tuple[int, str]]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic corpus (240 guides, about 4.8 MB), written once."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, guides=GUIDES, target_bytes=CORPUS_BYTES)
    return folder


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """What an uninterrupted ingest of the corpus stores: claims (start, quote) per file."""
    url = f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.db'}"
    engine = make_engine(url)
    migrate(engine)
    report = ingest_paths([corpus], engine=engine, settings=Settings(database_url=url))
    assert report.errors == []
    layout = claims_by_file(engine)
    engine.dispose()
    return layout


def claims_by_file(engine: Engine) -> Layout:
    """Every stored claim as (start, quote), per source file name, in text order."""
    query = text(
        "SELECT s.file_name, c.start, c.quote FROM source s JOIN claim c ON c.source_id = s.id "
        "ORDER BY s.file_name, c.start, c.id"
    )
    layout: Layout = defaultdict(list)
    with engine.connect() as connection:
        for name, start, quote in connection.execute(query):
            layout[name].append((start, quote))
        for (name,) in connection.execute(text("SELECT file_name FROM source")):
            layout.setdefault(name, [])
    return dict(layout)


def created_events_per_file(engine: Engine) -> dict[str, int]:
    """How many 'created' events each source's claims have."""
    query = text(
        "SELECT s.file_name, count(e.id) FROM source s JOIN claim c ON c.source_id = s.id "
        "JOIN claimevent e ON e.claim_id = c.id AND e.action = 'created' GROUP BY s.file_name"
    )
    with engine.connect() as connection:
        return {name: int(count) for name, count in connection.execute(query)}


def count_sources(engine: Engine) -> int:
    """Sources stored so far (0 while the schema is not there yet)."""
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM source")).scalar_one())
    except Exception:  # the ingest has not created the schema yet
        return 0


def test_an_ingest_killed_halfway_leaves_whole_sources_and_resumes_without_duplicates(
    database_url: str, corpus: Path, clean: Layout
) -> None:
    engine = make_engine(database_url)
    env = {**os.environ, "DATABASE_URL": database_url}
    command = [str(claims_path()), "ingest", str(corpus)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    try:
        while count_sources(engine) < GUIDES // 2 and time.monotonic() < deadline:
            assert process.poll() is None, "the ingest finished before it could be killed"
            time.sleep(0.01)
    finally:
        kill_group(process, signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    engine.dispose()
    engine = make_engine(database_url)
    assert integrity(engine) == "ok"
    stored = claims_by_file(engine)
    assert GUIDES // 2 <= len(stored) < GUIDES, "the kill was not halfway"
    # No half-written source: each stored one has all its claims, each with its 'created' event.
    assert {name: stored[name] for name in stored} == {name: clean[name] for name in stored}
    created = created_events_per_file(engine)
    assert {n: created.get(n, 0) for n in stored} == {n: len(clean[n]) for n in stored}
    assert history_problems(engine) == []
    rerun = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False
    )
    assert rerun.returncode == 0, rerun.stderr
    after = claims_by_file(engine)
    assert after == clean  # every file, every claim, once: no duplicate, none missing
    assert created_events_per_file(engine) == {n: len(c) for n, c in clean.items() if c}
    with engine.connect() as connection:
        unclustered = connection.execute(
            text("SELECT count(*) FROM claim WHERE cluster_key IS NULL AND NOT orphaned")
        ).scalar_one()
    engine.dispose()
    assert unclustered == 0
    note_figures(
        "ingest_kill", database=database_url.split(":")[0], guides=GUIDES,
        corpus_bytes=CORPUS_BYTES, sources_at_kill=len(stored),
        claims_at_kill=sum(map(len, stored.values())),
        claims_clean=sum(map(len, clean.values())), rerun_summary=rerun.stdout.strip(),
    )  # fmt: skip


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing on the way catches it."""


def test_a_crash_between_storing_and_clustering_is_repaired_by_the_next_ingest(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path, guides=3, target_bytes=9_000)
    settings = Settings(database_url=str(engine.url))

    def crash(*_args: object, **_kwargs: object) -> int:
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "cluster_all", crash)
        with pytest.raises(Crash):
            ingest_paths([tmp_path], engine=engine, settings=settings)
    ingest_paths([tmp_path], engine=engine, settings=settings)
    with engine.connect() as connection:
        unclustered = connection.execute(
            text("SELECT count(*) FROM claim WHERE cluster_key IS NULL")
        ).scalar_one()
    assert unclustered == 0


def test_a_server_killed_during_reviews_leaves_every_claim_equal_to_its_history(
    database_url: str, tmp_path: Path
) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    (tmp_path / "corpus").mkdir()
    write_corpus(tmp_path / "corpus", guides=2, target_bytes=12_000)
    ingest_paths([tmp_path / "corpus"], engine=engine, settings=Settings(database_url=database_url))
    with Session(engine) as session:
        users.create_user(session, "rita", role="reviewer", password="correct horse")
        token = users.create_token(session, "rita")
    with engine.connect() as connection:
        claim_ids = list(connection.execute(text("SELECT id FROM claim LIMIT 20")).scalars())
    accepted: list[str] = []
    attempted: list[str] = []
    stop = threading.Event()

    def write(base: str, index: int) -> None:
        auth = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, timeout=10, headers=auth) as client:
            for turn in range(2000):  # bounded; the kill or `stop` ends it sooner
                if stop.is_set():
                    return
                claim_id = claim_ids[(index * 7 + turn) % len(claim_ids)]
                note = f"{index}-{turn}"
                try:
                    version = client.get(f"/claims/{claim_id}").json()["version"]
                    attempted.append(note)
                    answer = client.patch(
                        f"/claims/{claim_id}",
                        json={"status": ("verified", "rejected")[turn % 2], "note": note},
                        headers={"If-Match": f'"{version}"'},
                    )
                except (httpx.TransportError, ValueError):
                    return  # the server is gone
                if answer.status_code == 200:
                    accepted.append(note)

    with run_server(database_url, workers=2) as (base, process):
        threads = [threading.Thread(target=write, args=(base, i)) for i in range(8)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while len(accepted) < 150 and time.monotonic() < deadline:
            time.sleep(0.01)
        kill_group(process, signal.SIGKILL)  # mid-write: clients are still sending
        process.wait(timeout=10)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    engine.dispose()
    engine = make_engine(database_url)
    assert integrity(engine) == "ok"
    assert history_problems(engine) == []
    with engine.connect() as connection:
        stored = set(
            connection.execute(
                text("SELECT note FROM claimevent WHERE action = 'status_changed'")
            ).scalars()
        )
    engine.dispose()
    in_doubt = stored - set(accepted)
    note_figures(
        "server_kill", database=database_url.split(":")[0], accepted_before_kill=len(accepted),
        attempted=len(attempted), stored=len(stored), committed_without_answer=len(in_doubt),
    )  # fmt: skip
    assert len(accepted) >= 150
    assert set(accepted) <= stored  # an answered change survives the crash
    assert in_doubt <= set(attempted)  # the only extra ones were in flight at the kill
