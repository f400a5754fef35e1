"""The API blueprint: audit a page, read the SSI dashboard, redact a page for a bug report,
report health, pair, and read, compare or erase the history.

Every answer is JSON (the CSV export excepted), errors included: see ``register_errors``.
Every endpoint but ``GET /api/health`` needs the token, a loopback Host and, when an
Origin is sent, the extension's (``server.security``).

SSI (issue #7), for the extension:

- ``POST /api/ssi`` ``{"url", "html", "profile"?}``: 200 ``{"reading", "comparison"}``,
  recorded; 422 ``not_an_ssi_page`` for any other page.
- ``POST /api/audit`` with the dashboard: 422 ``ssi_page`` with ``"endpoint": "/api/ssi"``.
- ``GET /api/progress[?profile=v]``: ``{"profile", "days": [{"date", "estimate",
  "measured", "gap"}]}``.
- ``GET /api/history`` carries ``"ssi"``; the CSV export has a ``kind`` column;
  ``DELETE /api/history`` erases readings too, unless ``?profile=`` is given.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import traceback
from pathlib import Path
from typing import Any

from flask import Blueprint
from flask import Flask
from flask import Response
from flask import abort
from flask import current_app
from flask import request
from werkzeug.exceptions import HTTPException
from werkzeug.exceptions import SecurityError

import auditor
from auditor import merge
from auditor import report_i18n
from auditor import urls
from auditor.errors import AuditorError
from auditor.errors import BadInputError
from auditor.errors import NotAProfileError
from auditor.ssi import NotAnSsiPageError
from server import config
from server import history
from server import sessions
from server import worker

bp = Blueprint("api", __name__, url_prefix="/api")
log = logging.getLogger(__name__)

SSI_PATH = "/sales/ssi"  # NOTE: keep in sync with auditor.selectors.ssi.SSI_URL_PART
LINKEDIN_HOSTS = frozenset({"www.linkedin.com", "linkedin.com"})
# Python's json joins a valid pair into one character: any surrogate left is alone.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The page as the request body (``_posted_page``), its fields in the query string.
PAGE_TYPE = "text/html"
PAGE_CONTENT_TYPE = "text/html; charset=utf-8"
UTF8_LABELS = frozenset({"utf-8", "utf8"})

# HTTP status -> the "code" the extension switches on.
ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "not_a_profile",
    500: "internal",
    503: "history_unavailable",
}


@bp.get("/health")
def health() -> dict[str, str]:
    """Name, version and status: enough for the extension to know the server runs."""
    return {"name": "profile-auditor", "version": auditor.__version__, "status": "ok"}


class SsiPageError(AuditorError):
    """The page posted for an audit is LinkedIn's SSI dashboard: it belongs to /api/ssi."""

    def __init__(self) -> None:
        super().__init__(
            "this is LinkedIn's SSI dashboard (/sales/ssi), not a profile: "
            "send it to POST /api/ssi to record the reading"
        )


@bp.post("/audit")
def audit() -> dict[str, Any]:
    """Audit the posted page (in a worker, within the time limit), merge it into its
    member's audit session, record the result.

    A logged-in profile page starts a session; a details or activity page of the same
    member posted within 30 minutes is merged into it: the answer is the merged document
    (``profile.sources`` lists the pages) and the session's history row is updated, not
    duplicated. A page that cannot join is audited alone, and ``merge_note`` says why
    (``server.sessions``). The answer also carries ``"saved"`` (and ``"not_saved_reason"``
    when the history could not take it).

    The SSI dashboard is refused, not routed: the answer's shape would change under the
    caller, so it gets a 422 ``ssi_page`` naming ``/api/ssi`` instead.

    The page comes as JSON ``{"url", "html", "lang"?}`` or as the body itself
    (``_posted_page``: ``Content-Type: text/html; charset=utf-8``, ``?url=&lang=``).

    :raise 400: malformed JSON or a missing field. :raise 413: body over the cap.
    :raise 415: neither JSON nor UTF-8 HTML. :raise 422: not a profile page, the SSI
        dashboard, or ``page_too_complex`` (past the time limit).
    """
    html, data = _posted_page()
    url = _text(data, "url")
    lang = _optional_text(data, "lang") or request.headers.get("Accept-Language")
    if _is_ssi_url(url):
        raise SsiPageError()
    try:
        profile = worker.parse_profile(html, url or None)
    except NotAProfileError:
        # Parsed a second time only on this failure path: a profile pays nothing for it.
        if worker.is_ssi_page(html, url or None):
            raise SsiPageError() from None
        raise
    captured = sessions.now()
    return sessions.audit(merge.stamp(profile, captured), report_i18n.negotiate(lang), captured)


