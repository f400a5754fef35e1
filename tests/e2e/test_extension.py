"""The extension end to end: real toolbar click, real panel, real server, synthetic LinkedIn."""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import UTC
from datetime import date as Date
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest
import requests

from auditor.report_i18n import format_number
from tests.e2e.conftest import EXTENSION
from tests.e2e.conftest import EXTENSION_ID
from tests.e2e.conftest import PAGES
from tests.e2e.conftest import ROOT
from tests.e2e.conftest import Browser
from tests.e2e.conftest import Server
from tests.e2e.conftest import free_port

pytestmark = pytest.mark.e2e

CARDS = "/in/marit-oosterhuis-4f7a9c21/"
SDUI = "/in/tomasz-wierzba/"
PUBLIC = "/in/giulia-ferraresi-b3c5d7e9/"
SSI_PATH = "/sales/ssi/"
SSI_PAGES = ROOT / "tests" / "ssi"  # synthetic dashboards (see their README)
PILLARS = ("brand", "people", "insights", "relationships")

# What the panel shows of each criterion, read back from its DOM.
READ_CRITERIA = """[...document.querySelectorAll('.criterion')].map(li => ({
  id: li.dataset.id, status: li.dataset.status,
  title: li.querySelector('.criterion-title').textContent,
  points: li.querySelector('.points').textContent,
  measured: li.querySelector('.measured').textContent,
  advice: li.querySelector('.advice').textContent,
  source: li.querySelector('.source')?.textContent ?? ''}))"""


def fmt(points: float) -> str:
    """An estimate as the panel writes it in English: as the command's reports do (one
    decimal at most, halves up), so the panel and the CLI print the same number."""
    return format_number(points, "en")


def measured(points: float) -> str:
    """A number LinkedIn measured as the panel writes it in English (two decimals at most)."""
    return f"{points:.2f}".rstrip("0").rstrip(".")


def open_profile(browser: Browser, path: str, page_file: str, scroll_to: int = 0) -> Any:
    """Serve a synthetic page at a LinkedIn URL and open it in the browser's tab."""
    url = browser.site.serve(path, page_file)
    page = browser.page
    page.goto(url)
    if scroll_to:
        page.evaluate("y => window.scrollTo(0, y)", scroll_to)
    return page


def audit(browser: Browser, page: Any) -> Any:
    """Click the toolbar button and wait for the report in the real panel."""
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_state("report", timeout=30)
    return panel


def assert_shows_report(panel: Any, report: dict[str, Any]) -> None:
    """The panel shows the server's audit document, criterion by criterion."""
    assert panel.js("document.getElementById('score').textContent") == fmt(report["score"])
    assert panel.js("document.querySelector('.gauge').getAttribute('aria-label')") == (
        f"Score {fmt(report['score'])} out of {report['max_score']}"
    )
    name = panel.js("document.getElementById('profile-name').textContent")
    assert name == report["profile"]["name"]
    shown = panel.js(READ_CRITERIA)
    assert [c["id"] for c in shown] == [c["id"] for c in report["criteria"]]
    for seen, sent in zip(shown, report["criteria"], strict=True):
        assert seen["status"] == sent["status"]
        assert seen["title"] == sent["title"]
        assert seen["points"] == f"{fmt(sent['points'])} / {sent['max_points']} pts"
        if sent["status"] == "unknown":
            assert seen["measured"] == sent["measured"]
        else:
            assert seen["measured"] == f"{sent['measured']}: aim for {sent['threshold']}"
        assert seen["advice"] == sent["advice"]
        assert seen["source"] == f"Source: {sent['source']}"
    # One summary first: the thing to fix first, what could not be checked (and why);
    # the criteria collapsed below it.
    if report["next_steps"]:
        assert (
            panel.js("document.getElementById('fix-first').dataset.id")
            == report["next_steps"][0]["id"]
        )
    unchecked = [c for c in report["criteria"] if c["status"] == "unknown"]
    assert panel.js(
        "[...document.querySelectorAll('#not-checked li')]"
        ".map(li => [li.dataset.id, li.textContent])"
    ) == [[c["id"], f"{c['title']}: {c['measured']}"] for c in unchecked]
    assert panel.js("document.querySelectorAll('.criterion details[open]').length") == 0
    assert panel.js("document.querySelectorAll('h1').length") == 1
    steps = panel.js("[...document.querySelectorAll('.next-steps li')].map(li => li.dataset.id)")
    assert steps == [s["id"] for s in report["next_steps"][:3]]
    checks = panel.js("[...document.querySelectorAll('.checklist li')].map(li => li.className)")
    assert checks == [f"check-{c['status']}" for c in report["checklist"]]
    unknown = panel.js("document.getElementById('unknown-points').textContent")
    # The gauge's unchecked arc is as long as the unchecked points, never the whole ring
    # (a CSS dash pattern once overrode the SVG's own).
    arc = panel.js("""(c => c && [c.getAttribute('stroke-dasharray'),
        getComputedStyle(c).strokeDasharray])(document.querySelector('.gauge circle.unknown'))""")
    if report["unknown_points"] > 0:
        length = float(arc[0].split()[0])
        drawn = float(arc[1].replace(",", " ").split()[0].removesuffix("px"))
        assert abs(drawn - length) < 0.01, arc
    else:
        assert arc is None
    if report["unknown_points"] > 0:
        points = fmt(report["unknown_points"])
        noun = "point" if report["unknown_points"] == 1 else "points"
        assert unknown == f"{points} {noun} could not be checked on this page"
    else:
        assert unknown == "Every criterion could be checked."


