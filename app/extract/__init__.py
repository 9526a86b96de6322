"""Pure extraction of numeric claims from a document's repaired text."""

from app.extract.candidate import EXTRACTOR_VERSION, ClaimCandidate
from app.extract.extractor import extract_claims

__all__ = ["EXTRACTOR_VERSION", "ClaimCandidate", "extract_claims"]
