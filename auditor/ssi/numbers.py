"""The dashboard's numbers, in any UI language: decimal scores and "top N%" ranks."""

from __future__ import annotations

import re
import unicodedata

_DECIMAL = re.compile(
    r"""
    (?<!\d)
    (\d+)                  # whole part, any script's digits ("24", "٢٤")
    (?:[.,\u066b]          # decimal mark: point, comma ("24,08") or Arabic "٫"
       (\d+))?             # fraction
    """,
    re.VERBOSE,
)

_RANK = re.compile(
    r"""
    (?<![\d.,])(?P<before>\d{1,3})(?![.,]?\d)   # a whole number ...
    \s*[%\uff05\u066a]                          # ... then a percent sign ("83%", "5 %", "5٪")
    |
    [%\uff05\u066a]\s*                          # or a percent sign first (Turkish "%5") ...
    (?P<after>\d{1,3})(?![.,]?\d)               # ... then the number
    """,
    re.VERBOSE,
)

_WHOLE = re.compile(r"(?<![\d.,])\d{1,3}(?![.,]?\d)")  # a whole number, not part of a decimal


def _ascii(digits: str) -> str:
    """ASCII digits for any script's decimal digits ("٢٤" -> "24")."""
    return "".join(str(unicodedata.decimal(ch)) for ch in digits)


def parse_decimal(text: str | None) -> float | None:
    """The first number in a text, read with a point or a comma as the decimal mark.

    SSI numbers are at most 100, so a separator is never a thousands separator.

    >>> parse_decimal("24,08")
    24.08
    >>> parse_decimal("13.118002")
    13.118002
    >>> parse_decimal("53")
    53.0
    >>> parse_decimal("18 out of 25")
    18.0
    >>> parse_decimal("٢٤٫٠٨")
    24.08
    >>> parse_decimal("no number") is None
    True
    """
    match = _DECIMAL.search(text or "")
    if match is None:
        return None
    whole, fraction = match.groups()
    return float(f"{_ascii(whole)}.{_ascii(fraction)}" if fraction else _ascii(whole))


def parse_rank(text: str | None) -> int | None:
    """The N of a localized "top N%" rank, or None when the text holds no rank.

    >>> parse_rank("Top 75%")
    75
    >>> parse_rank("Primeiros 83%")
    83
    >>> parse_rank("Top 5\\u00a0%")
    5
    >>> parse_rank("%12 içinde")
    12
    >>> parse_rank("上位 3％")
    3
    >>> parse_rank("أعلى ٥٪")
    5
    >>> parse_rank("Top 12")  # the percent sign drawn by CSS: the only number
    12
    >>> parse_rank("Top 150%") is None
    True
    >>> parse_rank("Top 0.5%") is None
    True
    """
    text = text or ""
    match = _RANK.search(text)
    if match is not None:
        number = match.group("before") or match.group("after")
    else:
        wholes = _WHOLE.findall(text)
        if len(wholes) != 1 or re.search(r"\d[.,]\d", text):
            return None
        number = wholes[0]
    rank = int(_ascii(number))
    return rank if 1 <= rank <= 100 else None


def json_number(value: object) -> float | None:
    """A number from JSON data: a JSON number, or a string holding one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        return parse_decimal(value)
    return None


def in_range(
    value: float | None, top: float, key: str, missing: str, unknown: dict[str, str]
) -> float | None:
    """The value when it lies in 0..top; else None, with the reason put in ``unknown``."""
    if value is None:
        unknown[key] = missing
        return None
    if not 0 <= value <= top:
        unknown[key] = f"read {value:g}, outside 0-{top:g}"
        return None
    return value
