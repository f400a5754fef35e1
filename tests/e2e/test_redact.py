"""'Save a redacted copy to report this page' end to end: real toolbar click, real panel,
real server, a real download; synthetic LinkedIn only."""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor import parse_profile
from tests.e2e.conftest import ROOT
from tests.e2e.conftest import Browser
from tests.e2e.conftest import Server
from tests.e2e.test_extension import audit
from tests.e2e.test_extension import open_profile

pytestmark = pytest.mark.e2e

# A synthetic page of a layout no reader knows (the generic reader reads it), and its facts.
UNKNOWN_LAYOUT = ROOT / "tests" / "profiles" / "unknown-2027-logged-in.html"
BUTTON = "Save a redacted copy to report this page"
FILE_NAME = "linkedin-page.redacted.html"
KEPT_PAGE = "key => chrome.storage.session.get(key).then(r => r[key] ?? null)"


def test_redacted_copy_offered_for_an_unknown_layout_only(browser: Browser, server: Server) -> None:
    """A page the audit reads well makes no offer and keeps nothing. The report of an
    unknown layout offers the copy; the button (pressed with the keyboard) saves the
    server's copy as a download: none of the member's name or vanity in it, read as the
    same kind and layout; the history is left as it was."""
    browser.settings(autoScroll=False)  # nothing lazy on these pages: keep the run short
    known = open_profile(browser, "/in/tomasz-wierzba/", "sdui-2026.html")
    panel = audit(browser, known)
    assert panel.js("document.getElementById('profile-name').textContent") == "Tomasz Wierzba"
    assert panel.js("document.getElementById('redact') === null")
    assert browser.sw.evaluate(KEPT_PAGE, f"page:{browser.tab_id(known.url)}") is None

    member = json.loads(UNKNOWN_LAYOUT.with_suffix(".json").read_text(encoding="utf-8"))["profile"]
    page = open_profile(browser, f"/in/{member['vanity']}/", str(UNKNOWN_LAYOUT))
    panel = audit(browser, page)
    # The real panel: the offer, what it replaces, that nothing is sent; accessible.
    assert panel.wait_for("document.getElementById('redact-button')?.textContent") == BUTTON
    tab_id = browser.tab_id(page.url)
    report = browser.stored_state(tab_id)["report"]
    assert report["profile"]["layout"] == "unknown"
    offer = panel.text("#redact")
    assert "replaces names, the letters of every text, the personal parts of links" in offer
    assert "Nothing is sent anywhere" in offer
    panel.assert_accessible()
    kept = browser.sw.evaluate(KEPT_PAGE, f"page:{tab_id}")
    assert kept["url"] == page.url and member["name"] in kept["html"]
    history = server.get("/api/history")

    # The panel page in a tab of its own, where Playwright sees the download.
    tab = browser.ctx.new_page()
    tab.goto(f"chrome-extension://{browser.extension_id}/sidepanel.html?tabId={tab_id}")
    button = tab.get_by_role("button", name=BUTTON)
    button.focus()
    with tab.expect_download() as info:
        tab.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename == FILE_NAME
    copy = Path(download.path()).read_text(encoding="utf-8")
    assert member["name"] not in copy and member["vanity"] not in copy
    for word in member["name"].replace("-", " ").split():
        assert word not in copy, word
    redacted = parse_profile(copy)
    assert redacted.layout == "unknown"
    assert redacted.kind.value == report["profile"]["kind"]
    status = tab.get_by_role("status").filter(has_text=FILE_NAME)
    assert status.inner_text() == f"Saved as {FILE_NAME} in your downloads."
    assert tab.evaluate("document.activeElement.id") == "redact-button"
    assert server.get("/api/history") == history  # nothing recorded

    # The tab closed: its kept page goes with it.
    page.close()
    for _ in range(50):
        if browser.sw.evaluate(KEPT_PAGE, f"page:{tab_id}") is None:
            break
        tab.wait_for_timeout(100)
    assert browser.sw.evaluate(KEPT_PAGE, f"page:{tab_id}") is None
