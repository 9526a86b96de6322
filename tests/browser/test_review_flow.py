"""The desk in Debian's Chromium through Playwright: sign in, review a conflict with the keyboard
only, see it persist, meet a stale form, open a hostile document, and take screenshots."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}

pytestmark = pytest.mark.browser

# The `server` (on SQLite and on PostgreSQL) and `browser` fixtures are in conftest.py.


def sign_in(page: Any, base: str, name: str) -> None:
    page.goto(f"{base}/login?next=/")
    page.fill("#name", name)
    page.fill("#password", f"{name}-password")
    page.press("#password", "Enter")
    page.wait_for_url(f"{base}/")
    assert page.get_attribute("#who", "data-user") == name


def card_status(page: Any, claim_id: str) -> str:
    return str(page.get_attribute(f"#claim-{claim_id} .status", "data-status"))


def test_an_editor_reviews_a_conflict_with_the_keyboard_only(server: str, browser: Any) -> None:
    page = browser.new_page(viewport=SIZES["desktop"])
    sign_in(page, server, "ana")
    first = page.locator("#queue tbody tr").first
    assert "is-conflict" in (first.get_attribute("class") or "")
    page.goto(server + "/clusters/" + str(first.get_attribute("data-cluster-key")))
    ids = page.eval_on_selector_all(
        ".cards [data-claim-id]", "els => els.map(e => e.dataset.claimId)"
    )
    assert len(ids) >= 2
    page.keyboard.press("j")
    page.keyboard.press("v")
    page.wait_for_selector(f"#claim-{ids[0]} .status[data-status=verified]")
    page.keyboard.press("r")
    page.keyboard.type("outside the consensus band")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#claim-{ids[1]} .status[data-status=rejected]")
    page.keyboard.press("u")
    page.wait_for_selector(f"#claim-{ids[1]} .status[data-status=provisional]")
    page.keyboard.press("k")
    page.keyboard.press("k")
    page.keyboard.press("j")
    page.keyboard.press("r")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#claim-{ids[1]} .status[data-status=rejected]")

    page.reload()
    assert (card_status(page, ids[0]), card_status(page, ids[1])) == ("verified", "rejected")
    assert "set by ana" in page.inner_text(f"#claim-{ids[1]} [data-setter]")
    page.goto(f"{server}/claims/{ids[1]}")
    actions = page.eval_on_selector_all(
        "#history tbody tr", "rows => rows.map(r => r.dataset.action + ':' + r.dataset.actor)"
    )
    assert actions == ["created:ingest"] + ["status_changed:ana"] * 3
    assert "outside the consensus band" in page.inner_text("#history")

    page.go_back()
    before = page.url
    page.keyboard.press("?")
    assert page.is_visible("#keys")
    page.keyboard.press("Escape")
    page.keyboard.press("n")
    page.wait_for_url(lambda url: url != before)
    assert "/clusters/" in page.url


def test_a_stale_form_names_the_editor_who_changed_the_claim(server: str, browser: Any) -> None:
    ana = browser.new_context().new_page()
    bo = browser.new_context().new_page()
    sign_in(ana, server, "ana")
    sign_in(bo, server, "bo")
    bo.goto(f"{server}/claims/1")
    ana.goto(f"{server}/claims/1")
    ana.keyboard.press("v")
    ana.wait_for_selector("main .status[data-status=verified]")
    bo.click("button[value=rejected]")
    bo.wait_for_selector("#stale-message")
    message = bo.inner_text("#stale-message")
    assert "ana changed claim 1 meanwhile" in message
    assert bo.get_attribute("main .status", "data-status") == "verified"
    bo.reload()
    assert bo.get_attribute("main .status", "data-status") == "verified"


def test_a_hostile_document_is_inert(server: str, browser: Any) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/sources/{_source_id(page, server, 'hostile.txt')}")
    text = page.inner_text("#source-text")
    assert "<script>alert('owned')</script>" in text
    assert '<img src=x onerror="alert(2)">' in text
    assert (
        page.eval_on_selector_all("#source-text script, #source-text img", "els => els.length") == 0
    )
    page.wait_for_timeout(200)
    assert dialogs == []


def _source_id(page: Any, server: str, file: str) -> int:
    response = page.request.get(f"{server}/sources", headers={"Accept": "application/json"})
    return int(next(s["id"] for s in response.json() if s["file"] == file))


def test_screenshots_of_desk_cluster_and_source(server: str, browser: Any, tmp_path: Path) -> None:
    folder = Path(os.environ.get("DESK_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    taken = []
    for size, viewport in SIZES.items():
        page = browser.new_page(viewport=viewport)
        sign_in(page, server, "ana")
        key = page.get_attribute("#queue tbody tr", "data-cluster-key")
        for name, path in (
            ("desk", "/"),
            ("cluster", f"/clusters/{key}"),
            ("source", "/sources/3"),
        ):
            page.goto(server + path)
            assert page.locator("h1").first.is_visible()
            shot = folder / f"{name}-{size}.png"
            page.screenshot(path=str(shot), full_page=True)
            taken.append(shot)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= viewport["width"] + 1, f"{name}-{size} scrolls sideways ({width}px)"
        page.close()
    assert [s.name for s in taken] == [
        f"{n}-{s}.png" for s in SIZES for n in ("desk", "cluster", "source")
    ]
    assert all(shot.stat().st_size > 10_000 for shot in taken)
