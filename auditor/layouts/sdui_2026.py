"""Logged-in profile, 2026 server-driven UI (SDUI): cards keyed by ``componentkey``.

Seen 2026 (openoutreach pages): the top card, About, Featured, Services and Activity are
rendered with the page; everything below Activity (Experience, Education, Skills,
Recommendations, ...) sits in six lazy ``profileCardsBelowActivityPartN<vanity>``
containers that stay empty until the member scrolls. Later builds also load Experience
(``profileCardsExperienceOnly``) and, with the top card alone server-rendered
(``profileCardsAboveActivityTopcardOnly``), About lazily: every such container counts.
Facts of those cards are unknown while a part is empty, and read from the cards once
every part has rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import ClassVar

from auditor import totals
from auditor import ui_words
from auditor import vanity as vanity_rules
from auditor.dom import Selector
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._sdui import Element
from auditor.layouts._sdui import SduiLayout
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.page import Page
from auditor.selectors import sdui as sel
from auditor.text import parse_connections
from auditor.text import parse_count

UNKNOWN_WORDS = "the top card's counts are in words this version does not know"

NO_OPEN_TO_WORK = "the top card shows no open-to-work card (it may be shown to recruiters only)"
LAZY = "{card} did not load (lazy section): scroll to it and audit again"

_CARDS = sel.CARD_KEY_NAMES


@dataclass
class _Cards:
    """The page's cards by name: the holder (div) and the rendered section, if any."""

    holders: dict[str, Element] = field(default_factory=dict)
    sections: dict[str, Element] = field(default_factory=dict)
    parts: list[Element] = field(default_factory=list)  # lazy part containers (outer)
    above_key: str | None = None  # "profileCardsAboveActivity<vanity>"
    topcard_only_key: str | None = None  # "profileCardsAboveActivityTopcardOnly<vanity>"

    def card(self, name: str) -> Element | None:
        """The rendered card: its section, else its holder when it has content."""
        section = self.sections.get(name)
        if section is not None:
            return section
        holder = self.holders.get(name)
        return holder if holder is not None and len(holder) else None

    def lazy_state(self) -> str:
        """The lazy parts: all "rendered", one still "pending" (empty), or "absent"."""
        if not self.parts:
            return "absent"
        rendered = all(find(part, sel.PART_RENDERED) is not None for part in self.parts)
        return "rendered" if rendered else "pending"


