"""The standard exports: JSON, JSONL, CSV, ClaimReview JSON-LD and CSL-JSON, by CLI and HTTP."""

from __future__ import annotations

import csv
import importlib.metadata
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import export, store
from app.config import get_settings
from app.db import get_engine, migrate
from app.main import create_app
from app.pipeline import ingest_paths
from app.store import users
from tests.test_pipeline import GUIDE, ingest


@pytest.fixture
def reviewed(engine: Engine, session: Session, tmp_path: Path) -> dict[str, Any]:
    """The guide ingested, its senior band verified by alice and its growth rejected by bob."""
    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    ingest(engine, tmp_path / "guide.txt")
    store.review_claim(session, 1, status="verified", actor="alice", note="matches the survey")
    store.review_claim(session, 3, status="rejected", actor="bob")
    users.create_user(session, "rita", role="reviewer", password="correct horse")
    return export.export_data(session)


def test_json_export_carries_history_and_source_versions(reviewed: dict[str, Any]) -> None:
    senior = reviewed["claims"][0]
    history = [{k: v for k, v in event.items() if k != "at"} for event in senior["history"]]
    assert history == [
        {"action": "created", "actor": "ingest", "from_value": None,
         "to_value": '{"high": 320000.0, "kind": "salary", "low": 240000.0, "open_high": false, '
                     '"period": "year", "unit": "USD"}',
         "note": "status provisional, version 1"},
        {"action": "status_changed", "actor": "alice", "from_value": "provisional",
         "to_value": "verified", "note": "matches the survey"},
    ]  # fmt: skip
    [version] = reviewed["sources"][0]["versions"]
    assert (version["version"], version["text"]) == (1, GUIDE)
    assert reviewed["sources"][0]["text"] == GUIDE
    assert (reviewed["format"], reviewed["decisions"]) == ("claimtrail-export/1", [])


def test_json_export_never_carries_users_or_password_hashes(reviewed: dict[str, Any]) -> None:
    text = export.render_json(reviewed)
    assert set(reviewed) == {"format", "sources", "claims", "clusters", "decisions"}
    assert "rita" not in text
    assert "argon2" not in text


def test_jsonl_has_one_claim_per_line(reviewed: dict[str, Any]) -> None:
    lines = export.render_jsonl(reviewed).splitlines()
    assert len(lines) == 3
    assert [json.loads(line) for line in lines] == reviewed["claims"]


def test_csv_has_the_flat_columns_and_one_row_per_claim(reviewed: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(export.render_csv(reviewed))))
    assert tuple(rows[0]) == export.CSV_COLUMNS
    assert [(r["id"], r["status"], r["reviewed"]) for r in rows] == [
        ("1", "verified", "True"), ("2", "provisional", "False"), ("3", "rejected", "True"),
    ]  # fmt: skip


def test_claimreview_rates_only_reviewed_verified_and_rejected_claims(
    reviewed: dict[str, Any],
) -> None:
    document = json.loads(export.render_claimreview(reviewed))
    day = {c["id"]: c["history"][-1]["at"][:10] for c in reviewed["claims"]}
    appearance = {
        "@type": "CreativeWork", "name": "Salary guide for 2026", "datePublished": "2026-03-03",
    }  # fmt: skip
    assert document == {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "ClaimReview", "identifier": "claim-1",
             "claimReviewed": "Senior AI engineers in the US earn $240K to $320K in base salary.",
             "itemReviewed": {"@type": "Claim", "text": "$240K to $320K",
                              "appearance": appearance},
             "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5,
                              "worstRating": 1, "alternateName": "Verified"},
             "author": {"@type": "Person", "name": "alice"}, "datePublished": day[1]},
            {"@type": "ClaimReview", "identifier": "claim-3",
             "claimReviewed": "Demand for AI engineers grew 40% year over year.",
             "itemReviewed": {"@type": "Claim", "text": "40% year over year",
                              "appearance": appearance},
             "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5,
                              "worstRating": 1, "alternateName": "Rejected"},
             "author": {"@type": "Person", "name": "bob"}, "datePublished": day[3]},
        ],
    }  # fmt: skip


