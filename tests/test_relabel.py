"""The round tooling (tests/relabel.py): a round's labels become guide rows with honest xfails."""

from __future__ import annotations

import json
from pathlib import Path

from tests import relabel

TEXT = "Juniors earn $90K. Seniors earn $150K-$180K. We hired 12 people in 3 weeks.\n"
LABELS = [
    ("$90K", "salary", 90000, 90000, "USD", "year", True),
    ("$150K-$180K", "salary", 150000, 180000, "USD", "year", True),
    ("12", "count", 12, 12, "count", None, True),
    ("3 weeks", "duration", 3, 3, "weeks", None, False),
]


def write_round(tmp_path: Path, labels: list[tuple[object, ...]]) -> Path:
    folder = tmp_path / "round" / "a"
    folder.mkdir(parents=True)
    (folder / "doc.txt").write_text(TEXT, encoding="utf-8")
    lines = []
    for anchor, kind, low, high, unit, period, required in labels:
        lines.append(
            {
                "file": "doc.txt",
                "anchor": anchor,
                "occurrence": 1,
                "context": TEXT.strip(),
                "kind": kind,
                "low": low,
                "high": high,
                "open_high": False,
                "unit": unit,
                "period": period,
                "subject": "s",
                "qualifiers": {},
                "cluster": "stat/s",
                "required": required,
            }
        )
    body = "".join(json.dumps(line) + "\n" for line in lines)
    (folder / "doc.jsonl").write_text(body, encoding="utf-8")
    return folder


def test_rows_keep_labels_and_mark_what_the_extractor_misreads(tmp_path: Path) -> None:
    wrong = [(*LABELS[0][:2], 95000, 95000, *LABELS[0][4:]), *LABELS[1:]]
    folder = write_round(tmp_path, wrong)
    scorer = relabel.claims_eval()
    gold = scorer.load_gold(folder, folder)
    _, preds = relabel.read_document(folder / "doc.txt")
    rows = relabel.guide_rows(scorer, gold, preds, "round X")

    by_quote = {row["quote"]: row for row in rows}
    assert by_quote["$90K"]["xfail"] == "round X: read as salary 90000-90000 USD/year"
    assert by_quote["$150K-$180K"].get("xfail") is None
    assert by_quote["12"].get("xfail") is None
    assert by_quote["3 weeks"]["required"] is False
    assert [row["quote"] for row in rows[:4]] == ["$90K", "$150K-$180K", "12", "3 weeks"]


def test_a_claim_read_beyond_the_labels_becomes_an_optional_row(tmp_path: Path) -> None:
    folder = write_round(tmp_path, LABELS[:2])
    scorer = relabel.claims_eval()
    gold = scorer.load_gold(folder, folder)
    _, preds = relabel.read_document(folder / "doc.txt")
    rows = relabel.guide_rows(scorer, gold, preds, "round X")

    extra = [row for row in rows if row.get("xfail", "").startswith("spurious (round X)")]
    assert {row["quote"] for row in extra} >= {"12"}
    assert all(row["required"] is False for row in extra)


def test_a_row_quote_moves_only_to_a_longer_cut_that_holds_it_whole() -> None:
    assert relabel.holds("ten, eleven thousand", "ten")
    assert relabel.holds("5 YOE", "5")
    assert relabel.holds("eleven, twelve hundred an hour", "twelve hundred an hour")
    assert not relabel.holds("56", "6")
    assert not relabel.holds("8-10%", "10%")
    assert not relabel.holds("sixty-five dollars", "five")
    assert not relabel.holds("38,000", "38")
    assert not relabel.holds("often", "ten")
    assert not relabel.holds("ten", "ten")