def _is_ssi_url(url: str) -> bool:
    """Whether the page's address is the dashboard's (https://www.linkedin.com/sales/ssi)."""
    parts = urls.split(url)
    return (
        parts is not None
        and parts.hostname in LINKEDIN_HOSTS
        and (parts.path.rstrip("/") == SSI_PATH or parts.path.startswith(SSI_PATH + "/"))
    )


@bp.post("/ssi")
def ssi() -> dict[str, Any]:
    """Read the posted SSI dashboard, record the reading and compare it with the estimate.

    Body ``{"url": str, "html": str, "profile": str | null}``, or the page itself as the
    body with ``?url=&profile=`` (as for /api/audit); ``profile`` picks whose
    audits give the estimate (default: the profile audited most often). Answer 200::

        {"reading": {"total", "pillars": {"brand", "people", "insights", "relationships"},
                     "ranks": {"industry", "network"}, "industry", "lang", "layout",
                     "unknown": {part: why}},           # auditor.ssi.SsiReading
         "comparison": {"profile", "date", "estimate", "measured", "gap"}}

    ``comparison`` is the reading's day as ``GET /api/progress`` shows it. ``saved`` says
    whether the history took the reading; when it could not (``not_saved_reason``), the
    reading is answered all the same and ``comparison`` is null.

    :raise 400: malformed JSON or a missing field. :raise 413: body over the cap.
    :raise 415: neither JSON nor UTF-8 HTML. :raise 422: ``not_an_ssi_page`` or ``bad_input``.
    """
    html, data = _posted_page()
    url = _text(data, "url")
    chosen = _optional_text(data, "profile") or None
    reading = worker.read_ssi(html, url or None)
    entry, saved = history.guarded(lambda: history.record_ssi(reading))
    if entry is None:  # the history cannot take it: the reading is answered all the same
        return {"reading": reading.model_dump(mode="json"), "comparison": None, **saved}
    profile, days = history.progress(chosen, entry["date"])
    return {
        "reading": reading.model_dump(mode="json"),
        "comparison": {"profile": profile, **days[-1]},
        **saved,
    }


# The redacted copy's file name: the same for every page, so it names no one.
REDACTED_NAME = "linkedin-page.redacted.html"


@bp.post("/redact")
def redact() -> Response:
    """The posted page's copy that is safe to share in a bug report, as a download.

    The page comes as for ``/api/audit``: JSON ``{"url": str, "html": str}`` or the page
    itself as the body (``Content-Type: text/html; charset=utf-8``, ``?url=``), checked
    as there. The copy is made in
    a worker within the time limit by ``auditor.redact.redact`` (what ``profile-audit
    redact`` writes): every letter of text, names, vanities, personal URL parts and image
    URLs replaced; markup, numbers and LinkedIn's UI words kept, so the auditor reads it
    as the same kind of page in the same layout. The answer is the copy itself,
    ``text/html; charset=utf-8``, as an attachment named ``linkedin-page.redacted.html``.
    Nothing is recorded: the history and the audit sessions stay as they were.

    :raise 400: malformed JSON or a missing field. :raise 413: body over the cap.
    :raise 415: neither JSON nor UTF-8 HTML. :raise 422: ``bad_input`` (not readable as
        HTML), or ``page_too_complex`` (past the time limit).
    """
    html, data = _posted_page()
    _text(data, "url")  # checked as for /api/audit; the copy carries no address
    return Response(
        worker.redact(html),
        content_type="text/html; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{REDACTED_NAME}"',
            # The panel reads the name from a cross-origin answer.
            "Access-Control-Expose-Headers": "Content-Disposition",
        },
    )


@bp.get("/progress")
def progress() -> dict[str, Any]:
    """The brand pillar per day: LinkedIn's measure beside the audit's estimate, and the gap.

    ``?profile=<vanity>`` picks whose audits give the estimate (default: the profile
    audited most often; ``"profile"`` says which, null before any audit). Answer::

        {"profile": str | null,
         "days": [{"date": "YYYY-MM-DD", "estimate": float | null,
                   "measured": float | null, "gap": float | null}]}   # oldest first

    Days are UTC dates. ``estimate`` is that profile's latest audit score of the day (out
    of 25), ``measured`` the latest reading's brand pillar (out of 25), ``gap`` measured -
    estimate rounded to 0.01; a day with one side only has null for the other and the gap.
    """
    profile, days = history.progress(request.args.get("profile") or None)
    return {"profile": profile, "days": days}


