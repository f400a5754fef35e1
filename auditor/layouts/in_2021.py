"""Layout in-2021: the logged-in Ember profile of early 2021 (``section.pv-top-card``, no h1).

The name is the first item of ``ul.pv-top-card--list``; location and connections are
in ``ul.pv-top-card--list-bullet``. Sections below the fold sit in deferred areas:
``div.pv-deferred-area--pending`` is one LinkedIn had not loaded when the page was
saved (seen Feb 2021: Skills, Recommendations, Accomplishments), so what it would
hold is unknown, never missing. The 2018 section readers still apply to the rest.
"""

from __future__ import annotations

import lxml.html

from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.layouts._ember import clamped_text
from auditor.layouts._ember import read_activity
from auditor.layouts._ember import read_banner
from auditor.layouts._ember import read_education
from auditor.layouts._ember import read_experience
from auditor.layouts._ember import read_recommendations
from auditor.layouts._ember import read_skills
from auditor.model import About
from auditor.model import Connections
from auditor.model import PageKind
from auditor.model import Profile
from auditor.page import Page
from auditor.selectors import ember as sel
from auditor.text import parse_connections

NAME = "in_2021"
LAYOUT = "in-2021"


def detect(page: Page) -> bool:
    """Whether the page has the 2021 top card (and not the 2022+ cards' h1 name)."""
    if find(page.root, sel.LIST_BULLET_2021) is None:
        return False
    # 2022-2025 pages still carry ul.pv-top-card--list-bullet; their h1 marks them.
    if find(page.root, sel.H1_CARDS) is not None:
        return False
    return find(page.root, sel.TOP_CARD_2021) is not None


def extract(page: Page) -> Profile:
    """Read the facts of an early-2021 logged-in profile page."""
    root = page.root
    top = find(root, sel.TOP_CARD_2021)
    assert top is not None  # detect() checked it
    unknown: dict[str, str] = {}
    pending = find(root, sel.DEFERRED_PENDING) is not None
    slug = _vanity(root)
    skills, skills_total = read_skills(page, None, unknown, pending=pending)
    received, given = read_recommendations(page, unknown, pending=pending)
    activity, followers = read_activity(page, unknown, pending=pending)
    if followers is None:
        unknown["followers"] = "no follower count on this page"
    positions, current = read_experience(root, unknown)
    education = read_education(root, unknown)
    featured = None
    if find(root, sel.FEATURED) is not None:
        featured = True
    elif pending:
        unknown["featured"] = "part of the page did not load (lazy sections): audit again"
    else:
        # No saved 2021 page has a Featured section: its absence proves nothing.
        unknown["featured"] = "no Featured section on this page, and its 2021 markup is unconfirmed"
    unknown["industry"] = "the 2021 top card does not print the industry"
    unknown.setdefault("open_to_work", "no open-to-work frame seen in the 2021 layout")
    unknown.setdefault("creator", "creator mode is not shown in the 2021 layout")
    return Profile(
        kind=PageKind.PROFILE,
        layout=LAYOUT,
        name=value(top, sel.NAME_2021),
        headline=value(top, sel.HEADLINE_2021) or "",
        about=_about(page),
        photo=shows_real_image(find(top, sel.PHOTO_2021), blank_is_ghost=True, empty_is_ghost=True),
        banner=read_banner(root),
        vanity=slug,
        custom_url=vanity_rules.is_custom(slug),
        location=value(top, sel.LOCATION_2021),
        connections=_connections(top),
        followers=followers,
        current_position=current,
        positions=positions,
        education=education,
        skills_total=skills_total,
        skills=skills,
        recommendations_received=received,
        recommendations_given=given,
        activity=activity,
        featured=featured,
        unknown=unknown,
    )


def _vanity(root: lxml.html.HtmlElement) -> str | None:
    """The owner's vanity from the top card's contact-info link."""
    for link in find_all(root, sel.CONTACT_INFO):
        slug = vanity_rules.from_url(link.get("href"))
        if slug:
            return slug
    return None


def _about(page: Page) -> About:
    """The About text; the About card is not deferred, so its absence means none."""
    section = find(page.root, sel.ABOUT_2021)
    paragraph = find(section, sel.ABOUT_TEXT_2021) if section is not None else None
    return About.of(clamped_text(paragraph) if paragraph is not None else "")


def _connections(top: lxml.html.HtmlElement) -> Connections | None:
    """The connections count ("500+" kept) from the bullet list."""
    element = find(top, sel.CONNECTIONS_2021)
    return parse_connections(visible_text(element)) if element is not None else None
