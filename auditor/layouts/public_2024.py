"""Layout public_2024: the logged-out profile served 2017-2025 (``top-card-layout``).

Seen 2024-03 (pageKey ``public_profile_v3_desktop``, the same key as the Dec-2015 pages,
so detection relies on ``h1.top-card-layout__title``). Guests see no Skills section and
no endorsement counts; the member may hide photo, headline and About from guests, so an
absent section is unknown, never missing. Older variants of the same page are read too:
2019-2023 print the subline as ``top-card__subline-item`` runs and name some sections
only by class (``pp-section experience``), and 2017-2018 pages have a ``topcard`` block
(``h1.topcard__name``). A section that is shown always lists something, so a shown
section whose items are not recognised is unknown, not empty. The helpers at the end
are shared by the older public layouts.
"""

from __future__ import annotations

from urllib.parse import unquote

import lxml.html

from auditor import ui_words
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._public import GIVEN
from auditor.layouts._public import HIDDEN
from auditor.layouts._public import ROUNDED_RUN
from auditor.layouts._public import find_links
from auditor.layouts._public import is_count_run
from auditor.layouts._public import texts_of
from auditor.layouts._public import top_card_counts
from auditor.layouts._public import vanity_of
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.page import Page
from auditor.selectors import public as sel
from auditor.text import parse_count

NAME = "public_2024"
LAYOUT = "public-2024"

SNIPPETS = (
    "the public page shows {shown} recommendation snippets and no count; the total is on"
    " the member's profile (Recommendations)"
)
ROUNDED = 'guests see the follower count rounded ("6K followers"), not the number'
UNREAD = "the {name} section is shown, but its entries are in markup this version cannot read"
UNKNOWN_WORDS = "the top card's counts are in words this version does not know"
NO_SKILLS = "public pages since 2017 show no Skills section: audit the logged-in profile"


def detect(page: Page) -> bool:
    """Whether the page is a 2017-2025 guest profile (a top-card-layout with its h1)."""
    # Guest company and school pages share the top-card-layout: the address tells.
    address = page.canonical or page.meta.get("og:url") or page.url
    if address and sel.LINKEDIN_HOST_MARK in address and vanity_rules.from_url(address) is None:
        return False
    card = find(page.root, sel.P24_TOP_CARD)
    if card is None or find(card, sel.P24_NAME) is None:
        return False
    # A body-only guest company or job page has no address to tell; its top card does.
    return find(card, sel.P24_OTHER_ENTITY) is None


def _section_key(section: lxml.html.HtmlElement) -> str:
    """A section's name: its data-section, else the first known name among its classes."""
    key: str = section.get(sel.SECTION_ATTRIBUTE) or ""
    if key:
        return key
    classes = (section.get("class") or "").split()
    return next((sel.P24_SECTION_CLASSES[c] for c in classes if c in sel.P24_SECTION_CLASSES), "")


def extract(page: Page) -> Profile:
    """Read the facts a guest sees on a 2017-2025 public profile."""
    card = find(page.root, sel.P24_TOP_CARD)
    assert card is not None  # detect() said so
    all_sections = [s for s in find_all(page.root, sel.P24_SECTIONS) if _section_key(s)]
    sections = {_section_key(s): s for s in reversed(all_sections)}  # first wins
    unknown: dict[str, str] = {}
    facts: dict[str, object] = {}

    facts["name"] = value(card, sel.P24_NAME)
    facts["headline"] = value(card, sel.P24_HEADLINE)
    if facts["headline"] is None:
        unknown["headline"] = HIDDEN
    location, counts = _subline(card, page.lang)
    facts["location"] = location or value(card, sel.P24_LOCATION)
    facts["photo"] = _photo(card)
    facts["banner"] = _banner(card)
    facts["connections"], facts["followers"] = counts
    rows = texts_of(find_all(card, sel.P24_SUBLINE_ROWS))
    # A row starting with a number that no word list names: a UI language not known.
    unread = any(r[:1].isdigit() and not is_count_run(r) for r in rows)
    if counts[0] is None:
        unknown["connections"] = UNKNOWN_WORDS if unread else HIDDEN
    if counts[1] is None:
        rounded = any(ROUNDED_RUN.match(r) and ui_words.has("followers", r, None) for r in rows)
        unknown["followers"] = ROUNDED if rounded else UNKNOWN_WORDS if unread else HIDDEN
    facts["about"] = _about(sections.get("summary"))
    if facts["about"] is None:
        unknown["about"] = HIDDEN

    experience = sections.get("experience")
    items = find_all(experience, sel.P24_POSITIONS) if experience is not None else []
    # A shown section lists at least one entry: none recognised means unknown, not zero.
    facts["positions"] = len(items) or None
    facts["current_position"] = _position(items[0]) if items else None
    if experience is None:
        unknown["positions"] = unknown["current_position"] = HIDDEN
    elif not items:
        unknown["positions"] = unknown["current_position"] = UNREAD.format(name="Experience")
    education = sections.get("educationsDetails")
    entries = len(find_all(education, sel.P24_EDUCATION)) if education is not None else 0
    facts["education"] = entries or None
    if education is None:
        unknown["education"] = HIDDEN
    elif not entries:
        unknown["education"] = UNREAD.format(name="Education")

    unknown["skills_total"] = unknown["skills"] = NO_SKILLS
    section = sections.get("recommendations")
    facts["recommendations_received"] = _recommendations(section)
    if facts["recommendations_received"] is None:
        unknown["recommendations_received"] = HIDDEN
        if section is not None and (shown := len(find_all(section, sel.P24_RECOMMENDATION_ITEMS))):
            unknown["recommendations_received"] = SNIPPETS.format(shown=shown)
    unknown["recommendations_given"] = GIVEN
    facts["activity"] = _activity(page, sections, all_sections)
    if facts["activity"] is None:
        unknown["activity"] = "guests see no post or article by the member (likes at most)"
    unknown["open_to_work"] = unknown["creator"] = "public pages do not show it"
    unknown["featured"] = "public pages show no Featured section"
    facts["industry"] = value(card, sel.P24_INDUSTRY)  # 2017-2018 only
    if facts["industry"] is None:
        unknown["industry"] = "public pages since 2019 do not print the industry"

    slug = vanity_of(page.url) or vanity_of(value(page.root, sel.CANONICAL))
    return Profile(
        kind=PageKind.PUBLIC_PROFILE,
        layout=LAYOUT,
        url=page.url or value(page.root, sel.CANONICAL),
        vanity=slug,
        custom_url=vanity_rules.is_custom(slug),
        unknown=unknown,
        **facts,  # type: ignore[arg-type]
    )


