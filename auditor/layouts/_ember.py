"""What the logged-in Ember layouts share, 2016-2021: the ``pv-*`` section readers of
2018-2021 (experience, education, skills, recommendations, activity), the top card's
photo and banner, and the text of a line-clamped block.

A layout module of this family reads only what its own markup differs in, with these.
"""

from __future__ import annotations

from typing import Any

import lxml.html

from auditor import embedded
from auditor import totals
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.model import Activity
from auditor.model import Position
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import ember as sel
from auditor.text import parse_count


def clamped_text(element: lxml.html.HtmlElement) -> str:
    """Visible text of a line-clamped block, without its "..." and "see more" controls."""
    return visible_text(element, skip=_clamp_control, apart=True)


def _clamp_control(node: lxml.html.HtmlElement) -> bool:
    """A node whose text a clamped block does not show: its controls and hidden copies."""
    if not isinstance(node.tag, str) or node.tag in sel.CLAMP_SKIPPED_TAGS:
        return True
    classes = node.get("class") or ""
    return any(mark in classes for mark in sel.CLAMP_SKIPPED_CLASSES)


def read_banner(root: lxml.html.HtmlElement) -> bool:
    """Whether a custom background image is shown (no such image: the default banner)."""
    element = find(root, sel.BANNER)
    return bool(shows_real_image(element))


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
        company_linked=bool(company_href and sel.COMPANY_PATH in company_href),
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
    section = find(page.root, sel.SKILLS_SECTION)
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
    section = find(page.root, sel.RECOMMENDATIONS)
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
    section = find(page.root, sel.ACTIVITY)
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
