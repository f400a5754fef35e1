"""Layout public_2013: the logged-out hResume profile served until 2014.

Seen 2013-05 (pageKey ``nprofile-public-success``): ``div#content.hresume`` with a
masthead vcard, an overview ``dl#overview`` and ``div#profile-*`` sections whose
headings read "<Name>'s Summary/Experience/Skills & Expertise". All skills are in the
DOM (the hidden ``.extra-skill`` ones too). There is no canonical link: the member's
public URL appears on their own name in publication/project author lists.
"""

from __future__ import annotations

import lxml.html

from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import value_each
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._public import GIVEN
from auditor.layouts._public import mark_hidden
from auditor.layouts._public import named_card
from auditor.layouts._public import vanity_of
from auditor.model import About
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import public as sel
from auditor.text import clean
from auditor.text import parse_connections
from auditor.text import parse_count

NAME = "public_2013"
LAYOUT = "public-2013"


def detect(page: Page) -> bool:
    """Whether the page is a 2013 hResume guest profile (div#content.hresume + span#name)."""
    return named_card(page, sel.P13_CONTENT, sel.P13_NAME) is not None


def extract(page: Page) -> Profile:
    """Read the facts a guest sees on a 2013 public profile."""
    content = named_card(page, sel.P13_CONTENT, sel.P13_NAME)
    assert content is not None  # detect() said so
    masthead = find(content, sel.P13_MASTHEAD)
    card = masthead if masthead is not None else content
    unknown: dict[str, str] = {}

    name = value(card, sel.P13_NAME)
    summary = find(content, sel.P13_SUMMARY)
    about = About.of(visible_text(summary)) if summary is not None else None
    experience = find_all(content, sel.P13_POSITIONS)
    education = find_all(content, sel.P13_EDUCATION)
    skills, skills_total = _skills(content)
    mark_hidden(
        unknown,
        {
            "about": about,
            "positions": experience or None,
            "current_position": experience or None,
            "education": education or None,
            "skills": skills,
            "skills_total": skills_total,
        },
    )
    unknown["recommendations_received"] = "no recommendation count on this 2013 public page"
    unknown["recommendations_given"] = GIVEN
    unknown["banner"] = "public pages of 2013 show no background image"
    unknown["followers"] = "public pages of 2013 print no follower count"
    unknown["activity"] = "public pages of 2013 show no activity"
    unknown["featured"] = unknown["open_to_work"] = unknown["creator"] = "not on 2013 public pages"

    slug = (
        vanity_of(page.url)
        or vanity_of(value(page.root, sel.CANONICAL))
        or _self_link(content, name)
    )
    if slug is None:
        unknown["vanity"] = "no canonical link and no self link on this page: pass the page URL"
    return Profile(
        kind=PageKind.PUBLIC_PROFILE,
        layout=LAYOUT,
        url=page.url,
        name=name,
        headline=value(card, sel.P13_HEADLINE) or "",
        about=about,
        photo=_photo(card),
        vanity=slug,
        custom_url=vanity_rules.is_custom(slug),
        location=value(card, sel.P13_LOCATION),
        industry=value(card, sel.P13_INDUSTRY),
        connections=parse_connections(value(content, sel.P13_CONNECTIONS)),
        current_position=_current(experience),
        positions=len(experience) or None,
        education=len(education) or None,
        skills_total=skills_total,
        skills=skills,
        unknown=unknown,
    )


def _photo(card: lxml.html.HtmlElement) -> bool | None:
    """Real photo unless the picture box holds LinkedIn's no-photo icon."""
    box = find(card, sel.P13_PHOTO_BOX)
    if box is None:
        return None
    img = find(box, sel.P13_PHOTO_IMG)
    return shows_real_image(img, blank_is_ghost=True) if img is not None else False


def _current(items: list[lxml.html.HtmlElement]) -> Position | None:
    """The first current position (.summary-current), else the latest one."""
    if not items:
        return None
    current = [i for i in items if sel.P13_CURRENT_CLASS in (i.get("class") or "").split()]
    item = (current or items)[0]
    return Position(
        title=value(item, sel.P13_POSITION_TITLE),
        company=value(item, sel.P13_POSITION_COMPANY),
        company_linked=find(item, sel.P13_POSITION_COMPANY_LINK) is not None,
        has_description=value(item, sel.P13_POSITION_DESCRIPTION) is not None,
    )


def _skills(content: lxml.html.HtmlElement) -> tuple[list[Skill] | None, int | None]:
    """Every skill bean (hidden extras included) and the "View All (N) Skills" total."""
    beans = find_all(content, sel.P13_SKILLS)
    if not beans:
        return None, None
    named = value_each(content, beans, sel.P13_SKILL_NAME)
    names = (n or visible_text(b) for b, n in zip(beans, named, strict=True))
    skills = [Skill(name=n) for n in names if n]
    stated = parse_count(value(content, sel.P13_SKILLS_ALL))
    return skills, stated if stated is not None and stated >= len(skills) else len(skills)


def _self_link(content: lxml.html.HtmlElement, name: str | None) -> str | None:
    """The member's public URL, read from their own name in an author/team list."""
    if not name:
        return None
    for link in find_all(content, sel.P13_SELF_LINKS):
        if clean(link.text_content()) == name:
            return vanity_of(link.get("href"))
    return None
