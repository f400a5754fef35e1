"""The server's logic through Flask's test client: endpoints, status codes, security, history."""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import csv
import io
import json
import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

import auditor
from server import config
from server import create_app
from server import history
from server import worker
from tests.synthetic import profile_page

TOKEN = "test-token-0123456789-abcdefghijklmnop"  # 32+ characters, as the server requires
PORT = 9310
BASE = f"http://127.0.0.1:{PORT}"
CHROME = config.CHROME_EXTENSION_ORIGIN
FIREFOX = "moz-extension://0b3f1a2c-1d2e-4f5a-8b9c-0123456789ab"
MARKER = "MARKER-7f3c9a-never-stored"


def call(client, method: str, path: str, token: str | None = TOKEN, **kwargs: Any):
    """One request with the token (unless None) and the loopback Host."""
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers.setdefault("Authorization", f"Bearer {token}")
    return client.open(path, method=method, base_url=BASE, headers=headers, **kwargs)


def post_audit(client, html: str | None = None, **kwargs: Any):
    """POST /api/audit with a readable synthetic page unless told otherwise."""
    if "data" not in kwargs:  # a raw body replaces the JSON one
        kwargs.setdefault(
            "json",
            {
                "url": "https://www.linkedin.com/in/ada-example-synthetic/",
                "html": profile_page(marker=MARKER) if html is None else html,
            },
        )
    return call(client, "POST", "/api/audit", **kwargs)


def rows(app) -> int:
    """Audits stored in the app's database, read straight from the file."""
    with sqlite3.connect(app.config["HISTORY_PATH"]) as db:
        return int(db.execute("SELECT count(*) FROM audits").fetchone()[0])


# --- factory and files -----------------------------------------------------------------


def test_config(tmp_path, monkeypatch):
    """Defaults without a test config; TESTING and paths from it; env picks the data dir."""
    monkeypatch.setenv(config.DATA_DIR_ENV, str(tmp_path / "env"))
    assert not create_app().testing
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "explicit")})
    assert app.testing
    assert app.config["DATA_DIR"] == str(tmp_path / "explicit")
    assert app.config["MAX_CONTENT_LENGTH"] == 20 * 1024 * 1024
    assert app.config["TRUSTED_HOSTS"] == ["127.0.0.1:9310", "localhost:9310"]
    assert (tmp_path / "env" / "token").is_file()


def test_token_file_is_private_and_kept(tmp_path):
    """The token is created once, owner-only, and read back on the next start."""
    data = tmp_path / "new" / "data"
    first = create_app({"DATA_DIR": str(data)}).config["TOKEN"]
    path = data / "token"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700  # created private
    assert len(first) >= 43  # token_urlsafe(32)
    path.chmod(0o644)
    assert create_app({"DATA_DIR": str(data)}).config["TOKEN"] == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((data / "history.sqlite3").stat().st_mode) == 0o600
    assert [p.name for p in data.iterdir() if p.name.startswith(".token")] == []


def test_data_dir_defaults_to_platformdirs(monkeypatch):
    """Without argument or environment, the data dir is platformdirs' user data dir."""
    import platformdirs

    monkeypatch.delenv(config.DATA_DIR_ENV, raising=False)
    assert config.data_dir() == Path(platformdirs.user_data_dir("profile-auditor"))


# --- endpoints ---------------------------------------------------------------------------


def test_health_needs_no_token_and_tells_no_secret(client):
    """GET /api/health: name, version, status; no token needed, none shown."""
    response = call(client, "GET", "/api/health", token=None)
    assert response.status_code == 200
    assert response.json == {
        "name": "profile-auditor",
        "version": auditor.__version__,
        "status": "ok",
    }
    assert TOKEN not in response.get_data(as_text=True)


