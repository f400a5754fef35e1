"""Regenerate the panel's screenshots in docs/ from synthetic pages of invented people.

docs/panel.png (light), docs/panel-dark.png (dark), docs/panel-nl.png (Dutch) show the
report of a profile audited twice (the trend); docs/panel-ssi.png the SSI view. Each comes
from a real `profile-audit serve` on a free loopback port, Debian's Chromium ($CHROMIUM or
/usr/bin/chromium) with the unpacked extension, the synthetic pages of tests/e2e/pages and
tests/ssi served as www.linkedin.com (nothing leaves the machine), and a real toolbar click.
The panel page is then opened pinned to the audited tab (`sidepanel.html?tabId=N`) in a tab
as wide as a side panel, with the colour scheme emulated, and captured whole.

Usage: .venv/bin/python scripts/screenshots.py [--out docs]
Look at the PNGs afterwards: a screenshot can be wrong while every test passes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.conftest import CHROMIUM  # noqa: E402
from tests.e2e.conftest import EXTENSION  # noqa: E402
from tests.e2e.conftest import Browser  # noqa: E402
from tests.e2e.conftest import Site  # noqa: E402
from tests.e2e.conftest import free_port  # noqa: E402

# Invented members (tests/e2e/pages, tests/ssi): no real person's page is ever shown.
PROFILE_PATH = "/in/marit-oosterhuis-4f7a9c21/"
PROFILE_PAGE = "cards-2024-lazy.html"
SSI_PATH = "/sales/ssi/"
SSI_PAGE = ROOT / "tests" / "ssi" / "2025-en.html"
PANEL_WIDTH = 400  # about Chrome's default side panel width, in CSS pixels

# name, colour scheme, UI language, what is shown
SHOTS = [
    ("panel.png", "light", "en", "report"),
    ("panel-dark.png", "dark", "en", "report"),
    ("panel-nl.png", "light", "nl", "report"),
    ("panel-ssi.png", "light", "en", "ssi"),
]


@contextmanager
def running_server(data_dir: Path) -> Iterator[tuple[int, str]]:
    """`profile-audit serve` on a free port: its port and pairing token."""
    port = free_port()
    script = Path(sys.executable).with_name("profile-audit")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "auditor"]
    command = [*head, "serve", "--port", str(port), "--data-dir", str(data_dir)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/api/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("profile-audit serve did not start")
            time.sleep(0.1)
        yield port, (data_dir / "token").read_text().strip()
    finally:
        proc.terminate()
        proc.wait(10)


def in_language(route: Any, lang: str) -> None:
    """Send an audit request on with `lang` as the language it asks for."""
    body = route.request.post_data_json
    if isinstance(body, dict):
        route.continue_(post_data=json.dumps({**body, "lang": lang}))
    else:
        route.continue_()


def stored(browser: Browser, tab_id: int) -> Any:
    """The state the worker stored for a tab, or None."""
    return browser.stored_state(tab_id)


def wait_stored(browser: Browser, tab_id: int, kind: str, after: float) -> None:
    """Wait (generously) until the worker stored a state of this kind, newer than `after`."""
    deadline = time.monotonic() + 90
    while True:
        state = stored(browser, tab_id)
        if state and state.get("kind") == kind and state.get("at", 0) > after:
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"the tab never reached {kind}: {state!r}")
        browser.pump(100)


def click_and_wait(browser: Browser, page: Any, kind: str) -> int:
    """Press the toolbar button on the page; the tab's id once the worker stored `kind`."""
    tab_id = browser.tab_id(page.url)
    started = time.time() * 1000
    browser.click_action(page)
    wait_stored(browser, tab_id, kind, started)
    return tab_id


def shoot(pw: Any, out: Path, name: str, scheme: str, lang: str, kind: str) -> Path:
    """One screenshot in a fresh browser profile and a fresh server history."""
    with (
        tempfile.TemporaryDirectory(prefix="panel-shot-") as tmp,
        running_server(Path(tmp) / "data") as (port, token),
    ):
        ctx = pw.chromium.launch_persistent_context(
            str(Path(tmp) / "profile"),
            executable_path=CHROMIUM,
            headless=True,
            locale=lang,
            color_scheme=scheme,
            viewport={"width": 1280, "height": 800},
            env={**os.environ, "LANGUAGE": lang, "LANG": f"{lang}.UTF-8"},
            args=[
                f"--disable-extensions-except={EXTENSION}",
                f"--load-extension={EXTENSION}",
                "--enable-unsafe-extension-debugging",
                "--no-first-run",
                f"--lang={lang}",
            ],
        )
        try:
            site = Site()
            ctx.route("https://www.linkedin.com/**", site.handle)
            ctx.route("https://*.licdn.com/**", lambda route: route.abort())
            # Headless Chromium tells the worker its UI language is en-US
            # (chrome.i18n.getUILanguage) whatever --lang says, while the messages follow
            # LANGUAGE: the audit asks for the shot's language, as Chrome in it would.
            ctx.route(f"http://127.0.0.1:{port}/api/audit", lambda route: in_language(route, lang))
            browser = Browser(ctx, site)
            browser.settings(port=port, token=token, autoScroll=False)
            page = browser.page
            page.goto(site.serve(PROFILE_PATH, PROFILE_PAGE))
            # Twice, the second time scrolled (Skills load): a trend of two audits.
            tab_id = click_and_wait(browser, page, "report")
            browser.settings(autoScroll=True)
            tab_id = click_and_wait(browser, page, "report")
            if kind == "ssi":
                page.goto(site.serve(SSI_PATH, SSI_PAGE))
                tab_id = click_and_wait(browser, page, "ssi")
            view = ctx.new_page()
            view.set_viewport_size({"width": PANEL_WIDTH, "height": 800})
            view.emulate_media(color_scheme=scheme)
            view.goto(f"chrome-extension://{browser.extension_id}/sidepanel.html?tabId={tab_id}")
            view.wait_for_function(
                f"document.body.dataset.state === '{kind}'", timeout=60_000, polling=100
            )
            view.evaluate("document.fonts.ready")
            target = out / name
            view.screenshot(path=str(target), full_page=True)
            return target
        finally:
            ctx.close()


def main(argv: list[str] | None = None) -> int:
    """Write every screenshot; print where."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (default docs)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        for name, scheme, lang, kind in SHOTS:
            print(shoot(pw, args.out, name, scheme, lang, kind))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
