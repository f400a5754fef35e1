"""The private history: one SQLite row per audit or SSI reading; facts and scores, never HTML.

WAL mode lets readers run beside the one writer; each server thread keeps one connection
(opening one per request cost ~40% of an audit's time under disk load) and writes are
single short transactions with a busy timeout, so concurrent requests wait instead of
failing. ``synchronous=FULL``: an audit the server acknowledged (200) is on disk, even
if the process is killed right after.

Faults: a history that cannot be opened at start stops the server with one line (never
deleted; ``serve --reset-broken-history`` moves it aside, data kept). At run time, a
deleted history is re-created owner-only, and an audit that cannot be saved is still
answered, with ``"saved": false`` and the reason (``save``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from collections.abc import Iterable
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any
from typing import TypeVar

from flask import Flask
from flask import current_app

from auditor import compare
from auditor import urls
from auditor.ssi import PILLARS
from auditor.ssi import SsiReading
from server.config import DataDirError

_T = TypeVar("_T")

log = logging.getLogger(__name__)
BUSY_TIMEOUT_S = 30.0  # 8 writers x a few ms each: far below this, even on a slow disk

# Schema migrations, applied in order; PRAGMA user_version is the number applied so far.
# Add a migration by appending; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    # 1: one row per audit
    """
    CREATE TABLE audits (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,                 -- ISO-8601 UTC
        vanity TEXT,
        name TEXT,
        url TEXT,
        score REAL NOT NULL,
        max_score INTEGER NOT NULL,
        unknown_points REAL NOT NULL,
        points TEXT NOT NULL,             -- JSON {criterion id: points}
        facts TEXT NOT NULL               -- JSON, see facts_of()
    );
    """,
    # 2: the extension asks for one profile's history
    "CREATE INDEX audits_by_vanity ON audits (vanity, id);",
    # 3: LinkedIn's own SSI, read from the /sales/ssi dashboard (issue #7); numbers only
    """
    CREATE TABLE ssi_readings (
        id INTEGER PRIMARY KEY,
        taken_at TEXT NOT NULL,           -- ISO-8601 UTC
        date TEXT NOT NULL,               -- YYYY-MM-DD of taken_at (UTC): the progress day
        total REAL,                       -- out of 100, NULL when the page did not show it
        brand REAL,                       -- the four pillars, each out of 25
        people REAL,
        insights REAL,
        relationships REAL,
        rank_industry INTEGER,            -- N of "top N%"
        rank_network INTEGER,
        industry TEXT,
        lang TEXT,
        layout TEXT NOT NULL              -- which markup was read: 2025 or 2021-json
    );
    CREATE INDEX ssi_readings_by_date ON ssi_readings (date, id);
    """,
    # 4: merged audits (issue 10): the page kind (profile = a full audit) and the pages used
    # (kind: profile, public_profile, details or activity; sources: JSON [{page, kind,
    # captured}], one entry per page used)
    """
    ALTER TABLE audits ADD COLUMN kind TEXT;
    UPDATE audits SET kind = json_extract(facts, '$.kind');
    ALTER TABLE audits ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

# A full audit: the logged-in profile page, merged with its details pages when there were
# any. Only full audits feed the trend and the progress; a row from before migration 4
# whose facts did not say its kind (NULL) counts as one, as it did then.
FULL = "(kind IS NULL OR kind = 'profile')"

# Profile facts kept as they are: numbers, flags, and the two short texts the history shows.
_KEPT_FACTS = (
    "kind",
    "layout",
    "ui_language",
    "name",
    "headline",
    "photo",
    "banner",
    "custom_url",
    "connections",
    "followers",
    "positions",
    "education",
    "skills_total",
    "recommendations_received",
    "recommendations_given",
    "activity",
    "featured",
    "open_to_work",
    "creator",
    "unknown",
)
CSV_COLUMNS = ("at", "vanity", "name", "url", "score", "max_score", "unknown_points", "full")
# NOTE: keep in sync with _ssi_entry(): the SSI columns of the CSV export, after the audits'.
SSI_CSV_COLUMNS = (
    "date",
    "total",
    *PILLARS,
    "rank_industry",
    "rank_network",
    "industry",
    "lang",
    "layout",
)


