"""Review desk benchmark: server time of the desk, a cluster page and a filtered list.

Measured in process (TestClient, so the time is the server's: routing, queries, templates;
no network), on the seeds and on a 100k-claim database built as bench_api builds it. Its plain
SQL copies go past `store`, but the triggers of migration 0007_desk_counts keep the desk's
counts in step all the same.
Targets (issue 4): p50 <= 30 ms, p99 <= 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_api import build_database

HTML = {"Accept": "text/html"}


def measure(client: object, url: str, *, runs: int) -> tuple[float, float]:
    """p50 and p99 in ms of GET `url` as a browser asks for it, after one warm-up."""
    get = client.get  # type: ignore[attr-defined]
    assert get(url, headers=HTML).status_code == 200, url
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        get(url, headers=HTML)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.99 * len(times)))]


def bench(claims: int | None, *, runs: int) -> None:
    """Build a database (the seeds, copied up to `claims`) and time the three pages on it."""
    from fastapi.testclient import TestClient

    with tempfile.TemporaryDirectory() as tmp:
        total = build_database(Path(tmp) / "web.db", claims=claims)
        from app.db import get_engine
        from app.main import create_app

        with TestClient(create_app()) as client:
            key = client.get("/clusters?conflict=true").json()[0]["id"]
            pages = {
                "desk /": "/",
                "cluster page": f"/clusters/{key}",
                "filtered list": "/claims?status=provisional&kind=salary",
            }
            size = len(client.get(f"/clusters/{key}").json()["claims"])
            print(f"{total:,} claims ({runs} requests each, server time;"
                  f" the cluster page's cluster holds {size:,} claims):")  # fmt: skip
            for name, url in pages.items():
                p50, p99 = measure(client, url, runs=runs)
                print(f"  {name:14} p50 {p50:6.1f} ms  p99 {p99:6.1f} ms")
        get_engine().dispose()


def main() -> None:
    """Time the pages on the seeds and on 100k claims."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--runs", type=int, default=50)
    options = args.parse_args()
    for claims in (None, 100_000):
        bench(claims, runs=options.runs)


if __name__ == "__main__":
    main()
