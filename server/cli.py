"""``profile-audit serve`` (run the local server), ``push`` (send saved pages) and
``progress`` (the brand pillar measured beside the estimate, per day).

All thin: the app is ``server.create_app``; push only reads files and posts them,
progress only asks the running server and prints its answer.
"""

from __future__ import annotations

import json
import logging
import shlex
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import click

from server import config

CONNECT_TIMEOUT_S = 5
READ_TIMEOUT_S = 300  # a 20 MB page on a busy machine; the server answers in well under this
CONNECTION_LIMIT = 500  # far above what one user's browser opens; well under a 1024 fd limit
IDLE_TIMEOUT_S = 15  # an idle (or half-open) connection is closed after this ...
CLEANUP_INTERVAL_S = 5  # ... checked this often
RECV_BYTES = 2**18  # the most one socket read of a request takes (waitress's default: 8 KB)

PORT_OPTION = click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=config.DEFAULT_PORT,
    show_default=True,
    envvar=config.PORT_ENV,
    show_envvar=True,
    help="Port on 127.0.0.1.",
)
DATA_DIR_OPTION = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    envvar=config.DATA_DIR_ENV,
    show_envvar=True,
    help="Where the token and the history live [default: the user data directory].",
)


@click.command("serve")
@PORT_OPTION
@DATA_DIR_OPTION
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="Requests served at once.",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    envvar="PROFILE_AUDITOR_TIME_LIMIT",
    show_envvar=True,
    help="Seconds one audit may take; past it the page is answered 422 page_too_complex "
    "[default: 5].",
)
@click.option(
    "--new-token",
    is_flag=True,
    help="Replace the token with a new one (then paste it in the extension again).",
)
@click.option(
    "--reset-broken-history",
    is_flag=True,
    help="When the history cannot be read, move it aside (history.sqlite3.broken-<time>, "
    "its data kept) and start a new one.",
)
def serve(
    port: int,
    data_dir: Path | None,
    threads: int,
    time_limit: float | None,
    new_token: bool,
    reset_broken_history: bool,
) -> None:
    """Run the local audit server for the browser extension (127.0.0.1 only; Ctrl-C stops it).

    \b
    Examples:
      profile-audit serve
      profile-audit serve --port 9311 --data-dir ~/audits
    """
    # types-waitress may or may not be installed: typed when it is, Any when it is not.
    from waitress.server import create_server  # type: ignore[import-untyped,unused-ignore]

    from server import create_app
    from server import worker

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # "Task queue depth is N": requests waiting for a thread, which the audit workers'
    # time limit bounds; nothing the user can act on in the terminal.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    try:
        app = create_app(
            {
                "PORT": port,
                "DATA_DIR": str(config.data_dir(data_dir)),
                "AUDIT_TIME_LIMIT": time_limit,
                "AUDIT_WORKERS": threads,
                "NEW_TOKEN": new_token,
                "RESET_BROKEN_HISTORY": reset_broken_history,
            }
        )
    except config.DataDirError as error:
        click.echo(f"profile-audit serve: {error}", err=True)
        sys.exit(2)
    body_cap = int(app.config["MAX_CONTENT_LENGTH"])
    try:
        server = create_server(
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
            # One local user's browser holds a handful of connections; waitress's defaults
            # (100 connections, idle ones closed after 120 s, checked every 30 s) let 100
            # idle half-open sockets lock everyone out for two minutes.
            connection_limit=CONNECTION_LIMIT,
            # A 2 MB page comes in 8 reads, not 256 (docs/performance-notes.md).
            recv_bytes=RECV_BYTES,
            channel_timeout=IDLE_TIMEOUT_S,
            cleanup_interval=CLEANUP_INTERVAL_S,
        )
    except OSError as error:
        raise click.ClickException(
            f"cannot listen on 127.0.0.1:{port} ({error.strerror}): is the server already "
            "running? Choose another port with --port."
        ) from None
    _announce(port, app.config["DATA_DIR"], app.config["TOKEN"], data_dir is not None)
    signal.signal(signal.SIGTERM, _stop)
    # Ctrl-C must stop it even when started from a shell that ignores SIGINT (background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        server.run()  # returns after Ctrl-C (KeyboardInterrupt) or SIGTERM (SystemExit)
    finally:
        server.close()
        worker.close()
    click.echo("profile-auditor server stopped.")


def _stop(_signum: int, _frame: FrameType | None) -> None:
    """SIGTERM stops the server the way Ctrl-C does."""
    raise SystemExit(0)


def _announce(port: int, data_dir: str, token: str, chosen_dir: bool = False) -> None:
    """Print the address, the token and how to load the extension.

    A port other than the default, or a data directory of its own (``chosen_dir``: from
    --data-dir or the environment), is followed by exactly what to set so the extension
    and the other commands reach this server.
    """
    from auditor import browser_extension

    try:
        extension = str(browser_extension.source())  # absolute: the wheel's copy or extension/
    except browser_extension.ExtensionMissingError:
        extension = "the folder 'profile-audit extension' writes"
    click.echo(f"profile-auditor server listening on http://127.0.0.1:{port}")
    click.echo(f"Data directory: {data_dir} (history and token)")
    click.echo(f"Token: {token}")
    click.echo("Load the extension: in Chrome or Chromium open chrome://extensions, turn on")
    click.echo(f"Developer mode, click 'Load unpacked' and choose {extension}")
    click.echo("then paste the token in its side panel when it asks. Ctrl-C stops the server.")
    for line in _settings_lines(port, data_dir, chosen_dir):
        click.echo(line)


