"""No input can hold the auditor: audits run in worker processes within a time limit.

The worker pool itself (auditor/isolate.py), the errors that cross from its workers, a
real ``profile-audit serve`` answering 422 page_too_complex while health and other
audits go on, and the command-line batch going on past a file over the limit.
"""

from __future__ import annotations

import json
import os
import pickle
import socket
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path

import pytest
import requests

from auditor import isolate
from auditor.errors import BadInputError
from auditor.errors import NotAProfileError
from auditor.errors import NotAProfileReason
from auditor.errors import PageTooComplexError
from auditor.ssi import NotAnSsiPageError
from tests.test_server_process import start_server

PROFILES = Path(__file__).parent / "profiles"
PROFILE_AUDIT = str(Path(sys.executable).parent / "profile-audit")
SECRET = "page-text-that-must-not-reach-a-log"


def attribute_bomb(attributes: int = 150_000) -> bytes:
    """A profile page whose <body> carries many attributes: libxml2 parses that in
    quadratic time (150,000: ~20 s), in C, where Python cannot interrupt it."""
    page = (PROFILES / "in-2025-creator-open-to-work.html").read_bytes()
    extra = b"".join(b' a%d="1"' % i for i in range(attributes))
    return page.replace(b"<body", b"<body" + extra, 1)


def sleep_then_answer(seconds: float) -> str:
    """A task that takes its time (run in a worker)."""
    time.sleep(seconds)
    return "done"


def raise_unexpected() -> None:
    """A task that fails the way no auditor error does (run in a worker)."""
    raise RuntimeError(SECRET)


def raise_bad_input() -> None:
    """A task that fails with a documented error (run in a worker)."""
    raise BadInputError("the page is empty")


@pytest.mark.parametrize(
    "error",
    [
        BadInputError("the page is empty"),
        NotAProfileError(NotAProfileReason.AUTHWALL, "seen in the title"),
        PageTooComplexError(2.5),
        NotAnSsiPageError("no score"),
    ],
)
def test_errors_cross_process_boundaries_intact(error: Exception) -> None:
    """Each documented error pickles back to the same type, message and fields."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.__dict__ == error.__dict__


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_a_call_past_the_limit_is_stopped_and_the_pool_goes_on(method: str) -> None:
    """The slow call raises PageTooComplexError at the limit; the next call is served."""
    workers = isolate.Workers(1, 2, start_method=method, preload=())
    try:
        start = time.monotonic()
        with pytest.raises(PageTooComplexError, match="2 s"):
            workers.run(sleep_then_answer, 30)
        assert time.monotonic() - start < 8
        assert workers.run(sleep_then_answer, 0) == "done"
    finally:
        workers.close()


def test_documented_errors_come_back_as_they_are_and_others_as_crashes() -> None:
    """A BadInputError stays one; any other failure is a crash naming its type and where
    it happened, never its message (which may quote the page)."""
    workers = isolate.Workers(1, 10, start_method="fork")
    try:
        with pytest.raises(BadInputError, match="empty"):
            workers.run(raise_bad_input)
        with pytest.raises(isolate.WorkerCrashError) as crash:
            workers.run(raise_unexpected)
        assert crash.value.kind == "RuntimeError"
        assert "raise_unexpected" in crash.value.where
        assert SECRET not in crash.value.where and SECRET not in str(crash.value)
    finally:
        workers.close()


class Leftover:
    """An object a worker call leaves behind (weakly referenced, to see when it is freed)."""


_leftover: weakref.ref[Leftover] | None = None


def leave_a_leftover() -> bool:
    """Keep an object until the answer is sent; answer whether it is alive meanwhile."""
    global _leftover  # noqa: PLW0603 - the worker's own copy of this module
    leftover = Leftover()
    _leftover = weakref.ref(leftover)
    isolate.keep_until_answered(leftover)
    del leftover
    return _leftover() is not None


def leftovers() -> tuple[bool, int]:
    """Whether the last call's leftover is still alive, and how many objects are kept."""
    held = isolate._until_answered
    return (_leftover is not None and _leftover() is not None), len(held or [])


