"""POST /api/audit merges one member's pages of one audit session (issue 10), and only
full audits feed the progress; through Flask's test client on a real SQLite file, and
once through a real ``profile-audit serve`` process.

Pages are synthetic, of invented members (tests/synthetic_details.py).
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC
from datetime import datetime
from typing import Any

import requests

from server import history
from tests.synthetic_details import profile_page
from tests.synthetic_details import profile_url
from tests.synthetic_details import recommendations_page
from tests.synthetic_details import skills_page
from tests.test_server_app import call
from tests.test_server_process import start_server

VANITY = "mira-holloway-3e9d2f71"
NAME = "Mira Holloway"
OTHER = "tovin-aldersgate-58c1e0b2"
OTHER_NAME = "Tovin Aldersgate"
SKILLS = [("Kiln design", 12), ("Glazing", 3), ("Process safety", 0)] + [
    (f"Ceramics topic {n}", 1 + n % 4) for n in range(20)
]
T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def pages(vanity: str = VANITY, name: str = NAME) -> dict[str, dict[str, str]]:
    """The member's profile page and two details pages, as the extension posts them."""
    return {
        "profile": {"url": profile_url(vanity), "html": profile_page(vanity, name)},
        "skills": {
            "url": profile_url(vanity, "skills"),
            "html": skills_page(vanity, name, SKILLS),
        },
        "recommendations": {
            "url": profile_url(vanity, "recommendations"),
            "html": recommendations_page(vanity, name, 4, 2),
        },
    }


def post(client, body: dict[str, str]) -> dict[str, Any]:
    """POST /api/audit; the answer's JSON (200 required)."""
    response = call(client, "POST", "/api/audit", json=body)
    assert response.status_code == 200, response.json
    answer: dict[str, Any] = response.json
    return answer


def stored(app) -> list[sqlite3.Row]:
    """Every audit row, read straight from the SQLite file."""
    with sqlite3.connect(app.config["HISTORY_PATH"]) as db:
        db.row_factory = sqlite3.Row
        return db.execute("SELECT * FROM audits ORDER BY id").fetchall()


def test_details_pages_merge_into_one_audit(app, client, clock):
    """Profile, then Skills, then Recommendations page: each answer is the merged document,
    with every page as a source; the history keeps one row, updated to the last merge."""
    mine = pages()
    alone = post(client, mine["profile"])
    assert alone["unknown_points"] == 10 and alone["merge_note"] is None
    assert [p["section"] for p in alone["details_pages"]] == ["skills", "recommendations"]
    clock.advance(1)
    with_skills = post(client, mine["skills"])
    assert with_skills["profile"]["kind"] == "profile"
    assert with_skills["profile"]["skills_total"] == len(SKILLS)
    assert with_skills["unknown_points"] == 3  # recommendations still unknown
    clock.advance(1)
    full = post(client, mine["recommendations"])
    assert full["merge_note"] is None and full["details_pages"] == []
    assert full["unknown_points"] == 0 and full["score"] > with_skills["score"] > alone["score"]
    assert full["profile"]["recommendations_received"] == 4
    assert [(s["page"], s["kind"], s["captured"]) for s in full["profile"]["sources"]] == [
        (f"/in/{VANITY}/", "profile", "2026-11-29T09:00:00Z"),
        (f"/in/{VANITY}/details/skills/", "details", "2026-11-29T09:01:00Z"),
        (f"/in/{VANITY}/details/recommendations/", "details", "2026-11-29T09:02:00Z"),
    ]
    [row] = stored(app)
    assert (row["score"], row["kind"]) == (full["score"], "profile")
    assert row["at"] == "2026-11-29T09:00:00.000Z"  # the session's start
    [entry] = call(client, "GET", "/api/history").json["audits"]
    assert entry["full"] is True and len(entry["sources"]) == 3
    assert entry["facts"]["skills_total"] == len(SKILLS)
    text = call(client, "GET", "/api/history.csv").get_data(as_text=True)
    [line] = list(csv.DictReader(io.StringIO(text)))
    assert line["full"] == "True"
    assert line["pages"] == "; ".join(s["page"] for s in full["profile"]["sources"])


def test_another_members_details_page_is_not_merged(app, client, clock):
    """A details page of someone else is audited alone, with a note naming both."""
    post(client, pages()["profile"])
    clock.advance(2)
    answer = post(client, pages(OTHER, OTHER_NAME)["skills"])
    assert OTHER in answer["merge_note"] and VANITY in answer["merge_note"]
    assert answer["profile"]["vanity"] == OTHER and answer["profile"]["kind"] == "details"
    assert [len(a["profile"]["sources"]) for a in [answer]] == [1]
    rows = stored(app)
    assert [r["kind"] for r in rows] == ["profile", "details"]
    assert rows[0]["score"] == post(client, pages()["profile"])["score"]  # untouched


