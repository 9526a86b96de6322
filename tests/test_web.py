"""The review desk over a real database: pages, their JSON twins, sign-in, CSRF, roles, stale
forms and hostile sources. Pages are read by id and data-* attributes, never by layout."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy import text as sql
from sqlmodel import Session
from starlette.requests import Request

from app import store
from app.config import get_settings
from app.db import get_engine, migrate
from app.http_cache import ResponseCache
from app.main import create_app
from app.pipeline import ingest_paths
from app.store import users
from app.web import views
from app.web.rendering import templates
from tests.test_pipeline import GUIDE

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
OTHER = (
    "Another salary guide\n\n"
    "Published: April 1, 2026\n\n"
    "Senior AI engineers in the US earn $150K to $170K in base salary.\n"
)
HOSTILE = (
    "<script>alert('owned')</script> Hostile guide\n\n"
    "Published: May 2, 2026\n\n"
    'Junior AI engineers earn $90K <img src=x onerror="alert(2)"> a year in base salary.\n'
)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class Picker(HTMLParser):
    """Values of one attribute, in document order, inside the element with a given id."""

    def __init__(self, attr: str, within: str | None) -> None:
        super().__init__()
        self.attr, self.within, self.depth, self.found = attr, within, 0 if within else 1, []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if self.depth == 0 and values.get("id") == self.within:
            self.depth = 1
        elif self.depth and tag not in VOID:
            self.depth += 1 if self.within else 0
        if self.depth and self.attr in values:
            self.found.append(values[self.attr])

    def handle_endtag(self, tag: str) -> None:
        if self.within and self.depth and tag not in VOID:
            self.depth -= 1


def pick(html: str, attr: str, within: str | None = None) -> list[str]:
    picker = Picker(attr, within)
    picker.feed(html)
    return [value or "" for value in picker.found]


def ids(html: str, within: str | None = None) -> list[int]:
    return [int(v) for v in dict.fromkeys(pick(html, "data-claim-id", within))]


@pytest.fixture
def client(app_env: str, tmp_path: Path) -> Iterator[TestClient]:
    for name, text in (("guide.txt", GUIDE), ("other.txt", OTHER), ("hostile.txt", HOSTILE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    engine = get_engine()
    migrate(engine)
    report = ingest_paths([tmp_path], engine=engine, settings=get_settings())
    assert report.errors == []
    with Session(engine) as session:
        users.create_user(session, "ana", role="reviewer", password="ana-password")
        users.create_user(session, "bo", role="reviewer", password="bo-password")
        users.create_user(session, "vic", role="viewer", password="vic-password")
    app = create_app()
    with TestClient(app) as client:
        yield client
    # The response cache's write-counter reader holds a connection outside the pool, which
    # disposing the engine leaves open: close it, or PostgreSQL runs out of connection slots.
    for middleware in app.user_middleware:
        if middleware.cls is ResponseCache and middleware.kwargs["generation"].connection:
            middleware.kwargs["generation"].connection.close()


def login_token(client: TestClient) -> str:
    form = client.get("/login", headers=HTML).text.split('id="login-form"')[1]
    return re.findall(r'name="csrf" value="([^"]+)"', form)[0]


def login(client: TestClient, name: str) -> str:
    """Sign in through the form; the session's CSRF token, as pages carry it."""
    token = login_token(client)
    answer = client.post(
        "/login",
        data={"name": name, "password": f"{name}-password", "csrf": token, "next": "/"},
        follow_redirects=False,
    )
    assert (answer.status_code, answer.headers["location"]) == (303, "/")
    return re.findall(r'name="csrf" value="([^"]+)"', client.get("/", headers=HTML).text)[0]


def conflict_key(client: TestClient) -> str:
    """The senior-salary cluster: guide.txt's $240K-$320K against other.txt's $150K-$170K."""
    clusters = client.get("/clusters", params={"conflict": "true"}).json()
    return str(next(c["id"] for c in clusters if 1 in c["claims"]))


def review(client: TestClient, claim_id: int, csrf: str, status: str, version: int) -> object:
    data = {"csrf": csrf, "status": status, "version": str(version), "back": "/"}
    return client.post(f"/claims/{claim_id}/review", data=data, follow_redirects=False)


