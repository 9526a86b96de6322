"""The sign-in throttle: few failed logins per account name and per client address.

An ASGI middleware around POST /login, so the login route need not know about it. It reads the
submitted name from the form (with Starlette's parser, the one the route uses), counts the
attempt in the database before the password is checked, replays the body to the app, and
settles the count from the answer: a 303 is a success and resets the name's count, a 401 is a
failure and stays counted, anything else (a refused or malformed form) was no guess and is
dropped. Counts live in the database, so every worker and every host sees the same ones.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

import anyio
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from sqlmodel import Session
from starlette.datastructures import UploadFile
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.auth import login_token, safe_next, set_login_cookie
from app.config import get_settings
from app.db import get_engine
from app.models import STATUSES, utcnow
from app.secret_key import sign
from app.store import users
from app.web.rendering import templates

LOGIN_PATH = "/login"
MAX_FORM_BYTES = 64 * 1024  # the login form is under 1 kB; a bigger body is refused unread


class LoginThrottle:
    """Refuse POST /login with 429 and Retry-After once a name or an address failed too often."""

    def __init__(self, app: ASGIApp, *, key: bytes) -> None:
        self.app = app
        self.key = key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Count, check, replay the form to the app, and settle the count from its answer."""
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != LOGIN_PATH:
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        if body is None:
            await PlainTextResponse("The sign-in form is too large.", 413)(scope, receive, send)
            return
        form = await _read_form(scope, body)
        name = form.get("name")
        name_key = sign(self.key, "login-name", name) if name else None
        client = scope.get("client")
        address_key = sign(self.key, "login-address", client[0] if client else "unknown")
        try:
            attempt = await anyio.to_thread.run_sync(_reserve, name_key, address_key)
        except users.LoginThrottledError as refused:
            await _refusal(scope, refused, form.get("next"))(scope, receive, send)
            return
        status = 0

        async def noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, _replay(body, receive), noting_status)
        finally:
            await anyio.to_thread.run_sync(_settle, attempt, name_key, status)


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None once it passes MAX_FORM_BYTES."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


async def _read_form(scope: Scope, body: bytes) -> dict[str, str]:
    """The form's text fields as the route will see them; empty when it does not parse."""
    request = Request(scope, _replay(body, None))
    try:
        async with request.form() as form:
            return {k: v for k, v in form.items() if not isinstance(v, UploadFile)}
    except Exception:  # malformed: the route answers 400 or 422 and nothing is counted
        return {}


def _replay(body: bytes, receive: Receive | None) -> Receive:
    """A receive that hands over `body` once, then waits on the real one (for a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        if receive is None:
            return {"type": "http.disconnect"}
        return await receive()

    return replay


def _limits() -> users.LoginLimits:
    settings = get_settings()
    return users.LoginLimits(
        per_name=settings.login_failures_per_name,
        per_address=settings.login_failures_per_address,
        window=timedelta(seconds=settings.login_window_seconds),
    )


def _reserve(name_key: str | None, address_key: str) -> int:
    with Session(get_engine()) as session:
        return users.reserve_login(
            session, name_key=name_key, address_key=address_key, limits=_limits(), now=utcnow()
        )


def _settle(attempt: int, name_key: str | None, status: int) -> None:
    with Session(get_engine()) as session:
        if status == 303 and name_key is not None:
            users.forgive_logins(session, attempt, name_key)
        elif status != 401:
            users.drop_login_attempt(session, attempt)


def refusal_message(refused: users.LoginThrottledError) -> str:
    """What the person is told: whose failures, and when to try again (whole minutes)."""
    minutes = max(1, math.ceil(refused.retry_after.total_seconds() / 60))
    whom = "this name" if refused.by == "name" else "this network address"
    unit = "minute" if minutes == 1 else "minutes"
    return f"Too many failed sign-ins for {whom}. Try again in {minutes} {unit}."


def _refusal(scope: Scope, refused: users.LoginThrottledError, back: str | None) -> Response:
    """429 with Retry-After: the sign-in page with the message for a browser, JSON otherwise."""
    message = refusal_message(refused)
    headers = {"Retry-After": str(max(1, math.ceil(refused.retry_after.total_seconds())))}
    request = Request(scope)
    if "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"detail": message}, status_code=429, headers=headers)
    token = login_token(request)
    context: dict[str, Any] = {
        "editor": None, "json_url": "", "statuses": STATUSES,
        "next": safe_next(back), "error": message, "login_csrf": token,
    }  # fmt: skip
    response: HTMLResponse = templates.TemplateResponse(
        request, "login.html", context, status_code=429, headers=headers
    )
    set_login_cookie(request, response, token)
    return response