def server_report(browser: Browser, server: Server, url: str) -> dict[str, Any]:
    """The report the worker received, checked against the server's own history record."""
    state = browser.stored_state(browser.tab_id(url))
    assert state["kind"] == "report"
    report = state["report"]
    history = server.get(f"/api/history?profile={report['profile']['vanity']}")
    assert history["audits"], "the server recorded no audit"
    last = history["audits"][-1]
    assert last["score"] == report["score"]
    assert last["points"] == {c["id"]: c["points"] for c in report["criteria"]}
    return report  # type: ignore[no-any-return]


def test_extension_id_is_pinned(browser: Browser) -> None:
    """The manifest key gives the id the server allows."""
    assert browser.extension_id == EXTENSION_ID


def test_cards_lazy_skills_appear_only_with_auto_scroll(browser: Browser, server: Server) -> None:
    """2022-2025 cards page: auto-scroll reveals Skills; the user is returned to where they were."""
    page = open_profile(browser, CARDS, "cards-2024-lazy.html", scroll_to=300)
    assert page.evaluate("document.getElementById('skills')") is None
    panel = audit(browser, page)
    report = server_report(browser, server, page.url)
    assert_shows_report(panel, report)
    skills = next(c for c in report["criteria"] if c["id"] == "skills")
    assert skills["status"] != "unknown" and skills["value"] == 23
    panel.js("document.querySelector('.criterion[data-id=skills] details').open = true")
    assert "You list 23 skills: aim for" in panel.text(".criterion[data-id=skills]")
    assert page.evaluate("window.scrollY") == 300
    assert report["profile"]["layout"].startswith("in-20")


def test_cards_lazy_skills_unknown_without_auto_scroll(browser: Browser, server: Server) -> None:
    """With auto-scroll off the page is not touched, and Skills says what to do."""
    browser.settings(autoScroll=False)
    page = open_profile(browser, CARDS, "cards-2024-lazy.html")
    panel = audit(browser, page)
    report = server_report(browser, server, page.url)
    assert_shows_report(panel, report)
    panel.js("document.querySelector('.criterion[data-id=skills] details').open = true")
    skills = panel.text(".criterion[data-id=skills]")
    assert "Not checked" in skills
    # The summary says what could not be checked, and why, before the criteria.
    assert panel.js(
        "[...document.querySelectorAll('#not-checked li')].map(li => li.dataset.id)"
    ) == [c["id"] for c in report["criteria"] if c["status"] == "unknown"]
    assert "skills" in panel.js(
        "[...document.querySelectorAll('#not-checked li')].map(li => li.dataset.id)"
    )
    assert "Skills did not load: scroll to the Skills section and audit again." in skills
    assert page.evaluate("window.scrollY") == 0
    assert page.evaluate("document.getElementById('skills')") is None


def test_sdui_2026_page_is_not_touched(browser: Browser, server: Server) -> None:
    """2026 SDUI page: the panel shows the report and nothing is added to LinkedIn's page."""
    page = open_profile(browser, SDUI, "sdui-2026.html")
    before = page.evaluate("document.documentElement.outerHTML")
    panel = audit(browser, page)
    report = server_report(browser, server, page.url)
    assert_shows_report(panel, report)
    assert report["profile"]["name"] == "Tomasz Wierzba"
    assert page.evaluate("document.documentElement.outerHTML") == before
    assert page.evaluate("window.scrollY") == 0


def test_public_2024_page(browser: Browser, server: Server) -> None:
    """Logged-out 2024 page: the report, with what guests cannot see counted as unknown."""
    page = open_profile(browser, PUBLIC, "public-2024.html")
    panel = audit(browser, page)
    report = server_report(browser, server, page.url)
    assert_shows_report(panel, report)
    assert report["profile"]["kind"] == "public_profile"
    assert report["unknown_points"] > 0


