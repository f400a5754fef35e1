"""``profile-audit ssi``: print the readings of saved SSI dashboard pages (issue #7).

Thin by design: arguments and output here, the reading in ``auditor.ssi``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from auditor import compare
from auditor.cli import ExitStatus
from auditor.errors import AuditorError
from auditor.ssi import PILLARS
from auditor.ssi import RANKS
from auditor.ssi import SsiReading
from auditor.ssi import read_ssi


def _number(value: float | None) -> str:
    """A score for a text line: two decimals at most, "?" when unknown.

    >>> _number(13.118002), _number(53.0), _number(None)
    ('13.12', '53', '?')
    """
    return "?" if value is None else f"{round(value, 2):g}"


def text_line(reading: SsiReading) -> str:
    """One line for a reading: total, the four pillars, ranks, then what is unknown.

    >>> from auditor.ssi import Pillars, Ranks
    >>> print(text_line(SsiReading(total=53, pillars=Pillars(brand=13.118, people=11.2,
    ...     insights=9.87, relationships=15.6), ranks=Ranks(industry=12), industry=None,
    ...     lang="en", layout="2025", unknown={"ranks.network": "not shown"})))
    ... # doctest: +NORMALIZE_WHITESPACE
    SSI 53/100 · brand 13.12 · people 11.2 · insights 9.87 · relationships 15.6 ·
    industry top 12% · network top ?% [2025, en] unknown: ranks.network
    """
    pillars = " · ".join(f"{key} {_number(getattr(reading.pillars, key))}" for key in PILLARS)
    ranks = " · ".join(
        f"{kind} top {'?' if rank is None else rank}%"
        for kind, rank in ((kind, getattr(reading.ranks, kind)) for kind in RANKS)
    )
    industry = f" ({reading.industry})" if reading.industry else ""
    line = (
        f"SSI {_number(reading.total)}/100 · {pillars} · {ranks}{industry} "
        f"[{reading.layout}, {reading.lang or '?'}]"
    )
    if reading.unknown:
        line += " unknown: " + ", ".join(reading.unknown)
    return line


def _read(path: str) -> SsiReading:
    """Read one file (``-`` is standard input) as the SSI dashboard.

    :raise OSError: when the file cannot be read.
    :raise AuditorError: when it is not a readable dashboard page.
    """
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return read_ssi(data)


def _estimate(path: str) -> tuple[float, str | None]:
    """Audit a saved profile page: its score (the brand estimate) and its vanity name.

    :raise click.ClickException: when the page cannot be read or is not a profile.
    """
    from auditor.api import audit

    try:
        report = audit(Path(path).read_bytes())
    except OSError as error:
        raise click.ClickException(f"{path}: {error.strerror or error}") from None
    except AuditorError as error:
        raise click.ClickException(f"{path}: {error}") from None
    return report.score, report.profile.vanity


def comparison(reading: SsiReading, estimate: float, profile: str | None) -> dict[str, object]:
    """The reading's brand pillar beside a profile's estimate, as JSON data."""
    measured = reading.pillars.brand
    return {
        "profile": profile,
        "estimate": estimate,
        "measured": measured,
        "gap": compare.gap(measured, estimate),
    }


@click.command("ssi")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="One line per file, or the reading as JSON.",
)
@click.option(
    "--compare",
    "profile_page",
    metavar="PROFILE.html",
    default=None,
    type=click.Path(dir_okay=False),
    help="A saved profile page: show its audit's brand estimate beside the "
    "measured brand pillar, and the gap (measured - estimate).",
)
def ssi(files: tuple[str, ...], fmt: str, profile_page: str | None) -> None:
    """Print LinkedIn's own SSI from saved dashboard pages (www.linkedin.com/sales/ssi).

    \b
    Examples:
      profile-audit ssi ssi-2026-11-22.html          one line: total, pillars, ranks
      profile-audit ssi ssi-*.html --format json     JSON Lines, one {"file", ...} per page
      profile-audit ssi - < ssi.html                 read the page from standard input
      profile-audit ssi ssi.html --compare me.html   measured brand vs the audit's estimate

    FILES are saved pages, or - for standard input. With one file, --format json prints
    the reading as one JSON document; with several, one JSON line per file with its
    "file". With --compare, text adds a line per file (brand measured, estimate, gap) and
    JSON a "comparison": {"profile", "estimate", "measured", "gap"}. Exit 0 when every
    page was read, 1 when any could not be read or was not the dashboard (one line on
    standard error each; the others are still read) or the --compare page is not a
    readable profile, 2 on usage errors.
    """
    many = len(files) > 1
    status = ExitStatus.OK
    estimate = _estimate(profile_page) if profile_page else None
    for path in files:
        try:
            reading = _read(path)
        except (OSError, AuditorError) as error:
            status = ExitStatus.FAILED
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            click.echo(f"{path}: {reason}", err=True)
            continue
        compared = None if estimate is None else comparison(reading, *estimate)
        if fmt == "json":
            doc: dict[str, object] = reading.model_dump(mode="json")
            if compared is not None:
                doc["comparison"] = compared
            if many:
                click.echo(json.dumps({"file": path, **doc}, ensure_ascii=False))
            else:
                click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
            continue
        prefix = f"{path}: " if many else ""
        click.echo(prefix + text_line(reading))
        if estimate is not None:
            click.echo(prefix + compare.line(reading.pillars.brand, *estimate))
    sys.exit(status)
