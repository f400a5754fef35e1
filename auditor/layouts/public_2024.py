"""Layout public_2024: the logged-out profile served 2017-2025 (``top-card-layout``).

Seen 2024-03 (pageKey ``public_profile_v3_desktop``, the same key as the Dec-2015 pages,
so detection relies on ``h1.top-card-layout__title``). Guests see no Skills section and
no endorsement counts; the member may hide photo, headline and About from guests, so an
absent section is unknown, never missing. Older variants of the same page are read too:
2019-2023 print the subline as ``top-card__subline-item`` runs and name some sections
only by class (``pp-section experience``), and 2017-2018 pages have a ``topcard`` block
(``h1.topcard__name``). A section that is shown always lists something, so a shown
section whose items are not recognised is unknown, not empty.
"""

from __future__ import annotations

from urllib.parse import unquote

import lxml.html

from auditor import ui_words
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import run
from auditor.dom import texts
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._public import GIVEN
from auditor.layouts._public import HIDDEN
from auditor.layouts._public import ROUNDED_RUN
from auditor.layouts._public import Guest
from auditor.layouts._public import PublicLayout
from auditor.layouts._public import is_count_run
from auditor.layouts._public import top_card_counts
from auditor.layouts._public import vanity_of
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.model import Position
from auditor.page import Page
from auditor.selectors import common
from auditor.selectors import public as sel
from auditor.text import parse_count

SNIPPETS = (
    "the public page shows {shown} recommendation snippets and no count; the total is on"
    " the member's profile (Recommendations)"
)
ROUNDED = 'guests see the follower count rounded ("6K followers"), not the number'
UNREAD = "the {name} section is shown, but its entries are in markup this version cannot read"
UNKNOWN_WORDS = "the top card's counts are in words this version does not know"
NO_SKILLS = "public pages since 2017 show no Skills section: audit the logged-in profile"
NOT_PUBLIC = "public pages do not show it"


