"""Run audits in worker processes with a time limit, so no page can hold up the rest.

An audit is linear in its page, but libxml2 itself is not on every input (a tag with
150,000 attributes took 21 s to parse), and a parse in C cannot be interrupted from
Python. So audits run in worker processes: one that runs past the limit is killed and
replaced, its caller gets ``PageTooComplexError``, and the server's other requests (and
``/api/health``) never wait for it.

``Workers.run`` serves many threads at once (the server); ``Workers.map`` drives the
workers from one thread and yields results in order (the command-line batch).
"""

from __future__ import annotations

import os
import signal
import threading
import time
import traceback
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from multiprocessing import get_all_start_methods
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING
from typing import Any
from typing import TypeVar

from auditor.errors import AuditorError
from auditor.errors import PageTooComplexError

if TYPE_CHECKING:
    from auditor.model import Profile

DEFAULT_TIME_LIMIT_S = 5.0  # a 20 MB page audits in ~1 s on a slow machine
TIME_LIMIT_ENV = "PROFILE_AUDITOR_TIME_LIMIT"
LARGE_ALLOCATION = 1 << 16  # bytes: past glibc's small-block sizes (see _serve)
STARTUP_LIMIT_S = 60.0  # a worker's start (spawn imports the auditor: ~1 s on a busy machine)
# A worker that holds more than this beyond what it held at its start is replaced once it
# has answered: memory a worker frees stays with its process (glibc keeps it for the next
# page), so without this each server worker would keep the memory of the largest page it
# ever read. The tree of a 2 MB page takes ~10-20 MB, that of a 10 MB page of dense
# markup ~80 MB (docs/benchmarks.md): workers are replaced after pages of ~8 MB and up.
RETIRE_ABOVE_BYTES = 64 * 2**20

Result = TypeVar("Result")


class WorkerCrashError(Exception):
    """A worker raised an error the auditor does not document, or died.

    ``where`` is the worker's traceback without the error's message (a message may quote
    the page, and this text goes to logs).
    """

    def __init__(self, kind: str, where: str) -> None:
        self.kind = kind
        self.where = where
        super().__init__(f"{kind} in an audit worker")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the constructor's arguments (it crosses the process boundary)."""
        return (WorkerCrashError, (self.kind, self.where))


def time_limit(explicit: float | None = None) -> float:
    """The per-audit limit in seconds: the argument, else $PROFILE_AUDITOR_TIME_LIMIT, else 5.

    :raise ValueError: the environment variable is not a positive number.
    """
    if explicit is not None:
        return explicit
    text = os.environ.get(TIME_LIMIT_ENV, "").strip()
    if not text:
        return DEFAULT_TIME_LIMIT_S
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        raise ValueError(f"{TIME_LIMIT_ENV}={text!r} must be a number of seconds above 0")
    return value


# In a worker process: what the running call leaves to free once its answer is sent.
_until_answered: list[object] | None = None


def keep_until_answered(value: object) -> None:
    """In a worker, keep ``value`` alive until the call's answer is sent, then free it.

    For a page's lxml tree: freeing its nodes takes a few milliseconds (one ``free`` per
    node) that the caller need not wait for. Outside a worker, nothing is kept.
    """
    if _until_answered is not None:
        _until_answered.append(value)


