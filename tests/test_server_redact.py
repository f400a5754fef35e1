"""``POST /api/redact``: the page's copy safe to share, through the real app and its SQLite file.

The answer is the redacted page as a download: no name or vanity of the synthetic member
left, read by the auditor as the same kind of page in the same layout; the request is
checked as ``/api/audit`` checks its own, and nothing reaches the history.
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from auditor import parse_profile
from server import create_app
from tests.synthetic import NAME
from tests.synthetic import VANITY
from tests.synthetic import profile_page
from tests.test_server_app import REFUSALS
from tests.test_server_app import TOKEN
from tests.test_server_app import call
from tests.test_server_app import post_audit
from tests.test_server_app import rows

PROFILES = Path(__file__).resolve().parent / "profiles"
UNKNOWN = "unknown-2027-logged-in"  # a layout no reader knows: the generic reader reads it


def post_redact(client, html: str | None = None, **kwargs):
    """POST /api/redact with the synthetic cards page unless told otherwise."""
    if "data" not in kwargs and "json" not in kwargs:
        kwargs["json"] = {
            "url": f"https://www.linkedin.com/in/{VANITY}/",
            "html": profile_page() if html is None else html,
        }
    return call(client, "POST", "/api/redact", **kwargs)


def stored(app) -> tuple[int, int]:
    """Audits and SSI readings in the app's database, read straight from the file."""
    with sqlite3.connect(app.config["HISTORY_PATH"]) as db:
        audits = db.execute("SELECT count(*) FROM audits").fetchone()[0]
        readings = db.execute("SELECT count(*) FROM ssi_readings").fetchone()[0]
    return int(audits), int(readings)


def test_answer_is_the_redacted_page_as_a_download(app, client):
    """200 text/html attachment with a name of no one; the member's name and vanity gone,
    the copy read as the same kind and layout with the same numbers."""
    html = profile_page()
    response = post_redact(client, html)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="linkedin-page.redacted.html"'
    )
    assert response.headers["Cache-Control"] == "no-store"
    copy = response.get_data(as_text=True)
    for personal in (NAME, VANITY, *NAME.split()):
        assert personal not in copy, personal
    before, after = parse_profile(html), parse_profile(copy)
    assert (after.kind, after.layout) == (before.kind, before.layout)
    assert after.connections == before.connections
    assert after.vanity and after.vanity != VANITY
    assert stored(app) == (0, 0)


def test_unknown_layout_stays_unknown(app, client):
    """A page of a layout no reader knows: the copy is still that page, for a bug report."""
    html = (PROFILES / f"{UNKNOWN}.html").read_text(encoding="utf-8")
    expected = json.loads((PROFILES / f"{UNKNOWN}.json").read_text(encoding="utf-8"))["profile"]
    response = post_redact(client, html)
    assert response.status_code == 200
    copy = response.get_data(as_text=True)
    assert expected["name"] and expected["name"] not in copy
    assert expected["vanity"] and expected["vanity"] not in copy
    before, after = parse_profile(html), parse_profile(copy)
    assert after.layout == before.layout == "unknown"
    assert after.kind == before.kind
    assert sorted(after.unknown) == sorted(before.unknown)


def test_the_extension_reads_the_file_name(client):
    """The pinned extension gets its CORS headers, and may read the download's name."""
    from tests.test_server_app import CHROME

    response = post_redact(client, headers={"Origin": CHROME})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == CHROME
    assert "Content-Disposition" in response.headers["Access-Control-Expose-Headers"]


def test_history_and_sessions_are_unchanged(app, client):
    """An audit, then a redaction of another page of the same member: the history holds the
    one audit as it was, and the audit session was not touched."""
    assert post_audit(client).status_code == 200
    before = call(client, "GET", "/api/history").json
    assert post_redact(client, profile_page(marker="another-page")).status_code == 200
    assert call(client, "GET", "/api/history").json == before
    assert stored(app) == (1, 0)


# The redaction takes no report language: a "lang" of any type is not read, so not refused.
AUDIT_REFUSALS = [r for r in REFUSALS if r[0] != "lang not a string"]


@pytest.mark.parametrize(
    ("what", "kwargs", "status", "code"), AUDIT_REFUSALS, ids=[r[0] for r in AUDIT_REFUSALS]
)
def test_refusals_as_for_audit(app, client, what, kwargs, status, code):
    """Each request /api/audit refuses is refused here with the same status and code."""
    response = post_redact(client, **kwargs)
    assert response.status_code == status
    assert response.is_json
    assert response.json["code"] == code
    assert response.json["error"]
    assert "Access-Control-Allow-Origin" not in response.headers
    assert stored(app) == (0, 0)


def test_oversize_body_is_413(tmp_path):
    """A body over the cap is refused as JSON 413 before it is read."""
    app = create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path), "TOKEN": TOKEN, "MAX_CONTENT_LENGTH": 50_000}
    )
    client = app.test_client()
    response = post_redact(client, profile_page(size=60_000))
    assert response.status_code == 413
    assert response.json["code"] == "too_large"
    assert post_redact(client, profile_page(size=10_000)).status_code == 200


def test_past_the_time_limit_is_422_page_too_complex(tmp_path):
    """A redaction that runs past the limit is stopped in its worker: 422 page_too_complex,
    and the server goes on answering."""
    app = create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path), "TOKEN": TOKEN, "AUDIT_TIME_LIMIT": 0.001}
    )
    client = app.test_client()
    response = post_redact(client, profile_page(size=2_000_000))
    assert response.status_code == 422
    assert response.json["code"] == "page_too_complex"
    assert call(client, "GET", "/api/health", token=None).status_code == 200
    assert rows(app) == 0


def test_get_is_405(client):
    """Only POST redacts."""
    response = call(client, "GET", "/api/redact")
    assert response.status_code == 405
    assert response.json["code"] == "method_not_allowed"
