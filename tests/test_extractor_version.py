"""A change to what the extractor reads comes with a new EXTRACTOR_VERSION (issue 2).

Stored sources are read again when the version changes (tests/test_reread.py); a change that
kept the version would leave every stored source with its older reading.
"""

from __future__ import annotations

import json

from app.extract import EXTRACTOR_VERSION
from tests.readings import RECORD, fingerprints


def test_the_recorded_readings_are_those_of_this_extractor_version() -> None:
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    now = fingerprints()
    old = recorded["readings"]
    if recorded["extractor_version"] != EXTRACTOR_VERSION:
        raise AssertionError(
            f"EXTRACTOR_VERSION is {EXTRACTOR_VERSION}, the readings recorded are version "
            f"{recorded['extractor_version']}'s: run `make readings`"
        )
    changed = sorted(name for name in now.keys() & old.keys() if now[name] != old[name])
    assert changed == [], (
        f"the extractor reads these files differently from version {EXTRACTOR_VERSION}: raise "
        "EXTRACTOR_VERSION (app/extract/candidate.py), then run `make readings`"
    )
    assert sorted(now.keys() ^ old.keys()) == [], "files added or removed: run `make readings`"