def test_trend_and_loading_on_audit_again(browser: Browser, server: Server, tmp_path: Path) -> None:
    """A second audit shows loading, then the trend of both audits from the history."""
    page = open_profile(browser, CARDS, "cards-2024-lazy.html")
    browser.settings(autoScroll=False)
    panel = audit(browser, page)
    assert panel.js("document.querySelector('.trend')") is None  # one audit: no trend yet
    first = server_report(browser, server, page.url)

    # Record every state the panel passes through, then audit again from the panel.
    browser.settings(autoScroll=True)
    panel.js("""window.seen = []; new MutationObserver(() => window.seen.push([
        document.body.dataset.state, document.getElementById('view').getAttribute('aria-busy'),
        document.querySelector('.phase')?.textContent ?? ''])).observe(
        document.getElementById('view'), {childList: true})""")
    panel.js(
        "(b => { b.focus(); b.click(); })([...document.querySelectorAll('button')]"
        ".find(b => b.textContent === 'Audit again'))"
    )
    panel.wait_for(
        "window.seen.some(s => s[0] === 'loading') && window.seen.at(-1)[0] === 'report'",
        timeout=30,
    )
    seen = panel.js("window.seen")
    loading = [s for s in seen if s[0] == "loading"]
    assert loading and all(s[1] == "true" for s in loading)
    assert "Reading the page, scrolling so LinkedIn loads every section…" in [s[2] for s in loading]
    assert seen[-1][0] == "report"

    second = server_report(browser, server, page.url)
    history = server.get(f"/api/history?profile={second['profile']['vanity']}")
    assert [a["score"] for a in history["audits"]] == [first["score"], second["score"]]
    assert second["score"] > first["score"]  # the scroll revealed Skills
    panel.wait_for("!!document.querySelector('.trend')")
    assert panel.js("document.querySelectorAll('.trend circle').length") == 2
    label = panel.js("document.querySelector('.trend svg').getAttribute('aria-label')")
    assert label == f"Scores of the last 2 audits: {fmt(first['score'])}, {fmt(second['score'])}"
    summary = panel.text("#trend-summary")
    scores = f"{fmt(first['score'])} → {fmt(second['score'])}"
    # Each audit could not check other points (Skills unseen, then seen): the rise comes
    # from what the first one missed, so no change is computed; those audits are hollow.
    missed = [a["unknown_points"] for a in history["audits"]]
    hollow = panel.js(
        "[...document.querySelectorAll('.trend circle')].map(c => "
        "c.classList.contains('unchecked') ? c.querySelector('title').textContent : null)"
    )
    assert hollow == [f"{fmt(m)} points could not be checked" if m else None for m in missed]
    assert missed[0] > missed[1] > 1
    assert summary == (
        f"{scores} (the last audit could not check {fmt(missed[1])} points: "
        "no change computed, as earlier audits checked other points)"
    )
    assert_shows_report(panel, second)
    # "Audit again" was pressed in the view: focus is on the new view's heading.
    assert panel.js("document.activeElement.id") == "profile-name"
    panel.assert_accessible()

    # The criteria open from the keyboard: Enter on a criterion's summary.
    panel.js("document.querySelector('.criterion summary').focus()")
    for kind in ("keyDown", "keyUp"):
        panel.call(
            "Input.dispatchKeyEvent",
            {
                "type": kind,
                "key": "Enter",
                "code": "Enter",
                "windowsVirtualKeyCode": 13,
                "text": "\r",
            },
        )
    panel.wait_for("document.querySelector('.criterion details').open")
    panel.assert_accessible()

    shot = tmp_path / "panel.png"
    panel.screenshot(shot)
    assert shot.stat().st_size > 10_000


def signed(gap: float) -> str:
    """A gap as the panel writes it in English: its sign, at most two decimals."""
    text = measured(abs(round(gap, 2)))
    return "0" if text == "0" else ("+" if gap > 0 else "-") + text


def day_en(iso: str) -> str:
    """A YYYY-MM-DD day as the panel writes it in English ("Nov 22, 2026")."""
    day = Date.fromisoformat(iso)
    return f"{day.strftime('%b')} {day.day}, {day.year}"


def read_dashboard(browser: Browser, page: Any) -> Any:
    """Click the toolbar button on the dashboard and wait for the reading in the panel."""
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_state("ssi", timeout=30)
    return panel


def seed_earlier_days(server: Server, vanity: str, days: list[tuple[int, float, float]]) -> None:
    """Put readings and audits on earlier days straight into the server's history, as if
    the dashboard had been read and the profile audited then (the server dates all it
    records "now", so a trend of several days cannot come from today's clicks alone)."""
    from server.config import HISTORY_FILE

    db = sqlite3.connect(server.data_dir / HISTORY_FILE)
    try:
        for back, measured, estimate in days:
            day = (datetime.now(UTC).date() - timedelta(days=back)).isoformat()  # server: UTC days
            db.execute(
                "INSERT INTO ssi_readings (taken_at, date, total, brand, people, insights,"
                " relationships, rank_industry, rank_network, industry, lang, layout)"
                " VALUES (?, ?, 50, ?, 11, 10, 15, 14, 10, NULL, 'en', '2025')",
                (f"{day}T08:00:00Z", day, measured),
            )
            db.execute(
                "INSERT INTO audits (at, vanity, name, url, score, max_score,"
                " unknown_points, points, facts)"
                " VALUES (?, ?, 'x', '', ?, 25, 0, '{}', '{}')",
                (f"{day}T09:00:00Z", vanity, estimate),
            )
        db.commit()
    finally:
        db.close()


