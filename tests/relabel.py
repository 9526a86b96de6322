"""Upkeep of the labelled guides (tests/data/guides) when a round joins or the extractor changes.

    python -m tests.relabel score ROUND              claims_eval.py's measures, per set and in all
    python -m tests.relabel join ROUND PREFIX LABEL  each document of a round as a guide
    python -m tests.relabel settle [PREFIX] [--label LABEL] [--write]

A round is a folder of set folders (`a/`, `b/` ...), each holding documents `<stem>.txt` with
their labels `<stem>.jsonl` in SCHEMA.md's form. `score` reads them with the extractor in this
checkout, as `claims ingest` would, and scores them with ../shared/eval/claims_eval.py. `join`
writes `<PREFIX><set>_<stem>.md` and its rows: the quote is the extractor's own cut where it
found the claim and the label's anchor where not; a borderline label is `required: false`; a
required row the extractor misreads or misses is a strict xfail naming LABEL and what was read;
a claim read beyond the labels is an optional row whose xfail says it is spurious. `settle`
drops the xfail of every row now read and marks the rows no longer read, printing each change;
it writes only with `--write`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from app.extract import ClaimCandidate, extract_claims
from app.ingest import read_source
from tests.test_extract_guides import GUIDES, NAMES, extracted, key, load_expected, read_rows, same

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "claims_eval.py"
ROW_FIELDS = ("quote", "kind", "low", "high", "unit", "period", "open_high")


def claims_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claims_eval", EVAL)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{EVAL}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_document(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """A document's repaired text and its claims in the export's shape (claims_eval's input)."""
    text = read_source(path, max_bytes=10**8, today=date(2026, 11, 22)).text
    return text, [as_export(claim, path.name, len(text)) for claim in extract_claims(text)]


def as_export(claim: ClaimCandidate, file: str, length: int) -> dict[str, Any]:
    value = {k: getattr(claim, k) for k in ("low", "high", "open_high", "unit", "period")}
    return {
        "source": {"file": file},
        "quote": claim.quote,
        "span": [claim.start, claim.end],
        "kind": claim.kind,
        "value": value,
        "_text_len": length,
    }


def set_folders(round_dir: Path) -> list[Path]:
    return sorted(p for p in round_dir.iterdir() if p.is_dir() and any(p.glob("*.jsonl")))


def score(round_dir: Path) -> None:
    scorer = claims_eval()
    everything: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
    for folder in set_folders(round_dir):
        gold = scorer.load_gold(folder, folder)
        preds = [p for path in sorted(folder.glob("*.txt")) for p in read_document(path)[1]]
        report(folder.name, scorer.score(gold, preds))
        everything[0].extend(gold)
        everything[1].extend(preds)
    report("all", scorer.score(*everything))


def report(name: str, result: dict[str, Any]) -> None:
    measures = ("recall", "precision", "value_accuracy", "kind_accuracy")
    figures = " / ".join(f"{result[m]:.3f}" for m in measures)
    sys.stdout.write(f"{name:>4} {result['gold_required']:5d} required  {figures}\n")


def join(round_dir: Path, prefix: str, label: str) -> None:
    scorer = claims_eval()
    for folder in set_folders(round_dir):
        gold = scorer.load_gold(folder, folder)
        for path in sorted(folder.glob("*.txt")):
            text, preds = read_document(path)
            labels = [g for g in gold if g["file"] == path.name]
            rows = guide_rows(scorer, labels, preds, label)
            name = f"{prefix}{folder.name}_{path.stem}"
            (GUIDES / f"{name}.md").write_text(text, encoding="utf-8")
            write_rows(name, rows)
            sys.stdout.write(f"{name}: {len(rows)} rows\n")


def guide_rows(
    scorer: ModuleType, labels: list[dict[str, Any]], preds: list[dict[str, Any]], label: str
) -> list[dict[str, Any]]:
    """One row per label in the document's order, then the optional rows of claims read beyond."""
    found = {id(g): p for g, p in scorer.match(labels, preds)}
    rows = []
    for g in sorted(labels, key=lambda g: g["_start"]):
        p = found.get(id(g))
        row = {
            "quote": p["quote"] if p else g["anchor"],
            "kind": g["kind"],
            "low": g["low"],
            "high": g["high"],
            "unit": g["unit"],
            "period": g["period"],
            "open_high": bool(g["open_high"]),
        }
        if not g.get("required", True):
            row["required"] = False
        elif p is None:
            row["xfail"] = f"{label}: not read"
        elif not (scorer.value_ok(g, p) and p["kind"] == g["kind"]):
            row["xfail"] = f"{label}: read as {reading(p)}"
        rows.append(row)
    used = {id(p) for p in found.values()}
    for p in preds:
        if id(p) not in used:
            row = {"quote": p["quote"], "kind": p["kind"], **p["value"], "required": False}
            known = f"spurious ({label}): {p['quote']!r} read as {p['kind']}"
            rows.append({k: row[k] for k in (*ROW_FIELDS, "required")} | {"xfail": known})
    return rows


def reading(claim: dict[str, Any]) -> str:
    value = claim.get("value", claim)
    period = f"/{value['period']}" if value.get("period") else ""
    opened = "+" if value.get("open_high") else ""
    low, high = (number(value[end]) for end in ("low", "high"))
    return f"{claim['kind']} {low}-{high}{opened} {value['unit']}{period}"


def number(value: float | None) -> str:
    return str(int(value)) if value is not None and float(value).is_integer() else str(value)


def settle(prefix: str, label: str | None, write: bool) -> None:
    """Each guide's required rows against what the extractor reads now: a row whose figure the
    extractor now reads as part of a longer expression takes that expression as its quote
    (`requote`: "a hundred and forty" in "a hundred and forty, a hundred and sixty an hour");
    then xfails follow what is read."""
    for name in NAMES:
        if not name.startswith(prefix):
            continue
        rows, found = load_expected(name), extracted(name)
        moved = requote(name, rows, found)
        read = read_rows(rows, found)
        changed = bool(moved)
        for index, row in enumerate(rows):
            if not row.get("required", True):
                continue
            if index in read and "xfail" in row:
                sys.stdout.write(f"FIXED   {name}:{index} {row['quote']!r} ({row['xfail']})\n")
                del row["xfail"]
                changed = True
            elif index not in read and ("xfail" not in row or index in moved):
                got = [reading(c) for c in found if c["quote"] == row["quote"]]
                tag = "MISREAD" if "xfail" in row else "REGRESS"  # a moved xfail, or a new one
                sys.stdout.write(f"{tag} {name}:{index} {row['quote']!r} read as {got}\n")
                if label is not None:
                    row["xfail"] = f"{label}: read as {', '.join(got) or 'nothing'}"
                    changed = True
        if changed and write:
            write_rows(name, rows)


def requote(name: str, rows: list[dict[str, Any]], found: tuple[dict[str, Any], ...]) -> set[int]:
    """Move the quote of each unread row to a claim's longer quote that holds it (on digit and
    word boundaries: not "6" into "56"), first where the claim reads the row's value, then
    where it misreads it (the row's xfail then says how); the rows moved."""
    moved = set()
    read = read_rows(rows, found)
    quoted = {row["quote"] for row in rows}
    text = (GUIDES / f"{name}.md").read_text(encoding="utf-8")
    for misread in (False, True):
        for index, row in enumerate(rows):
            if index in read or (misread and not row.get("required", True)):
                continue
            for claim in found:
                longer = claim["quote"]
                if longer in quoted or not holds(longer, row["quote"]):
                    continue
                if misread and any(same(key(other), key(claim)) for other in rows):
                    continue  # a claim some row reads is no misreading of this one
                if misread and text.count(row["quote"]) != text.count(longer):
                    continue  # the row may be another of its quote's places ("signed in two")
                if misread or same(key({**row, "quote": longer}), key(claim)):
                    sys.stdout.write(f"REQUOTE {name}:{index} {row['quote']!r} -> {longer!r}\n")
                    row["quote"] = longer
                    quoted.add(longer)
                    moved.add(index)
                    break
    return moved


def holds(longer: str, quote: str) -> bool:
    """Whether `quote` stands in `longer` as a whole, parted from the rest by a space, a
    comma and a space, or the slash of a rate: not "6" in "56", "10%" in "8-10%", "five" in
    "sixty-five", "38" in "38,000" nor "ten" in "often"."""
    at = longer.find(quote)
    while at >= 0:
        before, after = longer[at - 1 : at], longer[at + len(quote) : at + len(quote) + 2]
        apart = before in ("", " ") and (after[:1] in ("", " ", "/") or after == ", ")
        if apart and longer != quote:
            return True
        at = longer.find(quote, at + 1)
    return False


def write_rows(name: str, rows: list[dict[str, Any]]) -> None:
    text = json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
    (GUIDES / f"{name}.expected.json").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scoring = commands.add_parser("score", help="score a round with claims_eval.py")
    scoring.add_argument("round", type=Path)
    joining = commands.add_parser("join", help="write a round's documents as guides")
    joining.add_argument("round", type=Path)
    joining.add_argument("prefix")
    joining.add_argument("label")
    settling = commands.add_parser("settle", help="move xfails to what is read now")
    settling.add_argument("prefix", nargs="?", default="")
    settling.add_argument("--label", help="mark rows no longer read as xfails with this label")
    settling.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if args.command == "score":
        score(args.round)
    elif args.command == "join":
        join(args.round, args.prefix, args.label)
    else:
        settle(args.prefix, args.label, args.write)


if __name__ == "__main__":
    main()
