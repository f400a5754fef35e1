"""Layout in-2018: the logged-in Ember profile of 2018 (``section.pv-top-card-section``).

The DOM gives the top card and the sections; the embedded Voyager JSON
(``identity/profiles/<vanity>/profileView`` and ``/networkinfo``) gives what the DOM
hides: paging totals (skills when collapsed, positions), followers, the full summary.
That JSON is used only once its request names the owner (see ``auditor.embedded``).
The section readers, shared with in-2021 (which kept these ``pv-*`` sections), are in
``auditor.layouts._ember``.
"""

from __future__ import annotations

from typing import Any

import lxml.html

from auditor import embedded
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
from auditor.text import clean
from auditor.text import parse_connections

NAME = "in_2018"
LAYOUT = "in-2018"


def detect(page: Page) -> bool:
    """Whether the page has the 2018 top card and its h1 name."""
    top = find(page.root, sel.TOP_CARD_2018)
    return top is not None and find(top, sel.NAME_2018) is not None


def extract(page: Page) -> Profile:
    """Read the facts of a 2018 logged-in profile page."""
    root = page.root
    top = find(root, sel.TOP_CARD_2018)
    assert top is not None  # detect() checked it
    unknown: dict[str, str] = {}
    name = value(top, sel.NAME_2018)
    found = embedded.responses(embedded.code_blocks(root))
    owner = owner_vanity(root, found, name)
    view = embedded.owner_response(found, owner, "profileView")
    network = embedded.owner_response(found, owner, "networkinfo")
    profile_json = _profile_entity(view.body) if view else None

    skills, skills_total = read_skills(page, view.body if view else None, unknown)
    received, given = read_recommendations(page, unknown, pending=False)
    activity, followers = read_activity(page, unknown, pending=False)
    if followers is None and network is not None:
        # Early 2018 pages print no follower count; networkinfo has it (seen 2018-02/05).
        count = embedded.dig(network.body, "data", "followersCount")
        followers = count if isinstance(count, int) else None
    if followers is None:
        unknown["followers"] = "no follower count on this page and no owner's networkinfo JSON"
    positions, current = read_experience(root, unknown)
    if view is not None:
        positions = embedded.paging_total(view.body, "positionView") or positions
    education = read_education(root, unknown)
    if view is not None:
        education = embedded.paging_total(view.body, "educationView") or education
    industry = _text(profile_json, "industryName")
    if industry is None:
        unknown["industry"] = "the 2018 top card does not print the industry"
    unknown.setdefault("featured", "the Featured section did not exist in the 2018 layout")
    unknown.setdefault("open_to_work", "the 2018 layout has no open-to-work frame")
    unknown.setdefault("creator", "creator mode did not exist in 2018")
    return Profile(
        kind=PageKind.PROFILE,
        layout=LAYOUT,
        name=name,
        headline=value(top, sel.HEADLINE_2018) or "",
        about=_about(top, profile_json),
        photo=shows_real_image(find(top, sel.PHOTO_2018), blank_is_ghost=True, empty_is_ghost=True),
        banner=read_banner(root),
        vanity=owner,
        custom_url=vanity_rules.is_custom(owner),
        location=value(top, sel.LOCATION_2018),
        industry=industry,
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
        unknown=unknown,
    )


def owner_vanity(
    root: lxml.html.HtmlElement,
    found: list[embedded.Response],
    name: str | None,
) -> str | None:
    """The owner's vanity: the contact-info link, else a profileView naming the shown member.

    The ``/voyager/api/me`` response is the viewer and is never used here.
    """
    for selector in (sel.CONTACT_INFO, sel.VANITY_LINK_2018):
        for match in find_all(root, selector):
            href = match if isinstance(match, str) else match.get("href")
            slug = vanity_rules.from_url(href)
            if slug:
                return slug
    # No link in the DOM (early 2018): accept the profileView request only when the
    # profile it returns carries the name the top card shows (so not a stale response).
    for member in embedded.members(found, "profileView"):
        response = embedded.owner_response(found, member, "profileView")
        profile = _profile_entity(response.body) if response else None
        full = clean(f"{_text(profile, 'firstName') or ''} {_text(profile, 'lastName') or ''}")
        if name and full == name:
            return member
    return None


def _profile_entity(body: Any) -> dict[str, Any] | None:
    """The Profile entity of a profileView body."""
    data = embedded.dig(body, "data", "profile")
    return embedded.entity(body, data)


def _text(data: dict[str, Any] | None, key: str) -> str | None:
    """A cleaned non-empty string field of a JSON entity, or None."""
    raw = data.get(key) if data else None
    return clean(raw) or None if isinstance(raw, str) else None


def _about(top: lxml.html.HtmlElement, profile_json: dict[str, Any] | None) -> About:
    """The summary: the owner's JSON (never truncated), else the DOM text, else none."""
    summary = _text(profile_json, "summary")
    if summary:
        return About.of(summary)
    paragraph = find(top, sel.SUMMARY_2018)
    return About.of(clamped_text(paragraph) if paragraph is not None else "")


def _connections(top: lxml.html.HtmlElement) -> Connections | None:
    """The connections count ("500+" kept) from the top card."""
    for selector in sel.CONNECTIONS_2018:
        element = find(top, selector)
        if element is not None:
            count = parse_connections(visible_text(element))
            if count is not None:
                return count
    return None
