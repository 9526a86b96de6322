"""The sign-in throttle across worker processes: a burst of wrong passwords for one name, sent at
once to `uvicorn --workers 2`, gets at most the limit's worth checked; the rest are 429s.

Every attempt is counted in the database before its password is checked, so two workers cannot
both pass the check before either records its guess. The login token a worker signed is
accepted by the other: both read the same key file, created by whichever started first.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
from sqlmodel import Session

from app.db import make_engine, migrate
from app.store import users
from tests.reliability.conftest import note_figures, run_server

BURST = 16
LIMIT = 5  # the default failures per name
HTML = {"Accept": "text/html"}


def seed(url: str) -> None:
    engine = make_engine(url)
    migrate(engine)
    with Session(engine) as session:
        users.create_user(session, "ana", role="reviewer", password="ana-password")
    engine.dispose()


def guess(base: str, password: str, barrier: threading.Barrier | None = None) -> int:
    """One sign-in on a fresh connection (so the burst spreads over both workers)."""
    with httpx.Client(base_url=base, timeout=60) as client:
        form = client.get("/login", headers=HTML).text.split('id="login-form"')[1]
        token = re.findall(r'name="csrf" value="([^"]+)"', form)[0]
        if barrier is not None:
            barrier.wait(timeout=60)
        data = {"name": "ana", "password": password, "csrf": token}
        with httpx.Client(base_url=base, timeout=60, cookies=client.cookies) as fresh:
            return fresh.post("/login", data=data, headers=HTML).status_code


def test_a_burst_of_guesses_across_workers_gets_no_more_than_the_limit_checked(
    module_url: str,
) -> None:
    seed(module_url)
    with run_server(module_url, workers=2) as (base, _process):
        barrier = threading.Barrier(BURST)
        with ThreadPoolExecutor(BURST) as pool:
            burst = list(pool.map(lambda _: guess(base, "wrong-password", barrier), range(BURST)))
        counts = Counter(burst)
        # Refusals under contention can leave the count under the limit; the rest is checked
        # one at a time until the name is locked.
        after = [guess(base, "wrong-password") for _ in range(LIMIT - counts[401])]
        locked = guess(base, "ana-password")
    note_figures(
        "login_throttle_burst", database=module_url.split(":")[0], burst=BURST,
        checked=counts[401], refused=counts[429], others=len(burst) - counts[401] - counts[429],
    )  # fmt: skip
    assert set(counts) <= {401, 429}
    assert counts[401] <= LIMIT
    assert (after, locked) == ([401] * (LIMIT - counts[401]), 429)