def test_older_than_the_window_is_not_merged(app, client, clock):
    """A details page 31 minutes after the profile page: alone, the note says why."""
    first = post(client, pages()["profile"])
    clock.advance(31)
    answer = post(client, pages()["skills"])
    assert "31 minutes" in answer["merge_note"] and "30 minutes" in answer["merge_note"]
    assert answer["profile"]["kind"] == "details"
    rows = stored(app)
    assert [r["kind"] for r in rows] == ["profile", "details"]
    assert rows[0]["score"] == first["score"]


def test_no_session_and_the_note_in_the_reports_language(client, clock):
    """A details page with no profile page before it: alone, noted, in Dutch when asked."""
    answer = post(client, {**pages()["skills"], "lang": "nl"})
    assert answer["merge_note"].startswith("Niet samengevoegd")
    assert VANITY in answer["merge_note"]


def test_a_new_profile_page_audit_starts_a_new_session(app, client, clock):
    """Each profile-page audit is a new session (a new row); details join the last one."""
    post(client, pages()["profile"])
    clock.advance(10)
    post(client, pages()["profile"])
    clock.advance(1)
    merged = post(client, pages()["skills"])
    assert merged["merge_note"] is None and len(merged["profile"]["sources"]) == 2
    rows = stored(app)
    assert len(rows) == 2 and rows[1]["score"] == merged["score"] > rows[0]["score"]


def test_erased_history_ends_the_session(app, client, clock):
    """After DELETE /api/history a details page does not bring the erased audit back."""
    post(client, pages()["profile"])
    assert call(client, "DELETE", "/api/history").status_code == 200
    clock.advance(1)
    answer = post(client, pages()["skills"])
    assert answer["merge_note"] is not None
    assert [r["kind"] for r in stored(app)] == ["details"]


def test_only_full_audits_feed_the_progress(app, client, clock):
    """A details page alone (a lower score, later the same day) never shows as a drop in
    /api/progress, nor changes which profile is the default; a full audit does."""
    full = post(client, pages()["profile"])
    clock.advance(45)
    one = {"url": profile_url(VANITY, "recommendations")}
    lone = post(client, {**one, "html": recommendations_page(VANITY, NAME, 1, 0)})
    assert lone["merge_note"] is not None and lone["score"] < full["score"]
    for _ in range(3):  # the other member's details pages: more audits, none full
        post(client, pages(OTHER, OTHER_NAME)["recommendations"])
    progress = call(client, "GET", "/api/progress").json
    assert progress["profile"] == VANITY
    assert progress["days"] == [
        {"date": "2026-11-29", "estimate": full["score"], "measured": None, "gap": None}
    ]
    entries = call(client, "GET", f"/api/history?profile={VANITY}").json["audits"]
    assert [e["full"] for e in entries] == [True, False]


def test_migration_4_gives_old_rows_their_kind(tmp_path):
    """A version-3 database: each row's kind comes from its facts; no kind counts as full."""
    db = history.connect(tmp_path / "h.sqlite3")
    for statement in history.MIGRATIONS[:3]:
        for part in history._statements(statement):
            db.execute(part)
    db.execute("PRAGMA user_version = 3")
    for kind in ("profile", "details", None):
        facts = "{}" if kind is None else f'{{"kind": "{kind}"}}'
        db.execute(
            "INSERT INTO audits (at, vanity, score, max_score, unknown_points, points, facts)"
            " VALUES ('2026-01-01T00:00:00.000Z', 'old', 12, 25, 0, '{}', ?)",
            (facts,),
        )
    assert history.migrate(db) == 3
    found = [tuple(r) for r in db.execute("SELECT kind, sources FROM audits ORDER BY id")]
    assert found == [("profile", "[]"), ("details", "[]"), (None, "[]")]
    db.close()


def test_merge_through_the_real_server(tmp_path):
    """A real server process: profile, another member's details page (not merged), the
    member's Skills page (merged); the history has the merged audit and the lone page."""
    server = start_server(tmp_path)
    try:

        def send(body: dict[str, str]) -> dict[str, Any]:
            response = requests.post(
                f"{server.base}/api/audit", headers=server.auth(), json=body, timeout=60
            )
            assert response.status_code == 200, response.text
            answer: dict[str, Any] = response.json()
            return answer

        alone = send(pages()["profile"])
        other = send(pages(OTHER, OTHER_NAME)["skills"])
        merged = send(pages()["skills"])
        assert OTHER in other["merge_note"] and merged["merge_note"] is None
        assert merged["profile"]["skills_total"] == len(SKILLS)
        assert merged["unknown_points"] < alone["unknown_points"]
        assert [s["kind"] for s in merged["profile"]["sources"]] == ["profile", "details"]
        audits = server.history()
        assert [(a["vanity"], a["kind"], a["score"]) for a in audits] == [
            (VANITY, "profile", merged["score"]),
            (OTHER, "details", other["score"]),
        ]
    finally:
        server.stop()
