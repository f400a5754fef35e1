"""The installed ``profile-audit`` command, run as a user runs it (and through CliRunner)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import audit
from auditor.cli import main
from auditor.i18n import one_decimal
from auditor.report import Report
from tests import golden

COMMAND = shutil.which("profile-audit", path=str(Path(sys.executable).parent)) or "profile-audit"


def _profiles() -> list[Path]:
    """Fixtures that are profile pages (their golden document holds a profile)."""
    found = []
    for path in golden.fixtures():
        answer = path.with_suffix(".json")
        if answer.is_file() and "profile" in json.loads(answer.read_text(encoding="utf-8")):
            found.append(path)
    return found


def _not_profiles() -> list[Path]:
    """Fixtures that are not profile pages."""
    return [
        p for p in golden.fixtures() if p not in _profiles() and p.with_suffix(".json").is_file()
    ]


PROFILE = _profiles()[0] if _profiles() else None
NOT_PROFILE = _not_profiles()[0] if _not_profiles() else None
pytestmark = pytest.mark.skipif(PROFILE is None or NOT_PROFILE is None, reason="no fixtures yet")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command."""
    return subprocess.run(
        [COMMAND, *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_text_report() -> None:
    result = run(str(PROFILE))
    assert result.returncode == 0, result.stderr
    expected = audit(PROFILE.read_bytes())  # type: ignore[union-attr]
    assert expected.summary in result.stdout
    for criterion in expected.criteria:
        assert criterion.title in result.stdout
    assert result.stderr == ""


def test_json_document_is_the_library_document() -> None:
    result = run(str(PROFILE), "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document == audit(PROFILE.read_bytes()).model_dump(mode="json")  # type: ignore[union-attr]
    Report.model_validate(document)  # the documented schema holds


def test_schema_command_prints_the_report_schema() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Report"
    assert {"score", "criteria", "profile", "schema_version"} <= set(schema["properties"])


def test_markdown_report() -> None:
    result = run(str(PROFILE), "--format", "markdown")
    assert result.returncode == 0
    assert "| ✓ |" in result.stdout or "| ~ |" in result.stdout or "| ? |" in result.stdout
    assert result.stdout.count("\n|") >= 9  # header, rule, eight criteria


def test_a_failing_file_does_not_stop_the_others(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.html"
    garbage.write_bytes(bytes(range(256)) * 20)
    result = run(str(garbage), str(NOT_PROFILE), str(PROFILE), "--format", "json")
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert errors[0].startswith(f"{garbage}: cannot read the page")
    assert errors[1].startswith(f"{NOT_PROFILE}: not a LinkedIn profile page")
    assert errors[-1] == "2 of 3 files failed"
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(garbage), str(NOT_PROFILE), str(PROFILE)]
    assert lines[0]["error_kind"] == "bad_input" and lines[1]["error_kind"] == "not_a_profile"
    assert lines[2]["report"]["score"] >= 0


def test_min_score() -> None:
    score = audit(PROFILE.read_bytes()).score  # type: ignore[union-attr]
    assert run(str(PROFILE), "--min-score", str(score)).returncode == 0
    if score < 25:
        failing = run(str(PROFILE), "--min-score", "25")
        assert failing.returncode == 1
        assert f"score {score:g} is below the minimum 25" in failing.stderr


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--min-score", "26"),
        ("--format", "yaml", "x.html"),
        ("--bogus", "x.html"),
        ("--jobs", "0", "x.html"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2, (args, result.stdout, result.stderr)


def test_missing_file_is_one_clear_line() -> None:
    result = run("no/such/page.html")
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "no/such/page.html: cannot read the file: No such file or directory"
    )


def test_stdin() -> None:
    result = run("-", "--format", "json", stdin=PROFILE.read_bytes())  # type: ignore[union-attr]
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["score"] == audit(PROFILE.read_bytes()).score  # type: ignore[union-attr]


def test_directory_csv_team_report_same_with_one_or_two_jobs(tmp_path: Path) -> None:
    team = tmp_path / "team" / "nested"
    team.mkdir(parents=True)
    for path in golden.fixtures():
        shutil.copy(path, team / path.name)
    (team / "notes.txt").write_text("not a page")
    one = run(
        str(tmp_path / "team"), "--format", "csv", "--jobs", "1", "--out", str(tmp_path / "one.csv")
    )
    two = run(
        str(tmp_path / "team"), "--format", "csv", "--jobs", "2", "--out", str(tmp_path / "two.csv")
    )
    assert one.returncode == two.returncode == (1 if _not_profiles() else 0)
    first = (tmp_path / "one.csv").read_text(encoding="utf-8")
    assert first == (tmp_path / "two.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(first)))
    assert len(rows) == len(golden.fixtures())
    by_file = {Path(row["file"]).name: row for row in rows}
    for path in _profiles():
        row = by_file[path.name]
        doc = audit(path.read_bytes())
        # One decimal, as every report shows an estimate (the JSON keeps two).
        assert float(row["score"]) == one_decimal(doc.score)
        assert len(row["score"].partition(".")[2]) <= 1
        assert row["error"] == ""
        photo = next(c.points for c in doc.criteria if c.id == "photo")
        assert float(row["photo"]) == one_decimal(photo)
    for path in _not_profiles():
        assert by_file[path.name]["error"].startswith("not a LinkedIn profile page")
    assert (
        f"{len(_not_profiles())} of {len(rows)} files failed" in one.stderr
        if _not_profiles()
        else True
    )


def test_cli_runner_matches_the_library() -> None:
    result = CliRunner().invoke(main, [str(PROFILE), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output) == audit(PROFILE.read_bytes()).model_dump(mode="json")  # type: ignore[union-attr]


def test_progress_bar_on_a_terminal_and_quiet_otherwise(tmp_path: Path) -> None:
    """A terminal gets a progress bar and the failures listed after it; a pipe gets neither."""
    import os
    import pty

    team = tmp_path / "team"
    team.mkdir()
    for path in [*_profiles()[:3], *_not_profiles()[:1]]:
        shutil.copy(path, team / path.name)
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [COMMAND, str(team), "--format", "csv", "--jobs", "1"],
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=120,
            check=False,
        )
        os.close(follower)
        terminal = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the pty reports EIO once the writer is gone
                break
            if not chunk:
                break
            terminal += chunk
    finally:
        os.close(leader)
    text = terminal.decode("utf-8", "replace")
    assert result.returncode == 1
    assert "auditing" in text and "100%" in text
    failing = team / _not_profiles()[0].name
    # the failure comes after the bar finished, then the summary
    assert text.rindex("100%") < text.index(f"{failing}: not a LinkedIn profile page")
    assert text.rstrip().endswith("1 of 4 files failed")
    piped = run(str(team), "--format", "csv", "--jobs", "1")
    assert "auditing" not in piped.stderr and "%" not in piped.stderr
    lines = piped.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{failing}: not a LinkedIn profile page")
    assert lines[1] == "1 of 4 files failed"