@bp.post("/pair")
def pair() -> dict[str, bool]:
    """Trust the calling Firefox extension's origin from now on (the token is checked)."""
    origin = request.headers.get("Origin")
    if origin is not None and config.FIREFOX_ORIGIN.match(origin):
        if config.add_origin(Path(current_app.config["DATA_DIR"]), origin):
            current_app.extensions["profile_auditor_origins"].add(origin)
    return {"paired": True}


@bp.get("/history")
def get_history() -> dict[str, Any]:
    """Past audits, oldest first, of one profile (``?profile=<vanity>``) or of all, and
    every SSI reading, oldest first (readings belong to no profile, so always all).

    ``{"profile", "audits": [...], "ssi": [{"taken_at", "date", "total", "pillars":
    {"brand", "people", "insights", "relationships"}, "ranks": {"industry", "network"},
    "industry", "lang", "layout"}]}``
    """
    vanity = request.args.get("profile") or None
    return {"profile": vanity, "audits": history.entries(vanity), "ssi": history.ssi_entries()}


@bp.get("/history.csv")
def get_history_csv() -> Response:
    """The same history as a CSV download: audits and readings in one table, oldest first,
    told apart by the ``kind`` column (``audit`` or ``ssi``)."""
    vanity = request.args.get("profile") or None
    return Response(
        history.to_csv(history.entries(vanity), history.ssi_entries()),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="profile-audit-history.csv"'},
    )


@bp.delete("/history")
def delete_history() -> dict[str, int]:
    """Erase every audit and SSI reading kept: ``{"deleted": audits, "deleted_ssi": readings}``.

    With ``?profile=<vanity>`` only that profile's audits go; the readings stay
    (``deleted_ssi`` is 0), as they belong to no profile.
    """
    vanity = request.args.get("profile") or None
    audits, readings = history.delete(vanity)
    sessions.sessions().forget(vanity)  # an erased session's row is not brought back
    return {"deleted": audits, "deleted_ssi": readings}


def _posted_page() -> tuple[str | bytes, dict[str, Any]]:
    """The posted page and the fields that come with it (``url``, ``lang``, ``profile``).

    Two forms: a JSON object ``{"url", "html", ...}``, or the page itself as the body,
    ``Content-Type: text/html; charset=utf-8``, with the fields in the query string
    (``?url=...&lang=...``; ``url`` may be left out there: no address). The second spares
    encoding and decoding the page as a JSON string, and its bytes go to the worker as
    they came. It is UTF-8, as the browser sends a string; bytes that are not are read as
    a saved file is (``auditor.page``). text/html, unlike text/plain, is no content type
    a web page may send without a CORS preflight, which the Origin check refuses.

    :raise 415: neither form. :raise 400: a JSON body that is not a JSON object.
    :raise 413: a body over the cap.
    """
    if request.mimetype == PAGE_TYPE:
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in UTF8_LABELS:
            abort(415, f"Send the HTML as UTF-8 ({PAGE_CONTENT_TYPE}), not {charset}.")
        fields: dict[str, Any] = {"url": "", **request.args.to_dict()}
        return _body(), fields
    data = _json_object()
    html = data.get("html")
    if not isinstance(html, str):
        abort(400, "Missing field 'html'." if html is None else "Field 'html' must be a string.")
    # As sent: the worker replaces a lone surrogate as it encodes the page (auditor.page).
    return html, data


def _json_object() -> dict[str, Any]:
    """The request body as a JSON object.

    :raise 415: the body is not declared as JSON (nor as HTML: ``_posted_page``).
    :raise 400: it is not a JSON object.
    """
    if not request.is_json:
        abort(
            415,
            "Send the page as JSON (Content-Type: application/json) or as HTML "
            f"(Content-Type: {PAGE_CONTENT_TYPE}).",
        )
    try:
        data = current_app.json.loads(_body())
    except ValueError:  # not JSON, or not UTF-8/16/32
        data = None
    except RecursionError:  # json's own parser recurses once per level
        abort(400, "The JSON nests too deep to be read: send a flat object.")
    if not isinstance(data, dict):
        abort(400, 'The body must be a JSON object: {"url": ..., "html": ..., "lang": ...}.')
    return data


def _body() -> bytes:
    """The request body: its Content-Length bytes of the WSGI input, read at once.

    werkzeug's ``get_data`` (and so ``get_json``) reads a body in 64 KB pieces and copies
    them twice; one read of the whole length (which PEP 3333 allows) from waitress's
    in-memory buffer is one copy at most (docs/performance-notes.md).

    :raise 413: over ``MAX_CONTENT_LENGTH``. :raise 400: the body ends before its length.
    """
    remaining = request.content_length
    if remaining is None:  # a chunked body a server passes on as it is: werkzeug reads it
        return request.get_data(cache=False)
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if limit is not None and remaining > limit:
        abort(413)
    stream = request.environ["wsgi.input"]
    pieces = []
    while remaining > 0:
        piece = stream.read(remaining)
        if not piece:
            abort(400, "The body ended before its Content-Length.")
        pieces.append(piece)
        remaining -= len(piece)
    return b"".join(pieces)  # one piece: that very bytes object, not a copy


