"""The JSON API: claims, sources and clusters for downstream guides. Thin over `store`."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlmodel import Session

from app import store
from app.config import get_settings
from app.db import get_session
from app.models import ClaimDetail, ClaimPage, ClusterRead, SourceRead, User
from app.store import users

DbSession = Annotated[Session, Depends(get_session)]
StatusName = Literal["verified", "provisional", "rejected"]
KindName = Literal[
    "salary", "money", "percent", "growth", "multiplier", "count", "duration", "year", "metric"
]
bearer = HTTPBearer(auto_error=False, description="A token from `claims token create USER`")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def token_user(session: DbSession, credentials: Credentials) -> User | None:
    """The owner of the bearer token sent, None when none was sent; 401 for a bad one."""
    if credentials is None:
        return None
    user = users.user_for_token(session, credentials.credentials)
    if user is None:
        raise HTTPException(401, "unknown token", headers={"WWW-Authenticate": "Bearer"})
    return user


def reader(request: Request, user: Annotated[User | None, Depends(token_user)]) -> None:
    """Reading is open unless the settings require a token (or a signed-in browser)."""
    signed_in = getattr(request.state, "user", None) is not None
    if get_settings().require_login_to_read and user is None and not signed_in:
        raise HTTPException(401, "reading requires a token", headers={"WWW-Authenticate": "Bearer"})


def reviewer(user: Annotated[User | None, Depends(token_user)]) -> User:
    """A token of a reviewer or an admin: 401 without one, 403 for a viewer."""
    if user is None:
        raise HTTPException(401, "a reviewer's token is required", {"WWW-Authenticate": "Bearer"})
    if user.role not in ("reviewer", "admin"):
        raise HTTPException(403, f"{user.name} is a {user.role} and may not change claims")
    return user


NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL: refuse it as a bad parameter
router = APIRouter(
    dependencies=[Depends(reader)],
    responses={401: {"description": "Unknown token, or reading requires one"}},
)
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such id"}}


def claim_filters(
    status: Annotated[
        list[StatusName] | None, Query(description="Repeatable: verified, provisional, rejected")
    ] = None,
    kind: Annotated[KindName | None, Query(description="The kind of claim")] = None,
    source: Annotated[
        str | None, Query(max_length=255, pattern=NO_NUL, description="A source id or file name")
    ] = None,
    cluster: Annotated[
        str | None, Query(max_length=64, pattern=NO_NUL, description="A cluster key")
    ] = None,
    conflict: Annotated[bool | None, Query(description="In a conflicting cluster or not")] = None,
    flag: Annotated[
        str | None,
        Query(
            max_length=64,
            pattern=NO_NUL,
            description="A flag of the source, e.g. future-date, under-review",
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL, description="Words in the context or subject"),
    ] = None,
    min: Annotated[float | None, Query(description="The value reaches at least this")] = None,
    max: Annotated[float | None, Query(description="The value reaches at most this")] = None,
    updated_since: Annotated[
        datetime | None, Query(description="Changed at or after this ISO time")
    ] = None,
    reviewed: Annotated[bool | None, Query(description="Judged by an editor or not")] = None,
    orphaned: Annotated[bool, Query(description="Include claims gone from their source")] = False,
    limit: Annotated[int, Query(ge=1, le=500, description="Page size, at most 500")] = 50,
    offset: Annotated[int, Query(ge=0, description="Claims to skip")] = 0,
    after: Annotated[
        str | None,
        Query(
            pattern=r"^\d{1,18}:\d{1,18}:\d{1,18}$",
            description="Cursor from a `next` link: the page after that claim",
        ),
    ] = None,
) -> store.ClaimQuery:
    """Query-string filters parsed once into a ClaimQuery."""
    return store.ClaimQuery(
        statuses=tuple(status or ()), kind=kind, source=source, cluster=cluster,
        conflict=conflict, flag=flag, text=q, min_value=min, max_value=max,
        updated_since=updated_since, reviewed=reviewed, include_orphaned=orphaned,
        limit=limit, offset=offset, after=_cursor(after),
    )  # fmt: skip


def _cursor(after: str | None) -> tuple[int, int, int] | None:
    if after is None:
        return None
    source, start, claim = (int(part) for part in after.split(":"))
    return source, start, claim


ClaimFilters = Annotated[store.ClaimQuery, Depends(claim_filters)]


@router.get("/claims", summary="List claims, filtered and paginated")
def claims_json(request: Request, session: DbSession, query: ClaimFilters) -> ClaimPage:
    """Claims in stable order (source, position), the total that match, the next page's URL.

    `next` carries a keyset cursor (`after`), so deep pages cost as little as the first.

    Orphaned claims (gone from their source) are left out unless `orphaned=true`.
    """
    page = store.list_claims(session, query=query)
    if page.cursor is not None:
        page.next = str(request.url.remove_query_params("offset").include_query_params(
            after=page.cursor))  # fmt: skip
    return page


@router.get("/claims/{claim_id}", summary="One claim with its history", responses=NOT_FOUND)
def claim_json(session: DbSession, claim_id: int, response: Response) -> ClaimDetail:
    """A claim, its source facts and every event of its history.

    Its ETag starts with the claim's version: send it back as If-Match to change it.
    """
    try:
        claim = store.get_claim(session, claim_id)
    except store.NotFoundError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error
    response.headers["ETag"] = claim_etag(claim)
    return claim


def claim_etag(claim: ClaimDetail) -> str:
    """`"<version>-<hash of the body>"`: If-Match reads the version, caches the whole."""
    body = hashlib.sha256(claim.model_dump_json().encode("utf-8")).hexdigest()[:16]
    return f'"{claim.version}-{body}"'


class ClaimChange(BaseModel):
    """An editor's decision on a claim."""

    status: StatusName = Field(description="verified, provisional or rejected")
    note: str | None = Field(default=None, max_length=2000, description="Why")


