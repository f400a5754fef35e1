"""Click -> report in the real extension: Debian's Chromium, a real server, LinkedIn served
from files. Not a test: run it by hand.

Measures, median over several runs:
- click -> report on real-height pages: the real logged-in profile pages of
  ../shared/linkedin-pages (2025 and 2026 layouts; read from there, never copied, never
  named in the output), served as linkedin.com. Their scripts are removed; on the 2026
  pages a small script plays LinkedIn's part and fills each empty lazy
  ``profileCards*`` container 300 ms after it comes into view (a network round trip);
- click -> report and click -> complete report (profile + two details pages) for the
  synthetic member of the e2e tests (tests/e2e/pages).

``--before REV`` measures the extension of a git revision as well (the figures before a
change), from ``git archive REV extension``.

    .venv/bin/python benchmarks/bench_extension.py [--runs 5] [--before REV]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.bench_audit import EXTENSION_SECTION as SECTION  # noqa: E402
from benchmarks.bench_audit import machine  # noqa: E402
from tests.e2e.conftest import CHROMIUM  # noqa: E402  (the repository root, added above)
from tests.e2e.conftest import Browser  # noqa: E402
from tests.e2e.conftest import Site  # noqa: E402
from tests.e2e.conftest import _serve_command  # noqa: E402
from tests.e2e.conftest import free_port  # noqa: E402
from tests.realpages import PAGES as REAL_PAGES  # noqa: E402

# The real logged-in profile pages (2025-2026 layouts); one per member.
REAL = (
    "brocc_in_rob-cheung_a_2025.html",
    "smarthire_in_parul-sharma_2025-05.html",
    "openoutreach_in_adivirsingh13_2026.html",
    "openoutreach_in_anshulgoel87_2026.html",
    "openoutreach_in_arlan-rakhmetzhanov_2026.html",
    "openoutreach_in_gloriacoding_2026.html",
    "openoutreach_in_katekallot_status_2026.html",
    "openoutreach_in_lorenzo-lodi-rizzini_2026.html",
)

# LinkedIn's part on a 2026 page: each empty lazy part fills 300 ms after it comes into view.
LAZY_2026 = """<script>
(function () {
  var all = document.querySelectorAll('div[componentkey^="profileCards"]');
  var parts = [...all].filter(function (p) {
    return !p.getAttribute('componentkey').startsWith('profileCardsAboveActivity') &&
      !p.parentElement.closest('div[componentkey^="profileCards"]') &&
      !p.querySelector('[data-sdui-component], section');
  });
  var seen = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (!e.isIntersecting) return;
      seen.unobserve(e.target);
      setTimeout(function () {
        var card = document.createElement('section');
        card.setAttribute('data-sdui-component', 'bench');
        card.style.height = '700px';
        e.target.append(card);
      }, 300);
    });
  });
  parts.forEach(function (p) { p.style.minHeight = '40px'; seen.observe(p); });
})();
</script>"""

# The capture's share of click -> report (builds that report captureMs).
CAPTURE_SHARE: list[float] = []

META = re.compile(r"<meta[^>]+http-equiv=[\"']?(?:refresh|content-security-policy)[^>]*>", re.I)
SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.S | re.I)


def served_real_page(name: str) -> str:
    """A real page without its scripts (and with LinkedIn's lazy part played on 2026 pages)."""
    html = SCRIPT.sub("", (REAL_PAGES / name).read_text(encoding="utf-8", errors="replace"))
    # A saved refresh or Content-Security-Policy would reload the page or block the script.
    html = META.sub("", html)
    if "profileCards" in html:
        end = "</body>" if "</body>" in html else None
        html = html.replace(end, LAZY_2026 + end) if end else html + LAZY_2026
    return html


@contextmanager
def server_process() -> Iterator[tuple[str, str]]:
    """A real `profile-audit serve` on a free port; (base URL, token)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        port = free_port()
        proc = subprocess.Popen(
            _serve_command(port, data), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if requests.get(f"{base}/api/health", timeout=1).ok:
                        break
                except requests.ConnectionError:
                    pass
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit("profile-audit serve did not start")
                time.sleep(0.1)
            yield base, (data / "token").read_text().strip()
        finally:
            proc.terminate()
            proc.wait(10)


def wait_state(browser: Browser, tab_id: int, done: str, timeout: float = 60) -> Any:
    """Poll the worker's stored state until the JavaScript test `done(state)` holds."""
    deadline = time.monotonic() + timeout
    test = f"key => chrome.storage.session.get(key).then(r => (s => ({done}))(r[key] ?? null))"
    while time.monotonic() < deadline:
        if browser.sw.evaluate(test, f"audit:{tab_id}"):
            return browser.stored_state(tab_id)
        browser.pump(10)
    raise SystemExit(f"timed out waiting for {done}")


def click_to_report(browser: Browser, url: str) -> float:
    """Load the page fresh, click the toolbar button; seconds until the report is stored."""
    page = browser.page
    page.goto(url)
    tab_id = browser.tab_id(page.url)
    browser.sw.evaluate("key => chrome.storage.session.remove(key)", f"audit:{tab_id}")
    started = time.perf_counter()
    browser.click_action(page)
    state = wait_state(browser, tab_id, "s && (s.kind === 'report' || s.kind === 'error')")
    elapsed = time.perf_counter() - started
    if state["kind"] != "report":
        raise SystemExit(f"the server refused a page: {state.get('code')}")
    if "captureMs" in state:
        CAPTURE_SHARE.append(state["captureMs"] / 1000 / elapsed)
    return elapsed


def complete_after_click(browser: Browser, url: str) -> tuple[float, float]:
    """Click, then "Complete the audit" at once: (click -> report, click -> complete) in s."""
    first = click_to_report(browser, url)
    started = time.perf_counter() - first
    tab_id = browser.tab_id(url)
    panel = browser.panel()
    panel.js("document.getElementById('complete-button').click()")
    wait_state(
        browser,
        tab_id,
        "s && s.kind === 'report' && s.completion && s.completion.status !== 'running'",
        timeout=120,
    )
    return first, time.perf_counter() - started


def add_details_pages(browser: Browser, base: str, paths: dict[str, str]) -> None:
    """Give the profile page's answer the member's details pages when the server does not
    list them yet (a server before the merge), so the visit can be measured."""

    def handle(route: Any) -> None:
        response = route.fetch()
        body = response.json()
        if (body.get("profile") or {}).get("kind") == "profile" and "details_pages" not in body:
            body["details_pages"] = [
                {"section": s, "path": p, "facts": [], "reason": ""} for s, p in paths.items()
            ]
        route.fulfill(response=response, json=body)

    browser.ctx.route(f"{base}/api/audit", handle)


def measure(extension: Path, runs: int, pw: Any, base: str, token: str) -> dict[str, list[float]]:
    """Every figure for one build of the extension; seconds per run."""
    figures: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as profile_dir:
        ctx = pw.chromium.launch_persistent_context(
            profile_dir,
            executable_path=CHROMIUM,
            headless=True,
            viewport={"width": 1280, "height": 720},
            args=[
                f"--disable-extensions-except={extension}",
                f"--load-extension={extension}",
                "--enable-unsafe-extension-debugging",
                "--no-first-run",
            ],
        )
        try:
            site = Site()
            ctx.route("https://www.linkedin.com/**", site.handle)
            ctx.route("https://*.licdn.com/**", lambda route: route.abort())
            browser = Browser(ctx, site)
            browser.settings(port=int(base.rsplit(":", 1)[1]), token=token, autoScroll=True)
            real = []
            for number, name in enumerate(REAL):
                if not (REAL_PAGES / name).exists():
                    continue
                path = f"/in/bench-member-{number}/"
                site.pages[path] = served_real_page(name)
                real.append("https://www.linkedin.com" + path)
            for url in real:
                times = [click_to_report(browser, url) for _ in range(runs)]
                figures.setdefault("real", []).append(statistics.median(times))
            # The synthetic member of the e2e tests: profile + two details pages.
            vanity = "marit-oosterhuis-4f7a9c21"
            profile = site.serve(f"/in/{vanity}/", "cards-2024-lazy.html")
            paths = {}
            for section in ("skills", "recommendations"):
                path = f"/in/{vanity}/details/{section}/"
                site.serve(path, f"cards-2024-details-{section}.html")
                paths[section] = path
            add_details_pages(browser, base, paths)
            has_complete = (extension / "lib" / "complete.js").exists()
            for _ in range(runs):
                if has_complete:
                    first, whole = complete_after_click(browser, profile)
                    figures.setdefault("complete", []).append(whole)
                else:
                    first = click_to_report(browser, profile)
                figures.setdefault("synthetic", []).append(first)
        finally:
            ctx.close()
    return figures


def extension_at(rev: str, into: Path) -> Path:
    """The extension folder of a git revision, unpacked into a directory."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "extension"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "extension"


def main() -> None:
    """Measure, print a markdown table and the raw figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", help="also measure the extension of this git revision")
    parser.add_argument(
        "--out", type=Path, help="write the section into this file (docs/benchmarks.md)"
    )
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    builds = {"now": ROOT / "extension"}
    with tempfile.TemporaryDirectory() as tmp, server_process() as (base, token):
        if args.before:
            builds = {args.before: extension_at(args.before, Path(tmp)), **builds}
        results = {}
        with sync_playwright() as pw:
            for label, folder in builds.items():
                results[label] = measure(folder, args.runs, pw, base, token)
    report = section(results, args.runs)
    print(report)
    if args.out:
        write_section(args.out, report)


def section(results: dict[str, dict[str, list[float]]], runs: int) -> str:
    """The Markdown section of docs/benchmarks.md: a table per build, the raw figures."""
    lines = [
        SECTION,
        "",
        f"Machine: {machine()}. Date: {time.strftime('%Y-%m-%d')}. Chromium headless,"
        " viewport 1280x720, the real server on loopback. Median of"
        f" {runs} runs per page (real pages: the median of the per-page medians).",
        "",
        "Real pages: the eight real logged-in profile pages (two 2025, six 2026 layouts), their"
        " scripts removed; on the 2026 ones each empty lazy part fills 300 ms after it comes"
        " into view, as LinkedIn's script does (the 2025 ones have nothing lazy left: their"
        " capture ends on 0.6 s without change). Synthetic: tests/e2e/pages/cards-2024-lazy.html"
        " and its two details pages (the skills list pages in on scroll); the complete report"
        " is the click on the toolbar button to the last report of the visit (the merged one"
        ' once the server merges), "Complete the audit" pressed at once (the server\'s answer'
        " given `details_pages` when it does not list them yet).",
        "",
        "| build | real pages (s) | slowest real page (s) | synthetic cards page (s) |"
        " click -> complete report, profile + 2 details pages (s) |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, figures in results.items():
        real = figures.get("real", [])
        complete = figures.get("complete")
        whole = f"{statistics.median(complete):.2f}" if complete else "—"
        lines.append(
            f"| {label} | {statistics.median(real):.2f} | {max(real):.2f} | "
            f"{statistics.median(figures['synthetic']):.2f} | {whole} |"
        )
    if CAPTURE_SHARE:
        share = statistics.median(CAPTURE_SHARE)
        lines += [
            "",
            f"The capture (scrolling included) is {share:.0%} of click -> report (median).",
        ]
    raw = {k: {n: [round(x, 2) for x in v] for n, v in f.items()} for k, f in results.items()}
    lines += ["", "Raw figures (s): `" + json.dumps(raw) + "`", ""]
    return "\n".join(lines)


def write_section(out: Path, text: str) -> None:
    """Put the section in docs/benchmarks.md: in place of an earlier one (up to the next
    "## " heading, so later sections stay), else at the end.

    >>> import tempfile
    >>> doc = Path(tempfile.mkdtemp()) / "b.md"
    >>> _ = doc.write_text(f"# B\\n\\n{SECTION}\\n\\nold\\n\\n## Later\\n\\nkept\\n")
    >>> write_section(doc, f"{SECTION}\\n\\nnew\\n")
    >>> print(doc.read_text())
    # B
    <BLANKLINE>
    ## Extension: click -> report
    <BLANKLINE>
    new
    <BLANKLINE>
    ## Later
    <BLANKLINE>
    kept
    <BLANKLINE>
    """
    old = out.read_text(encoding="utf-8") if out.exists() else "# Benchmarks\n"
    before, found, after = old.partition(SECTION)
    if not found:
        out.write_text(old.rstrip() + "\n\n" + text, encoding="utf-8")
        return
    _, heading, rest = after.partition("\n## ")
    later = heading.lstrip("\n") + rest if heading else ""
    out.write_text(before + text.rstrip("\n") + "\n\n" + later, encoding="utf-8")


if __name__ == "__main__":
    main()
