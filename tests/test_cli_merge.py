"""The ``profile-audit`` command merges one member's saved pages into one report (issue 10),
run as a user runs it, on synthetic pages of invented members (tests/synthetic_details.py).

A file's capture time is its modification time: the tests set it with os.utime.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC
from datetime import datetime
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import main
from auditor.merge import iso
from tests.synthetic_details import profile_page
from tests.synthetic_details import recommendations_page
from tests.synthetic_details import skills_page
from tests.test_cli import run

MIRA = ("mira-holloway-3e9d2f71", "Mira Holloway")
TOVIN = ("tovin-aldersgate-58c1e0b2", "Tovin Aldersgate")
SKILLS = [("Kiln design", 12), ("Glazing", 3), ("Process safety", 1)] + [
    (f"Ceramics topic {n}", 2 + n % 3) for n in range(19)
]
T0 = 1_795_000_000.0  # a fixed file time (2026-11-18); minutes are added to it


def save(folder: Path, name: str, html: str, minutes: float = 0) -> Path:
    """Write a page as a browser's "Save page" would, modified ``minutes`` after T0."""
    path = folder / name
    path.write_text(html, encoding="utf-8")
    moment = T0 + minutes * 60
    os.utime(path, (moment, moment))
    return path


def member(folder: Path, who: tuple[str, str], start: float = 0) -> list[Path]:
    """A member's profile page, then their Skills and Recommendations pages, saved
    one and two minutes later."""
    vanity, name = who
    return [
        save(folder, f"{vanity}.html", profile_page(vanity, name), start),
        save(folder, f"{vanity}-skills.html", skills_page(vanity, name, SKILLS), start + 1),
        save(
            folder,
            f"{vanity}-recs.html",
            recommendations_page(vanity, name, 3, 1),
            start + 2,
        ),
    ]


def lines(text: str) -> list[dict[str, object]]:
    """JSON Lines as a list of objects."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_one_members_pages_are_one_report(tmp_path: Path) -> None:
    """Profile + Skills + Recommendations pages given together: one merged document,
    every page a source; --separate gives three documents."""
    pages = member(tmp_path, MIRA)
    merged = run(*map(str, pages), "--format", "json")
    assert merged.returncode == 0, merged.stderr
    [line] = lines(merged.stdout)
    assert line["file"] == str(pages[0]) and line["files"] == [str(p) for p in pages]
    report = line["report"]
    assert isinstance(report, dict)
    profile = report["profile"]
    assert profile["kind"] == "profile" and profile["skills_total"] == len(SKILLS)
    assert profile["recommendations_received"] == 3
    assert [(s["page"], s["kind"]) for s in profile["sources"]] == [
        (str(pages[0]), "profile"),
        (str(pages[1]), "details"),
        (str(pages[2]), "details"),
    ]
    saved = datetime.fromtimestamp(pages[1].stat().st_mtime, UTC)
    assert profile["sources"][1]["captured"] == iso(saved)  # the file's time
    assert report["unknown_points"] == 0 and report["merge_note"] is None

    separate = run(*map(str, pages), "--format", "json", "--separate")
    assert separate.returncode == 0, separate.stderr
    alone = [line["report"] for line in lines(separate.stdout)]
    assert [r["profile"]["kind"] for r in alone] == ["profile", "details", "details"]  # type: ignore[index]
    assert alone[0]["unknown_points"] == 10  # type: ignore[index]
    assert report["score"] > alone[0]["score"]  # type: ignore[index]


def test_another_members_details_page_is_not_merged(tmp_path: Path) -> None:
    """Two members' pages in one folder: one report each, never mixed."""
    mira = member(tmp_path, MIRA)
    tovin = member(tmp_path, TOVIN)
    result = run(str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    found = {line["report"]["profile"]["vanity"]: line for line in lines(result.stdout)}  # type: ignore[index]
    assert set(found) == {MIRA[0], TOVIN[0]}
    assert sorted(found[MIRA[0]]["files"]) == sorted(map(str, mira))  # type: ignore[arg-type]
    assert sorted(found[TOVIN[0]]["files"]) == sorted(map(str, tovin))  # type: ignore[arg-type]


def test_older_than_the_window_is_not_merged(tmp_path: Path) -> None:
    """A Skills page saved 45 minutes after the profile page is audited alone, with a note."""
    vanity, name = MIRA
    profile = save(tmp_path, "mira.html", profile_page(vanity, name))
    late = save(tmp_path, "mira-skills.html", skills_page(vanity, name, SKILLS), 45)
    result = run(str(profile), str(late), "--format", "json")
    assert result.returncode == 0, result.stderr
    first, second = lines(result.stdout)
    assert first["files"] == [str(profile)] and second["files"] == [str(late)]
    note = second["report"]["merge_note"]  # type: ignore[index]
    assert "45 minutes" in note and "30 minutes" in note
    text = run(str(profile), str(late))
    assert "Not merged: this page was captured 45 minutes apart" in text.stdout


def test_csv_team_report_one_row_per_member_with_its_pages(tmp_path: Path) -> None:
    """The team CSV: one row per member, the files used in the pages column."""
    mira = member(tmp_path, MIRA)
    tovin = member(tmp_path, TOVIN, start=300)
    out = tmp_path / "team.csv"
    result = run(str(tmp_path), "--format", "csv", "--jobs", "2", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["vanity"] for row in rows] == [MIRA[0], TOVIN[0]]
    # The profile page first, then the others in the order given (the folder's, sorted).
    assert rows[0]["pages"].split("; ") == [str(mira[0]), *sorted(map(str, mira[1:]))]
    assert rows[1]["pages"].split("; ") == [str(tovin[0]), *sorted(map(str, tovin[1:]))]
    assert rows[0]["unknown"] == "" and float(rows[0]["score"]) > 0


def test_text_report_names_the_pages_used(tmp_path: Path) -> None:
    """The text report of a merge says which pages it used (CliRunner, as test_cli does)."""
    pages = member(tmp_path, MIRA)
    result = CliRunner().invoke(main, [*map(str, pages)])
    assert result.exit_code == 0, result.output
    assert "Pages used:" in result.output
    assert f"{pages[1]} (details)" in result.output
