"""What the logged-in Ember layouts share, 2016-2021: ``EmberLayout``, whose ``extract``
reads each fact through a method a layout may override. Its defaults are the ``pv-*``
readers of 2018-2021 (top card, experience, education, skills, recommendations,
activity, banner) and the text of a line-clamped block.

A layout module of this family is a subclass that names its selectors (class
attributes) and overrides only the readers its markup differs in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from typing import ClassVar
from typing import Generic
from typing import TypeVar

import lxml.html

from auditor import totals
from auditor import vanity as vanity_rules
from auditor.dom import Selector
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.images import shows_real_image
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import ember as sel
from auditor.text import parse_connections
from auditor.text import parse_count


@dataclass(frozen=True)
class Member:
    """What the readers of one logged-in page read: the page, its top card, and whether
    some lazy sections had not loaded when it was saved."""

    page: Page
    top: lxml.html.HtmlElement
    pending: bool


M = TypeVar("M", bound=Member)


class EmberLayout(Generic[M]):
    """A logged-in Ember layout. ``extract`` reads every fact with the methods below;
    the defaults read the 2018-2021 ``pv-*`` markup through the class's selectors.
    ``member`` gives what the readers read (a ``Member``, or a layout's own subclass of
    it when its readers need more, such as embedded JSON)."""

    NAME: ClassVar[str]  # the registry's name (in_2018)
    LABEL: ClassVar[str]  # the era the report names (in-2018)

    TOP_CARD: ClassVar[Selector]
    MEMBER_NAME: ClassVar[Selector]  # in the top card, as are the next ones
    HEADLINE: ClassVar[Selector]
    LOCATION: ClassVar[Selector]
    PHOTO: ClassVar[Selector]
    CONNECTIONS: ClassVar[tuple[str, ...]]  # each tried until one reads a count
    SUMMARY: ClassVar[Selector]  # the About paragraph

    NO_FOLLOWERS: ClassVar[str | None] = None  # why no follower count is known
    NOT_SHOWN: ClassVar[dict[str, str]] = {}  # the facts this era never shows, and why

    def detect(self, page: Page) -> bool:
        """Whether the page has this layout's top card with the member's name in it."""
        top = find(page.root, self.TOP_CARD)
        return top is not None and find(top, self.MEMBER_NAME) is not None

    def member(self, page: Page) -> M:
        """What the readers read on a page ``detect`` accepted."""
        raise NotImplementedError

    def extract(self, page: Page) -> Profile:
        """Read the facts of a logged-in profile page; what it does not show is unknown,
        with why."""
        member = self.member(page)
        unknown: dict[str, str] = {}
        skills, skills_total = self.skills(member, unknown)
        received, given = self.recommendations(member, unknown)
        activity, followers = self.activity(member, unknown)
        if followers is None and self.NO_FOLLOWERS:
            unknown["followers"] = self.NO_FOLLOWERS
        positions, current = self.experience(member, unknown)
        facts: dict[str, Any] = {
            "name": self.name(member),
            "headline": self.headline(member),
            "about": self.about(member, unknown),
            "photo": self.photo(member),
            "banner": self.banner(member),
            "location": self.location(member),
            "industry": self.industry(member, unknown),
            "connections": self.connections(member),
            "followers": followers,
            "current_position": current,
            "positions": positions,
            "education": self.education(member, unknown),
            "skills_total": skills_total,
            "skills": skills,
            "recommendations_received": received,
            "recommendations_given": given,
            "activity": activity,
            "featured": self.featured(member, unknown),
        }
        unknown.update(self.NOT_SHOWN)
        slug = self.vanity(member)
        return Profile(
            kind=PageKind.PROFILE,
            layout=self.LABEL,
            vanity=slug,
            custom_url=vanity_rules.is_custom(slug),
            unknown=unknown,
            **facts,
        )

    # --- the top card ------------------------------------------------------------------

    def name(self, member: M) -> str | None:
        """The member's name."""
        return value(member.top, self.MEMBER_NAME)

    def headline(self, member: M) -> str | None:
        """The headline ("" when the card shows none)."""
        return value(member.top, self.HEADLINE) or ""

    def about_paragraph(self, member: M) -> lxml.html.HtmlElement | None:
        """The About paragraph, None when there is none."""
        return find(member.top, self.SUMMARY)

    def about(self, member: M, unknown: dict[str, str]) -> About | None:
        """The About text (none written: an empty About)."""
        paragraph = self.about_paragraph(member)
        return About.of(clamped_text(paragraph) if paragraph is not None else "")

    def photo(self, member: M) -> bool | None:
        """Real photo unless the top card shows the ghost (a blank or empty image)."""
        return shows_real_image(
            find(member.top, self.PHOTO), blank_is_ghost=True, empty_is_ghost=True
        )

    def banner(self, member: M) -> bool | None:
        """Whether a custom background image is shown (no such image: the default)."""
        return bool(shows_real_image(find(member.page.root, sel.BANNER)))

    def vanity(self, member: M) -> str | None:
        """The owner's vanity from the top card's contact-info link."""
        for link in find_all(member.page.root, sel.CONTACT_INFO):
            slug = vanity_rules.from_url(link.get("href"))
            if slug:
                return slug
        return None

    def location(self, member: M) -> str | None:
        """The location line of the top card."""
        return value(member.top, self.LOCATION)

    def industry(self, member: M, unknown: dict[str, str]) -> str | None:
        """The industry (None: the top card does not print it)."""
        return None

    def connections(self, member: M) -> Connections | None:
        """The connections count ("500+" kept) from the top card."""
        for selector in self.CONNECTIONS:
            element = find(member.top, selector)
            if element is not None:
                count = parse_connections(visible_text(element))
                if count is not None:
                    return count
        return None

    def featured(self, member: M, unknown: dict[str, str]) -> bool | None:
        """Whether a Featured section is shown (None: the era has none)."""
        return None

    # --- the sections ------------------------------------------------------------------

    def experience(self, member: M, unknown: dict[str, str]) -> tuple[int | None, Position | None]:
        """The number of positions (grouped roles counted each) and the current one."""
        section = find(member.page.root, sel.EXPERIENCE)
        if section is None:
            unknown["positions"] = unknown["current_position"] = (
                "no Experience section on this page"
            )
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

    def education(self, member: M, unknown: dict[str, str]) -> int | None:
        """The number of education entries, hidden ones ("Show N more") included."""
        section = find(member.page.root, sel.EDUCATION)
        if section is None:
            unknown["education"] = "no Education section on this page"
            return None
        shown = len(find_all(section, sel.EDUCATION_ITEMS))
        more = _more(section)
        if more is None:
            unknown["education"] = totals.behind_button("education", shown)
            return None
        return shown + more

    def stated_skills_total(self, member: M) -> int | None:
        """The member's skills total where the page states it apart from the card."""
        return None

    def skills(self, member: M, unknown: dict[str, str]) -> tuple[list[Skill] | None, int | None]:
        """The skills shown (with endorsement counts) and the member's total.

        Collapsed 2018 cards hold only the top 3 skills and print no total; the total a
        layout reads elsewhere (``stated_skills_total``) wins.
        """
        section = find(member.page.root, sel.SKILLS_SECTION)
        stated = self.stated_skills_total(member)
        if section is None:
            if member.pending:
                reason = "Skills did not load (lazy section): scroll to it and audit again"
                unknown["skills"] = unknown["skills_total"] = reason
                return None, stated
            return [], stated if stated is not None else 0
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
        if stated is not None:
            return skills, stated
        if collapsed:
            unknown["skills_total"] = "the Skills card is collapsed and prints no total"
            return skills, None
        return skills, len(skills)

    def recommendations(self, member: M, unknown: dict[str, str]) -> tuple[int | None, int | None]:
        """Recommendations received and given, from the "Received (N)" / "Given (M)" tabs."""
        section = find(member.page.root, sel.RECOMMENDATIONS)
        if section is None:
            if member.pending:
                reason = "Recommendations did not load (lazy section): scroll to it and audit again"
                unknown["recommendations_received"] = unknown["recommendations_given"] = reason
                return None, None
            return 0, 0  # the card renders whenever there is one to show
        tabs = [
            parse_count(visible_text(tab)) for tab in find_all(section, sel.RECOMMENDATION_TABS)
        ]
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

    def activity(self, member: M, unknown: dict[str, str]) -> tuple[Activity | None, int | None]:
        """The Activity card: what it shows of the member's posts, and its follower count."""
        section = find(member.page.root, sel.ACTIVITY)
        if section is None:
            unknown["activity"] = (
                "Activity did not load (lazy section): scroll to it and audit again"
                if member.pending
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


def clamped_text(element: lxml.html.HtmlElement) -> str:
    """Visible text of a line-clamped block, without its "..." and "see more" controls."""
    return visible_text(element, skip=_clamp_control, apart=True)


def _clamp_control(node: lxml.html.HtmlElement) -> bool:
    """A node whose text a clamped block does not show: its controls and hidden copies."""
    if not isinstance(node.tag, str) or node.tag in sel.CLAMP_SKIPPED_TAGS:
        return True
    classes = node.get("class") or ""
    return any(mark in classes for mark in sel.CLAMP_SKIPPED_CLASSES)


def _more(section: lxml.html.HtmlElement) -> int | None:
    """The N of a "Show N more ..." button under a section (0 when there is none; None
    when the button states no number: the hidden entries are then not counted)."""
    button = find(section, sel.SHOW_MORE)
    return parse_count(visible_text(button)) if button is not None else 0