def test_audit_returns_the_document_and_records_it(app, client):
    """POST /api/audit answers the CLI's JSON document and adds one history row; the
    page it was read from is its one source, with the server's capture time."""
    response = post_audit(client)
    assert response.status_code == 200, response.json
    document = dict(response.json)
    expected = auditor.audit(
        profile_page(marker=MARKER), "https://www.linkedin.com/in/ada-example-synthetic/"
    ).model_dump(mode="json")
    [source] = document["profile"].pop("sources")
    assert expected["profile"].pop("sources") == []
    assert document.pop("saved") is True and "not_saved_reason" not in document
    assert document == expected
    assert source["page"] == "/in/ada-example-synthetic/" and source["kind"] == "profile"
    assert source["captured"].endswith("Z")
    assert document["score"] > 0 and document["max_score"] == 25
    assert rows(app) == 1


def post_html(client, page: str | bytes, query: str = "", **kwargs: Any):
    """POST /api/audit with the page as the body (text/html), its fields in the query."""
    data = page.encode() if isinstance(page, str) else page
    return call(
        client,
        "POST",
        f"/api/audit{query}",
        data=data,
        content_type="text/html; charset=utf-8",
        **kwargs,
    )


def test_page_as_the_body_is_audited_as_the_json_one(app, client):
    """The page as a text/html body, url and lang in the query: the same document as the
    JSON body gives, recorded the same way."""
    url = "https://www.linkedin.com/in/ada-example-synthetic/"
    as_json = post_audit(client, json={"url": url, "html": profile_page(marker=MARKER)})
    as_html = post_html(client, profile_page(marker=MARKER), f"?url={url}&lang=en")
    assert as_json.status_code == as_html.status_code == 200, as_html.json
    documents = [dict(as_json.json), dict(as_html.json)]
    for document in documents:
        [source] = document["profile"].pop("sources")  # the capture times differ
        assert source["page"] == "/in/ada-example-synthetic/"
    assert documents[0] == documents[1]
    assert documents[1]["saved"] is True and documents[1]["language"] == "en"
    audits = call(client, "GET", "/api/history").json["audits"]
    assert [e["url"] for e in audits] == [url, url]  # two profile pages, two audits
    assert audits[0]["score"] == audits[1]["score"]


@pytest.mark.parametrize(
    ("query", "header", "expected"),
    [("", None, "en"), ("?lang=nl", "it", "nl"), ("", "it-IT,it;q=0.9", "it")],
)
def test_page_as_the_body_language(client, query, header, expected):
    """?lang= picks the report language, else Accept-Language, as the JSON lang does."""
    headers = {"Accept-Language": header} if header else {}
    response = post_html(client, profile_page(), query, headers=headers)
    assert response.status_code == 200, response.json
    assert response.json["language"] == expected


def test_page_as_the_body_without_url_and_in_a_saved_charset(client):
    """No ?url=: no address (the page's canonical names the member). Bytes that are not
    UTF-8 are read as a saved file is, by the page's own charset."""
    response = post_html(client, profile_page(name="Zoë Example").encode("cp1252"))
    assert response.status_code == 200, response.json
    assert response.json["profile"]["name"] == "Zoë Example"
    assert response.json["profile"]["url"] is None
    assert response.json["profile"]["vanity"] == "ada-example-synthetic"


def test_page_as_the_body_with_an_ssi_url_is_sent_to_api_ssi(client):
    """The dashboard's address in the query: 422 ssi_page, as in the JSON body."""
    response = post_html(client, profile_page(), "?url=https://www.linkedin.com/sales/ssi")
    assert response.status_code == 422
    assert response.json["code"] == "ssi_page" and response.json["endpoint"] == "/api/ssi"


def test_lone_surrogates_are_replaced_not_a_500(app, client):
    """JSON's "\\ud83d" (a broken emoji) in the page or URL is stored as U+FFFD."""
    body = {
        "url": "https://www.linkedin.com/in/ada-example-synthetic/x\ud83d/",
        "html": profile_page(name="Ada \ud83d Example"),
    }
    response = post_audit(client, json=body)
    assert response.status_code == 200, response.json
    assert response.json["profile"]["name"] == "Ada \ufffd Example"
    [entry] = call(client, "GET", "/api/history").json["audits"]
    assert entry["name"] == "Ada \ufffd Example" and entry["url"].endswith("/x\ufffd/")