def test_ssi_reading_history_and_panel(browser: Browser, server: Server, tmp_path: Path) -> None:
    """The reading -> history -> panel path: the dashboard's reading in the panel and the
    history, LinkedIn's brand pillar beside a profile's audit, then both series per day."""
    url = browser.site.serve(SSI_PATH, SSI_PAGES / "2025-en.html")
    page = browser.page
    page.goto(url)
    panel = read_dashboard(browser, page)

    # The panel shows the reading the server returned (and the server read the page right).
    state = browser.stored_state(browser.tab_id(page.url))
    assert state["kind"] == "ssi"
    reading = state["reading"]
    golden = json.loads((SSI_PAGES / "2025-en.json").read_text(encoding="utf-8"))["reading"]
    assert reading == golden
    assert panel.text("h1") == "Your Social Selling Index"
    assert panel.js("document.getElementById('ssi-total').textContent") == measured(
        reading["total"]
    )
    assert panel.js("document.querySelector('.gauge').getAttribute('aria-label')") == (
        f"SSI {measured(reading['total'])} / 100"
    )
    shown = panel.js("""[...document.querySelectorAll('.pillar')].map(li =>
        [li.dataset.id, li.querySelector('.pillar-value').textContent, li.className])""")
    assert [s[:2] for s in shown] == [
        [p, f"{measured(reading['pillars'][p])} / 25"] for p in PILLARS
    ]
    assert "pillar-brand" in shown[0][2]  # brand first, highlighted, tagged
    assert panel.text(".pillar-brand .tag") == "what the audit estimates"
    assert panel.text("#rank-industry") == f"Top {reading['ranks']['industry']}%"
    assert panel.text("#rank-network") == f"Top {reading['ranks']['network']}%"

    # The server's history holds the reading.
    history = server.get("/api/history")
    assert len(history["ssi"]) == 1
    kept = history["ssi"][0]
    assert kept["total"] == reading["total"] and kept["pillars"] == reading["pillars"]
    assert kept["ranks"] == reading["ranks"] and kept["layout"] == "2025"
    today = kept["date"]
    brand = reading["pillars"]["brand"]
    assert panel.text("#comparison-today") == (
        f"LinkedIn measured {measured(brand)} / 25. "
        "No audit that day: audit your profile to compare."
    )
    assert panel.js("document.querySelector('.two-series')") is None  # one day: no trend

    # Audit a profile: the audit view shows LinkedIn's measure beside its estimate.
    profile = open_profile(browser, SDUI, "sdui-2026.html")
    panel = audit(browser, profile)
    report = server_report(browser, server, profile.url)
    assert_shows_report(panel, report)
    panel.wait_for("!!document.getElementById('measured-note')")
    assert (
        panel.text("#measured-note")
        == f"LinkedIn measured {measured(brand)} / 25 on {day_en(today)}"
    )
    assert panel.text("#measured-gap") == (
        f"Gap to this estimate: {signed(brand - report['score'])} (LinkedIn minus estimate)"
    )
    profile_shot = tmp_path / "panel-measured.png"
    panel.screenshot(profile_shot)
    assert profile_shot.stat().st_size > 10_000

    # Two earlier days, then the dashboard again: both series per day, the gap, the trend.
    vanity = report["profile"]["vanity"]
    seed_earlier_days(server, vanity, [(2, 14.1, 11.5), (1, 15.0, 12.25)])
    page.goto(url)
    panel = read_dashboard(browser, page)
    assert len(server.get("/api/history")["ssi"]) == 4
    progress = server.get(f"/api/progress?profile={vanity}")
    last = progress["days"][-1]
    assert last["date"] == today and last["measured"] == brand
    assert last["estimate"] == report["score"]
    assert panel.text("#comparison-today") == (
        f"LinkedIn measured {measured(brand)} / 25, the audit estimated "
        f"{fmt(report['score'])} / 25: gap {signed(last['gap'])}"
    )
    rows = panel.js("""[...document.querySelectorAll('table.days tbody tr')].map(tr =>
        [tr.dataset.date, ...[...tr.cells].map(c => c.textContent)])""")
    assert rows == [
        [
            d["date"],
            day_en(d["date"]),
            measured(d["measured"]),
            fmt(d["estimate"]),
            signed(d["gap"]),
        ]
        for d in reversed(progress["days"])
    ]
    assert len(rows) == 3
    assert panel.js("document.querySelectorAll('.two-series circle.measured').length") == 3
    assert panel.js("document.querySelectorAll('.two-series circle.estimate').length") == 3
    label = panel.js("document.querySelector('.two-series svg').getAttribute('aria-label')")
    assert label == (
        "Brand pillar over the last 3 days. LinkedIn: 14.1, 15, "
        f"{measured(brand)}. Estimate: 11.5, 12.3, {fmt(report['score'])}."
    )

    panel.assert_accessible()
    shot = tmp_path / "panel-ssi.png"
    panel.screenshot(shot)
    assert shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_PANEL_SCREENSHOT"):
        shutil.copy(shot, ROOT / "docs" / "panel-ssi.png")


