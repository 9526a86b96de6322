"""Tables (Source, SourceVersion, Claim, ClaimEvent) and the shapes the API reads them in."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Text, UniqueConstraint, cast
from sqlmodel import Field, SQLModel

STATUSES = ("verified", "provisional", "rejected")


def utcnow() -> datetime:
    """Now, in UTC, to the microsecond."""
    return datetime.now(UTC)


class Source(SQLModel, table=True):
    """A source document, identified by its file name; its latest version's metadata."""

    id: int | None = Field(default=None, primary_key=True)
    file_name: str = Field(index=True, unique=True, max_length=255)
    sha256: str = Field(max_length=64, description="sha256 of the latest version's raw bytes")
    version: int = Field(default=1, description="Latest version number, from 1")
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, description="ISO date, month precision allowed")
    date_text: str | None = Field(default=None, description="The words the date was read from")
    url: str | None = None
    flags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    encoding: str = Field(default="utf-8", max_length=32)
    raw_text: str = Field(sa_column=Column(Text, nullable=False))
    text: str = Field(sa_column=Column(Text, nullable=False), description="Repaired text")
    ingested_at: datetime = Field(default_factory=utcnow)


class SourceVersion(SQLModel, table=True):
    """Every version of a source ever ingested, kept whole."""

    __table_args__ = (UniqueConstraint("source_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    version: int
    sha256: str = Field(max_length=64)
    raw_text: str = Field(sa_column=Column(Text, nullable=False))
    text: str = Field(sa_column=Column(Text, nullable=False))
    extractor_version: str = Field(max_length=32)
    ingested_at: datetime = Field(default_factory=utcnow)


class Claim(SQLModel, table=True):
    """One atomic numeric claim, anchored in its source by quote, prefix and suffix."""

    # No index of its own on source_id, status, kind or cluster_key: wider indexes lead with
    # them (migration 0008_lean_storage; every index costs each inserted claim).
    __table_args__ = (
        Index("ix_claim_order", "source_id", "start", "id"),  # the API's stable order
        Index("ix_claim_listing", "status", "orphaned"),  # counting a status covered
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id")
    source_version: int = Field(description="The source version the offsets point into")
    quote: str = Field(sa_column=Column(Text, nullable=False))
    start: int = Field(description="Offset of the quote in the repaired text, code points")
    end: int = Field(description="End offset, exclusive")
    prefix: str = Field(sa_column=Column(Text, nullable=False))
    suffix: str = Field(sa_column=Column(Text, nullable=False))
    context: str = Field(sa_column=Column(Text, nullable=False))
    context_start: int
    kind: str = Field(max_length=16)
    low: float | None = None
    high: float | None = None
    open_high: bool = False
    unit: str = Field(max_length=16)
    period: str | None = Field(default=None, max_length=8)
    subject: str = Field(sa_column=Column(Text, nullable=False))
    qualifiers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="provisional", max_length=12)
    reviewed: bool = Field(default=False, description="Whether an editor has judged it")
    orphaned: bool = Field(default=False, description="Gone from the latest source version")
    version: int = Field(default=1, description="Bumped on every change (optimistic locking)")
    extractor_version: str = Field(max_length=32)
    cluster_key: str | None = Field(default=None, max_length=64)
    conflict: bool = Field(default=False, description="Its cluster's values disagree")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class ClaimEvent(SQLModel, table=True):
    """Append-only history of a claim: created, status changed, value changed, orphaned."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    action: str = Field(max_length=24)
    actor: str = Field(max_length=120)
    at: datetime = Field(default_factory=utcnow)
    from_value: str | None = Field(default=None, sa_column=Column(Text))
    to_value: str | None = Field(default=None, sa_column=Column(Text))
    note: str | None = Field(default=None, sa_column=Column(Text))


class Cluster(SQLModel, table=True):
    """Claims across sources that state the same quantity, as the last clustering run left it."""

    key: str = Field(primary_key=True, max_length=64, description="Stable id")
    label: str = Field(sa_column=Column(Text, nullable=False))
    relation: str = Field(max_length=12, description="single, agree, overlap, contain, disjoint")
    spread: float | None = Field(default=None, description="Relative distance of the values")
    consensus_low: float | None = None
    consensus_high: float | None = None
    conflict: bool = False
    outlier_source_ids: list[int] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    internal_conflict_source_ids: list[int] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    explanation: str = Field(sa_column=Column(Text, nullable=False))
    size: int = Field(description="How many claims it holds")


# The claims list filtered by status and kind: page, count and facets (0007_desk_counts).
_CLAIM_COLUMNS = Claim.__table__.c  # type: ignore[attr-defined]
Index("ix_claim_status_kind", _CLAIM_COLUMNS.status, _CLAIM_COLUMNS.kind, _CLAIM_COLUMNS.source_id,
      _CLAIM_COLUMNS.start, _CLAIM_COLUMNS.orphaned)  # fmt: skip
Index("ix_claim_kind_status", _CLAIM_COLUMNS.kind, _CLAIM_COLUMNS.status, _CLAIM_COLUMNS.orphaned)
# A cluster's members and their values, read from the index alone (0007_desk_counts); claims
# without a cluster stay out, as a new claim's value would put it on a random page (0010).
_CLUSTERED = _CLAIM_COLUMNS.cluster_key.is_not(None)
Index("ix_claim_cluster_values", *(_CLAIM_COLUMNS[name] for name in (
    "cluster_key", "low", "high", "open_high", "unit", "period", "status", "source_id",
    "orphaned")), sqlite_where=_CLUSTERED, postgresql_where=_CLUSTERED)  # fmt: skip
# Sources without a flag, counted from the index (0007_desk_counts).
Index("ix_source_flags", cast(Source.__table__.c.flags, Text))  # type: ignore[attr-defined]


class ClusterTally(SQLModel, table=True):
    """Live claims per cluster by review state, kept by triggers on `claim` (0007_desk_counts).

    The desk reads it instead of counting claims; key '' holds live claims without a cluster.
    """

    cluster_key: str = Field(primary_key=True, max_length=64, description="'' for none")
    claims: int = Field(description="Live (not orphaned) claims")
    reviewed: int = Field(description="Of them, judged by an editor")
    verified: int
    provisional: int
    rejected: int


class ClusterDecision(SQLModel, table=True):
    """An editor's split or merge, replayed on every clustering run, never undone by one."""

    id: int | None = Field(default=None, primary_key=True)
    action: str = Field(max_length=8, description="split or merge")
    claim_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    cluster_keys: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    actor: str = Field(max_length=120)
    at: datetime = Field(default_factory=utcnow)
    note: str | None = Field(default=None, sa_column=Column(Text))


class SourceSummary(SQLModel):
    """The source facts every claim carries."""

    id: int
    file: str
    title: str | None
    publisher: str | None
    published: str | None
    flags: list[str]


class SourceRead(SQLModel):
    """A source as the export and the API show it."""

    id: int
    file: str = Field(description="File name; a source's identity")
    title: str | None
    publisher: str | None
    author: str | None
    published: str | None = Field(description="ISO date, month precision allowed")
    date_text: str | None = Field(description="The words the date was read from")
    url: str | None
    flags: list[str] = Field(description="future-date, predates-subject, under-review, mojibake")
    text_length: int = Field(description="Length of the repaired text, in code points")
    sha256: str
    version: int
    encoding: str
    ingested_at: datetime


class ClaimValue(SQLModel):
    """A claim's value, normalised."""

    low: float | None
    high: float | None
    open_high: bool
    unit: str = Field(description="ISO currency, %, x, count, months, years, year, ...")
    period: str | None = Field(description="year, month, week or hour for pay and money rates")


class ClaimRead(SQLModel):
    """A claim as the export and the API show it."""

    id: int
    source: SourceSummary
    quote: str = Field(description="The number expression exactly as in the repaired text")
    span: tuple[int, int] = Field(description="[start, end) in code points of the repaired text")
    context: str
    kind: str
    value: ClaimValue
    subject: str
    qualifiers: dict[str, Any]
    status: str = Field(description="verified, provisional or rejected")
    reviewed: bool
    orphaned: bool
    version: int = Field(description="Bumped on every change; send it back to update")
    cluster: str | None = Field(description="Key of the cluster it belongs to")
    conflict: bool = Field(description="Whether its cluster's values disagree")
    updated_at: datetime


class ClaimEventRead(SQLModel):
    """One entry of a claim's history."""

    action: str
    actor: str
    at: datetime
    from_value: str | None
    to_value: str | None
    note: str | None


class ClaimDetail(ClaimRead):
    """A claim with its full history."""

    history: list[ClaimEventRead]


class ClaimPage(SQLModel):
    """A page of claims and how many match in all."""

    claims: list[ClaimRead]
    total: int = Field(description="How many claims match, on all pages")
    next: str | None = Field(default=None, description="URL of the next page, if any")
    cursor: str | None = Field(default=None, exclude=True)  # the next page's `after`


class ClusterRead(SQLModel):
    """A cluster as the export and the API show it."""

    id: str = Field(description="Stable key")
    label: str
    claims: list[int] = Field(description="Member claim ids")
    relation: str = Field(description="single, agree, overlap, contain or disjoint")
    spread: float | None = Field(description="How far apart the values are, relative")
    consensus: ClaimValue | None = Field(description="The median band")
    conflict: bool
    outlier_sources: list[int]
    internal_conflict_sources: list[int]
    explanation: str
    sources: list[int] = Field(description="Ids of the sources its claims come from")


ROLES = ("viewer", "reviewer", "admin")


class User(SQLModel, table=True):
    """An editor account; the role says what it may change."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True, max_length=120)
    role: str = Field(max_length=12, description="viewer, reviewer or admin")
    password_hash: str = Field(max_length=255, description="argon2 hash, never the password")
    created_at: datetime = Field(default_factory=utcnow)


class ApiToken(SQLModel, table=True):
    """A bearer token for the API; only its sha256 is stored."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    token_hash: str = Field(unique=True, index=True, max_length=64)
    label: str | None = Field(default=None, max_length=120)
    created_at: datetime = Field(default_factory=utcnow)


class WebSession(SQLModel, table=True):
    """A signed-in browser; the cookie carries the id, only its sha256 is stored."""

    id_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="user.id", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime


class LoginAttempt(SQLModel, table=True):
    """A sign-in attempt that failed or is being checked; keys are HMACs, never names or IPs."""

    id: int | None = Field(default=None, primary_key=True)
    name_key: str | None = Field(default=None, max_length=64, index=True)
    address_key: str = Field(max_length=64, index=True)
    at: datetime = Field(index=True)


class SourceDateReview(SQLModel, table=True):
    """An editor's judgment of a source's date: confirmed, or corrected; the original is kept."""

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    action: str = Field(max_length=12, description="confirmed or corrected")
    from_value: str | None = Field(default=None, max_length=32, description="Date before")
    to_value: str | None = Field(default=None, max_length=32, description="Date after, ISO")
    note: str | None = Field(default=None, sa_column=Column(Text))
    actor: str = Field(max_length=120)
    at: datetime = Field(default_factory=utcnow)


class SourceDateReviewRead(SQLModel):
    """One entry of a source date's history."""

    action: str = Field(description="confirmed or corrected")
    from_value: str | None = Field(description="The date before the review")
    to_value: str | None = Field(description="The date the editor settled on")
    note: str | None
    actor: str
    at: datetime


class DataState(SQLModel, table=True):
    """One row: how many write transactions have been committed (bumped by app.db)."""

    __tablename__ = "datastate"

    id: int = Field(default=1, primary_key=True)
    generation: int = Field(default=0, sa_type=BigInteger)