@pytest.mark.parametrize(
    ("body_lang", "header", "expected"),
    [
        (None, None, "en"),
        ("nl", None, "nl"),
        (None, "it-IT,it;q=0.9", "it"),
        ("nl", "it", "nl"),  # the body's lang wins over the header
    ],
)
def test_report_language(client, body_lang, header, expected):
    """The body's lang, else Accept-Language, picks the report language."""
    body: dict[str, Any] = {"url": "", "html": profile_page()}
    if body_lang:
        body["lang"] = body_lang
    headers = {"Accept-Language": header} if header else {}
    response = post_audit(client, json=body, headers=headers)
    assert response.status_code == 200
    assert response.json["language"] == expected


# Every refusal: (what, request kwargs, status, code). None of them may store anything.
REFUSALS = [
    ("no token", {"token": None}, 401, "unauthorized"),
    ("wrong token", {"token": "not-the-token"}, 401, "unauthorized"),
    (
        "basic auth",
        {"token": None, "headers": {"Authorization": f"Basic {TOKEN}"}},
        401,
        "unauthorized",
    ),
    ("empty bearer", {"token": None, "headers": {"Authorization": "Bearer "}}, 401, "unauthorized"),
    ("rebinding host", {"headers": {"Host": "evil.example:9310"}}, 403, "forbidden"),
    ("host without port", {"headers": {"Host": "127.0.0.1"}}, 403, "forbidden"),
    ("host other port", {"headers": {"Host": "localhost:80"}}, 403, "forbidden"),
    ("web origin", {"headers": {"Origin": "https://evil.example"}}, 403, "forbidden"),
    ("null origin", {"headers": {"Origin": "null"}}, 403, "forbidden"),
    (
        "other extension",
        {"headers": {"Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"}},
        403,
        "forbidden",
    ),
    ("unpaired firefox", {"headers": {"Origin": FIREFOX}}, 403, "forbidden"),
    ("form post", {"data": {"html": "x", "url": ""}}, 415, "unsupported_media_type"),
    # text/plain is the one a web page may post without a CORS preflight: never the page.
    ("text body", {"data": "<html>", "content_type": "text/plain"}, 415, "unsupported_media_type"),
    (
        "html in another charset",
        {"data": b"<html>", "content_type": "text/html; charset=iso-8859-1"},
        415,
        "unsupported_media_type",
    ),
    (
        "html body, garbage",
        {"data": b"\x00\x01\x02garbage" * 100, "content_type": "text/html; charset=utf-8"},
        422,
        "bad_input",
    ),
    ("html body, empty", {"data": b"", "content_type": "text/html"}, 422, "bad_input"),
    ("no body", {"data": b""}, 415, "unsupported_media_type"),
    (
        "malformed json",
        {"data": "{not json", "content_type": "application/json"},
        400,
        "bad_request",
    ),
    ("json array", {"json": ["html"]}, 400, "bad_request"),
    (
        "json not in utf-8",
        {"data": b'{"url": "", "html": "\xff<p>"}', "content_type": "application/json"},
        400,
        "bad_request",
    ),
    (
        "json cut short",
        {
            "data": b'{"url": "", "html": "<p>"}',
            "content_type": "application/json",
            "environ_overrides": {"CONTENT_LENGTH": "5000"},
        },
        400,
        "bad_request",
    ),
    (
        "html body cut short",
        {
            "data": b"<html><body>",
            "content_type": "text/html; charset=utf-8",
            "environ_overrides": {"CONTENT_LENGTH": "5000"},
        },
        400,
        "bad_request",
    ),
    ("missing html", {"json": {"url": ""}}, 400, "bad_request"),
    ("missing url", {"json": {"html": "<html></html>"}}, 400, "bad_request"),
    ("html not a string", {"json": {"url": "", "html": 12}}, 400, "bad_request"),
    ("lang not a string", {"json": {"url": "", "html": "<p>", "lang": ["nl"]}}, 400, "bad_request"),
    ("garbage html", {"json": {"url": "", "html": "\x00\x01\x02garbage" * 100}}, 422, "bad_input"),
    ("empty html", {"json": {"url": "", "html": "   "}}, 422, "bad_input"),
]


