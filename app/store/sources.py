"""A source as the review desk reads it (text, versions, claims), and the review of its date."""

from __future__ import annotations

import re
from datetime import date

from sqlmodel import Field, Session, SQLModel, col, select

from app.models import (
    Source,
    SourceDateReview,
    SourceDateReviewRead,
    SourceRead,
    SourceVersion,
)
from app.store.claims import NotFoundError, get_source

_ISO_DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")


class SourceDateError(ValueError):
    """A date review that cannot be recorded as asked."""


class SourceVersionRead(SQLModel):
    """One stored version of a source."""

    version: int
    sha256: str
    extractor_version: str
    ingested_at: str = Field(description="ISO time the version was ingested")


class SourceDetail(SourceRead):
    """A source with its repaired text, its versions and the history of its date."""

    text: str = Field(description="The repaired text of the latest version")
    versions: list[SourceVersionRead]
    date_reviews: list[SourceDateReviewRead] = Field(description="Oldest first")
    reviewed_date: str | None = Field(description="The date an editor settled on, if any")


def get_source_detail(session: Session, source_id: int) -> SourceDetail:
    """One source whole: metadata, flags, repaired text, versions, date reviews."""
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(f"source {source_id} not found")
    rows = session.exec(
        select(SourceVersion)
        .where(SourceVersion.source_id == source_id)
        .order_by(col(SourceVersion.version))
    )
    versions = [
        SourceVersionRead(
            version=v.version, sha256=v.sha256, extractor_version=v.extractor_version,
            ingested_at=v.ingested_at.isoformat(),
        )
        for v in rows
    ]  # fmt: skip
    reviews = list_date_reviews(session, source_id)
    return SourceDetail(
        **get_source(session, source_id).model_dump(), text=source.text, versions=versions,
        date_reviews=reviews, reviewed_date=reviews[-1].to_value if reviews else None,
    )  # fmt: skip


def list_date_reviews(session: Session, source_id: int) -> list[SourceDateReviewRead]:
    """Every review of a source's date, oldest first."""
    rows = session.exec(
        select(SourceDateReview)
        .where(SourceDateReview.source_id == source_id)
        .order_by(col(SourceDateReview.id))
    )
    return [SourceDateReviewRead.model_validate(row, from_attributes=True) for row in rows]


def reviewed_dates(session: Session, source_ids: set[int]) -> dict[int, str | None]:
    """The date editors last settled on, per source that has been reviewed."""
    if not source_ids:
        return {}
    rows = session.exec(
        select(SourceDateReview.source_id, SourceDateReview.to_value)
        .where(col(SourceDateReview.source_id).in_(source_ids))
        .order_by(col(SourceDateReview.id))
    )
    return dict(rows.all())


def review_source_date(
    session: Session,
    source_id: int,
    *,
    actor: str,
    corrected: str | None = None,
    note: str | None = None,
) -> SourceDateReviewRead:
    """Confirm a source's date (no `corrected`) or correct it to an ISO date; logged, kept."""
    if session.get(Source, source_id) is None:
        raise NotFoundError(f"source {source_id} not found")
    reviews = list_date_reviews(session, source_id)
    before = reviews[-1].to_value if reviews else get_source(session, source_id).published
    if corrected is not None:
        _check_date(corrected)
    if corrected is not None and corrected != before and not (note or "").strip():
        raise SourceDateError("a corrected date needs a note saying why")
    action = "corrected" if corrected is not None and corrected != before else "confirmed"
    row = SourceDateReview(
        source_id=source_id, action=action, from_value=before,
        to_value=corrected if corrected is not None else before, note=note, actor=actor,
    )  # fmt: skip
    session.add(row)
    session.commit()
    session.refresh(row)
    return SourceDateReviewRead.model_validate(row, from_attributes=True)


def _check_date(value: str) -> None:
    if not _ISO_DATE.fullmatch(value):
        raise SourceDateError(f"{value!r} is not an ISO date (YYYY-MM or YYYY-MM-DD)")
    year, month, *day = (int(part) for part in value.split("-"))
    try:
        date(year, month, day[0] if day else 1)
    except ValueError as error:
        raise SourceDateError(f"{value!r} is not a real date") from error