def test_claimreview_appearance_names_url_publisher_and_author() -> None:
    source = {
        "file": "a.txt", "title": "Pay survey", "url": "https://example.org/pay",
        "published": "2026-01", "publisher": "Example Media", "author": "Ann Lee",
    }  # fmt: skip
    claim = {"id": 9, "context": "They earn $1.", "quote": "$1", "status": "verified",
             "history": []}  # fmt: skip
    assert export.claim_review(claim, source)["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "name": "Pay survey", "url": "https://example.org/pay",
        "datePublished": "2026-01", "publisher": {"@type": "Organization", "name": "Example Media"},
        "author": {"@type": "Person", "name": "Ann Lee"},
    }  # fmt: skip


def csl_schema() -> dict[str, Any]:
    """The official CSL-JSON input schema (draft 3), as the csl-data package ships it.

    Read from the installed distribution without importing csl_data, whose import leaks a file.
    """
    path = importlib.metadata.distribution("csl-data").locate_file("csl_data/csl-data.json")
    schema: dict[str, Any] = json.loads(Path(str(path)).read_text(encoding="utf-8"))
    return schema


def test_csl_json_validates_against_the_official_csl_schema(reviewed: dict[str, Any]) -> None:
    items = json.loads(export.render_csl_json(reviewed))
    jsonschema.Draft3Validator(csl_schema()).validate(items)
    accessed = reviewed["sources"][0]["ingested_at"][:10].split("-")
    assert items == [
        {"id": "source-1", "type": "webpage", "title": "Salary guide for 2026",
         "issued": {"date-parts": [[2026, 3, 3]]},
         "accessed": {"date-parts": [[int(part) for part in accessed]]}},
    ]  # fmt: skip


def test_csl_schema_rejects_what_it_should() -> None:
    validator = jsonschema.Draft3Validator(csl_schema())
    assert not validator.is_valid([{"id": "x", "type": "blog"}])
    assert not validator.is_valid([{"id": "x", "type": "webpage", "colour": "red"}])
    assert not validator.is_valid([{"id": "x", "type": "webpage", "author": "Ann Lee"}])


@pytest.fixture
def client(app_env: str, tmp_path: Path) -> TestClient:
    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    engine = get_engine()
    migrate(engine)
    ingest_paths([tmp_path], engine=engine, settings=get_settings())
    with Session(engine) as session:
        store.review_claim(session, 1, status="verified", actor="alice")
    return TestClient(create_app())


@pytest.mark.parametrize(
    ("name", "media_type", "filename"),
    [
        ("json", "application/json", "claimtrail-export.json"),
        ("jsonl", "application/jsonl", "claimtrail-claims.jsonl"),
        ("csv", "text/csv; charset=utf-8", "claimtrail-claims.csv"),
        ("claimreview", "application/ld+json", "claimtrail-claimreview.jsonld"),
        ("csl-json", "application/vnd.citationstyles.csl+json", "claimtrail-sources.json"),
    ],
)
def test_get_export_serves_each_format_with_its_media_type(
    client: TestClient, name: str, media_type: str, filename: str
) -> None:
    response = client.get(f"/export.{name}")
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
    with Session(get_engine()) as session:
        assert response.text == export.render_export(session, name)


def test_get_export_of_an_unknown_format_is_a_422(client: TestClient) -> None:
    response = client.get("/export.xml")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "format"]


def test_cli_export_writes_each_format(app_env: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from app.cli import cli

    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(tmp_path / "guide.txt")]).exit_code == 0
    result = runner.invoke(cli, ["export", "--format", "jsonl"])
    assert (result.exit_code, len(result.stdout.splitlines())) == (0, 3)
    out = tmp_path / "sources.json"
    result = runner.invoke(cli, ["export", "--format", "csl-json", "--output", str(out)])
    assert result.exit_code == 0
    jsonschema.Draft3Validator(csl_schema()).validate(json.loads(out.read_text()))
