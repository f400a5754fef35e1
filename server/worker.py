"""The server's audit workers: every page is read in a worker process within a time limit.

``/api/audit``, ``/api/ssi`` and ``/api/redact`` call ``parse_profile``, ``is_ssi_page``,
``read_ssi`` and ``redact`` here instead of the auditor: a page past the limit
(``AUDIT_TIME_LIMIT``, default 5 s) is stopped and answered 422 ``page_too_complex``,
while ``/api/health`` and other audits go on. One pool per process, shared by the apps
it creates (tests create many).
"""

from __future__ import annotations

import atexit
import logging
import threading

from flask import Flask
from flask import current_app

from auditor import isolate
from auditor.errors import PageTooComplexError
from auditor.model import Profile
from auditor.redact import redact as _redact
from auditor.ssi import SsiReading
from auditor.ssi import read_ssi as _read_ssi

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 4  # as many as waitress's default threads: one audit per request thread
_pools: dict[tuple[int, float], isolate.Workers] = {}
_pools_lock = threading.Lock()


def init_app(app: Flask) -> None:
    """Settle the limit and pool size, and answer the pool's two failures as JSON."""
    app.config["AUDIT_TIME_LIMIT"] = isolate.time_limit(app.config.get("AUDIT_TIME_LIMIT"))
    app.config.setdefault("AUDIT_WORKERS", DEFAULT_WORKERS)
    app.register_error_handler(PageTooComplexError, _too_complex)
    app.register_error_handler(isolate.WorkerCrashError, _crashed)


def _pool() -> isolate.Workers:
    """The workers for this app's size and limit, started on first use."""
    key = (int(current_app.config["AUDIT_WORKERS"]), float(current_app.config["AUDIT_TIME_LIMIT"]))
    with _pools_lock:
        pool = _pools.get(key)
        if pool is None:
            pool = _pools[key] = isolate.Workers(
                *key, start_method="forkserver", preload=("auditor.api", "auditor.ssi")
            )
        return pool


@atexit.register
def close() -> None:
    """Stop every worker (at exit, and when the server stops)."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close()


def parse_profile(html: str | bytes, url: str | None) -> Profile:
    """The facts of a page (``auditor.parse.parse_profile``), read in a worker."""
    return _pool().run(isolate.parse_profile, html, url)


def is_ssi_page(html: str | bytes, url: str | None) -> bool:
    """Whether the page is the SSI dashboard."""
    return _pool().run(isolate.is_ssi_page, html, url)


def read_ssi(html: str | bytes, url: str | None) -> SsiReading:
    """The SSI dashboard's reading (``auditor.ssi.read_ssi``)."""
    return _pool().run(_read_ssi, html, url)


def redact(html: str | bytes) -> str:
    """The page's copy that is safe to share (``auditor.redact.redact``), made in a worker."""
    return _pool().run(_redact, html)


def _too_complex(error: PageTooComplexError) -> tuple[dict[str, str], int]:
    """An audit past the time limit: 422 ``page_too_complex``."""
    return {"error": str(error), "code": "page_too_complex"}, 422


def _crashed(error: isolate.WorkerCrashError) -> tuple[dict[str, str], int]:
    """A worker failed unexpectedly: a JSON 500, the worker's traceback in the log only."""
    log.error("internal error %s in an audit worker\n%s", error.kind, error.where)
    return {
        "error": "Internal error: the server could not finish this request.",
        "code": "internal",
    }, 500
