"""What the extractor reads in the test guides and the seeds, one sha256 per file (issue 2).

A stored source is read again only when `EXTRACTOR_VERSION` changes (app.store.documents),
so a change to what the extractor reads must come with a new version. The test in
tests/test_extractor_version.py compares these fingerprints with the ones recorded for the
current version; `make readings` records them (python -m tests.readings). A guide added to
the tests needs its fingerprint recorded, not a new version.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

from app.extract import EXTRACTOR_VERSION, extract_claims
from app.ingest import read_source

ROOT = Path(__file__).resolve().parents[1]
RECORD = ROOT / "tests" / "data" / "extractor_readings.json"


def texts() -> list[tuple[str, str]]:
    """(name, text) of every seed, repaired as ingest repairs it, and every test guide."""
    seeds = sorted((ROOT / "seeds").iterdir())
    guides = sorted((ROOT / "tests" / "data" / "guides").glob("*.md"))
    today = date(2026, 11, 22)
    return [(p.name, read_source(p, max_bytes=10**8, today=today).text) for p in seeds] + [
        (p.name, p.read_text(encoding="utf-8")) for p in guides
    ]


def fingerprints() -> dict[str, str]:
    """Each file's sha256 of every field of every claim read from it, in order."""
    found = {}
    for name, text in texts():
        digest = hashlib.sha256()
        for claim in extract_claims(text):
            fields = dataclasses.asdict(claim)
            digest.update(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode())
        found[name] = digest.hexdigest()
    return found


def record() -> dict[str, object]:
    """The current version and fingerprints, as stored in RECORD."""
    return {"extractor_version": EXTRACTOR_VERSION, "readings": fingerprints()}


if __name__ == "__main__":
    RECORD.write_text(json.dumps(record(), indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"recorded {RECORD.relative_to(ROOT)}\n")
