"""Read LinkedIn's Social Selling Index dashboard (/sales/ssi): total, pillars, ranks.

LinkedIn shows every member their SSI out of 100, the sum of four pillars out of 25
(brand, people, insights, relationships), and two ranks ("top N%" of the industry and
of the network), updated daily. Reading it lets the audit's brand estimate be checked
against LinkedIn's own number (issue #7). Two markups are read, newest first: the
2025-2026 DOM and the 2021-2022 embedded JSON (see ``auditor.selectors.ssi``).

A part the page does not show is ``None`` with a reason in ``SsiReading.unknown``; only a
page that is not the dashboard, or a dashboard that shows no score at all, raises.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import Annotated
from typing import Any
from typing import Literal

import lxml.html
from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import Field

from auditor import dom
from auditor.errors import AuditorError
from auditor.page import Page
from auditor.page import load_page
from auditor.selectors import ssi as sel
from auditor.text import clean

Layout = Literal["2025", "2021-json"]
PILLARS = ("brand", "people", "insights", "relationships")  # LinkedIn's order on the page
RANKS = ("industry", "network")  # LinkedIn's order on the page: industry first

PillarScore = Annotated[float, Field(ge=0, le=25)]
TotalScore = Annotated[float, Field(ge=0, le=100)]
RankPercent = Annotated[int, Field(ge=1, le=100)]


class NotAnSsiPageError(AuditorError):
    """The page is readable HTML but not LinkedIn's SSI dashboard, or shows no score."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"not LinkedIn's SSI dashboard (/sales/ssi): {detail}")

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the constructor's argument (errors cross from audit workers)."""
        return (type(self), (self.detail,))


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Pillars(_Frozen):
    """The four pillars, each out of 25 (``None``: not on the page, see ``unknown``)."""

    brand: PillarScore | None = None  # "Establish your professional brand"
    people: PillarScore | None = None  # "Find the right people"
    insights: PillarScore | None = None  # "Engage with insights"
    relationships: PillarScore | None = None  # "Build relationships"


class Ranks(_Frozen):
    """The member's ranks as the N of "top N%" (smaller is better)."""

    industry: RankPercent | None = None
    network: RankPercent | None = None


class SsiReading(_Frozen):
    """One reading of the SSI dashboard: what LinkedIn measured for the member that day."""

    total: TotalScore | None  # out of 100
    pillars: Pillars
    ranks: Ranks
    industry: str | None  # the industry LinkedIn ranks the member in, as the page names it
    lang: str | None  # the page's language (<html lang>)
    layout: Layout  # which markup was read: "2025" (DOM) or "2021-json" (embedded JSON)
    unknown: dict[str, str]  # "total", "pillars.brand", "ranks.network", ... -> why unknown


@dataclass
class _Parts:
    """What one layout reader found; missing values carry a reason in ``unknown``."""

    total: float | None = None
    pillars: dict[str, float] = field(default_factory=dict)
    ranks: dict[str, int] = field(default_factory=dict)
    industry: str | None = None
    unknown: dict[str, str] = field(default_factory=dict)


# --- numbers ------------------------------------------------------------------------------

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


