"""The `claims` command: exit codes, output, and the database afterwards."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from app.cli import cli
from tests.conftest import SEEDS
from tests.test_pipeline import GUIDE

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def export_json() -> dict[str, Any]:
    code, out, _ = run("export", "--format", "json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "guide.txt"
    path.parent.mkdir()
    path.write_text(GUIDE, encoding="utf-8")
    return path


def test_ingest_prints_a_summary_and_exits_zero(app_env: str, guide: Path) -> None:
    code, out, err = run("ingest", str(guide.parent))
    assert (code, err) == (0, "")
    assert out.strip().endswith(
        "1 files: 1 new, 0 updated, 0 unchanged; claims 3 new, 0 kept, 0 changed, "
        "0 orphaned; 0 errors"
    )


def test_ingest_names_the_broken_file_and_exits_one(app_env: str, guide: Path) -> None:
    (guide.parent / "empty.txt").write_bytes(b"")
    code, out, err = run("ingest", str(guide.parent))
    assert code == 1
    assert err == "error: empty.txt: empty file (0 bytes)\n"
    assert "1 new" in out
    assert [s["file"] for s in export_json()["sources"]] == ["guide.txt"]


def test_export_json_has_the_documented_shape(app_env: str, guide: Path) -> None:
    run("ingest", str(guide))
    data = export_json()
    [source] = data["sources"]
    assert {k: source[k] for k in ("id", "file", "title", "published", "date_text", "flags")} == {
        "id": 1, "file": "guide.txt", "title": "Salary guide for 2026",
        "published": "2026-03-03", "date_text": "Published: March 3, 2026", "flags": [],
    }  # fmt: skip
    assert source["text_length"] == len(GUIDE)
    senior = data["claims"][0]
    assert set(senior) >= {
        "id", "source", "quote", "span", "context", "kind", "value", "subject", "qualifiers",
        "status", "reviewed", "orphaned", "updated_at",
    }  # fmt: skip
    start = GUIDE.index("$240K to $320K")
    assert (senior["quote"], senior["span"]) == ("$240K to $320K", [start, start + 14])
    assert senior["source"] == {
        "id": 1, "file": "guide.txt", "title": "Salary guide for 2026",
        "publisher": None, "published": "2026-03-03", "flags": [],
    }  # fmt: skip
    assert senior["value"] == {
        "low": 240000.0,
        "high": 320000.0,
        "open_high": False,
        "unit": "USD",
        "period": "year",
    }
    assert (senior["kind"], senior["status"], senior["reviewed"]) == (
        "salary",
        "provisional",
        False,
    )
    assert senior["qualifiers"] == {
        "role": "ai-engineer",
        "level": "senior",
        "region": "us",
        "basis": "base",
    }


def test_export_csv_has_one_row_per_claim(app_env: str, guide: Path, tmp_path: Path) -> None:
    run("ingest", str(guide))
    out = tmp_path / "claims.csv"
    code, _, _ = run("export", "--format", "csv", "--output", str(out))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["quote"], r["kind"], r["level"]) for r in rows] == [
        ("$240K to $320K", "salary", "senior"),
        ("$110K to $140K", "salary", "junior"),
        ("40% year over year", "growth", ""),
    ]


def test_review_changes_the_status_and_logs_the_event(app_env: str, guide: Path) -> None:
    run("ingest", str(guide))
    code, out, _ = run("review", "1", "--status", "verified", "--note", "matches", "--by", "ana")
    assert (code, out) == (0, "claim 1: verified (version 2)\n")
    claim = export_json()["claims"][0]
    assert (claim["status"], claim["reviewed"]) == ("verified", True)


def test_review_of_a_missing_claim_fails_clearly(app_env: str) -> None:
    code, _, err = run("review", "999", "--status", "rejected")
    assert (code, err) == (1, "error: claim 999 not found\n")


def test_review_refuses_an_unknown_status(app_env: str) -> None:
    code, _, err = run("review", "1", "--status", "bogus")
    assert code == 2
    assert "bogus" in err


def test_seeds_ingest_through_the_command(app_env: str) -> None:
    code, out, _ = run("ingest", str(SEEDS))
    assert code == 0
    assert "5 files: 5 new" in out
    assert {s["file"] for s in export_json()["sources"]} == {p.name for p in SEEDS.iterdir()}


def test_cluster_command_reports_clusters_and_conflicts(app_env: str) -> None:
    run("ingest", str(SEEDS))
    data = export_json()
    conflicts = sum(1 for c in data["clusters"] if c["conflict"])
    code, out, _ = run("cluster")
    assert (code, out) == (0, f"{len(data['clusters'])} clusters, {conflicts} in conflict\n")
    assert conflicts > 0
    members = sorted(cid for c in data["clusters"] for cid in c["claims"])
    assert members == sorted(c["id"] for c in data["claims"] if not c["orphaned"])
    for claim in data["claims"]:
        cluster = next(c for c in data["clusters"] if c["id"] == claim["cluster"])
        assert claim["conflict"] == cluster["conflict"]


def test_split_and_merge_are_recorded_and_survive_a_rerun(app_env: str) -> None:
    run("ingest", str(SEEDS))
    shared = next(c for c in export_json()["clusters"] if len(c["claims"]) >= 2)
    first = shared["claims"][0]
    code, out, _ = run("split", str(first), "--note", "different basis", "--by", "ana")
    assert (code, out.startswith("recorded; ")) == (0, True)
    run("cluster")
    claim = next(c for c in export_json()["claims"] if c["id"] == first)
    alone = next(c for c in export_json()["clusters"] if c["id"] == claim["cluster"])
    assert alone["claims"] == [first]
    code, _, _ = run("merge", alone["id"], shared["id"])
    assert code == 0
    run("cluster")
    claim = next(c for c in export_json()["claims"] if c["id"] == first)
    assert claim["cluster"] == alone["id"]
    merged = next(c for c in export_json()["clusters"] if c["id"] == alone["id"])
    assert sorted(merged["claims"]) == sorted(shared["claims"])


def test_split_of_an_unknown_claim_fails_clearly(app_env: str) -> None:
    code, _, err = run("split", "4242")
    assert (code, err) == (1, "error: claims not found: 4242\n")