def _settings_lines(port: int, data_dir: str, chosen_dir: bool) -> list[str]:
    """What to set when this server is not on the default port or data directory.

    >>> print("\\n".join(_settings_lines(9411, "/srv/a", chosen_dir=False)))
    This server is on port 9411, not 9310: in the extension open Settings
    (right-click its toolbar button > Options), set "Server port" to 9411 and save.
    profile-audit push and progress need the same: --port 9411
    """
    lines = []
    flags = ""
    if port != config.DEFAULT_PORT:
        flags += f" --port {port}"
        lines += [
            f"This server is on port {port}, not {config.DEFAULT_PORT}: in the extension open"
            " Settings",
            f'(right-click its toolbar button > Options), set "Server port" to {port} and save.',
        ]
    if chosen_dir:
        flags += f" --data-dir {shlex.quote(data_dir)}"
        lines.append(
            "This data directory has its own token: paste the token above in the side panel"
            " (a token paired with another data directory is refused)."
        )
    if flags:
        lines.append(f"profile-audit push and progress need the same:{flags}")
    return lines


def _token(command: str, data_dir: Path | None) -> str:
    """The server's token from the data directory; exit 1 with one line when there is none."""
    try:
        return config.read_token(config.data_dir(data_dir))
    except (config.TokenMissingError, config.DataDirError) as error:
        click.echo(f"profile-audit {command}: {error}", file=sys.stderr)
        sys.exit(1)
    except OSError as error:
        click.echo(f"profile-audit {command}: cannot read the token ({error})", file=sys.stderr)
        sys.exit(1)


@click.command("push")
@click.argument("files", nargs=-1, required=True)
@PORT_OPTION
@DATA_DIR_OPTION
@click.option("--lang", default=None, help="Report language (en, nl, it).")
@click.option(
    "--min-score",
    type=click.FloatRange(0, 25),
    default=None,
    help="Exit 1 when any profile scores below this (out of 25).",
)
def push(
    files: tuple[str, ...],
    port: int,
    data_dir: Path | None,
    lang: str | None,
    min_score: float | None,
) -> None:
    """Send saved pages to the running server, so they join the extension's history.

    FILES are .html files, directories (walked for .html and .htm) or - for standard input.
    Profile pages are audited; saved SSI dashboards (linkedin.com/sales/ssi) are recognised
    and recorded as readings, with the measured brand pillar beside the estimate of the
    profile audited most often (--min-score does not apply to them).
    Exit 0 when every page was recorded (and reached --min-score), 1 when any failed,
    2 on usage errors; each failing file gets one line on standard error.

    \b
    Example:
      profile-audit push saved/jane.html saved/2024/ saved/ssi-2026-11-22.html
    """
    from auditor.batch import find_pages

    token = _token("push", data_dir)
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


def push_one(
    base: str, token: str, path: str, lang: str | None, min_score: float | None
) -> tuple[bool, str]:
    """Post one saved page (a profile to /api/audit, a dashboard to /api/ssi); return
    whether it succeeded and the line to print."""
    import requests

    from auditor.errors import BadInputError
    from auditor.page import decode

    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        html = decode(raw)  # the saved file's own charset, as the audit command reads it
    except (OSError, BadInputError) as error:
        return False, f"{path}: {error}"
    dashboard = _is_dashboard(html)
    body: dict[str, Any] = {"url": "", "html": html}
    if lang and not dashboard:
        body["lang"] = lang
    try:
        response = requests.post(
            f"{base}/api/{'ssi' if dashboard else 'audit'}",
            json=body,
            headers={"Authorization": f"Bearer {token}"},
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        )
    except requests.ConnectionError:
        return False, _unreachable(path, base)
    except requests.Timeout:
        return False, f"{path}: the server at {base} did not answer in time"
    if dashboard:
        return _ssi_outcome(path, response)
    return _outcome(path, response, min_score)


def _unreachable(what: str, base: str) -> str:
    """The line for a server that is not running."""
    return f"{what}: cannot reach the server at {base}: start it with `profile-audit serve`"


def _is_dashboard(html: str) -> bool:
    """Whether a saved page is the SSI dashboard (unreadable pages go to the audit, whose
    answer names the problem)."""
    from auditor.errors import BadInputError
    from auditor.page import load_page
    from auditor.ssi import is_ssi_page

    try:
        return is_ssi_page(load_page(html))
    except BadInputError:
        return False


