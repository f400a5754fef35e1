"""Logged-in profile pages 2022-2025: the Ember "profile cards" (pvs) layout.

Each section is a ``section.artdeco-card`` holding a ``div#<key>`` anchor whose id is
English in every UI language; headings are localized, so nothing here reads them.
Totals are printed only in "Show all N" footer links. A card that LinkedIn would render
and did not is "none" when a card it renders further down is present (the page got
that far); otherwise it is unknown (lazy, not scrolled to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from auditor import totals
from auditor import ui_words
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._cards import CardsLayout
from auditor.model import About
from auditor.model import Activity
from auditor.model import PageKind
from auditor.model import Profile
from auditor.page import Page
from auditor.selectors import cards as sel
from auditor.text import parse_connections
from auditor.text import parse_count

UNKNOWN_WORDS = "the top card's counts are in words this version does not know"
UNREAD = "the {} card's text is in markup this version does not know (a new build)"


# The main-column cards in the order LinkedIn stacks them (seen 2022-2025). A card is
# judged absent only when a card below it rendered.
ORDER: tuple[str, ...] = sel.CARD_IDS
_RANK = {key: rank for rank, key in enumerate(ORDER)}
ACTIVITY_KEYS = sel.ACTIVITY_KEYS

_SKILLS_ID_TOTAL = re.compile(sel.SKILLS_ID_TOTAL_PATTERN)


LAZY = "{} did not load (lazy section): scroll to it and audit again"


@dataclass(frozen=True)
class Cards:
    """The page's card sections by anchor id, and how far down the main column rendered."""

    by_key: dict[str, HtmlElement]
    deepest: int  # rank of the lowest main-column card present (-1: none)

    def get(self, key: str) -> HtmlElement | None:
        """The card section for an anchor id, or None."""
        return self.by_key.get(key)

    def judged_absent(self, key: str) -> bool:
        """Whether a missing card means "none": a card LinkedIn stacks below it rendered."""
        return self.deepest > _RANK[key]


