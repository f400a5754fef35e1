"""SSI readings in the server (issue #7): POST /api/ssi, GET /api/progress, the history.

Flask's test client for the endpoints, their codes and their security; the migration from
older databases; the CLI (push, ssi --compare, progress) with a mocked server; and a real
server process driven by the installed ``profile-audit`` command.
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import csv
import doctest
import io
import json
import sqlite3
import subprocess
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest
import requests
import responses
from click.testing import CliRunner

import auditor
from auditor import compare
from auditor.ssi import Pillars
from auditor.ssi import Ranks
from auditor.ssi import SsiReading
from auditor.ssi import read_ssi
from server import cli as server_cli
from server import create_app
from server import history
from tests.ssi import FIXTURES
from tests.synthetic import profile_page
from tests.test_server_app import BASE
from tests.test_server_app import CHROME
from tests.test_server_app import PORT
from tests.test_server_app import TOKEN
from tests.test_server_app import call
from tests.test_server_app import post_audit
from tests.test_server_process import PROFILE_AUDIT
from tests.test_server_process import leaks
from tests.test_server_process import start_server

SSI_URL = "https://www.linkedin.com/sales/ssi"
MARKER = "MARKER-ssi-4b2e8d-never-stored"
ADA = "ada-example-synthetic"  # profile_page()'s vanity
ADA_SCORE = auditor.audit(profile_page()).score
EN = FIXTURES / "2025-en.html"  # brand 16.43217, total 53
DASHBOARDS = [
    "2025-en",
    "2025-pt",
    "2025-fr",
    "2025-missing-parts-en",
    "2021-json-en",
    "2021-json-es",
]


def dashboard(name: str = "2025-en", marker: str = MARKER) -> str:
    """A synthetic SSI fixture's HTML, carrying a marker no history may hold."""
    html = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    return html.replace("</body>", f"<p>{marker}</p></body>", 1)


def post_ssi(client, html: str | None = None, **kwargs):
    """POST /api/ssi with the English dashboard unless told otherwise."""
    if "data" not in kwargs:
        kwargs.setdefault("json", {"url": SSI_URL, "html": dashboard() if html is None else html})
    return call(client, "POST", "/api/ssi", **kwargs)


def readings(app) -> int:
    """SSI readings stored in the app's database, read straight from the file."""
    with sqlite3.connect(app.config["HISTORY_PATH"]) as db:
        return int(db.execute("SELECT count(*) FROM ssi_readings").fetchone()[0])


def audits(app) -> int:
    """Audits stored in the app's database."""
    with sqlite3.connect(app.config["HISTORY_PATH"]) as db:
        return int(db.execute("SELECT count(*) FROM audits").fetchone()[0])


def at(day: int, hour: int = 12) -> datetime:
    """A moment in November 2026, UTC."""
    return datetime(2026, 11, day, hour, tzinfo=UTC)


def seed(
    app, *, ssi: list[tuple[datetime, float | None]] = (), audited: list[tuple[datetime, str]] = ()
) -> None:
    """Record readings (when, brand) and audits (when, vanity) at chosen moments."""
    document = auditor.audit(profile_page()).model_dump(mode="json")
    with app.app_context():
        for moment, brand in ssi:
            history.record_ssi(
                SsiReading(
                    total=50,
                    pillars=Pillars(brand=brand),
                    ranks=Ranks(),
                    industry=None,
                    lang="en",
                    layout="2025",
                    unknown={},
                ),
                moment,
            )
        for moment, vanity in audited:
            doc = {**document, "profile": {**document["profile"], "vanity": vanity}}
            history.record(doc, moment)


def test_doctests() -> None:
    """The doctests of the comparison helpers and of the progress table pass."""
    for module in (compare, server_cli):
        assert doctest.testmod(module).failed == 0, module.__name__


# --- POST /api/ssi -----------------------------------------------------------------------


