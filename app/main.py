"""create_app(): the FastAPI application, wired and nothing more."""

from __future__ import annotations

import gc

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from app import api, auth, downloads, throttle, web
from app.db import GenerationReader, get_engine
from app.http_cache import ETagMiddleware, ResponseCache
from app.secret_key import get_secret_key


def create_app() -> FastAPI:
    """The Claimtrail web application (JSON API; OpenAPI docs at /docs)."""
    # Swagger UI's files from a package, not a CDN: nothing loads from the internet.
    app = FastAPIOffline(
        title="Claimtrail",
        summary="Numeric claims of career guides, with their provenance and review status.",
        version="0.1.0",
    )
    app.include_router(web.pages)  # before the API: pages answer only browsers (Accept)
    app.include_router(api.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=web.STATIC), name="static")
    app.add_exception_handler(auth.PageError, web.page_error)
    app.include_router(downloads.router)
    app.add_middleware(ResponseCache, generation=GenerationReader(get_engine()))
    app.add_middleware(ETagMiddleware)
    app.add_middleware(auth.SessionMiddleware)
    # The key is read here, so that a missing or unsafe key file stops the start, not a request.
    app.add_middleware(throttle.LoginThrottle, key=get_secret_key())
    app.add_middleware(auth.SecurityHeadersMiddleware)
    # Everything loaded so far lives as long as the process: move it out of the collector's
    # sight, so that a full collection does not walk it again during a request (a 120 ms pause).
    gc.collect()
    gc.freeze()
    return app
