"""Layout public_2015: the logged-out profile served 2014-2015 (``nprofile_v2_public_fs``).

Seen 2015-09/10: a ``div#top-card`` plus a "Background" column of ``div#background-*``
sections. Skills show 15 pills and a "See N+" toggle (the rest are present as hidden
``.extra-skill`` pills). The recommendation count is only in the overview row
``tr#overview-recommendation-count``: the hidden ``#recommendations`` shell is there
either way, so a page without the row says nothing (unknown).
"""

from __future__ import annotations

import lxml.html

from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import value_each
from auditor.layouts._public import Guest
from auditor.layouts._public import PublicLayout
from auditor.layouts._public import never_shown
from auditor.model import Activity
from auditor.page import Page
from auditor.selectors import public as sel


class Public2015(PublicLayout):
    """The 2014-2015 guest profile: div#top-card and the div#background sections."""

    NAME = "public_2015"
    LABEL = "public-2015"
    TOP_CARD = sel.P15_TOP_CARD
    MEMBER_NAME = sel.P15_NAME
    HEADLINE = sel.P15_HEADLINE
    LOCATION = sel.P15_LOCATION
    INDUSTRY = sel.P15_INDUSTRY
    PHOTO_IMG = sel.P15_PHOTO_IMG
    CONNECTIONS = sel.P15_CONNECTIONS
    RECOMMENDATIONS = sel.P15_RECOMMENDATIONS
    SUMMARY = sel.P15_SUMMARY
    POSITIONS = sel.P15_POSITIONS
    POSITION_TITLE = sel.P15_POSITION_TITLE
    POSITION_COMPANY = sel.P15_POSITION_COMPANY
    POSITION_COMPANY_LINK = sel.P15_POSITION_COMPANY_LINK
    POSITION_DESCRIPTION = sel.P15_POSITION_DESCRIPTION
    EDUCATION = sel.P15_EDUCATION
    SKILLS = sel.P15_SKILLS
    SKILL_NAME = sel.P15_SKILL_NAME
    SKILLS_MORE = sel.P15_SKILLS_MORE
    EXTRA_SKILL_CLASS = sel.P15_EXTRA_SKILL_CLASS
    NOT_SHOWN = never_shown("2015", "2015")

    def guest(self, page: Page) -> Guest:
        """The top card, and div#background as the body of the sections."""
        return Guest(page, super().guest(page).card, body=find(page.root, sel.P15_BACKGROUND))

    def is_current(self, item: lxml.html.HtmlElement) -> bool:
        """A current position has the class current-position."""
        return find(item, sel.P15_CURRENT) is not None

    def skills_box(self, guest: Guest) -> lxml.html.HtmlElement | None:
        """The div#background-skills section."""
        return find(guest.body, sel.P15_SKILLS_BOX) if guest.body is not None else None

    def skill_names(
        self, box: lxml.html.HtmlElement, pills: list[lxml.html.HtmlElement]
    ) -> list[str | None]:
        """Each pill's name span (a pill without one is no skill)."""
        return value_each(box, pills, sel.P15_SKILL_NAME)

    def more_skills(self, box: lxml.html.HtmlElement) -> str | None:
        """The "See N+" text; the toggle is read only when it has one."""
        return value(box, sel.P15_SKILLS_MORE)

    def activity(self, guest: Guest) -> Activity | None:
        """The member's published (Pulse) articles, the only activity guests see."""
        articles = bool(find_all(guest.page.root, sel.P15_ARTICLES))
        return Activity(has_articles=True) if articles else None


layout = Public2015()
