"""Where the server keeps its files, and the secrets and origins kept there.

The data directory (platformdirs' user data dir unless ``--data-dir`` or
``PROFILE_AUDITOR_DATA_DIR`` says otherwise) holds three files: ``token`` (owner-only),
``history.sqlite3`` and ``origins.json`` (Firefox extension origins paired with the token).
"""

from __future__ import annotations

import json
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

_origins_lock = threading.Lock()


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
    """Create the data directory, private to its owner (history and token live there)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def load_or_create_token(directory: Path) -> str:
    """Read the token file, creating it (0600, ``secrets.token_urlsafe(32)``) on first start."""
    ensure_data_dir(directory)
    path = directory / TOKEN_FILE
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
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        path.chmod(0o600)  # someone loosened it: the token is a password, keep it owner-only
    return read_token(directory)


def read_token(directory: Path) -> str:
    """The token of a data directory (for ``push``).

    :raise TokenMissingError: when the server never created one there.
    """
    path = directory / TOKEN_FILE
    try:
        token = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise TokenMissingError(path) from None
    if not token:
        raise TokenMissingError(path)
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
        tmp.write_text(json.dumps(origins, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, directory / ORIGINS_FILE)  # atomic: readers see old or new, never half
        return True
