"""The private history: one SQLite row per audit, derived facts and scores only, never HTML.

WAL mode lets readers run beside the one writer; each request opens its own connection
(closed at teardown) and writes are single short transactions with a busy timeout, so
concurrent requests wait instead of failing. ``synchronous=FULL``: an audit the server
acknowledged (200) is on disk, even if the process is killed right after.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import Flask
from flask import current_app
from flask import g

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
)
SCHEMA_VERSION = len(MIGRATIONS)

# Profile facts kept as they are: numbers, flags, and the two short texts the history shows.
_KEPT_FACTS = (
    "kind", "layout", "ui_language", "name", "headline", "photo", "banner", "custom_url",
    "connections", "followers", "positions", "education", "skills_total",
    "recommendations_received", "recommendations_given", "activity", "featured",
    "open_to_work", "creator", "unknown",
)
CSV_COLUMNS = ("at", "vanity", "name", "url", "score", "max_score", "unknown_points")


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
    """Split a migration into statements (executescript would commit our transaction)."""
    return (part.strip() for part in script.split(";") if part.strip())


def init_app(app: Flask) -> None:
    """Migrate the database once at start; close each request's connection at teardown."""
    path = Path(app.config["HISTORY_PATH"])
    path.touch(mode=0o600, exist_ok=True)  # owner-only; SQLite gives -wal and -shm the same mode
    db = connect(path)
    try:
        migrate(db)
    finally:
        db.close()
    app.teardown_appcontext(close_db)


def get_db() -> sqlite3.Connection:
    """This request's connection, opened on first use (flaskr's db.get_db)."""
    if "db" not in g:
        g.db = connect(Path(current_app.config["HISTORY_PATH"]))
    db: sqlite3.Connection = g.db
    return db


def close_db(_error: BaseException | None = None) -> None:
    """Close this request's connection, if it opened one."""
    db = g.pop("db", None)
    if db is not None:
        db.close()


def facts_of(profile: dict[str, Any]) -> dict[str, Any]:
    """The facts worth keeping: numbers and flags, name and headline; no other free text."""
    facts = {key: profile.get(key) for key in _KEPT_FACTS}
    about = profile.get("about")
    facts["about"] = None if about is None else {
        "characters": about.get("characters"), "words": about.get("words")}
    position = profile.get("current_position")
    facts["current_position"] = None if position is None else {
        "has_title": bool(position.get("title")),
        "has_company": bool(position.get("company")),
        "company_linked": position.get("company_linked"),
        "has_description": position.get("has_description"),
    }
    skills = profile.get("skills")
    facts["skills_shown"] = None if skills is None else len(skills)
    facts["endorsements_shown"] = None if skills is None else sum(
        s.get("endorsements") or 0 for s in skills)
    facts["location"] = None if profile.get("location") is None else bool(profile["location"])
    facts["industry"] = None if profile.get("industry") is None else bool(profile["industry"])
    return facts


def record(document: dict[str, Any], at: datetime | None = None) -> dict[str, Any]:
    """Store one audit document's scores and facts; return the history entry."""
    profile = document["profile"]
    entry = {
        "at": _iso(at or datetime.now(UTC)),
        "vanity": profile.get("vanity"),
        "name": profile.get("name"),
        "url": profile.get("url"),
        "score": document["score"],
        "max_score": document["max_score"],
        "unknown_points": document["unknown_points"],
        "points": {c["id"]: c["points"] for c in document["criteria"]},
        "facts": facts_of(profile),
    }
    db = get_db()
    # One statement in autocommit mode is one transaction; the busy timeout queues writers.
    db.execute(
        "INSERT INTO audits (at, vanity, name, url, score, max_score, unknown_points,"
        " points, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry["at"], entry["vanity"], entry["name"], entry["url"], entry["score"],
         entry["max_score"], entry["unknown_points"], json.dumps(entry["points"]),
         json.dumps(entry["facts"], ensure_ascii=False)),
    )
    return entry


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
        "at": row["at"],
        "vanity": row["vanity"],
        "name": row["name"],
        "url": row["url"],
        "score": row["score"],
        "max_score": row["max_score"],
        "unknown_points": row["unknown_points"],
        "points": json.loads(row["points"]),
        "facts": json.loads(row["facts"]),
    }


def delete(vanity: str | None = None) -> int:
    """Erase the history (or one profile's); return how many audits were deleted."""
    if vanity is None:
        cursor = get_db().execute("DELETE FROM audits")
    else:
        cursor = get_db().execute("DELETE FROM audits WHERE vanity = ?", (vanity,))
    return cursor.rowcount


def to_csv(rows: list[dict[str, Any]]) -> str:
    """The history as CSV: fixed columns, one points column per criterion, facts as JSON."""
    criteria: list[str] = []
    for row in rows:
        criteria += [c for c in row["points"] if c not in criteria]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*CSV_COLUMNS, *(f"points:{c}" for c in criteria), "facts"])
    for row in rows:
        writer.writerow([
            *(_cell(row[column]) for column in CSV_COLUMNS),
            *(_cell(row["points"].get(c)) for c in criteria),
            _cell(json.dumps(row["facts"], ensure_ascii=False, sort_keys=True)),
        ])
    return out.getvalue()


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