def test_ssi_not_a_dashboard_shows_the_server_message(browser: Browser, server: Server) -> None:
    """The dashboard's shell before it renders: the server's not_an_ssi_page message."""
    page = browser.page
    page.goto(browser.site.serve(SSI_PATH, SSI_PAGES / "2025-not-loaded.html"))
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_state("error", timeout=30)
    assert panel.text("h1") == "The server could not read this dashboard"
    assert panel.text(".muted") == "Error code: not_an_ssi_page"
    assert panel.text("#error-message")
    assert server.get("/api/history")["ssi"] == []


def test_not_a_profile_page(browser: Browser) -> None:
    """Anywhere but /in/<x>/: the panel says so and the server is not asked."""
    url = browser.site.serve("/feed/", "not-authwall.html")
    browser.page.goto(url)
    browser.click_action(browser.page)
    panel = browser.panel()
    panel.wait_state("not-profile")
    assert panel.text("h1") == "Not a LinkedIn profile page"
    assert "www.linkedin.com/in/" in panel.text()
    panel.assert_accessible()
    # The button opens the member's own profile in this tab (LinkedIn redirects /in/me/).
    mine = browser.site.serve("/in/me/", "sdui-2026.html")
    panel.js("document.getElementById('open-my-profile').click()")
    browser.page.wait_for_url(mine, timeout=30_000)
    assert browser.page.url == "https://www.linkedin.com/in/me/"


def test_server_not_running_shows_the_command(browser: Browser, server: Server) -> None:
    """Nothing listening on the port: the panel says what it tried and gives the exact
    command that starts the server; saving the right port in Settings audits at once."""
    port = free_port()
    browser.settings(port=port)
    page = open_profile(browser, SDUI, "sdui-2026.html")
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_state("server-down")
    assert panel.text("h1") == "The local server is not running"
    assert panel.js("document.getElementById('serve-command').textContent") == (
        f"profile-audit serve --port {port}"
    )
    assert panel.text("#server-tried") == f"Nothing answers at 127.0.0.1:{port}."
    assert panel.text("#open-settings") == "Settings"
    panel.assert_accessible()

    # The port saved in Settings applies at once: the panel tries again with it.
    browser.settings(port=server.port)
    panel.wait_state("report", timeout=30)


def test_not_paired_then_pair_in_the_panel(browser: Browser, server: Server) -> None:
    """No token: the panel asks for it; a wrong one is refused; the right one audits."""
    browser.settings(token="")
    page = open_profile(browser, SDUI, "sdui-2026.html")
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_state("not-paired")
    assert panel.js("document.querySelector('label[for=token]').textContent") == "Pairing token"
    assert panel.js("document.getElementById('token').type") == "password"

    submit = """token => { const input = document.getElementById('token'); input.value = token;
        document.querySelector('form.pair').requestSubmit(); }"""
    panel.js(f"({submit})({json.dumps('not-the-token')})")
    panel.wait_for("!!document.querySelector('.error-message[role=alert]')")
    assert "refused" in panel.text(".error-message")
    panel.assert_accessible()

    # Pairing from the form: the focus follows to the report's heading.
    panel.js("document.getElementById('token').focus()")
    panel.js(f"({submit})({json.dumps(server.token)})")
    panel.wait_state("report", timeout=30)
    assert_shows_report(panel, server_report(browser, server, page.url))
    panel.wait_for("document.activeElement.id === 'profile-name'")


def test_server_error_shows_its_message(browser: Browser, server: Server) -> None:
    """A page the server refuses (the sign-in wall at a profile URL): the panel's message
    for its code and reason, the server's own text kept for a bug report."""
    page = open_profile(browser, "/in/noor-elbaz-5e6f7a8b/", "not-authwall.html")
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_state("error", timeout=30)
    html = page.evaluate("document.documentElement.outerHTML")
    answer = requests.post(
        server.base + "/api/audit",
        headers=server.auth,
        timeout=30,
        json={"url": page.url, "html": html},
    )
    assert answer.status_code == 422
    refused = answer.json()
    # The panel's own plain words for the code and reason; the server's text in Details.
    catalogue = json.loads((EXTENSION / "_locales" / "en" / "messages.json").read_text("utf-8"))
    own = catalogue[f"error_not_a_profile_{refused['reason']}"]["message"]
    assert panel.text("#error-message") == own
    assert panel.text("#error-message") != refused["error"]
    detail = panel.js("document.getElementById('error-detail').textContent")
    assert refused["error"] in detail and "code: not_a_profile" in detail
    assert panel.text("h1") == "The server could not audit this page"
    panel.assert_accessible()


