"""Faults of the data directory: one clear line and exit 2 at start, an answer at run time.

Each start-up case runs ``profile-audit serve`` as a subprocess, as a user does. A
history that cannot be read is never deleted: the server refuses to start and says how
to move it aside, or moves it aside with ``--reset-broken-history``, its data kept.
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from server import config
from tests.test_server_process import free_port
from tests.test_server_process import start_server

PROFILE_AUDIT = str(Path(sys.executable).parent / "profile-audit")
PROFILES = Path(__file__).parent / "profiles"
GOOD_TOKEN = "t" * 43


def serve(data_dir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """Run ``profile-audit serve`` on a free port; it is expected to refuse at once."""
    return subprocess.run(
        [PROFILE_AUDIT, "serve", "--port", str(free_port()), "--data-dir", str(data_dir), *options],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The single line a refused start prints (on standard error, nothing else anywhere)."""
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("profile-audit serve: ")
    return lines[0]


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """A directory nobody may write: mode 0555, or for root (whom modes do not stop) a
    read-only tmpfs mounted there."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(0o755)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("running as root without mount: a read-only directory cannot be made")
    try:
        yield
    finally:
        subprocess.run(["umount", str(path)], check=False)


def test_read_only_data_dir(tmp_path):
    """A read-only data directory: one line naming it and what to do, exit 2."""
    data = tmp_path / "data"
    with read_only(data):
        line = one_line(serve(data))
    assert str(data) in line and "read-only" in line and "--data-dir" in line


def test_empty_token_file(tmp_path):
    """An empty token file: one line that offers --new-token (not `serve`, which failed)."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "token").write_text("")
    line = one_line(serve(data))
    assert "empty" in line and str(data / "token") in line and "--new-token" in line
    assert (data / "token").read_text() == ""  # nothing replaced without being asked


def test_token_that_is_a_directory(tmp_path):
    """A directory where the token file belongs: one line saying to move it aside."""
    data = tmp_path / "data"
    (data / "token").mkdir(parents=True)
    line = one_line(serve(data))
    assert "is a directory" in line and f"mv {data / 'token'}" in line


