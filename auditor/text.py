"""Text helpers: the one cleaner every string goes through, and number parsing."""

from __future__ import annotations

import html
import re

from auditor.model import Connections

# Whitespace to collapse: Python's \s (spaces, tabs, line breaks, U+00A0, U+2028...).
# Zero-width characters are not whitespace and stay: U+200D joins emoji sequences
# (🧑🏼‍💻 is four code points), U+200C and U+2060 shape scripts and words as written.
_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Unescape entities and collapse whitespace; every other character stays as written.

    >>> clean("  Jane&nbsp;Doe \\n  Engineer ")
    'Jane Doe Engineer'
    >>> len(clean(" Dev \\U0001f9d1\\U0001f3fc\\u200d\\U0001f4bb "))  # the ZWJ kept
    8
    >>> clean(None)
    ''
    """
    if not text:
        return ""
    text = html.unescape(text) if "&" in text else text
    return _SPACES.sub(" ", text).strip()


_NUMBER = re.compile(
    r"""
    (?<![\d.,])            # not the tail of a longer number
    (\d{1,3}(?:[.,\s\u00a0\u202f']\d{3})+  # 1,234  1.234  1 234 (grouped thousands)
     |\d+)                 # or plain digits
    (?![.,]?\d|[KkMm]\b)   # not "1.2K", "12K", "1,5": LinkedIn profiles print full counts
    (\+)?                  # LinkedIn's "500+" cap
    """,
    re.VERBOSE,
)


def parse_count(text: str | None) -> int | None:
    """Read the first whole count in a text, whatever the thousands separator.

    >>> parse_count("1,234 followers")
    1234
    >>> parse_count("1.234 volgers")
    1234
    >>> parse_count("12\\u00a0345 abonnés")
    12345
    >>> parse_count("Show all 34 skills")
    34
    >>> parse_count("no digits") is None
    True

    Abbreviations are refused, not misread: profile pages print full counts in every
    capture 2013-2026 ("1,177,995 followers"), so "1.2K" is not a LinkedIn count.

    >>> parse_count("1.2K followers") is None
    True
    """
    if not text:
        return None
    match = _NUMBER.search(text)
    if match is None:
        return None
    return int(re.sub(r"\D", "", match.group(1)))


def parse_connections(text: str | None) -> Connections | None:
    """Read a connections count, keeping LinkedIn's "500+" cap as the string "500+".

    >>> parse_connections("500+ connections")
    '500+'
    >>> parse_connections("318 connections")
    318
    """
    if not text:
        return None
    match = _NUMBER.search(text)
    if match is None:
        return None
    value = int(re.sub(r"\D", "", match.group(1)))
    if match.group(2) and value == 500:
        return "500+"
    return value
