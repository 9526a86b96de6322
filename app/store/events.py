"""The claim history: every change is an event, and bumps the claim's version."""

from __future__ import annotations

from sqlmodel import Session

from app.models import (
    Claim,
    ClaimEvent,
    utcnow,
)

INGEST_ACTOR = "ingest"


def touch(claim: Claim) -> None:
    """Mark a claim changed: a new version, a new updated_at."""
    claim.version += 1
    claim.updated_at = utcnow()


def log_event(
    session: Session,
    claim: Claim,
    action: str,
    before: str | None,
    after: str | None,
    note: str | None,
    actor: str = INGEST_ACTOR,
) -> None:
    """Append one event to a claim's history."""
    assert claim.id is not None
    event = ClaimEvent(claim_id=claim.id, action=action, actor=actor, from_value=before)
    event.to_value, event.note = after, note
    session.add(event)