@pytest.mark.parametrize(
    ("what", "kwargs", "status", "code"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_refusals(app, client, what, kwargs, status, code):
    """Each bad request gets its status and a JSON error, and nothing is stored."""
    response = post_audit(client, **kwargs)
    assert response.status_code == status
    assert response.is_json
    assert response.json["code"] == code
    assert response.json["error"]
    assert "Access-Control-Allow-Origin" not in response.headers
    assert rows(app) == 0


def test_not_a_profile_is_422_with_the_reason(app, client):
    """A LinkedIn page that is not a profile: 422, code not_a_profile, the auditor's reason."""
    from tests.synthetic import not_a_profile_page

    response = post_audit(client, html=not_a_profile_page(MARKER))
    assert response.status_code == 422
    assert response.json["code"] == "not_a_profile"
    assert response.json["reason"] == "other_linkedin_page"
    assert "not a LinkedIn profile page" in response.json["error"]
    assert MARKER not in response.get_data(as_text=True)
    assert rows(app) == 0


def test_oversize_body_is_413(tmp_path):
    """A body over MAX_CONTENT_LENGTH is refused as JSON 413 before it is parsed."""
    app = create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path), "TOKEN": TOKEN, "MAX_CONTENT_LENGTH": 50_000}
    )
    client = app.test_client()
    response = post_audit(client, html=profile_page(size=60_000))
    assert response.status_code == 413
    assert response.json["code"] == "too_large"
    assert rows(app) == 0
    assert post_audit(client, html=profile_page(size=10_000)).status_code == 200
    # The page as the body has the same cap.
    response = post_html(client, profile_page(size=60_000, marker=MARKER))
    assert response.status_code == 413 and response.json["code"] == "too_large"
    assert MARKER not in response.get_data(as_text=True)
    assert rows(app) == 1
    assert post_html(client, profile_page(size=10_000)).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/api/nothing", 404, "not_found"),
        ("GET", "/", 404, "not_found"),
        ("GET", "/api/audit", 405, "method_not_allowed"),
        ("PUT", "/api/history", 405, "method_not_allowed"),
    ],
)
def test_other_http_errors_are_json(client, method, path, status, code):
    """Unknown paths and methods answer JSON too, never Flask's HTML pages."""
    response = call(client, method, path)
    assert response.status_code == status
    assert response.json["code"] == code


def test_500_stays_json_without_traceback(app, client, monkeypatch, caplog):
    """An unexpected failure is JSON 500: no traceback, no page content, not in the log."""
    secret = "boom-" + "while-reading: "

    def explode(html: str, url: str | None = None):
        raise RuntimeError(secret + html)  # the message quotes the page, as lxml's may

    monkeypatch.setattr(worker, "parse_profile", explode)
    with caplog.at_level(logging.DEBUG):
        response = post_audit(client)
    assert response.status_code == 500
    assert response.json == {
        "error": "Internal error: the server could not finish this request.",
        "code": "internal",
    }
    text = response.get_data(as_text=True)
    assert "Traceback" not in text and "RuntimeError" not in text and MARKER not in text
    assert "RuntimeError" in caplog.text  # the operator still learns what failed
    assert MARKER not in caplog.text and secret not in caplog.text, caplog.text
    assert rows(app) == 0


# --- headers, CORS, pairing --------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("GET", "/api/health", {"token": None}),
        ("GET", "/api/history", {}),
        ("GET", "/api/history.csv", {}),
        ("DELETE", "/api/history", {}),
        ("POST", "/api/pair", {}),
        ("POST", "/api/audit", {"json": {"url": ""}}),
        ("GET", "/api/history", {"token": None}),
        ("GET", "/api/health", {"headers": {"Host": "evil.example"}}),
        ("GET", "/nowhere", {}),
    ],
)
def test_every_response_is_no_store_nosniff(client, method, path, kwargs):
    """Cache-Control: no-store and X-Content-Type-Options: nosniff on every answer."""
    response = call(client, method, path, **kwargs)
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_extension_origin_gets_cors_headers(client):
    """The pinned Chrome extension origin gets its own origin back, never a wildcard."""
    response = post_audit(client, headers={"Origin": CHROME})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == CHROME
    assert "Origin" in response.headers["Vary"]