def test_ssi_answers_the_reading_and_the_comparison_and_records_it(app, client):
    """200: the reading (the CLI's JSON), the day's comparison with the most audited profile."""
    post_audit(client)
    response = post_ssi(client)
    assert response.status_code == 200, response.json
    assert response.json["reading"] == read_ssi(EN.read_bytes()).model_dump(mode="json")
    today = datetime.now(UTC).date().isoformat()
    assert response.json["comparison"] == {
        "profile": ADA,
        "date": today,
        "estimate": ADA_SCORE,
        "measured": 16.43217,
        "gap": round(16.43217 - ADA_SCORE, 2),
    }
    assert readings(app) == 1 and audits(app) == 1


def test_ssi_comparison_without_audits_or_for_a_chosen_profile(app, client):
    """No audit yet: null estimate and gap; "profile" in the body picks whose estimate."""
    alone = post_ssi(client).json["comparison"]
    assert (alone["profile"], alone["estimate"], alone["gap"]) == (None, None, None)
    assert alone["measured"] == 16.43217
    post_audit(client)
    chosen = post_ssi(client, json={"url": "", "html": dashboard(), "profile": "bo-two"})
    assert chosen.json["comparison"]["profile"] == "bo-two"
    assert chosen.json["comparison"]["estimate"] is None
    assert readings(app) == 2


def test_ssi_page_as_the_body(app, client):
    """The dashboard as a text/html body, url and profile in the query: the reading and
    the comparison the JSON body gives; a profile page so sent is still refused."""
    post_audit(client)
    query = f"?url={SSI_URL}&profile=bo-two"
    sent = {"data": dashboard().encode(), "content_type": "text/html; charset=utf-8"}
    response = call(client, "POST", f"/api/ssi{query}", **sent)
    assert response.status_code == 200, response.json
    assert response.json["reading"] == read_ssi(EN.read_bytes()).model_dump(mode="json")
    assert response.json["comparison"]["profile"] == "bo-two"
    assert response.json["comparison"]["measured"] == 16.43217
    sent["data"] = profile_page().encode()
    refused = call(client, "POST", "/api/ssi", **sent)
    assert refused.status_code == 422 and refused.json["code"] == "not_an_ssi_page"
    assert readings(app) == 1


@pytest.mark.parametrize("name", DASHBOARDS)
def test_ssi_reads_every_dashboard_fixture(client, name):
    """Both markups and every language: the server's reading is the reader's."""
    response = post_ssi(client, json={"url": "", "html": dashboard(name)})
    assert response.status_code == 200
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["reading"]
    assert response.json["reading"] == expected


@pytest.mark.parametrize(
    ("what", "html", "code"),
    [
        ("profile page", profile_page(marker=MARKER), "not_an_ssi_page"),
        ("feed", (FIXTURES / "not-dashboard-feed.html").read_text(), "not_an_ssi_page"),
        ("not loaded", (FIXTURES / "2025-not-loaded.html").read_text(), "not_an_ssi_page"),
        ("garbage", "\x00\x01\x02garbage" * 100, "bad_input"),
    ],
)
def test_ssi_refuses_other_pages_with_422(app, client, what, html, code):
    """A page that is not the dashboard: 422 with its code and reason; nothing stored."""
    response = post_ssi(client, json={"url": "", "html": html})
    assert response.status_code == 422
    assert response.json["code"] == code
    assert response.json["error"]
    assert MARKER not in response.get_data(as_text=True)
    assert readings(app) == 0


