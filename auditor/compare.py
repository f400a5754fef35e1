"""The brand pillar as LinkedIn measured it beside the audit's estimate, per day (issue #7).

Pure functions over plain data: the server feeds them the history, the CLI a saved
dashboard and a saved profile. Both sides are out of 25; the gap is measured - estimate,
so a positive gap means LinkedIn rates the brand higher than the audit does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict

GAP_DECIMALS = 2  # the dashboard's pillar values carry 6 decimals; a gap needs no more than 2
SPARKS = "▁▂▃▄▅▆▇█"
SCALE = 25.0  # both series are out of 25: one scale, so the two lines can be compared
NO_VALUE = "·"


class Day(TypedDict):
    """One day of progress: the estimate, the measured brand pillar and their gap."""

    date: str  # YYYY-MM-DD, UTC
    estimate: float | None  # the latest audit's score that day (out of 25)
    measured: float | None  # the latest known brand pillar that day (out of 25)
    gap: float | None  # measured - estimate; None unless both are known


def gap(measured: float | None, estimate: float | None) -> float | None:
    """Measured minus estimate, rounded to 0.01; None when either side is unknown.

    >>> gap(16.43217, 12.0)
    4.43
    >>> gap(9.5, 12.25)
    -2.75
    >>> gap(None, 12.0) is None, gap(16.4, None) is None
    (True, True)
    """
    if measured is None or estimate is None:
        return None
    return round(measured - estimate, GAP_DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0


def days(
    readings: Iterable[tuple[str, str, float | None]], audits: Iterable[tuple[str, str, float]]
) -> list[Day]:
    """Join readings ``(date, taken_at, brand)`` and audits ``(date, at, score)`` per day.

    Each side keeps its latest value of the day (a reading without a brand pillar does
    not hide an earlier one); a day with one side only has None for the other and the gap.

    >>> days([("2026-11-21", "T1", 16.4), ("2026-11-22", "T2", 17.0)],
    ...      [("2026-11-22", "T0", 12.0), ("2026-11-22", "T3", 13.0), ("2026-11-23", "T4", 14.0)])
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'date': '2026-11-21', 'estimate': None, 'measured': 16.4, 'gap': None},
     {'date': '2026-11-22', 'estimate': 13.0, 'measured': 17.0, 'gap': 4.0},
     {'date': '2026-11-23', 'estimate': 14.0, 'measured': None, 'gap': None}]
    """
    measured = _latest((date, at, brand) for date, at, brand in readings if brand is not None)
    estimated = _latest(audits)
    return [
        Day(
            date=date,
            estimate=estimated.get(date),
            measured=measured.get(date),
            gap=gap(measured.get(date), estimated.get(date)),
        )
        for date in sorted(measured.keys() | estimated.keys())
    ]


def _latest(values: Iterable[tuple[str, str, float]]) -> dict[str, float]:
    """The value with the latest timestamp of each date."""
    latest: dict[str, tuple[str, float]] = {}
    for date, at, value in values:
        if date not in latest or at >= latest[date][0]:
            latest[date] = (at, value)
    return {date: value for date, (_at, value) in latest.items()}


def sparkline(values: Iterable[float | None], scale: float = SCALE) -> str:
    """One character per value on a fixed 0..scale axis; ``·`` for an unknown value.

    >>> sparkline([0, 12.5, 25, None, 30])
    '▁▅█·█'
    """
    top = len(SPARKS) - 1
    return "".join(
        NO_VALUE if value is None else SPARKS[max(0, min(top, round(value / scale * top)))]
        for value in values
    )


def number(value: float | None, signed: bool = False) -> str:
    """A score or gap for a text line: two decimals at most, ``·`` when unknown.

    >>> number(16.43217), number(22.0), number(None), number(4.43, signed=True)
    ('16.43', '22', '·', '+4.43')
    """
    if value is None:
        return NO_VALUE
    return f"{round(value, 2):{'+' if signed else ''}g}"


def line(measured: float | None, estimate: float | None, profile: str | None) -> str:
    """The brand pillar measured beside the estimate, and the gap, on one line.

    >>> line(16.43217, 22.0, "ada")
    'brand measured 16.43/25 · estimate 22/25 (ada) · gap -5.57'
    >>> line(16.4, None, None)
    'brand measured 16.4/25 · estimate ·/25 · gap ·'
    """
    whose = f" ({profile})" if profile else ""
    return (
        f"brand measured {number(measured)}/25 · estimate {number(estimate)}/25{whose}"
        f" · gap {number(gap(measured, estimate), signed=True)}"
    )