def test_options_page_and_keyboard_pairing(browser: Browser, server: Server) -> None:
    """The options page stores port, token, auto-scroll and auto-complete; the panel pairs
    by keyboard."""
    options = browser.ctx.new_page()
    options.goto(f"chrome-extension://{browser.extension_id}/options.html")
    options.get_by_label("Server port").fill("80a")
    options.get_by_role("button", name="Save").click()
    assert options.get_by_role("alert").inner_text() == "Enter a port number between 1 and 65535."
    options.get_by_label("Server port").fill(str(server.port))
    options.get_by_label("Pairing token").fill("")
    options.get_by_label("Scroll through the page before auditing").uncheck()
    assert not options.get_by_label("Complete the audit after every audit").is_checked()
    options.get_by_label("Complete the audit after every audit").check()
    options.get_by_role("button", name="Save").click()
    options.get_by_role("status").filter(has_text="Saved.").wait_for()
    stored = browser.sw.evaluate("chrome.storage.local.get(null)")
    assert stored == {"port": server.port, "token": "", "autoScroll": False, "completeAuto": True}
    browser.settings(completeAuto=False)
    options.close()

    # The panel page in a tab, driven with the keyboard only.
    page = open_profile(browser, SDUI, "sdui-2026.html")
    tab_id = browser.tab_id(page.url)
    panel = browser.ctx.new_page()
    panel.goto(f"chrome-extension://{browser.extension_id}/sidepanel.html?tabId={tab_id}")
    panel.get_by_role("button", name="Audit this profile").wait_for()
    panel.keyboard.press("Tab")  # Settings
    panel.keyboard.press("Tab")  # Audit this profile
    panel.keyboard.press("Enter")
    panel.get_by_label("Pairing token").wait_for()
    for _ in range(5):
        if panel.evaluate("document.activeElement.id") == "token":
            break
        panel.keyboard.press("Tab")
    assert panel.evaluate("document.activeElement.id") == "token"
    panel.keyboard.type(server.token)
    panel.keyboard.press("Enter")
    panel.locator("body[data-state=report]").wait_for(timeout=30_000)
    assert panel.locator("#profile-name").inner_text() == "Tomasz Wierzba"
    # Every control has a name a screen reader can say.
    unnamed = panel.evaluate("""[...document.querySelectorAll('button, input, a')]
        .filter(e => !(e.textContent.trim() || e.getAttribute('aria-label') || e.labels?.length))
        .map(e => e.outerHTML)""")
    assert unnamed == []
    assert browser.sw.evaluate("chrome.storage.local.get('token')")["token"] == server.token


def test_synthetic_pages_are_read_by_the_parsers() -> None:
    """Each page of the synthetic site is one the auditor reads as its layout era."""
    from auditor import audit as run_audit

    eras = {
        "cards-2024-lazy.html": "in-",
        "cards-2024-details-skills.html": "in-2024",
        "cards-2024-details-recommendations.html": "in-20",
        "sdui-2026.html": "in-2026",
        "public-2024.html": "public-2024",
    }
    for name, era in eras.items():
        html = (PAGES / name).read_text(encoding="utf-8")
        report = run_audit(html, url="https://www.linkedin.com/in/x/")
        assert report.profile.layout.startswith(era), (name, report.profile.layout)


# "Complete the audit": the member's profile and details pages. The 2026 pages (an invented
# member whose cards render on scroll, and its details pages) are used when present, else
# the 2024 cards page and its synthetic 2024 details pages.
SDUI_LAZY = "sdui-2026-lazy.html"
SDUI_VANITY = "mara-lindqvist-7c21b9e4"
CARDS_VANITY = "marit-oosterhuis-4f7a9c21"


def member_site(browser: Browser) -> tuple[str, str, dict[str, str]]:
    """Serve the member's profile and details pages; (profile URL, vanity, section -> path)."""
    if (PAGES / SDUI_LAZY).exists():
        vanity, profile, prefix = SDUI_VANITY, SDUI_LAZY, "sdui-2026-details-"
    else:
        vanity, profile, prefix = CARDS_VANITY, "cards-2024-lazy.html", "cards-2024-details-"
    paths = {}
    for section in ("skills", "recommendations", "experience"):
        page = PAGES / f"{prefix}{section}.html"
        if page.exists():
            paths[section] = browser.site.serve(f"/in/{vanity}/details/{section}/", page.name)
    url = browser.site.serve(f"/in/{vanity}/", profile)
    return url, vanity, paths


def visits(browser: Browser) -> list[str]:
    """The URLs the tab loads from now on (its main frame's navigations)."""
    seen: list[str] = []
    page = browser.page

    def navigated(frame: Any) -> None:
        if frame == page.main_frame:
            seen.append(frame.url)

    page.on("framenavigated", navigated)
    return seen


def click_complete(panel: Any) -> str:
    """Press "Complete the audit" in the panel; the button's label."""
    label = panel.wait_for("document.getElementById('complete-button')?.textContent")
    panel.js("document.getElementById('complete-button').click()")
    return str(label)


