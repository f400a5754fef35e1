"""Layout public_2013: the logged-out hResume profile served until 2014.

Seen 2013-05 (pageKey ``nprofile-public-success``): ``div#content.hresume`` with a
masthead vcard, an overview ``dl#overview`` and ``div#profile-*`` sections whose
headings read "<Name>'s Summary/Experience/Skills & Expertise". All skills are in the
DOM (the hidden ``.extra-skill`` ones too). There is no canonical link: the member's
public URL appears on their own name in publication/project author lists.
"""

from __future__ import annotations

import lxml.html

from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import value_each
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._public import Guest
from auditor.layouts._public import PublicLayout
from auditor.layouts._public import never_shown
from auditor.layouts._public import vanity_of
from auditor.model import Connections
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import public as sel
from auditor.text import clean
from auditor.text import parse_connections
from auditor.text import parse_count


class Public2013(PublicLayout):
    """The 2013 hResume guest profile: a masthead card inside div#content.hresume."""

    NAME = "public_2013"
    LABEL = "public-2013"
    TOP_CARD = sel.P13_CONTENT
    MEMBER_NAME = sel.P13_NAME
    HEADLINE = sel.P13_HEADLINE
    LOCATION = sel.P13_LOCATION
    INDUSTRY = sel.P13_INDUSTRY
    SUMMARY = sel.P13_SUMMARY
    POSITIONS = sel.P13_POSITIONS
    POSITION_TITLE = sel.P13_POSITION_TITLE
    POSITION_COMPANY = sel.P13_POSITION_COMPANY
    POSITION_COMPANY_LINK = sel.P13_POSITION_COMPANY_LINK
    POSITION_DESCRIPTION = sel.P13_POSITION_DESCRIPTION
    EDUCATION = sel.P13_EDUCATION
    NO_ACTIVITY = "public pages of 2013 show no activity"
    NOT_SHOWN = never_shown("2013", "2013") | {
        "recommendations_received": "no recommendation count on this 2013 public page"
    }

    def guest(self, page: Page) -> Guest:
        """The masthead vcard (else the whole content) is the card; content the body."""
        content = self.top_card(page)
        assert content is not None  # detect() said so
        masthead = find(content, sel.P13_MASTHEAD)
        return Guest(page, masthead if masthead is not None else content, body=content)

    def photo(self, guest: Guest) -> bool | None:
        """Real photo unless the picture box holds LinkedIn's no-photo icon."""
        box = find(guest.card, sel.P13_PHOTO_BOX)
        if box is None:
            return None
        img = find(box, sel.P13_PHOTO_IMG)
        return shows_real_image(img, blank_is_ghost=True) if img is not None else False

    def counts(
        self, guest: Guest, unknown: dict[str, str]
    ) -> tuple[Connections | None, int | None]:
        """Connections from the overview list (beside the masthead, not in it)."""
        assert guest.body is not None
        return parse_connections(value(guest.body, sel.P13_CONNECTIONS)), None

    def is_current(self, item: lxml.html.HtmlElement) -> bool:
        """A current position has the class summary-current."""
        return sel.P13_CURRENT_CLASS in (item.get("class") or "").split()

    def skills(self, guest: Guest) -> tuple[list[Skill] | None, int | None]:
        """Every skill bean (hidden extras included) and the "View All (N) Skills" total."""
        content = guest.body
        assert content is not None
        beans = find_all(content, sel.P13_SKILLS)
        if not beans:
            return None, None
        named = value_each(content, beans, sel.P13_SKILL_NAME)
        names = (n or visible_text(b) for b, n in zip(beans, named, strict=True))
        skills = [Skill(name=n) for n in names if n]
        stated = parse_count(value(content, sel.P13_SKILLS_ALL))
        return skills, stated if stated is not None and stated >= len(skills) else len(skills)

    def vanity(self, guest: Guest, unknown: dict[str, str]) -> str | None:
        """The address's or canonical's vanity, else the member's public URL on their own
        name in an author/team list (2013 pages have no canonical link)."""
        slug = super().vanity(guest, unknown) or self.self_link(guest)
        if slug is None:
            unknown["vanity"] = "no canonical link and no self link on this page: pass the page URL"
        return slug

    def self_link(self, guest: Guest) -> str | None:
        """The member's public URL, read from their own name in an author/team list."""
        name = value(guest.card, self.MEMBER_NAME)
        if not name or guest.body is None:
            return None
        for link in find_all(guest.body, sel.P13_SELF_LINKS):
            if clean(link.text_content()) == name:
                return vanity_of(link.get("href"))
        return None


layout = Public2013()
