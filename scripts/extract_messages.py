"""Extract the report's messages to the template and merge them into the catalogs.

Usage (from the repository root)::

    .venv/bin/python scripts/extract_messages.py

It runs exactly these two Babel commands, with only our keywords (no ``_``), so a
stray call elsewhere never lands in the catalog::

    pybabel extract --no-default-keywords -k N_ -k msg -k gettext -k nmsg:1,2 \\
        -k ngettext:1,2 --sort-by-file \\
        --project profile-auditor --version 0.1.0 \\
        --copyright-holder "profile-auditor contributors" \\
        -o auditor/locale/profile_auditor.pot auditor
    pybabel update -i auditor/locale/profile_auditor.pot -d auditor/locale \\
        -D profile_auditor -l <lang>        # once per language below

Then translate the new or ``#, fuzzy`` entries in each ``.po`` and run
``pytest tests/test_i18n.py``. There is no compile step: ``auditor.report_i18n`` reads the
``.po`` files at run time. A new language: ``pybabel init -i auditor/locale/profile_auditor.pot
-d auditor/locale -D profile_auditor -l <lang>`` (or add it to ``LANGUAGES``, and this
script does that).
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "auditor" / "locale"
DOMAIN = "profile_auditor"  # NOTE: keep in sync with auditor.report_i18n.DOMAIN
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
LANGUAGES = ("nl", "it")
# N_(): marked constants; msg(): rule messages; gettext(): i18n.gettext with a literal;
# nmsg() and ngettext(): plural messages (arguments 1 and 2: the singular and the plural).
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "N_": None,
    "msg": None,
    "gettext": None,
    "nmsg": (1, 2),
    "ngettext": (1, 2),
}


def keyword_args() -> list[str]:
    """The keywords as pybabel options: ``-k N_ … -k nmsg:1,2``."""
    args = []
    for keyword, spec in KEYWORDS.items():
        args += ["-k", keyword if spec is None else f"{keyword}:{','.join(map(str, spec))}"]
    return args


def extract() -> None:
    """Write the template from every marked string under auditor/."""
    # The package's one version (pyproject.toml reads it from there too).
    version = runpy.run_path(str(ROOT / "auditor" / "version.py"))["__version__"]
    _pybabel(
        "extract",
        "--no-default-keywords",
        *keyword_args(),
        "--sort-by-file",
        "--project",
        "profile-auditor",
        "--version",
        version,
        "--copyright-holder",
        "profile-auditor contributors",
        "-o",
        str(TEMPLATE.relative_to(ROOT)),
        "auditor",
    )


def update(lang: str) -> None:
    """Merge the template into one language's catalog (new entries come in untranslated).

    A language without a catalog yet gets one (``pybabel init``).
    """
    exists = (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po").is_file()
    _pybabel(
        "update" if exists else "init",
        "-i",
        str(TEMPLATE.relative_to(ROOT)),
        "-d",
        str(LOCALE_DIR.relative_to(ROOT)),
        "-D",
        DOMAIN,
        "-l",
        lang,
    )


def _pybabel(*args: str) -> None:
    """Run one pybabel command from the repository root, as the docstring shows it."""
    os.chdir(ROOT)
    CommandLineInterface().run(["pybabel", "-q", *args])  # type: ignore[no-untyped-call]


def main() -> None:
    """Extract, then update every catalog."""
    extract()
    for lang in LANGUAGES:
        update(lang)
    done = ", ".join(LANGUAGES)
    print(f"extracted to {TEMPLATE.relative_to(ROOT)}; updated {done}", file=sys.stderr)


if __name__ == "__main__":
    main()
