"""End-to-end fixtures: a real server process, Debian's Chromium with the real extension.

Recipe: ../shared/notes/browser-testing.md. Never `playwright install`: the browser is
Debian's /usr/bin/chromium (or $CHROMIUM).
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import base64
import functools
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PAGES = Path(__file__).parent / "pages"
# NOTE: keep in sync with extension/manifest.json "key" and the server's allowed origin.
EXTENSION_ID = "ehdobihmlgfpdfopddaiinmdihijhnff"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

pytestmark = pytest.mark.e2e
# axe-core from npm, pinned, cached between runs like the type checker's tools.
AXE_CORE = "axe-core@4.11.1"


@functools.cache
def axe_source() -> str:
    """axe-core's script (npm install into ~/.cache/profile-auditor/axe on first use)."""
    caches = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    cache = caches / "profile-auditor" / "axe"
    script = cache / "node_modules" / "axe-core" / "axe.min.js"
    version = AXE_CORE.split("@")[1]
    installed = cache / "node_modules" / "axe-core" / "package.json"
    if not installed.exists() or json.loads(installed.read_text())["version"] != version:
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed: cannot get axe-core for the accessibility checks")
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(cache),
                "--no-audit",
                "--no-fund",
                "--no-save",
                AXE_CORE,
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    return script.read_text(encoding="utf-8")


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve_command(port: int, data_dir: Path) -> list[str]:
    """`profile-audit serve` from this venv (the console script, else `python -m auditor`)."""
    script = Path(sys.executable).with_name("profile-audit")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "auditor"]
    return [*head, "serve", "--port", str(port), "--data-dir", str(data_dir)]


class Server:
    """A running `profile-audit serve` process and how to talk to it."""

    def __init__(self, port: int, data_dir: Path, proc: subprocess.Popen[bytes]) -> None:
        self.port = port
        self.data_dir = data_dir
        self.proc = proc
        self.base = f"http://127.0.0.1:{port}"
        self.token = (data_dir / "token").read_text().strip()

    def get(self, path: str) -> Any:
        """GET an API path with the token; the JSON body."""
        response = requests.get(self.base + path, headers=self.auth, timeout=10)
        response.raise_for_status()
        return response.json()

    @property
    def auth(self) -> dict[str, str]:
        """The Authorization header."""
        return {"Authorization": f"Bearer {self.token}"}

    def clear_history(self) -> None:
        """Forget every audit, so each test sees only its own."""
        answer = requests.delete(self.base + "/api/history", headers=self.auth, timeout=10)
        answer.raise_for_status()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A real server process on a free loopback port with its own data directory."""
    data_dir = tmp_path_factory.mktemp("server-data")
    port = free_port()
    log = (data_dir.parent / "server.log").open("wb")
    proc = subprocess.Popen(_serve_command(port, data_dir), stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(f"http://127.0.0.1:{port}/api/health", timeout=1).ok:
                break
        except requests.ConnectionError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log.close()
            pytest.fail(
                "profile-audit serve did not start:\n"
                + (data_dir.parent / "server.log").read_text(errors="replace")
            )
        time.sleep(0.1)
    try:
        yield Server(port, data_dir, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


class Site:
    """Synthetic LinkedIn: paths of https://www.linkedin.com mapped to files in pages/."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}

    def serve(self, path: str, page: str | Path) -> str:
        """Serve pages/<page> (or the file at an absolute path) at
        https://www.linkedin.com<path>; the full URL."""
        self.pages[path] = (PAGES / page).read_text(encoding="utf-8")
        return "https://www.linkedin.com" + path

    def handle(self, route: Any) -> None:
        """Answer a request for www.linkedin.com from the map, else 404."""
        path = route.request.url.split("www.linkedin.com", 1)[1].split("?", 1)[0].split("#", 1)[0]
        body = self.pages.get(path)
        if body is None:
            route.fulfill(status=404, content_type="text/plain", body="not in the synthetic site")
        else:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)


