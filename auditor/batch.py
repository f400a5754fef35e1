"""Audit many saved pages: find them, audit them in a process pool, stream the results."""

from __future__ import annotations

import os
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import get_all_start_methods
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from auditor.api import audit
from auditor.errors import AuditorError

PAGE_SUFFIXES = (".html", ".htm")
# Folders a walk passes over: installed packages, not saved pages (a virtualenv is also
# known by its pyvenv.cfg). Hidden (dot) folders are passed over too.
SKIPPED_FOLDERS = frozenset({"site-packages", "node_modules", "__pycache__"})


@dataclass(frozen=True)
class Outcome:
    """One file's result: the report document, or the error that stopped it."""

    path: str
    report: dict[str, Any] | None = None
    error: str | None = None
    error_kind: str | None = None  # "not_a_profile", "bad_input", "unreadable"


def find_pages(arguments: Iterable[str]) -> Iterator[str]:
    """Expand arguments: files as given, directories walked for .html/.htm, ``-`` for stdin.

    The walk passes over hidden folders, virtualenvs and package folders below a named
    directory; a directory named as an argument is walked whatever its name.
    """
    for argument in arguments:
        path = Path(argument)
        if argument != "-" and path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not _skipped(Path(root) / d))
                for name in sorted(files):
                    if name.lower().endswith(PAGE_SUFFIXES):
                        yield str(Path(root) / name)
        else:
            yield argument


def _skipped(folder: Path) -> bool:
    """Whether a walk passes over a folder: hidden, a virtualenv, or installed packages."""
    name = folder.name
    return name.startswith(".") or name in SKIPPED_FOLDERS or (folder / "pyvenv.cfg").is_file()


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


def _audit_one(args: tuple[str, str | None]) -> Outcome:
    """Pool worker: audit one path (module level so it pickles)."""
    return audit_file(*args)


def audit_files(
    paths: list[str], lang: str | None = None, jobs: int = 1, stdin: bytes | None = None
) -> Iterator[Outcome]:
    """Audit files in order, in ``jobs`` processes; results stream out as they finish in order."""
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield audit_file(path, lang, stdin)
        return
    # "-" cannot cross to a worker process: audit it here, the rest in the pool.
    # fork where the platform has it: the workers start in milliseconds with the auditor
    # already imported (forkserver or spawn re-import it, ~0.4 s a worker), and the
    # command has started no thread that fork could copy in a bad state.
    method = "fork" if "fork" in get_all_start_methods() else "spawn"
    with get_context(method).Pool(jobs) as pool:
        work = ((p, lang) for p in paths if p != "-")
        results = pool.imap(_audit_one, work, chunksize=4)
        for path in paths:
            yield audit_file(path, lang, stdin) if path == "-" else next(results)