def _subline(
    card: lxml.html.HtmlElement, lang: str | None
) -> tuple[str | None, tuple[Connections | None, int | None]]:
    """Location and (connections, followers) from the first subline's middot rows."""
    location: str | None = None
    connections: Connections | None = None
    followers: int | None = None
    for row in find_all(card, sel.P24_SUBLINE_ROWS):
        # A 2024 row holds spans; a 2019-2023 subline item is itself one run.
        runs = texts_of(find_all(row, sel.P24_ROW_TEXT)) or texts_of([row])
        row_connections, row_followers = top_card_counts(runs, lang)
        if row_connections is None and row_followers is None:
            if runs and not is_count_run(runs[0]):  # a rounded "6K followers" is no place
                location = location or runs[0]
        connections = connections if connections is not None else row_connections
        followers = followers if followers is not None else row_followers
    return location, (connections, followers)


def _photo(card: lxml.html.HtmlElement) -> bool | None:
    """Real photo unless the image shows its own ghost URL (the --real-image class lies)."""
    img = find(card, sel.P24_PHOTO_IMG)
    if img is None:
        return None
    return shows_real_image(img, blank_is_ghost=True)


def _banner(card: lxml.html.HtmlElement) -> bool | None:
    """Custom cover when the cover image comes from the media host, default otherwise."""
    img = find(card, sel.P24_COVER_IMG)
    return shows_real_image(img)


def _about(section: lxml.html.HtmlElement | None) -> About | None:
    """The About text; None when guests are shown no About section."""
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


def _position(item: lxml.html.HtmlElement) -> Position:
    """Title, company, company link and description of one experience entry."""
    company = value(item, sel.P24_POSITION_COMPANY) or value(item, sel.P24_GROUP_COMPANY)
    linked = find(item, sel.P24_POSITION_COMPANY_LINK) is not None or (
        find(item, sel.P24_GROUP_COMPANY_LINK) is not None
    )
    return Position(
        title=value(item, sel.P24_POSITION_TITLE),
        company=company,
        company_linked=linked,
        # No description is known only in an item whose markup was read (its title found
        # by class); in an item of a build whose classes are new, a missing match says nothing.
        has_description=value(item, sel.P24_POSITION_DESCRIPTION) is not None
        or (False if find(item, sel.P24_POSITION_KNOWN) is not None else None),
    )


def _recommendations(section: lxml.html.HtmlElement | None) -> int | None:
    """The "N people have recommended X" count (None when the line is missing)."""
    if section is None:
        return None
    # Only the "N people have recommended X" line states the count: the snippets under
    # it are a sample, so counting them would turn "shown" into "total".
    return parse_count(value(section, sel.P24_RECOMMENDERS))


def _activity(
    page: Page,
    sections: dict[str, lxml.html.HtmlElement],
    all_sections: list[lxml.html.HtmlElement],
) -> Activity | None:
    """What the Activity cards show: own posts (/posts/<vanity>_), articles (/pulse/)."""
    posts = [s for s in all_sections if s.get(sel.SECTION_ATTRIBUTE) == sel.P24_POSTS_SECTION]
    articles = sections.get("articles")
    if not posts and articles is None:
        return None
    slug = vanity_of(value(page.root, sel.CANONICAL)) or vanity_of(page.url)
    links = [h for s in posts for h in find_links(s, sel.P24_ACTIVITY_LINKS)]
    own = slug is not None and any(
        f"{sel.POSTS_PATH}{slug.lower()}_" in unquote(h).lower() for h in links
    )
    has_articles = articles is not None and bool(find_all(articles, sel.P24_ARTICLE_ITEMS))
    has_articles = has_articles or any(sel.PULSE_PATH in h for h in links)
    if not own and not has_articles:
        return None  # guests see a sample of likes and posts: only what is seen is a fact
    return Activity(has_posts=True if own else None, has_articles=True if has_articles else None)
