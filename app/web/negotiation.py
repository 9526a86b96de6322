"""Who gets a page: a request that prefers text/html. JSON clients fall through to `api`."""

from __future__ import annotations

from fastapi import Request
from fastapi.routing import APIRoute
from starlette.routing import Match
from starlette.types import Scope


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


def wants_json(request: Request) -> bool:
    """Whether a form was sent by desk.js, which asks for JSON, rather than by a browser."""
    return "application/json" in request.headers.get("accept", "")