# Refusals on the new endpoints: (what, method, path, request kwargs, status, code).
REFUSALS = [
    ("no token", "POST", "/api/ssi", {"token": None}, 401, "unauthorized"),
    ("wrong token", "POST", "/api/ssi", {"token": "nope"}, 401, "unauthorized"),
    (
        "web origin",
        "POST",
        "/api/ssi",
        {"headers": {"Origin": "https://evil.example"}},
        403,
        "forbidden",
    ),
    (
        "rebinding host",
        "POST",
        "/api/ssi",
        {"headers": {"Host": "evil.example:9310"}},
        403,
        "forbidden",
    ),
    (
        "form post",
        "POST",
        "/api/ssi",
        {"data": {"html": "x", "url": ""}},
        415,
        "unsupported_media_type",
    ),
    ("missing html", "POST", "/api/ssi", {"json": {"url": ""}}, 400, "bad_request"),
    ("missing url", "POST", "/api/ssi", {"json": {"html": "<p>"}}, 400, "bad_request"),
    (
        "profile not a string",
        "POST",
        "/api/ssi",
        {"json": {"url": "", "html": dashboard(), "profile": 3}},
        400,
        "bad_request",
    ),
    ("progress no token", "GET", "/api/progress", {"token": None}, 401, "unauthorized"),
    (
        "progress web origin",
        "GET",
        "/api/progress",
        {"headers": {"Origin": "https://evil.example"}},
        403,
        "forbidden",
    ),
    (
        "erase from the web",
        "DELETE",
        "/api/history",
        {"headers": {"Origin": "https://evil.example"}},
        403,
        "forbidden",
    ),
]


