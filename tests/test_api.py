"""The JSON API over a real database, through TestClient and through a real uvicorn server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from app.config import get_settings
from app.db import get_engine, migrate
from app.main import create_app
from app.pipeline import ingest_paths
from tests.test_pipeline import GUIDE


@pytest.fixture
def seeded(app_env: str, tmp_path: Path) -> str:
    path = tmp_path / "guide.txt"
    path.write_text(GUIDE, encoding="utf-8")
    engine = get_engine()
    migrate(engine)
    report = ingest_paths([path], engine=engine, settings=get_settings())
    assert report.errors == []
    return app_env


@pytest.fixture
def client(seeded: str) -> Iterator[TestClient]:
    with TestClient(create_app()) as client:
        yield client


def quotes(body: dict[str, object]) -> list[str]:
    return [c["quote"] for c in body["claims"]]  # type: ignore[attr-defined]


def test_provisional_claims_are_listed_with_their_total(client: TestClient) -> None:
    response = client.get("/claims", params={"status": "provisional"})
    assert response.status_code == 200
    body = response.json()
    assert quotes(body) == ["$240K to $320K", "$110K to $140K", "40% year over year"]
    assert body["total"] == 3


def test_filters_combine_and_paginate(client: TestClient) -> None:
    body = client.get("/claims", params={"kind": "salary", "limit": 1, "offset": 1}).json()
    assert (quotes(body), body["total"]) == (["$110K to $140K"], 2)
    assert client.get("/claims", params={"status": "verified"}).json() == {"claims": [], "total": 0}
    body = client.get("/claims", params={"source": "guide.txt", "reviewed": "false"}).json()
    assert body["total"] == 3


@pytest.mark.parametrize(
    ("params", "name"),
    [({"status": "bogus"}, "status"), ({"limit": 100000}, "limit"), ({"offset": -1}, "offset")],
)
def test_a_bad_parameter_is_a_422_naming_it(
    client: TestClient, params: dict[str, object], name: str
) -> None:
    response = client.get("/claims", params=params)
    assert response.status_code == 422
    assert [e["loc"][:2] for e in response.json()["detail"]] == [["query", name]]


def test_one_claim_comes_with_its_history(client: TestClient) -> None:
    body = client.get("/claims/1").json()
    assert (body["quote"], body["status"]) == ("$240K to $320K", "provisional")
    assert [(e["action"], e["actor"]) for e in body["history"]] == [("created", "ingest")]
    assert client.get("/claims/999").status_code == 404


def test_sources_are_listed(client: TestClient) -> None:
    [source] = client.get("/sources").json()
    assert (source["file"], source["title"]) == ("guide.txt", "Salary guide for 2026")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_real_server_answers_provisional_claims(seeded: str) -> None:
    port = free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        response = httpx.get(f"http://127.0.0.1:{port}/claims?status=provisional", timeout=5)
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.json()["total"] == 3
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_clusters_are_listed_and_fetched_with_their_members(client: TestClient) -> None:
    clusters = client.get("/clusters").json()
    assert sorted(cid for c in clusters for cid in c["claims"]) == [1, 2, 3]
    one = client.get(f"/clusters/{clusters[0]['id']}").json()
    assert one == clusters[0]
    assert client.get("/clusters/nope").status_code == 404
    assert client.get("/clusters", params={"conflict": "true"}).json() == []
