"""What the logged-in card layouts share, 2022-2025 (profile cards, /details/ lists,
/recent-activity/ pages): ``CardsLayout``, with the position, skill and activity readers
of their list items, the photo and profile-link readers, and the Profile.

A layout module of this family subclasses it and reads only what its own page differs in.
"""

from __future__ import annotations

from typing import Any
from typing import ClassVar

from lxml.html import HtmlElement

from auditor import ui_words
from auditor import vanity as vanity_rules
from auditor.dom import Selector
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.model import FACTS
from auditor.model import Activity
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import cards as sel
from auditor.text import parse_count


class CardsLayout:
    """A logged-in 2022-2025 page: what its profile, /details/ and /recent-activity/ pages
    read alike.

    A subclass sets ``NAME``, ``KIND`` (and ``NOT_HERE`` for a page that shows only some
    facts) and defines ``detect`` and ``extract``; the era label (``LABEL`` in the other
    families) depends on each page's markup, so each layout tells it.
    """

    NAME: ClassVar[str]
    KIND: ClassVar[PageKind]
    NOT_HERE: ClassVar[str] = ""  # why a fact is unknown on a page that never shows it

    def detect(self, page: Page) -> bool:
        """Whether the page is of this layout (positive evidence only)."""
        raise NotImplementedError

    def extract(self, page: Page) -> Profile:
        """Read the facts of a page ``detect`` accepted."""
        raise NotImplementedError

    def profile(self, label: str, facts: dict[str, Any], unknown: dict[str, str]) -> Profile:
        """The Profile of the page's facts, with this layout's page kind and the era label
        its markup tells (in-2022 ... in-2025)."""
        return Profile(kind=self.KIND, layout=label, unknown=unknown, **facts)

    def not_here(self, facts: dict[str, Any]) -> dict[str, str]:
        """Every fact the page did not give, with why: this kind of page does not show it."""
        return {name: self.NOT_HERE for name in FACTS if facts.get(name) is None}

    def photo(self, scope: HtmlElement, selector: Selector) -> bool | None:
        """Whether the photo the selector finds is the member's (a blank src is the ghost)."""
        return shows_real_image(find(scope, selector), blank_is_ghost=True)

    def link_vanity(self, scope: HtmlElement, selector: Selector) -> str | None:
        """The vanity in the member's own profile link the selector finds (None: no link)."""
        link = find(scope, selector)
        return vanity_rules.from_url(link.get("href")) if link is not None else None

    def name_from_title(self, title: str) -> str | None:
        """The name in a "<Section> | <Name> | LinkedIn" title (a /details/ page's)."""
        parts = [part.strip() for part in title.split(sel.TITLE_SEPARATOR)]
        return parts[-2] if len(parts) >= 3 and parts[-1] == sel.TITLE_BRAND else None

    def read_position(self, item: HtmlElement) -> Position:
        """Title, company, company link and description of a position item (grouped or not)."""
        roles = [sub for sub in find_all(item, sel.SUB_ITEMS) if sub is not item]
        titles = [visible_text(e) for e in find_all(item, sel.POSITION_TITLE)]
        # A company group's roles are entries of their own: the first is the current one.
        entry = roles[0] if roles else item
        if roles:
            # A company group: the bold line is the company, the first role holds the title.
            role_titles = [visible_text(e) for e in find_all(entry, sel.POSITION_TITLE)]
            title = role_titles[0] if role_titles else None
            company = titles[0] if titles else None
        else:
            title = titles[0] if titles else None
            subtitle = value(item, sel.POSITION_SUBTITLE)
            company = subtitle.split(" · ")[0].strip() if subtitle else None
        return Position(
            title=title,
            company=company or None,
            company_linked=find(item, sel.ITEM_COMPANY_LINK) is not None,
            has_description=self._has_description(entry),
        )

    def _has_description(self, entry: HtmlElement) -> bool | None:
        """Whether a position entry shows a description: True when one is found; False only
        when every text of the entry lies in its header block (no text is left that could
        be one); else unknown. Classes this version knows are no evidence of absence: the
        2022-03 /details/experience/ pages print descriptions in markup the profile cards
        of the same date do not use."""
        if find(entry, sel.POSITION_DESCRIPTION) is not None:
            return True
        return False if self._only_header_text(entry) else None

    def _only_header_text(self, entry: HtmlElement) -> bool:
        """Whether every text of a position entry (a role, for a group) lies in its header
        block (title, company, dates, location) or its "Skills:" link: then it shows no
        description, whatever its classes."""
        header = find(entry, sel.POSITION_HEADER)
        title = find(entry, sel.POSITION_TITLE)
        if header is None or title is None or not _inside(title, header):
            return False
        return all(_inside(element, header) for element in find_all(entry, sel.POSITION_TEXTS))

    def read_skill(self, item: HtmlElement) -> Skill | None:
        """One skill item (card or /details/ list): its name and, where shown, its endorsements."""
        name = value(item, sel.SKILL_NAME)
        if not name:
            return None
        counts = (parse_count(visible_text(e)) for e in find_all(item, sel.SKILL_ENDORSEMENTS))
        return Skill(name=name, endorsements=next((n for n in counts if n is not None), None))

    def read_activity(
        self, scope: HtmlElement, updates: list[HtmlElement], lang: str | None
    ) -> Activity:
        """Posts, articles and the empty state, from a card or an activity page's feed."""
        # The empty-state words matter only without updates; reading a whole feed is costly.
        text = "" if updates else visible_text(scope)
        pill_texts = [visible_text(p) for p in find_all(scope, sel.ACTIVITY_PILLS)]
        pills = " ".join(pill_texts)
        overflow = find(scope, sel.ACTIVITY_PILL_OVERFLOW) is not None
        tabs = {_tab(link.get("href") or "") for link in find_all(scope, sel.ACTIVITY_LINKS)} - {""}
        not_posted = ui_words.has("not_posted", text, lang) and not updates
        if not_posted:
            return Activity(has_posts=False, has_articles=False, not_posted=True)
        commented_only = bool(tabs) and tabs <= sel.COMMENT_TABS and not pills
        has_posts = bool(updates) and not commented_only
        articles: bool | None = ui_words.has("articles", pills, lang) or bool(
            tabs & sel.ARTICLE_TABS
        )
        if not articles and overflow:
            articles = None  # an Articles pill may sit behind the unopened "More" menu
        unread = [p for p in pill_texts if not ui_words.has("other_pills", p, lang)]
        if not articles and any(not ui_words.has("articles", p, lang) for p in unread):
            articles = None  # a pill in words this version does not know may be Articles
        # No update and no empty-state words: the card's message is in words this version
        # does not know (another UI language), so whether it says "hasn't posted" is unknown.
        empty_unread = (
            not updates and not commented_only and not ui_words.has("articles", pills, lang)
        )
        # With no update found and no words read, "no posts" is not shown either: the updates
        # may be in markup this version does not know (a new build's classes).
        return Activity(
            has_posts=None if empty_unread else has_posts,
            has_articles=articles,
            not_posted=None if empty_unread else False,
        )


def _tab(href: str) -> str:
    """The tab a /recent-activity/<tab>/ link opens ("all", "comments", ...)."""
    _, _, rest = href.partition(sel.RECENT_ACTIVITY_PATH)
    return rest.split("/")[0].split("?")[0]


def _inside(element: HtmlElement, block: HtmlElement) -> bool:
    """Whether an element is the block or lies in it."""
    return element is block or any(parent is block for parent in element.iterancestors())