class SduiProfile(SduiLayout):
    """The 2026 SDUI profile page: top card, server-rendered cards and the lazy parts."""

    NAME = "sdui_2026"
    KIND = PageKind.PROFILE
    # The recommendation tab links, whose labels state each tab's count (modelled).
    TAB_LINKS: ClassVar[dict[str, str]] = {
        "recommendations_received": sel.RECEIVED_LINK,
        "recommendations_given": sel.GIVEN_LINK,
    }

    def detect(self, page: Page) -> bool:
        """Whether the page is a 2026 SDUI profile (a componentkey Topcard section)."""
        return find(page.root, sel.TOPCARD) is not None

    def extract(self, page: Page) -> Profile:
        """Read the facts of a 2026 SDUI profile page."""
        cards = self._cards(page)
        top = cards.sections.get("Topcard")
        if top is None:  # detect() guarantees it; keep mypy and a bad caller honest
            top = find(page.root, sel.TOPCARD)
        assert top is not None
        unknown: dict[str, str] = {}
        facts: dict[str, object] = {}

        intro = find(top, sel.INTRO)
        facts["name"] = value(top, sel.NAME)
        facts["headline"] = (value(intro, sel.HEADLINE) or "") if intro is not None else None
        facts["location"] = value(intro, sel.LOCATION) if intro is not None else None
        facts["vanity"] = self._vanity(top, cards)
        facts["photo"] = self._image_in(top, sel.PHOTO_FRAME, sel.PHOTO_IMAGE)
        facts["banner"] = self._image_in(top, sel.BANNER_FRAME, sel.BANNER_IMAGE)
        connections, followers = self._counts(top, intro)
        facts["connections"] = connections
        if connections is None:
            unknown["connections"] = "the top card shows no connections count (creator view)"
        activity_card = cards.card("Activity")
        if followers is None and activity_card is not None:
            followers = self._activity_followers(activity_card)
        facts["followers"] = followers
        on_top = self._followers_on_top(top, intro)
        facts["creator"] = self._creator(top, followers_on_top=on_top)
        if on_top is None:  # the top card's counts are in words this version does not know
            for fact in ("connections", "followers", "creator"):
                if facts[fact] is None:
                    unknown[fact] = UNKNOWN_WORDS
        facts["industry"] = None
        unknown["industry"] = "the 2026 top card does not show the industry"
        facts["open_to_work"] = self._open_to_work(top)
        if facts["open_to_work"] is None:
            unknown["open_to_work"] = NO_OPEN_TO_WORK

        facts["about"] = self._about(cards)
        facts["featured"] = self._has_items(cards, "Featured")
        facts["activity"] = self._activity(activity_card)
        if activity_card is None:
            unknown["activity"] = LAZY.format(card="Activity")

        self._below_activity(cards, top, facts, unknown)
        return self.profile(facts, unknown)

    def _cards(self, page: Page) -> _Cards:
        """Sort every card holder and lazy part by its componentkey, in one pass."""
        cards = _Cards()
        for element in find_all(page.root, sel.CARD_KEYS):
            key = element.get(sel.KEY_ATTRIBUTE) or ""
            if key.startswith(sel.TOPCARD_ONLY_PREFIX):
                # The top card alone: it says nothing about the lazy cards above Activity.
                cards.topcard_only_key = key
                continue
            if key.startswith(sel.LAZY_PART_PREFIX) and not key.startswith(
                sel.ABOVE_ACTIVITY_PREFIX
            ):
                # outer containers only: an unrendered part repeats its key on an inner div
                nearby = [a for _, a in zip(range(3), element.iterancestors(), strict=False)]
                if all(a.get(sel.KEY_ATTRIBUTE) != key for a in nearby):
                    cards.parts.append(element)
                continue
            if key.startswith(sel.ABOVE_ACTIVITY_PREFIX):
                cards.above_key = key
                continue
            name = self.card_name(key)
            if name is None:
                continue
            target = cards.sections if element.tag == "section" else cards.holders
            target.setdefault(name, element)
        return cards

    def card_name(self, componentkey: str) -> str | None:
        """The card a componentkey names: its end, after dropping "TopLevel(Section)"."""
        for tail in sel.CARD_KEY_TAILS:
            if componentkey.endswith(tail):
                componentkey = componentkey[: -len(tail)]
                break
        return next((_CARDS[n] for n in _CARDS if componentkey.endswith(n)), None)

    def _vanity(self, top: Element, cards: _Cards) -> str | None:
        """The owner's slug, from the contact-info link, else the above-activity key."""
        href = value(top, sel.CONTACT_INFO_HREF)
        if href:
            return vanity_rules.from_url(href)
        if cards.above_key:
            return cards.above_key[len(sel.ABOVE_ACTIVITY_PREFIX) :] or None
        if cards.topcard_only_key:
            return cards.topcard_only_key[len(sel.TOPCARD_ONLY_PREFIX) :] or None
        return None

    def _image_in(self, top: Element, frame_sel: Selector, image_sel: str) -> bool | None:
        """True when the frame holds an image, False when it shows only the placeholder."""
        frame = find(top, frame_sel)
        if frame is None:
            return None
        return any(shows_real_image(image) for image in find_all(frame, image_sel))

    def _count_runs(self, top: Element, intro: Element | None) -> list[Element]:
        """Top-card runs starting with a number, outside the intro (a headline may too)."""
        inside = set(intro.iter("p")) if intro is not None else set()
        return [run for run in find_all(top, sel.COUNT_RUNS) if run not in inside]

    def _counts(self, top: Element, intro: Element | None) -> tuple[Connections | None, int | None]:
        """Connections and followers as printed in the top card ("500+" kept)."""
        connections: Connections | None = None
        followers: int | None = None
        for run in self._count_runs(top, intro):
            text = visible_text(run)
            nxt = run.getnext()
            label = text + " " + (visible_text(nxt) if nxt is not None and nxt.tag == "p" else "")
            if followers is None and ui_words.has("followers", text):
                followers = parse_count(text)
            elif connections is None and ui_words.has("connections", label):
                connections = parse_connections(text)
        return connections, followers

    def _followers_on_top(self, top: Element, intro: Element | None) -> bool | None:
        """Whether the top card prints a followers count (None: its counts are in words this
        version does not know, so nothing tells followers from connections)."""
        texts = []
        for run in self._count_runs(top, intro):
            after = run.getnext()
            texts.append(
                visible_text(run) + " " + (visible_text(after) if after is not None else "")
            )
        if any(ui_words.has("followers", text) for text in texts):
            return True
        if texts and not any(ui_words.has("connections", text) for text in texts):
            return None
        return False

    def _activity_followers(self, card: Element) -> int | None:
        """The followers count in the Activity card header ("732 followers")."""
        for run in find_all(card, sel.ACTIVITY_HEADER):
            text = visible_text(run)
            if ui_words.has("followers", text):
                return parse_count(text)
        return None

    def _creator(self, top: Element, followers_on_top: bool | None) -> bool | None:
        """Creator profile: Follow is the primary action and followers show in the top card."""
        actions = find_all(top, sel.ACTIONS)
        follow_first = bool(actions) and find(actions[0], sel.FOLLOW_ICON) is not None
        return follow_first and followers_on_top

    def _open_to_work(self, top: Element) -> bool | None:
        """True when the top card shows the open-to-work card, or the photo's #OPEN_TO_WORK
        frame text; unknown otherwise (members may show it to recruiters only)."""
        if find(top, sel.OPEN_TO_WORK) is not None:
            return True
        frame = find(top, sel.PHOTO_FRAME)
        if frame is None:
            return None
        labels = " ".join(
            (e.get("alt") or "") + " " + (e.get("aria-label") or "")
            for e in frame.iter("img", "div")
        )
        return True if sel.OPEN_TO_WORK_HASHTAG in labels.lower() else None

    def _text_without_buttons(self, element: Element) -> str:
        """Cleaned text of an element, leaving out buttons (the "… more" toggle)."""
        return visible_text(element, skip=self._button_or_comment, apart=True)

    def _button_or_comment(self, node: Element) -> bool:
        """A node whose text an expandable text box does not show: its toggle button."""
        return not isinstance(node.tag, str) or node.tag in sel.TEXT_BOX_SKIPPED_TAGS

    def _about(self, cards: _Cards) -> About | None:
        """The About text; an empty About holder on a rendered page means none."""
        card = cards.card("About")
        if card is not None:
            box = find(card, sel.ABOUT_TEXT)
            return About.of(self._text_without_buttons(box) if box is not None else "")
        if "About" in cards.holders or cards.above_key is not None:
            return About.of("")  # the above-activity cards render with the page
        return None

    def _has_items(self, cards: _Cards, name: str) -> bool | None:
        """Whether a server-rendered card (Featured, Services) shows items."""
        card = cards.card(name)
        if card is not None:
            return bool(find_all(card, sel.CARD_ITEMS))
        if name in cards.holders or cards.above_key is not None:
            return False
        return None

    def _activity(self, card: Element | None) -> Activity | None:
        """Posts shown in the Activity card, or LinkedIn's "hasn't posted" empty state."""
        if card is None:
            return None
        posts = find(card, sel.ACTIVITY_POSTS)
        has_posts = posts is not None and bool(find_all(posts, sel.ACTIVITY_ITEMS))
        not_posted: bool | None = False
        if not has_posts:
            # No post: the empty-state message says so; unrecognised, it is in words this
            # version does not know.
            not_posted = ui_words.has("not_posted", visible_text(card)) or None
        return Activity(has_posts=has_posts, has_articles=None, not_posted=not_posted)

    def shown_items(self, card: Element, name: str) -> list[Element] | int:
        """The entries a rendered card lists: keyed item elements, else a count of entries.

        Skills and Experience items carry a componentkey (real 2026 cards); Education and
        Languages entries have none and are counted by the rules between them.
        """
        keyed = sel.SKILL_ITEMS if name == "Skills" else sel.ENTITY_ITEMS
        items = find_all(card, keyed)
        if items:
            return items
        if find(card, sel.ENTRY_RUNS) is None:
            return 0
        return len(find_all(card, sel.ITEM_SEPARATORS)) + 1

    def _count(self, items: list[Element] | int) -> int:
        """The number of entries ``shown_items`` found."""
        return items if isinstance(items, int) else len(items)

    def list_total(
        self, card: Element, name: str, shown: int, fact: str, unknown: dict[str, str]
    ) -> int | None:
        """A card's list total: the number its "show all" link states, else unknown when the
        link is there (the card shows only part of the list), else every entry is shown.

        Never the count of the shown items when a "show all" link says there are more.
        """
        link = find(card, sel.DETAILS_LINK[name])
        if link is None:
            return shown
        stated = self.stated_count(link)
        if stated is not None:
            return stated
        unknown[fact] = totals.on_details_page(fact, shown)
        return None

    def _below_activity(
        self, cards: _Cards, top: Element, facts: dict[str, object], unknown: dict[str, str]
    ) -> None:
        """Experience, Education, Skills and Recommendations, when the lazy parts rendered."""
        state = cards.lazy_state()
        company = value(top, sel.CURRENT_COMPANY)
        for name, fields, reader in (
            ("Experience", ("positions", "current_position"), self._experience),
            ("Education", ("education",), self._education),
            ("Skills", ("skills_total", "skills"), self._skills),
            (
                "Recommendations",
                ("recommendations_received", "recommendations_given"),
                self._recommendations,
            ),
        ):
            card = cards.card(name)
            if card is None and state != "rendered":
                why = (
                    LAZY.format(card=name)
                    if state == "pending"
                    else f"{name} is not on this page (saved before it rendered)"
                )
                for f in fields:
                    facts[f] = None
                    unknown[f] = why
                continue
            reader(card, facts, unknown)
        if facts.get("current_position") is None and company:
            # The top card names the current company even while Experience is lazy.
            facts["current_position"] = Position(company=company)
            unknown.pop("current_position", None)

    def _experience(
        self, card: Element | None, facts: dict[str, object], unknown: dict[str, str]
    ) -> None:
        """Positions (the stated total, unknown behind "show all") and the first, current one."""
        if card is None:
            facts["positions"] = 0
            facts["current_position"] = None
            unknown["current_position"] = "the profile lists no experience"
            return
        items = self.shown_items(card, "Experience")
        facts["positions"] = self.list_total(
            card, "Experience", self._count(items), "positions", unknown
        )
        if isinstance(items, int):
            # Entries without the item key: the markup is not what the reader knows.
            facts["current_position"] = None
            unknown["current_position"] = "the Experience card's entries are not recognised"
            return
        facts["current_position"] = self.read_position(items[0])

    def _education(
        self, card: Element | None, facts: dict[str, object], unknown: dict[str, str]
    ) -> None:
        """Education entries (the stated total, unknown behind "show all")."""
        if card is None:
            facts["education"] = 0
            return
        shown = self._count(self.shown_items(card, "Education"))
        facts["education"] = self.list_total(card, "Education", shown, "education", unknown)

    def _skills(
        self, card: Element | None, facts: dict[str, object], unknown: dict[str, str]
    ) -> None:
        """Skills shown (endorsements where printed) and the total, never the shown count
        when a "show all" link is there."""
        if card is None:
            facts["skills_total"] = 0
            facts["skills"] = []
            return
        items = self.shown_items(card, "Skills")
        if isinstance(items, int):
            # Runs but no skill items: the markup is not what the reader knows.
            why = "the Skills card's entries are not recognised"
            facts["skills"] = facts["skills_total"] = None
            unknown["skills"] = unknown["skills_total"] = why
            return
        skills = self.read_skills(items)
        facts["skills"] = skills
        facts["skills_total"] = self.list_total(
            card, "Skills", len(skills), "skills_total", unknown
        )

    def _recommendations(
        self, card: Element | None, facts: dict[str, object], unknown: dict[str, str]
    ) -> None:
        """Received and given: the tab links' numbers, else the entries of an open tab that
        has no "show all" link. Modelled: no real 2026 Recommendations card was seen."""
        if card is None:
            facts["recommendations_received"] = 0
            facts["recommendations_given"] = 0
            return
        for key, panel_sel in self.RECOMMENDATION_PANELS:
            link = find(card, self.TAB_LINKS[key])
            count = self.stated_count(link) if link is not None else None
            panel = find(card, panel_sel)
            if count is None and panel is not None:
                items = self.entries(panel)
                if find(panel, sel.DETAILS_LINK["Recommendations"]) is not None:
                    unknown[key] = totals.on_details_page(key, len(items))
                elif items:
                    count = len(items)
                else:
                    unknown[key] = "the Recommendations card's entries are not recognised"
            facts[key] = count
            if count is None:
                unknown.setdefault(key, "the Recommendations card shows only the other tab")


layout = SduiProfile()
