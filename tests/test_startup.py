"""What the command imports (issue 13: one small page in a fraction of a second).

Most of a one-page run is the interpreter importing modules, so these tests pin what
each step imports, in a fresh interpreter as a user's run has: the package alone loads
no model or parser, the command module loads none either, and auditing one page in
English loads neither the server (Flask, waitress, requests, SQLite), nor BeautifulSoup,
nor Babel, nor the commands it does not run. Times are measured by
benchmarks/bench_cli.py, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import auditor

PAGE = Path(__file__).parent / "profiles" / "in-2026-custom-banner.html"

# Run in a fresh interpreter: import a module, or run the command on the arguments
# in-process; then write the loaded modules (and the exit status) to the file named first.
PROBE = """
import json, sys
out, target, *args = sys.argv[1:]
status = None
if target == "cli":
    from auditor.cli import main
    try:
        main(args, prog_name="profile-audit")
    except SystemExit as stop:
        status = stop.code
else:
    __import__(target)
with open(out, "w", encoding="utf-8") as handle:
    json.dump({"modules": sorted(sys.modules), "status": status}, handle)
"""

# What no one-page audit needs: the server and its stack, the fallback decoder, Babel
# (an English report), the other commands, and the email parser (MHTML pages only).
NOT_FOR_ONE_PAGE = (
    "babel",
    "bs4",
    "flask",
    "werkzeug",
    "waitress",
    "requests",
    "platformdirs",
    "sqlite3",
    "server",
    "auditor.ssi",
    "auditor.redact",
    "auditor.browser_extension",
    "auditor.ssi_cli",
    "email.policy",
)
# Neither the package nor the command module needs these before an audit runs.
AUDIT_ONLY = ("pydantic", "lxml", "auditor.model", "auditor.parse", "multiprocessing", "email")


def _loaded(tmp_path: Path, target: str, *args: str) -> tuple[set[str], object]:
    """The modules a fresh interpreter holds after ``target`` (a module, or "cli" and the
    command's arguments), and the command's exit status."""
    out = tmp_path / "modules.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PROFILE_AUDITOR"))}
    env["LANG"] = "en_US.UTF-8"  # a user's usual locale: an English report
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), target, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(out.read_text(encoding="utf-8"))
    if target == "cli":
        assert "brand-pillar estimate" in result.stdout
    return set(found["modules"]), found["status"]


def _matching(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The modules that are one of ``names`` or inside one of them."""
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


@pytest.mark.parametrize("target", ["auditor", "auditor.cli"])
def test_importing_loads_no_audit_machinery(tmp_path: Path, target: str) -> None:
    """``import auditor`` and the command module load neither pydantic, lxml nor the
    server: other commands, --help and --version start without them."""
    modules, _ = _loaded(tmp_path, target)
    assert target in modules
    assert _matching(modules, AUDIT_ONLY + NOT_FOR_ONE_PAGE) == []


def test_one_page_audit_loads_only_what_it_uses(tmp_path: Path) -> None:
    """Auditing one page in English loads the parser and the models, and nothing of the
    server, the other commands, BeautifulSoup or Babel."""
    modules, status = _loaded(tmp_path, "cli", str(PAGE))
    assert status == 0
    assert {"auditor.parse", "auditor.report", "auditor.model", "lxml.etree"} <= modules
    assert _matching(modules, NOT_FOR_ONE_PAGE) == []


def test_lazy_names_are_the_modules_own() -> None:
    """The package's public names, loaded on first use, are the objects of their modules."""
    from auditor.api import audit
    from auditor.errors import NotAProfileError
    from auditor.model import Profile
    from auditor.report import Report

    assert auditor.audit is audit
    assert auditor.Profile is Profile
    assert auditor.Report is Report
    assert auditor.NotAProfileError is NotAProfileError
    assert set(auditor.__all__) <= set(dir(auditor))
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        auditor.nothing_here  # noqa: B018 - the attribute access is the test