def _resident_memory() -> int | None:
    """The memory this process holds now (resident set, bytes); None where the platform
    does not say (only Linux's /proc is read: elsewhere workers are not replaced)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _serve(connection: Connection, retire_above: int | None = None) -> None:
    """A worker's loop: run each function sent, send back (ok, result or error, retiring),
    then free what the call left (``keep_until_answered``).

    ``retiring`` is True when the process holds more than ``retire_above`` bytes beyond
    what it held when it started (measured with the call's leftovers still alive): it
    then exits after this answer, and the parent starts a new worker when needed. (Beyond
    its start, because a forked worker's resident set begins as its parent's.)
    """
    global _until_answered  # noqa: PLW0603 - one per worker process, set once here
    _until_answered = []
    # Ctrl-C in the terminal reaches the whole process group: the parent decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    started_with = _resident_memory() if retire_above is not None else None
    connection.send("ready")  # the time limit of a call counts from here, not from the start
    while True:
        try:
            function, args = connection.recv()
        except (EOFError, OSError):
            return  # the parent closed its end or exited
        try:
            answer: tuple[bool, Any] = (True, function(*args))
        except AuditorError as error:
            answer = (False, error)
        except Exception as error:  # noqa: BLE001 - any failure goes back as a crash
            where = "".join(traceback.format_tb(error.__traceback__))
            answer = (False, WorkerCrashError(type(error).__name__, where))
        holds = _resident_memory() if started_with is not None else None
        retiring = (
            holds is not None
            and started_with is not None
            and retire_above is not None
            and holds - started_with > retire_above
        )
        try:
            connection.send((*answer, retiring))
        except Exception as error:  # noqa: BLE001 - e.g. an error that does not pickle
            crash = WorkerCrashError(type(error).__name__, "sending the answer")
            connection.send((False, crash, retiring))
        if retiring:
            return  # the parent does not give this worker another call
        # The answer is sent: free the call's leftovers now, not at the next call (an
        # error's traceback holds the call's frames, and so the page).
        del answer
        if _until_answered:
            _until_answered.clear()
            # glibc's malloc sorts freed small blocks (the tree's nodes) into its free lists
            # at the next large allocation: let that be now, not while the next page comes.
            bytearray(LARGE_ALLOCATION)


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, process: BaseProcess, connection: Connection) -> None:
        self.process = process
        self.connection = connection

    def stop(self) -> None:
        """Kill the process at once and reap it (a stuck parse ignores anything gentler)."""
        self.connection.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


class Workers:
    """A pool of worker processes; each call runs in one, within the time limit.

    ``start_method``: "forkserver" for a threaded caller (a server: forking a process
    with threads can copy a held lock), "fork" for a single-threaded one (workers start
    in milliseconds with the auditor already imported); "spawn" where neither exists.
    """

    def __init__(
        self,
        size: int,
        limit: float,
        start_method: str = "forkserver",
        preload: tuple[str, ...] = ("auditor.report",),
        retire_above: int | None = RETIRE_ABOVE_BYTES,
    ) -> None:
        methods = get_all_start_methods()
        self._context = get_context(start_method if start_method in methods else "spawn")
        if self._context.get_start_method() == "forkserver":
            self._context.set_forkserver_preload(list(preload))
        self.size = max(1, size)
        self.limit = limit
        self.retire_above = retire_above  # bytes; None: a worker serves until it is stopped
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.size)
        self._closed = False

    def _start(self) -> _Worker:
        """A new worker process."""
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, self.retire_above), daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        try:
            if parent.poll(STARTUP_LIMIT_S) and parent.recv() == "ready":
                return worker
        except (EOFError, OSError):
            pass
        worker.stop()
        raise WorkerCrashError("WorkerDidNotStart", "starting an audit worker process")

    def _take(self) -> _Worker:
        """An idle worker, or a new one."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the audit workers are shut down")
            if self._idle:
                return self._idle.pop()
        return self._start()

    def _give_back(self, worker: _Worker, retiring: bool) -> None:
        """Keep a worker that answered for the next call, unless it is retiring."""
        with self._lock:
            if not self._closed and not retiring:
                self._idle.append(worker)
                return
        worker.stop()

    def run(self, function: Callable[..., Result], *args: Any) -> Result:
        """``function(*args)`` in a worker (``function`` must be importable by name).

        Waits for a free worker when all are busy (the time limit starts once it runs).

        :raise PageTooComplexError: it ran past the limit (the worker is killed).
        :raise AuditorError: what the function raised on purpose.
        :raise WorkerCrashError: it failed otherwise, or the worker died.
        """
        with self._slots:
            worker = self._take()
            try:
                worker.connection.send((function, args))
                ready = worker.connection.poll(self.limit)
                if ready:
                    ok, value, retiring = worker.connection.recv()
            except (EOFError, OSError):
                worker.stop()
                raise WorkerCrashError("WorkerDied", "the audit worker process died") from None
            except BaseException:
                worker.stop()  # interrupted mid-call: the worker's state is unknown
                raise
            if not ready:
                worker.stop()
                raise PageTooComplexError(self.limit)
            self._give_back(worker, retiring)
        if ok:
            result: Result = value
            return result
        raise value

    def map(
        self,
        function: Callable[..., Result],
        calls: Iterable[tuple[Any, ...]],
        on_timeout: Callable[[tuple[Any, ...], PageTooComplexError], Result],
        on_crash: Callable[[tuple[Any, ...], WorkerCrashError], Result],
    ) -> Iterator[Result]:
        """``function(*args)`` for every args of ``calls``, results in order, from one thread.

        Up to ``size`` calls run at once, each with its own deadline; a call past it, or
        one whose worker crashed, yields ``on_timeout``/``on_crash`` of it and the rest go on.
        ``function`` must return its failures as results (AuditorError counts as a crash).
        """
        pending = enumerate(calls)  # drawn one at a time: ``calls`` may be endless
        running: dict[Connection, tuple[int, tuple[Any, ...], _Worker, float]] = {}
        done: dict[int, Result] = {}
        next_out = 0
        try:
            exhausted = False
            while not exhausted or running:
                while not exhausted and len(running) < self.size:
                    drawn = next(pending, None)
                    if drawn is None:
                        exhausted = True
                        break
                    index, args = drawn
                    worker = self._take()
                    try:
                        worker.connection.send((function, args))
                    except OSError:
                        worker.stop()
                        done[index] = on_crash(args, WorkerCrashError("WorkerDied", "sending"))
                        continue
                    deadline = time.monotonic() + self.limit
                    running[worker.connection] = (index, args, worker, deadline)
                if running:
                    soonest = min(deadline for _, _, _, deadline in running.values())
                    ready = wait(list(running), max(0.0, soonest - time.monotonic()))
                    for connection in ready:
                        assert isinstance(connection, Connection)
                        index, args, worker, _ = running.pop(connection)
                        done[index] = self._collect(worker, args, on_crash)
                    now = time.monotonic()
                    for connection, (index, args, worker, deadline) in list(running.items()):
                        if deadline <= now:
                            del running[connection]
                            worker.stop()
                            done[index] = on_timeout(args, PageTooComplexError(self.limit))
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
        finally:
            for _, _, worker, _ in running.values():
                worker.stop()

    def _collect(
        self,
        worker: _Worker,
        args: tuple[Any, ...],
        on_crash: Callable[[tuple[Any, ...], WorkerCrashError], Result],
    ) -> Result:
        """The answer of a worker that is ready (its result, or ``on_crash``)."""
        try:
            ok, value, retiring = worker.connection.recv()
        except (EOFError, OSError):
            worker.stop()
            return on_crash(args, WorkerCrashError("WorkerDied", "the worker process died"))
        self._give_back(worker, retiring)
        if ok:
            result: Result = value
            return result
        crash = value if isinstance(value, WorkerCrashError) else None
        return on_crash(args, crash or WorkerCrashError(type(value).__name__, str(value)))

    def close(self) -> None:
        """Stop every idle worker; busy ones stop when their call returns."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


# --- the work the server sends to its workers (importable by name, so it pickles) -------


def parse_profile(html: str | bytes, url: str | None) -> Profile:
    """``auditor.parse.parse_profile``: a page's facts, which pickle back to the caller."""
    from auditor.page import load_page
    from auditor.parse import parse_page

    page = load_page(html, url)
    keep_until_answered(page)  # its tree is freed after the answer is sent
    return parse_page(page)


def is_ssi_page(html: str | bytes, url: str | None) -> bool:
    """Whether the page is LinkedIn's SSI dashboard (``auditor.ssi.is_ssi_page``)."""
    from auditor.page import load_page
    from auditor.ssi import is_ssi_page as ssi_page

    return ssi_page(load_page(html, url))