def test_a_worker_frees_what_a_call_leaves_once_it_answered() -> None:
    """What a call keeps (a page's tree) lives until its answer is sent, then is freed;
    the same after an audit. Outside a worker nothing is kept."""
    page = (PROFILES / "in-2025-creator-open-to-work.html").read_bytes()
    workers = isolate.Workers(1, 10, start_method="fork")
    try:
        assert workers.run(leave_a_leftover) is True
        assert workers.run(leftovers) == (False, 0)
        assert workers.run(isolate.parse_profile, page, None).name
        assert workers.run(leftovers) == (False, 0)
        with pytest.raises(NotAProfileError):  # an error's traceback holds the page too
            workers.run(isolate.parse_profile, b"<html><body><p>a page</p></body></html>", None)
        assert workers.run(leftovers) == (False, 0)
    finally:
        workers.close()
    isolate.keep_until_answered(Leftover())
    assert isolate._until_answered is None


def grow_memory(megabytes: int) -> int:
    """Hold ``megabytes`` of memory until the answer is sent (as a page's tree is held),
    then answer the worker's process id."""
    block = bytearray(megabytes * 2**20)
    block[::4096] = b"x" * len(block[::4096])  # every page resident, not only reserved
    isolate.keep_until_answered(block)
    return os.getpid()


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_a_worker_that_grew_past_the_limit_is_replaced_after_it_answers(method: str) -> None:
    """Freed memory stays with its process: a worker that grew by more than
    ``retire_above`` answers, exits, and the next call gets a fresh one; a worker that
    stayed under it is kept. Both in a pool's ``run`` and in the batch's ``map``."""
    workers = isolate.Workers(1, 30, start_method=method, retire_above=200 * 2**20)
    try:
        small = workers.run(grow_memory, 1)
        assert workers.run(grow_memory, 1) == small  # under the limit: the same worker
        grown = workers.run(grow_memory, 500)
        assert grown == small  # the call that grew it is answered by it
        after = workers.run(grow_memory, 1)
        assert after != grown  # then it is replaced
        assert workers.run(grow_memory, 1) == after
        pids = list(
            workers.map(
                grow_memory,
                [(500,), (1,)],
                on_timeout=lambda args, error: -1,
                on_crash=lambda args, crash: -2,
            )
        )
        assert pids[0] > 0 and pids[1] > 0 and pids[0] != pids[1]
    finally:
        workers.close()


def test_workers_kept_whatever_they_held_when_retiring_is_off() -> None:
    """``retire_above=None``: a worker serves until it is stopped."""
    workers = isolate.Workers(1, 30, start_method="fork", retire_above=None)
    try:
        first = workers.run(grow_memory, 300)
        assert workers.run(grow_memory, 1) == first
    finally:
        workers.close()


def test_map_keeps_order_and_answers_every_call() -> None:
    """The batch driver yields in order, with a timeout result for the slow call."""
    workers = isolate.Workers(2, 1.0, start_method="fork")
    try:
        results = list(
            workers.map(
                sleep_then_answer,
                [(0.2,), (30,), (0,), (0.1,)],
                on_timeout=lambda args, error: f"timeout {args[0]}",
                on_crash=lambda args, crash: f"crash {crash.kind}",
            )
        )
    finally:
        workers.close()
    assert results == ["done", "timeout 30", "done", "done"]


def test_time_limit_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """$PROFILE_AUDITOR_TIME_LIMIT sets the limit; nonsense is refused with its name."""
    monkeypatch.setenv(isolate.TIME_LIMIT_ENV, "2.5")
    assert isolate.time_limit() == 2.5
    assert isolate.time_limit(7) == 7
    monkeypatch.setenv(isolate.TIME_LIMIT_ENV, "soon")
    with pytest.raises(ValueError, match=isolate.TIME_LIMIT_ENV):
        isolate.time_limit()


