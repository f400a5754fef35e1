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
from auditor.report import Report
from auditor.report_i18n import one_decimal
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
    Report.model_validate(document)  # the documented schema holds
    [source] = document["profile"].pop("sources")  # the file, with its time
    assert source["page"] in (str(PROFILE), document["profile"]["url"])
    assert source["captured"].endswith("Z")
    expected = audit(PROFILE.read_bytes()).model_dump(mode="json")  # type: ignore[union-attr]
    assert expected["profile"].pop("sources") == []
    assert document == expected


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
    assert errors[-1] == "3 files: 1 audited, 2 failed; output on standard output"
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
    # --separate: one row per file (some fixtures are pages of one member, merged otherwise).
    team_csv = (str(tmp_path / "team"), "--format", "csv", "--separate")
    one = run(*team_csv, "--jobs", "1", "--out", str(tmp_path / "one.csv"))
    two = run(*team_csv, "--jobs", "2", "--out", str(tmp_path / "two.csv"))
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
    failed = len(_not_profiles())
    assert one.stderr.splitlines()[-1] == (
        f"{len(rows)} files: {len(rows) - failed} audited, {failed} failed;"
        f" output in {tmp_path / 'one.csv'}"
    )


def test_cli_runner_matches_the_library() -> None:
    result = CliRunner().invoke(main, [str(PROFILE), "--format", "json"])
    assert result.exit_code == 0
    document = json.loads(result.output)
    assert len(document["profile"].pop("sources")) == 1
    expected = audit(PROFILE.read_bytes()).model_dump(mode="json")  # type: ignore[union-attr]
    assert expected["profile"].pop("sources") == []
    assert document == expected


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
    assert text.rstrip().endswith("4 files: 3 audited, 1 failed; output on standard output")
    piped = run(str(team), "--format", "csv", "--jobs", "1")
    assert "auditing" not in piped.stderr and "%" not in piped.stderr
    lines = piped.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{failing}: not a LinkedIn profile page")
    assert lines[1] == "4 files: 3 audited, 1 failed; output on standard output"


def test_options_before_the_files() -> None:
    """``profile-audit --format json FILE`` is the same command as ``FILE --format json``."""
    before = run("--format", "json", "--lang", "nl", str(PROFILE))
    after = run(str(PROFILE), "--format", "json", "--lang", "nl")
    assert before.returncode == after.returncode == 0, before.stderr
    assert json.loads(before.stdout) == json.loads(after.stdout)
    document = json.loads(before.stdout)
    expected = audit(PROFILE.read_bytes(), lang="nl").model_dump(mode="json")  # type: ignore[union-attr]
    assert len(document["profile"].pop("sources")) == 1  # the file, with its time
    assert expected["profile"].pop("sources") == []
    assert document == expected


def test_top_level_help_shows_the_audit_options() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--format", "--min-score", "--lang", "--jobs", "--out"):
        assert option in result.stdout
    for command in ("serve", "schema"):
        assert f"  {command} " in result.stdout
    assert "``" not in result.stdout and "`" not in result.stdout


@pytest.mark.parametrize("lang", ["fr", "xx", "de-DE"])
def test_unknown_report_language_is_refused(lang: str) -> None:
    result = run(str(PROFILE), "--lang", lang)
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"no report in {lang!r}" in result.stderr
    assert "en, it, nl" in result.stderr


@pytest.mark.parametrize("lang", ["it", "nl_NL", "NL-be"])
def test_report_language_tags(lang: str) -> None:
    result = run(str(PROFILE), "--lang", lang, "--format", "json")
    assert result.returncode == 0, result.stderr
    expected = audit(PROFILE.read_bytes(), lang=lang[:2].lower()).model_dump(mode="json")  # type: ignore[union-attr]
    document = json.loads(result.stdout)
    assert len(document["profile"].pop("sources")) == 1  # the file, with its time
    assert expected["profile"].pop("sources") == []
    assert document == expected


def test_one_file_csv_names_the_file() -> None:
    result = run(str(PROFILE), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["file"] for row in rows] == [str(PROFILE)]
    assert result.stderr == ""  # one file: no batch summary
    piped = run("-", "--format", "csv", stdin=PROFILE.read_bytes())  # type: ignore[union-attr]
    assert [row["file"] for row in csv.DictReader(io.StringIO(piped.stdout))] == ["-"]


def test_batch_summary_counts_below_the_minimum(tmp_path: Path) -> None:
    profiles = _profiles()[:2]
    scores = [audit(p.read_bytes()).score for p in profiles]
    minimum = max(scores)
    out = tmp_path / "report.md"
    result = run(
        *map(str, profiles), str(NOT_PROFILE), "--min-score", f"{minimum:g}", "-o", str(out)
    )
    assert result.returncode == 1
    below = sum(score < minimum for score in scores)
    assert result.stderr.splitlines()[-1] == (
        f"3 files: 2 audited, {below} below the minimum {minimum:g}, 1 failed; output in {out}"
    )
    assert out.read_text(encoding="utf-8")


def test_directory_walk_skips_hidden_folders_and_virtualenvs(tmp_path: Path) -> None:
    """Pages below hidden folders, virtualenvs, site-packages and node_modules are not
    saved profiles; a folder named on the command line is walked whatever it is."""
    root = tmp_path / "pages"
    kept = [root / "a.html", root / "team" / "b.htm"]
    skipped = [
        root / ".cache" / "c.html",
        root / "venv" / "lib" / "d.html",
        root / "lib" / "site-packages" / "e.html",
        root / "web" / "node_modules" / "f.html",
    ]
    for path in [*kept, *skipped]:
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PROFILE, path)  # type: ignore[arg-type]
    (root / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    result = run(str(root), "--format", "csv")
    assert result.returncode == 0, result.stderr
    files = [row["file"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert files == [str(p) for p in kept]
    named = run(str(root / ".cache"), str(root / "venv"), "--format", "csv")
    files = [row["file"] for row in csv.DictReader(io.StringIO(named.stdout))]
    assert files == [str(skipped[0]), str(skipped[1])]
