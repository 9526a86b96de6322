"""The review desk: HTML pages over `store`, sharing their URLs with the JSON API.

A page route answers only requests that prefer text/html (a browser); everything else falls
through to the JSON route of the same URL in `api` (`?format=json` forces JSON). Forms are plain
POSTs answered with a redirect; `static/desk.js` sends the same forms and asks for JSON.

    negotiation.py  who gets a page: prefers_html, PageRoute, wants_json
    rendering.py    the Jinja templates, render(), refusals as pages (page_error)
    views.py        GET pages: desk, cluster, claim, claims list, source; the desk's JSON twin
    forms.py        POST actions: review, verify one and reject the others, split, merge,
                    source date, undo; stale forms refused whole
    signin.py       the sign-in form, sign out
    text.py         values in words, claims marked in a source, quotes in their context
    chart.py        the range chart of a cluster page

`app.main` mounts `pages` before the API, `router` after it, STATIC, and `page_error`.
"""

from fastapi import APIRouter

from app.web import forms, signin
from app.web.rendering import STATIC, page_error, templates
from app.web.views import pages, twins

router = APIRouter()
router.include_router(twins)
router.include_router(signin.router)
router.include_router(forms.router)

__all__ = ["STATIC", "page_error", "pages", "router", "templates"]
