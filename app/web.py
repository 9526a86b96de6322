"""The review desk: HTML pages over `store`, sharing their URLs with the JSON API.

A page route answers only requests that prefer text/html (a browser); everything else falls
through to the JSON route of the same URL in `api` (`?format=json` forces JSON). Forms are plain
POSTs answered with a redirect; `static/desk.js` sends the same forms and asks for JSON.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, get_args
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from starlette.routing import Match
from starlette.types import Scope

from app import store
from app.api import ClaimFilters, DbSession, KindName, StatusName, reader
from app.auth import (
    Editor,
    PageError,
    Reviewer,
    SignedIn,
    check_login_csrf,
    current_editor,
    end,
    login_token,
    page_reader,
    safe_next,
    set_login_cookie,
    start,
)
from app.config import ROOT, get_settings
from app.models import STATUSES, ClaimDetail, ClaimEventRead, ClaimRead, ClaimValue
from app.pipeline import cluster_all
from app.store import desk, sources, users
from app.store.events import INGEST_ACTOR

templates = Jinja2Templates(directory=ROOT / "templates")
STATIC = Path(__file__).resolve().parent / "static"
FLAGS = ("future-date", "predates-subject", "under-review", "mojibake", "internal-conflict")


def prefers_html(scope: Scope) -> bool:
    """Whether a request asks for a page: text/html named and not outranked by JSON."""
    query = scope.get("query_string", b"").decode("latin-1")
    if "format=json" in query.split("&"):
        return False
    accept = next((v for k, v in scope["headers"] if k == b"accept"), b"").decode("latin-1")
    ranks: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        q = next((p[2:] for p in params if p.startswith("q=")), "1")
        try:
            ranks[media.lower()] = float(q)
        except ValueError:
            continue
    html = max(ranks.get("text/html", 0.0), ranks.get("application/xhtml+xml", 0.0))
    return html > 0 and html >= ranks.get("application/json", 0.0)


class PageRoute(APIRoute):
    """A route that matches only when the request prefers HTML, so JSON falls through."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        """No match for a request that does not prefer text/html."""
        if scope["type"] == "http" and not prefers_html(scope):
            return Match.NONE, {}
        return super().matches(scope)


pages = APIRouter(route_class=PageRoute, include_in_schema=False,
                  dependencies=[Depends(page_reader)])  # fmt: skip
router = APIRouter()
Reader = Annotated[Editor | None, Depends(page_reader)]


def render(
    request: Request, name: str, context: dict[str, Any], *, status: int = 200
) -> HTMLResponse:
    """A page, with the editor, the JSON twin's URL and the flags every page may need."""
    editor = current_editor(request)
    twin = request.url.include_query_params(format="json")
    base = {"editor": editor, "json_url": str(twin), "statuses": STATUSES}
    response = templates.TemplateResponse(request, name, {**base, **context}, status_code=status)
    response.headers["Vary"] = "Accept"  # the JSON twin shares the URL
    return response


def wants_json(request: Request) -> bool:
    """Whether a form was sent by desk.js, which asks for JSON, rather than by a browser."""
    return "application/json" in request.headers.get("accept", "")


def page_error(request: Request, error: Exception) -> Response:
    """A refusal as a page (login for 401), or as JSON for scripts."""
    assert isinstance(error, PageError)
    if error.location is not None:
        return RedirectResponse(error.location, status_code=error.status)
    if wants_json(request) or (not prefers_html(request.scope) and request.method == "GET"):
        return JSONResponse({"detail": error.message}, status_code=error.status)
    if error.status == 401:
        back = request.url.path if request.method == "GET" else request.headers.get("referer")
        return RedirectResponse(f"/login?next={_local(back)}", status_code=303)
    context = {"message": error.message, "status": error.status}
    return render(request, "error.html", context, status=error.status)


def _local(url: str | None) -> str:
    if url and "://" in url:
        url = "/" + url.split("://", 1)[1].partition("/")[2]
    return safe_next(url)


def _found(call: Any, *args: Any) -> Any:
    try:
        return call(*args)
    except store.NotFoundError as error:
        raise PageError(404, str(error).capitalize() + ".") from error


# Pages -------------------------------------------------------------------------------------


