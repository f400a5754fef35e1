"""What every public (logged-out) layout shares, 2013-2025: the guests' reasons, the
subline's count runs, the vanity of a public URL and the text of a list of elements.

A public layout module reads only what its own markup differs in, with these helpers.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import lxml.html

from auditor import ui_words
from auditor import vanity as vanity_rules
from auditor.dom import Selector
from auditor.dom import find
from auditor.dom import run
from auditor.dom import value
from auditor.dom import visible_text
from auditor.model import Connections
from auditor.page import Page
from auditor.text import parse_connections
from auditor.text import parse_count

HIDDEN = "not shown to guests (absent, or hidden by the member from logged-out viewers)"
GIVEN = "public pages show only the recommendations received"


def named_card(page: Page, card: Selector, name: Selector) -> lxml.html.HtmlElement | None:
    """The element ``card`` selects when it holds the member's name (``name``), else None:
    how each 2013-2016 guest layout tells its page and finds its top card."""
    element = find(page.root, card)
    return element if element is not None and find(element, name) is not None else None


def mark_hidden(unknown: dict[str, str], facts: dict[str, object]) -> None:
    """Each fact the guest page did not show (None) is unknown: hidden from guests."""
    for name, fact in facts.items():
        if fact is None:
            unknown[name] = HIDDEN


def not_on_old_guest_pages(unknown: dict[str, str], years: str, year: str) -> None:
    """What the 2015-2016 guest pages never show: banner, followers, recommendations
    given, Featured, open to work and creator mode."""
    unknown["banner"] = f"public pages of {years} show no background image"
    unknown["followers"] = f"public pages of {years} print no follower count"
    unknown["recommendations_given"] = GIVEN
    unknown["featured"] = unknown["open_to_work"] = unknown["creator"] = (
        f"not on {year} public pages"
    )


def page_vanity(page: Page, canonical: str) -> str | None:
    """The vanity of the page's address, else of its canonical link (``canonical``: the
    layout's selector of it)."""
    return vanity_of(page.url) or vanity_of(value(page.root, canonical))


def texts_of(elements: list[lxml.html.HtmlElement]) -> list[str]:
    """Visible text of each element, in order, empty ones dropped."""
    return [t for t in (visible_text(e) for e in elements) if t]


def find_links(node: lxml.html.HtmlElement, selector: tuple[str, ...]) -> list[str]:
    """The strings (hrefs) of the first fallback that finds any."""
    for expr in selector:
        found = [str(h) for h in run(node, expr)]
        if found:
            return found
    return []


# "6K followers", "1,2 k abonnés", "12 mil seguidores": LinkedIn rounds large counts on
# guest pages (2023-04). The exact number is unknown, but the run is a count, not a place.
ROUNDED_UNIT = re.compile(r"(?:[KkMm]|mil|Mio|Tsd)\.?(?![^\W\d_])")
ROUNDED_RUN = re.compile(r"\d[\d.,\s\u00a0]*?\s?" + ROUNDED_UNIT.pattern)


def is_count_run(text: str) -> bool:
    """Whether a subline run is a (possibly rounded) follower or connection count.

    >>> is_count_run("6K followers"), is_count_run("500+ connections"), is_count_run("Oslo")
    (True, True, False)
    """
    if not text[:1].isdigit():
        return False
    return bool(ROUNDED_RUN.match(text)) or any(
        ui_words.has(key, text, None) for key in ("followers", "connections")
    )


_COUNT_RUN = re.compile(r"(\d[\d.,\s\u00a0\u202f']*\+?)\s*([^\d]+)")


def top_card_counts(runs: list[str], lang: str | None) -> tuple[Connections | None, int | None]:
    """Connections and followers from "612 followers  500+ connections" runs.

    >>> top_card_counts(["612 followers 500+ connections"], "en")
    ('500+', 612)
    >>> top_card_counts(["286 connections"], None)
    (286, None)
    """
    connections: Connections | None = None
    followers: int | None = None
    for text_run in runs:
        for number, word in _COUNT_RUN.findall(text_run):
            if ROUNDED_UNIT.match(word.strip()):
                continue  # "6K followers": rounded by LinkedIn, not a count to report
            if followers is None and ui_words.has("followers", word, None):
                followers = parse_count(number)
            elif connections is None and ui_words.has("connections", word, None):
                connections = parse_connections(number)
    return connections, followers


def vanity_of(url: str | None) -> str | None:
    """The vanity of a profile URL, decoding double-encoded slugs (seen on 2015-12 pages).

    >>> vanity_of("https://www.linkedin.com/in/j%25C3%25BCrgen-k-c4d2e81f")
    'jürgen-k-c4d2e81f'
    """
    slug = vanity_rules.from_url(url)
    for _ in range(3):  # a slug never contains "%" once decoded
        if slug is None or "%" not in slug:
            break
        slug = unquote(slug)
    return slug
