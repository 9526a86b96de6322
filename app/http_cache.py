"""HTTP caching for the JSON API: an ETag on every GET, 304 for a matching If-None-Match."""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class ETagMiddleware:
    """Give 200 answers to GET an ETag (the route's own, or a hash of the body), answer 304
    when If-None-Match names it, and say `Cache-Control: no-cache` and `Vary: Accept`, since
    reviews change what a URL returns at any moment and HTML and JSON share URLs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Buffer a GET's answer to tag it; pass anything else through untouched."""
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        for message in _tagged(messages, _header(scope, b"if-none-match")):
            await send(message)


def _header(scope: Scope, name: bytes) -> bytes | None:
    return next((value for key, value in scope["headers"] if key == name), None)


def _tagged(messages: list[Message], if_none_match: bytes | None) -> list[Message]:
    # Other messages (TestClient's template debug messages) may come first; keep them.
    at = next((i for i, m in enumerate(messages) if m["type"] == "http.response.start"), None)
    if at is None or messages[at]["status"] != 200:
        return messages
    before, start, rest = messages[:at], messages[at], messages[at + 1 :]
    body = b"".join(m.get("body", b"") for m in rest)
    headers = [(k, v) for k, v in start["headers"] if k.lower() != b"vary"]
    etag = next((v for k, v in headers if k.lower() == b"etag"), None)
    if etag is None:
        etag = b'"' + hashlib.sha256(body).hexdigest()[:24].encode() + b'"'
        headers.append((b"etag", etag))
    headers += [(b"cache-control", b"no-cache"), (b"vary", b"Accept")]
    if if_none_match is not None and etag in (t.strip() for t in if_none_match.split(b",")):
        kept = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        return [*before, {**start, "status": 304, "headers": kept}, {"type": "http.response.body"}]
    return [*before, {**start, "headers": headers}, *rest]


CACHED_PREFIXES = ("/claims", "/sources", "/clusters")


class ResponseCache:
    """Replay JSON answers to repeated GETs until the data changes.

    The key is the URL, the Accept and Authorization headers and the database's write
    generation (`app.db.GenerationReader`), so a committed write by any process or worker
    retires every entry at once. Browser requests (cookies, text/html) are never cached.
    """

    def __init__(self, app: ASGIApp, *, generation: Callable[[], int], size: int = 512) -> None:
        self.app = app
        self.generation = generation
        self.size = size
        self.entries: OrderedDict[tuple[object, ...], list[Message]] = OrderedDict()
        self.locks: dict[tuple[object, ...], asyncio.Lock] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer from the cache, or pass through and remember a 200."""
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        # One indexed one-row read, done inline: cheaper than a hop to the thread pool.
        key = (*key, self.generation())
        cached = self.entries.get(key)
        if cached is None:
            # One request computes a missing answer; the same ones arriving meanwhile wait.
            async with self.locks.setdefault(key, asyncio.Lock()):
                cached = self.entries.get(key) or await self._fill(key, scope, receive)
            self.locks.pop(key, None)
        else:
            self.entries.move_to_end(key)
        for message in cached:
            await send(message)

    async def _fill(self, key: tuple[object, ...], scope: Scope, receive: Receive) -> list[Message]:
        messages = await self._fetch(scope, receive)
        if any(m["type"] == "http.response.start" and m["status"] == 200 for m in messages):
            self.entries[key] = messages
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return messages

    def _key(self, scope: Scope) -> tuple[object, ...] | None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        if not scope["path"].startswith(CACHED_PREFIXES):
            return None
        headers = dict(scope["headers"])
        if b"cookie" in headers or b"text/html" in headers.get(b"accept", b""):
            return None
        names = (b"host", b"accept", b"authorization")
        return (scope["path"], scope["query_string"], *(headers.get(name) for name in names))

    async def _fetch(self, scope: Scope, receive: Receive) -> list[Message]:
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        return messages
