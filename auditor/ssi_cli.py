"""``profile-audit ssi``: print the readings of saved SSI dashboard pages (issue #7).

Thin by design: arguments and output here, the reading in ``auditor.ssi``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

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
    line = (f"SSI {_number(reading.total)}/100 · {pillars} · {ranks}{industry} "
            f"[{reading.layout}, {reading.lang or '?'}]")
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


@click.command("ssi")
@click.argument("files", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="One line per file, or the reading as JSON.")
def ssi(files: tuple[str, ...], fmt: str) -> None:
    """Print LinkedIn's own SSI from saved dashboard pages (www.linkedin.com/sales/ssi).

    \b
    Examples:
      profile-audit ssi ssi-2026-11-22.html          one line: total, pillars, ranks
      profile-audit ssi ssi-*.html --format json     JSON Lines, one {"file", ...} per page
      profile-audit ssi - < ssi.html                 read the page from standard input

    FILES are saved pages, or - for standard input. With one file, --format json prints
    the reading as one JSON document; with several, one JSON line per file with its
    "file". Exit 0 when every page was read, 1 when any could not be read or was not the
    dashboard (one line on standard error each; the others are still read), 2 on usage
    errors.
    """
    many = len(files) > 1
    status = ExitStatus.OK
    for path in files:
        try:
            reading = _read(path)
        except (OSError, AuditorError) as error:
            status = ExitStatus.FAILED
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            click.echo(f"{path}: {reason}", err=True)
            continue
        if fmt == "json":
            doc = reading.model_dump(mode="json")
            if many:
                click.echo(json.dumps({"file": path, **doc}, ensure_ascii=False))
            else:
                click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        else:
            click.echo(f"{path}: {text_line(reading)}" if many else text_line(reading))
    sys.exit(status)
