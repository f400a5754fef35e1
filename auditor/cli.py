"""The ``profile-audit`` command: audit saved pages; ``serve``, ``push``, ``schema`` and more.

Thin by design: arguments and output here, the work in ``auditor.batch`` and ``report``.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from enum import IntEnum
from typing import TYPE_CHECKING
from typing import Any

import click

from auditor import report_i18n

if TYPE_CHECKING:
    from auditor.batch import Outcome


class ExitStatus(IntEnum):
    """Exit codes (httpie's status.py style)."""

    OK = 0
    FAILED = 1  # a file below --min-score, not a profile, or unreadable
    USAGE = 2  # click's own code for usage errors


# Subcommands that live elsewhere and load only when called (the server's pull in Flask).
LAZY_COMMANDS = {
    "audit": "auditor.cli:audit_command",
    "schema": "auditor.cli:schema_command",
    "extension": "auditor.browser_extension:extension_command",
    "serve": "server.cli:serve",
    "push": "server.cli:push",
    "ssi": "auditor.ssi_cli:ssi",
    "progress": "server.cli:progress",
    "redact": "auditor.redact:redact_command",
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

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Arguments that do not start with a subcommand's name (files, or audit's options
        before them: ``profile-audit --format json FILE``) go to audit."""
        own_options = {"--version", *ctx.help_option_names}
        if args and args[0] not in own_options and self.get_command(ctx, args[0]) is None:
            args = ["audit", *args]
        return super().parse_args(ctx, args)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The group's options, then audit's (the default command's), then the commands."""
        click.Command.format_options(self, ctx, formatter)  # the group's own options
        audit = self.get_command(ctx, "audit")
        if audit is not None:
            self._format_audit_options(ctx, audit, formatter)
        self.format_commands(ctx, formatter)

    @staticmethod
    def _format_audit_options(
        ctx: click.Context, audit: click.Command, formatter: click.HelpFormatter
    ) -> None:
        """Audit's options as a section of the top-level help."""
        with click.Context(audit, info_name="audit", parent=ctx) as audit_ctx:
            help_option = audit.get_help_option(audit_ctx)
            rows = [
                row
                for param in audit.get_params(audit_ctx)
                if isinstance(param, click.Option)
                and param is not help_option
                and (row := param.get_help_record(audit_ctx))
            ]
        with formatter.section("Audit options (FILE... or audit FILE...)"):
            formatter.write_dl(rows)


@click.group(
    cls=_Main,
    invoke_without_command=False,
    subcommand_metavar="FILE... | COMMAND [ARGS]...",
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
      profile-audit extension --out ext/           write the browser extension to load
      profile-audit schema                         print the JSON schema of --format json

    With no command name, the arguments (options included, before or after the files)
    go to the audit command.
    """


def _report_language(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A --lang value as a report language (``nl``, ``nl-BE`` and ``nl_BE`` name Dutch);
    an unknown language is a usage error that lists the available ones."""
    if value is None:
        return None
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    offered = report_i18n.available()
    if primary not in offered:
        raise click.BadParameter(
            f"no report in {value!r}; the report languages are {', '.join(offered)}"
            " (the LinkedIn page itself may be in any UI language the auditor reads)"
        )
    return primary


@click.command("audit")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "csv"]),
    default="text",
    show_default=True,
    help="Output format (json: the document that 'profile-audit schema' describes).",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 25),
    help="Exit 1 when any profile scores below this (out of 25).",
)
@click.option(
    "--lang",
    metavar="LANG",
    callback=_report_language,
    help=f"Report language ({', '.join(report_i18n.available())}); default: $LANG, else en.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes auditing in parallel [default: the number of cores].",
)
@click.option(
    "--separate",
    is_flag=True,
    help="Audit each page alone, instead of merging one member's pages of one session.",
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
    separate: bool,
    time_limit: float | None,
    out: Any,
) -> None:
    """Audit saved profile pages: FILES are .html files, directories (walked for .html and
    .htm) or - for standard input.

    Several pages of one member (their profile page and its /details/ or activity pages,
    saved within 30 minutes of it: a file's time is its modification time) are merged
    into one report, one per member; --separate audits each page alone.

    Exit 0 when every page was audited (and reached --min-score), 1 when any was not a
    profile, could not be read, took longer than --time-limit, or scored below
    --min-score, 2 on usage errors. Each failing file gets one line on standard error;
    the others are still audited.
    """
    # The audit's modules (the models, the parser, pydantic, lxml) load here, not when
    # the module is imported: the other commands and --help do not need them.
    from auditor import render
    from auditor.batch import find_pages
    from auditor.batch import group
    from auditor.batch import outcome
    from auditor.batch import read_files

    lang = report_i18n.negotiate(lang or os.environ.get("LANG", "").split(".")[0] or None)
    paths = list(find_pages(files))
    if not paths:
        raise click.UsageError("no .html or .htm files found in the given directories")
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    jobs = jobs or (os.cpu_count() or 1)
    status = ExitStatus.OK
    failures: list[str] = []  # one line per failing file, on stderr
    audited = below_minimum = 0
    many = len(paths) > 1
    if fmt == "csv":
        click.echo(render.csv_header(), file=out)
    show_progress = many and sys.stderr.isatty()

    def report(result: Outcome) -> None:
        """Check one outcome against --min-score and write it."""
        nonlocal status, audited, below_minimum
        doc = result.report
        problem = None
        if doc is not None:
            audited += len(result.paths)
        if doc is None:
            problem = f"{result.path}: {result.error}"
        elif min_score is not None and doc["score"] < min_score:
            below_minimum += 1
            problem = f"{result.path}: score {doc['score']:g} is below the minimum {min_score:g}"
        if problem:
            status = ExitStatus.FAILED
            failures.append(problem)
            if not show_progress:  # under a progress bar they are listed at the end
                click.echo(problem, file=sys.stderr)
        # csv always has a file column, even for one file
        _emit(
            fmt, result if many or fmt == "csv" else None, doc, result.error, result.error_kind, out
        )

    reads = read_files(paths, jobs=jobs, stdin=stdin, limit=time_limit)
    with click.progressbar(
        reads, length=len(paths), label="auditing", file=sys.stderr, hidden=not show_progress
    ) as bar:
        if separate:
            for read in bar:
                report(outcome([read], lang))
        else:
            collected = list(bar)  # a member's pages may come in any order: read them all
    if not separate:
        for members, note in group(collected):
            report(outcome(members, lang, note))
    if show_progress:
        for problem in failures:
            click.echo(problem, file=sys.stderr)
    if many:
        failed = len(paths) - audited
        click.echo(_summary(len(paths), audited, below_minimum, failed, min_score, out), err=True)
    sys.exit(status)


