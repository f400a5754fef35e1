"""Where the server keeps its files, and the secrets and origins kept there.

The data directory (platformdirs' user data dir unless ``--data-dir`` or
``PROFILE_AUDITOR_DATA_DIR`` says otherwise) holds three files: ``token`` (owner-only),
``history.sqlite3`` and ``origins.json`` (Firefox extension origins paired with the token).
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import stat
import threading
from pathlib import Path

import platformdirs

APP_NAME = "profile-auditor"
DEFAULT_PORT = 9310
PORT_ENV = "PROFILE_AUDITOR_PORT"
DATA_DIR_ENV = "PROFILE_AUDITOR_DATA_DIR"
MAX_BODY_BYTES = 20 * 1024 * 1024  # a rendered profile is 0.5-3 MB; 20 MB leaves room

# NOTE: keep in sync with extension/manifest.json "key": the id is derived from it.
CHROME_EXTENSION_ORIGIN = "chrome-extension://ehdobihmlgfpdfopddaiinmdihijhnff"

# Firefox gives each install a random UUID origin; it is trusted once it paired with the token.
FIREFOX_ORIGIN = re.compile(
    r"""^moz-extension://
        [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}  # the install's UUID
        $""",
    re.VERBOSE,
)

TOKEN_FILE = "token"
HISTORY_FILE = "history.sqlite3"
ORIGINS_FILE = "origins.json"

MIN_TOKEN_LENGTH = 32  # secrets.token_urlsafe(32) gives 43 characters

_origins_lock = threading.Lock()
log = logging.getLogger(__name__)


class DataDirError(Exception):
    """The data directory or a file in it cannot be used: one line saying what, where,
    and what to do (``serve`` prints it and exits 2)."""


class TokenMissingError(Exception):
    """No token file: the server has never been started with this data directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"no token at {path}: start the server once with `profile-audit serve` "
            "(with the same --data-dir)"
        )


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: the argument, else $PROFILE_AUDITOR_DATA_DIR, else platformdirs'."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME)
    return Path(chosen).expanduser()


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory, private to its owner (history and token live there).

    :raise DataDirError: it cannot be created, is not a directory, or is read-only.
    """
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError:
        raise DataDirError(
            f"the data directory {path} is a file, not a directory: choose another with --data-dir"
        ) from None
    except OSError as error:
        raise DataDirError(
            f"cannot create the data directory {path} ({error.strerror or error}): "
            "choose another with --data-dir"
        ) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(
            f"the data directory {path} is read-only: make it writable "
            f"(chmod u+w {path}) or choose another with --data-dir"
        )
    return path


def load_or_create_token(directory: Path, new: bool = False) -> str:
    """Read the token file, creating it (0600, ``secrets.token_urlsafe(32)``) on first start;
    ``new``: replace it with a fresh one.

    A token file others could read is made owner-only, with a warning that the token may
    have been read.

    :raise DataDirError: the token file is not a file, cannot be read, is empty or short.
    """
    ensure_data_dir(directory)
    path = directory / TOKEN_FILE
    if new:
        _write_new_token(path)
    try:
        _create_token(directory, path)
        token = read_token(directory)
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(0o600)  # the token is a password: keep it owner-only
            log.warning(
                "the token file %s was readable by others (mode %04o): the token may have "
                "been read; it is owner-only now. For a new token run "
                "`profile-audit serve --new-token` (then paste it in the extension again)",
                path,
                mode,
            )
        return token
    except TokenMissingError:
        raise DataDirError(
            f"the token file {path} is empty: run `profile-audit serve --new-token` "
            "for a new one (then paste it in the extension again)"
        ) from None
    except IsADirectoryError:
        raise DataDirError(_token_not_a_file(path)) from None
    except OSError as error:
        raise DataDirError(
            f"cannot use the token file {path} ({error.strerror or error}): make it readable "
            "by you, or run `profile-audit serve --new-token` for a new one"
        ) from None


def _token_not_a_file(path: Path) -> str:
    """The line for a token path that is a directory."""
    return (
        f"the token file {path} is a directory, not a file: move it aside "
        f"(mv {path} {path}.old) and start again, a new token will be created"
    )


def _write_new_token(path: Path) -> None:
    """Replace the token file with a fresh token (atomic: readers see old or new)."""
    if path.is_dir():
        raise DataDirError(_token_not_a_file(path))
    tmp = path.with_name(f".{TOKEN_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(32) + "\n")
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise DataDirError(
            f"cannot write a new token to {path} ({error.strerror or error}): "
            "make the data directory writable"
        ) from None


def _create_token(directory: Path, path: Path) -> None:
    """Create the token file on first start (never replacing one)."""
    if not path.exists():
        # Write a private temp file, then link it into place: a second server starting at
        # the same moment never reads a half-written token, and the first one wins.
        tmp = directory / f".{TOKEN_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(secrets.token_urlsafe(32) + "\n")
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
        finally:
            tmp.unlink(missing_ok=True)


def read_token(directory: Path) -> str:
    """The token of a data directory (for ``push``).

    :raise TokenMissingError: when the server never created one there (or it is empty).
    :raise DataDirError: the token is under 32 characters, or not ASCII.
    """
    path = directory / TOKEN_FILE
    try:
        token = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise TokenMissingError(path) from None
    except UnicodeDecodeError:
        raise DataDirError(
            f"the token file {path} is not a token (not ASCII text): "
            "run `profile-audit serve --new-token` for a new one"
        ) from None
    if not token:
        raise TokenMissingError(path)
    if len(token) < MIN_TOKEN_LENGTH:
        raise DataDirError(
            f"the token in {path} has {len(token)} characters, under {MIN_TOKEN_LENGTH}: "
            "a short token can be guessed; run `profile-audit serve --new-token` for a new one"
        )
    return token


def load_origins(directory: Path) -> list[str]:
    """The Firefox extension origins paired so far (an unreadable file counts as none)."""
    try:
        data = json.loads((directory / ORIGINS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [o for o in data if isinstance(o, str) and FIREFOX_ORIGIN.match(o)]


def add_origin(directory: Path, origin: str) -> bool:
    """Record a paired Firefox origin; False when it was already there."""
    with _origins_lock:
        origins = load_origins(directory)
        if origin in origins:
            return False
        origins.append(origin)
        tmp = directory / f".{ORIGINS_FILE}.{os.getpid()}"
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # owner-only
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(origins, indent=2) + "\n")
        os.replace(tmp, directory / ORIGINS_FILE)  # atomic: readers see old or new, never half
        return True
