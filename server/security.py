"""Who may talk to the server: Host allow-list, Origin allow-list, bearer token, headers.

Any web page the user visits can send requests to 127.0.0.1, so every request passes,
in order: the Host check (DNS rebinding, as Jupyter does), the Origin check (the MCP rule;
an explicit allow-list as Ollama keeps, never a wildcard), then the token (Jupyter's),
compared in constant time. Only GET /api/health needs no token.
"""

from __future__ import annotations

import hmac
from pathlib import Path

from flask import Flask
from flask import Response
from flask import abort
from flask import current_app
from flask import request

from server import config

# Endpoints a request without the token may reach (no secrets, no history).
PUBLIC_PATHS = frozenset({"/api/health"})
PAIR_PATH = "/api/pair"
CORS_METHODS = "GET, POST, DELETE, OPTIONS"
CORS_HEADERS = "Authorization, Content-Type"


def trusted_hosts(port: int) -> list[str]:
    """The Host header values a loopback client sends: 127.0.0.1 and localhost with the port."""
    return [f"127.0.0.1:{port}", f"localhost:{port}"]


def init_app(app: Flask) -> None:
    """Install the checks before every request and the safety headers after it."""
    app.config["TRUSTED_HOSTS"] = trusted_hosts(app.config["PORT"])
    app.extensions["profile_auditor_origins"] = set(_static_origins(app)) | set(
        config.load_origins(Path(app.config["DATA_DIR"]))
    )
    app.before_request(check_request)
    app.after_request(add_headers)


def _static_origins(app: Flask) -> list[str]:
    """The Chrome extension's pinned origin plus the extra ones from the config (tests)."""
    return [config.CHROME_EXTENSION_ORIGIN, *app.config["EXTRA_ORIGINS"]]


def allowed_origins() -> set[str]:
    """Every origin allowed now: pinned, configured and paired Firefox ones."""
    origins: set[str] = current_app.extensions["profile_auditor_origins"]
    return origins


def origin_allowed(origin: str, path: str) -> bool:
    """An allowed extension origin; an unpaired Firefox one only on its way to pairing."""
    if origin in allowed_origins():
        return True
    return path == PAIR_PATH and config.FIREFOX_ORIGIN.match(origin) is not None


def check_request() -> Response | None:
    """Refuse a foreign Host or Origin (403) or a missing or wrong token (401).

    :raise 403: the Host is not loopback with our port, or the Origin is not ours.
    :raise 401: no ``Authorization: Bearer`` token, or the wrong one.
    """
    # Read the raw header: request.host raises on an untrusted host before we can answer 403.
    host = request.headers.get("Host", "")
    if host not in current_app.config["TRUSTED_HOSTS"]:
        abort(403, "Host not allowed: the server answers only to 127.0.0.1 or localhost.")
    origin = request.headers.get("Origin")
    if origin is not None and not origin_allowed(origin, request.path):
        abort(403, "Origin not allowed: only the profile-auditor extension may call this server.")
    if request.method == "OPTIONS":
        # A CORS preflight carries no token; the request it announces will need one.
        return Response(status=204)
    if request.path not in PUBLIC_PATHS and not token_valid(request.headers.get("Authorization")):
        abort(
            401,
            "Missing or wrong token: send `Authorization: Bearer <token>` "
            "(printed by `profile-audit serve`).",
        )
    return None


def token_valid(header: str | None) -> bool:
    """Whether an Authorization header carries the server's token (constant-time compare)."""
    if not header:
        return False
    scheme, _, supplied = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    expected: str = current_app.config["TOKEN"]
    return hmac.compare_digest(supplied.strip().encode(), expected.encode())


def add_headers(response: Response) -> Response:
    """No caching, no sniffing; CORS headers only for an allowed extension origin."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.vary.add("Origin")
    origin = request.headers.get("Origin")
    if origin is not None and origin_allowed(origin, request.path):
        response.headers["Access-Control-Allow-Origin"] = origin
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
            response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
            response.headers["Access-Control-Max-Age"] = "600"
            if request.headers.get("Access-Control-Request-Private-Network") == "true":
                # Chrome's Private Network Access preflight, answered for our extension only.
                response.headers["Access-Control-Allow-Private-Network"] = "true"
    return response
