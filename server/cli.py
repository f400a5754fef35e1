"""``profile-audit serve`` (run the local server) and ``profile-audit push`` (send saved pages).

Both are thin: the app is ``server.create_app``; push only reads files and posts them.
"""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import click

from server import config

HERE = Path(__file__).resolve().parent
EXTENSION_DIR = HERE.parent / "extension"
CONNECT_TIMEOUT_S = 5
READ_TIMEOUT_S = 300  # a 20 MB page on a busy machine; the server answers in well under this

PORT_OPTION = click.option(
    "--port", type=click.IntRange(1, 65535), default=config.DEFAULT_PORT, show_default=True,
    envvar=config.PORT_ENV, show_envvar=True, help="Port on 127.0.0.1.",
)
DATA_DIR_OPTION = click.option(
    "--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    envvar=config.DATA_DIR_ENV, show_envvar=True,
    help="Where the token and the history live [default: the user data directory].",
)


@click.command("serve")
@PORT_OPTION
@DATA_DIR_OPTION
@click.option("--threads", type=click.IntRange(1, 64), default=4, show_default=True,
              help="Requests served at once.")
def serve(port: int, data_dir: Path | None, threads: int) -> None:
    """Run the local audit server for the browser extension (127.0.0.1 only; Ctrl-C stops it).

    \b
    Examples:
      profile-audit serve
      profile-audit serve --port 9311 --data-dir ~/audits
    """
    import waitress  # type: ignore[import-untyped]  # no stubs in the venv (types-waitress)

    from server import create_app

    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app({"PORT": port, "DATA_DIR": str(config.data_dir(data_dir))})
    body_cap = int(app.config["MAX_CONTENT_LENGTH"])
    try:
        server = waitress.create_server(
            app,
            host="127.0.0.1",  # loopback only, by design: never 0.0.0.0
            port=port,
            threads=threads,
            ident="profile-auditor",
            # Flask answers bodies a little over the cap with JSON 413; waitress refuses
            # far larger ones before reading them.
            max_request_body_size=body_cap + 2**20,
            # Keep request bodies in memory: waitress spills bigger ones to a temp file,
            # and page HTML must never touch the disk.
            inbuf_overflow=body_cap + 2**20,
        )
    except OSError as error:
        raise click.ClickException(
            f"cannot listen on 127.0.0.1:{port} ({error.strerror}): is the server already "
            "running? Choose another port with --port."
        ) from None
    _announce(port, app.config["DATA_DIR"], app.config["TOKEN"])
    signal.signal(signal.SIGTERM, _stop)
    # Ctrl-C must stop it even when started from a shell that ignores SIGINT (background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    server.run()  # returns after Ctrl-C (KeyboardInterrupt) or SIGTERM (SystemExit)
    server.close()
    click.echo("profile-auditor server stopped.")


def _stop(_signum: int, _frame: FrameType | None) -> None:
    """SIGTERM stops the server the way Ctrl-C does."""
    raise SystemExit(0)


def _announce(port: int, data_dir: str, token: str) -> None:
    """Print the address, the token and how to load the extension."""
    extension = EXTENSION_DIR if EXTENSION_DIR.is_dir() else Path("extension")
    click.echo(f"profile-auditor server listening on http://127.0.0.1:{port}")
    click.echo(f"Data directory: {data_dir} (history and token)")
    click.echo(f"Token: {token}")
    click.echo("Load the extension: in Chrome or Chromium open chrome://extensions, turn on")
    click.echo(f"Developer mode, click 'Load unpacked' and choose {extension}")
    click.echo("then paste the token in its side panel when it asks. Ctrl-C stops the server.")


@click.command("push")
@click.argument("files", nargs=-1, required=True)
@PORT_OPTION
@DATA_DIR_OPTION
@click.option("--lang", default=None, help="Report language (en, nl, it).")
@click.option("--min-score", type=click.FloatRange(0, 25), default=None,
              help="Exit 1 when any profile scores below this (out of 25).")
def push(files: tuple[str, ...], port: int, data_dir: Path | None, lang: str | None,
         min_score: float | None) -> None:
    """Send saved profile pages to the running server, so they join the extension's history.

    FILES are .html files, directories (walked for .html and .htm) or - for standard input.
    Exit 0 when every page was audited (and reached --min-score), 1 when any failed,
    2 on usage errors; each failing file gets one line on standard error.

    \b
    Example:
      profile-audit push saved/jane.html saved/2024/
    """
    from auditor.batch import find_pages

    try:
        token = config.read_token(config.data_dir(data_dir))
    except config.TokenMissingError as error:
        click.echo(f"profile-audit push: {error}", file=sys.stderr)
        sys.exit(1)
    paths = list(find_pages(files))
    if not paths:
        raise click.UsageError("no .html or .htm files found in the given directories")
    base = f"http://127.0.0.1:{port}"
    failures = 0
    for path in paths:
        ok, line = push_one(base, token, path, lang, min_score)
        click.echo(line, file=sys.stdout if ok else sys.stderr)
        failures += not ok
    if len(paths) > 1 and failures:
        click.echo(f"{failures} of {len(paths)} files failed", file=sys.stderr)
    sys.exit(1 if failures else 0)


def push_one(base: str, token: str, path: str, lang: str | None,
             min_score: float | None) -> tuple[bool, str]:
    """Post one saved page; return whether it succeeded and the line to print."""
    import requests

    from auditor.errors import BadInputError
    from auditor.page import decode

    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        html = decode(raw)  # the saved file's own charset, as the audit command reads it
    except (OSError, BadInputError) as error:
        return False, f"{path}: {error}"
    body: dict[str, Any] = {"url": "", "html": html}
    if lang:
        body["lang"] = lang
    try:
        response = requests.post(
            f"{base}/api/audit", json=body, headers={"Authorization": f"Bearer {token}"},
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        )
    except requests.ConnectionError:
        return False, (f"{path}: cannot reach the server at {base}: "
                       "start it with `profile-audit serve`")
    except requests.Timeout:
        return False, f"{path}: the server at {base} did not answer in time"
    return _outcome(path, response, min_score)


def _outcome(path: str, response: Any, min_score: float | None) -> tuple[bool, str]:
    """Turn the server's answer into success and one line of output."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return False, f"{path}: the server answered {response.status_code} without JSON"
    if response.status_code != 200:
        message = data.get("error") or f"HTTP {response.status_code}"
        return False, f"{path}: {message}"
    score = data.get("score")
    if not isinstance(score, (int, float)):
        return False, f"{path}: the server's answer has no score"
    line = f"{path}: {score:g} / {data.get('max_score', 25)} (recorded in the history)"
    if min_score is not None and score < min_score:
        return False, f"{path}: score {score:g} is below the minimum {min_score:g}"
    return True, line