def test_complete_the_audit_merged(browser: Browser, server: Server) -> None:
    """Click, then "Complete the audit": the tab visits the details pages the server named
    and comes back; the panel shows the merged score with its sources; the history keeps one
    merged audit. Needs a server that merges pages (document.details_pages)."""
    url, vanity, paths = member_site(browser)
    page = browser.page
    page.goto(url)
    panel = audit(browser, page)
    first = browser.stored_state(browser.tab_id(page.url))["report"]
    if "details_pages" not in first:
        pytest.skip("the server does not list details pages yet (no merge)")
    wanted = [d["path"] for d in first["details_pages"]]
    assert wanted and set(wanted) <= {p.split("www.linkedin.com", 1)[1] for p in paths.values()}

    seen = visits(browser)
    label = click_complete(panel)
    assert label.startswith("Complete the audit: visit your ")
    panel.wait_for(
        "document.body.dataset.state === 'report' && !!document.getElementById('complete-outcome')",
        timeout=90,
    )
    assert [u.split("www.linkedin.com", 1)[1] for u in seen] == [*wanted, f"/in/{vanity}/"]
    assert page.url == url

    state = browser.stored_state(browser.tab_id(url))
    assert state["completion"]["status"] == "done" and state["completion"]["merged"] is True
    merged = state["report"]
    assert_shows_report(panel, merged)
    assert panel.text("#complete-outcome").startswith("Completed:")
    sources = panel.js("[...document.querySelectorAll('.sources li')].map(li => li.dataset.page)")
    assert sources[0] == "profile" and "skills" in sources
    assert "from your Skills page" in panel.text(".sources")
    kinds = {s["kind"] for s in merged["profile"]["sources"]}
    assert kinds >= {"profile", "details"}
    history = server.get(f"/api/history?profile={vanity}")
    assert len(history["audits"]) == 1
    assert history["audits"][0]["score"] == merged["score"]


def listing_details_pages(
    browser: Browser, server: Server, paths: dict[str, str]
) -> list[tuple[str, str]]:
    """Pass the extension's calls to the real server, adding `details_pages` to a profile
    page's answer when the server does not list them yet; (url, html) of every POST
    /api/audit, in order."""
    posted: list[tuple[str, str]] = []

    def handle(route: Any) -> None:
        # The page is the body (text/html), its address in the query (lib/request.js).
        assert route.request.headers["content-type"] == "text/html; charset=utf-8"
        [url] = parse_qs(urlsplit(route.request.url).query, keep_blank_values=True)["url"]
        posted.append((url, route.request.post_data or ""))
        response = route.fetch()
        body = response.json()
        profile = body.get("profile") or {}
        if profile.get("kind") == "profile" and "details_pages" not in body:
            body["details_pages"] = [
                {"section": s, "path": p.split("www.linkedin.com", 1)[1], "facts": [], "reason": ""}
                for s, p in paths.items()
            ]
        route.fulfill(response=response, json=body)

    browser.ctx.route(f"{server.base}/api/audit?*", handle)  # the address in the query
    return posted


# Every view of the panel from now on: its state, the visit's step statuses, the outcome.
RECORD_VIEWS = """window.seen = []; new MutationObserver(() => window.seen.push([
    document.body.dataset.state,
    [...document.querySelectorAll('#complete .step')].map(li => li.dataset.status).join(','),
    !!document.querySelector('#complete.running'),
    document.getElementById('complete-outcome')?.textContent ?? ''])).observe(
    document.getElementById('view'), {childList: true, subtree: true})"""


def test_complete_the_audit_visits_the_pages_and_comes_back(
    browser: Browser, server: Server
) -> None:
    """The visit itself, with any server: each details page is loaded in the same tab,
    scrolled until its list is complete (the skills list pages in on scroll), sent to the
    server, and the tab comes back to the profile; the panel shows each step as it goes."""
    from auditor import audit as run_audit

    url, vanity, paths = member_site(browser)
    posted = listing_details_pages(browser, server, paths)
    page = browser.page
    page.goto(url)
    panel = audit(browser, page)
    seen = visits(browser)
    panel.js(RECORD_VIEWS)
    label = click_complete(panel)
    assert "your Skills page" in label and "your Recommendations page" in label
    panel.wait_for(
        "document.body.dataset.state === 'report' && !!document.getElementById('complete-outcome')",
        timeout=90,
    )
    back = f"/in/{vanity}/"
    assert [u.split("www.linkedin.com", 1)[1] for u in seen] == [
        *(p.split("www.linkedin.com", 1)[1] for p in paths.values()),
        back,
    ]
    assert page.url == url
    assert [u for u, _ in posted] == [url, *paths.values()]

    # The panel showed the visit step by step, with Cancel, then how it ended.
    views = panel.js("window.seen")
    running = [v for v in views if v[2]]
    assert running and all(v[0] == "report" for v in running)
    steps = [v[1] for v in running]
    n = len(paths)
    assert ",".join(["active"] + ["pending"] * (n - 1)) in steps
    assert ",".join(["done"] * (n - 1) + ["active"]) in steps
    state = browser.stored_state(browser.tab_id(url))
    assert [s["status"] for s in state["completion"]["steps"]] == ["done"] * n
    assert state["completion"]["status"] == "done"
    if not state["completion"]["merged"]:
        assert "did not combine" in panel.text("#complete-outcome")

    # The skills page was captured with its whole list, paged in on scroll: every skill.
    html = dict(posted)[paths["skills"]]
    skills = run_audit(html, url=paths["skills"]).profile
    assert skills.kind.value == "details" and skills.vanity == vanity
    served = browser.site.pages[paths["skills"].split("www.linkedin.com", 1)[1]]
    assert run_audit(served, url=paths["skills"]).profile.skills_total is None  # paged
    assert skills.skills_total is not None and skills.skills_total > 8
    assert skills.skills_total == len(skills.skills or [])