def _text(data: dict[str, Any], name: str) -> str:
    """A required string field of the body.

    :raise 400: the field is missing or not a string.
    """
    found = _optional_text(data, name)
    if found is None:
        abort(400, f"Missing field {name!r}.")
    return found


def _optional_text(data: dict[str, Any], name: str) -> str | None:
    """An optional string field of the body (None when absent or null).

    :raise 400: the field is there but not a string.
    """
    found = data.get(name)
    if found is not None and not isinstance(found, str):
        abort(400, f"Field {name!r} must be a string.")
    return None if found is None else _well_formed(found)


def _well_formed(text: str) -> str:
    """The text with each lone surrogate replaced by U+FFFD.

    JSON may carry one ("\\ud800": JavaScript's JSON.stringify writes a broken emoji of
    the page so), and SQLite cannot store it: a name holding one was a 500.

    >>> _well_formed("Ada \\ud83d!") == "Ada \\ufffd!"
    True
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub("\ufffd", text)
    return text


Answer = tuple[dict[str, str], int]


def _error(status: int, message: str, code: str | None = None, **extra: str) -> Answer:
    """The JSON error body every failure uses."""
    return {"error": message, "code": code or ERROR_CODES.get(status, "error"), **extra}, status


def handle_http(error: HTTPException) -> Answer:
    """Werkzeug's HTTP errors (abort, 404, 405, 413, ...) as JSON."""
    status = error.code or 500
    if status == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return _error(413, f"The request is over the {limit // 2**20} MB limit.")
    return _error(status, error.description or error.name)


def handle_security(_refused: SecurityError) -> Answer:
    """Flask's TRUSTED_HOSTS refusal: a foreign Host is a 403 here, like our own check."""
    return _error(403, "Host not allowed: the server answers only to 127.0.0.1 or localhost.")


def handle_not_a_profile(error: NotAProfileError) -> Answer:
    """The page is not a profile: 422 with the auditor's reason."""
    return _error(422, str(error), reason=error.reason.value)


def handle_not_an_ssi_page(error: NotAnSsiPageError) -> Answer:
    """The page posted to /api/ssi is not the dashboard: 422 with code not_an_ssi_page."""
    return _error(422, str(error), code="not_an_ssi_page")


def handle_ssi_page(error: SsiPageError) -> Answer:
    """The dashboard posted to /api/audit: 422 ssi_page, and where to send it instead."""
    return _error(422, str(error), code="ssi_page", endpoint="/api/ssi")


def handle_bad_input(error: BadInputError) -> Answer:
    """The page cannot be read as HTML: 422 with code bad_input."""
    return _error(422, str(error), code="bad_input")


def handle_unexpected(error: Exception) -> Answer:
    """Any other failure: JSON 500, no traceback to the client, no page content in the log."""
    # Log the type and where it happened, not str(error): a message may quote the page.
    where = "".join(traceback.format_tb(error.__traceback__))
    log.error(
        "internal error %s in %s %s\n%s", type(error).__name__, request.method, request.path, where
    )
    return _error(500, "Internal error: the server could not finish this request.")


def handle_history_fault(error: Exception) -> Answer:
    """The history could not be read (a file broken, deleted or locked while the server
    runs): 503 ``history_unavailable``, naming the file and what to do, never a 500."""
    history.close_db()  # the next request reconnects: the fault may be fixed by then
    path = current_app.config["HISTORY_PATH"]
    log.error("history %s unavailable: %s", path, type(error).__name__)
    return _error(
        503,
        f"the history {path} cannot be read ({error}): stop the server and start it again;"
        " if it still fails, 'profile-audit serve --reset-broken-history' moves the file"
        " aside (its data is kept) and starts a new one",
        "history_unavailable",
    )


def register_errors(app: Flask) -> None:
    """JSON errors for the whole app, including URLs outside the blueprint."""
    app.register_error_handler(sqlite3.Error, handle_history_fault)
    app.register_error_handler(config.DataDirError, handle_history_fault)
    app.register_error_handler(SecurityError, handle_security)
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(NotAProfileError, handle_not_a_profile)
    app.register_error_handler(NotAnSsiPageError, handle_not_an_ssi_page)
    app.register_error_handler(SsiPageError, handle_ssi_page)
    app.register_error_handler(BadInputError, handle_bad_input)
    app.register_error_handler(Exception, handle_unexpected)
