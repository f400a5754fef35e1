"""``profile-audit push``: unit tests against a mocked server, one against a real one."""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import json
import subprocess

import pytest
import requests
import responses
from click.testing import CliRunner

from auditor.cli import main
from server.cli import push
from tests.synthetic import profile_page
from tests.test_server_process import PROFILE_AUDIT
from tests.test_server_process import start_server

TOKEN = "push-test-token-0123456789-abcdefghij"  # 32+ characters, as the server requires
PORT = 9310
URL = f"http://127.0.0.1:{PORT}/api/audit"
DOCUMENT = {"score": 21.5, "max_score": 25, "summary": "21.5 / 25"}
NOT_A_PROFILE = {
    "error": "not a LinkedIn profile page: the page is a LinkedIn page, but not a profile",
    "code": "not_a_profile",
    "reason": "other_linkedin_page",
}


@pytest.fixture
def data_dir(tmp_path):
    """A data directory with a token, as ``serve`` leaves it."""
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / "token").write_text(TOKEN + "\n")
    return directory


@pytest.fixture
def pages(tmp_path):
    """Two saved pages (one in Windows-1252, as old saves are) and a directory of them."""
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "ada.html").write_text(profile_page(), encoding="utf-8")
    (folder / "bo.htm").write_bytes(
        profile_page(name="Bö Café")
        .replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
        .encode("cp1252")
    )
    (folder / "notes.txt").write_text("not a page")
    return folder


def run(data_dir, *args: str):
    """Invoke ``push`` with the test's data dir and port."""
    return CliRunner().invoke(push, ["--port", str(PORT), "--data-dir", str(data_dir), *args])


