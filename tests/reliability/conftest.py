"""Shared pieces of the reliability tests: a real uvicorn server, invariants, figures."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from tests.conftest import ROOT, empty_database
from tests.servers import free_port

# How many status changes each of the 16 editors makes; `make reliability` runs the 200.
CHANGES = int(os.environ.get("RELIABILITY_CHANGES", "50"))
CLIENTS = int(os.environ.get("RELIABILITY_CLIENTS", "16"))


def note_figures(test: str, **figures: object) -> None:
    """Append measured figures to $RELIABILITY_LOG (one JSON line), for RELIABILITY.md."""
    log = os.environ.get("RELIABILITY_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps({"test": test, **figures}) + "\n")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """An empty database of each kind that lives for the module."""
    yield from empty_database(request.param, tmp_path_factory)


@contextmanager
def run_server(url: str, *, workers: int = 2) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`uvicorn app.main:create_app --factory --workers N` in its own process group."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url}
    command = [
        sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory",
        "--workers", str(workers), "--host", "127.0.0.1", "--port", str(port),
        "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base, process
    finally:
        kill_group(process, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            kill_group(process, signal.SIGKILL)
            process.wait(timeout=5)


def wait_until_up(base: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    """Poll /sources until it answers (bounded)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the server exited with {process.returncode}"
        try:
            if httpx.get(f"{base}/sources", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"the server did not answer within {seconds} s")


def kill_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    """Signal the process group this test started (uvicorn's supervisor and its workers)."""
    with suppress(ProcessLookupError):
        os.killpg(process.pid, sig)


def history_problems(engine: Engine) -> list[str]:
    """Claims whose row disagrees with their history, for claims changed only by reviews.

    From the code (store/claims.py, store/documents.py): a claim is created at version 1 with
    one 'created' event, and every review adds one 'status_changed' event and one version.
    So version == number of events, status == the last status_changed's to_value (provisional
    when none), reviewed == (at least one status_changed).
    """
    query = text(
        "SELECT c.id, c.version, c.status, c.reviewed, e.action, e.to_value FROM claim c "
        "LEFT JOIN claimevent e ON e.claim_id = c.id ORDER BY c.id, e.id"
    )
    rows: dict[int, tuple[int, str, bool, list[tuple[str, str | None]]]] = {}
    with engine.connect() as connection:
        for claim_id, version, status, reviewed, action, to_value in connection.execute(query):
            entry = rows.setdefault(claim_id, (version, status, bool(reviewed), []))
            if action is not None:
                entry[3].append((action, to_value))
    problems = []
    for claim_id, (version, status, reviewed, events) in rows.items():
        changes = [to for action, to in events if action == "status_changed"]
        expected = (len(events), changes[-1] if changes else "provisional", bool(changes))
        created = [action for action, _ in events].count("created")
        if (version, status, reviewed) != expected or created != 1:
            problems.append(
                f"claim {claim_id}: version {version}, status {status}, reviewed {reviewed}, "
                f"{created} created events; history says {expected}"
            )
    return problems


def integrity(engine: Engine) -> str:
    """SQLite's integrity_check and foreign_key_check; 'ok' on PostgreSQL once it answers."""
    with engine.connect() as connection:
        if engine.dialect.name != "sqlite":
            connection.execute(text("SELECT count(*) FROM claim")).scalar_one()
            return "ok"
        check = connection.exec_driver_sql("PRAGMA integrity_check").scalar_one()
        orphans = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return str(check) if not orphans else f"{check}; foreign keys broken: {orphans[:5]}"


def claims_path() -> Path:
    """The `claims` console script of this environment."""
    return Path(sys.executable).with_name("claims")
