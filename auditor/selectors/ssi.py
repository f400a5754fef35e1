"""Selectors of LinkedIn's Social Selling Index dashboard, https://www.linkedin.com/sales/ssi.

Two markups (issue #7; no real saved dashboard was available, so these follow what
public scrapers read, checked on the synthetic fixtures in tests/ssi/):

- 2025-2026: a server-rendered DOM. The user's total is a donut caption, the four
  pillars are ``<progress>`` bars with stable, English ids in every UI language, and
  the ranks are a ``dl.ssi-ranks``. The ``.group-ssi-score`` donuts beside them are the
  *peers'* averages (industry, network) and must never be read as the user's score.
- about 2021-2022: the scores as JSON in a ``<code>`` element starting ``{"activeSeat"``.

XPath 1.0 strings, or tuples with the newest variant first. Class tests use the
``concat(' ', normalize-space(@class), ' ')`` token form where a class name is a prefix
of another (``ssi-rank`` / ``ssi-ranks`` / ``ssi-rank__category-name``).
"""

from __future__ import annotations

# --- 2025-2026 DOM ------------------------------------------------------------------------

# The user's total ("53" of 100): the value span inside the user's own donut caption,
# never one inside the peers' .group-ssi-score donuts (which reuse .ssi-score__value).
# No fallback to the caption's whole text: without the span it reads "out of 100" -> 100.
TOTAL = (
    "//*[contains(concat(' ', normalize-space(@class), ' '),"
    " ' user-ssi-score__donut-chart-caption ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' ssi-score__value ')]"
    "[not(ancestor::*[contains(@class, 'group-ssi-score')])]"
)

# The four pillar bars, by id (language-independent): <progress value="13.118002" max="25">.
# The value attribute is exact; the text inside the bar is rounded (seen 2025-2026).
# NOTE: keep the keys in sync with ssi.Pillars' fields.
PILLAR_BARS = {
    "brand": "//progress[@id='establish-brand__sub-score-bar']",
    "people": "//progress[@id='find-people__sub-score-bar']",
    "insights": "//progress[@id='engage-with-insights__sub-score-bar']",
    "relationships": "//progress[@id='build-relationships__sub-score-bar']",
}

# Inside a pillar bar without a value attribute: the rounded score it shows ("9,87").
PILLAR_TEXT = ".//*[contains(concat(' ', normalize-space(@class), ' '), ' ssi-score__value ')]"

# The rank rows, industry first: dl.ssi-ranks > div.ssi-rank (2025-2026).
RANK_ROWS = (
    "//dl[contains(concat(' ', normalize-space(@class), ' '), ' ssi-ranks ')]"
    "/div[contains(concat(' ', normalize-space(@class), ' '), ' ssi-rank ')]",
    # rows outside a dl (a wrapper added or the dl dropped): still the same row class
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' ssi-rank ')]"
    "[.//*[contains(@class, 'ssi-rank__category-score')]]",
)

# Inside a rank row: its localized name ("Industry SSI rank", "Classificação no setor").
RANK_NAME = ".//*[contains(@class, 'ssi-rank__category-name')]"

# Inside a rank row: its score ("Top <span class="t-40">75</span>%", "Primeiros 83%").
RANK_SCORE = ".//*[contains(@class, 'ssi-rank__category-score')]"

# Any part of the 2025-2026 dashboard: tells "a dashboard with parts missing" from
# "not the dashboard" without reading the numbers first.
MARKERS_2025 = (
    "//progress[contains(@id, '__sub-score-bar')]"
    " | //*[contains(@class, 'user-ssi-score')]"
    " | //dl[contains(@class, 'ssi-ranks')]"
)

# --- about 2021-2022: embedded JSON ------------------------------------------------------

# The <code> holding {"activeSeat": ..., "memberScore": ..., "groupScore": [...]}: as its
# text, or as an HTML comment inside it, raw or entity-escaped (LinkedIn's other <code>
# blocks of that era do all three); comments are not unescaped by the parser.
# TODO [2027-01-01]: drop once no saved 2021-2022 dashboard needs reading.
SSI_JSON = (
    "//code[starts-with(normalize-space(.), '{\"activeSeat\"')"
    " or starts-with(normalize-space(comment()), '{\"activeSeat\"')"
    " or starts-with(normalize-space(comment()), '{&quot;activeSeat&quot;')]"
)

# --- whatever the markup ------------------------------------------------------------------

# The app shell of /sales/ssi saved before it rendered still names the page: its canonical
# link or og:url. Used only to word the error (dashboard not loaded vs another page).
SSI_URL_PART = "/sales/ssi"