@responses.activate
def test_push_one_page(data_dir, pages):
    """One page: posted as JSON with the token; its score on stdout; exit 0."""
    responses.post(URL, json=DOCUMENT, status=200)
    result = run(data_dir, str(pages / "ada.html"))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{pages / 'ada.html'}: 21.5 / 25 (recorded in the history)\n"
    assert result.stderr == ""
    sent = responses.calls[0].request
    assert sent.headers["Authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["Content-Type"] == "application/json"
    body = json.loads(sent.body)
    assert body["html"] == profile_page() and body["url"] == "" and "lang" not in body


@responses.activate
def test_push_decodes_the_saved_charset_and_sends_lang(data_dir, pages):
    """A Windows-1252 page arrives as the right text; --lang is passed on."""
    responses.post(URL, json=DOCUMENT, status=200)
    result = run(data_dir, "--lang", "nl", str(pages / "bo.htm"))
    assert result.exit_code == 0
    body = json.loads(responses.calls[0].request.body)
    assert "Bö Café" in body["html"] and body["lang"] == "nl"


@responses.activate
def test_push_a_directory_with_one_failure(data_dir, pages):
    """A directory: each page posted; a 422 is one stderr line; exit 1 with a tally."""
    responses.post(URL, json=DOCUMENT, status=200)
    responses.post(URL, json=NOT_A_PROFILE, status=422)
    result = run(data_dir, str(pages))
    assert result.exit_code == 1
    assert len(responses.calls) == 2  # notes.txt is not a page
    assert result.stdout.count("recorded in the history") == 1
    errors = result.stderr.splitlines()
    assert errors == [f"{pages / 'bo.htm'}: {NOT_A_PROFILE['error']}", "1 of 2 files failed"]


@pytest.mark.parametrize(
    ("status", "answer", "expected"),
    [
        (
            401,
            {"error": "Missing or wrong token", "code": "unauthorized"},
            "Missing or wrong token",
        ),
        (413, {"error": "The request is over the 20 MB limit.", "code": "too_large"}, "20 MB"),
        (500, "<html>proxy error</html>", "answered 500 without JSON"),
        (200, {"no": "score"}, "has no score"),
    ],
)
@responses.activate
def test_push_server_errors(data_dir, pages, status, answer, expected):
    """Every failure the server can answer is one line on stderr and exit 1."""
    if isinstance(answer, dict):
        responses.post(URL, json=answer, status=status)
    else:
        responses.post(URL, body=answer, status=status, content_type="text/html")
    result = run(data_dir, str(pages / "ada.html"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and expected in result.stderr


@responses.activate
def test_push_min_score(data_dir, pages):
    """--min-score: a page below it fails like the audit command."""
    responses.post(URL, json=DOCUMENT, status=200)
    result = run(data_dir, "--min-score", "22", str(pages / "ada.html"))
    assert result.exit_code == 1
    assert "score 21.5 is below the minimum 22" in result.stderr


@responses.activate
def test_push_server_not_running(data_dir, pages):
    """No server: each file says how to start it; exit 1."""
    responses.post(URL, body=requests.ConnectionError("refused"))
    result = run(data_dir, str(pages / "ada.html"))
    assert result.exit_code == 1
    assert "start it with `profile-audit serve`" in result.stderr


def test_push_unreadable_file_and_missing_token(tmp_path, data_dir, pages):
    """A missing file is one failing line; a data dir without token says to start serve."""
    with responses.RequestsMock() as mock:  # nothing may be sent
        result = run(data_dir, str(tmp_path / "missing.html"))
        assert result.exit_code == 1 and "missing.html" in result.stderr
        assert len(mock.calls) == 0
    result = run(tmp_path / "empty", str(pages / "ada.html"))
    assert result.exit_code == 1
    assert "profile-audit serve" in result.stderr


def test_push_usage_errors(data_dir, tmp_path):
    """No files, or a directory without pages: usage error, exit 2."""
    assert run(data_dir).exit_code == 2
    (tmp_path / "none").mkdir()
    assert run(data_dir, str(tmp_path / "none")).exit_code == 2


@responses.activate
def test_push_through_the_main_command(data_dir, pages, monkeypatch):
    """``profile-audit push`` reaches this command through the lazy subcommand table."""
    responses.post(URL, json=DOCUMENT, status=200)
    monkeypatch.setenv("PROFILE_AUDITOR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("PROFILE_AUDITOR_PORT", str(PORT))
    result = CliRunner().invoke(main, ["push", str(pages / "ada.html")])
    assert result.exit_code == 0, result.output
    assert len(responses.calls) == 1


def test_push_to_a_real_server(tmp_path, pages):
    """Against a real server process: pages join the history; failures exit 1."""
    server = start_server(tmp_path, name="push")
    try:
        bad = tmp_path / "feed.html"
        bad.write_text(
            "<html><head><title>Feed | LinkedIn</title>"
            '<meta name="pageKey" content="d_flagship3_feed"></head>'
            "<body><p>feed</p></body></html>"
        )
        args = [
            PROFILE_AUDIT,
            "push",
            "--port",
            str(server.port),
            "--data-dir",
            str(server.data_dir),
        ]
        ok = subprocess.run(
            [*args, str(pages / "ada.html")], capture_output=True, text=True, timeout=120
        )
        assert ok.returncode == 0, ok.stderr
        assert "/ 25 (recorded in the history)" in ok.stdout
        mixed = subprocess.run(
            [*args, str(pages / "bo.htm"), str(bad)], capture_output=True, text=True, timeout=120
        )
        assert mixed.returncode == 1
        assert mixed.stderr.splitlines()[0].startswith(f"{bad}: not a LinkedIn profile page")
        assert mixed.stderr.splitlines()[1:] == ["1 of 2 files failed"]
        assert [a["name"] for a in server.history()] == ["Ada Example", "Bö Café"]
    finally:
        server.stop()


@responses.activate
def test_push_says_when_the_history_could_not_save(data_dir, pages):
    """The server audited the page but its history could not take it: the line says so."""
    reason = "the history /data/history.sqlite3 cannot be written (database or disk is full)"
    responses.post(URL, json={**DOCUMENT, "saved": False, "not_saved_reason": reason})
    result = run(data_dir, str(pages / "ada.html"))
    assert result.exit_code == 0, result.output
    assert (
        result.stdout == f"{pages / 'ada.html'}: 21.5 / 25 (not saved in the history: {reason})\n"
    )
