"""The JSON API: claims and sources for downstream guides. Thin over `store`."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlmodel import Session

from app import store
from app.db import get_session
from app.models import ClaimDetail, ClaimPage, ClusterRead, SourceRead

DbSession = Annotated[Session, Depends(get_session)]
StatusName = Literal["verified", "provisional", "rejected"]

router = APIRouter()


def claim_filters(
    status: Annotated[
        list[StatusName] | None, Query(description="Repeatable: verified, provisional, rejected")
    ] = None,
    kind: Annotated[str | None, Query(description="salary, money, percent, growth, ...")] = None,
    source: Annotated[str | None, Query(description="A source id or file name")] = None,
    reviewed: Annotated[bool | None, Query(description="Judged by an editor or not")] = None,
    orphaned: Annotated[bool, Query(description="Include claims gone from their source")] = False,
    limit: Annotated[int, Query(ge=1, le=500, description="Page size")] = 50,
    offset: Annotated[int, Query(ge=0, description="Claims to skip")] = 0,
) -> store.ClaimQuery:
    """Query-string filters parsed once into a ClaimQuery."""
    return store.ClaimQuery(
        statuses=tuple(status or ()), kind=kind, source=source, reviewed=reviewed,
        include_orphaned=orphaned, limit=limit, offset=offset,
    )  # fmt: skip


ClaimFilters = Annotated[store.ClaimQuery, Depends(claim_filters)]


@router.get("/claims", summary="List claims, filtered and paginated")
def claims_json(session: DbSession, query: ClaimFilters) -> ClaimPage:
    """Claims in stable order with the total that match; orphaned ones only when asked."""
    return store.list_claims(session, query=query)


@router.get("/claims/{claim_id}", summary="One claim with its history")
def claim_json(session: DbSession, claim_id: int) -> ClaimDetail:
    """A claim, its source facts and every event of its history."""
    try:
        return store.get_claim(session, claim_id)
    except store.NotFoundError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error


@router.get("/sources", summary="List sources")
def sources_json(session: DbSession) -> list[SourceRead]:
    """Every source with its metadata and flags."""
    return store.list_sources(session)


@router.get("/clusters", summary="List clusters, conflicts first")
def clusters_json(
    session: DbSession,
    conflict: Annotated[
        bool | None, Query(description="Only conflicts, or only agreements")
    ] = None,
) -> list[ClusterRead]:
    """Every cluster with its members, relation, spread, consensus and explanation."""
    return store.list_clusters(session, conflict=conflict)


@router.get("/clusters/{key}", summary="One cluster with its conflict explanation")
def cluster_json(session: DbSession, key: str) -> ClusterRead:
    """A cluster: member claims, how their values relate, and why they may disagree."""
    try:
        return store.get_cluster(session, key)
    except store.NotFoundError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error
