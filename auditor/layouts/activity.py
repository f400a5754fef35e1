"""Logged-in /in/<vanity>/recent-activity/<tab>/ pages, 2022-2025.

The left rail holds ``div#recent-activity-top-card``: name (h3), headline (h4), photo,
banner, and "Followers" with the number. The main column is the member's feed. Profile
sections (About, Skills, ...) are not on this page.
"""

from __future__ import annotations

from typing import Any

from lxml.html import HtmlElement

from auditor import ui_words
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import ImageKind
from auditor.images import image_urls
from auditor.images import kind
from auditor.layouts._cards import CardsLayout
from auditor.model import PageKind
from auditor.model import Profile
from auditor.page import Page
from auditor.selectors import cards as sel
from auditor.text import parse_count


class RecentActivity(CardsLayout):
    """The /recent-activity/ page: its top card and what the feed shows of publishing."""

    NAME = "activity"
    KIND = PageKind.ACTIVITY
    NOT_HERE = "not shown on a /recent-activity/ page"

    def detect(self, page: Page) -> bool:
        """The activity page's own top card is present."""
        return find(page.root, sel.ACTIVITY_TOP_CARD) is not None

    def extract(self, page: Page) -> Profile:
        """Read the member's top-card facts and what the feed shows of their publishing."""
        root = page.root
        top = find(root, sel.ACTIVITY_TOP_CARD)
        facts: dict[str, Any] = {}
        if top is not None:
            facts["name"] = value(top, sel.ACTIVITY_NAME)
            facts["headline"] = value(top, sel.ACTIVITY_HEADLINE) or ""
            facts["photo"] = self.photo(top, sel.ACTIVITY_PHOTO)
            facts["banner"] = self._banner(top)
            facts["followers"] = self._followers(top)
            facts["vanity"] = self.link_vanity(top, sel.ACTIVITY_PROFILE_LINK)
        feed = find(root, sel.ACTIVITY_MAIN)
        if feed is not None:
            facts["activity"] = self.read_activity(
                feed, find_all(feed, sel.ACTIVITY_UPDATES), page.lang
            )
        return self.profile(self._layout(root), facts, self.not_here(facts))

    def _layout(self, root: HtmlElement) -> str:
        """2025 full feed updates carry data-view-name="feed-full-update"; earlier ones do not."""
        return "in-2025" if find(root, sel.FEED_FULL_UPDATE) is not None else "in-2024"

    def _banner(self, top: HtmlElement) -> bool | None:
        """A custom banner is a background-image URL on the banner container; none is the default.

        Without the container's class (a new build), a background image in the top card that
        is a member's banner by its URL still says custom; anything else stays unknown.
        """
        box = find(top, sel.ACTIVITY_BANNER)
        if box is None:
            painted = find_all(top, sel.ACTIVITY_PAINTED)
            if any(kind(url) is ImageKind.BANNER for e in painted for url in image_urls(e)):
                return True
            return None
        urls = image_urls(box)
        return bool(urls) and urls[0].startswith(sel.ACTIVITY_BANNER_URL_START)

    def _followers(self, top: HtmlElement) -> int | None:
        """The "Followers" number of the top card: by its class, else the two-part row whose
        label (no digits) says followers in a known language, beside the number."""
        shown = value(top, sel.ACTIVITY_TOP_FOLLOWERS)
        if shown:
            return parse_count(shown)
        for row in find_all(top, sel.ACTIVITY_STAT_ROWS):
            label, number = (visible_text(div) for div in row.findall("div"))
            count = parse_count(number)
            if (
                count is not None
                and ui_words.has("followers", label)
                and parse_count(label) is None
            ):
                return count
        return None


layout = RecentActivity()