def test_desk_counts_and_queue_match_their_json_twin(client: TestClient) -> None:
    page = client.get("/", headers=HTML)
    body = client.get("/").json()
    assert page.headers["content-type"].startswith("text/html")
    assert pick(page.text, "data-cluster-key", "queue") == [i["key"] for i in body["queue"]]
    assert [i["conflict"] for i in body["queue"]] == [True, True, False]
    assert pick(page.text, "data-count", "counts") == [
        "verified", "provisional", "rejected", "reviewed", "conflicts_open", "sources_flagged",
    ]  # fmt: skip
    assert (body["counts"]["provisional"], body["counts"]["conflicts_open"]) == (5, 2)


def test_cluster_page_lists_the_same_claims_as_its_json(client: TestClient) -> None:
    key = conflict_key(client)
    page = client.get(f"/clusters/{key}", headers=HTML)
    assert page.status_code == 200
    assert ids(page.text, "main") == client.get(f"/clusters/{key}").json()["claims"]
    assert pick(page.text, "data-consensus") == [""]
    assert "disagree" in page.text
    assert client.get("/clusters/nope", headers=HTML).status_code == 404


def test_claim_page_shows_its_passage_and_whole_history(client: TestClient) -> None:
    page = client.get("/claims/1", headers=HTML).text
    body = client.get("/claims/1").json()
    assert ids(page, "main")[0] == body["id"]
    assert pick(page, "data-action", "history") == [e["action"] for e in body["history"]]
    assert "<mark>$240K to $320K</mark>" in page


@pytest.mark.parametrize(
    "query",
    ["", "status=provisional", "kind=salary&reviewed=false", "q=junior", "conflict=true",
     "source=2", "limit=2&offset=1"],
)  # fmt: skip
def test_claims_list_shows_the_same_ids_as_its_json(client: TestClient, query: str) -> None:
    page = client.get(f"/claims?{query}", headers=HTML).text
    body = client.get(f"/claims?{query}").json()
    assert ids(page, "main") == [c["id"] for c in body["claims"]]
    assert pick(page, "data-total") == [str(body["total"])]