def _json_answer(response: Any) -> dict[str, Any] | None:
    """The response body as a JSON object, or None."""
    try:
        data = response.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _ssi_outcome(path: str, response: Any) -> tuple[bool, str]:
    """Turn the server's answer to a dashboard into success and one line of output."""
    from pydantic import ValidationError

    from auditor import compare
    from auditor.ssi import SsiReading
    from auditor.ssi_cli import text_line

    data = _json_answer(response)
    if data is None:
        return False, f"{path}: the server answered {response.status_code} without JSON"
    if response.status_code != 200:
        return False, f"{path}: {data.get('error') or f'HTTP {response.status_code}'}"
    try:
        reading = SsiReading.model_validate(data.get("reading"))
        seen = data.get("comparison") or {}
        line = compare.line(reading.pillars.brand, seen.get("estimate"), seen.get("profile"))
    except (ValidationError, AttributeError, TypeError):
        return False, f"{path}: the server's answer has no SSI reading"
    return True, f"{path}: {text_line(reading)} · {line} (recorded in the history)"


def _outcome(path: str, response: Any, min_score: float | None) -> tuple[bool, str]:
    """Turn the server's answer into success and one line of output."""
    data = _json_answer(response)
    if data is None:
        return False, f"{path}: the server answered {response.status_code} without JSON"
    if response.status_code != 200:
        message = data.get("error") or f"HTTP {response.status_code}"
        return False, f"{path}: {message}"
    score = data.get("score")
    if not isinstance(score, (int, float)):
        return False, f"{path}: the server's answer has no score"
    kept = (
        "recorded in the history"
        if data.get("saved", True)
        else f"not saved in the history: {data.get('not_saved_reason')}"
    )
    line = f"{path}: {score:g} / {data.get('max_score', 25)} ({kept})"
    if min_score is not None and score < min_score:
        return False, f"{path}: score {score:g} is below the minimum {min_score:g}"
    return True, line


@click.command("progress")
@PORT_OPTION
@DATA_DIR_OPTION
@click.option(
    "--profile",
    default=None,
    metavar="VANITY",
    help="Whose audits give the estimate [default: the profile audited most often].",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A table and a trend, or the server's JSON answer.",
)
def progress(port: int, data_dir: Path | None, profile: str | None, fmt: str) -> None:
    """Print the brand pillar per day: LinkedIn's measure beside the audit's estimate.

    Asks the running server (GET /api/progress). Each day shows the estimate (the
    profile's latest audit that day), the measured brand pillar (the latest SSI
    reading), both out of 25, and the gap (measured - estimate); then a trend of both
    on one 0-25 scale. Days are UTC dates; "·" marks a side with no value that day.
    Exit 0 on an answer, 1 when the server cannot be reached or refuses.

    \b
    Examples:
      profile-audit progress
      profile-audit progress --profile jane-doe --format json
    """
    import requests

    token = _token("progress", data_dir)
    base = f"http://127.0.0.1:{port}"
    try:
        response = requests.get(
            f"{base}/api/progress",
            params={"profile": profile or ""},
            headers={"Authorization": f"Bearer {token}"},
            timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        )
    except (requests.ConnectionError, requests.Timeout):
        click.echo(_unreachable("profile-audit progress", base), file=sys.stderr)
        sys.exit(1)
    data = _json_answer(response)
    if response.status_code != 200 or data is None or not isinstance(data.get("days"), list):
        error = (data or {}).get("error") or f"HTTP {response.status_code}"
        click.echo(f"profile-audit progress: the server refused: {error}", file=sys.stderr)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(progress_text(data["profile"], data["days"]))
    sys.exit(0)


def progress_text(profile: str | None, days: list[dict[str, Any]]) -> str:
    """The per-day table and the two trend lines.

    >>> print(progress_text("ada", [
    ...     {"date": "2026-11-21", "estimate": 12.0, "measured": None, "gap": None},
    ...     {"date": "2026-11-22", "estimate": 13.0, "measured": 16.43217, "gap": 3.43}]))
    Brand pillar (out of 25): estimate from the audits of ada, measured by LinkedIn's SSI
    date        estimate  measured     gap
    2026-11-21        12         ·       ·
    2026-11-22        13     16.43   +3.43
    trend 0-25  estimate ▄▅
                measured ·▆
    """
    from auditor import compare

    whose = f"the audits of {profile}" if profile else "no audit yet"
    if not days:
        return (
            "No SSI readings or audits yet: push a saved dashboard "
            "(linkedin.com/sales/ssi) and a profile with `profile-audit push`."
        )
    rows = [
        f"Brand pillar (out of 25): estimate from {whose}, measured by LinkedIn's SSI",
        f"{'date':<10}  {'estimate':>8}  {'measured':>8}  {'gap':>6}",
    ]
    rows += [
        f"{day['date']:<10}  {compare.number(day['estimate']):>8}  "
        f"{compare.number(day['measured']):>8}  {compare.number(day['gap'], True):>6}"
        for day in days
    ]
    rows.append(f"trend 0-25  estimate {compare.sparkline(d['estimate'] for d in days)}")
    rows.append(f"            measured {compare.sparkline(d['measured'] for d in days)}")
    return "\n".join(rows)
