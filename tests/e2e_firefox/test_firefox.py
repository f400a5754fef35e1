"""The Firefox build end to end: toolbar click -> sidebar report, and the host-permission ask.

Real firefox-esr, the built extension as a temporary add-on, the real server, synthetic
LinkedIn over TLS on loopback (see conftest.py for how).
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

from typing import Any

import pytest

from tests.e2e_firefox.conftest import Firefox
from tests.e2e_firefox.conftest import Server
from tests.e2e_firefox.conftest import Site
from tests.e2e_firefox.conftest import wait_until

pytestmark = pytest.mark.e2e_firefox

CARDS = "/in/marit-oosterhuis-4f7a9c21/"
LINKEDIN = "https://www.linkedin.com/*"
# What the sidebar shows: its state, and each criterion's id and status.
READ_VIEW = """{state: doc.body.dataset.state,
  score: doc.getElementById('score')?.textContent ?? null,
  criteria: [...doc.querySelectorAll('.criterion')].map(li => [li.dataset.id, li.dataset.status]),
  notice: doc.getElementById('permissions').hidden ? null :
    doc.querySelector('#permissions .permissions')?.dataset.missing ?? null}"""


def _report(firefox: Firefox, server: Server, url: str) -> dict[str, Any]:
    """The report the background script stored, checked against the server's history."""
    state = wait_until(
        lambda: (s := firefox.stored_state(firefox.tab_id(url))) and s["kind"] != "loading" and s,
        90,
        "the audit to finish",
    )
    assert state["kind"] == "report", state
    report: dict[str, Any] = state["report"]
    history = server.get(f"/api/history?profile={report['profile']['vanity']}")
    assert history["audits"], "the server recorded no audit"
    assert history["audits"][-1]["score"] == report["score"]
    return report


def _shows(view: dict[str, Any], report: dict[str, Any]) -> None:
    """The sidebar shows the report: its score and every criterion's status."""
    assert view["state"] == "report"
    assert view["criteria"] == [[c["id"], c["status"]] for c in report["criteria"]]
    # The panel rounds the estimate for display (lib/format.js decides how many decimals).
    assert abs(float(view["score"].replace(",", ".")) - report["score"]) <= 0.05, view["score"]


def test_click_opens_the_sidebar_with_the_report(
    firefox: Firefox, server: Server, site: Site
) -> None:
    """Toolbar click on a profile: the sidebar opens and shows the server's audit."""
    url = site.serve(CARDS, "cards-2024-lazy.html")
    firefox.open_tab(url)
    firefox.click_action()
    wait_until(firefox.sidebar_open, 30, "the sidebar to open")
    firefox.open_helper("options.html")  # an extension page to read the sidebar from
    report = _report(firefox, server, url)
    assert report["profile"]["vanity"] == CARDS.split("/")[2]
    view = wait_until(
        lambda: (v := firefox.sidebar(READ_VIEW)) and v["state"] == "report" and v,
        30,
        "the sidebar to show the report",
    )
    _shows(view, report)
    assert view["notice"] is None  # the permissions are granted: no notice


def test_missing_host_permission_is_asked_for_with_a_button(
    firefox: Firefox, server: Server, site: Site
) -> None:
    """Withdrawn LinkedIn access: the sidebar says so; its button asks, then audits."""
    url = site.serve(CARDS, "cards-2024-lazy.html")
    firefox.open_tab(url)
    firefox.open_helper("options.html")
    removed = firefox.extension_js(
        "chrome.permissions.remove({origins: [arguments[0]]}).then(done);", LINKEDIN
    )
    assert removed is True
    firefox.client.switch_to_window(firefox.main)
    firefox.click_action()
    wait_until(firefox.sidebar_open, 30, "the sidebar to open")
    view = wait_until(
        lambda: (v := firefox.sidebar(READ_VIEW)) and v["notice"] and v,
        30,
        "the sidebar's permission notice",
    )
    assert view["notice"] == "www.linkedin.com"
    # The sidebar's button needs a real click (permissions.request wants user input):
    # the same panel page, pinned to the tab, in the helper window takes a WebDriver click.
    tab_id = firefox.tab_id(url)
    firefox.open_helper(f"sidepanel.html?tabId={tab_id}")
    wait_until(lambda: _click(firefox, "#permissions button"), 30, "a click on the button")
    _accept_permission_prompt(firefox)
    granted = wait_until(
        lambda: firefox.extension_js(
            "chrome.permissions.contains({origins: [arguments[0]]}).then(done);", LINKEDIN
        ),
        30,
        "the permission to be granted",
    )
    assert granted is True
    # Granting audits the tab; both the pinned page and the real sidebar show the report.
    report = _report(firefox, server, url)
    firefox.open_helper("options.html")
    view = wait_until(
        lambda: (v := firefox.sidebar(READ_VIEW)) and v["state"] == "report" and v,
        30,
        "the sidebar to show the report",
    )
    _shows(view, report)
    assert view["notice"] is None


def _click(firefox: Firefox, selector: str) -> bool:
    """A real WebDriver click on the element, if it is there and stays until clicked."""
    from marionette_driver.by import By
    from marionette_driver.errors import StaleElementException

    found = firefox.client.find_elements(By.CSS_SELECTOR, selector)
    if not found:
        return False
    try:
        found[0].click()
    except StaleElementException:  # re-rendered between finding and clicking: find again
        return False
    return True


def _accept_permission_prompt(firefox: Firefox) -> None:
    """Answer "Allow" to Firefox's permission prompt, as the member would.

    The prompt is a doorhanger of the window that asked; headless Firefox does not open
    the panel of an unfocused window, so its main action ("Allow") is run directly.
    """
    wait_until(
        lambda: firefox.chrome_js(
            """for (const win of Services.wm.getEnumerator("navigator:browser")) {
              const n = win.PopupNotifications.getNotification("addon-webext-permissions");
              if (!n) continue;
              n.mainAction.callback({ source: "button" });
              n.remove();
              return true;
            }
            return false;"""
        ),
        30,
        "Firefox's permission prompt",
    )