@router.patch(
    "/claims/{claim_id}",
    summary="Review a claim (reviewer token and If-Match required)",
    responses={
        403: {"description": "The token's owner may not change claims"},
        404: {"description": "No such claim"},
        412: {"description": "The claim changed since it was read"},
        428: {"description": "If-Match is missing"},
    },
)
def claim_patch(
    session: DbSession,
    claim_id: int,
    change: ClaimChange,
    user: Annotated[User, Depends(reviewer)],
    response: Response,
    if_match: Annotated[
        str | None, Header(description="The claim's ETag or version, as last read")
    ] = None,
) -> ClaimDetail:
    """Set a claim's status; refused with 412 when the claim changed since it was read."""
    if if_match is None:
        raise HTTPException(428, "send If-Match with the claim's ETag or version")
    expected = _version_of(if_match)
    try:
        claim = store.review_claim(
            session, claim_id, status=change.status, actor=user.name, note=change.note,
            expected_version=expected,
        )  # fmt: skip
    except store.NotFoundError as error:
        raise HTTPException(404, str(error)) from error
    except store.StaleVersionError as error:
        last = error.current.history[-1]
        raise HTTPException(
            412,
            f"claim {claim_id} is at version {error.current.version}: changed by {last.actor} "
            f"at {last.at.isoformat()} to {last.to_value}",
        ) from error
    response.headers["ETag"] = claim_etag(claim)
    return claim


def _version_of(if_match: str) -> int:
    """The version an If-Match names: `"3-9f2c..."`, `"3"`, `W/"3"` or `3`."""
    tag = if_match.strip().removeprefix("W/").strip('"')
    head = tag.split("-", 1)[0]
    if not head.isdigit():
        raise HTTPException(412, f"If-Match {if_match!r} names no version of this claim")
    return int(head)


@router.get("/sources", summary="List sources")
def sources_json(session: DbSession) -> list[SourceRead]:
    """Every source with its metadata and flags."""
    return store.list_sources(session)


@router.get("/sources/{source_id}", summary="One source", responses=NOT_FOUND)
def source_json(session: DbSession, source_id: int) -> SourceRead:
    """A source's metadata, flags and version."""
    try:
        return store.get_source(session, source_id)
    except store.NotFoundError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error


@router.get("/clusters", summary="List clusters, conflicts first")
def clusters_json(
    session: DbSession,
    conflict: Annotated[
        bool | None, Query(description="Only conflicts, or only agreements")
    ] = None,
) -> list[ClusterRead]:
    """Every cluster with its members, relation, spread, consensus and explanation."""
    return store.list_clusters(session, conflict=conflict)


@router.get(
    "/clusters/{key}", summary="One cluster with its conflict explanation", responses=NOT_FOUND
)
def cluster_json(session: DbSession, key: str) -> ClusterRead:
    """A cluster: member claims, how their values relate, and why they may disagree."""
    try:
        return store.get_cluster(session, key)
    except store.NotFoundError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error