@pytest.mark.parametrize(
    ("what", "method", "path", "kwargs", "status", "code"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_refusals(app, client, what, method, path, kwargs, status, code):
    """Each refused request: its status, a JSON error, no CORS; nothing stored or erased."""
    seed(app, ssi=[(at(20), 10.0)])
    kwargs = dict(kwargs)
    if method == "POST" and "json" not in kwargs and "data" not in kwargs:
        kwargs["json"] = {"url": SSI_URL, "html": dashboard()}
    response = call(client, method, path, **kwargs)
    assert response.status_code == status
    assert response.json["code"] == code and response.json["error"]
    assert "Access-Control-Allow-Origin" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"
    assert readings(app) == 1


def test_preflight_for_ssi(client):
    """The extension's preflight to /api/ssi is answered; a web page's is refused."""
    asked = {"Access-Control-Request-Method": "POST"}
    ours = call(client, "OPTIONS", "/api/ssi", token=None, headers={"Origin": CHROME, **asked})
    assert ours.status_code == 204
    assert ours.headers["Access-Control-Allow-Origin"] == CHROME
    evil = call(
        client,
        "OPTIONS",
        "/api/ssi",
        token=None,
        headers={"Origin": "https://evil.example", **asked},
    )
    assert evil.status_code == 403


def test_extension_origin_may_post_a_reading(client):
    """The pinned extension origin gets its origin back on /api/ssi and /api/progress."""
    for method, path in [("POST", "/api/ssi"), ("GET", "/api/progress")]:
        kwargs = {"json": {"url": SSI_URL, "html": dashboard()}} if method == "POST" else {}
        response = call(client, method, path, headers={"Origin": CHROME}, **kwargs)
        assert response.status_code == 200
        assert response.headers["Access-Control-Allow-Origin"] == CHROME


def test_no_page_html_in_the_data_dir(app, client):
    """After readings and refusals, no file in the data directory holds the page's text."""
    post_ssi(client)
    post_ssi(client, token="wrong")
    call(client, "POST", "/api/audit", json={"url": SSI_URL, "html": dashboard()})
    assert readings(app) == 1
    for path in Path(app.config["DATA_DIR"]).iterdir():
        assert MARKER.encode() not in path.read_bytes(), path


# --- POST /api/audit with the dashboard --------------------------------------------------


@pytest.mark.parametrize(
    ("url", "html"),
    [
        (SSI_URL, dashboard()),  # the address says so
        (SSI_URL + "/", profile_page()),  # even with other content: the tab is the dashboard
        ("", dashboard("2021-json-en")),  # the content says so
        ("", dashboard("2025-pt")),
        ("https://www.linkedin.com/in/ada/", dashboard("2025-fr")),
        ("https://linkedin.com/sales/ssi?src=nav", (FIXTURES / "2025-not-loaded.html").read_text()),
    ],
)
def test_audit_refuses_the_dashboard_and_names_the_ssi_endpoint(app, client, url, html):
    """422 ssi_page with "endpoint": "/api/ssi"; not routed, nothing stored."""
    response = call(client, "POST", "/api/audit", json={"url": url, "html": html})
    assert response.status_code == 422
    assert response.json["code"] == "ssi_page"
    assert response.json["endpoint"] == "/api/ssi"
    assert "/api/ssi" in response.json["error"]
    assert audits(app) == 0 and readings(app) == 0


@pytest.mark.parametrize(
    "url", ["https://www.linkedin.com/sales/ssidebar", "https://evil.example/sales/ssi"]
)
def test_audit_of_a_lookalike_address_stays_an_audit(client, url):
    """Only LinkedIn's /sales/ssi path counts as the dashboard's address."""
    response = call(client, "POST", "/api/audit", json={"url": url, "html": profile_page()})
    assert response.status_code == 200 or response.json["code"] == "not_a_profile"


def test_other_pages_keep_their_not_a_profile_answer(client):
    """A LinkedIn page that is neither profile nor dashboard: still not_a_profile."""
    feed = (FIXTURES / "not-dashboard-feed.html").read_text()
    response = call(client, "POST", "/api/audit", json={"url": "", "html": feed})
    assert response.status_code == 422
    assert response.json["code"] == "not_a_profile"


# --- history, CSV, erase ----------------------------------------------------------------


def test_history_lists_readings_oldest_first_with_numbers_only(app, client):
    """GET /api/history: "ssi" oldest first, the reading's numbers; with ?profile= too."""
    seed(app, ssi=[(at(21), 12.5)])
    post_audit(client)
    post_ssi(client, json={"url": "", "html": dashboard("2021-json-es")})
    body = call(client, "GET", "/api/history").json
    assert [r["taken_at"][:10] for r in body["ssi"]][0] == "2026-11-21"
    latest = body["ssi"][-1]
    assert set(latest) == {
        "taken_at",
        "date",
        "total",
        "pillars",
        "ranks",
        "industry",
        "lang",
        "layout",
    }
    assert latest["taken_at"].endswith("Z") and latest["date"] == latest["taken_at"][:10]
    assert latest["pillars"] == {
        "brand": 6.92,
        "people": 11.04,
        "insights": 7.3,
        "relationships": 13.64,
    }
    assert latest["industry"] == "Desarrollo de programación"
    assert latest["layout"] == "2021-json" and latest["lang"] == "es"
    assert MARKER not in json.dumps(body)
    one = call(client, "GET", f"/api/history?profile={ADA}").json
    assert len(one["audits"]) == 1 and len(one["ssi"]) == 2  # readings belong to no profile


def test_history_csv_has_a_kind_column(app, client):
    """The CSV: audits and readings in one table by time, told apart by "kind"."""
    seed(app, ssi=[(at(20), 11.0)], audited=[(at(21), ADA)])
    with app.app_context():
        history.record_ssi(
            SsiReading(
                total=40,
                pillars=Pillars(brand=9.5),
                ranks=Ranks(industry=5),
                industry="=cmd|' /C calc'!A0",
                lang="en",
                layout="2025",
                unknown={},
            ),
            at(22),
        )
    text = call(client, "GET", "/api/history.csv").get_data(as_text=True)
    table = list(csv.DictReader(io.StringIO(text)))
    assert [(r["kind"], r["at"][:10]) for r in table] == [
        ("ssi", "2026-11-20"),
        ("audit", "2026-11-21"),
        ("ssi", "2026-11-22"),
    ]
    assert table[0]["ssi:brand"] == "11.0" and table[0]["score"] == ""
    assert table[1]["vanity"] == ADA and table[1]["ssi:brand"] == ""
    assert table[2]["ssi:rank_industry"] == "5" and table[2]["ssi:date"] == "2026-11-22"
    assert table[2]["ssi:industry"].startswith("'=")  # no formula injection from a page
    assert len({len(row) for row in csv.reader(io.StringIO(text))}) == 1  # rectangular


def test_delete_erases_readings_unless_one_profile_is_named(app, client):
    """?profile= erases that profile's audits only; a full erase takes the readings too."""
    seed(app, ssi=[(at(20), 11.0), (at(21), 12.0)], audited=[(at(21), ADA), (at(21), "bo")])
    assert call(client, "DELETE", "/api/history?profile=bo").json == {
        "deleted": 1,
        "deleted_ssi": 0,
    }
    assert readings(app) == 2
    assert call(client, "DELETE", "/api/history").json == {"deleted": 1, "deleted_ssi": 2}
    assert readings(app) == 0 and audits(app) == 0
    assert call(client, "GET", "/api/history").json["ssi"] == []


# --- GET /api/progress --------------------------------------------------------------------


def test_progress_per_day(app, client):
    """Both sides per day, latest of the day each; a missing side and its gap are null."""
    seed(
        app,
        ssi=[
            (at(19), 10.0),
            (at(20, 8), 11.0),
            (at(20, 20), 11.5),
            (at(21, 9), 12.0),
            (at(21, 10), None),
        ],  # a later reading without the brand bar hides nothing
        audited=[
            (at(20, 9), ADA),
            (at(20, 21), ADA),
            (at(21), "bo"),
            (at(22), ADA),
            (at(22, 13), ADA),
        ],
    )
    response = call(client, "GET", "/api/progress")
    assert response.status_code == 200
    assert response.json["profile"] == ADA  # four audits against one
    assert response.json["days"] == [
        {"date": "2026-11-19", "estimate": None, "measured": 10.0, "gap": None},
        {
            "date": "2026-11-20",
            "estimate": ADA_SCORE,
            "measured": 11.5,
            "gap": round(11.5 - ADA_SCORE, 2),
        },
        {"date": "2026-11-21", "estimate": None, "measured": 12.0, "gap": None},
        {"date": "2026-11-22", "estimate": ADA_SCORE, "measured": None, "gap": None},
    ]
    bo = call(client, "GET", "/api/progress?profile=bo").json
    assert bo["profile"] == "bo"
    assert [(d["date"], d["estimate"] is not None) for d in bo["days"]] == [
        ("2026-11-19", False),
        ("2026-11-20", False),
        ("2026-11-21", True),
    ]


def test_progress_empty_and_ties(app, client):
    """No data: no profile, no days. Equal audit counts: the profile audited last."""
    assert call(client, "GET", "/api/progress").json == {"profile": None, "days": []}
    seed(app, audited=[(at(20), "bo"), (at(21), ADA)])
    assert call(client, "GET", "/api/progress").json["profile"] == ADA


# --- database -----------------------------------------------------------------------------


@pytest.mark.parametrize("version", [1, 2])
def test_migration_adds_ssi_readings_and_keeps_rows(tmp_path, version):
    """An older database with audits is migrated in place: rows kept, readings work."""
    data = tmp_path / "data"
    data.mkdir()
    db = history.connect(data / "history.sqlite3")
    for statement in history.MIGRATIONS[:version]:
        db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute(
        "INSERT INTO audits (at, vanity, score, max_score, unknown_points, points, facts)"
        " VALUES ('2026-01-01T00:00:00.000Z', 'old', 12, 25, 0, '{\"photo\": 3}', '{}')"
    )
    db.close()
    app = create_app({"TESTING": True, "DATA_DIR": str(data), "TOKEN": TOKEN, "PORT": PORT})
    with sqlite3.connect(app.config["HISTORY_PATH"]) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION == 4
        assert [r[1] for r in check.execute("PRAGMA index_list(ssi_readings)")] == [
            "ssi_readings_by_date"
        ]
    client = app.test_client()
    assert [a["vanity"] for a in call(client, "GET", "/api/history").json["audits"]] == ["old"]
    assert post_ssi(client).status_code == 200
    assert call(client, "GET", "/api/progress").json["days"][0]["date"] == "2026-01-01"
    assert readings(app) == 1 and audits(app) == 1


# --- CLI with a mocked server -------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path):
    """A data directory with a token, as ``serve`` leaves it."""
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / "token").write_text(TOKEN + "\n")
    return directory


def invoke(command, data_dir, *args: str):
    """Invoke a server CLI command with the test's data dir and port."""
    return CliRunner().invoke(command, ["--port", str(PORT), "--data-dir", str(data_dir), *args])


@responses.activate
def test_push_sends_dashboards_to_the_ssi_endpoint(data_dir, tmp_path):
    """push: a saved dashboard goes to /api/ssi, a profile to /api/audit; one line each."""
    reading = read_ssi(EN.read_bytes()).model_dump(mode="json")
    responses.post(
        f"{BASE}/api/ssi",
        json={
            "reading": reading,
            "comparison": {
                "profile": ADA,
                "date": "2026-11-22",
                "estimate": 22.0,
                "measured": 16.43217,
                "gap": -5.57,
            },
        },
    )
    responses.post(f"{BASE}/api/audit", json={"score": 22.0, "max_score": 25})
    (tmp_path / "ada.html").write_text(profile_page())
    result = invoke(
        server_cli.push,
        data_dir,
        str(EN),
        str(tmp_path / "ada.html"),
        "--min-score",
        "20",
        "--lang",
        "nl",
    )
    assert result.exit_code == 0, result.output
    assert [c.request.url for c in responses.calls] == [f"{BASE}/api/ssi", f"{BASE}/api/audit"]
    sent = json.loads(responses.calls[0].request.body)
    assert set(sent) == {"url", "html"}  # no lang for a reading
    assert responses.calls[0].request.headers["Authorization"] == f"Bearer {TOKEN}"
    first, second = result.output.splitlines()
    assert first.startswith(f"{EN}: SSI 53/100 · brand 16.43")
    assert first.endswith(
        f"brand measured 16.43/25 · estimate 22/25 ({ADA}) · gap -5.57 (recorded in the history)"
    )
    assert second.endswith("22 / 25 (recorded in the history)")


@responses.activate
@pytest.mark.parametrize(
    ("status", "answer", "expected"),
    [
        (
            422,
            {"error": "not LinkedIn's SSI dashboard (/sales/ssi): x", "code": "not_an_ssi_page"},
            "not LinkedIn's SSI dashboard",
        ),
        (200, {"reading": {"total": "lots"}}, "the server's answer has no SSI reading"),
        (502, None, "the server answered 502 without JSON"),
    ],
)
def test_push_dashboard_server_errors(data_dir, status, answer, expected):
    """A refused or malformed answer to a dashboard: one line on stderr, exit 1."""
    if answer is None:
        responses.post(f"{BASE}/api/ssi", body="<html>bad gateway</html>", status=status)
    else:
        responses.post(f"{BASE}/api/ssi", json=answer, status=status)
    result = invoke(server_cli.push, data_dir, str(EN))
    assert result.exit_code == 1
    assert expected in result.output


PROGRESS = {
    "profile": ADA,
    "days": [
        {"date": "2026-11-20", "estimate": 20.0, "measured": None, "gap": None},
        {"date": "2026-11-21", "estimate": None, "measured": 16.43217, "gap": None},
        {"date": "2026-11-22", "estimate": 22.0, "measured": 17.25, "gap": -4.75},
    ],
}


@responses.activate
def test_progress_prints_the_table_and_the_trend(data_dir):
    """progress: a header naming the profile, one row per day, two sparklines."""
    responses.get(f"{BASE}/api/progress", json=PROGRESS)
    result = invoke(server_cli.progress, data_dir, "--profile", ADA)
    assert result.exit_code == 0, result.output
    assert responses.calls[0].request.url == f"{BASE}/api/progress?profile={ADA}"
    lines = result.output.splitlines()
    assert ADA in lines[0]
    assert lines[2].split() == ["2026-11-20", "20", "·", "·"]
    assert lines[4].split() == ["2026-11-22", "22", "17.25", "-4.75"]
    assert lines[5] == "trend 0-25  estimate ▇·▇"
    assert lines[6] == "            measured ·▆▆"
    as_json = invoke(server_cli.progress, data_dir, "--format", "json")
    assert json.loads(as_json.output) == PROGRESS


@responses.activate
def test_progress_failures(data_dir, tmp_path):
    """Refused, unreachable, no token, no data: each says so."""
    responses.get(
        f"{BASE}/api/progress",
        json={"error": "Missing or wrong token", "code": "unauthorized"},
        status=401,
    )
    refused = invoke(server_cli.progress, data_dir)
    assert refused.exit_code == 1 and "Missing or wrong token" in refused.output
    responses.replace(
        responses.GET, f"{BASE}/api/progress", body=requests.ConnectionError("refused")
    )
    down = invoke(server_cli.progress, data_dir)
    assert down.exit_code == 1 and "start it with `profile-audit serve`" in down.output
    (tmp_path / "empty").mkdir()
    no_token = invoke(server_cli.progress, tmp_path / "empty")
    assert no_token.exit_code == 1 and "no token" in no_token.output
    responses.replace(responses.GET, f"{BASE}/api/progress", json={"profile": None, "days": []})
    empty = invoke(server_cli.progress, data_dir)
    assert empty.exit_code == 0 and "No SSI readings or audits yet" in empty.output


# --- the installed command ------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed ``profile-audit`` command."""
    return subprocess.run([PROFILE_AUDIT, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def ada_page(tmp_path):
    """A saved profile page."""
    path = tmp_path / "ada.html"
    path.write_text(profile_page(), encoding="utf-8")
    return path


def test_ssi_compare_text_and_json(ada_page):
    """ssi --compare: the measured brand pillar, the profile's estimate and the gap."""
    text = run("ssi", str(EN), "--compare", str(ada_page))
    assert text.returncode == 0, text.stderr
    reading_line, compared = text.stdout.splitlines()
    assert reading_line.startswith("SSI 53/100")
    assert compared == compare.line(16.43217, ADA_SCORE, ADA)
    one = json.loads(run("ssi", str(EN), "--compare", str(ada_page), "--format", "json").stdout)
    assert one["comparison"] == {
        "profile": ADA,
        "estimate": ADA_SCORE,
        "measured": 16.43217,
        "gap": compare.gap(16.43217, ADA_SCORE),
    }
    assert one["pillars"]["brand"] == 16.43217
    many = run(
        "ssi",
        str(EN),
        str(FIXTURES / "2021-json-en.html"),
        "--compare",
        str(ada_page),
        "-f",
        "json",
    )
    lines = [json.loads(line) for line in many.stdout.splitlines()]
    assert [(d["file"], d["comparison"]["measured"]) for d in lines] == [
        (str(EN), 16.43217),
        (str(FIXTURES / "2021-json-en.html"), 18.2),
    ]


def test_ssi_compare_with_a_page_that_is_not_a_profile():
    """--compare with a page that is no profile (or no file): exit 1, one line on stderr."""
    wrong = run("ssi", str(EN), "--compare", str(EN))
    assert wrong.returncode == 1
    assert wrong.stderr.strip().startswith(f"Error: {EN}: not a LinkedIn profile page")
    assert wrong.stdout == ""
    missing = run("ssi", str(EN), "--compare", "/nonexistent/me.html")
    assert missing.returncode == 1 and "No such file" in missing.stderr


def test_progress_is_a_subcommand():
    """``profile-audit progress --help`` reaches the command through the lazy table."""
    result = run("progress", "--help")
    assert result.returncode == 0
    assert "--profile" in result.stdout and "measured" in result.stdout


def test_push_and_progress_against_a_real_server(tmp_path, ada_page):
    """A real server: push a profile and a dashboard, read /api/progress over HTTP and
    through ``profile-audit progress``; no page text anywhere; erase."""
    server = start_server(tmp_path, name="ssi")
    try:
        saved = tmp_path / "ssi-2026-11-22.html"
        saved.write_text(dashboard(), encoding="utf-8")
        where = ["--port", str(server.port), "--data-dir", str(server.data_dir)]
        pushed = run("push", *where, str(ada_page), str(saved))
        assert pushed.returncode == 0, pushed.stderr
        assert pushed.stdout.splitlines()[1].startswith(f"{saved}: SSI 53/100")
        assert f"estimate {ADA_SCORE:g}/25 ({ADA})" in pushed.stdout
        web = requests.post(
            f"{server.base}/api/ssi",
            json={"url": "", "html": dashboard()},
            headers={**server.auth(), "Origin": "https://evil.example"},
            timeout=30,
        )
        assert web.status_code == 403
        misplaced = requests.post(
            f"{server.base}/api/audit",
            json={"url": SSI_URL, "html": dashboard()},
            headers=server.auth(),
            timeout=30,
        )
        assert (misplaced.status_code, misplaced.json()["code"]) == (422, "ssi_page")
        answer = requests.get(f"{server.base}/api/progress", headers=server.auth(), timeout=30)
        today = datetime.now(UTC).date().isoformat()
        assert answer.json() == {
            "profile": ADA,
            "days": [
                {
                    "date": today,
                    "estimate": ADA_SCORE,
                    "measured": 16.43217,
                    "gap": compare.gap(16.43217, ADA_SCORE),
                }
            ],
        }
        shown = run("progress", *where)
        assert shown.returncode == 0, shown.stderr
        assert shown.stdout.splitlines()[2].split() == [
            today,
            f"{ADA_SCORE:g}",
            "16.43",
            f"{compare.gap(16.43217, ADA_SCORE):+g}",
        ]
        assert f"measured {compare.sparkline([16.43217])}" in shown.stdout
        assert leaks(server, MARKER) == []
        erased = requests.delete(f"{server.base}/api/history", headers=server.auth(), timeout=30)
        assert erased.json() == {"deleted": 1, "deleted_ssi": 1}
    finally:
        server.stop()


# --- history faults at run time ---------------------------------------------------------


def test_ssi_reading_is_answered_when_the_history_cannot_take_it(app, client, monkeypatch):
    """A history that refuses the write: the reading still comes back, "saved" false with
    the reason, no comparison (it would need the history), and nothing is stored."""

    def refuse(*_args, **_kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(history, "record_ssi", refuse)
    response = post_ssi(client)
    assert response.status_code == 200, response.json
    body = response.json
    assert body["saved"] is False and app.config["HISTORY_PATH"] in body["not_saved_reason"]
    assert body["comparison"] is None
    assert body["reading"] == read_ssi(dashboard(), SSI_URL).model_dump(mode="json")
    assert readings(app) == 0


def test_ssi_answer_says_saved(client):
    """A reading the history took says so."""
    assert post_ssi(client).json["saved"] is True


@pytest.mark.parametrize("path", ["/api/history", "/api/history.csv", "/api/progress"])
def test_a_history_broken_while_running_is_a_clear_503(app, client, path):
    """The history file overwritten with garbage while the server runs: reading it is a
    JSON 503 ``history_unavailable`` naming the file and what to do, never a 500."""
    assert post_audit(client).status_code == 200
    history_path = Path(app.config["HISTORY_PATH"])
    for leftover in (Path(f"{history_path}-wal"), Path(f"{history_path}-shm")):
        leftover.unlink(missing_ok=True)
    history_path.write_bytes(b"this is not an SQLite database " * 512)
    response = call(client, "GET", path)
    assert response.status_code == 503, response.data[:200]
    assert response.json["code"] == "history_unavailable"
    assert str(history_path) in response.json["error"]
    assert "--reset-broken-history" in response.json["error"]
