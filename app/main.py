"""create_app(): the FastAPI application, wired and nothing more."""

from __future__ import annotations

from fastapi import FastAPI

from app import api


def create_app() -> FastAPI:
    """The Claimtrail web application (JSON API; OpenAPI docs at /docs)."""
    app = FastAPI(
        title="Claimtrail",
        summary="Numeric claims of career guides, with their provenance and review status.",
        version="0.1.0",
    )
    app.include_router(api.router)
    return app
