"""Pages from templates: the Jinja environment, render(), and refusals shown as pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from app import store
from app.auth import PageError, current_editor, safe_next
from app.config import ROOT
from app.models import STATUSES
from app.web.negotiation import prefers_html, wants_json
from app.web.text import count_text, format_value, split_context

templates = Jinja2Templates(directory=ROOT / "templates")
templates.env.filters["value"] = format_value
templates.env.filters["count"] = count_text
templates.env.globals["split_context"] = split_context
STATIC = Path(__file__).resolve().parent.parent / "static"


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


def not_found(error: store.NotFoundError) -> PageError:
    """A store's NotFoundError as the 404 page."""
    return PageError(404, str(error).capitalize() + ".")
