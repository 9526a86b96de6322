"""Who is at the desk and what they may do: session cookie, CSRF, roles, safety headers.

The browser carries only a random session id (HttpOnly, SameSite=Lax); the database keeps its
sha256 and the session's CSRF token. Every form that changes something sends that token back.
The login form, before any session exists, carries a token signed with the server's key.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Annotated

import anyio
from fastapi import Depends, Form, Request, Response
from sqlmodel import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import get_settings
from app.db import get_engine
from app.models import User
from app.secret_key import get_secret_key, sign
from app.store import users

SESSION_COOKIE = "claimtrail_session"
LOGIN_CSRF_COOKIE = "claimtrail_login_csrf"
LOGIN_TOKEN_PURPOSE = "login-csrf"
REVIEW_ROLES = ("reviewer", "admin")
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'; frame-ancestors 'none'"
)
# Swagger UI at /docs is FastAPI's own page and loads its script from a CDN inline.
_CSP_EXEMPT = ("/docs", "/redoc")


@dataclass(frozen=True)
class Editor:
    """The signed-in person, as pages and checks need them (no database object)."""

    id: int
    name: str
    role: str
    csrf: str
    session_id: str

    @property
    def may_review(self) -> bool:
        """Whether this editor may change claims and sources."""
        return self.role in REVIEW_ROLES


class PageError(Exception):
    """A refusal a person should read: shown as a page to browsers, as JSON to scripts."""

    def __init__(self, status: int, message: str, *, location: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.location = location


class SessionMiddleware:
    """Read the session cookie once per request; `request.state.user` is the Editor or None."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Look the cookie's session up (in a thread: the database is synchronous)."""
        if scope["type"] == "http":
            session_id = _cookie(scope, SESSION_COOKIE)
            editor = await anyio.to_thread.run_sync(_lookup, session_id) if session_id else None
            scope.setdefault("state", {})["user"] = editor
        await self.app(scope, receive, send)


def _cookie(scope: Scope, name: str) -> str | None:
    for key, value in scope["headers"]:
        if key == b"cookie":
            morsel = SimpleCookie(value.decode("latin-1")).get(name)
            if morsel is not None:
                return morsel.value
    return None


def _lookup(session_id: str) -> Editor | None:
    with Session(get_engine()) as session:
        found = users.session_user(session, session_id)
    if found is None:
        return None
    user, csrf = found
    assert user.id is not None
    return Editor(id=user.id, name=user.name, role=user.role, csrf=csrf, session_id=session_id)


class SecurityHeadersMiddleware:
    """No inline script, no framing, no MIME sniffing, no referrer to other sites."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Add the headers to every HTTP answer."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        exempt = scope["path"].startswith(_CSP_EXEMPT)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                ]
                if not exempt:
                    headers.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def current_editor(request: Request) -> Editor | None:
    """The signed-in editor, or None (dependency)."""
    editor = getattr(request.state, "user", None)
    return editor if isinstance(editor, Editor) else None


def page_reader(request: Request) -> Editor | None:
    """Reading is open unless `require_login_to_read`; then a signed-in editor is needed."""
    editor = current_editor(request)
    if editor is None and get_settings().require_login_to_read:
        raise PageError(401, "Sign in to read the desk.")
    return editor


def signed_in(request: Request, csrf: Annotated[str, Form(max_length=128)] = "") -> Editor:
    """A signed-in editor whose form carries their session's CSRF token (dependency)."""
    editor = current_editor(request)
    if editor is None:
        raise PageError(401, "Sign in to make changes.")
    if not secrets.compare_digest(csrf.encode(), editor.csrf.encode()):
        raise PageError(403, "This form has expired or came from another site. Reload the page.")
    return editor


SignedIn = Annotated[Editor, Depends(signed_in)]


def reviewer(editor: SignedIn) -> Editor:
    """A signed-in reviewer or admin with a valid CSRF token; 403 naming a viewer's role."""
    if not editor.may_review:
        raise PageError(403, f"{editor.name} is a {editor.role} and may not change anything.")
    return editor


Reviewer = Annotated[Editor, Depends(reviewer)]


def start(session: Session, response: Response, request: Request, user_id: int) -> None:
    """Sign a user in: end the session the browser had, set a fresh id (rotation)."""
    old = _cookie(request.scope, SESSION_COOKIE)
    if old:
        users.end_session(session, old)
    found = session.get(User, user_id)
    assert found is not None
    session_id, _csrf = users.start_session(session, found)
    response.set_cookie(
        SESSION_COOKIE, session_id, max_age=int(users.SESSION_LIFETIME.total_seconds()),
        httponly=True, samesite="lax", secure=request.url.scheme == "https", path="/",
    )  # fmt: skip
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")


def end(session: Session, response: Response, editor: Editor) -> None:
    """Sign out: the session id stops working and the cookie goes."""
    users.end_session(session, editor.session_id)
    response.delete_cookie(SESSION_COOKIE, path="/")


def login_token(request: Request) -> str:
    """The login form's token: the one the browser holds if we signed it, or a new one."""
    held = _cookie(request.scope, LOGIN_CSRF_COOKIE)
    if held and _signed_by_us(held):
        return held
    nonce = secrets.token_urlsafe(32)
    return f"{nonce}.{sign(get_secret_key(), LOGIN_TOKEN_PURPOSE, nonce)}"


def set_login_cookie(request: Request, response: Response, token: str) -> None:
    """Hand the login token to the browser too (double submit: there is no session yet)."""
    response.set_cookie(
        LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/login",
        secure=request.url.scheme == "https",
    )  # fmt: skip


def check_login_csrf(request: Request, token: str) -> None:
    """Refuse a login form that did not come from our login page.

    The cookie must equal the form's token (double submit) and carry our signature: a
    sibling subdomain can plant a cookie of its choosing, but cannot sign one.
    """
    cookie = _cookie(request.scope, LOGIN_CSRF_COOKIE) or ""
    same = secrets.compare_digest(cookie.encode(), token.encode())
    if not cookie or not same or not _signed_by_us(token):
        raise PageError(403, "This sign-in form has expired. Reload the page and try again.")


def _signed_by_us(token: str) -> bool:
    nonce, _, signature = token.partition(".")
    expected = sign(get_secret_key(), LOGIN_TOKEN_PURPOSE, nonce)
    return bool(nonce) and secrets.compare_digest(signature.encode(), expected.encode())


def safe_next(target: str | None, default: str = "/") -> str:
    """A local path to go back to; anything pointing elsewhere becomes `default`."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    return target