@pages.get("/")
def desk_page(request: Request, session: DbSession) -> HTMLResponse:
    """The desk: counts and the queue, conflicts first."""
    context = {"desk": store.get_desk(session), "sources": store.list_sources(session)}
    return render(request, "desk.html", context)


@pages.get("/clusters/{key}")
def cluster_page(request: Request, session: DbSession, key: str) -> HTMLResponse:
    """A cluster's claims side by side, the chart of their ranges, the actions."""
    view: store.ClusterView = _found(store.get_cluster_view, session, key)
    context = {"view": view, "chart": range_chart(view), "queue": store.get_desk(session).queue}
    return render(request, "cluster.html", context)


@pages.get("/claims/{claim_id}")
def claim_page(request: Request, session: DbSession, claim_id: int) -> HTMLResponse:
    """One claim, its passage and its whole history."""
    claim: ClaimDetail = _found(store.get_claim, session, claim_id)
    return render(request, "claim.html", _claim_context(session, claim))


def _claim_context(session: DbSession, claim: ClaimDetail, **extra: Any) -> dict[str, Any]:
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
    """Claims with facets and filters, paginated."""
    page = store.list_claims(session, query=query)
    facets = desk.facet_counts(session, query=query)
    return render(request, "claims.html", {
        "page": page, "query": query, "facets": facets, "kinds": get_args(KindName),
        "flags": FLAGS, "sources": store.list_sources(session),
        "pages": _pager(request, query, page.total),
    })  # fmt: skip


@dataclass(frozen=True)
class Pager:
    """Where the page list is, and the links around it."""

    first: int
    last: int
    total: int
    previous: str | None
    next: str | None


def _pager(request: Request, query: store.ClaimQuery, total: int) -> Pager:
    limit = query.limit or total or 1
    url = request.url.remove_query_params("offset")
    previous = next_ = None
    if query.offset > 0:
        previous = str(url.include_query_params(offset=max(query.offset - limit, 0)))
    if query.offset + limit < total:
        next_ = str(url.include_query_params(offset=query.offset + limit))
    last = min(query.offset + limit, total)
    return Pager(min(query.offset + 1, total), last, total, previous, next_)


@pages.get("/sources/{source_id}")
def source_page(request: Request, session: DbSession, source_id: int) -> HTMLResponse:
    """A source whole: its text with every claim marked, metadata, flags, versions, date."""
    source: store.SourceDetail = _found(store.get_source_detail, session, source_id)
    claims = store.list_claims(session, query=store.ClaimQuery(source=str(source_id), limit=None))
    segments: list[Segment] = mark_claims(source.text, claims.claims)
    context = {"source": source, "claims": claims.claims, "segments": segments}
    return render(request, "source.html", context)


# The desk's JSON twin (the other pages' twins live in `api`) ------------------------------


@router.get(
    "/",
    summary="The review desk: counts and queue",
    dependencies=[Depends(reader)],
    responses={401: {"description": "Unknown token, or reading requires one"}},
)
def desk_json(session: DbSession) -> store.DeskRead:
    """How many claims are verified, provisional, rejected and reviewed; the review queue."""
    return store.get_desk(session)


# Signing in and out --------------------------------------------------------------------------


@router.get("/login", include_in_schema=False)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    """The sign-in form."""
    return _login_form(request, next, None)


def _login_form(request: Request, back: str, error: str | None) -> HTMLResponse:
    token = login_token(request)
    context = {"next": safe_next(back), "error": error, "login_csrf": token}
    response = render(request, "login.html", context, status=401 if error else 200)
    set_login_cookie(request, response, token)
    return response