def _json_number(value: object) -> float | None:
    """A number from JSON data: a JSON number, or a string holding one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        return parse_decimal(value)
    return None


def _in_range(
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


# --- 2025-2026 DOM ----------------------------------------------------------------------

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


def _pillar_2025(bar: lxml.html.HtmlElement) -> float | None:
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


def _read_2025(root: lxml.html.HtmlElement) -> _Parts | None:
    """Read the 2025-2026 dashboard DOM, or None when the page has none of it."""
    if dom.find(root, sel.MARKERS_2025) is None:
        return None
    parts = _Parts()
    parts.total = _in_range(
        parse_decimal(dom.value(root, sel.TOTAL)),
        100,
        "total",
        "the page shows no total score (no donut caption)",
        parts.unknown,
    )
    for key in PILLARS:
        bar = dom.find(root, sel.PILLAR_BARS[key])
        score = None if bar is None else _pillar_2025(bar)
        reason = (
            "the page has no bar for this pillar"
            if bar is None
            else "the pillar's bar shows no number"
        )
        checked = _in_range(score, 25, f"pillars.{key}", reason, parts.unknown)
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
    return parts


# --- about 2021-2022: embedded JSON -------------------------------------------------------


def _code_json(code: lxml.html.HtmlElement) -> str:
    """The JSON text of the SSI <code> block: its text, or the comment inside it."""
    text = (code.text or "").strip()
    if not text:
        comment = next((child for child in code if not isinstance(child.tag, str)), None)
        text = (comment.text or "").strip() if comment is not None else ""
        if text.startswith("{&quot;"):  # comments are not unescaped by the parser
            text = html.unescape(text)
    return text


def _item(data: object, key: str | int) -> Any:
    """``data[key]`` when data is a dict or list that has it, else None."""
    if isinstance(data, dict) and isinstance(key, str):
        return data.get(key)
    if isinstance(data, list) and isinstance(key, int) and -len(data) <= key < len(data):
        return data[key]
    return None


def _read_2021(root: lxml.html.HtmlElement) -> _Parts | None:
    """Read the 2021-2022 JSON ({"activeSeat", "memberScore", "groupScore"}), or None."""
    code = dom.find(root, sel.SSI_JSON)
    if code is None:
        return None
    parts = _Parts()
    try:
        data: Any = json.loads(_code_json(code))
    except ValueError:
        data = None
    member = _item(data, "memberScore")
    why = "the embedded SSI data is not valid JSON" if data is None else ""
    parts.total = _in_range(
        _json_number(_item(member, "overall")),
        100,
        "total",
        why or "the SSI data has no memberScore.overall",
        parts.unknown,
    )
    scores = _item(member, "subScores")
    for index, key in enumerate(PILLARS):  # subScores are in pillar order (brand first)
        score = _json_number(_item(_item(scores, index), "score"))
        checked = _in_range(
            score,
            25,
            f"pillars.{key}",
            why or f"the SSI data has no memberScore.subScores[{index}]",
            parts.unknown,
        )
        if checked is not None:
            parts.pillars[key] = checked
    # groupScore[n].score is the peers' average, never the member's: read only rank.
    groups = _item(data, "groupScore")
    for index, kind in enumerate(RANKS):  # industry first, then network
        number = _json_number(_item(_item(groups, index), "rank"))
        rank = int(number) if number is not None and number == int(number) else None
        if rank is not None and 1 <= rank <= 100:
            parts.ranks[kind] = rank
        else:
            parts.unknown[f"ranks.{kind}"] = why or f"the SSI data has no groupScore[{index}].rank"
    industry = _item(_item(groups, 0), "industry")
    parts.industry = clean(industry) if isinstance(industry, str) else None
    if not parts.industry:
        parts.industry = None
        parts.unknown["industry"] = why or "the SSI data has no groupScore[0].industry"
    return parts


# Readers, newest markup first; the first that finds its markup reads the page.
_LAYOUTS: list[tuple[Layout, Callable[[lxml.html.HtmlElement], _Parts | None]]] = [
    ("2025", _read_2025),
    ("2021-json", _read_2021),
]


# --- the public API -----------------------------------------------------------------------


def is_ssi_page(page: Page) -> bool:
    """Whether a parsed page holds any part of the SSI dashboard (cheap; for routing)."""
    return (
        dom.find(page.root, sel.MARKERS_2025) is not None
        or dom.find(page.root, sel.SSI_JSON) is not None
    )


def _not_dashboard(page: Page) -> NotAnSsiPageError:
    """The error for a page with no dashboard markup, worded by what the page claims to be."""
    claimed = [page.url, page.canonical, page.meta.get("og:url")]
    if any(sel.SSI_URL_PART in (address or "") for address in claimed):
        return NotAnSsiPageError(
            "the page is the dashboard's address but holds none of its scores "
            "(saved before it finished loading?)"
        )
    title = f" (its title is {page.title!r})" if page.title else ""
    return NotAnSsiPageError(f"the page holds no SSI score, pillar bar or SSI data{title}")


def read_ssi_page(page: Page) -> SsiReading:
    """Read an already parsed page as the SSI dashboard.

    :raise NotAnSsiPageError: when the page is not the dashboard or shows no score.
    """
    for layout, reader in _LAYOUTS:  # noqa: B007 (layout is used after the loop)
        parts = reader(page.root)
        if parts is not None:
            break
    else:
        raise _not_dashboard(page)
    if parts.total is None and not parts.pillars:
        raise NotAnSsiPageError(
            f"the dashboard ({layout} markup) shows no score: {parts.unknown['total']}"
        )
    unknown = dict(parts.unknown)
    lang = clean(page.lang) or None
    if lang is None:
        unknown["lang"] = "the page declares no language (<html lang>)"
    return SsiReading(
        total=parts.total,
        pillars=Pillars(**parts.pillars),
        ranks=Ranks(**parts.ranks),
        industry=parts.industry,
        lang=lang,
        layout=layout,
        unknown=dict(sorted(unknown.items())),
    )


def read_ssi(data: bytes | str, url: str | None = None) -> SsiReading:
    """Read a saved or captured /sales/ssi page into an ``SsiReading``.

    :raise BadInputError: when the data is not a readable HTML page.
    :raise NotAnSsiPageError: when the page is not the dashboard or shows no score.
    """
    return read_ssi_page(load_page(data, url))
