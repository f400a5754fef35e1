"""Audit many saved pages: find them, read them in worker processes, merge each member's
pages of one audit session, score, and stream the results.

A file's capture time is its modification time (standard input: the time it is read):
pages of one member saved within ``merge.WINDOW`` of their profile page are merged into
one report, unless the caller audits each alone (``separate``). Each file has the time
limit of ``auditor.isolate``: a file past it, or one that makes the auditor fail in a way
it does not document, is a failed file and the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor import isolate
from auditor import merge
from auditor import report_i18n
from auditor.errors import AuditorError
from auditor.errors import NotAProfileError
from auditor.errors import PageTooComplexError
from auditor.findings import Message
from auditor.model import Profile

# Imported here, in the parent, rather than in read_file: forked workers start with the
# parser already imported, instead of each importing it again.
from auditor.parse import parse_profile
from auditor.report import score

PAGE_SUFFIXES = (".html", ".htm")
# Folders a walk passes over: installed packages, not saved pages (a virtualenv is also
# known by its pyvenv.cfg). Hidden (dot) folders are passed over too.
SKIPPED_FOLDERS = frozenset({"site-packages", "node_modules", "__pycache__"})


@dataclass(frozen=True)
class Read:
    """One file read: its facts stamped with the file's capture time, or the error."""

    path: str
    profile: Profile | None = None
    error: str | None = None
    # "not_a_profile", "bad_input", "unreadable", "page_too_complex" or "internal"
    error_kind: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One report (of one file, or of one member's files merged), or a file's error."""

    path: str  # the file reported (a merge's profile page)
    report: dict[str, Any] | None = None
    error: str | None = None
    error_kind: str | None = None  # "not_a_profile", "bad_input", "unreadable"
    paths: list[str] = field(default_factory=list)  # every file used, ``path`` first


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


def read_file(path: str, stdin: bytes | None = None) -> Read:
    """Read one file's facts (``-``: the given stdin bytes); errors become part of the result.

    The page's source is named by its URL path when the page states its address, else by
    the file's path; its capture time is the file's modification time.
    """
    try:
        if path == "-" and stdin is not None:
            data, captured = stdin, datetime.now(UTC)
        else:
            file = Path(path)
            data = file.read_bytes()
            captured = datetime.fromtimestamp(file.stat().st_mtime, UTC)
    except OSError as error:
        return Read(
            path, error=f"cannot read the file: {error.strerror or error}", error_kind="unreadable"
        )
    try:
        profile = parse_profile(data)
    except NotAProfileError as error:
        return Read(path, error=str(error), error_kind="not_a_profile")
    except AuditorError as error:
        return Read(path, error=str(error), error_kind="bad_input")
    return Read(path, profile=merge.stamp(profile, captured, path))


def _too_complex(args: tuple[Any, ...], error: PageTooComplexError) -> Read:
    """The result of a file whose reading ran past the time limit."""
    return Read(args[0], error=str(error), error_kind="page_too_complex")


def _crashed(args: tuple[Any, ...], crash: isolate.WorkerCrashError) -> Read:
    """The result of a file the auditor failed on in a way it does not document."""
    return Read(
        args[0],
        error=f"internal error ({crash.kind}) while auditing this file: please report it",
        error_kind="internal",
    )


def read_files(
    paths: list[str], jobs: int = 1, stdin: bytes | None = None, limit: float | None = None
) -> Iterator[Read]:
    """Read files in order, ``jobs`` at a time in worker processes, each within ``limit``
    seconds (default: ``isolate.time_limit()``); results stream out in order."""
    # fork: the command has started no thread that fork could copy in a bad state, and
    # forked workers start in milliseconds with the auditor already imported.
    workers = isolate.Workers(jobs, isolate.time_limit(limit), start_method="fork")
    calls = ((path, stdin if path == "-" else None) for path in paths)
    try:
        yield from workers.map(read_file, calls, on_timeout=_too_complex, on_crash=_crashed)
    finally:
        workers.close()


def group(reads: Sequence[Read]) -> list[tuple[list[Read], Message | None]]:
    """Each member's pages of one audit session together (``merge.sessions``), in the
    order the files were given; a file that failed, or a page that joins no session,
    stands alone (the latter with the note saying why)."""
    readable = [i for i, read in enumerate(reads) if read.profile is not None]
    profiles = [profile for read in reads if (profile := read.profile) is not None]
    units: list[tuple[int, list[Read], Message | None]] = [
        (i, [read], None) for i, read in enumerate(reads) if read.profile is None
    ]
    for session in merge.sessions(profiles):
        indices = [readable[page] for page in session.pages]
        units.append((min(indices), [reads[i] for i in indices], session.note))
    return [(members, note) for _first, members, note in sorted(units, key=lambda u: u[0])]


def outcome(reads: Sequence[Read], lang: str | None = None, note: Message | None = None) -> Outcome:
    """The report of one file, or of one member's files merged (the first is the profile
    page); a failed file's error."""
    first = reads[0]
    paths = [read.path for read in reads]
    if first.profile is None:
        return Outcome(first.path, error=first.error, error_kind=first.error_kind, paths=paths)
    profile = merge.merge([read.profile for read in reads if read.profile is not None])
    report = score(profile, report_i18n.negotiate(lang), note).model_dump(mode="json")
    return Outcome(first.path, report=report, paths=paths)
