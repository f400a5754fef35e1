"""What every public (logged-out) layout shares, 2013-2025: ``PublicLayout``, whose
``extract`` reads each fact through a method a layout may override, and the guests'
reasons for what a page does not show; plus the subline's count runs and the vanity of
a public URL.

A public layout module is a subclass that names its selectors (class attributes) and
overrides only the readers its markup differs in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from typing import ClassVar
from urllib.parse import unquote

import lxml.html

from auditor import totals
from auditor import ui_words
from auditor import vanity as vanity_rules
from auditor.dom import Selector
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import value_each
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import public as sel
from auditor.text import parse_connections
from auditor.text import parse_count

HIDDEN = "not shown to guests (absent, or hidden by the member from logged-out viewers)"
GIVEN = "public pages show only the recommendations received"
NO_ARTICLES = "guests see only published articles, and none are shown"


@dataclass(frozen=True)
class Guest:
    """What the readers of one guest page read: the top card and the page's parts."""

    page: Page
    card: lxml.html.HtmlElement  # the top card (name, headline, photo, counts)
    body: lxml.html.HtmlElement | None = None  # the block holding the sections, if any
    sections: dict[str, lxml.html.HtmlElement] = field(default_factory=dict)  # by name
    all_sections: list[lxml.html.HtmlElement] = field(default_factory=list)  # in order


def never_shown(years: str, year: str) -> dict[str, str]:
    """What the 2013-2016 guest pages never show: banner, followers, recommendations
    given, Featured, open to work and creator mode (``years``/``year``: their era)."""
    era = f"not on {year} public pages"
    return {
        "banner": f"public pages of {years} show no background image",
        "followers": f"public pages of {years} print no follower count",
        "recommendations_given": GIVEN,
        "featured": era,
        "open_to_work": era,
        "creator": era,
    }