def test_complete_the_audit_cancel(browser: Browser, server: Server) -> None:
    """Cancel during the visit: the tab comes back to the profile and the report stays."""
    url, vanity, paths = member_site(browser)
    listing_details_pages(browser, server, paths)
    # The first details page answers only after Cancel: the visit is caught on its way.
    first = next(iter(paths.values()))
    held: list[Any] = []
    browser.ctx.route(first, lambda route: held.append(route))
    page = browser.page
    page.goto(url)
    panel = audit(browser, page)
    score = panel.text("#score")
    click_complete(panel)
    panel.wait_for("!!document.querySelector('#complete.running #cancel')", timeout=30)
    deadline = 200
    while not held and deadline:
        browser.pump(50)
        deadline -= 1
    assert held, "the tab never asked for the first details page"
    panel.assert_accessible()
    panel.js("document.querySelector('#complete #cancel').click()")
    browser.ctx.unroute(first)
    held[0].fallback()
    panel.wait_for("document.getElementById('complete-outcome')?.textContent", timeout=90)
    assert panel.text("#complete-outcome").startswith("Stopped.")
    assert page.url == url
    assert panel.text("#score") == score
    state = browser.stored_state(browser.tab_id(url))
    assert state["completion"]["status"] == "cancelled"
    assert state["completion"]["steps"][-1]["status"] == "pending"


def test_server_stopped_during_the_audit(browser: Browser, server: Server) -> None:
    """The server goes away between the health check and the audit: a plain message in the
    user's language, not "Failed to fetch"."""
    browser.ctx.route(f"{server.base}/api/audit?*", lambda route: route.abort())
    page = open_profile(browser, SDUI, "sdui-2026.html")
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_state("error", timeout=30)
    assert panel.text("#error-message") == (
        "The local server stopped answering during the audit. "
        "Start it again (profile-audit serve), then try again."
    )
    assert "Failed to fetch" in panel.js("document.getElementById('error-detail').textContent")


def test_capture_progress_and_cancel(browser: Browser, server: Server) -> None:
    """While LinkedIn renders its lazy parts the panel shows which cards are in (a
    determinate bar: parts filled of all parts) and Cancel; Cancel stops the scroll, returns
    the page to where it was, and sends nothing to the server."""
    page = open_profile(browser, "/in/jonas-brekke-2d4f6a8c/", "lazy-parts-slow.html")
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_for("document.getElementById('loaded-sections')?.textContent", timeout=30)
    assert panel.state() == "loading"
    assert panel.text("#loaded-sections") == "Experience ✓ still loading…"
    bar = panel.js("(p => [p.value, p.max])(document.querySelector('progress'))")
    assert bar == [1, 3]
    panel.assert_accessible()
    panel.js("document.getElementById('cancel').click()")
    panel.wait_state("idle", timeout=30)
    assert panel.js("!!document.getElementById('cancel')") is False
    page.wait_for_function("window.scrollY === 0")
    assert server.get("/api/history?profile=jonas-brekke-2d4f6a8c")["audits"] == []


def test_complete_after_every_audit_option(browser: Browser, server: Server) -> None:
    """With "Complete the audit after every audit" set, one click audits, shows the first
    report, then visits the details pages on its own and comes back."""
    url, vanity, paths = member_site(browser)
    posted = listing_details_pages(browser, server, paths)
    browser.settings(completeAuto=True)
    page = browser.page
    page.goto(url)
    browser.click_action(page)
    panel = browser.panel()
    panel.wait_for("document.getElementById('complete-outcome')?.textContent", timeout=90)
    assert page.url == url
    assert [u for u, _ in posted] == [url, *paths.values()]
    state = browser.stored_state(browser.tab_id(url))
    assert state["completion"]["status"] == "done"


def test_keyboard_shortcut_is_the_toolbar_action(browser: Browser) -> None:
    """The manifest's shortcut is the toolbar button's own action (_execute_action), which
    Chrome registers with its suggested key; the worker answers that action (onClicked, the
    handler the e2e tests press through CDP) by opening the panel and auditing. Keyboard
    shortcuts do nothing headless, so the handler is checked through the worker."""
    manifest = json.loads((EXTENSION / "manifest.json").read_text("utf-8"))
    suggested = manifest["commands"]["_execute_action"]["suggested_key"]["default"]
    commands = browser.sw.evaluate("chrome.commands.getAll()")
    action = next(c for c in commands if c["name"] == "_execute_action")
    # Chrome leaves a suggested key unassigned when it clashes with one of its own (it did
    # with Alt+Shift+A and Ctrl+Shift+L): assigned means the member can use it.
    assert action["shortcut"] == suggested
    assert browser.sw.evaluate("chrome.action.onClicked.hasListeners()") is True