def test_preflight(client):
    """Preflights: ours answered 204 with CORS (and Private Network Access); web ones 403."""
    asked = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
        "Access-Control-Request-Private-Network": "true",
    }
    ours = call(client, "OPTIONS", "/api/audit", token=None, headers={"Origin": CHROME, **asked})
    assert ours.status_code == 204
    assert ours.headers["Access-Control-Allow-Origin"] == CHROME
    assert "POST" in ours.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in ours.headers["Access-Control-Allow-Headers"]
    assert ours.headers["Access-Control-Allow-Private-Network"] == "true"
    evil = call(
        client,
        "OPTIONS",
        "/api/audit",
        token=None,
        headers={"Origin": "https://evil.example", **asked},
    )
    assert evil.status_code == 403
    assert "Access-Control-Allow-Origin" not in evil.headers
    assert "Access-Control-Allow-Private-Network" not in evil.headers


def test_firefox_pairing(app, client):
    """A moz-extension origin is trusted only after it paired with the right token."""
    headers = {"Origin": FIREFOX}
    assert call(client, "OPTIONS", "/api/pair", token=None, headers=headers).status_code == 204
    assert call(client, "POST", "/api/pair", token="wrong", headers=headers).status_code == 401
    assert config.load_origins(Path(app.config["DATA_DIR"])) == []
    assert post_audit(client, headers=headers).status_code == 403
    paired = call(client, "POST", "/api/pair", headers=headers)
    assert paired.status_code == 200 and paired.json == {"paired": True}
    assert config.load_origins(Path(app.config["DATA_DIR"])) == [FIREFOX]
    response = post_audit(client, headers=headers)
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == FIREFOX
    # A restarted server remembers the pairing.
    again = create_app({"TESTING": True, "DATA_DIR": app.config["DATA_DIR"], "TOKEN": TOKEN})
    assert post_audit(again.test_client(), headers=headers).status_code == 200


def test_pair_without_origin(client):
    """The CLI or the Chrome extension may call pair too; nothing to record."""
    assert call(client, "POST", "/api/pair").json == {"paired": True}
    assert call(client, "POST", "/api/pair", headers={"Origin": CHROME}).json == {"paired": True}


