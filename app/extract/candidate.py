"""The output of extraction: one numeric claim with its value and provenance."""

from __future__ import annotations

from dataclasses import dataclass, field

# Raise it whenever what the extractor reads changes: stored sources are read again
# (app.store.documents.reread_document), and tests/test_extractor_version.py checks it.
EXTRACTOR_VERSION = "146"


@dataclass(frozen=True)
class ClaimCandidate:
    """A checkable numeric claim found in a document, anchored by offsets and quote."""

    quote: str
    start: int
    end: int
    prefix: str
    suffix: str
    context: str
    context_start: int
    kind: str
    low: float | None
    high: float | None
    open_high: bool
    unit: str
    period: str | None
    subject: str
    qualifiers: dict[str, str] = field(default_factory=dict)