def _summary(
    total: int, audited: int, below: int, failed: int, min_score: float | None, out: Any
) -> str:
    """The batch's last line: how many files were audited, fell short, failed, and where
    the output went.

    >>> import io
    >>> _summary(4, 3, 1, 1, 15, io.StringIO())
    '4 files: 3 audited, 1 below the minimum 15, 1 failed; output on standard output'
    """
    name = getattr(out, "name", "-")
    where = "on standard output" if name in ("-", "<stdout>") or out is sys.stdout else f"in {name}"
    below_text = f", {below} below the minimum {min_score:g}" if min_score is not None else ""
    return f"{total} files: {audited} audited{below_text}, {failed} failed; output {where}"


def _emit(
    fmt: str,
    where: Outcome | None,
    doc: dict[str, Any] | None,
    error: str | None,
    error_kind: str | None,
    out: Any,
) -> None:
    """Write one outcome in the chosen format (``where``: the files, when several given)."""
    from auditor import render

    files = where.paths if where is not None else []
    if fmt == "csv":
        path = where.path if where is not None else "-"
        click.echo(render.csv_row(path, doc, error, files), file=out)
    elif fmt == "json":
        if where is None:
            if doc is not None:
                click.echo(json.dumps(doc, indent=2, ensure_ascii=False), file=out)
            return
        # Several files: JSON Lines, one {"file", "files", "report"} per member or
        # {"file", "error", "error_kind"} per failing file.
        line = (
            {"file": where.path, "files": files, "report": doc}
            if doc is not None
            else {"file": where.path, "error": error, "error_kind": error_kind}
        )
        click.echo(json.dumps(line, ensure_ascii=False), file=out)
    elif doc is not None:
        label = " + ".join(files) if files else None
        click.echo((render.markdown if fmt == "markdown" else render.text)(doc, label), file=out)


@click.command("schema")
def schema_command() -> None:
    """Print the JSON schema of the audit document (--format json; the server's answer)."""
    from auditor.report import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2))


if __name__ == "__main__":
    main()