def test_an_empty_filter_field_is_dropped_from_the_url(client: TestClient) -> None:
    answer = client.get("/claims?kind=&q=junior&status=", headers=HTML, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/claims?q=junior")


def test_source_page_marks_every_claim_of_the_source(client: TestClient) -> None:
    page = client.get("/sources/1", headers=HTML).text
    body = client.get("/claims", params={"source": "1"}).json()
    assert ids(page, "source-text") == [c["id"] for c in body["claims"]]
    assert client.get("/sources/1").json()["id"] == 1


def test_json_clients_keep_json_and_pages_say_vary_accept(client: TestClient) -> None:
    assert client.get("/claims/1").headers["content-type"] == "application/json"
    forced = client.get("/claims/1?format=json", headers=HTML)
    assert forced.headers["content-type"] == "application/json"
    page = client.get("/claims/1", headers=HTML)
    assert page.headers["vary"] == "Accept"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert pick(page.text, "href")[:1] == ["data:,"]


def test_signing_in_sets_a_safe_cookie_and_rotates_the_session(client: TestClient) -> None:
    login(client, "ana")
    first = client.cookies["claimtrail_session"]
    login(client, "ana")
    second = client.cookies["claimtrail_session"]
    assert first != second
    client.cookies.clear()
    client.cookies.set("claimtrail_session", first)
    assert pick(client.get("/", headers=HTML).text, "data-user") == []
    client.cookies.clear()
    client.cookies.set("claimtrail_session", second)
    assert pick(client.get("/", headers=HTML).text, "data-user") == ["ana"]


def test_the_session_cookie_is_httponly_and_lax(client: TestClient) -> None:
    token = login_token(client)
    data = {"name": "ana", "password": "ana-password", "csrf": token}
    answer = client.post("/login", data=data, follow_redirects=False)
    [cookie] = [c for c in answer.headers.get_list("set-cookie") if "claimtrail_session=" in c]
    assert ("HttpOnly" in cookie, "SameSite=lax" in cookie, "Path=/" in cookie) == (
        True, True, True,
    )  # fmt: skip


def test_a_wrong_password_or_a_forged_login_form_is_refused(client: TestClient) -> None:
    token = login_token(client)
    wrong = client.post("/login", data={"name": "ana", "password": "nope-nope", "csrf": token})
    assert (wrong.status_code, "login-error" in pick(wrong.text, "id", "main")) == (401, True)
    forged = client.post("/login", data={"name": "ana", "password": "ana-password", "csrf": "x"})
    assert forged.status_code == 403
    assert "claimtrail_session" not in client.cookies


def test_a_review_without_the_csrf_token_is_refused(client: TestClient) -> None:
    login(client, "ana")
    answer = review(client, 1, "forged", "verified", 1)
    assert answer.status_code == 403  # type: ignore[attr-defined]
    assert client.get("/claims/1").json()["status"] == "provisional"


def test_a_viewer_may_read_but_not_review(client: TestClient) -> None:
    csrf = login(client, "vic")
    answer = review(client, 1, csrf, "verified", 1)
    assert answer.status_code == 403  # type: ignore[attr-defined]
    assert "vic is a viewer" in answer.text  # type: ignore[attr-defined]
    assert client.get("/claims/1").json()["status"] == "provisional"


def test_an_anonymous_review_is_sent_to_sign_in(client: TestClient) -> None:
    answer = review(client, 1, "", "verified", 1)
    assert answer.status_code == 303  # type: ignore[attr-defined]
    assert answer.headers["location"].startswith("/login")  # type: ignore[attr-defined]


def test_a_review_is_saved_logged_and_shown(client: TestClient) -> None:
    csrf = login(client, "ana")
    answer = review(client, 1, csrf, "verified", 1)
    assert (answer.status_code, answer.headers["location"]) == (303, "/")  # type: ignore[attr-defined]
    body = client.get("/claims/1").json()
    assert (body["status"], body["version"], body["history"][-1]["actor"]) == ("verified", 2, "ana")
    page = client.get("/claims/1", headers=HTML).text
    assert pick(page, "data-status", "main") == ["verified"]
    assert pick(page, "data-actor", "history") == ["ingest", "ana"]


def test_a_stale_form_names_who_changed_the_claim_and_loses_nothing(client: TestClient) -> None:
    csrf = login(client, "ana")
    review(client, 1, csrf, "verified", 1)
    csrf = login(client, "bo")
    stale = review(client, 1, csrf, "rejected", 1)
    assert stale.status_code == 409  # type: ignore[attr-defined]
    message = pick(stale.text, "id", "main")  # type: ignore[attr-defined]
    assert "stale-message" in message
    assert "ana changed claim 1 meanwhile" in stale.text  # type: ignore[attr-defined]
    body = client.get("/claims/1").json()
    assert (body["status"], [e["actor"] for e in body["history"]]) == (
        "verified", ["ingest", "ana"],
    )  # fmt: skip


def test_desk_js_gets_json_answers(client: TestClient) -> None:
    csrf = login(client, "ana")
    data = {"csrf": csrf, "status": "rejected", "version": "1"}
    json_headers = {"Accept": "application/json"}
    done = client.post("/claims/2/review", data=data, headers=json_headers)
    assert {k: done.json()[k] for k in ("status", "version", "set_by")} == {
        "status": "rejected", "version": 2, "set_by": "ana",
    }  # fmt: skip
    stale = client.post("/claims/2/review", data=data, headers=json_headers)
    assert (stale.status_code, stale.json()["stale"], stale.json()["version"]) == (409, True, 2)


def test_undo_reverts_my_last_change_only(client: TestClient) -> None:
    csrf = login(client, "ana")
    review(client, 1, csrf, "verified", 1)
    review(client, 2, csrf, "rejected", 1)
    headers = {"Accept": "application/json"}
    undone = client.post("/undo", data={"csrf": csrf}, headers=headers).json()
    assert (undone["id"], undone["status"]) == (2, "provisional")
    undone = client.post("/undo", data={"csrf": csrf}, headers=headers).json()
    assert (undone["id"], undone["status"]) == (1, "provisional")
    assert client.post("/undo", data={"csrf": csrf}, headers=headers).status_code == 409
    notes = [e["note"] for e in client.get("/claims/2").json()["history"]]
    assert notes[-1].startswith("undo of change #")
    assert [client.get(f"/claims/{i}").json()["reviewed"] for i in (1, 2)] == [False, False]


def resolve(client: TestClient, key: str, csrf: str, keep: int, versions: dict[int, int]) -> object:
    data = {"csrf": csrf, "keep": str(keep), "claim": list(versions),
            "version": list(versions.values())}  # fmt: skip
    return client.post(f"/clusters/{key}/resolve", data=data, follow_redirects=False)


def test_verify_this_reject_the_others(client: TestClient) -> None:
    csrf = login(client, "ana")
    key = conflict_key(client)
    members = client.get(f"/clusters/{key}").json()["claims"]
    page = client.get(f"/clusters/{key}", headers=HTML).text
    assert pick(page, "value", "resolve-form")[1:] == [
        v for cid in members for v in (str(cid), "1")
    ]  # the csrf token, then every member's id and version, once for all cards
    answer = resolve(client, key, csrf, members[0], dict.fromkeys(members, 1))
    assert answer.status_code == 303  # type: ignore[attr-defined]
    statuses = [client.get(f"/claims/{cid}").json()["status"] for cid in members]
    assert statuses == ["verified"] + ["rejected"] * (len(members) - 1)


def test_a_stale_claim_refuses_the_whole_resolve_and_names_who(client: TestClient) -> None:
    key = conflict_key(client)
    members = client.get(f"/clusters/{key}").json()["claims"]
    csrf = login(client, "ana")
    review(client, members[-1], csrf, "verified", 1)
    csrf = login(client, "bo")
    stale = resolve(client, key, csrf, members[0], dict.fromkeys(members, 1))
    assert stale.status_code == 409  # type: ignore[attr-defined]
    assert f"ana changed claim {members[-1]} meanwhile" in stale.text  # type: ignore[attr-defined]
    assert pick(stale.text, "id", "main")[1:2] == ["stale-message"]  # type: ignore[attr-defined]
    bodies = [client.get(f"/claims/{cid}").json() for cid in members]
    assert [b["status"] for b in bodies] == ["provisional"] * (len(members) - 1) + ["verified"]
    assert all(e["actor"] != "bo" for b in bodies for e in b["history"])


@pytest.mark.usefixtures("client")
def test_review_claims_saves_all_or_nothing() -> None:
    with Session(get_engine()) as session:
        reviews = [store.Review(1, "verified", 1), store.Review(2, "rejected", 7)]
        with pytest.raises(store.StaleVersionError) as stale:
            store.review_claims(session, reviews, actor="ana")
        assert (stale.value.current.id, stale.value.current.version) == (2, 1)
        missing = [store.Review(1, "verified", 1), store.Review(999, "rejected")]
        with pytest.raises(store.NotFoundError):
            store.review_claims(session, missing, actor="ana")
        assert [store.get_claim(session, i).version for i in (1, 2)] == [1, 1]
        reviews = [store.Review(2, "rejected", 1), store.Review(1, "verified", 1)]
        store.review_claims(session, reviews, actor="ana", note="both")
        claims = [store.get_claim(session, i) for i in (1, 2)]
    assert [(c.status, c.version, c.history[-1].note) for c in claims] == [
        ("verified", 2, "both"), ("rejected", 2, "both"),
    ]  # fmt: skip
    assert [c.history[-1].from_value for c in claims] == ["provisional", "provisional"]


@pytest.mark.usefixtures("client")
def test_review_claim_answers_with_the_version_it_wrote() -> None:
    """Another editor's change landing right after our commit is not named in our answer."""

    def other_editor_changes_it(_: Session) -> None:
        with Session(get_engine()) as other:
            store.review_claim(other, 1, status="rejected", actor="bo", expected_version=2)

    with Session(get_engine()) as session:
        event.listen(session, "after_commit", other_editor_changes_it, once=True)
        answer = store.review_claim(session, 1, status="verified", actor="ana", expected_version=1)
        now = store.get_claim(session, 1)
    assert (answer.status, answer.version, answer.history[-1].actor) == ("verified", 2, "ana")
    assert (now.status, now.version, now.history[-1].actor) == ("rejected", 3, "bo")


RECOUNT = """
SELECT coalesce(cluster_key, ''), count(*),
       sum(CASE WHEN reviewed THEN 1 ELSE 0 END),
       sum(CASE WHEN status = 'verified' THEN 1 ELSE 0 END),
       sum(CASE WHEN status = 'provisional' THEN 1 ELSE 0 END),
       sum(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END)
FROM claim WHERE NOT orphaned GROUP BY coalesce(cluster_key, '')
"""
TALLY = """
SELECT cluster_key, claims, reviewed, verified, provisional, rejected
FROM clustertally WHERE claims <> 0 OR reviewed <> 0 OR verified <> 0 OR provisional <> 0
  OR rejected <> 0
"""


def tally_and_recount() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The desk's counts as triggers kept them, and as counting every claim gives them."""
    with get_engine().connect() as db:
        kept = {row[0]: tuple(row[1:]) for row in db.execute(sql(TALLY))}
        recount = {row[0]: tuple(row[1:]) for row in db.execute(sql(RECOUNT))}
    return kept, recount


def test_desk_counts_equal_a_recount_after_reviews_ingest_split_and_merge(
    client: TestClient, tmp_path: Path
) -> None:
    kept, recount = tally_and_recount()
    assert kept == recount
    assert len(recount) == len(client.get("/clusters").json())
    flagged = [s["id"] for s in client.get("/sources").json() if s["flags"]]
    counts = client.get("/").json()["counts"]
    assert (counts["sources"], counts["sources_flagged"]) == (3, len(flagged))
    csrf = login(client, "ana")
    key = conflict_key(client)
    members = client.get(f"/clusters/{key}").json()["claims"]
    review(client, 3, csrf, "rejected", 1)
    resolve(client, key, csrf, members[0], dict.fromkeys(members, 1))
    client.post("/undo", data={"csrf": csrf})
    assert tally_and_recount()[0] == tally_and_recount()[1]
    changed = GUIDE.replace("$240K to $320K", "$250K to $330K").replace("grew 40% ", "")
    (tmp_path / "guide.txt").write_text(changed, encoding="utf-8")
    report = ingest_paths([tmp_path], engine=get_engine(), settings=get_settings())
    assert (report.claims_changed, report.claims_orphaned) == (1, 1)
    kept, recount = tally_and_recount()
    assert kept == recount
    assert sum(counts[0] for counts in kept.values()) == client.get("/").json()["counts"]["claims"]
    key = conflict_key(client)
    members = client.get(f"/clusters/{key}").json()["claims"]
    client.post(f"/clusters/{key}/split", data={"csrf": csrf, "claim": members[-1:]})
    assert tally_and_recount()[0] == tally_and_recount()[1]
    keys = [c["id"] for c in client.get("/clusters").json()]
    client.post(f"/clusters/{keys[0]}/merge", data={"csrf": csrf, "other": keys[1]})
    kept, recount = tally_and_recount()
    assert (kept, len(client.get("/clusters").json())) == (recount, len(keys) - 1)


def test_a_large_cluster_is_paged_with_every_range_charted(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "CLUSTER_PAGE", 1)
    login(client, "ana")
    key = conflict_key(client)
    members = client.get(f"/clusters/{key}").json()["claims"]
    first = client.get(f"/clusters/{key}", headers=HTML).text
    assert (ids(first, "cluster-claims"), pick(first, "data-total", "claim-count")) == (
        members[:1], [str(len(members))],
    )  # fmt: skip
    assert sorted(int(i) for i in pick(first, "data-claim-id", "chart")) == members
    assert pick(first, "id", "main").count("resolve-hint") == 1
    assert pick(first, "form", "cluster-claims") == ["split-form"]  # no resolve button
    [later] = pick(first, "href", "pager")
    second = client.get(later, headers=HTML).text
    assert ids(second, "cluster-claims") == members[1:2]


def test_the_claims_list_stops_counting_at_its_limit(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "COUNT_LIMIT", 2)
    monkeypatch.setattr(views, "FACET_LIMIT", 1)
    page = client.get("/claims", headers=HTML).text
    assert pick(page, "data-total") == ["2+"]
    assert "2+ match" in page
    assert pick(page, "data-facet-count") == ["0", "1+", "0"]  # verified, provisional, rejected
    assert ids(page, "main") == [c["id"] for c in client.get("/claims").json()["claims"]]


def test_a_hostile_document_is_shown_as_inert_text(client: TestClient) -> None:
    source = next(s for s in client.get("/sources").json() if s["file"] == "hostile.txt")
    page = client.get(f"/sources/{source['id']}", headers=HTML).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    assert pick(page, "src") == ["/static/desk.js"]
    assert pick(page, "onerror") == []


def test_a_source_date_is_corrected_with_a_note_and_keeps_both(client: TestClient) -> None:
    csrf = login(client, "ana")
    refused = client.post("/sources/1/date", data={"csrf": csrf, "corrected": "2026-03-01"})
    assert refused.status_code == 400
    data = {"csrf": csrf, "corrected": "2026-03-01", "note": "the byline says March 1"}
    answer = client.post("/sources/1/date", data=data, follow_redirects=False)
    assert answer.status_code == 303
    page = client.get("/sources/1", headers=HTML).text
    assert pick(page, "data-action", "date-history") == ["corrected"]
    assert pick(page, "data-date-corrected", "source-date") == ["2026-03-01"]
    assert "2026-03-03" in page  # the original, shown beside the correction
    claim_page = client.get("/claims/1", headers=HTML).text
    assert pick(claim_page, "data-date-corrected", "passage-title") == []
    assert pick(claim_page, "data-date-corrected", "main") == ["2026-03-01"]
    client.post("/sources/1/date", data={"csrf": csrf})
    page = client.get("/sources/1", headers=HTML).text
    assert pick(page, "data-action", "date-history") == ["corrected", "confirmed"]


def test_reading_can_require_sign_in(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUIRE_LOGIN_TO_READ", "true")
    get_settings.cache_clear()
    answer = client.get("/claims/1", headers=HTML, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/login?next=/claims/1")
    assert client.get("/claims/1").status_code == 401
    login(client, "vic")
    assert client.get("/claims/1", headers=HTML).status_code == 200
    assert client.get("/claims/1").status_code == 200


def test_desk_counts_are_written_with_thousands_separators() -> None:
    counts = {"verified": 1234, "provisional": 98765, "rejected": 0, "reviewed": 1234,
              "claims": 100000, "conflicts_open": 2500, "sources_flagged": 3,
              "sources": 1200}  # fmt: skip
    item = SimpleNamespace(key="k", label="Senior pay", relation="disagree", conflict=True,
                           claims=3636, unreviewed=3001)  # fmt: skip
    desk = SimpleNamespace(counts=SimpleNamespace(**counts), queue=[item], queue_total=17491)
    request = Request({"type": "http", "path": "/", "query_string": b"", "headers": []})
    page = templates.get_template("desk.html").render(
        request=request, desk=desk, sources=[], editor=None, json_url="/", statuses=()
    )
    counts_html = page[page.index('id="counts"') : page.index("</ul>", page.index('id="counts"'))]
    assert re.findall(r'data-count="(\w+)">([\d,]+)<', counts_html) == [
        ("verified", "1,234"), ("provisional", "98,765"), ("rejected", "0"),
        ("reviewed", "1,234"), ("conflicts_open", "2,500"), ("sources_flagged", "3"),
    ]  # fmt: skip
    assert "of 100,000 reviewed" in counts_html
    assert "of 1,200 sources flagged" in counts_html
    assert "(17,491 clusters;" in page
    assert re.findall(r'<td class="num">([\d,]+)</td>', page) == ["3,636", "3,001"]
