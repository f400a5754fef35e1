"""SSI layout 2025: the server-rendered dashboard of 2025-2026 (``<progress>`` pillar bars).

The total is the user's donut caption, each pillar a ``<progress>`` bar with a stable
English id, the ranks a ``dl.ssi-ranks`` (see ``auditor.selectors.ssi``).
"""

from __future__ import annotations

import re

import lxml.html

from auditor import dom
from auditor.page import Page
from auditor.selectors import ssi as sel
from auditor.ssi.model import PILLARS
from auditor.ssi.model import RANKS
from auditor.ssi.model import Layout
from auditor.ssi.model import Parts
from auditor.ssi.model import SsiReading
from auditor.ssi.model import reading
from auditor.ssi.numbers import in_range
from auditor.ssi.numbers import parse_decimal
from auditor.ssi.numbers import parse_rank

NAME = "progress_2025"
LAYOUT: Layout = "2025"


def detect(page: Page) -> bool:
    """Whether the page holds any part of the 2025-2026 dashboard."""
    return dom.find(page.root, sel.MARKERS_2025) is not None


def extract(page: Page) -> SsiReading:
    """Read the 2025-2026 dashboard: total, pillars and ranks (no industry is shown).

    :raise NotAnSsiPageError: when the dashboard shows no score.
    """
    root = page.root
    parts = Parts()
    parts.total = in_range(
        parse_decimal(dom.value(root, sel.TOTAL)),
        100,
        "total",
        "the page shows no total score (no donut caption)",
        parts.unknown,
    )
    for key in PILLARS:
        bar = dom.find(root, sel.PILLAR_BARS[key])
        score = None if bar is None else _pillar(bar)
        reason = (
            "the page has no bar for this pillar"
            if bar is None
            else "the pillar's bar shows no number"
        )
        checked = in_range(score, 25, f"pillars.{key}", reason, parts.unknown)
        if checked is not None:
            parts.pillars[key] = checked
    for index, row in enumerate(dom.find_all(root, sel.RANK_ROWS)):
        kind = _rank_kind(dom.value(row, sel.RANK_NAME), index)
        rank = parse_rank(dom.value(row, sel.RANK_SCORE))
        if kind is None or kind in parts.ranks:
            continue
        if rank is None:
            parts.unknown[f"ranks.{kind}"] = 'the rank shows no "top N%" number'
        else:
            parts.ranks[kind] = rank
    for kind in RANKS:
        if kind not in parts.ranks:
            parts.unknown.setdefault(f"ranks.{kind}", f"the page shows no {kind} rank")
    # The description of the 2025 markup names no element holding the industry.
    parts.unknown["industry"] = "no known place of the 2025-2026 dashboard names the industry"
    return reading(page, LAYOUT, parts)


# Words of each rank's localized name, matched at the start of a word (lower case); a
# name matching neither (or both) is placed by its row order, industry first.
_RANK_WORDS = {
    "industry": (
        "industry",
        "setor",
        "sector",
        "secteur",
        "branche",
        "settore",
        "industri",
        "sektor",
        "sektör",
    ),
    "network": (
        "network",
        "rede",
        "red",
        "réseau",
        "netzwerk",
        "rete",
        "netwerk",
        "sieć",
        "nätverk",
        "netværk",
        "nettverk",
    ),
}


def _rank_kind(name: str | None, index: int) -> str | None:
    """Which rank a row is: by the words of its name, else by its position."""
    words = re.findall(r"\w+", (name or "").lower())
    kinds = [
        kind
        for kind, stems in _RANK_WORDS.items()
        if any(word.startswith(stem) for word in words for stem in stems)
    ]
    if len(kinds) == 1:
        return kinds[0]
    return RANKS[index] if index < len(RANKS) else None


def _pillar(bar: lxml.html.HtmlElement) -> float | None:
    """A pillar bar's score: its exact ``value`` attribute, else its rounded visible text."""
    raw = (bar.get("value") or "").strip()
    try:
        return float(raw)  # "13.118002", and Java's "1.0E-4" for tiny scores
    except ValueError:
        pass
    if raw:
        return parse_decimal(raw)
    shown = dom.value(bar, sel.PILLAR_TEXT)
    if shown is None:
        # Only a leading number is the score: "out of 25" alone is not a score of 25.
        text = dom.visible_text(bar)
        shown = text if re.match(r"\d", text) else None
    return parse_decimal(shown)