class ProfileCards(CardsLayout):
    """The 2022-2025 profile page: the top card and the main column's cards."""

    NAME = "cards"
    KIND = PageKind.PROFILE

    def detect(self, page: Page) -> bool:
        """A logged-in top card plus at least one pvs card anchor (2022-2025)."""
        # The anchors first: an id lookup, nearly free on the pages of other layouts.
        if find(page.root, sel.CARD_ANCHORS) is None:
            return False
        return find(page.root, sel.TOP_CARD) is not None

    def extract(self, page: Page) -> Profile:
        """Read the facts of a 2022-2025 profile-cards page."""
        root = page.root
        anchors = find_all(root, sel.CARD_ANCHORS)
        cards = self._cards(anchors)
        top = find(root, sel.TOP_CARD)
        unknown: dict[str, str] = {}
        facts: dict[str, object] = {}
        if top is not None:
            facts |= self._top_card(top)
            if facts["creator"] is None:
                unknown["creator"] = UNKNOWN_WORDS
                if facts["connections"] is None:
                    unknown["connections"] = UNKNOWN_WORDS
        facts["about"] = self._about(cards, unknown)
        facts["featured"] = self._featured(cards, unknown)
        facts["followers"] = self._followers(cards, top)
        if facts["followers"] is None:
            unknown["followers"] = "no follower count: the Activity card is not on this page"
        facts["activity"] = self._activity(cards, page.lang, unknown)
        facts |= self._experience(cards, unknown)
        facts["education"] = self._count_card(
            cards, sel.EDUCATION_ID, "education", "Education", unknown
        )
        facts |= self._skills(cards, unknown)
        facts |= self._recommendations(cards, unknown)
        unknown.setdefault("industry", "2022-2025 profile pages do not show the industry")
        return self.profile(self._layout(root, anchors, cards, top), facts, unknown)

    def _cards(self, anchors: list[HtmlElement]) -> Cards:
        """Map each anchor id to its card section and note the lowest main card rendered."""
        by_key: dict[str, HtmlElement] = {}
        deepest = -1
        for anchor in anchors:
            key = str(anchor.get("id") or "")
            section = anchor.getparent()
            if section is None or key in by_key:
                continue
            by_key[key] = section
            deepest = max(deepest, _RANK.get(key, -1))
        return Cards(by_key, deepest)

    def _layout(
        self, root: HtmlElement, anchors: list[HtmlElement], cards: Cards, top: HtmlElement | None
    ) -> str:
        """The era label: anchor class (2022), hero class or the 2025 class-free markers
        (2025), entity data-view-name (2024)."""
        if anchors and sel.ANCHOR_2022 in (anchors[0].get("class") or "").split():
            return "in-2022"
        if top is not None and find(top, sel.HERO_2025) is not None:
            return "in-2025"
        # Inside the cards first (small subtrees); the whole tree only when no card has one.
        if any(find(card, sel.ENTITY_2024_IN_CARD) is not None for card in cards.by_key.values()):
            return "in-2024"
        if find(root, sel.ENTITY_2024) is not None:
            return "in-2024"
        return "in-2023"  # pv-profile-card__anchor with div.pvs-entity items only

    # --- top card ------------------------------------------------------------------------

    def _top_card(self, top: HtmlElement) -> dict[str, object]:
        """Name, headline, location, photo, banner, vanity, connections, open to work, creator."""
        facts: dict[str, object] = {
            "name": value(top, sel.NAME),
            "headline": value(top, sel.HEADLINE) or "",
            "location": value(top, sel.LOCATION),
            "photo": self.photo(top, sel.PHOTO),
            "banner": self._banner(top),
            "open_to_work": find(top, sel.OPEN_TO_WORK) is not None,
            "vanity": self.link_vanity(top, sel.CONTACT_INFO),
        }
        connections = None
        followers_shown = False
        unread = False  # a count in words this version does not know (another UI language)
        items = find_all(top, sel.COUNT_ITEMS)
        for item in items:
            text = visible_text(item)
            if ui_words.has("connections", text) or find(item, sel.CONNECTIONS_LINK) is not None:
                connections = parse_connections(text)
            elif ui_words.has("followers", text):
                followers_shown = True
            else:
                unread = True
        facts["connections"] = connections
        # Creator signal (seen 2025): the top card itself shows the follower count.
        facts["creator"] = True if followers_shown else (None if unread else False)
        if not items:
            # No counts row found (markup this version does not know): neither is known.
            facts["creator"] = facts["connections"] = None
        return facts

    def _banner(self, top: HtmlElement) -> bool | None:
        """Custom banner image (True), the default background (False), or unknown."""
        img = find(top, sel.BANNER_IMAGE)
        if shows_real_image(img):
            return True
        if find(top, sel.BANNER_DEFAULT) is not None:
            return False
        return None

    def _followers(self, cards: Cards, top: HtmlElement | None) -> int | None:
        """Followers from the Activity card's header link, else the top card's count."""
        for key in ACTIVITY_KEYS:
            card = cards.get(key)
            if card is not None:
                count = parse_count(value(card, sel.ACTIVITY_FOLLOWERS))
                if count is not None:
                    return count
        if top is not None:
            for item in find_all(top, sel.COUNT_ITEMS):
                text = visible_text(item)
                if ui_words.has("followers", text):
                    return parse_count(text)
        return None  # 2022-2025 print followers only in the Activity card and creators' top card

    # --- cards -------------------------------------------------------------------------

    def _about(self, cards: Cards, unknown: dict[str, str]) -> About | None:
        """The About text; About.of("") when the card is judged absent."""
        card = cards.get(sel.ABOUT_ID)
        if card is not None:
            text = value(card, sel.ABOUT_TEXT)
            if text is None:
                unknown["about"] = UNREAD.format("About")
                return None
            return About.of(text)
        if cards.judged_absent(sel.ABOUT_ID):
            return About.of("")
        unknown["about"] = LAZY.format("About")
        return None

    def _featured(self, cards: Cards, unknown: dict[str, str]) -> bool | None:
        """Whether a Featured card with items is shown."""
        card = cards.get(sel.FEATURED_ID)
        if card is not None:
            return bool(find_all(card, sel.ITEMS)) or bool(find_all(card, sel.FEATURED_ITEMS))
        if cards.judged_absent(sel.FEATURED_ID):
            return False
        unknown["featured"] = LAZY.format("Featured")
        return None

    def show_all_total(self, card: HtmlElement) -> int | None:
        """The N of the card's "Show all N ..." footer link (None: no number stated)."""
        link = find(card, sel.SHOW_ALL)
        if link is None:
            return None
        match = _SKILLS_ID_TOTAL.search(link.get("id") or "")
        if match:
            return int(match.group(1))
        return parse_count(link.get("aria-label")) or parse_count(visible_text(link))

    def list_total(
        self, card: HtmlElement, shown: int, fact: str, unknown: dict[str, str]
    ) -> int | None:
        """A list's total: the number its "Show all" link states; unknown when the link states
        none (the card lists only some); the shown count only when there is no such link."""
        if find(card, sel.SHOW_ALL) is None:
            return shown
        total = self.show_all_total(card)
        if total is None:
            unknown[fact] = totals.on_details_page(fact, shown)
        return total

    def _count_card(
        self, cards: Cards, key: str, fact: str, label: str, unknown: dict[str, str]
    ) -> int | None:
        """Items of a list card: the "Show all N" total, else (no link) the items shown, else
        0 / unknown."""
        card = cards.get(key)
        if card is not None:
            return self.list_total(card, len(find_all(card, sel.ITEMS)), fact, unknown)
        if cards.judged_absent(key):
            return 0
        unknown[fact] = LAZY.format(label)
        return None

    def _experience(self, cards: Cards, unknown: dict[str, str]) -> dict[str, object]:
        """Number of positions and the current (first listed) position."""
        positions = self._count_card(cards, sel.EXPERIENCE_ID, "positions", "Experience", unknown)
        facts: dict[str, object] = {"positions": positions}
        card = cards.get(sel.EXPERIENCE_ID)
        items: list[HtmlElement] = find_all(card, sel.ITEMS) if card is not None else []
        position = self.read_position(items[0]) if items else None
        # Title and company known: the position is read. Whether it has a description
        # may still be unknown (markup the reader cannot place): the rule leaves that
        # point unchecked instead of dropping what is known.
        if position is not None and None not in (position.title, position.company):
            facts["current_position"] = position
        elif items:
            # The item is there but its lines were not found: no part of it is a guess.
            unknown["current_position"] = UNREAD.format("Experience")
        elif facts["positions"] == 0:
            unknown["current_position"] = "no Experience card: the member lists no position"
        else:
            unknown["current_position"] = LAZY.format("Experience")
        return facts

    def _skills(self, cards: Cards, unknown: dict[str, str]) -> dict[str, object]:
        """The stated skills total and the skills shown with their endorsements."""
        card = cards.get(sel.SKILLS_ID)
        if card is None:
            if cards.judged_absent(sel.SKILLS_ID):
                return {"skills_total": 0, "skills": []}
            unknown["skills_total"] = unknown["skills"] = LAZY.format("Skills")
            return {}
        shown = [self.read_skill(item) for item in find_all(card, sel.ITEMS)]
        skills = [skill for skill in shown if skill is not None]
        if len(skills) < len(shown):
            # Items whose name was not found: the list is unknown, the total only as stated.
            unknown["skills"] = UNREAD.format("Skills")
            total = self.show_all_total(card)
            if total is None:
                unknown["skills_total"] = UNREAD.format("Skills")
            return {"skills_total": total}
        return {
            "skills_total": self.list_total(card, len(skills), "skills_total", unknown),
            "skills": skills,
        }

    def _recommendations(self, cards: Cards, unknown: dict[str, str]) -> dict[str, object]:
        """Received (first tab panel) and given (second) counts."""
        card = cards.get(sel.RECOMMENDATIONS_ID)
        if card is None:
            if cards.judged_absent(sel.RECOMMENDATIONS_ID):
                return {"recommendations_received": 0, "recommendations_given": 0}
            reason = LAZY.format("Recommendations")
            unknown["recommendations_received"] = unknown["recommendations_given"] = reason
            return {}
        panels = find_all(card, sel.TAB_PANELS)
        names = ("recommendations_received", "recommendations_given")
        counts = {
            name: self._panel_count(panel, name, unknown)
            for name, panel in zip(names, panels, strict=False)
        }
        return {name: count for name, count in counts.items() if count is not None}

    def _panel_count(self, panel: HtmlElement, fact: str, unknown: dict[str, str]) -> int | None:
        """A tab panel's "Show all N received/given" total, else (no link) the entries it lists."""
        items = find_all(panel, sel.ITEMS)
        shown = sum(1 for item in items if find(item, sel.RECOMMENDATION_AUTHOR) is not None)
        return self.list_total(panel, shown, fact, unknown)

    def _activity(self, cards: Cards, lang: str | None, unknown: dict[str, str]) -> Activity | None:
        """What the Activity card shows: posts, articles, or the "hasn't posted" state."""
        card = next((cards.get(key) for key in ACTIVITY_KEYS if cards.get(key) is not None), None)
        if card is None:
            if cards.judged_absent(ACTIVITY_KEYS[0]):
                return Activity(has_posts=False, has_articles=False, not_posted=False)
            unknown["activity"] = LAZY.format("Activity")
            return None
        activity = self.read_activity(card, find_all(card, sel.ACTIVITY_UPDATES), lang)
        if activity.has_posts is None:
            # Neither an update nor the empty state was found: nothing of the card is known.
            unknown["activity"] = UNREAD.format("Activity")
            return None
        return activity


layout = ProfileCards()