def test_short_token_is_refused(tmp_path):
    """A 5-character token is refused: it could be guessed."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "token").write_text("abcde\n")
    line = one_line(serve(data))
    assert "5 characters" in line and "--new-token" in line


def _history_with_one_audit(data: Path) -> Path:
    """A real history file holding one audit (made by the server's own code)."""
    server = start_server(data.parent, data_dir=data, name="maker")
    try:
        page = (PROFILES / "in-2026-custom-banner.html").read_text()
        answer = requests.post(
            f"{server.base}/api/audit",
            json={"url": "", "html": page},
            headers=server.auth(),
            timeout=60,
        )
        assert answer.status_code == 200
    finally:
        assert server.stop() == 0
    return data / config.HISTORY_FILE


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_broken_history_is_kept_and_the_start_refused(tmp_path, damage):
    """A corrupt or truncated history: one line saying how to move it aside; the file is
    untouched. With --reset-broken-history it is moved aside, data kept, and the server
    starts with a new history."""
    data = tmp_path / "data"
    history = _history_with_one_audit(data)
    good = history.read_bytes()
    broken = os.urandom(8192) if damage == "garbage" else good[: len(good) // 2]
    history.write_bytes(broken)
    line = one_line(serve(data))
    assert str(history) in line and "mv " in line and "--reset-broken-history" in line
    assert history.read_bytes() == broken  # never deleted nor changed

    assert sorted(data.glob(config.HISTORY_FILE + ".broken-*")) == []

    restarted = _start_with_reset(data)
    moved = sorted(data.glob(config.HISTORY_FILE + ".broken-*"))
    assert [p.read_bytes() for p in moved if not p.name.endswith(("-wal", "-shm"))] == [broken]
    assert restarted.history() == []  # a new, empty history
    assert restarted.stop() == 0
    assert stat.S_IMODE(history.stat().st_mode) == 0o600


def _start_with_reset(data: Path):
    """Start the server with --reset-broken-history (start_server's loop, one option more)."""
    import time

    from tests.test_server_process import Server

    port = free_port()
    log = data.parent / "reset.log"
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [
                PROFILE_AUDIT,
                "serve",
                "--port",
                str(port),
                "--data-dir",
                str(data),
                "--reset-broken-history",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = Server(proc, port, data, data.parent, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if requests.get(f"{server.base}/api/health", timeout=2).status_code == 200:
                assert "moved aside" in log.read_text()
                return server
        except requests.ConnectionError:
            time.sleep(0.1)
    raise AssertionError(log.read_text())


def test_loose_token_file_warns_and_new_token_replaces_it(tmp_path):
    """A token file others could read is made owner-only with a warning that offers
    --new-token; --new-token writes a different, owner-only token."""
    data = tmp_path / "data"
    data.mkdir()
    token = data / "token"
    token.write_text(GOOD_TOKEN + "\n")
    token.chmod(0o644)
    server = start_server(tmp_path, data_dir=data, name="loose")
    assert server.stop() == 0
    log = server.log.read_text()
    assert "may have been read" in log and "--new-token" in log
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert token.read_text().strip() == GOOD_TOKEN  # kept: the user decides

    done = subprocess.Popen(
        [
            PROFILE_AUDIT,
            "serve",
            "--port",
            str(free_port()),
            "--data-dir",
            str(data),
            "--new-token",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import time

        deadline = time.monotonic() + 30
        while token.read_text().strip() == GOOD_TOKEN and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        done.terminate()
        done.wait(30)
    fresh = token.read_text().strip()
    assert fresh != GOOD_TOKEN and len(fresh) >= config.MIN_TOKEN_LENGTH
    assert stat.S_IMODE(token.stat().st_mode) == 0o600


def test_origins_file_is_owner_only(tmp_path):
    """origins.json, like the token and the history, is readable by its owner only."""
    assert config.add_origin(tmp_path, "moz-extension://0b3f1a2c-1d2e-4f5a-8b9c-0123456789ab")
    assert stat.S_IMODE((tmp_path / config.ORIGINS_FILE).stat().st_mode) == 0o600


def test_history_deleted_at_run_time_is_recreated_owner_only(tmp_path):
    """The history deleted under a running server: the next audit is saved in a new
    owner-only history, and the server says so once in its log."""
    server = start_server(tmp_path)
    try:
        page = (PROFILES / "in-2026-custom-banner.html").read_text()

        def post() -> dict[str, object]:
            answer = requests.post(
                f"{server.base}/api/audit",
                json={"url": "", "html": page},
                headers=server.auth(),
                timeout=60,
            )
            assert answer.status_code == 200
            body: dict[str, object] = answer.json()
            return body

        assert post()["saved"] is True
        history = server.data_dir / config.HISTORY_FILE
        for part in history.parent.glob(config.HISTORY_FILE + "*"):
            part.unlink()
        assert post()["saved"] is True
        assert post()["saved"] is True
        assert len(server.history()) == 2
        assert stat.S_IMODE(history.stat().st_mode) == 0o600
    finally:
        assert server.stop() == 0
    assert server.log.read_text().count("was deleted while the server ran") == 1


def test_history_read_only_at_run_time_still_answers(tmp_path):
    """The history made read-only under a running server (for root, whom modes do not
    stop: its disk full): audits are still answered, marked not saved with the reason,
    and the fault is logged once."""
    data = tmp_path / "data"
    data.mkdir()
    if os.geteuid() == 0:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(data)], check=False
        )
        if mounted.returncode != 0:
            pytest.skip("running as root without mount")
    try:
        server = start_server(tmp_path, data_dir=data)
        page = (PROFILES / "in-2026-custom-banner.html").read_text()

        def post() -> dict[str, object]:
            answer = requests.post(
                f"{server.base}/api/audit",
                json={"url": "", "html": page},
                headers=server.auth(),
                timeout=60,
            )
            assert answer.status_code == 200, answer.text
            body: dict[str, object] = answer.json()
            return body

        try:
            assert post()["saved"] is True
            if os.geteuid() == 0:  # root writes read-only files: fill the disk instead
                filler = data / "filler"
                with contextlib.suppress(OSError), filler.open("wb") as out:
                    while True:
                        out.write(b"\0" * 65536)
                        out.flush()
            else:
                (data / config.HISTORY_FILE).chmod(0o444)
                data.chmod(0o555)
            for _ in range(3):
                body = post()
                assert body["saved"] is False and body["score"] is not None
                assert "cannot be written" in str(body["not_saved_reason"])
        finally:
            if os.geteuid() != 0:
                data.chmod(0o755)
            assert server.stop() == 0
        assert server.log.read_text().count("audits are answered but not saved") == 1
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(data)], check=False)
