"""Many editors at once against a real multi-worker server: nothing lost, nothing stale applied.

16 clients (threads, httpx) each make CHANGES read-modify-write status changes on 20 shared
claims through `uvicorn --workers 2`: GET the claim, PATCH it with the ETag as If-Match. One
change in ten is sent deliberately stale (If-Match one version back), so refusals are exercised
even when the real races happen to be few.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import text
from sqlmodel import Session

from app.config import Settings
from app.db import make_engine, migrate
from app.pipeline import ingest_paths
from app.store import users
from bench.bench_ingest import write_corpus
from tests.reliability.conftest import (
    CHANGES,
    CLIENTS,
    history_problems,
    integrity,
    note_figures,
    run_server,
)

STATUSES = ("verified", "provisional", "rejected")
CLAIMS = 20
DEADLINE_SECONDS = 400.0


@dataclass(frozen=True)
class Outcome:
    """One attempted change: what was asked and how the server answered (-1: no answer)."""

    note: str
    claim_id: int
    status: str
    code: int
    version: int | None
    stale_on_purpose: bool


def seed(url: str, folder: Path, *, editors: int) -> tuple[list[int], list[str]]:
    """A small corpus ingested, `editors` reviewer tokens; the first CLAIMS claim ids."""
    engine = make_engine(url)
    migrate(engine)
    folder.mkdir()
    write_corpus(folder, guides=2, target_bytes=12_000)
    report = ingest_paths([folder], engine=engine, settings=Settings(database_url=url))
    assert report.errors == []
    tokens = []
    with Session(engine) as session:
        for index in range(editors):
            name = f"editor{index:02d}"
            users.create_user(session, name, role="reviewer", password="correct horse")
            tokens.append(users.create_token(session, name))
    with engine.connect() as connection:
        ids = connection.execute(text("SELECT id FROM claim ORDER BY id LIMIT :n"), {"n": CLAIMS})
        claim_ids = list(ids.scalars())
    engine.dispose()
    assert len(claim_ids) == CLAIMS
    return claim_ids, tokens


def edit(base: str, token: str, index: int, claim_ids: list[int], deadline: float) -> list[Outcome]:
    """One editor's CHANGES read-modify-write changes (bounded by count and by time)."""
    rng = random.Random(index)
    outcomes = []
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=60, headers=auth) as client:
        for turn in range(CHANGES):
            if time.monotonic() > deadline:
                break
            claim_id, status = rng.choice(claim_ids), rng.choice(STATUSES)
            note, stale = f"{index}-{turn}", turn % 10 == 9
            try:
                read = client.get(f"/claims/{claim_id}")
                if read.status_code != 200:
                    outcomes.append(Outcome(note, claim_id, status, read.status_code, None, stale))
                    continue
                version = read.json()["version"]
                if_match = f'"{version - 1}"' if stale else read.headers["etag"]
                answer = client.patch(
                    f"/claims/{claim_id}", json={"status": status, "note": note},
                    headers={"If-Match": if_match},
                )  # fmt: skip
            except httpx.TransportError:
                outcomes.append(Outcome(note, claim_id, status, -1, None, stale))
                continue
            got = answer.json().get("version") if answer.status_code == 200 else None
            outcomes.append(Outcome(note, claim_id, status, answer.status_code, got, stale))
    return outcomes


def stored_changes(url: str) -> dict[str, tuple[int, str]]:
    """Every status_changed event by its note: (claim id, status set)."""
    engine = make_engine(url)
    query = text(
        "SELECT note, claim_id, to_value FROM claimevent WHERE action = 'status_changed' "
        "ORDER BY id"
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    engine.dispose()
    notes = Counter(note for note, _, _ in rows)
    assert [n for n, count in notes.items() if count > 1] == [], "a change logged twice"
    return {note: (claim_id, status) for note, claim_id, status in rows}


def test_concurrent_editors_lose_no_accepted_change_and_apply_no_stale_one(
    database_url: str, tmp_path: Path
) -> None:
    claim_ids, tokens = seed(database_url, tmp_path / "corpus", editors=CLIENTS)
    started = time.monotonic()
    with run_server(database_url, workers=2) as (base, _process):
        deadline = time.monotonic() + DEADLINE_SECONDS
        with ThreadPoolExecutor(CLIENTS) as pool:
            runs = [
                pool.submit(edit, base, token, index, claim_ids, deadline)
                for index, token in enumerate(tokens)
            ]
            outcomes = [outcome for run in runs for outcome in run.result()]
    seconds = time.monotonic() - started
    codes = Counter(outcome.code for outcome in outcomes)
    accepted = {o.note: o for o in outcomes if o.code == 200}
    note_figures(
        "concurrent_editors", database=database_url.split(":")[0], clients=CLIENTS,
        changes_each=CHANGES, claims=CLAIMS, seconds=round(seconds, 1),
        codes=dict(sorted(codes.items())),
        stale_on_purpose=sum(o.stale_on_purpose for o in outcomes),
        refused_races=sum(o.code == 412 and not o.stale_on_purpose for o in outcomes),
    )  # fmt: skip
    assert len(outcomes) == CLIENTS * CHANGES, "the run hit its time bound"
    assert set(codes) <= {200, 412}, f"answers other than 200 and 412: {codes}"
    assert all(o.code == 412 for o in outcomes if o.stale_on_purpose)
    stored = stored_changes(database_url)
    # Every accepted change is in the history, as asked; nothing else is (no 412 applied).
    assert {note: (o.claim_id, o.status) for note, o in accepted.items()} == stored
    engine = make_engine(database_url)
    assert integrity(engine) == "ok"
    assert history_problems(engine) == []
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, version, status FROM claim")).all()
    engine.dispose()
    final = {claim_id: (version, status) for claim_id, version, status in rows}
    for claim_id in claim_ids:
        mine = [o for o in accepted.values() if o.claim_id == claim_id]
        # Each accepted change made exactly one new version: 2, 3, ... with no gap or repeat.
        assert sorted(o.version or 0 for o in mine) == list(range(2, len(mine) + 2))
        last = max(mine, key=lambda o: o.version or 0) if mine else None
        assert final[claim_id] == (len(mine) + 1, last.status if last else "provisional")
