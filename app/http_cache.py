"""HTTP caching for the JSON API: an ETag on every GET, 304 for a matching If-None-Match."""

from __future__ import annotations

import hashlib

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
    start = messages[0]
    if start["type"] != "http.response.start" or start["status"] != 200:
        return messages
    body = b"".join(m.get("body", b"") for m in messages[1:])
    headers = [(k, v) for k, v in start["headers"] if k.lower() != b"vary"]
    etag = next((v for k, v in headers if k.lower() == b"etag"), None)
    if etag is None:
        etag = b'"' + hashlib.sha256(body).hexdigest()[:24].encode() + b'"'
        headers.append((b"etag", etag))
    headers += [(b"cache-control", b"no-cache"), (b"vary", b"Accept")]
    if if_none_match is not None and etag in (t.strip() for t in if_none_match.split(b",")):
        kept = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        return [{**start, "status": 304, "headers": kept}, {"type": "http.response.body"}]
    return [{**start, "headers": headers}, *messages[1:]]
