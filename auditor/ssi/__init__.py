"""Read LinkedIn's Social Selling Index dashboard (/sales/ssi): total, pillars, ranks.

LinkedIn shows every member their SSI out of 100, the sum of four pillars out of 25
(brand, people, insights, relationships), and two ranks ("top N%" of the industry and
of the network), updated daily. Reading it lets the audit's brand estimate be checked
against LinkedIn's own number (issue #7).

Like the profile layouts (``auditor.layouts``), every markup the dashboard has had is one
module with ``NAME``, ``LAYOUT``, ``detect(page) -> bool`` and ``extract(page) ->
SsiReading``, in the ordered registry ``LAYOUTS`` below: the first that detects reads the
page. Adding a markup means one module, one line here, a selector group in
``auditor.selectors.ssi``, a value of ``model.Layout`` and a synthetic fixture in tests/ssi/.

A part the page does not show is ``None`` with a reason in ``SsiReading.unknown``; only a
page that is not the dashboard, or a dashboard that shows no score at all, raises.
"""

from __future__ import annotations

from types import ModuleType

from auditor.page import Page
from auditor.page import load_page
from auditor.selectors import ssi as sel
from auditor.ssi import json_2021
from auditor.ssi import progress_2025
from auditor.ssi.model import PILLARS
from auditor.ssi.model import RANKS
from auditor.ssi.model import Layout
from auditor.ssi.model import NotAnSsiPageError
from auditor.ssi.model import Pillars
from auditor.ssi.model import Ranks
from auditor.ssi.model import SsiReading
from auditor.ssi.numbers import parse_decimal
from auditor.ssi.numbers import parse_rank

__all__ = [
    "LAYOUTS",
    "PILLARS",
    "RANKS",
    "Layout",
    "NotAnSsiPageError",
    "Pillars",
    "Ranks",
    "SsiReading",
    "is_ssi_page",
    "parse_decimal",
    "parse_rank",
    "read_ssi",
    "read_ssi_page",
]

# The dashboard's markups, newest first; the first that detects reads the page.
LAYOUTS: tuple[ModuleType, ...] = (
    progress_2025,  # 2025-2026: server-rendered DOM, <progress> pillar bars
    json_2021,  # about 2021-2022: the scores as embedded JSON ({"activeSeat", ...})
)

# The number parsers' examples run with this module's doctests (doctest.testmod(auditor.ssi)).
__test__ = {"parse_decimal": parse_decimal, "parse_rank": parse_rank}


def is_ssi_page(page: Page) -> bool:
    """Whether a parsed page holds any part of the SSI dashboard (cheap; for routing)."""
    return any(layout.detect(page) for layout in LAYOUTS)


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
    for layout in LAYOUTS:
        if layout.detect(page):
            ssi_reading: SsiReading = layout.extract(page)
            return ssi_reading
    raise _not_dashboard(page)


def read_ssi(data: bytes | str, url: str | None = None) -> SsiReading:
    """Read a saved or captured /sales/ssi page into an ``SsiReading``.

    :raise BadInputError: when the data is not a readable HTML page.
    :raise NotAnSsiPageError: when the page is not the dashboard or shows no score.
    """
    return read_ssi_page(load_page(data, url))