class Public2024(PublicLayout):
    """The 2017-2025 guest profile: the top-card-layout section and named sections."""

    NAME = "public_2024"
    LABEL = "public-2024"
    TOP_CARD = sel.P24_TOP_CARD
    MEMBER_NAME = sel.P24_NAME
    PHOTO_IMG = sel.P24_PHOTO_IMG
    HIDDEN_FROM_GUESTS = (
        "headline",
        "about",
        "positions",
        "current_position",
        "education",
        "recommendations_received",
    )
    NO_ACTIVITY = "guests see no post or article by the member (likes at most)"
    NOT_SHOWN = {
        "skills_total": NO_SKILLS,
        "skills": NO_SKILLS,
        "recommendations_given": GIVEN,
        "open_to_work": NOT_PUBLIC,
        "creator": NOT_PUBLIC,
        "featured": "public pages show no Featured section",
    }

    def detect(self, page: Page) -> bool:
        """Whether the page is a 2017-2025 guest profile (a top-card-layout with its h1)."""
        # Guest company and school pages share the top-card-layout: the address tells.
        address = page.canonical or page.meta.get(common.OG_URL) or page.url
        if address and sel.LINKEDIN_HOST_MARK in address and vanity_rules.from_url(address) is None:
            return False
        card = find(page.root, sel.P24_TOP_CARD)
        if card is None or find(card, sel.P24_NAME) is None:
            return False
        # A body-only guest company or job page has no address to tell; its top card does.
        return find(card, sel.P24_OTHER_ENTITY) is None

    def guest(self, page: Page) -> Guest:
        """The top card, and the sections by data-section (or class): the first wins."""
        card = find(page.root, sel.P24_TOP_CARD)
        assert card is not None  # detect() said so
        all_sections = [s for s in find_all(page.root, sel.P24_SECTIONS) if _section_key(s)]
        sections = {_section_key(s): s for s in reversed(all_sections)}
        return Guest(page, card, sections=sections, all_sections=all_sections)

    def headline(self, guest: Guest, unknown: dict[str, str]) -> str | None:
        """The headline; None when the member hides it from guests."""
        return value(guest.card, sel.P24_HEADLINE)

    def location(self, guest: Guest) -> str | None:
        """The subline's place, else the 2017-2018 location heading."""
        return _subline(guest.card)[0] or value(guest.card, sel.P24_LOCATION)

    def banner(self, guest: Guest) -> bool | None:
        """Custom cover when the cover image comes from the media host, default otherwise."""
        return shows_real_image(find(guest.card, sel.P24_COVER_IMG))

    def industry(self, guest: Guest, unknown: dict[str, str]) -> str | None:
        """The industry, printed on 2017-2018 top cards only."""
        industry = value(guest.card, sel.P24_INDUSTRY)
        if industry is None:
            unknown["industry"] = "public pages since 2019 do not print the industry"
        return industry

    def counts(
        self, guest: Guest, unknown: dict[str, str]
    ) -> tuple[Connections | None, int | None]:
        """Connections and followers from the subline; a count in words no list knows, or
        rounded ("6K followers"), is unknown with that reason."""
        connections, followers = _subline(guest.card)[1]
        rows = texts(find_all(guest.card, sel.P24_SUBLINE_ROWS))
        # A row starting with a number that no word list names: a UI language not known.
        unread = any(r[:1].isdigit() and not is_count_run(r) for r in rows)
        if connections is None:
            unknown["connections"] = UNKNOWN_WORDS if unread else HIDDEN
        if followers is None:
            rounded = any(ROUNDED_RUN.match(r) and ui_words.has("followers", r, None) for r in rows)
            unknown["followers"] = ROUNDED if rounded else UNKNOWN_WORDS if unread else HIDDEN
        return connections, followers

    def about(self, guest: Guest) -> About | None:
        """The About text; None when guests are shown no About section."""
        section = guest.sections.get(sel.SUMMARY_SECTION)
        if section is None:
            return None
        content = find(section, sel.P24_SUMMARY)
        if content is not None:
            return About.of(visible_text(content))
        # Unknown markup: the section's text after its heading (a shown About is never empty).
        text = visible_text(section)
        for heading in find_all(section, sel.P24_SECTION_HEADING):
            title = visible_text(heading)
            if title and text.startswith(title):
                text = text[len(title) :].strip()
                break
        return About.of(text) if text else None

    def positions(
        self, guest: Guest, unknown: dict[str, str]
    ) -> list[lxml.html.HtmlElement] | None:
        """The Experience entries; a shown section lists at least one, so none recognised
        is unknown, not zero."""
        section = guest.sections.get(sel.EXPERIENCE_SECTION)
        items = find_all(section, sel.P24_POSITIONS) if section is not None else []
        if section is not None and not items:
            unknown["positions"] = unknown["current_position"] = UNREAD.format(name="Experience")
        return items or None

    def position(self, item: lxml.html.HtmlElement) -> Position:
        """Title, company (a grouped role's from its group), company link and description."""
        company = value(item, sel.P24_POSITION_COMPANY) or value(item, sel.P24_GROUP_COMPANY)
        linked = find(item, sel.P24_POSITION_COMPANY_LINK) is not None or (
            find(item, sel.P24_GROUP_COMPANY_LINK) is not None
        )
        return Position(
            title=value(item, sel.P24_POSITION_TITLE),
            company=company,
            company_linked=linked,
            # No description is known only in an item whose markup was read (its title
            # found by class); in an item of a build whose classes are new, a missing
            # match says nothing.
            has_description=value(item, sel.P24_POSITION_DESCRIPTION) is not None
            or (False if find(item, sel.P24_POSITION_KNOWN) is not None else None),
        )

    def education(self, guest: Guest, unknown: dict[str, str]) -> int | None:
        """The Education entries; none recognised in a shown section is unknown."""
        section = guest.sections.get(sel.P24_EDUCATION_SECTION)
        entries = len(find_all(section, sel.P24_EDUCATION)) if section is not None else 0
        if section is not None and not entries:
            unknown["education"] = UNREAD.format(name="Education")
        return entries or None

    def recommendations(self, guest: Guest, unknown: dict[str, str]) -> int | None:
        """The "N people have recommended X" count; the snippets under it are a sample,
        so counting them would turn "shown" into "total"."""
        section = guest.sections.get(sel.P24_RECOMMENDATIONS_SECTION)
        if section is None:
            return None
        count = parse_count(value(section, sel.P24_RECOMMENDERS))
        if count is None and (shown := len(find_all(section, sel.P24_RECOMMENDATION_ITEMS))):
            unknown["recommendations_received"] = SNIPPETS.format(shown=shown)
        return count

    def activity(self, guest: Guest) -> Activity | None:
        """What the Activity cards show: own posts (/posts/<vanity>_), articles (/pulse/)."""
        posts = [
            s for s in guest.all_sections if s.get(sel.SECTION_ATTRIBUTE) == sel.P24_POSTS_SECTION
        ]
        articles = guest.sections.get(sel.P24_ARTICLES_SECTION)
        if not posts and articles is None:
            return None
        root = guest.page.root
        slug = vanity_of(value(root, sel.CANONICAL)) or vanity_of(guest.page.url)
        links = [h for s in posts for h in _first_links(s, sel.P24_ACTIVITY_LINKS)]
        own = slug is not None and any(
            f"{sel.POSTS_PATH}{slug.lower()}_" in unquote(h).lower() for h in links
        )
        has_articles = articles is not None and bool(find_all(articles, sel.P24_ARTICLE_ITEMS))
        has_articles = has_articles or any(sel.PULSE_PATH in h for h in links)
        if not own and not has_articles:
            return None  # guests see a sample of likes and posts: only what is seen is a fact
        return Activity(
            has_posts=True if own else None, has_articles=True if has_articles else None
        )


def _section_key(section: lxml.html.HtmlElement) -> str:
    """A section's name: its data-section, else the first known name among its classes."""
    key: str = section.get(sel.SECTION_ATTRIBUTE) or ""
    if key:
        return key
    classes = (section.get("class") or "").split()
    return next((sel.P24_SECTION_CLASSES[c] for c in classes if c in sel.P24_SECTION_CLASSES), "")


def _subline(
    card: lxml.html.HtmlElement,
) -> tuple[str | None, tuple[Connections | None, int | None]]:
    """Location and (connections, followers) from the first subline's middot rows."""
    location: str | None = None
    connections: Connections | None = None
    followers: int | None = None
    for row in find_all(card, sel.P24_SUBLINE_ROWS):
        # A 2024 row holds spans; a 2019-2023 subline item is itself one run.
        runs = texts(find_all(row, sel.P24_ROW_TEXT)) or texts([row])
        row_connections, row_followers = top_card_counts(runs, None)
        if row_connections is None and row_followers is None:
            if runs and not is_count_run(runs[0]):  # a rounded "6K followers" is no place
                location = location or runs[0]
        connections = connections if connections is not None else row_connections
        followers = followers if followers is not None else row_followers
    return location, (connections, followers)


def _first_links(node: lxml.html.HtmlElement, selector: tuple[str, ...]) -> list[str]:
    """The hrefs of the first fallback that finds any."""
    for expr in selector:
        found = [str(h) for h in run(node, expr)]
        if found:
            return found
    return []


layout = Public2024()
