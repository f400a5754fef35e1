"""The ``profile-audit`` command: audit saved pages; ``serve``, ``push``, ``schema`` and more.

Thin by design: arguments and output here, the work in ``auditor.batch`` and ``report``.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from enum import IntEnum
from typing import Any

import click

from auditor import i18n
from auditor import render
from auditor.batch import audit_files
from auditor.batch import find_pages


class ExitStatus(IntEnum):
    """Exit codes (httpie's status.py style)."""

    OK = 0
    FAILED = 1  # a file below --min-score, not a profile, or unreadable
    USAGE = 2  # click's own code for usage errors


# Subcommands that live elsewhere and load only when called (the server's pull in Flask).
LAZY_COMMANDS = {
    "audit": "auditor.cli:audit_command",
    "schema": "auditor.cli:schema_command",
    "serve": "server.cli:serve",
    "push": "server.cli:push",
    "ssi": "auditor.ssi_cli:ssi",
    "progress": "server.cli:progress",
}


class _Main(click.Group):
    """A group whose default command is ``audit``: ``profile-audit FILE...`` audits files."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every subcommand that can be loaded."""
        return sorted(name for name in LAZY_COMMANDS if self.get_command(ctx, name) is not None)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """Load a subcommand from its module on first use."""
        target = LAZY_COMMANDS.get(name)
        if target is None:
            return None
        module_name, _, attribute = target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            return None
        command = getattr(module, attribute, None)
        return command if isinstance(command, click.Command) else None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """Anything that is not a subcommand's name is a file for ``audit``."""
        if args and self.get_command(ctx, args[0]) is None:
            args = ["audit", *args]
        return super().resolve_command(ctx, args)


@click.group(
    cls=_Main,
    invoke_without_command=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(package_name="profile-auditor")
def main() -> None:
    """Audit LinkedIn profile pages: a private estimate of the SSI brand pillar (out of 25).

    \b
    Examples:
      profile-audit saved/jane.html               audit one saved page
      profile-audit team/ --format csv --out team.csv --jobs 2
      curl -s ... | profile-audit - --format json  read a page from stdin
      profile-audit serve                          run the local server for the extension
      profile-audit schema                         print the JSON schema of --format json

    With no subcommand name, the arguments are files for ``audit``.
    """


@click.command("audit")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "csv"]),
    default="text",
    show_default=True,
    help="Output format (json: the document `profile-audit schema` describes).",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 25),
    default=None,
    help="Exit 1 when any profile scores below this (out of 25).",
)
@click.option("--lang", default=None, help="Report language (en, nl, it); default: $LANG.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes auditing in parallel [default: the number of cores].",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    envvar="PROFILE_AUDITOR_TIME_LIMIT",
    show_envvar=True,
    help="Seconds one file may take; a file past it fails, the others go on [default: 5].",
)
@click.option(
    "-o",
    "--out",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write the report to this file instead of standard output.",
)
def audit_command(
    files: tuple[str, ...],
    fmt: str,
    min_score: float | None,
    lang: str | None,
    jobs: int | None,
    time_limit: float | None,
    out: Any,
) -> None:
    """Audit saved profile pages: FILES are .html files, directories (walked for .html and
    .htm) or - for standard input.

    Exit 0 when every page was audited (and reached --min-score), 1 when any was not a
    profile, could not be read, took longer than --time-limit, or scored below
    --min-score, 2 on usage errors. Each failing file gets one line on standard error;
    the others are still audited.
    """
    lang = i18n.negotiate(lang or os.environ.get("LANG", "").split(".")[0] or None)
    paths = list(find_pages(files))
    if not paths:
        raise click.UsageError("no .html or .htm files found in the given directories")
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    jobs = jobs or (os.cpu_count() or 1)
    status = ExitStatus.OK
    failures: list[str] = []  # one line per failing file, on stderr
    many = len(paths) > 1
    if fmt == "csv":
        click.echo(render.csv_header(), file=out)
    outcomes = audit_files(paths, lang=lang, jobs=jobs, stdin=stdin, limit=time_limit)
    show_progress = many and sys.stderr.isatty()
    with click.progressbar(
        outcomes, length=len(paths), label="auditing", file=sys.stderr, hidden=not show_progress
    ) as bar:
        for outcome in bar:
            doc = outcome.report
            problem = None
            if doc is None:
                problem = f"{outcome.path}: {outcome.error}"
            elif min_score is not None and doc["score"] < min_score:
                problem = (
                    f"{outcome.path}: score {doc['score']:g} is below the minimum {min_score:g}"
                )
            if problem:
                status = ExitStatus.FAILED
                failures.append(problem)
                if not show_progress:  # under a progress bar they are listed at the end
                    click.echo(problem, file=sys.stderr)
            _emit(fmt, outcome.path if many else None, doc, outcome.error, outcome.error_kind, out)
    if show_progress:
        for problem in failures:
            click.echo(problem, file=sys.stderr)
    if many and failures:
        click.echo(f"{len(failures)} of {len(paths)} files failed", file=sys.stderr)
    sys.exit(status)


def _emit(
    fmt: str,
    path: str | None,
    doc: dict[str, Any] | None,
    error: str | None,
    error_kind: str | None,
    out: Any,
) -> None:
    """Write one outcome in the chosen format."""
    if fmt == "csv":
        click.echo(render.csv_row(path or "-", doc, error), file=out)
    elif fmt == "json":
        if path is None:
            if doc is not None:
                click.echo(json.dumps(doc, indent=2, ensure_ascii=False), file=out)
            return
        # Several files: JSON Lines, one {"file", "report"} or {"file", "error"} per line.
        line = (
            {"file": path, "report": doc}
            if doc is not None
            else {"file": path, "error": error, "error_kind": error_kind}
        )
        click.echo(json.dumps(line, ensure_ascii=False), file=out)
    elif doc is not None:
        click.echo((render.markdown if fmt == "markdown" else render.text)(doc, path), file=out)


@click.command("schema")
def schema_command() -> None:
    """Print the JSON schema of the audit document (--format json; the server's answer)."""
    from auditor.report import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2))


if __name__ == "__main__":
    main()
