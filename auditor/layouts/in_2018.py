"""Layout in-2018: the logged-in Ember profile of 2018 (``section.pv-top-card-section``).

The DOM gives the top card and the sections; the embedded Voyager JSON
(``identity/profiles/<vanity>/profileView`` and ``/networkinfo``) gives what the DOM
hides: paging totals (skills when collapsed, positions), followers, the full summary.
That JSON is used only once its request names the owner (see ``auditor.embedded``).
The section readers here are shared with in-2021, which kept these ``pv-*`` sections.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

import lxml.html

from auditor import embedded
from auditor import totals
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import real_image
from auditor.images import shows_real_image
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.page import element_index
from auditor.selectors import ember as sel
from auditor.text import clean
from auditor.text import parse_connections
from auditor.text import parse_count

NAME = "in_2018"
LAYOUT = "in-2018"


def detect(page: Page) -> bool:
    """Whether the page has the 2018 top card and its h1 name."""
    top = find(page.root, sel.TOP_CARD_2018, **page.index)
    return top is not None and find(top, sel.NAME_2018) is not None


def extract(page: Page) -> Profile:
    """Read the facts of a 2018 logged-in profile page."""
    root = page.root
    top = find(root, sel.TOP_CARD_2018, **page.index)
    assert top is not None  # detect() checked it
    unknown: dict[str, str] = {}
    name = value(top, sel.NAME_2018)
    found = embedded.responses(embedded.code_blocks(root, page.index))
    owner = owner_vanity(root, found, name, page.index)
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
        photo=read_photo(top, sel.PHOTO_2018),
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
    index: Mapping[str, Sequence[lxml.html.HtmlElement]] | None = None,
) -> str | None:
    """The owner's vanity: the contact-info link, else a profileView naming the shown member.

    The ``/voyager/api/me`` response is the viewer and is never used here. ``index`` is
    the page's ``Page.index`` (built from ``root`` when not given).
    """
    nodes = index if index is not None else element_index(root)
    for selector in (sel.CONTACT_INFO, sel.VANITY_LINK_2018):
        for match in find_all(root, selector, **nodes):
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


def clamped_text(element: lxml.html.HtmlElement) -> str:
    """Visible text of a line-clamped block, without its "..." and "see more" controls."""
    parts: list[str] = []
    _collect(element, parts)
    return clean(" ".join(parts))


def _collect(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    """Append the visible text under ``element``, skipping clamp controls and hidden copies."""
    stack: list[tuple[lxml.html.HtmlElement, bool]] = [(element, False)]
    while stack:
        node, tail_only = stack.pop()
        if tail_only:
            if node.tail:
                parts.append(node.tail)
            continue
        if node is not element:
            stack.append((node, True))
            classes = node.get("class") or "" if isinstance(node.tag, str) else ""
            if (
                not isinstance(node.tag, str)
                or node.tag in ("button", "script", "style", "code")
                or "ellipsis" in classes
                or "visually-hidden" in classes
                or "show-more-text__link" in classes
            ):
                continue
            if node.tag == "br":
                parts.append(" ")
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        stack.extend((child, False) for child in reversed(node))


def _connections(top: lxml.html.HtmlElement) -> Connections | None:
    """The connections count ("500+" kept) from the top card."""
    for selector in sel.CONNECTIONS_2018:
        element = find(top, selector)
        if element is not None:
            count = parse_connections(visible_text(element))
            if count is not None:
                return count
    return None


def read_photo(top: lxml.html.HtmlElement, selector: tuple[str, ...] | str) -> bool | None:
    """Whether the top card shows a real photo (False for LinkedIn's ghost placeholder).

    The 2018-2021 photo slot shows the ghost as a 1x1 GIF or as no image at all (an
    element without a URL), so here an empty slot is the placeholder.
    """
    element = find(top, selector)
    if element is None:
        return None
    state = shows_real_image(element, blank_is_ghost=True)
    return False if state is None else state


def read_banner(root: lxml.html.HtmlElement) -> bool:
    """Whether a custom background image is shown (no such image: the default banner)."""
    element = find(root, sel.BANNER)
    source = element.get("src") if element is not None else None
    return bool(real_image(source, None))


def _more(section: lxml.html.HtmlElement) -> int | None:
    """The N of a "Show N more ..." button under a section (0 when there is none; None
    when the button states no number: the hidden entries are then not counted)."""
    button = find(section, sel.SHOW_MORE)
    return parse_count(visible_text(button)) if button is not None else 0


def read_experience(
    root: lxml.html.HtmlElement, unknown: dict[str, str]
) -> tuple[int | None, Position | None]:
    """The number of positions (grouped roles counted each) and the current one."""
    section = find(root, sel.EXPERIENCE)
    if section is None:
        unknown["positions"] = unknown["current_position"] = "no Experience section on this page"
        return None, None
    items = find_all(section, sel.POSITION_ITEMS)
    shown = sum(max(1, len(find_all(item, sel.GROUP_ROLES))) for item in items)
    more = _more(section)
    count = shown + more if more is not None else None
    if more is None:
        unknown["positions"] = totals.behind_button("positions", shown)
    if not items:
        return count, None
    first = items[0]
    company_href = value(first, sel.COMPANY_LINK)
    current = Position(
        title=value(first, sel.POSITION_TITLE),
        company=value(first, sel.POSITION_COMPANY),
        company_linked=bool(company_href and "/company/" in company_href),
        has_description=find(first, sel.DESCRIPTION) is not None,
    )
    return count, current


def read_education(root: lxml.html.HtmlElement, unknown: dict[str, str]) -> int | None:
    """The number of education entries, hidden ones ("Show N more") included."""
    section = find(root, sel.EDUCATION)
    if section is None:
        unknown["education"] = "no Education section on this page"
        return None
    shown = len(find_all(section, sel.EDUCATION_ITEMS))
    more = _more(section)
    if more is None:
        unknown["education"] = totals.behind_button("education", shown)
        return None
    return shown + more


def read_skills(
    page: Page, profile_view: Any, unknown: dict[str, str], pending: bool = False
) -> tuple[list[Skill] | None, int | None]:
    """The skills shown (with endorsement counts) and the member's total.

    Collapsed 2018 cards hold only the top 3 skills and print no total; the owner's
    profileView JSON (``skillView`` paging) has it.
    """
    section = find(page.root, sel.SKILLS_SECTION, **page.index)
    json_total = embedded.paging_total(profile_view, "skillView") if profile_view else None
    if section is None:
        if pending:
            reason = "Skills did not load (lazy section): scroll to it and audit again"
            unknown["skills"] = unknown["skills_total"] = reason
            return None, json_total
        return [], json_total if json_total is not None else 0
    skills: list[Skill] = []
    for name_element in find_all(section, sel.SKILL_NAMES):
        name = visible_text(name_element)
        if not name:
            continue
        item = find(name_element, sel.SKILL_ITEM)
        count = find(item, sel.ENDORSEMENT_COUNT) if item is not None else None
        # A skill nobody endorsed shows no count at all (seen 2018): that is 0.
        endorsements = parse_count(visible_text(count)) if count is not None else 0
        skills.append(Skill(name=name, endorsements=endorsements))
    collapsed = value(section, sel.SKILLS_TOGGLE) == "false"
    if json_total is not None:
        return skills, json_total
    if collapsed:
        unknown["skills_total"] = "the Skills card is collapsed and prints no total"
        return skills, None
    return skills, len(skills)


def read_recommendations(
    page: Page, unknown: dict[str, str], pending: bool
) -> tuple[int | None, int | None]:
    """Recommendations received and given, from the "Received (N)" / "Given (M)" tabs."""
    section = find(page.root, sel.RECOMMENDATIONS, **page.index)
    if section is None:
        if pending:
            reason = "Recommendations did not load (lazy section): scroll to it and audit again"
            unknown["recommendations_received"] = unknown["recommendations_given"] = reason
            return None, None
        return 0, 0  # the card renders whenever there is one to show
    tabs = [parse_count(visible_text(tab)) for tab in find_all(section, sel.RECOMMENDATION_TABS)]
    if len(tabs) >= 2 and tabs[0] is not None and tabs[1] is not None:
        return tabs[0], tabs[1]
    # No tabs: the card lists received recommendations only (all, unless "Show N more").
    shown = len(find_all(section, sel.RECOMMENDATION_ITEMS))
    more = _more(section)
    if more is None:
        unknown["recommendations_received"] = totals.behind_button(
            "recommendations_received", shown
        )
        return None, None
    return shown + more, None


def read_activity(
    page: Page, unknown: dict[str, str], pending: bool
) -> tuple[Activity | None, int | None]:
    """The Activity card: what it shows of the member's posts, and its follower count."""
    section = find(page.root, sel.ACTIVITY, **page.index)
    if section is None:
        unknown["activity"] = (
            "Activity did not load (lazy section): scroll to it and audit again"
            if pending
            else "no Activity section on this page"
        )
        return None, None
    followers = None
    for selector in sel.ACTIVITY_FOLLOWERS:
        element = find(section, selector)
        if element is not None:
            followers = parse_count(visible_text(element))
            if followers is not None:
                break
    items = find_all(section, sel.ACTIVITY_ITEMS)
    null_state = find(section, sel.ACTIVITY_NULL_STATE) is not None
    articles = find(section, sel.ACTIVITY_ARTICLES) is not None
    activity = Activity(
        has_posts=bool(items) and not null_state,
        has_articles=True if articles else None,
        not_posted=null_state,
    )
    return activity, followers
