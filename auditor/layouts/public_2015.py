"""Layout public_2015: the logged-out profile served 2014-2015 (``nprofile_v2_public_fs``).

Seen 2015-09/10: a ``div#top-card`` plus a "Background" column of ``div#background-*``
sections. Skills show 15 pills and a "See N+" toggle (the rest are present as hidden
``.extra-skill`` pills). The recommendation count is only in the overview row
``tr#overview-recommendation-count``: the hidden ``#recommendations`` shell is there
either way, so a page without the row says nothing (unknown).
"""

from __future__ import annotations

import lxml.html

from auditor import totals
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import value_each
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._public import mark_hidden
from auditor.layouts._public import named_card
from auditor.layouts._public import not_on_old_guest_pages
from auditor.layouts._public import page_vanity
from auditor.model import About
from auditor.model import Activity
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import public as sel
from auditor.text import parse_connections
from auditor.text import parse_count

NAME = "public_2015"
LAYOUT = "public-2015"


def detect(page: Page) -> bool:
    """Whether the page is a 2014-2015 guest profile (div#top-card with a #name block)."""
    return named_card(page, sel.P15_TOP_CARD, sel.P15_NAME) is not None


def extract(page: Page) -> Profile:
    """Read the facts a guest sees on a 2014-2015 public profile."""
    card = named_card(page, sel.P15_TOP_CARD, sel.P15_NAME)
    assert card is not None  # detect() said so
    background = find(page.root, sel.P15_BACKGROUND)
    unknown: dict[str, str] = {}

    summary = find(background, sel.P15_SUMMARY) if background is not None else None
    about = About.of(visible_text(summary)) if summary is not None else None
    experience = find_all(background, sel.P15_POSITIONS) if background is not None else []
    education = find_all(background, sel.P15_EDUCATION) if background is not None else []
    skills_box = find(background, sel.P15_SKILLS_BOX) if background is not None else None
    skills, skills_total = _skills(skills_box)
    recommendations = parse_count(value(card, sel.P15_RECOMMENDATIONS))
    articles = bool(find_all(page.root, sel.P15_ARTICLES))
    mark_hidden(
        unknown,
        {
            "about": about,
            "positions": experience or None,
            "current_position": experience or None,
            "education": education or None,
            "skills": skills,
            "skills_total": skills_total,
            "recommendations_received": recommendations,
        },
    )
    if skills is not None and skills_total is None:
        unknown["skills_total"] = totals.behind_button("skills_total", len(skills))
    if not articles:
        unknown["activity"] = "guests see only published articles, and none are shown"
    not_on_old_guest_pages(unknown, "2015", "2015")

    slug = page_vanity(page, sel.CANONICAL)
    img = find(card, sel.P15_PHOTO_IMG)
    return Profile(
        kind=PageKind.PUBLIC_PROFILE,
        layout=LAYOUT,
        url=page.url or value(page.root, sel.CANONICAL),
        name=value(card, sel.P15_NAME),
        headline=value(card, sel.P15_HEADLINE) or "",
        about=about,
        photo=shows_real_image(img, blank_is_ghost=True),
        vanity=slug,
        custom_url=vanity_rules.is_custom(slug),
        location=value(card, sel.P15_LOCATION),
        industry=value(card, sel.P15_INDUSTRY),
        connections=parse_connections(value(card, sel.P15_CONNECTIONS)),
        current_position=_current(experience),
        positions=len(experience) or None,
        education=len(education) or None,
        skills_total=skills_total,
        skills=skills,
        recommendations_received=recommendations,
        activity=Activity(has_articles=True) if articles else None,
        unknown=unknown,
    )


def _current(items: list[lxml.html.HtmlElement]) -> Position | None:
    """The first current position (.current-position), else the latest one."""
    if not items:
        return None
    current = [i for i in items if find(i, sel.P15_CURRENT) is not None]
    item = (current or items)[0]
    return Position(
        title=value(item, sel.P15_POSITION_TITLE),
        company=value(item, sel.P15_POSITION_COMPANY),
        company_linked=find(item, sel.P15_POSITION_COMPANY_LINK) is not None,
        has_description=value(item, sel.P15_POSITION_DESCRIPTION) is not None,
    )


def _skills(box: lxml.html.HtmlElement | None) -> tuple[list[Skill] | None, int | None]:
    """The skill pills and the total: pills before "See N+" plus N (all pills otherwise)."""
    if box is None:
        return None, None
    pills = find_all(box, sel.P15_SKILLS)
    skills = []
    for name in value_each(box, pills, sel.P15_SKILL_NAME):
        if name:
            # Guests saw no endorsement counts on 2015 pages: unknown, not zero.
            skills.append(Skill(name=name, endorsements=None))
    more_text = value(box, sel.P15_SKILLS_MORE)
    if more_text is None:
        return skills, len(skills)  # no "See N+": every skill is listed
    more = parse_count(more_text)
    if more is None:
        return skills, None  # "See more" without its number: the total is not stated
    shown = [p for p in pills if sel.P15_EXTRA_SKILL_CLASS not in (p.get("class") or "").split()]
    return skills, len(shown) + more
