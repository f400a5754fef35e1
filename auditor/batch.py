"""Audit many saved pages: find them, audit them in worker processes, stream the results.

Each file has the time limit of ``auditor.isolate``: a file past it, or one that makes
the auditor fail in a way it does not document, is a failed file and the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor import isolate
from auditor.errors import AuditorError
from auditor.errors import PageTooComplexError
from auditor.report import audit

PAGE_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Outcome:
    """One file's result: the report document, or the error that stopped it."""

    path: str
    report: dict[str, Any] | None = None
    error: str | None = None
    # "not_a_profile", "bad_input", "unreadable", "page_too_complex" or "internal"
    error_kind: str | None = None


def find_pages(arguments: Iterable[str]) -> Iterator[str]:
    """Expand arguments: files as given, directories walked for .html/.htm, ``-`` for stdin."""
    for argument in arguments:
        path = Path(argument)
        if argument != "-" and path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(PAGE_SUFFIXES):
                        yield str(Path(root) / name)
        else:
            yield argument


def audit_file(path: str, lang: str | None = None, stdin: bytes | None = None) -> Outcome:
    """Audit one file (``-``: the given stdin bytes); errors become part of the outcome."""
    from auditor.errors import NotAProfileError

    try:
        data = stdin if path == "-" and stdin is not None else Path(path).read_bytes()
    except OSError as error:
        return Outcome(
            path, error=f"cannot read the file: {error.strerror or error}", error_kind="unreadable"
        )
    try:
        report = audit(data, lang=lang)
    except NotAProfileError as error:
        return Outcome(path, error=str(error), error_kind="not_a_profile")
    except AuditorError as error:
        return Outcome(path, error=str(error), error_kind="bad_input")
    return Outcome(path, report=report.model_dump(mode="json"))


def _too_complex(args: tuple[Any, ...], error: PageTooComplexError) -> Outcome:
    """The outcome of a file whose audit ran past the time limit."""
    return Outcome(args[0], error=str(error), error_kind="page_too_complex")


def _crashed(args: tuple[Any, ...], crash: isolate.WorkerCrashError) -> Outcome:
    """The outcome of a file the auditor failed on in a way it does not document."""
    return Outcome(
        args[0],
        error=f"internal error ({crash.kind}) while auditing this file: please report it",
        error_kind="internal",
    )


def audit_files(
    paths: list[str],
    lang: str | None = None,
    jobs: int = 1,
    stdin: bytes | None = None,
    limit: float | None = None,
) -> Iterator[Outcome]:
    """Audit files in order, ``jobs`` at a time in worker processes, each within ``limit``
    seconds (default: ``isolate.time_limit()``); results stream out in order."""
    # fork: the command has started no thread that fork could copy in a bad state, and
    # forked workers start in milliseconds with the auditor already imported.
    workers = isolate.Workers(jobs, isolate.time_limit(limit), start_method="fork")
    calls = ((path, lang, stdin if path == "-" else None) for path in paths)
    try:
        yield from workers.map(audit_file, calls, on_timeout=_too_complex, on_crash=_crashed)
    finally:
        workers.close()