def test_server_answers_page_too_complex_while_health_and_audits_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real server: the attribute bomb is stopped at the limit (422 page_too_complex),
    and meanwhile /api/health and a normal audit answer at once."""
    monkeypatch.setenv(isolate.TIME_LIMIT_ENV, "2")
    server = start_server(tmp_path)
    try:
        headers = server.auth()
        bomb = {"url": "", "html": attribute_bomb().decode()}
        normal = {"url": "", "html": (PROFILES / "in-2026-custom-banner.html").read_text()}
        answer: dict[str, requests.Response] = {}

        def post_bomb() -> None:
            answer["bomb"] = requests.post(
                f"{server.base}/api/audit", json=bomb, headers=headers, timeout=60
            )

        start = time.monotonic()
        thread = threading.Thread(target=post_bomb)
        thread.start()
        time.sleep(0.5)  # the bomb is in its worker now
        health_start = time.monotonic()
        health = requests.get(f"{server.base}/api/health", timeout=10)
        health_time = time.monotonic() - health_start
        audit_start = time.monotonic()
        other = requests.post(f"{server.base}/api/audit", json=normal, headers=headers, timeout=30)
        audit_time = time.monotonic() - audit_start
        thread.join(60)
        bomb_time = time.monotonic() - start
        assert health.status_code == 200 and health_time < 1, health_time
        assert other.status_code == 200 and audit_time < 2, audit_time
        assert answer["bomb"].status_code == 422
        assert answer["bomb"].json()["code"] == "page_too_complex"
        assert bomb_time < 10, bomb_time
        # the pool replaced the stopped worker: the next audit is served
        again = requests.post(f"{server.base}/api/audit", json=normal, headers=headers, timeout=30)
        assert again.status_code == 200
    finally:
        assert server.stop() == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_goes_on_past_a_file_over_the_limit(tmp_path: Path, jobs: str) -> None:
    """A directory of three files, the middle one over the limit: two reports, one line
    saying which file took too long, exit 1."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes((PROFILES / "in-2026-custom-banner.html").read_bytes())
    (folder / "b.html").write_bytes(attribute_bomb())
    (folder / "c.html").write_bytes((PROFILES / "public-2024-full.html").read_bytes())
    done = subprocess.run(
        [PROFILE_AUDIT, str(folder), "--format", "json", "--jobs", jobs, "--time-limit", "1.5"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Path(line["file"]).name for line in lines] == ["a.html", "b.html", "c.html"]
    assert lines[0]["report"]["score"] > 0 and lines[2]["report"]["score"] > 0
    assert lines[1]["error_kind"] == "page_too_complex"
    errors = done.stderr.strip().splitlines()
    assert errors[0].startswith(str(folder / "b.html") + ": the page is too complex")
    assert errors[-1] == "3 files: 2 audited, 1 failed; output on standard output"
    assert "Traceback" not in done.stderr


def test_idle_half_open_connections_do_not_block_the_server(tmp_path: Path) -> None:
    """150 sockets that connect and send nothing: health still answers at once, and the
    server closes them itself soon after (waitress's defaults: 100 and 120 s)."""
    server = start_server(tmp_path)
    idle: list[socket.socket] = []
    try:
        for _ in range(150):
            idle.append(socket.create_connection(("127.0.0.1", server.port), timeout=5))
        start = time.monotonic()
        health = requests.get(f"{server.base}/api/health", timeout=10)
        assert health.status_code == 200
        assert time.monotonic() - start < 2
        closed = 0
        deadline = time.monotonic() + 40
        for sock in idle:
            sock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                closed += sock.recv(1) == b""
            except OSError:
                pass
        assert closed == len(idle), f"{closed} of {len(idle)} idle connections were closed"
    finally:
        for sock in idle:
            sock.close()
        assert server.stop() == 0
    assert "Task queue depth" not in server.log.read_text()
