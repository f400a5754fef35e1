"""Layout public_2016: the logged-out profile served Dec 2015-2016 (``public_profile_v3``).

Seen 2015-12 to 2016-09. Often saved as a "fizzy" stream: the file starts with
``<script src=.../fz-1.3.8-min.js>`` and has no leading doctype, which lxml parses fine.
Its pageKey equals the 2017-2025 one, so detection needs ``section#topcard`` + ``h1#name``.
A section the page does not show may be hidden from guests: unknown, not missing.
"""

from __future__ import annotations

import re

import lxml.html

from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import run
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._public import Guest
from auditor.layouts._public import PublicLayout
from auditor.layouts._public import never_shown
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.page import Page
from auditor.selectors import public as sel
from auditor.text import parse_connections

_LANG = re.compile(r"""<html[^>]*\blang=["']?([A-Za-z]{2})""")


class Public2016(PublicLayout):
    """The Dec 2015-2016 guest profile: section#topcard and sections by id."""

    NAME = "public_2016"
    LABEL = "public-2016"
    TOP_CARD = sel.P16_TOP_CARD
    MEMBER_NAME = sel.P16_NAME
    HEADLINE = sel.P16_HEADLINE
    LOCATION = sel.P16_LOCATION
    INDUSTRY = sel.P16_INDUSTRY
    RECOMMENDATIONS = sel.P16_RECOMMENDATIONS
    POSITION_TITLE = sel.P16_POSITION_TITLE
    POSITION_COMPANY = sel.P16_POSITION_COMPANY
    POSITION_COMPANY_LINK = sel.P16_POSITION_COMPANY_LINK
    POSITION_DESCRIPTION = sel.P16_POSITION_DESCRIPTION
    SKILLS = sel.P16_SKILLS
    SKILL_NAME = sel.P16_SKILL_NAME
    SKILLS_MORE = sel.P16_SKILLS_MORE
    EXTRA_SKILL_CLASS = sel.P16_EXTRA_SKILL_CLASS
    NOT_SHOWN = never_shown("2015-2016", "2016")

    def guest(self, page: Page) -> Guest:
        """The top card, and the sections of div#profile by their id."""
        sections = {s.get("id", ""): s for s in find_all(page.root, sel.P16_SECTIONS)}
        return Guest(page, super().guest(page).card, sections=sections)

    def ui_language(self, guest: Guest) -> str | None:
        """<html lang>, or the conditional-comment copy a fizzy stream keeps."""
        if guest.page.lang:
            return None  # parse._complete reads <html lang>
        for comment in run(guest.page.root, sel.HTML_LANG_COMMENTS):
            match = _LANG.search(comment.text or "")
            if match:
                return match.group(1).lower()
        return None

    def counts(
        self, guest: Guest, unknown: dict[str, str]
    ) -> tuple[Connections | None, int | None]:
        """Connections; influencers' top cards show none."""
        connections = parse_connections(value(guest.card, sel.P16_CONNECTIONS))
        if connections is None:
            unknown["connections"] = "no connections count on this top card (influencers show none)"
        return connections, None

    def photo(self, guest: Guest) -> bool | None:
        """Real photo from the lazy img.photo; the card says .no-picture when there is none."""
        img = find(guest.card, sel.P16_PHOTO_IMG)
        if img is not None:
            return shows_real_image(img, blank_is_ghost=True)
        card = find(guest.card, sel.P16_PROFILE_CARD)
        if card is not None and sel.P16_NO_PICTURE_CLASS in (card.get("class") or ""):
            return False
        return None

    def about(self, guest: Guest) -> About | None:
        """The Summary text; None when guests are shown no Summary section."""
        section = guest.sections.get(sel.SUMMARY_SECTION)
        if section is None:
            return None
        description = find(section, sel.P16_SUMMARY)
        return About.of(visible_text(description) if description is not None else "")

    def positions(
        self, guest: Guest, unknown: dict[str, str]
    ) -> list[lxml.html.HtmlElement] | None:
        """The entries of the Experience section (none listed: 0), None without it."""
        section = guest.sections.get(sel.EXPERIENCE_SECTION)
        return find_all(section, sel.P16_POSITIONS) if section is not None else None

    def is_current(self, item: lxml.html.HtmlElement) -> bool:
        """A current position says data-section=currentPositionsDetails."""
        return item.get(sel.SECTION_ATTRIBUTE) == sel.P16_CURRENT_SECTION

    def education(self, guest: Guest, unknown: dict[str, str]) -> int | None:
        """The entries of the Education section, None without it."""
        section = guest.sections.get(sel.P16_EDUCATION_SECTION)
        return len(find_all(section, sel.P16_EDUCATION)) if section is not None else None

    def skills_box(self, guest: Guest) -> lxml.html.HtmlElement | None:
        """The Skills section."""
        return guest.sections.get(sel.P16_SKILLS_SECTION)

    def activity(self, guest: Guest) -> Activity | None:
        """The member's published articles (the Posts section), all guests see."""
        posts = guest.sections.get(sel.P16_POSTS_SECTION)
        articles = bool(find_all(posts, sel.P16_ARTICLES)) if posts is not None else False
        return Activity(has_articles=True) if articles else None


layout = Public2016()
