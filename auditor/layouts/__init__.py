"""Every layout LinkedIn has served, as an ordered registry: the first that detects wins.

A layout is an object with ``NAME``, ``detect(page) -> bool`` and ``extract(page) ->
Profile`` (``_base.Layout``). Adding a layout means one module, one line here, and a
synthetic fixture in tests/profiles/. Order matters where markers overlap: newer first,
and a layout whose markers another one also carries comes before it.
"""

from __future__ import annotations

from auditor.layouts import activity
from auditor.layouts import cards
from auditor.layouts import details
from auditor.layouts import details_2026
from auditor.layouts import generic
from auditor.layouts import in_2016_json
from auditor.layouts import in_2018
from auditor.layouts import in_2021
from auditor.layouts import public_2013
from auditor.layouts import public_2015
from auditor.layouts import public_2016
from auditor.layouts import public_2024
from auditor.layouts import sdui_2026
from auditor.layouts._base import Layout
from auditor.page import Page
from auditor.selectors import common as sel

LAYOUTS: tuple[Layout, ...] = (
    sdui_2026.layout,  # logged-in 2026, server-driven UI
    activity.layout,  # logged-in /recent-activity/ pages, 2022+
    cards.layout,  # logged-in 2022-2025 profile cards
    # After cards: its detection (two id lookups) fails at once on a details page, while
    # the details item search walks the whole tree of a cards page. No
    # details page carries the cards' anchors and top card (checked on every saved page).
    details.layout,  # logged-in /details/<section>/ pages, 2022+
    details_2026.layout,  # logged-in /details/<section>/ pages, 2026 SDUI (modelled)
    in_2021.layout,  # logged-in early 2021 (carries 2018-like pv-top-card classes)
    in_2018.layout,  # logged-in 2018
    in_2016_json.layout,  # logged-in 2016 self-edit page, facts only in embedded JSON
    public_2024.layout,  # logged-out 2017-2025 (top-card-layout)
    public_2016.layout,  # logged-out Dec 2015-2016 (public_profile_v3, h1#name)
    public_2015.layout,  # logged-out 2015 (nprofile_v2_public_fs)
    public_2013.layout,  # logged-out 2013 (hResume)
    # Last: a member profile no layout above knows, read by what every layout shares.
    generic.layout,
)

_BY_NAME = {layout.NAME: layout for layout in LAYOUTS}
_HINTED = {
    key: (
        *(_BY_NAME[name] for name in names),
        *(layout for layout in LAYOUTS if layout.NAME not in names),
    )
    for key, names in sel.PAGE_KEY_LAYOUTS.items()
}


def candidates(page: Page) -> tuple[Layout, ...]:
    """The layouts to try on a page, in order: those its pageKey names first, then the rest."""
    return _HINTED.get(page.meta.get(sel.PAGE_KEY, ""), LAYOUTS)
