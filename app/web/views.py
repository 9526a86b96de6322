"""The desk's pages (GET, for browsers) and the desk's JSON twin; the others' twins are in `api`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated, Any, get_args
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from starlette.datastructures import URL

from app import store
from app.api import ClaimFilters, DbSession, KindName, reader
from app.auth import PageError, page_reader
from app.models import STATUSES, ClaimDetail, SourceSummary
from app.store import desk, sources
from app.web.chart import range_chart
from app.web.negotiation import PageRoute
from app.web.rendering import not_found, render
from app.web.text import count_text, mark_claims

FLAGS = ("future-date", "predates-subject", "under-review", "mojibake", "internal-conflict")
CLUSTER_PAGE = 50  # claims per cluster page
COUNT_LIMIT = 10_000  # the claims list counts this far, then says "10,000+"
FACET_LIMIT = 1_000  # and each facet value this far
DESK_SOURCES = 50  # sources listed on the desk
SOURCE_MENU = 200  # sources offered as a menu in the claims filter; more get a text field

pages = APIRouter(route_class=PageRoute, include_in_schema=False,
                  dependencies=[Depends(page_reader)])  # fmt: skip
twins = APIRouter()


@pages.get("/")
def desk_page(request: Request, session: DbSession) -> HTMLResponse:
    """The desk: counts and the queue, conflicts first; the first sources."""
    context = {"desk": store.get_desk(session),
               "sources": store.list_source_summaries(session, limit=DESK_SOURCES)}  # fmt: skip
    return render(request, "desk.html", context)


@pages.get("/clusters/{key}")
def cluster_page(
    request: Request,
    session: DbSession,
    key: str,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    """A page of a cluster's claims side by side, the chart of all their ranges, the actions."""
    return render(request, "cluster.html", cluster_context(request, session, key, offset=offset))


def cluster_context(
    request: Request, session: DbSession, key: str, *, offset: int = 0, **extra: Any
) -> dict[str, Any]:
    """What cluster.html shows: the view, its chart, its pager (also for a refused action)."""
    try:
        view = store.get_cluster_view(session, key, offset=offset, limit=CLUSTER_PAGE)
    except store.NotFoundError as error:
        raise not_found(error) from error
    return {"view": view, "chart": range_chart(view), "whole": view.total <= len(view.claims),
            "pages": pager(request.url, offset, CLUSTER_PAGE, view.total), **extra}  # fmt: skip


@pages.get("/claims/{claim_id}")
def claim_page(request: Request, session: DbSession, claim_id: int) -> HTMLResponse:
    """One claim, its passage and its whole history."""
    try:
        claim = store.get_claim(session, claim_id)
    except store.NotFoundError as error:
        raise not_found(error) from error
    return render(request, "claim.html", claim_context(session, claim))


def claim_context(session: DbSession, claim: ClaimDetail, **extra: Any) -> dict[str, Any]:
    """What claim.html shows beside the claim: where the quote sits, the date, who set it."""
    offset = desk.quote_offsets(session, [claim.id]).get(claim.id, 0)
    reviewed = sources.reviewed_dates(session, {claim.source.id})
    return {"claim": claim, "offset": offset, "reviewed_date": reviewed.get(claim.source.id),
            "setter": desk.status_setters(session, [claim.id]).get(claim.id), **extra}  # fmt: skip


def no_empty_filters(request: Request) -> None:
    """Send a GET form's empty fields away: `/claims?kind=&q=x` becomes `/claims?q=x`."""
    params = request.query_params.multi_items()
    kept = [(k, v) for k, v in params if v != ""]
    if len(kept) != len(params):
        query = ("?" + urlencode(kept)) if kept else ""
        raise PageError(303, "Filters cleaned.", location=request.url.path + query)


@pages.get("/claims", dependencies=[Depends(no_empty_filters)])
def claims_page(request: Request, session: DbSession, query: ClaimFilters) -> HTMLResponse:
    """Claims with facets and filters, paginated; counts stop at COUNT_LIMIT."""
    query = replace(query, count_limit=COUNT_LIMIT)
    page = store.list_claims(session, query=query)
    values = {"status": STATUSES, "kind": get_args(KindName)}
    facets = desk.facet_counts(session, query=query, values=values, limit=FACET_LIMIT)
    return render(request, "claims.html", {
        "page": page, "query": query, "facets": facets, "kinds": get_args(KindName),
        "flags": FLAGS, "sources": _source_menu(session), "count_limit": COUNT_LIMIT,
        "pages": pager(request.url, query.offset, query.limit, page.total, cap=COUNT_LIMIT,
                       more=page.cursor is not None),
    })  # fmt: skip


def _source_menu(session: DbSession) -> list[SourceSummary]:
    """Sources for the filter's menu; none past SOURCE_MENU, where a text field takes over."""
    if store.count_sources(session) > SOURCE_MENU:
        return []
    return store.list_source_summaries(session)


@dataclass(frozen=True)
class Pager:
    """Where the page list is, and the links around it."""

    first: int
    last: int
    total: str  # "1,234", or "10,000+" when counting stopped
    previous: str | None
    next: str | None


def pager(
    url: URL,
    offset: int,
    limit: int | None,
    total: int,
    *,
    cap: int | None = None,
    more: bool | None = None,
) -> Pager:
    """Links around a page of `limit` items from `offset`, of `total` (counted up to `cap`).

    `more` says whether items follow the page, when the total may have stopped counting.
    """
    size = limit or total or 1
    url = url.remove_query_params("offset")
    previous = next_ = None
    if offset > 0:
        previous = str(url.include_query_params(offset=max(offset - size, 0)))
    if more if more is not None else offset + size < total:
        next_ = str(url.include_query_params(offset=offset + size))
    last = offset + size if more else min(offset + size, total)
    return Pager(min(offset + 1, total), last, count_text(total, cap), previous, next_)


@pages.get("/sources/{source_id}")
def source_page(request: Request, session: DbSession, source_id: int) -> HTMLResponse:
    """A source whole: its text with every claim marked, metadata, flags, versions, date."""
    try:
        source = store.get_source_detail(session, source_id)
    except store.NotFoundError as error:
        raise not_found(error) from error
    claims = store.list_claims(session, query=store.ClaimQuery(source=str(source_id), limit=None))
    segments = mark_claims(source.text, claims.claims)
    context = {"source": source, "claims": claims.claims, "segments": segments}
    return render(request, "source.html", context)


@twins.get(
    "/",
    summary="The review desk: counts and queue",
    dependencies=[Depends(reader)],
    responses={401: {"description": "Unknown token, or reading requires one"}},
)
def desk_json(session: DbSession) -> store.DeskRead:
    """How many claims are verified, provisional, rejected and reviewed; the review queue."""
    return store.get_desk(session)
