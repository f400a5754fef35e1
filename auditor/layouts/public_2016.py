"""Layout public_2016: the logged-out profile served Dec 2015-2016 (``public_profile_v3``).

Seen 2015-12 to 2016-09. Often saved as a "fizzy" stream: the file starts with
``<script src=.../fz-1.3.8-min.js>`` and has no leading doctype, which lxml parses fine.
Its pageKey equals the 2017-2025 one, so detection needs ``section#topcard`` + ``h1#name``.
A section the page does not show may be hidden from guests: unknown, not missing.
"""

from __future__ import annotations

import re

import lxml.html

from auditor import totals
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import run
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

NAME = "public_2016"
LAYOUT = "public-2016"


def detect(page: Page) -> bool:
    """Whether the page is a Dec 2015-2016 guest profile (section#topcard with h1#name)."""
    return named_card(page, sel.P16_TOP_CARD, sel.P16_NAME) is not None


def extract(page: Page) -> Profile:
    """Read the facts a guest sees on a Dec 2015-2016 public profile."""
    card = named_card(page, sel.P16_TOP_CARD, sel.P16_NAME)
    assert card is not None  # detect() said so
    sections = {s.get("id", ""): s for s in find_all(page.root, sel.P16_SECTIONS)}
    unknown: dict[str, str] = {}

    connections = parse_connections(value(card, sel.P16_CONNECTIONS))
    if connections is None:
        unknown["connections"] = "no connections count on this top card (influencers show none)"
    about = _about(sections.get("summary"))
    experience = sections.get("experience")
    items = find_all(experience, sel.P16_POSITIONS) if experience is not None else []
    education = sections.get("education")
    skills, skills_total = _skills(sections.get("skills"))
    recommendations = parse_count(value(card, sel.P16_RECOMMENDATIONS))
    posts = sections.get("posts")
    articles = bool(find_all(posts, sel.P16_ARTICLES)) if posts is not None else False
    mark_hidden(
        unknown,
        {
            "about": about,
            "positions": experience,
            "current_position": experience,
            "education": education,
            "skills": skills,
            "skills_total": skills_total,
            "recommendations_received": recommendations,
        },
    )
    if skills is not None and skills_total is None:
        unknown["skills_total"] = totals.behind_button("skills_total", len(skills))
    if not articles:
        unknown["activity"] = "guests see only published articles, and none are shown"
    not_on_old_guest_pages(unknown, "2015-2016", "2016")

    slug = page_vanity(page, sel.CANONICAL)
    return Profile(
        kind=PageKind.PUBLIC_PROFILE,
        layout=LAYOUT,
        ui_language=_language(page),
        url=page.url or value(page.root, sel.CANONICAL),
        name=value(card, sel.P16_NAME),
        headline=value(card, sel.P16_HEADLINE) or "",
        about=about,
        photo=_photo(card),
        vanity=slug,
        custom_url=vanity_rules.is_custom(slug),
        location=value(card, sel.P16_LOCATION),
        industry=value(card, sel.P16_INDUSTRY),
        connections=connections,
        current_position=_current(items) if experience is not None else None,
        positions=len(items) if experience is not None else None,
        education=len(find_all(education, sel.P16_EDUCATION)) if education is not None else None,
        skills_total=skills_total,
        skills=skills,
        recommendations_received=recommendations,
        activity=Activity(has_articles=True) if articles else None,
        unknown=unknown,
    )


_LANG = re.compile(r"""<html[^>]*\blang=["']?([A-Za-z]{2})""")


def _language(page: Page) -> str | None:
    """The UI language: <html lang>, or the conditional-comment copy a fizzy stream keeps."""
    if page.lang:
        return None  # parse._complete reads <html lang>
    for comment in run(page.root, sel.HTML_LANG_COMMENTS):
        match = _LANG.search(comment.text or "")
        if match:
            return match.group(1).lower()
    return None


def _photo(card: lxml.html.HtmlElement) -> bool | None:
    """Real photo from the lazy img.photo; the card says .no-picture when there is none."""
    img = find(card, sel.P16_PHOTO_IMG)
    if img is not None:
        return shows_real_image(img, blank_is_ghost=True)
    profile_card = find(card, sel.P16_PROFILE_CARD)
    if profile_card is not None and sel.P16_NO_PICTURE_CLASS in (profile_card.get("class") or ""):
        return False
    return None


def _about(section: lxml.html.HtmlElement | None) -> About | None:
    """The Summary text; None when guests are shown no Summary section."""
    if section is None:
        return None
    description = find(section, sel.P16_SUMMARY)
    return About.of(visible_text(description) if description is not None else "")


def _current(items: list[lxml.html.HtmlElement]) -> Position | None:
    """The first current position (data-section=currentPositionsDetails), else the latest."""
    if not items:
        return None
    current = [i for i in items if i.get(sel.SECTION_ATTRIBUTE) == sel.P16_CURRENT_SECTION]
    item = (current or items)[0]
    return Position(
        title=value(item, sel.P16_POSITION_TITLE),
        company=value(item, sel.P16_POSITION_COMPANY),
        company_linked=find(item, sel.P16_POSITION_COMPANY_LINK) is not None,
        has_description=value(item, sel.P16_POSITION_DESCRIPTION) is not None,
    )


def _skills(section: lxml.html.HtmlElement | None) -> tuple[list[Skill] | None, int | None]:
    """The skill pills and the total: pills before "See N+" plus N (all pills otherwise)."""
    if section is None:
        return None, None
    pills = find_all(section, sel.P16_SKILLS)
    named = value_each(section, pills, sel.P16_SKILL_NAME)
    names = (n or visible_text(p) for p, n in zip(pills, named, strict=True))
    skills = [Skill(name=n) for n in names if n]
    if find(section, sel.P16_SKILLS_MORE) is None:
        return skills, len(skills)  # no "See N+": every skill is listed
    more = parse_count(value(section, sel.P16_SKILLS_MORE))
    if more is None:
        return skills, None  # "See more" without its number: the total is not stated
    shown = [p for p in pills if "extra" not in (p.get("class") or "").split()]
    return skills, len(shown) + more
