"""The JSON API over a real database, through TestClient and through a real uvicorn server."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.config import get_settings
from app.db import get_engine, migrate
from app.main import create_app
from app.pipeline import ingest_paths
from app.store import users
from tests.servers import serve
from tests.test_pipeline import GUIDE

FUTURE = (
    "The AI Engineer Pay Survey\n\nPublished: January 26, 2028\n\n"
    "Staff AI engineers in the US earn $400K in base salary.\n"
)


@pytest.fixture
def seeded(app_env: str, tmp_path: Path) -> str:
    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    (tmp_path / "future.txt").write_text(FUTURE, encoding="utf-8")
    engine = get_engine()
    migrate(engine)
    report = ingest_paths([tmp_path], engine=engine, settings=get_settings())
    assert report.errors == []
    with Session(engine) as session:
        users.create_user(session, "rita", role="reviewer", password="correct horse")
        users.create_user(session, "vic", role="viewer", password="correct horse")
    return app_env


@pytest.fixture(params=["testclient", "uvicorn"])
def client(request: pytest.FixtureRequest, seeded: str) -> Iterator[httpx.Client]:
    """The same tests through TestClient and through a real uvicorn server on loopback."""
    if request.param == "testclient":
        with TestClient(create_app()) as client:
            yield client
        return
    with serve(create_app()) as base, httpx.Client(base_url=base, timeout=10) as client:
        yield client


def token(name: str) -> dict[str, str]:
    with Session(get_engine()) as session:
        return {"Authorization": f"Bearer {users.create_token(session, name)}"}


def quotes(body: dict[str, Any]) -> list[str]:
    return [c["quote"] for c in body["claims"]]


def test_provisional_claims_are_listed_with_their_total(client: httpx.Client) -> None:
    response = client.get("/claims", params={"status": "provisional"})
    assert response.status_code == 200
    body = response.json()
    assert quotes(body) == ["$400K", "$240K to $320K", "$110K to $140K", "40% year over year"]
    assert (body["total"], body["next"]) == (4, None)
    assert body["claims"][0]["source"] == {
        "id": 1, "file": "future.txt", "title": "The AI Engineer Pay Survey", "publisher": None,
        "published": "2028-01-26", "flags": ["future-date"],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "salary"}, ["$240K to $320K", "$110K to $140K", "$400K"]),
        ({"kind": "growth"}, ["40% year over year"]),
        ({"source": "future.txt"}, ["$400K"]),
        ({"flag": "future-date"}, ["$400K"]),
        ({"flag": "under-review"}, []),
        ({"q": "junior"}, ["$110K to $140K"]),
        ({"q": "100%_"}, []),
        ({"min": 300000}, ["$240K to $320K", "$400K"]),
        ({"max": 150000}, ["$110K to $140K", "40% year over year"]),
        ({"min": 100000, "max": 250000}, ["$240K to $320K", "$110K to $140K"]),
        ({"status": ["verified", "rejected"]}, []),
        ({"reviewed": "true"}, []),
        ({"conflict": "true"}, []),
        ({"updated_since": "2999-01-01T00:00:00Z"}, []),
    ],
    ids=lambda v: str(v),
)
def test_each_filter_selects_the_right_claims(
    client: httpx.Client, params: dict[str, object], expected: list[str]
) -> None:
    body = client.get("/claims", params=params).json()
    assert sorted(quotes(body)) == sorted(expected)
    assert body["total"] == len(expected)


def test_cluster_filter_lists_the_cluster_members(client: httpx.Client) -> None:
    first = client.get("/claims").json()["claims"][0]
    body = client.get("/claims", params={"cluster": first["cluster"]}).json()
    assert [c["cluster"] for c in body["claims"]] == [first["cluster"]] * body["total"]


def test_pages_follow_next_until_the_end(client: httpx.Client) -> None:
    seen: list[str] = []
    url: str | None = "/claims?limit=3"
    while url:
        body = client.get(url).json()
        seen += quotes(body)
        url = body["next"]
    everything = quotes(client.get("/claims").json())
    assert seen == everything
    assert len(everything) == 4
    second = client.get("/claims?limit=3").json()["next"]
    assert "after=" in second
    assert "offset=" not in second


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"status": "bogus"}, "status"),
        ({"limit": 100000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"kind": "weight"}, "kind"),
        ({"min": "lots"}, "min"),
        ({"updated_since": "yesterday"}, "updated_since"),
        ({"after": "1:2"}, "after"),
        ({"after": "1:2:x' OR 1=1"}, "after"),
    ],
)
def test_a_bad_parameter_is_a_422_naming_it(
    client: httpx.Client, params: dict[str, object], name: str
) -> None:
    response = client.get("/claims", params=params)
    assert response.status_code == 422
    assert [e["loc"][:2] for e in response.json()["detail"]] == [["query", name]]


def test_one_claim_comes_with_its_history(client: httpx.Client) -> None:
    body = client.get("/claims/1").json()
    assert body["status"] == "provisional"
    assert [(e["action"], e["actor"]) for e in body["history"]] == [("created", "ingest")]
    assert client.get("/claims/999").status_code == 404


def test_sources_are_listed_and_fetched(client: httpx.Client) -> None:
    listed = client.get("/sources").json()
    assert sorted(s["file"] for s in listed) == ["future.txt", "guide.txt"]
    one = client.get(f"/sources/{listed[0]['id']}").json()
    assert one == listed[0]
    assert client.get("/sources/999").status_code == 404


def test_every_get_has_an_etag_and_answers_304_when_unchanged(client: httpx.Client) -> None:
    for url in ("/claims?status=provisional", "/claims/1", "/sources", "/clusters"):
        first = client.get(url)
        assert (first.headers["cache-control"], first.headers["vary"]) == ("no-cache", "Accept")
        again = client.get(url, headers={"If-None-Match": first.headers["etag"]})
        assert (again.status_code, again.content) == (304, b"")
        other = client.get(url, headers={"If-None-Match": '"something-else"'})
        assert other.status_code == 200


def test_a_reviewer_token_changes_a_claim_and_the_event_is_logged(client: httpx.Client) -> None:
    etag = client.get("/claims/1").headers["etag"]
    response = client.patch(
        "/claims/1", json={"status": "verified", "note": "checked the table"},
        headers={**token("rita"), "If-Match": etag},
    )  # fmt: skip
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["reviewed"], body["version"]) == ("verified", True, 2)
    assert body["history"][-1] | {"at": None} == {
        "action": "status_changed", "actor": "rita", "at": None,
        "from_value": "provisional", "to_value": "verified", "note": "checked the table",
    }  # fmt: skip
    assert response.headers["etag"] != etag


def test_a_stale_change_is_refused_and_names_who_changed_it(client: httpx.Client) -> None:
    etag = client.get("/claims/1").headers["etag"]
    headers = {**token("rita"), "If-Match": etag}
    assert (
        client.patch("/claims/1", json={"status": "rejected"}, headers=headers).status_code == 200
    )
    stale = client.patch("/claims/1", json={"status": "verified"}, headers=headers)
    assert stale.status_code == 412
    assert "changed by rita" in stale.json()["detail"]
    assert client.get("/claims/1").json()["status"] == "rejected"


@pytest.mark.parametrize(
    ("who", "if_match", "status"),
    [(None, '"1"', 401), ("bad", '"1"', 401), ("vic", '"1"', 403), ("rita", None, 428)],
)
def test_changes_need_a_reviewer_token_and_if_match(
    client: httpx.Client, who: str | None, if_match: str | None, status: int
) -> None:
    headers = {"Authorization": "Bearer nope"} if who == "bad" else token(who) if who else {}
    if if_match:
        headers["If-Match"] = if_match
    response = client.patch("/claims/1", json={"status": "verified"}, headers=headers)
    assert response.status_code == status
    assert client.get("/claims/1").json()["status"] == "provisional"


def test_reading_can_be_made_to_require_a_token(
    seeded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUIRE_LOGIN_TO_READ", "true")
    get_settings.cache_clear()
    with TestClient(create_app()) as client:
        assert client.get("/claims").status_code == 401
        assert client.get("/claims", headers=token("vic")).status_code == 200


def test_clusters_are_listed_and_fetched_with_their_members(client: httpx.Client) -> None:
    clusters = client.get("/clusters").json()
    assert sorted(cid for c in clusters for cid in c["claims"]) == [1, 2, 3, 4]
    one = client.get(f"/clusters/{clusters[0]['id']}").json()
    assert one == clusters[0]
    assert client.get("/clusters/nope").status_code == 404
    assert client.get("/clusters", params={"conflict": "true"}).json() == []


def test_many_concurrent_uncached_reads_all_answer(seeded: str) -> None:
    """More concurrent requests than the pool has connections, each a different page.

    Regression: the response cache read the write counter through the pool on the event loop;
    with every pooled connection held by request threads the loop blocked (a deadlock until
    the pool's 30 s timeout).
    """
    urls = [f"/claims?limit=1&offset={i % 4}&q={'x' * (i % 7)}&kind=salary" for i in range(40)]
    with (
        serve(create_app()) as base,
        httpx.Client(base_url=base, timeout=20) as client,
        ThreadPoolExecutor(max_workers=32) as pool,
    ):
        # The deadlock held requests for the pool's 30 s timeout: the 20 s client timeout fails.
        codes = list(pool.map(lambda url: client.get(url).status_code, urls))
    assert codes == [200] * len(urls)
