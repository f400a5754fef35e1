"""A real ``profile-audit serve`` process on a free loopback port, driven over HTTP.

Status codes, hostile requests (nothing stored, nothing logged), a load run of 8
clients x 50 audits, a restart, and a ``kill -9`` in the middle of a load.
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from server import config
from tests.synthetic import not_a_profile_page
from tests.synthetic import profile_page

PROFILE_AUDIT = str(Path(sys.executable).parent / "profile-audit")
MARKER = "MARKER-proc-5d1e0b-must-never-be-stored"
LOAD_CLIENTS = 8
LOAD_AUDITS = 50
LOAD_PAGE_BYTES = 1_500_000


@dataclass
class Server:
    """A running server process and where its files and logs are."""

    proc: subprocess.Popen[bytes]
    port: int
    data_dir: Path
    tmp_dir: Path  # the process's TMPDIR: it must stay free of page content
    log: Path  # stdout and stderr of the process

    @property
    def base(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def token(self) -> str:
        """The token the server created in its data directory."""
        return (self.data_dir / "token").read_text().strip()

    def auth(self) -> dict[str, str]:
        """The Authorization header."""
        return {"Authorization": f"Bearer {self.token}"}

    def stop(self, sig: int = signal.SIGINT) -> int:
        """Stop the process with a signal (Ctrl-C by default); return its exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(timeout=30)

    def get(self, path: str) -> Any:
        """GET an API path with the token; the JSON body (a 2xx required)."""
        response = requests.get(self.base + path, headers=self.auth(), timeout=30)
        response.raise_for_status()
        return response.json()

    def history(self) -> list[dict[str, object]]:
        """Every audit in the history, through the API."""
        response = requests.get(f"{self.base}/api/history", headers=self.auth(), timeout=30)
        response.raise_for_status()
        audits: list[dict[str, object]] = response.json()["audits"]
        return audits


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(root: Path, data_dir: Path | None = None, name: str = "server") -> Server:
    """Start ``profile-audit serve --port <free> --data-dir <dir>`` and wait until it answers."""
    data_dir = data_dir or root / "data"
    tmp_dir = root / f"{name}-tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    log = root / f"{name}.log"
    env = {**os.environ, "TMPDIR": str(tmp_dir), "PYTHONUNBUFFERED": "1"}
    env.pop(config.PORT_ENV, None)
    for _attempt in range(3):  # a free port may be taken between the check and the bind
        port = free_port()
        with log.open("ab") as out:
            proc = subprocess.Popen(
                [PROFILE_AUDIT, "serve", "--port", str(port), "--data-dir", str(data_dir)],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
            )
        server = Server(proc, port, data_dir, tmp_dir, log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if requests.get(f"{server.base}/api/health", timeout=2).status_code == 200:
                    return server
            except requests.ConnectionError:
                time.sleep(0.1)
        server.stop(signal.SIGKILL)
    raise RuntimeError(f"the server did not start: {log.read_text()}")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    """One server for the status-code and hostile-request tests."""
    running = start_server(tmp_path_factory.mktemp("server"))
    yield running
    running.stop()


def leaks(server: Server, marker: str) -> list[str]:
    """Every file in the data dir, the TMPDIR and the log that contains the marker."""
    found = []
    for folder in (server.data_dir, server.tmp_dir):
        for path in folder.rglob("*"):
            if path.is_file() and marker.encode() in path.read_bytes():
                found.append(str(path))
    if marker.encode() in server.log.read_bytes():
        found.append(str(server.log))
    return found


# --- start, address, status codes ----------------------------------------------------


def test_start_prints_address_token_and_how_to_load_the_extension(server):
    """The start banner: address, token, the extension's loading steps."""
    banner = server.log.read_text()
    assert f"http://127.0.0.1:{server.port}" in banner
    assert server.token in banner
    assert "Load unpacked" in banner and "extension" in banner


def test_binds_loopback_only(server):
    """The listening socket is 127.0.0.1 only: not 0.0.0.0, not IPv6, not 127.0.0.2."""
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port = local.split(":")
            if int(port, 16) == server.port and state == "0A":  # 0A: LISTEN
                listening.append((table, address))
    assert listening == [("/proc/net/tcp", "0100007F")]  # 127.0.0.1, little-endian hex
    with pytest.raises(OSError), socket.create_connection(("127.0.0.2", server.port), timeout=2):
        pass


def test_token_file_is_owner_only(server):
    """The token file is 0600 in a private data directory."""
    assert (server.data_dir / "token").stat().st_mode & 0o777 == 0o600
    assert server.data_dir.stat().st_mode & 0o077 == 0


def test_health(server):
    """GET /api/health answers without a token and shows no secret."""
    response = requests.get(f"{server.base}/api/health", timeout=10)
    assert response.status_code == 200
    assert response.json()["name"] == "profile-auditor" and response.json()["status"] == "ok"
    assert server.token not in response.text
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_audit_200_is_recorded(server):
    """A readable page: 200, the audit document with a score, one more history row."""
    before = len(server.history())
    response = requests.post(
        f"{server.base}/api/audit",
        headers=server.auth(),
        timeout=60,
        json={
            "url": "https://www.linkedin.com/in/ada-example-synthetic/",
            "html": profile_page(size=200_000),
        },
    )
    assert response.status_code == 200, response.text
    assert response.json()["max_score"] == 25 and response.json()["score"] > 0
    assert response.headers["Cache-Control"] == "no-store"
    assert len(server.history()) == before + 1


def test_cors_for_the_extension_origin(server):
    """The extension's preflight and request get CORS headers naming its origin."""
    origin = config.CHROME_EXTENSION_ORIGIN
    pre = requests.options(
        f"{server.base}/api/audit",
        timeout=10,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    assert pre.status_code == 204
    assert pre.headers["Access-Control-Allow-Origin"] == origin
    response = requests.get(
        f"{server.base}/api/history", timeout=10, headers={"Origin": origin, **server.auth()}
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == origin


# (name, method, path, extra headers, body kind, status, code). Bodies carry the marker.
HOSTILE = [
    (
        "rebinding Host",
        "POST",
        "/api/audit",
        {"Host": "evil.example:{port}"},
        "page",
        403,
        "forbidden",
    ),
    (
        "rebinding Host, health",
        "GET",
        "/api/health",
        {"Host": "attacker.test"},
        None,
        403,
        "forbidden",
    ),
    (
        "web Origin",
        "POST",
        "/api/audit",
        {"Origin": "https://evil.example"},
        "page",
        403,
        "forbidden",
    ),
    (
        "web Origin preflight",
        "OPTIONS",
        "/api/audit",
        {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        None,
        403,
        "forbidden",
    ),
    (
        "web Origin reads history",
        "GET",
        "/api/history",
        {"Origin": "https://evil.example"},
        None,
        403,
        "forbidden",
    ),
    ("no token", "POST", "/api/audit", {"Authorization": None}, "page", 401, "unauthorized"),
    (
        "wrong token",
        "POST",
        "/api/audit",
        {"Authorization": "Bearer wrong"},
        "page",
        401,
        "unauthorized",
    ),
    (
        "no token, delete",
        "DELETE",
        "/api/history",
        {"Authorization": None},
        None,
        401,
        "unauthorized",
    ),
    ("oversize body", "POST", "/api/audit", {}, "oversize", 413, "too_large"),
    (
        "text/plain body",
        "POST",
        "/api/audit",
        {"Content-Type": "text/plain"},
        "raw",
        415,
        "unsupported_media_type",
    ),
    ("oversize HTML body", "POST", "/api/audit", {}, "html-oversize", 413, "too_large"),
    ("garbage HTML body", "POST", "/api/audit", {}, "html-garbage", 422, "bad_input"),
    (
        "malformed JSON",
        "POST",
        "/api/audit",
        {"Content-Type": "application/json"},
        "broken",
        400,
        "bad_request",
    ),
    ("missing field", "POST", "/api/audit", {}, "no-html", 400, "bad_request"),
    ("garbage HTML", "POST", "/api/audit", {}, "garbage", 422, "bad_input"),
    ("not a profile", "POST", "/api/audit", {}, "feed", 422, "not_a_profile"),
    ("unknown path", "GET", "/api/secrets", {}, None, 404, "not_found"),
    ("wrong method", "GET", "/api/audit", {}, None, 405, "method_not_allowed"),
]


def _body(kind: str | None) -> tuple[bytes | None, str | None]:
    """A request body of a kind, carrying the marker, and its content type."""
    page = f"<html><body><p>{MARKER}</p></body></html>"
    bodies: dict[str, tuple[object, str]] = {
        "page": ({"url": "", "html": profile_page(marker=MARKER)}, "json"),
        # Over Flask's 20 MB cap, under waitress's cap + 1 MB: Flask's JSON 413 answers.
        "oversize": (
            {"url": "", "html": profile_page(size=20 * 2**20 + 2**19, marker=MARKER)},
            "json",
        ),
        "raw": (page, "text/plain"),
        "html-oversize": (
            profile_page(size=20 * 2**20 + 2**19, marker=MARKER),
            "text/html; charset=utf-8",
        ),
        "html-garbage": (MARKER + "\x00\x01\x02" * 5000, "text/html; charset=utf-8"),
        "broken": ('{"url": "", "html": "' + MARKER, "application/json"),
        "no-html": ({"url": "", "note": MARKER}, "json"),
        "garbage": ({"url": "", "html": MARKER + "\x00\x01\x02" * 5000}, "json"),
        "feed": ({"url": "", "html": not_a_profile_page(MARKER)}, "json"),
    }
    if kind is None:
        return None, None
    body, kind_type = bodies[kind]
    if kind_type == "json":
        return json.dumps(body).encode(), "application/json"
    return str(body).encode(), kind_type


@pytest.mark.parametrize(
    ("name", "method", "path", "headers", "body", "status", "code"),
    HOSTILE,
    ids=[h[0] for h in HOSTILE],
)
def test_refused_with_the_right_code_and_nothing_stored(
    server, name, method, path, headers, body, status, code
):
    """Each hostile or broken request: its status, a JSON error, no CORS, no row."""
    before = len(server.history())
    data, content_type = _body(body)
    sent = {"Authorization": f"Bearer {server.token}"}
    if content_type:
        sent["Content-Type"] = content_type
    for key, value in headers.items():
        if value is None:
            sent.pop(key, None)
        else:
            sent[key] = value.format(port=server.port)
    response = requests.request(method, server.base + path, data=data, headers=sent, timeout=60)
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["code"] == code and response.json()["error"]
    assert "Access-Control-Allow-Origin" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"
    assert MARKER not in response.text
    assert len(server.history()) == before


@pytest.mark.parametrize("form", ["html", "json"])
def test_chunked_body_is_read_whole(server, form):
    """A body sent in chunks (no Content-Length) is read to its end, in either form."""
    page = profile_page(size=300_000)
    if form == "html":
        body, content_type = page.encode(), "text/html; charset=utf-8"
    else:
        body, content_type = json.dumps({"url": "", "html": page}).encode(), "application/json"
    pieces = (body[i : i + 65536] for i in range(0, len(body), 65536))  # a generator: chunked
    response = requests.post(
        f"{server.base}/api/audit",
        headers={**server.auth(), "Content-Type": content_type},
        data=pieces,
        timeout=60,
    )
    assert response.request.headers.get("Transfer-Encoding") == "chunked"
    assert response.status_code == 200, response.text
    assert response.json()["profile"]["vanity"] == "ada-example-synthetic"


def test_far_oversize_body_is_refused_before_it_is_read(server):
    """A Content-Length far past the cap is refused without reading the body."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            f"POST /api/audit HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            f"Authorization: Bearer {server.token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {10 * 2**30}\r\n\r\n".encode()
        )
        answer = sock.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413")


def test_no_page_html_anywhere(server):
    """Audit a page carrying a unique marker, plus refused ones: the marker is in no file
    of the data directory (database, WAL, token, origins), no temp file and no log line."""
    response = requests.post(
        f"{server.base}/api/audit",
        headers=server.auth(),
        timeout=60,
        json={"url": "", "html": profile_page(size=1_000_000, marker=MARKER)},
    )
    assert response.status_code == 200
    assert MARKER in response.text  # the answer may show the About text to its caller
    requests.post(
        f"{server.base}/api/audit",
        timeout=60,
        json={"url": "", "html": profile_page(marker=MARKER)},
    )
    as_body = requests.post(  # the page as the body: kept in memory too
        f"{server.base}/api/audit",
        headers={**server.auth(), "Content-Type": "text/html; charset=utf-8"},
        timeout=60,
        data=profile_page(size=1_000_000, marker=MARKER).encode(),
    )
    assert as_body.status_code == 200
    assert any(server.data_dir.iterdir())
    assert leaks(server, MARKER) == []
    assert server.log.read_text().strip()  # the log was captured, and is not empty


# --- load, restart, kill -9 ------------------------------------------------------------


@dataclass
class LoadRun:
    """What a load run did."""

    server: Server
    errors: list[str]
    acknowledged: int


def _client(
    server: Server,
    page: str,
    count: int,
    results: list[str],
    errors: list[str],
    stop: threading.Event | None = None,
    tag: str = "",
) -> None:
    """Post ``count`` audits (or until ``stop``), noting each acknowledged URL or error."""
    session = requests.Session()
    for i in range(count):
        if stop is not None and stop.is_set():
            return
        # the run id in the path: the history keeps no query string
        url = f"https://www.linkedin.com/in/ada-example-synthetic/run-{tag}-{i}/"
        try:
            response = session.post(
                f"{server.base}/api/audit",
                headers=server.auth(),
                json={"url": url, "html": page},
                timeout=120,
            )
        except requests.RequestException as error:
            errors.append(f"{tag}-{i}: {type(error).__name__}")
            if stop is not None:
                return  # the server was killed: this client is done
            continue
        if response.status_code == 200:
            results.append(url)
        else:
            errors.append(f"{tag}-{i}: {response.status_code} {response.text[:200]}")


@pytest.fixture(scope="module")
def load_run(tmp_path_factory) -> Iterator[LoadRun]:
    """8 concurrent clients x 50 audits of a 1.5 MB page against a fresh server."""
    running = start_server(tmp_path_factory.mktemp("load"), name="load")
    page = profile_page(size=LOAD_PAGE_BYTES)
    acknowledged: list[str] = []
    errors: list[str] = []
    threads = [
        threading.Thread(
            target=_client,
            args=(running, page, LOAD_AUDITS, acknowledged, errors),
            kwargs={"tag": str(n)},
        )
        for n in range(LOAD_CLIENTS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    yield LoadRun(running, errors, len(acknowledged))
    running.stop()


def test_load_8_clients_x_50_audits(load_run):
    """Zero errors and exactly 400 history rows, by the API and in the file."""
    total = LOAD_CLIENTS * LOAD_AUDITS
    assert load_run.errors == []
    assert load_run.acknowledged == total
    audits = load_run.server.history()
    assert len(audits) == total
    assert len({a["url"] for a in audits}) == total  # no row lost, none doubled
    with sqlite3.connect(load_run.server.data_dir / "history.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM audits").fetchone()[0] == total


def test_restart_keeps_the_history(load_run, tmp_path):
    """Ctrl-C stops the server cleanly; a new one on the same data dir has every row."""
    first = load_run.server
    token = first.token
    assert first.stop(signal.SIGINT) == 0
    assert "stopped" in first.log.read_text()
    again = start_server(tmp_path, data_dir=first.data_dir, name="restarted")
    try:
        assert again.token == token  # the same install keeps its token
        assert len(again.history()) == LOAD_CLIENTS * LOAD_AUDITS
    finally:
        assert again.stop(signal.SIGTERM) == 0


def test_kill_9_during_load_loses_no_acknowledged_audit(tmp_path):
    """SIGKILL mid-load: the database passes integrity_check and holds every 200'd audit."""
    running = start_server(tmp_path, name="killed")
    page = profile_page(size=LOAD_PAGE_BYTES)
    acknowledged: list[str] = []
    errors: list[str] = []
    stop = threading.Event()
    threads = [
        threading.Thread(
            target=_client,
            args=(running, page, 10_000, acknowledged, errors),
            kwargs={"stop": stop, "tag": f"k{n}"},
        )
        for n in range(LOAD_CLIENTS)
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        time.sleep(0.02)
    running.proc.send_signal(signal.SIGKILL)  # mid-flight: other requests are being served
    running.proc.wait(timeout=10)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    acked = set(acknowledged)
    assert len(acked) >= 40
    with sqlite3.connect(running.data_dir / "history.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT url FROM audits")}
    assert acked <= stored, sorted(acked - stored)[:5]
    # And the killed install starts again with the same history.
    again = start_server(tmp_path, data_dir=running.data_dir, name="after-kill")
    try:
        assert {a["url"] for a in again.history()} == stored
    finally:
        again.stop()
