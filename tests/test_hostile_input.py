"""Hostile input never becomes a 500 or a traceback: deep JSON, malformed addresses.

The server through Flask's client (its real app and SQLite file), the library on
synthetic pages with one address broken, and the command line run as a user runs it.
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from auditor import AuditorError
from auditor import audit
from auditor import urls
from tests.test_server_app import BASE
from tests.test_server_app import TOKEN
from tests.test_server_app import call
from tests.test_server_app import post_audit

PROFILES = Path(__file__).parent / "profiles"
PROFILE_AUDIT = str(Path(sys.executable).parent / "profile-audit")
BAD_ADDRESSES = ["http://[", "https://[::1/in/x/", "http://[zz]/in/x", "https://[/in/jo/"]


@pytest.mark.parametrize("path", ["/api/audit", "/api/ssi"])
def test_json_nested_too_deep_is_400(client, path):  # noqa: F811
    """2,000 nested arrays overflow the json module's recursion: 400, never 500."""
    for body in ("[" * 2000 + "]" * 2000, '{"a":' * 2000 + "1" + "}" * 2000, "[" * 100_000):
        response = call(
            client, "POST", path, data=body, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400, response.json
        assert response.json["code"] == "bad_request"
        assert "deep" in response.json["error"]


@pytest.mark.parametrize("url", BAD_ADDRESSES)
def test_malformed_request_url_is_no_500(client, url):  # noqa: F811
    """The request's url is the user's: a malformed one is no address, not a 500."""
    page = (PROFILES / "in-2026-custom-banner.html").read_text()
    response = post_audit(client, json={"url": url, "html": page})
    assert response.status_code == 200, response.json
    ssi = call(client, "POST", "/api/ssi", json={"url": url, "html": page})
    assert ssi.status_code == 422 and ssi.json["code"] == "not_an_ssi_page"


def _with_bad_addresses(page: str, bad: str) -> str:
    """The page with its canonical link, og:url and every image src made malformed."""
    for attribute in ('href="', 'content="https://', 'src="'):
        page = page.replace(attribute, attribute + bad, 1)
    return page.replace('<link rel="canonical" href="', f'<link rel="canonical" href="{bad}')


@pytest.mark.parametrize("fixture", sorted(p.name for p in PROFILES.glob("*.html")))
@pytest.mark.parametrize("bad", BAD_ADDRESSES[:2])
def test_malformed_addresses_in_a_page_are_no_error(fixture: str, bad: str) -> None:
    """A malformed canonical, og:url, link or image src is read as no address: the audit
    gives a report or a documented error, never a ValueError."""
    page = _with_bad_addresses((PROFILES / fixture).read_text(encoding="utf-8"), bad)
    page = page.replace('src="https://', f'src="{bad}')
    try:
        audit(page, bad)
    except AuditorError:
        pass


def test_url_helpers_never_raise() -> None:
    """Every helper answers None for a malformed address."""
    for bad in [*BAD_ADDRESSES, "http://a:99999/", "http://[::1]:x/"]:
        assert urls.without_query(bad) in (None, "http://a:99999/", "http://[::1]:x/")
        urls.host(bad)
        urls.path(bad)
    assert urls.host("http://[") is None and urls.split("http://[") is None


def test_history_keeps_the_address_without_query_or_fragment(app, client):  # noqa: F811
    """?trk=... and #fragments never reach the database (nor the CSV export)."""
    page = (PROFILES / "in-2026-custom-banner.html").read_text()
    url = "https://www.linkedin.com/in/marta-ferreira-4b7c21a9/?trk=secret-tracking#about"
    assert post_audit(client, json={"url": url, "html": page}).status_code == 200
    with sqlite3.connect(app.config["HISTORY_PATH"]) as db:
        stored = [row[0] for row in db.execute("SELECT url FROM audits")]
    assert stored == ["https://www.linkedin.com/in/marta-ferreira-4b7c21a9/"]
    csv = call(client, "GET", "/api/history.csv").get_data(as_text=True)
    assert "secret-tracking" not in csv and "#about" not in csv
    assert BASE and TOKEN  # the same server address and token as the other server tests


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_file_never_stops_the_batch(tmp_path: Path, jobs: str) -> None:
    """A directory of three pages, the middle one with malformed addresses everywhere:
    three rows come out, in order, and no traceback (before: a ValueError stopped the
    batch at that file, with --jobs 1 one row came out, with --jobs 2 none)."""
    folder = tmp_path / "team"
    folder.mkdir()
    good = (PROFILES / "public-2024-full.html").read_text(encoding="utf-8")
    (folder / "a.html").write_text(good, encoding="utf-8")
    (folder / "b.html").write_text(_with_bad_addresses(good, "http://["), encoding="utf-8")
    (folder / "c.html").write_bytes((PROFILES / "in-2026-custom-banner.html").read_bytes())
    done = subprocess.run(
        [PROFILE_AUDIT, str(folder), "--format", "json", "--jobs", jobs],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Path(line["file"]).name for line in lines] == ["a.html", "b.html", "c.html"]
    assert "report" in lines[0] and "report" in lines[2]
    # the broken page is read (or refused with a documented reason), never a crash
    assert "report" in lines[1] or lines[1]["error_kind"] in ("not_a_profile", "bad_input")
    assert done.returncode in (0, 1), done.stderr
