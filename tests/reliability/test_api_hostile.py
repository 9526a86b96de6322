"""The API under hostile requests and without the right: never a 5xx, never a change.

SQL and markup metacharacters on every GET filter of /claims; every write refused to
anonymous users and viewers; tokens and passwords stored only hashed; security headers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text
from sqlmodel import Session

from app.config import get_settings
from app.db import GenerationReader, get_engine, migrate
from app.main import create_app
from app.pipeline import ingest_paths
from app.store import users
from tests.conftest import SEEDS

PAYLOADS = [
    "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE claim; --", "<script>alert(1)</script>",
    "%", "_", "%_%", "\\", "\\%", "'", "engineer%' --", "é ü 中文 🙂", "x" * 5000,
]  # fmt: skip
TEXT_FILTERS = ("source", "cluster", "flag", "q")
TYPED_FILTERS = (
    "status", "kind", "min", "max", "updated_since", "reviewed", "conflict", "orphaned",
    "limit", "offset",
)  # fmt: skip
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def api(module_url: str) -> Iterator[TestClient]:
    """The app over the seeds, with a reviewer and a viewer; server errors answered as 500."""
    patch = pytest.MonkeyPatch()
    patch.setenv("DATABASE_URL", module_url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    migrate(get_engine())
    ingest_paths([SEEDS], engine=get_engine(), settings=get_settings())
    with Session(get_engine()) as session:
        users.create_user(session, "rita", role="reviewer", password=PASSWORD)
        users.create_user(session, "vic", role="viewer", password=PASSWORD)
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        yield client
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()
    patch.undo()


@pytest.fixture(scope="module")
def everything(api: TestClient) -> list[dict[str, Any]]:
    """Every live claim, to compute what a filter should return."""
    body = api.get("/claims", params={"limit": 500}).json()
    assert body["total"] == len(body["claims"])
    return list(body["claims"])


def expected_total(name: str, value: str, claims: list[dict[str, Any]]) -> int:
    """What a text filter must match, computed without SQL."""
    if name == "q":
        needle = value.casefold()
        return sum(needle in (c["context"] + "\0" + c["subject"]).casefold() for c in claims)
    field = {"source": lambda c: c["source"]["file"], "cluster": lambda c: c["cluster"],
             "flag": lambda c: c["source"]["flags"]}[name]  # fmt: skip
    return sum(value == field(c) or (name == "flag" and value in field(c)) for c in claims)


@pytest.mark.parametrize("name", TEXT_FILTERS)
def test_metacharacters_in_a_text_filter_give_a_4xx_or_the_right_claims(
    api: TestClient, everything: list[dict[str, Any]], name: str
) -> None:
    for value in PAYLOADS:
        response = api.get("/claims", params={name: value, "limit": 500})
        assert response.status_code < 500, (value, response.text[:200])
        if response.status_code == 200:
            total = response.json()["total"]
            assert total == expected_total(name, value, everything), value
        else:  # refused only for being longer than the filter allows, or holding a NUL
            assert response.status_code == 422, (value, response.status_code)
            assert len(value) > 64 or "\x00" in value, value


@pytest.mark.parametrize("name", TYPED_FILTERS)
def test_metacharacters_in_a_typed_filter_are_a_422(api: TestClient, name: str) -> None:
    for value in PAYLOADS:
        response = api.get("/claims", params={name: value})
        assert response.status_code == 422, (value, response.status_code)


def test_a_nul_byte_in_a_filter_never_gives_a_5xx_on_sqlite(api: TestClient) -> None:
    if get_engine().dialect.name != "sqlite":
        pytest.skip("PostgreSQL: the test below")
    for name in (*TEXT_FILTERS, *TYPED_FILTERS):
        assert api.get("/claims", params={name: "a\x00b"}).status_code < 500, name


def test_a_nul_byte_in_a_filter_never_gives_a_5xx_on_postgresql(api: TestClient) -> None:
    if get_engine().dialect.name != "postgresql":
        pytest.skip("the SQLite case is the test above")
    failures = [
        name
        for name in (*TEXT_FILTERS, *TYPED_FILTERS)
        if api.get("/claims", params={name: "a\x00b"}).status_code >= 500
    ]
    assert failures == []


def _routes(routes: list[Any]) -> Iterator[Any]:
    for route in routes:
        inner = getattr(route, "original_router", None)  # FastAPI's included routers
        yield from _routes(inner.routes) if inner is not None else [route]


def write_routes() -> list[tuple[str, str]]:
    """Every (method, path) of the app that may change something, with ids filled in."""
    found = []
    for route in _routes(create_app().routes):
        for method in sorted(getattr(route, "methods", None) or ()):
            if method in ("POST", "PUT", "PATCH", "DELETE") and route.path != "/login":
                path = route.path.replace("{claim_id}", "1").replace("{source_id}", "1")
                found.append((method, path.replace("{key}", "k")))
    return found


def test_every_write_refuses_anonymous_users_and_changes_nothing(api: TestClient) -> None:
    routes = write_routes()
    assert ("PATCH", "/claims/1") in routes
    before = GenerationReader(get_engine())()
    for method, path in routes:
        for body in ({"json": {"status": "verified"}}, {"data": {"status": "verified"}}):
            response = api.request(
                method, path, headers={"If-Match": '"1"'}, follow_redirects=False, **body
            )
            if path == "/logout":  # signing out nobody is harmless; it changes nothing
                continue
            refused = response.status_code in (401, 403) or (
                response.is_redirect and "/login" in response.headers["location"]
            )
            assert refused, (method, path, response.status_code)
    assert GenerationReader(get_engine())() == before


def bearer(name: str) -> dict[str, str]:
    with Session(get_engine()) as session:
        return {"Authorization": f"Bearer {users.create_token(session, name)}"}


@pytest.mark.parametrize(
    ("who", "status"),
    [("vic", 403), ("forged", 401), ("empty", 401), ("rita-in-cookie", 401)],
)
def test_the_api_write_refuses_viewers_and_forged_tokens(
    api: TestClient, who: str, status: int
) -> None:
    headers = {
        "vic": lambda: bearer("vic"),
        "forged": lambda: {"Authorization": "Bearer " + "A" * 43},
        "empty": lambda: {"Authorization": "Bearer "},
        "rita-in-cookie": lambda: {
            "Cookie": "claimtrail_session=" + bearer("rita")["Authorization"][7:]
        },
    }[who]()
    before = GenerationReader(get_engine())()
    response = api.patch(
        "/claims/1", json={"status": "rejected"}, headers={**headers, "If-Match": '"1"'}
    )
    assert response.status_code == status
    assert GenerationReader(get_engine())() == before


def test_tokens_and_passwords_are_stored_only_hashed(api: TestClient) -> None:
    token = bearer("rita")["Authorization"][7:]
    assert api.get("/claims/1", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    engine = get_engine()
    found, digests = [], 0
    with engine.connect() as connection:
        for table in inspect(engine).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                cells = " ".join(str(cell) for cell in row)
                found += [table for secret in (token, PASSWORD) if secret in cells]
                digests += users.digest(token) in cells
    assert (found, digests) == ([], 1)


SAFETY = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
}


def test_every_api_answer_carries_the_security_headers(api: TestClient) -> None:
    answers = [
        api.get("/claims"), api.get("/claims/1"), api.get("/claims/999999"),
        api.get("/claims", params={"limit": 0}), api.get("/sources"), api.get("/clusters"),
        api.patch("/claims/1", json={"status": "verified"}),
        api.patch("/claims/1", json={"status": "verified"},
                  headers={**bearer("rita"), "If-Match": '"0"'}),
    ]  # fmt: skip
    assert [a.status_code for a in answers] == [200, 200, 404, 422, 200, 200, 401, 412]
    etag = answers[1].headers["etag"]
    answers.append(api.get("/claims/1", headers={"If-None-Match": etag}))
    assert answers[-1].status_code == 304
    for answer in answers:
        assert {k: answer.headers.get(k) for k in SAFETY} == SAFETY
        policy = answer.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy
        assert "default-src 'self'" in policy
        assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_no_secret_is_in_the_repository() -> None:
    root = Path(__file__).resolve().parents[2]
    assert not (root / ".env").exists() or "SECRET" not in (root / ".env").read_text()
