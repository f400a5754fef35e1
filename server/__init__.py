"""The local audit server: a Flask app the browser extension posts rendered pages to.

``create_app`` is flaskr's factory: defaults, then ``FLASK_*`` environment variables,
then the test config. ``profile-audit serve`` (server/cli.py) runs it under waitress.
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from server import config


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: config, data directory and token, history database, checks, API.

    :raise config.DataDirError: the data directory, the token or the history cannot be
        used (one line saying what, where and what to do).
    """
    app = Flask(__name__)
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the report's field order
    app.config.from_mapping(
        PORT=config.DEFAULT_PORT,  # the Host check needs the port the server listens on
        DATA_DIR=None,  # None: $PROFILE_AUDITOR_DATA_DIR, else platformdirs' user data dir
        TOKEN=None,  # None: read or create <data dir>/token
        MAX_CONTENT_LENGTH=config.MAX_BODY_BYTES,  # Flask's default is no limit at all
        EXTRA_ORIGINS=[],  # origins trusted besides the extension's (tests)
    )
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)

    directory = config.ensure_data_dir(config.data_dir(app.config["DATA_DIR"]))
    app.config["DATA_DIR"] = str(directory)
    app.config.setdefault("HISTORY_PATH", str(directory / config.HISTORY_FILE))
    if not app.config["TOKEN"]:
        new = bool(app.config.get("NEW_TOKEN"))
        app.config["TOKEN"] = config.load_or_create_token(directory, new=new)

    from server import api
    from server import history
    from server import security
    from server import sessions
    from server import worker

    security.init_app(app)
    history.init_app(app)
    sessions.init_app(app)
    worker.init_app(app)
    app.register_blueprint(api.bp)
    api.register_errors(app)
    return app
