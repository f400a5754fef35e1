"""``profile-audit serve`` on another port or data directory says what to set elsewhere.

Issue 12: a server on another port read as "not running" in the panel, because the
banner never said that the extension must be told the port.
"""

from __future__ import annotations

import shlex
import time
from pathlib import Path

from server import config
from tests.test_server_process import start_server


def _banner(log: Path) -> str:
    """The banner the process printed (it is flushed once the server answers)."""
    deadline = time.monotonic() + 30
    text = ""
    while time.monotonic() < deadline and "Ctrl-C" not in text:
        text = log.read_text(encoding="utf-8")
        time.sleep(0.05)
    return text


def test_other_port_and_data_dir_say_what_to_set(tmp_path: Path) -> None:
    """The exact Settings entry, the token note, and the flags push and progress need."""
    server = start_server(tmp_path, data_dir=tmp_path / "my data")
    try:
        assert server.port != config.DEFAULT_PORT
        banner = _banner(server.log)
        assert f'set "Server port" to {server.port} and save' in banner
        assert f"This server is on port {server.port}, not {config.DEFAULT_PORT}" in banner
        assert "This data directory has its own token" in banner
        flags = f"--port {server.port} --data-dir {shlex.quote(str(tmp_path / 'my data'))}"
        assert f"profile-audit push and progress need the same: {flags}" in banner
    finally:
        assert server.stop() == 0