def test_extra_origins_from_config(tmp_path):
    """EXTRA_ORIGINS (for tests and development) are allowed like the extension's."""
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path),
            "TOKEN": TOKEN,
            "EXTRA_ORIGINS": ["http://127.0.0.1:5555"],
        }
    )
    response = call(
        app.test_client(), "GET", "/api/history", headers={"Origin": "http://127.0.0.1:5555"}
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "http://127.0.0.1:5555"


# --- history -----------------------------------------------------------------------------


def test_history_oldest_first_with_facts_only(app, client):
    """History entries: when, score, points per criterion, facts; no free text, no HTML."""
    post_audit(
        client,
        json={
            "url": "https://www.linkedin.com/in/ada-example-synthetic/",
            "html": profile_page(marker=MARKER),
        },
    )
    post_audit(
        client,
        json={"url": "", "html": profile_page(marker=MARKER, vanity="bo-two", name="Bo Two")},
    )
    response = call(client, "GET", "/api/history")
    assert response.status_code == 200
    audits = response.json["audits"]
    assert response.json["profile"] is None
    assert [a["vanity"] for a in audits] == ["ada-example-synthetic", "bo-two"]
    first = audits[0]
    assert first["at"].endswith("Z") and first["at"] <= audits[1]["at"]
    assert first["name"] == "Ada Example"
    assert first["url"] == "https://www.linkedin.com/in/ada-example-synthetic/"
    assert first["max_score"] == 25 and first["score"] == sum(first["points"].values())
    assert set(first["points"]) == {
        "photo",
        "headline",
        "about",
        "current-position",
        "skills",
        "endorsements",
        "recommendations",
        "publishing",
    }
    facts = first["facts"]
    assert facts["about"] == {
        "characters": facts["about"]["characters"],
        "words": facts["about"]["words"],
    }
    assert facts["headline"].startswith("Helping small bakeries")
    assert facts["current_position"]["has_title"] is True
    assert facts["location"] is True  # kept as "has one", not the text
    assert MARKER not in json.dumps(audits)
    one = call(client, "GET", "/api/history?profile=bo-two").json
    assert one["profile"] == "bo-two" and [a["name"] for a in one["audits"]] == ["Bo Two"]
    assert call(client, "GET", "/api/history?profile=nobody").json["audits"] == []


def test_history_csv(client):
    """The CSV export: a header, one row per audit, formula-looking text neutralised."""
    post_audit(client, json={"url": "", "html": profile_page(name="=HYPERLINK(1)")})
    post_audit(client, json={"url": "", "html": profile_page(vanity="bo-two")})
    response = call(client, "GET", "/api/history.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    table = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [r["vanity"] for r in table] == ["ada-example-synthetic", "bo-two"]
    assert table[0]["name"] == "'=HYPERLINK(1)"
    assert float(table[1]["points:photo"]) == 3
    assert json.loads(table[1]["facts"])["photo"] is True
    only = call(client, "GET", "/api/history.csv?profile=bo-two").get_data(as_text=True)
    assert len(only.strip().splitlines()) == 2


def test_history_needs_the_token(client):
    """Reading, exporting or erasing the history needs the token."""
    for method, path in [
        ("GET", "/api/history"),
        ("GET", "/api/history.csv"),
        ("DELETE", "/api/history"),
    ]:
        assert call(client, method, path, token=None).status_code == 401


def test_delete_history(app, client):
    """DELETE erases one profile's audits, then everything; it says how many."""
    post_audit(client)
    post_audit(client)
    post_audit(client, json={"url": "", "html": profile_page(vanity="bo-two")})
    assert call(client, "DELETE", "/api/history?profile=nobody").json == {
        "deleted": 0,
        "deleted_ssi": 0,
    }
    assert call(client, "DELETE", "/api/history?profile=bo-two").json == {
        "deleted": 1,
        "deleted_ssi": 0,
    }
    assert rows(app) == 2
    assert call(client, "DELETE", "/api/history").json == {"deleted": 2, "deleted_ssi": 0}
    assert rows(app) == 0
    assert call(client, "GET", "/api/history").json["audits"] == []


# --- database ----------------------------------------------------------------------------


def test_database_is_wal_with_schema_version(app):
    """WAL mode and the current schema version are set on the file."""
    with sqlite3.connect(app.config["HISTORY_PATH"]) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION


def test_migration_from_version_1_keeps_rows(tmp_path):
    """A version-1 database is migrated in place and keeps its rows."""
    path = tmp_path / "history.sqlite3"
    db = history.connect(path)
    db.execute(history.MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO audits (at, score, max_score, unknown_points, points, facts)"
        " VALUES ('2026-01-01T00:00:00.000Z', 12, 25, 0, '{}', '{}')"
    )
    assert history.migrate(db) == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
    indexes = [r[1] for r in db.execute("PRAGMA index_list(audits)")]
    assert "audits_by_vanity" in indexes
    assert db.execute("SELECT count(*) FROM audits").fetchone()[0] == 1
    assert history.migrate(db) == history.SCHEMA_VERSION  # idempotent
    db.close()


def test_newer_database_is_refused(tmp_path):
    """A database from a newer program is not touched."""
    db = history.connect(tmp_path / "h.sqlite3")
    db.execute(f"PRAGMA user_version = {history.SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        history.migrate(db)
    db.close()


def test_nothing_in_the_data_dir_carries_the_page(app, client):
    """After audits and refusals, no file in the data directory holds the page's text."""
    post_audit(client)
    post_audit(client, token="wrong")
    post_audit(client, headers={"Origin": "https://evil.example"})
    for path in Path(app.config["DATA_DIR"]).iterdir():
        assert MARKER.encode() not in path.read_bytes(), path
    assert os.listdir(app.config["DATA_DIR"])
