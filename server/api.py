"""The API blueprint: audit a page, report health, pair, and read or erase the history.

Every answer is JSON (the CSV export excepted), errors included: see ``register_errors``.
"""

from __future__ import annotations

import logging
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
from auditor.errors import BadInputError
from auditor.errors import NotAProfileError
from server import config
from server import history

bp = Blueprint("api", __name__, url_prefix="/api")
log = logging.getLogger(__name__)

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
}


@bp.get("/health")
def health() -> dict[str, str]:
    """Name, version and status: enough for the extension to know the server runs."""
    return {"name": "profile-auditor", "version": auditor.__version__, "status": "ok"}


@bp.post("/audit")
def audit() -> dict[str, Any]:
    """Audit the posted page and record the result in the history.

    :raise 400: malformed JSON or a missing field. :raise 413: body over the cap.
    :raise 415: not JSON. :raise 422: not a profile page (see the error handlers).
    """
    data = _json_object()
    html = _text(data, "html")
    url = _text(data, "url")
    lang = _optional_text(data, "lang") or request.headers.get("Accept-Language")
    document = auditor.audit(html, url or None, lang).model_dump(mode="json")
    history.record(document)
    return document


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
    """Past audits, oldest first, of one profile (``?profile=<vanity>``) or of all."""
    vanity = request.args.get("profile") or None
    return {"profile": vanity, "audits": history.entries(vanity)}


@bp.get("/history.csv")
def get_history_csv() -> Response:
    """The same history as a CSV download."""
    vanity = request.args.get("profile") or None
    return Response(
        history.to_csv(history.entries(vanity)),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="profile-audit-history.csv"'},
    )


@bp.delete("/history")
def delete_history() -> dict[str, int]:
    """Erase every audit kept, or one profile's (``?profile=<vanity>``)."""
    vanity = request.args.get("profile") or None
    return {"deleted": history.delete(vanity)}


def _json_object() -> dict[str, Any]:
    """The request body as a JSON object.

    :raise 415: the body is not declared as JSON. :raise 400: it is not a JSON object.
    """
    if not request.is_json:
        abort(415, "Send the page as JSON: Content-Type: application/json.")
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        abort(400, 'The body must be a JSON object: {"url": ..., "html": ..., "lang": ...}.')
    return data


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
    return found


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


def handle_bad_input(error: BadInputError) -> Answer:
    """The page cannot be read as HTML: 422 with code bad_input."""
    return _error(422, str(error), code="bad_input")


def handle_unexpected(error: Exception) -> Answer:
    """Any other failure: JSON 500, no traceback to the client, no page content in the log."""
    # Log the type and where it happened, not str(error): a message may quote the page.
    where = "".join(traceback.format_tb(error.__traceback__))
    log.error("internal error %s in %s %s\n%s", type(error).__name__, request.method,
              request.path, where)
    return _error(500, "Internal error: the server could not finish this request.")


def register_errors(app: Flask) -> None:
    """JSON errors for the whole app, including URLs outside the blueprint."""
    app.register_error_handler(SecurityError, handle_security)
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(NotAProfileError, handle_not_a_profile)
    app.register_error_handler(BadInputError, handle_bad_input)
    app.register_error_handler(Exception, handle_unexpected)
