"""A real Firefox (Debian's firefox-esr) with the built extension, driven by Marionette.

How LinkedIn is served without any outside network:

- a local TLS server on a free loopback port serves the synthetic pages, with a
  self-signed certificate for www.linkedin.com made by ``openssl`` for this run;
- the Firefox pref ``network.dns.localDomains = www.linkedin.com`` resolves that name
  to the loopback address, so the tab shows ``https://www.linkedin.com:<port>/in/…``
  (the manifest's ``https://www.linkedin.com/*`` matches any port);
- the Marionette session's ``acceptInsecureCerts`` capability accepts the certificate.

The extension is ``scripts/build_firefox.py``'s output, installed as a temporary add-on
(``Addon:Install``, ``temporary: true``). Firefox must start with
``-remote-allow-system-access`` for Marionette's chrome context, which triggers the
toolbar button as a click does and reads the sidebar's state.
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import http.server
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_server_process import Server
from tests.test_server_process import free_port
from tests.test_server_process import start_server

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "e2e" / "pages"
FIREFOX = os.environ.get("FIREFOX") or shutil.which("firefox-esr") or shutil.which("firefox")

pytestmark = pytest.mark.e2e_firefox

# A quiet, offline profile: no updates, telemetry, safe browsing, captive-portal or
# remote-settings traffic; LinkedIn's name resolves to the loopback address.
PREFS: dict[str, Any] = {
    "network.dns.localDomains": "www.linkedin.com",
    "network.trr.mode": 5,  # no DNS over HTTPS
    "network.proxy.type": 0,
    "app.update.disabledForTesting": True,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.page": 0,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.newtabpage.enabled": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "browser.safebrowsing.downloads.enabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.enabled": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "extensions.update.enabled": False,
    "extensions.getAddons.cache.enabled": False,
    "services.settings.server": "http://127.0.0.1:9/",  # remote settings: nowhere
    "remote.prefs.recommended": True,
}


def wait_until(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll a condition until it returns something truthy (generous limits, no fixed sleep)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.1)


class Site:
    """Synthetic LinkedIn over TLS on loopback: URL paths mapped to files in pages/."""

    def __init__(self, certificate: Path, key: Path) -> None:
        self.pages: dict[str, bytes] = {}
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                body = site.pages.get(self.path.split("?")[0])
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *_args: Any) -> None:
                """Quiet: the test output is the report."""

        class Quiet(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                """A connection Firefox drops (speculative, or a handshake it abandons)."""

        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)
        # The handshake happens in the request's thread, so a failed one is closed there
        # (during accept() it would leave the socket unclosed).
        self.httpd.socket = context.wrap_socket(
            self.httpd.socket, server_side=True, do_handshake_on_connect=False
        )
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def serve(self, path: str, page: str) -> str:
        """Serve pages/<page> at https://www.linkedin.com:<port><path>; the full URL."""
        self.pages[path] = (PAGES / page).read_bytes()
        return f"https://www.linkedin.com:{self.port}{path}"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The TLS server with a certificate made for this run."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is missing: cannot make the test certificate")
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"),
            "-subj", "/CN=www.linkedin.com", "-addext", "subjectAltName=DNS:www.linkedin.com",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    served = Site(folder / "cert.pem", folder / "key.pem")
    try:
        yield served
    finally:
        served.httpd.shutdown()
        served.httpd.server_close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A real server process on a free loopback port with its own data directory."""
    running = start_server(tmp_path_factory.mktemp("firefox-server"))
    try:
        yield running
    finally:
        running.stop()


class Firefox:
    """A Marionette session on a Firefox with the temporary add-on installed."""

    def __init__(self, client: Any, addon_id: str) -> None:
        self.client = client
        self.addon_id = addon_id
        self.client.set_context("chrome")
        self.host = self.client.execute_script(
            "return WebExtensionPolicy.getByID(arguments[0]).mozExtensionHostname",
            script_args=[addon_id],
        )
        self.client.set_context("content")
        self.main = self.client.current_window_handle
        self.helper: str | None = None

    def page(self, path: str) -> str:
        """The URL of an extension page."""
        return f"moz-extension://{self.host}/{path}"

    def open_helper(self, path: str) -> None:
        """Show an extension page in a second window (the sidebar keeps following the
        first window's active tab); Marionette's commands then run there."""
        if self.helper is None:
            self.helper = self.client.open(type="window")["handle"]
        self.client.switch_to_window(self.helper, focus=False)
        self.client.navigate(self.page(path))

    def extension_js(self, script: str, *args: Any) -> Any:
        """Run an async script in the helper extension page's own scope (chrome.* there);
        it ends with ``done(value)``."""
        assert self.helper is not None, "open_helper first"
        self.client.switch_to_window(self.helper, focus=False)
        return self.client.execute_async_script(
            "const done = arguments[arguments.length - 1];\n" + script,
            script_args=list(args),
            sandbox=None,
            script_timeout=30000,
        )

    def chrome_js(self, script: str, *args: Any) -> Any:
        """Run a script in the browser's chrome (privileged) context."""
        self.client.set_context("chrome")
        try:
            return self.client.execute_script(script, script_args=list(args))
        finally:
            self.client.set_context("content")

    def settings(self, **values: Any) -> None:
        """Store extension settings, as the options page does."""
        self.open_helper("options.html")
        self.extension_js("chrome.storage.local.set(arguments[0]).then(() => done(true));", values)

    def open_tab(self, url: str) -> None:
        """Load a URL in the main window's tab."""
        self.client.switch_to_window(self.main)
        self.client.navigate(url)

    def click_action(self) -> None:
        """Click the toolbar button: the browser action's ``triggerAction``, the path a
        click and the keyboard shortcut take (user input, activeTab, onClicked)."""
        self.chrome_js(
            """
            const { ExtensionParent } = ChromeUtils.importESModule(
              "resource://gre/modules/ExtensionParent.sys.mjs");
            const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
            const win = Services.wm.getMostRecentWindow("navigator:browser");
            win.focus();
            ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(win);
            """,
            self.addon_id,
        )

    def sidebar_open(self) -> bool:
        """Whether the browser window's sidebar shows this extension's panel."""
        return bool(
            self.chrome_js(
                """const win = Services.wm.getMostRecentWindow("navigator:browser");
                return win.SidebarController.isOpen &&
                  (win.SidebarController.currentID || "").endsWith("-sidebar-action");"""
            )
        )

    def sidebar(self, expression: str) -> Any:
        """Evaluate ``expression`` (using ``doc``) in the real sidebar's document, or None
        while there is no sidebar (extension.getViews from an extension page)."""
        return self.extension_js(
            "const views = chrome.extension.getViews({ type: 'sidebar' });\n"
            "if (!views.length) { done(null); return; }\n"
            "const doc = views[0].document;\n"
            f"done({expression});"
        )

    def tab_id(self, url: str) -> int:
        """The extension's id of the tab showing a URL."""
        return int(
            self.extension_js(
                "chrome.tabs.query({}).then(ts => done(ts.find(t => t.url === arguments[0])"
                "?.id ?? -1));",
                url,
            )
        )

    def stored_state(self, tab_id: int) -> Any:
        """The state the background script stored for a tab (what the server answered)."""
        return self.extension_js(
            "const key = arguments[0];"
            "chrome.storage.session.get(key).then(r => done(r[key] ?? null));",
            f"audit:{tab_id}",
        )


def _listening(port: int, proc: subprocess.Popen[bytes]) -> bool:
    """Whether something accepts connections on the loopback port (Firefox must be alive)."""
    assert proc.poll() is None, "Firefox exited"
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def built_extension(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """scripts/build_firefox.py's output, built for this run."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_firefox  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return Path(build_firefox.build(tmp_path_factory.mktemp("ext") / "extension-firefox"))


@pytest.fixture
def firefox(tmp_path: Path, built_extension: Path, server: Server, site: Site) -> Iterator[Firefox]:
    """A fresh Firefox profile with the extension installed and paired with the server."""
    if FIREFOX is None:
        pytest.skip("firefox-esr is missing: apt-get install -y firefox-esr")
    marionette = pytest.importorskip("marionette_driver.marionette")
    addons = pytest.importorskip("marionette_driver.addons")
    port = free_port()
    profile = tmp_path / "firefox-profile"
    profile.mkdir()
    prefs = {**PREFS, "marionette.port": port}
    (profile / "user.js").write_text(
        "".join(f'user_pref("{k}", {json.dumps(v)});\n' for k, v in prefs.items())
    )
    log = (tmp_path / "firefox.log").open("wb")
    proc = subprocess.Popen(
        [
            FIREFOX, "--headless", "--marionette", "-remote-allow-system-access",
            "--no-remote", "--profile", str(profile), "about:blank",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so teardown ends its children
    )  # fmt: skip
    client = marionette.Marionette(host="127.0.0.1", port=port)
    try:
        # Wait for Marionette's port here: the driver's own wait leaks a socket per try.
        wait_until(lambda: _listening(port, proc), 120, "Firefox's Marionette port")
        client.start_session({"acceptInsecureCerts": True}, timeout=120)
        addon_id = addons.Addons(client).install(str(built_extension), temp=True)
        browser = Firefox(client, addon_id)
        browser.settings(port=server.port, token=server.token, autoScroll=True)
        yield browser
    finally:
        try:
            client.delete_session()
        except Exception:  # noqa: BLE001 (Firefox may already be gone)
            pass
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        log.close()