class PublicLayout:
    """A guest profile layout. ``extract`` reads every fact with the methods below; the
    defaults read the 2013-2016 markup through the class's selectors, so a layout sets
    its selectors and overrides only what its markup does differently."""

    NAME: ClassVar[str]  # the registry's name (public_2015)
    LABEL: ClassVar[str]  # the era the report names (public-2015)

    # The top card, and the member's name in it: both present tell the layout's pages.
    TOP_CARD: ClassVar[Selector]
    MEMBER_NAME: ClassVar[Selector]
    HEADLINE: ClassVar[Selector]
    LOCATION: ClassVar[Selector]
    INDUSTRY: ClassVar[Selector]
    PHOTO_IMG: ClassVar[Selector]
    CONNECTIONS: ClassVar[Selector]
    RECOMMENDATIONS: ClassVar[Selector | None] = None  # the received count, if printed
    SUMMARY: ClassVar[Selector]
    POSITIONS: ClassVar[Selector]
    POSITION_TITLE: ClassVar[Selector]
    POSITION_COMPANY: ClassVar[Selector]
    POSITION_COMPANY_LINK: ClassVar[Selector]
    POSITION_DESCRIPTION: ClassVar[Selector]
    EDUCATION: ClassVar[Selector]
    SKILLS: ClassVar[Selector]  # the skill pills
    SKILL_NAME: ClassVar[str]  # a pill's name, relative to the pill
    SKILLS_MORE: ClassVar[Selector]  # the "See N+" toggle
    EXTRA_SKILL_CLASS: ClassVar[str]  # the class of a pill behind "See N+"

    # Facts a member may hide from guests: absent means unknown, never none.
    HIDDEN_FROM_GUESTS: ClassVar[tuple[str, ...]] = (
        "about",
        "positions",
        "current_position",
        "education",
        "skills",
        "skills_total",
        "recommendations_received",
    )
    NO_ACTIVITY: ClassVar[str] = NO_ARTICLES  # why no activity is known
    NOT_SHOWN: ClassVar[dict[str, str]]  # the facts this era never shows, and why

    def detect(self, page: Page) -> bool:
        """Whether the page has this layout's top card with the member's name in it."""
        return self.top_card(page) is not None

    def top_card(self, page: Page) -> lxml.html.HtmlElement | None:
        """The element ``TOP_CARD`` selects when it holds the member's name, else None."""
        element = find(page.root, self.TOP_CARD)
        return (
            element if element is not None and find(element, self.MEMBER_NAME) is not None else None
        )

    def guest(self, page: Page) -> Guest:
        """The top card and parts of a page ``detect`` accepted."""
        card = self.top_card(page)
        assert card is not None  # detect() said so
        return Guest(page, card, body=card)

    def extract(self, page: Page) -> Profile:
        """Read the facts a guest sees; what the page does not show is unknown, with why."""
        guest = self.guest(page)
        unknown: dict[str, str] = {}
        connections, followers = self.counts(guest, unknown)
        items = self.positions(guest, unknown)
        skills, skills_total = self.skills(guest)
        facts: dict[str, Any] = {
            "ui_language": self.ui_language(guest),
            "name": value(guest.card, self.MEMBER_NAME),
            "headline": self.headline(guest, unknown),
            "about": self.about(guest),
            "photo": self.photo(guest),
            "banner": self.banner(guest),
            "location": self.location(guest),
            "industry": self.industry(guest, unknown),
            "connections": connections,
            "followers": followers,
            "current_position": self.current(items) if items else None,
            "positions": len(items) if items is not None else None,
            "education": self.education(guest, unknown),
            "skills_total": skills_total,
            "skills": skills,
            "recommendations_received": self.recommendations(guest, unknown),
            "activity": self.activity(guest),
        }
        # The reasons in this order: a profile that knows its UI language (2016 fizzy
        # pages) keeps them unsorted in its document.
        for fact in self.HIDDEN_FROM_GUESTS:
            if facts[fact] is None:
                unknown.setdefault(fact, HIDDEN)
        if skills is not None and skills_total is None:
            unknown["skills_total"] = totals.behind_button("skills_total", len(skills))
        if facts["activity"] is None:
            unknown["activity"] = self.NO_ACTIVITY
        unknown.update(self.NOT_SHOWN)
        slug = self.vanity(guest, unknown)
        return Profile(
            kind=PageKind.PUBLIC_PROFILE,
            layout=self.LABEL,
            url=guest.page.url or value(guest.page.root, sel.CANONICAL),
            vanity=slug,
            custom_url=vanity_rules.is_custom(slug),
            unknown=unknown,
            **facts,
        )

    # --- the readers, one per fact (None: not shown) ---------------------------------

    def ui_language(self, guest: Guest) -> str | None:
        """The UI language when the page hides it from <html lang> (None: read there)."""
        return None

    def headline(self, guest: Guest, unknown: dict[str, str]) -> str | None:
        """The headline ("" when the card shows none)."""
        return value(guest.card, self.HEADLINE) or ""

    def about(self, guest: Guest) -> About | None:
        """The Summary text; None when guests are shown no Summary."""
        summary = find(guest.body, self.SUMMARY) if guest.body is not None else None
        return About.of(visible_text(summary)) if summary is not None else None

    def photo(self, guest: Guest) -> bool | None:
        """Real photo unless the top card's image is LinkedIn's ghost."""
        return shows_real_image(find(guest.card, self.PHOTO_IMG), blank_is_ghost=True)

    def banner(self, guest: Guest) -> bool | None:
        """A custom background image (None: the era shows none to guests)."""
        return None

    def location(self, guest: Guest) -> str | None:
        """The location line of the top card."""
        return value(guest.card, self.LOCATION)

    def industry(self, guest: Guest, unknown: dict[str, str]) -> str | None:
        """The industry line of the top card."""
        return value(guest.card, self.INDUSTRY)

    def counts(
        self, guest: Guest, unknown: dict[str, str]
    ) -> tuple[Connections | None, int | None]:
        """Connections ("500+" kept) and followers (None: guests see no follower count)."""
        return parse_connections(value(guest.card, self.CONNECTIONS)), None

    def positions(
        self, guest: Guest, unknown: dict[str, str]
    ) -> list[lxml.html.HtmlElement] | None:
        """The Experience entries; None when guests are shown none."""
        items = find_all(guest.body, self.POSITIONS) if guest.body is not None else []
        return items or None

    def is_current(self, item: lxml.html.HtmlElement) -> bool:
        """Whether an Experience entry is marked current (the first entry stands in else)."""
        return False

    def current(self, items: list[lxml.html.HtmlElement]) -> Position | None:
        """The first current position, else the latest one."""
        current = [item for item in items if self.is_current(item)]
        return self.position((current or items)[0])

    def position(self, item: lxml.html.HtmlElement) -> Position:
        """Title, company, company link and description of one Experience entry."""
        return Position(
            title=value(item, self.POSITION_TITLE),
            company=value(item, self.POSITION_COMPANY),
            company_linked=find(item, self.POSITION_COMPANY_LINK) is not None,
            has_description=value(item, self.POSITION_DESCRIPTION) is not None,
        )

    def education(self, guest: Guest, unknown: dict[str, str]) -> int | None:
        """The number of education entries; None when guests are shown none."""
        items = find_all(guest.body, self.EDUCATION) if guest.body is not None else []
        return len(items) or None

    def skills_box(self, guest: Guest) -> lxml.html.HtmlElement | None:
        """The Skills section, None when guests are shown none."""
        return None

    def skill_names(
        self, box: lxml.html.HtmlElement, pills: list[lxml.html.HtmlElement]
    ) -> list[str | None]:
        """The name of each skill pill (None: a pill without one)."""
        named = value_each(box, pills, self.SKILL_NAME)
        return [n or visible_text(p) for p, n in zip(pills, named, strict=True)]

    def more_skills(self, box: lxml.html.HtmlElement) -> str | None:
        """The text of the "See N+" toggle ("" without text); None when there is none."""
        if find(box, self.SKILLS_MORE) is None:
            return None
        return value(box, self.SKILLS_MORE) or ""

    def skills(self, guest: Guest) -> tuple[list[Skill] | None, int | None]:
        """The skill pills and the total: pills before "See N+" plus N (all pills when
        there is no "See N+"; None when it states no number)."""
        box = self.skills_box(guest)
        if box is None:
            return None, None
        pills = find_all(box, self.SKILLS)
        # Guests saw no endorsement counts on these pages: unknown, not zero.
        skills = [Skill(name=name) for name in self.skill_names(box, pills) if name]
        more_text = self.more_skills(box)
        if more_text is None:
            return skills, len(skills)  # no "See N+": every skill is listed
        more = parse_count(more_text)
        if more is None:
            return skills, None  # "See more" without its number: the total is not stated
        shown = [p for p in pills if self.EXTRA_SKILL_CLASS not in (p.get("class") or "").split()]
        return skills, len(shown) + more

    def recommendations(self, guest: Guest, unknown: dict[str, str]) -> int | None:
        """The count of recommendations received, where the top card prints it."""
        if self.RECOMMENDATIONS is None:
            return None
        return parse_count(value(guest.card, self.RECOMMENDATIONS))

    def activity(self, guest: Guest) -> Activity | None:
        """What guests see of the member's activity (None: nothing)."""
        return None

    def vanity(self, guest: Guest, unknown: dict[str, str]) -> str | None:
        """The vanity of the page's address, else of its canonical link."""
        return vanity_of(guest.page.url) or vanity_of(value(guest.page.root, sel.CANONICAL))


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