class Panel:
    """The real side panel, a CDP target Playwright does not attach to (raw session)."""

    def __init__(self, browser: Browser, target_id: str) -> None:
        self.browser = browser
        self.cdp = browser.cdp
        self.replies: dict[int, Any] = {}
        self.next_id = 0
        self.cdp.on("Target.receivedMessageFromTarget", self._received)
        answer = self.cdp.send("Target.attachToTarget", {"targetId": target_id, "flatten": False})
        self.session = answer["sessionId"]

    def _received(self, event: dict[str, Any]) -> None:
        """Keep the answers of this panel's session."""
        if event.get("sessionId") != self.session:
            return
        message = json.loads(event["message"])
        if "id" in message:
            self.replies[message["id"]] = message

    def call(self, method: str, params: dict[str, Any] | None = None, timeout: float = 15) -> Any:
        """Send one CDP command to the panel and wait for its answer."""
        self.next_id += 1
        mid = self.next_id
        message = json.dumps({"id": mid, "method": method, "params": params or {}})
        self.cdp.send("Target.sendMessageToTarget", {"sessionId": self.session, "message": message})
        deadline = time.monotonic() + timeout
        while mid not in self.replies:
            if time.monotonic() > deadline:
                raise TimeoutError(f"panel did not answer {method}")
            self.browser.pump()
        reply = self.replies.pop(mid)
        if "error" in reply:
            raise RuntimeError(reply["error"])
        return reply["result"]

    def js(self, expression: str, timeout: float = 15) -> Any:
        """Evaluate JavaScript in the panel; the value (promises awaited)."""
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout=timeout,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20) -> Any:
        """Wait until the expression is truthy in the panel; its value."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.js(expression)
            except RuntimeError:
                value = None  # the panel document is still loading
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"panel never satisfied {expression!r}; "
                    f"it shows {self.state()!r}: {self.text()!r}"
                )
            self.browser.pump(50)

    def assert_accessible(self) -> None:
        """axe-core finds no violation in the panel as it is now (every rule axe runs by
        default: WCAG 2.x A and AA, best practices), in the light and the dark scheme."""
        if not self.js("typeof window.axe === 'object'"):
            self.js(axe_source() + "\n;true", timeout=60)
        found = {}
        for scheme in ("light", "dark"):
            self.call(
                "Emulation.setEmulatedMedia",
                {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
            )
            found[scheme] = self.js(
                """axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(
                    v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))""",
                timeout=60,
            )
        self.call("Emulation.setEmulatedMedia", {"features": []})
        assert found == {"light": [], "dark": []}, (self.state(), found)

    def wait_state(self, state: str, timeout: float = 20) -> None:
        """Wait until the panel shows a state (body[data-state])."""
        self.wait_for(f"document.body.dataset.state === {json.dumps(state)}", timeout)

    def state(self) -> str | None:
        """The state the panel shows."""
        return self.js("document.body?.dataset.state || null")  # type: ignore[no-any-return]

    def text(self, selector: str = "main") -> str:
        """The visible text of an element of the panel."""
        return self.js(f"document.querySelector({json.dumps(selector)})?.innerText ?? ''") or ""

    def screenshot(self, path: Path) -> None:
        """A PNG of the panel as the user sees it."""
        data = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        path.write_bytes(base64.b64decode(data["data"]))


class Browser:
    """Chromium with the unpacked extension, its worker, the synthetic site and CDP."""

    def __init__(self, ctx: Any, site: Site) -> None:
        self.ctx = ctx
        self.site = site
        workers = ctx.service_workers
        self.sw = workers[0] if workers else ctx.wait_for_event("serviceworker")
        self.extension_id = self.sw.url.split("/")[2]
        self.cdp = ctx.browser.new_browser_cdp_session() if ctx.browser else None
        self.page = ctx.pages[0] if ctx.pages else ctx.new_page()
        self._panel: Panel | None = None

    def pump(self, ms: int = 20) -> None:
        """Let Playwright process events (CDP answers arrive through it)."""
        self.page.wait_for_timeout(ms)

    def settings(self, **values: Any) -> None:
        """Store extension settings, as the options page does."""
        self.sw.evaluate("values => chrome.storage.local.set(values)", values)

    def stored_state(self, tab_id: int) -> Any:
        """The state the worker stored for a tab (what the server answered, for reports)."""
        return self.sw.evaluate(
            "key => chrome.storage.session.get(key).then(r => r[key] ?? null)", f"audit:{tab_id}"
        )

    def tab_id(self, url: str) -> int:
        """The extension's id of the tab showing a URL."""
        return int(
            self.sw.evaluate(
                "url => chrome.tabs.query({}).then(ts => ts.find(t => t.url === url)?.id ?? -1)",
                url,
            )
        )

    def click_action(self, page: Any) -> None:
        """Click the toolbar button for real (CDP Extensions.triggerAction on the tab target)."""
        targets = self.cdp.send("Target.getTargets", {"filter": [{"type": "tab"}]})["targetInfos"]
        tabs = [t for t in targets if t["url"] == page.url]
        assert tabs, f"no tab target for {page.url}"
        self.cdp.send(
            "Extensions.triggerAction", {"id": self.extension_id, "targetId": tabs[0]["targetId"]}
        )

    def panel(self, timeout: float = 15) -> Panel:
        """The open side panel (waits for it to appear after a click)."""
        if self._panel is not None:
            return self._panel
        prefix = f"chrome-extension://{self.extension_id}/sidepanel.html"
        deadline = time.monotonic() + timeout
        while True:
            targets = self.cdp.send("Target.getTargets")["targetInfos"]
            found = [t for t in targets if t["url"].startswith(prefix)]
            if found:
                self._panel = Panel(self, found[0]["targetId"])
                return self._panel
            if time.monotonic() > deadline:
                raise AssertionError("the side panel did not open")
            self.pump(50)


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Any]:
    """One Playwright driver for the session."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        yield pw


@pytest.fixture
def browser(playwright_instance: Any, server: Server, tmp_path: Path) -> Iterator[Browser]:
    """A fresh Chromium profile with the extension, paired with the server, history empty."""
    server.clear_history()
    ctx = playwright_instance.chromium.launch_persistent_context(
        str(tmp_path / "profile"),
        executable_path=CHROMIUM,
        headless=True,
        viewport={"width": 1280, "height": 720},
        args=[
            f"--disable-extensions-except={EXTENSION}",
            f"--load-extension={EXTENSION}",
            "--enable-unsafe-extension-debugging",
            "--no-first-run",
        ],
    )
    site = Site()
    # Only LinkedIn is routed: the worker's fetches to 127.0.0.1 must reach the real server
    # untouched. LinkedIn's image hosts are refused so nothing leaves the machine.
    ctx.route("https://www.linkedin.com/**", site.handle)
    ctx.route("https://*.licdn.com/**", lambda route: route.abort())
    try:
        b = Browser(ctx, site)
        b.settings(port=server.port, token=server.token, autoScroll=True)
        yield b
    finally:
        ctx.close()
