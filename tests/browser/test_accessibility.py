"""Every page checked for a screen-reader user in Debian's Chromium: axe-core's WCAG 2.1 A and
AA rules (labels, names, contrast, landmarks, headings) signed in and out, at desktop and phone
widths; and the keyboard's focus order, which follows the page and always shows where it is."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.test_review_flow import SIZES, sign_in

pytestmark = pytest.mark.browser

WCAG_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def page_paths(page: Any, server: str) -> dict[str, str]:
    """One page of each kind: desk, cluster, claim, filtered list, source, sign-in."""
    page.goto(server + "/")
    key = page.get_attribute("#queue tbody tr", "data-cluster-key")
    claims = page.request.get(f"{server}/claims?limit=1", headers={"Accept": "application/json"})
    claim = claims.json()["claims"][0]
    return {
        "desk": "/",
        "cluster": f"/clusters/{key}",
        "claim": f"/claims/{claim['id']}",
        "list": "/claims?status=provisional&kind=salary",
        "source": f"/sources/{claim['source']['id']}",
        "sign-in": "/login",
    }


def violations(page: Any) -> list[str]:
    """axe-core's WCAG A/AA violations on the page, one line each with the elements at fault."""
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page, options=WCAG_AA).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in found
    ]


@pytest.mark.parametrize("signed_in", [False, True], ids=["reader", "reviewer"])
@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_passes_axe_wcag_a_and_aa(
    server: str, browser: Any, size: str, signed_in: bool
) -> None:
    # Playwright's evaluate runs outside the page's Content-Security-Policy, as axe needs.
    page = browser.new_page(viewport=SIZES[size])
    if signed_in:
        sign_in(page, server, "ana")
    found = {}
    for name, path in page_paths(page, server).items():
        page.goto(server + path)
        found[name] = violations(page)
    assert found == {name: [] for name in found}


def test_tab_order_follows_the_page_and_focus_is_always_visible(server: str, browser: Any) -> None:
    page = browser.new_page(viewport=SIZES["desktop"])
    sign_in(page, server, "ana")
    path = page_paths(page, server)["cluster"]
    page.goto(server + path)
    assert (
        page.evaluate(
            'document.querySelectorAll(\'[tabindex]:not([tabindex="-1"]):not([tabindex="0"])\').length'
        )
        == 0
    )
    stops = []
    for _ in range(25):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUS_STATE))
    assert stops[0]["text"] == "Skip to content"
    assert [s["visible"] for s in stops] == [True] * len(stops), stops
    # each stop lies after the one before it in the document, until Tab wraps around
    order = [s["order"] for s in stops]
    assert order == sorted(order), stops
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(FOCUS_STATE)["order"] == order[-2]


# Where the focused element stands in document order, its text, and whether a focus ring shows
# (an outline or a box shadow of its own, since the UA default can be styled away).
FOCUS_STATE = """() => {
  const el = document.activeElement;
  const all = Array.from(document.querySelectorAll('*'));
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
    || style.boxShadow !== 'none';
  return {order: all.indexOf(el), text: (el.innerText || el.value || '').trim().slice(0, 40),
          tag: el.tagName, visible: ring && el.getClientRects().length > 0};
}"""
