"""Signing in and out with the form; the session cookie is `auth`'s business."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.api import DbSession
from app.auth import (
    SignedIn,
    check_login_csrf,
    end,
    login_token,
    safe_next,
    set_login_cookie,
    start,
)
from app.store import users
from app.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/login")
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    """The sign-in form."""
    return _login_form(request, next, None)


def _login_form(request: Request, back: str, error: str | None) -> HTMLResponse:
    token = login_token(request)
    context = {"next": safe_next(back), "error": error, "login_csrf": token}
    response = render(request, "login.html", context, status=401 if error else 200)
    set_login_cookie(request, response, token)
    return response


@router.post("/login")
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


@router.post("/logout")
def logout(session: DbSession, editor: SignedIn) -> Response:
    """Sign out; the session id stops working at once."""
    redirect = RedirectResponse("/", status_code=303)
    end(session, redirect, editor)
    return redirect