@router.post("/login", include_in_schema=False)
def login_submit(
    request: Request,
    session: DbSession,
    name: Annotated[str, Form(max_length=120)],
    password: Annotated[str, Form(max_length=200)],
    csrf: Annotated[str, Form(max_length=128)] = "",
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    """Check name and password; a fresh session id on success."""
    check_login_csrf(request, csrf)
    user = users.authenticate(session, name, password)
    if user is None or user.id is None:
        return _login_form(request, next, "That name and password do not match.")
    redirect = RedirectResponse(safe_next(next), status_code=303)
    start(session, redirect, request, user.id)
    return redirect


@router.post("/logout", include_in_schema=False)
def logout(session: DbSession, editor: SignedIn) -> Response:
    """Sign out; the session id stops working at once."""
    redirect = RedirectResponse("/", status_code=303)
    end(session, redirect, editor)
    return redirect


# Review actions ------------------------------------------------------------------------------


@router.post("/claims/{claim_id}/review", include_in_schema=False)
def review_submit(
    request: Request,
    session: DbSession,
    claim_id: int,
    editor: Reviewer,
    status: Annotated[StatusName, Form()],
    version: Annotated[int, Form()],
    note: Annotated[str, Form(max_length=2000)] = "",
    back: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """Set a claim's status; a stale form is refused with who changed the claim meanwhile."""
    try:
        claim = store.review_claim(
            session, claim_id, status=status, actor=editor.name, note=note.strip() or None,
            expected_version=version,
        )  # fmt: skip
    except store.NotFoundError as error:
        raise PageError(404, str(error).capitalize() + ".") from error
    except store.StaleVersionError as stale:
        return _stale(request, session, stale.current, wanted=status, note=note)
    if wants_json(request):
        return JSONResponse(_claim_state(claim, f"Claim {claim_id} is now {status}."))
    return RedirectResponse(safe_next(back, f"/claims/{claim_id}"), status_code=303)


def _claim_state(claim: ClaimDetail, message: str) -> dict[str, Any]:
    last = next((e for e in reversed(claim.history) if e.action == "status_changed"), None)
    return {
        "id": claim.id, "status": claim.status, "version": claim.version,
        "reviewed": claim.reviewed, "message": message,
        "set_by": last.actor if last else None, "set_at": last.at.isoformat() if last else None,
    }  # fmt: skip


def stale_message(current: ClaimDetail, wanted: str) -> str:
    """Who changed a claim since the form was read, and that the form's change was not saved."""
    last = current.history[-1]
    change = f"set it to {last.to_value}" if last.action == "status_changed" else last.action
    when = last.at.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Not saved: {last.actor} changed claim {current.id} meanwhile ({change}, {when}). "
        f"It is now {current.status}. Your change to {wanted} was kept out so that nothing is "
        "lost; check the claim below and send it again if it still stands."
    )


def _stale(
    request: Request, session: DbSession, current: ClaimDetail, *, wanted: str, note: str
) -> Response:
    message = stale_message(current, wanted)
    if wants_json(request):
        return JSONResponse({**_claim_state(current, message), "stale": True}, status_code=409)
    context = _claim_context(session, current, stale=message, wanted=wanted, pending_note=note)
    return render(request, "claim.html", context, status=409)


@router.post("/clusters/{key}/resolve", include_in_schema=False)
def resolve_submit(
    request: Request,
    session: DbSession,
    key: str,
    editor: Reviewer,
    keep: Annotated[int, Form()],
    claim: Annotated[list[int], Form()],
    version: Annotated[list[int], Form()],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Verify one claim of a cluster and reject the others, each checked for staleness first."""
    versions = dict(zip(claim, version, strict=True))
    if keep not in versions:
        raise PageError(400, f"Claim {keep} is not in cluster {key}.")
    for claim_id, expected in versions.items():
        current: ClaimDetail = _found(store.get_claim, session, claim_id)
        if current.version != expected:
            wanted = "verified" if claim_id == keep else "rejected"
            return _stale(request, session, current, wanted=wanted, note=note)
    reason = note.strip() or f"kept claim {keep} of cluster {key}, rejected the others"
    for claim_id, expected in versions.items():
        status = "verified" if claim_id == keep else "rejected"
        try:
            store.review_claim(session, claim_id, status=status, actor=editor.name,
                               note=reason, expected_version=expected)  # fmt: skip
        except store.StaleVersionError as stale:
            return _stale(request, session, stale.current, wanted=status, note=note)
    if wants_json(request):
        return JSONResponse({"message": f"Verified claim {keep}; rejected the others."})
    return RedirectResponse(f"/clusters/{key}", status_code=303)


@router.post("/clusters/{key}/split", include_in_schema=False)
def split_submit(
    session: DbSession,
    key: str,
    editor: Reviewer,
    claim: Annotated[list[int], Form()],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Take claims out of a cluster for good; clustering runs again at once."""
    try:
        store.record_split(session, claim, actor=editor.name, note=note.strip() or None)
    except store.NotFoundError as error:
        raise PageError(404, str(error).capitalize() + ".") from error
    cluster_all(session, settings=get_settings())
    return RedirectResponse(_cluster_url(session, key, claim[0]), status_code=303)


@router.post("/clusters/{key}/merge", include_in_schema=False)
def merge_submit(
    session: DbSession,
    key: str,
    editor: Reviewer,
    other: Annotated[str, Form(max_length=64)],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Make two clusters one for good; clustering runs again at once."""
    members = _found(store.get_cluster, session, key).claims
    try:
        store.record_merge(session, [key, other.strip()], actor=editor.name,
                           note=note.strip() or None)  # fmt: skip
    except store.NotFoundError as error:
        raise PageError(404, str(error).capitalize() + ".") from error
    cluster_all(session, settings=get_settings())
    return RedirectResponse(_cluster_url(session, key, members[0]), status_code=303)


def _cluster_url(session: DbSession, key: str, claim_id: int) -> str:
    try:
        return f"/clusters/{store.get_cluster(session, key).id}"
    except store.NotFoundError:
        moved = store.get_claim(session, claim_id).cluster
        return f"/clusters/{moved}" if moved else f"/claims/{claim_id}"


@router.post("/sources/{source_id}/date", include_in_schema=False)
def source_date_submit(
    session: DbSession,
    source_id: int,
    editor: Reviewer,
    corrected: Annotated[str, Form(max_length=10)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Confirm a source's date (no date given) or correct it, with a note."""
    try:
        store.review_source_date(
            session, source_id, actor=editor.name, corrected=corrected.strip() or None,
            note=note.strip() or None,
        )  # fmt: skip
    except store.NotFoundError as error:
        raise PageError(404, str(error).capitalize() + ".") from error
    except sources.SourceDateError as error:
        raise PageError(400, str(error).capitalize() + ".") from error
    return RedirectResponse(f"/sources/{source_id}#date", status_code=303)


@router.post("/undo", include_in_schema=False)
def undo_submit(
    request: Request,
    session: DbSession,
    editor: Reviewer,
    back: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    """Revert the editor's last status change, unless someone changed that claim since."""
    target = desk.last_change(session, editor.name)
    if target is None:
        raise PageError(409, "Nothing of yours to undo.")
    current = store.get_claim(session, target.claim_id)
    if current.status != target.to_value or current.history[-1].actor != editor.name:
        return _stale(request, session, current, wanted=target.from_value or "", note="")
    claim = store.review_claim(
        session, target.claim_id, status=target.from_value or "provisional", actor=editor.name,
        note=desk.undo_note(target), expected_version=current.version,
        reviewed=reviewed_before(current.history[:-1]),
    )  # fmt: skip
    if wants_json(request):
        message = f"Undone: claim {claim.id} is {claim.status} again."
        return JSONResponse(_claim_state(claim, message))
    return RedirectResponse(safe_next(back), status_code=303)


def reviewed_before(history: list[ClaimEventRead]) -> bool:
    """Whether an editor had judged the claim's current value before the last change."""
    for event in reversed(history):
        if event.action == "status_changed" and event.actor != INGEST_ACTOR:
            return True
        if event.action in ("created", "value_changed"):
            return False
    return False


# What templates need computed: values in words, claims marked in text, the range chart -----


_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}
_PER = {"year": "/yr", "month": "/mo", "week": "/wk", "hour": "/hr"}


def format_value(value: ClaimValue) -> str:
    """A claim's value as an editor reads it: `$240,000–$320,000/yr`, `40%`, `3x`."""
    numbers = [n for n in (value.low, value.high) if n is not None]
    if not numbers:
        return "no value"
    parts = [_number(n, value.unit) for n in dict.fromkeys(numbers)]
    text = "–".join(parts) + ("+" if value.open_high else "")
    return text + _PER.get(value.period or "", "")


def _number(n: float, unit: str) -> str:
    digits = f"{n:,.0f}" if n == int(n) and unit != "year" else f"{n:,.2f}".rstrip("0").rstrip(".")
    if unit == "year":
        digits = f"{n:.0f}"
    if unit in _SYMBOLS:
        return _SYMBOLS[unit] + digits
    if unit in ("%", "x"):
        return digits + unit
    if unit in ("count", "year"):
        return digits
    if len(unit) == 3 and unit.isupper():
        return f"{digits} {unit}"
    return f"{digits} {unit}"


@dataclass(frozen=True)
class Segment:
    """A run of source text, and the claim it is the quote of (None between claims)."""

    text: str
    claim: ClaimRead | None = None


def mark_claims(text: str, claims: list[ClaimRead]) -> list[Segment]:
    """The text cut at every claim's span, in order; a span overlapping the last is skipped."""
    segments: list[Segment] = []
    position = 0
    for claim in sorted(claims, key=lambda c: (c.span[0], -c.span[1])):
        start, end = claim.span
        if start < position or end > len(text):
            continue
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], claim))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


