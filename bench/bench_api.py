"""API benchmark: GET /claims?status=provisional&limit=50 on a 100k-claim SQLite database.

Builds the database (the seeds ingested, their claims copied under new sources up to
100k claims), serves it with uvicorn (one worker) and with Datasette (the same file, the
equivalent query in its fastest form, with the row count), and loads each with wrk on
loopback: 32 connections, a few seconds. Prints p50, p99 and requests/s side by side.
Targets (issue 5): p99 <= 50 ms at 32 connections, throughput >= 5x Datasette's.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def build_database(path: Path, *, claims: int | None) -> int:
    """Ingest the seeds, then copy sources and claims until `claims` claims exist (if given)."""
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    from app.config import get_settings
    from app.db import get_engine, migrate
    from app.pipeline import ingest_paths

    get_settings.cache_clear()
    get_engine.cache_clear()
    engine = get_engine()
    migrate(engine)
    ingest_paths([ROOT / "seeds"], engine=engine, settings=get_settings())
    with engine.begin() as db:
        base = db.execute(text("SELECT count(*) FROM claim")).scalar_one()
        if claims is not None:
            for copy in range(1, -(-claims // base)):
                _copy_sources(db, copy)
            db.execute(text("DELETE FROM claim WHERE id > :n"), {"n": claims})
        total = int(db.execute(text("SELECT count(*) FROM claim")).scalar_one())
        db.execute(text("ANALYZE"))  # as store.optimize does after an ingest
    engine.dispose()
    return total


def _copy_sources(db: object, copy: int) -> None:
    """One more copy of the five seeds' sources and claims, under new file names."""
    run = db.execute  # type: ignore[attr-defined]
    run(text(
        "INSERT INTO source (file_name, sha256, version, title, publisher, author, published,"
        " date_text, url, flags, encoding, raw_text, text, ingested_at)"
        " SELECT file_name || '#' || :c, sha256, version, title, publisher, author, published,"
        " date_text, url, flags, encoding, raw_text, text, ingested_at FROM source"
        " WHERE id <= 5"
    ), {"c": copy})  # fmt: skip
    columns = (
        'source_version, quote, start, "end", prefix, suffix, context, context_start, kind,'
        " low, high, open_high, unit, period, subject, qualifiers, status, reviewed, orphaned,"
        " version, extractor_version, cluster_key, conflict, created_at, updated_at"
    )
    run(text(
        f"INSERT INTO claim (source_id, {columns}) SELECT source_id + 5 * :c, {columns}"
        " FROM claim WHERE source_id <= 5"
    ), {"c": copy})  # fmt: skip


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, seconds: float = 30) -> None:
    """Poll until `url` answers."""
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


# Every request a different page (keyset cursors, as `next` links carry), so that almost no
# answer comes from the response cache.
SCATTER = """
request = function()
  local source = math.random(1, 3000)
  return wrk.format("GET", "/claims?status=provisional&limit=50&after=" .. source .. ":0:0")
end
"""


def load(
    url: str, *, seconds: int, connections: int, script: str | None = None
) -> dict[str, float]:
    """p50 and p99 in ms and requests/s of `url` under wrk (with a Lua `script`, if given)."""
    extra: list[str] = []
    if script is not None:
        path = Path(tempfile.mkdtemp()) / "scatter.lua"
        path.write_text(script, encoding="utf-8")
        extra = ["-s", str(path)]
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *extra, url],
        capture_output=True, text=True, check=True, timeout=seconds + 30,
    ).stdout  # fmt: skip
    return {
        "p50": _ms(re.search(r"50%\s+([\d.]+\w+)", out)[1]),  # type: ignore[index]
        "p99": _ms(re.search(r"99%\s+([\d.]+\w+)", out)[1]),  # type: ignore[index]
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),  # type: ignore[index]
        "errors": float("Non-2xx" in out or "Socket errors" in out),
    }


def _ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def serve(command: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start a server process, quiet."""
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    """Build, serve, load, print."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--claims", type=int, default=100_000)
    args.add_argument("--seconds", type=int, default=5)
    args.add_argument("--connections", type=int, default=32)
    options = args.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install -y wrk")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        total = build_database(db, claims=options.claims)
        print(f"database: {total:,} claims, {db.stat().st_size / 1e6:.0f} MB")
        results = {}
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
        port = free_port()
        ours = serve([str(BIN / "uvicorn"), "app.main:create_app", "--factory",
                      "--port", str(port), "--log-level", "warning"], env)  # fmt: skip
        url = f"http://127.0.0.1:{port}/claims?status=provisional&limit=50"
        try:
            wait_for(url)
            results["claimtrail"] = load(url, seconds=options.seconds,
                                         connections=options.connections)  # fmt: skip
            results["uncached"] = load(url, seconds=options.seconds,
                                       connections=options.connections, script=SCATTER)  # fmt: skip
        finally:
            ours.terminate()
            ours.wait()
        port = free_port()
        theirs = serve([str(BIN / "datasette"), "serve", str(db), "--port", str(port),
                        "--setting", "num_sql_threads", "3"], env)  # fmt: skip
        url = (f"http://127.0.0.1:{port}/bench/claim.json?status=provisional&orphaned=0"
               "&_size=50&_nofacet=1&_nosuggest=1")  # fmt: skip
        try:
            wait_for(url)
            results["datasette"] = load(url, seconds=options.seconds,
                                        connections=options.connections)  # fmt: skip
        finally:
            theirs.terminate()
            theirs.wait()
    print(f"GET /claims?status=provisional&limit=50, wrk {options.connections} connections,"
          f" {options.seconds} s:")  # fmt: skip
    for name, r in results.items():
        print(f"  {name:10} p50 {r['p50']:6.1f} ms  p99 {r['p99']:6.1f} ms  {r['rps']:8.0f} req/s"
              + ("  (errors)" if r["errors"] else ""))  # fmt: skip
    ratio = results["claimtrail"]["rps"] / results["datasette"]["rps"]
    print(f"  throughput ratio claimtrail/datasette: {ratio:.2f}x")
    print("  (claimtrail repeats one URL, answered from its response cache after the first;")
    print("   'uncached' asks a random page each time, so every answer is computed)")


if __name__ == "__main__":
    main()