def connect(path: Path) -> sqlite3.Connection:
    """Open the database with the pragmas every connection needs."""
    # isolation_level=None: no implicit transactions; writes say BEGIN IMMEDIATE themselves.
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def migrate(db: sqlite3.Connection) -> int:
    """Bring the schema to ``SCHEMA_VERSION``; return the version found before.

    :raise RuntimeError: the database is newer than this program.
    """
    db.execute("BEGIN IMMEDIATE")  # one migrator at a time, even across processes
    try:
        found = int(db.execute("PRAGMA user_version").fetchone()[0])
        if found > SCHEMA_VERSION:
            raise RuntimeError(
                f"the history database has schema {found}, newer than this program's "
                f"{SCHEMA_VERSION}: upgrade profile-auditor"
            )
        for version in range(found, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[version]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")  # an int: safe to format
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return found


def _statements(script: str) -> Iterable[str]:
    """Split a migration into statements (executescript would commit our transaction).

    The split is naive: a migration never puts a semicolon inside a comment or a string.
    """
    return (part.strip() for part in script.split(";") if part.strip())


def init_app(app: Flask) -> None:
    """Open and migrate the history once at start.

    :raise DataDirError: it cannot be opened (a broken one is moved aside first when
        ``RESET_BROKEN_HISTORY`` is set, and opened anew).
    """
    path = Path(app.config["HISTORY_PATH"])
    try:
        _open(path)
    except _BrokenHistoryError as broken:
        if not app.config.get("RESET_BROKEN_HISTORY"):
            raise DataDirError(
                f"the history {path} cannot be read ({broken}); it is left as it is. Move it "
                f"aside (mv {path} {path}.broken) to start a new history, or start with "
                "`profile-audit serve --reset-broken-history` to have it moved aside"
            ) from None
        kept = _move_aside(path)
        log.warning(
            "the history %s could not be read (%s): moved aside to %s with its data; "
            "a new history was started",
            path,
            broken,
            kept,
        )
        try:
            _open(path)
        except _BrokenHistoryError as again:
            raise DataDirError(f"cannot start a new history at {path} ({again})") from None


class _BrokenHistoryError(Exception):
    """The history file is not a readable SQLite database (corrupt or truncated)."""


def _open(path: Path) -> None:
    """Create (owner-only), check and migrate the history at ``path``.

    :raise DataDirError: it is read-only or cannot be created.
    :raise _BrokenHistoryError: it is not a readable database.
    """
    if path.is_dir():
        raise DataDirError(
            f"the history {path} is a directory: move it aside (mv {path} {path}.old)"
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DataDirError(f"the history {path} is read-only: make it writable (chmod u+rw {path})")
    try:
        path.touch(mode=0o600, exist_ok=True)  # owner-only; SQLite gives -wal and -shm the same
        db = connect(path)
    except (OSError, sqlite3.OperationalError) as error:
        raise DataDirError(
            f"cannot open the history {path} ({error}): make the data directory writable"
        ) from None
    except sqlite3.DatabaseError as error:
        raise _BrokenHistoryError(str(error)) from None
    try:
        found = db.execute("PRAGMA quick_check").fetchone()[0]
        if found != "ok":
            raise _BrokenHistoryError(f"integrity check: {found}")
        migrate(db)
    except RuntimeError as error:  # a newer schema
        raise DataDirError(f"{error} (the history is {path})") from None
    except sqlite3.OperationalError as error:
        raise DataDirError(
            f"cannot write the history {path} ({error}): make it and the data directory writable"
        ) from None
    except sqlite3.DatabaseError as error:
        raise _BrokenHistoryError(str(error)) from None
    finally:
        db.close()


def _move_aside(path: Path) -> Path:
    """Rename a broken history (and its -wal/-shm) to ``<name>.broken-<UTC time>``; never
    delete it: what it holds may still be recovered (``sqlite3 ... .recover``)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    for suffix in ("-wal", "-shm", ""):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.rename(target.with_name(target.name + suffix))
    return target


_local = threading.local()  # this thread's (path, inode, connection)
_reported: set[tuple[str, str]] = set()  # faults already logged, once each
_reported_lock = threading.Lock()


def get_db() -> sqlite3.Connection:
    """This thread's connection to the app's history, opened on first use.

    A history deleted while the server runs is re-created (owner-only) and migrated: a
    connection to the deleted file would write where no one can read it.
    """
    path = Path(current_app.config["HISTORY_PATH"])
    held = getattr(_local, "held", None)
    try:
        inode = path.stat().st_ino
    except FileNotFoundError:
        inode = None
    if held is not None and held[0] == path and held[1] == inode:
        db: sqlite3.Connection = held[2]
        return db
    if held is not None:
        held[2].close()
        _local.held = None
    if inode is None:
        _report(
            path,
            "deleted",
            f"the history {path} was deleted while the server ran: a new, "
            "empty history was created there (owner-only)",
        )
        _open(path)
        inode = path.stat().st_ino
    db = connect(path)
    _local.held = (path, inode, db)
    return db


def _report(path: Path, kind: str, message: str) -> None:
    """Log a history fault once per file and kind (not once per audit)."""
    with _reported_lock:
        if (str(path), kind) in _reported:
            return
        _reported.add((str(path), kind))
    log.error("%s", message)


def close_db(_error: BaseException | None = None) -> None:
    """Close this thread's connection (tests; the server keeps it for the next request)."""
    held = getattr(_local, "held", None)
    _local.held = None
    if held is not None:
        held[2].close()


def guarded(write: Callable[[], _T]) -> tuple[_T | None, dict[str, Any]]:
    """Run a write to the history; return its result and whether it was saved:
    ``{"saved": true}``, or ``{"saved": false, "not_saved_reason": why}`` (and no result)
    when the history cannot take it (read-only, full disk, broken file). The user keeps
    the audit either way; the fault is logged once."""
    try:
        result = write()
    except (sqlite3.Error, OSError, DataDirError) as error:
        close_db()  # the next request reconnects: the fault may be fixed by then
        path = current_app.config["HISTORY_PATH"]
        reason = f"the history {path} cannot be written ({error})"
        _report(Path(path), f"write:{error}", reason + ": audits are answered but not saved")
        return None, {"saved": False, "not_saved_reason": reason}
    return result, {"saved": True}


def facts_of(profile: dict[str, Any]) -> dict[str, Any]:
    """The facts worth keeping: numbers and flags, name and headline; no other free text."""
    facts = {key: profile.get(key) for key in _KEPT_FACTS}
    about = profile.get("about")
    facts["about"] = (
        None
        if about is None
        else {"characters": about.get("characters"), "words": about.get("words")}
    )
    position = profile.get("current_position")
    facts["current_position"] = (
        None
        if position is None
        else {
            "has_title": bool(position.get("title")),
            "has_company": bool(position.get("company")),
            "company_linked": position.get("company_linked"),
            "has_description": position.get("has_description"),
        }
    )
    skills = profile.get("skills")
    facts["skills_shown"] = None if skills is None else len(skills)
    facts["endorsements_shown"] = (
        None if skills is None else sum(s.get("endorsements") or 0 for s in skills)
    )
    facts["location"] = None if profile.get("location") is None else bool(profile["location"])
    facts["industry"] = None if profile.get("industry") is None else bool(profile["industry"])
    return facts


def record(document: dict[str, Any], at: datetime | None = None) -> dict[str, Any]:
    """Store one audit document's scores and facts; return the history entry (with its id)."""
    profile = document["profile"]
    entry = {"at": _iso(at or datetime.now(UTC)), **_columns(document)}
    db = get_db()
    # One statement in autocommit mode is one transaction; the busy timeout queues writers.
    cursor = db.execute(
        "INSERT INTO audits (at, vanity, name, url, score, max_score, unknown_points,"
        " points, facts, kind, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry["at"], *_values(entry)),
    )
    entry["id"] = cursor.lastrowid
    entry["full"] = profile.get("kind") == "profile"
    return entry


def update(row_id: int, document: dict[str, Any]) -> bool:
    """Replace an audit's scores and facts with a merged document (its time stays the
    session's); False when the row is gone (the history was erased meanwhile)."""
    entry = _columns(document)
    cursor = get_db().execute(
        "UPDATE audits SET vanity = ?, name = ?, url = ?, score = ?, max_score = ?,"
        " unknown_points = ?, points = ?, facts = ?, kind = ?, sources = ? WHERE id = ?",
        (*_values(entry), row_id),
    )
    return cursor.rowcount == 1


def _columns(document: dict[str, Any]) -> dict[str, Any]:
    """The history entry of an audit document, but its time and id."""
    profile = document["profile"]
    return {
        "vanity": profile.get("vanity"),
        "name": profile.get("name"),
        # the address without ?trk=... or #fragment: those are tracking, not the page
        "url": urls.without_query(profile.get("url")),
        "score": document["score"],
        "max_score": document["max_score"],
        "unknown_points": document["unknown_points"],
        "points": {c["id"]: c["points"] for c in document["criteria"]},
        "facts": facts_of(profile),
        "kind": profile.get("kind"),
        "sources": profile.get("sources") or [],
    }


def _values(entry: dict[str, Any]) -> tuple[Any, ...]:
    """An entry's column values, in the order record() and update() name them."""
    return (
        entry["vanity"],
        entry["name"],
        entry["url"],
        entry["score"],
        entry["max_score"],
        entry["unknown_points"],
        json.dumps(entry["points"]),
        json.dumps(entry["facts"], ensure_ascii=False),
        entry["kind"],
        json.dumps(entry["sources"], ensure_ascii=False),
    )


def _iso(moment: datetime) -> str:
    """ISO-8601 in UTC with a Z, to the millisecond."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def entries(vanity: str | None = None) -> list[dict[str, Any]]:
    """Past audits, oldest first; only one profile's when ``vanity`` is given."""
    query = "SELECT * FROM audits"
    params: tuple[str, ...] = ()
    if vanity is not None:
        query += " WHERE vanity = ?"
        params = (vanity,)
    rows = get_db().execute(query + " ORDER BY id", params).fetchall()
    return [_entry(row) for row in rows]


def _entry(row: sqlite3.Row) -> dict[str, Any]:
    """A database row as the history entry the API returns."""
    return {
        "id": row["id"],
        "at": row["at"],
        "vanity": row["vanity"],
        "name": row["name"],
        "url": row["url"],
        "score": row["score"],
        "max_score": row["max_score"],
        "unknown_points": row["unknown_points"],
        "points": json.loads(row["points"]),
        "facts": json.loads(row["facts"]),
        "kind": row["kind"],
        "full": row["kind"] in (None, "profile"),
        "sources": json.loads(row["sources"]),
    }


def delete(vanity: str | None = None) -> tuple[int, int]:
    """Erase the history; return how many audits and SSI readings were deleted.

    With ``vanity`` only that profile's audits go: readings belong to no profile (the
    dashboard shows the signed-in member's own SSI), so they stay.
    """
    db = get_db()
    if vanity is not None:
        return db.execute("DELETE FROM audits WHERE vanity = ?", (vanity,)).rowcount, 0
    db.execute("BEGIN IMMEDIATE")  # both tables or neither: an erase is never half done
    try:
        audits = db.execute("DELETE FROM audits").rowcount
        readings = db.execute("DELETE FROM ssi_readings").rowcount
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return audits, readings


def record_ssi(reading: SsiReading, at: datetime | None = None) -> dict[str, Any]:
    """Store one SSI dashboard reading (numbers, industry, language, layout); return its entry."""
    taken_at = _iso(at or datetime.now(UTC))
    get_db().execute(
        "INSERT INTO ssi_readings (taken_at, date, total, brand, people, insights,"
        " relationships, rank_industry, rank_network, industry, lang, layout)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            taken_at,
            taken_at[:10],
            reading.total,
            *(getattr(reading.pillars, pillar) for pillar in PILLARS),
            reading.ranks.industry,
            reading.ranks.network,
            reading.industry,
            reading.lang,
            reading.layout,
        ),
    )
    row = get_db().execute("SELECT * FROM ssi_readings WHERE id = last_insert_rowid()").fetchone()
    return _ssi_entry(row)


def ssi_entries() -> list[dict[str, Any]]:
    """Every SSI reading, oldest first."""
    rows = get_db().execute("SELECT * FROM ssi_readings ORDER BY taken_at, id").fetchall()
    return [_ssi_entry(row) for row in rows]


def _ssi_entry(row: sqlite3.Row) -> dict[str, Any]:
    """A reading row as the entry the API returns (the SsiReading's shape, plus when)."""
    return {
        "taken_at": row["taken_at"],
        "date": row["date"],
        "total": row["total"],
        "pillars": {pillar: row[pillar] for pillar in PILLARS},
        "ranks": {"industry": row["rank_industry"], "network": row["rank_network"]},
        "industry": row["industry"],
        "lang": row["lang"],
        "layout": row["layout"],
    }


def most_audited() -> str | None:
    """The profile with the most full audits (ties: the one audited last); None before any."""
    row = (
        get_db()
        .execute(
            f"SELECT vanity FROM audits WHERE vanity IS NOT NULL AND {FULL} GROUP BY vanity"
            " ORDER BY count(*) DESC, max(id) DESC LIMIT 1"
        )
        .fetchone()
    )
    return None if row is None else str(row["vanity"])


def progress(
    vanity: str | None = None, date: str | None = None
) -> tuple[str | None, list[compare.Day]]:
    """The chosen profile (``vanity``, else the most audited) and its days, oldest first.

    A day's estimate is that profile's latest full audit of the day (the profile page,
    merged with its details pages when there were any: a details-page or public-page
    audit alone is no estimate of the pillar), its measured value the latest reading's
    brand pillar; days are UTC dates. ``date`` keeps only that day.
    """
    profile = vanity or most_audited()
    db = get_db()
    only = " WHERE date = ?" if date else ""
    readings = [
        (row["date"], row["taken_at"], row["brand"])
        for row in db.execute(
            "SELECT date, taken_at, brand FROM ssi_readings" + only, (date,) if date else ()
        )
    ]
    audits: list[tuple[str, str, float]] = []
    if profile is not None:
        # `at` is ISO-8601 UTC, so its first ten characters are the UTC date.
        audits = [
            (row["at"][:10], row["at"], row["score"])
            for row in db.execute(
                f"SELECT at, score FROM audits WHERE vanity = ? AND {FULL}", (profile,)
            )
            if date is None or row["at"][:10] == date
        ]
    return profile, compare.days(readings, audits)


def to_csv(rows: list[dict[str, Any]], readings: list[dict[str, Any]] | None = None) -> str:
    """The history as one CSV table, oldest first: a ``kind`` column (audit or ssi), the
    audit columns (``full``, one per criterion, facts as JSON, the pages used separated by
    "; "), then the SSI reading columns.

    Each row fills its own kind's columns and leaves the other kind's empty; ``at`` is
    the audit's time or the reading's ``taken_at``.
    """
    criteria: list[str] = []
    for row in rows:
        criteria += [c for c in row["points"] if c not in criteria]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "kind",
            *CSV_COLUMNS,
            *(f"points:{c}" for c in criteria),
            "facts",
            "pages",
            *(f"ssi:{column}" for column in SSI_CSV_COLUMNS),
        ]
    )
    blank_audit = [""] * (len(CSV_COLUMNS) - 1 + len(criteria) + 2)
    lines = [
        (
            row["at"],
            [
                "audit",
                *(_cell(row[column]) for column in CSV_COLUMNS),
                *(_cell(row["points"].get(c)) for c in criteria),
                _cell(json.dumps(row["facts"], ensure_ascii=False, sort_keys=True)),
                _cell("; ".join(source["page"] for source in row["sources"])),
                *([""] * len(SSI_CSV_COLUMNS)),
            ],
        )
        for row in rows
    ]
    lines += [
        (
            reading["taken_at"],
            [
                "ssi",
                _cell(reading["taken_at"]),
                *blank_audit,
                *(_cell(value) for value in _ssi_cells(reading)),
            ],
        )
        for reading in readings or []
    ]
    for _at, line in sorted(lines, key=lambda pair: pair[0]):  # stable: ties keep their order
        writer.writerow(line)
    return out.getvalue()


def _ssi_cells(reading: dict[str, Any]) -> list[Any]:
    """A reading entry's values in ``SSI_CSV_COLUMNS`` order."""
    return [
        reading["date"],
        reading["total"],
        *(reading["pillars"][p] for p in PILLARS),
        reading["ranks"]["industry"],
        reading["ranks"]["network"],
        reading["industry"],
        reading["lang"],
        reading["layout"],
    ]


def _cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading quote.

    >>> _cell("=HYPERLINK(1)"), _cell(12.5), _cell(None)
    ("'=HYPERLINK(1)", '12.5', '')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        # Names and headlines come from other people's pages: no CSV formula injection.
        return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
    return str(value)