def split_context(claim: ClaimRead, offset: int) -> tuple[str, str, str]:
    """A claim's context as before, quote and after, for highlighting the quote in place."""
    context, quote = claim.context, claim.quote
    if context[offset : offset + len(quote)] != quote:
        offset = context.find(quote)
    if offset < 0:
        return context, "", ""
    return context[:offset], quote, context[offset + len(quote) :]


templates.env.filters["value"] = format_value
templates.env.globals["split_context"] = split_context


@dataclass(frozen=True)
class ChartBar:
    """One claim's range on the chart, in SVG user units."""

    claim_id: int
    label: str
    title: str
    status: str
    x1: float
    x2: float
    y: float
    open_high: bool
    value: str


@dataclass(frozen=True)
class RangeChart:
    """Ranges per source on one axis, with the consensus band and axis ticks."""

    width: int
    height: int
    left: int
    bars: list[ChartBar]
    band: tuple[float, float] | None
    ticks: list[tuple[float, str]]


CHART_WIDTH, CHART_LEFT, CHART_RIGHT, CHART_ROW, CHART_TOP = 720, 210, 24, 30, 12


def range_chart(view: store.ClusterView) -> RangeChart | None:
    """The chart of a cluster's values, or None when no claim has a value."""
    rows = [(c, c.value.low, c.value.high) for c in view.claims]
    spans = [(c, lo if lo is not None else hi, hi if hi is not None else lo) for c, lo, hi in rows]
    valued = [(c, lo, hi) for c, lo, hi in spans if lo is not None and hi is not None]
    if not valued:
        return None
    consensus = view.cluster.consensus
    ends = [v for _, lo, hi in valued for v in (lo, hi)]
    if consensus is not None:
        ends += [v for v in (consensus.low, consensus.high) if v is not None]
    low, high = _nice_bounds(min(ends), max(ends))
    scale = (CHART_WIDTH - CHART_LEFT - CHART_RIGHT) / (high - low)

    def x(v: float) -> float:
        return round(CHART_LEFT + (v - low) * scale, 1)

    bars = [
        ChartBar(c.id, _short(c.source.title or c.source.file), c.source.title or c.source.file,
                 c.status, x(lo), x(hi), CHART_TOP + i * CHART_ROW, c.value.open_high,
                 format_value(c.value))
        for i, (c, lo, hi) in enumerate(valued)
    ]  # fmt: skip
    band = None
    if consensus is not None and consensus.low is not None:
        band = (
            x(consensus.low),
            x(consensus.high if consensus.high is not None else consensus.low),
        )
    step = (high - low) / 4
    ticks = [(x(low + i * step), _compact(low + i * step)) for i in range(5)]
    height = CHART_TOP + len(bars) * CHART_ROW + 28
    return RangeChart(CHART_WIDTH, height, CHART_LEFT, bars, band, ticks)


def _nice_bounds(low: float, high: float) -> tuple[float, float]:
    if high == low:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = 10 ** math.floor(math.log10(high - low))
    return math.floor(low / step) * step, math.ceil(high / step) * step


def _short(title: str, size: int = 30) -> str:
    return title if len(title) <= size else title[: size - 1].rstrip() + "…"


def _compact(n: float) -> str:
    for scale, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(n) >= scale:
            return f"{n / scale:.4g}{suffix}"
    return f"{n:.4g}"
