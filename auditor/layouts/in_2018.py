"""Layout in-2018: the logged-in Ember profile of 2018 (``section.pv-top-card-section``).

The DOM gives the top card and the sections; the embedded Voyager JSON
(``identity/profiles/<vanity>/profileView`` and ``/networkinfo``) gives what the DOM
hides: paging totals (skills when collapsed, positions), followers, the full summary.
That JSON is used only once its request names the owner (see ``auditor.embedded``).
The section readers, shared with in-2021 (which kept these ``pv-*`` sections), are
``auditor.layouts._ember.EmberLayout``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import lxml.html

from auditor import embedded
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.layouts._ember import EmberLayout
from auditor.layouts._ember import Member
from auditor.model import About
from auditor.model import Activity
from auditor.model import Position
from auditor.page import Page
from auditor.selectors import ember as sel
from auditor.text import clean


@dataclass(frozen=True)
class Member2018(Member):
    """A 2018 page, with the owner's vanity and Voyager responses (None: not on it)."""

    owner: str | None
    view: embedded.Response | None  # profileView
    network: embedded.Response | None  # networkinfo
    profile: dict[str, Any] | None  # the Profile entity of profileView


class In2018(EmberLayout[Member2018]):
    """The 2018 logged-in profile: section.pv-top-card-section and the owner's JSON."""

    NAME = "in_2018"
    LABEL = "in-2018"
    TOP_CARD = sel.TOP_CARD_2018
    MEMBER_NAME = sel.NAME_2018
    HEADLINE = sel.HEADLINE_2018
    LOCATION = sel.LOCATION_2018
    PHOTO = sel.PHOTO_2018
    CONNECTIONS = sel.CONNECTIONS_2018
    SUMMARY = sel.SUMMARY_2018
    NO_FOLLOWERS = "no follower count on this page and no owner's networkinfo JSON"
    NOT_SHOWN = {
        "featured": "the Featured section did not exist in the 2018 layout",
        "open_to_work": "the 2018 layout has no open-to-work frame",
        "creator": "creator mode did not exist in 2018",
    }

    def member(self, page: Page) -> Member2018:
        """The top card, and the Voyager responses of the member it shows."""
        top = find(page.root, sel.TOP_CARD_2018)
        assert top is not None  # detect() checked it
        found = embedded.responses(embedded.code_blocks(page.root))
        owner = owner_vanity(page.root, found, value(top, sel.NAME_2018))
        view = embedded.owner_response(found, owner, sel.PROFILE_VIEW)
        return Member2018(
            page,
            top,
            pending=False,
            owner=owner,
            view=view,
            network=embedded.owner_response(found, owner, sel.NETWORK_INFO),
            profile=_profile_entity(view.body) if view else None,
        )

    def vanity(self, member: Member2018) -> str | None:
        """The owner's vanity (``owner_vanity``)."""
        return member.owner

    def about(self, member: Member2018, unknown: dict[str, str]) -> About | None:
        """The summary: the owner's JSON (never truncated), else the DOM text, else none."""
        summary = _text(member.profile, sel.J18_SUMMARY)
        return About.of(summary) if summary else super().about(member, unknown)

    def industry(self, member: Member2018, unknown: dict[str, str]) -> str | None:
        """The industry, in the owner's JSON only."""
        industry = _text(member.profile, sel.J18_INDUSTRY)
        if industry is None:
            unknown["industry"] = "the 2018 top card does not print the industry"
        return industry

    def activity(
        self, member: Member2018, unknown: dict[str, str]
    ) -> tuple[Activity | None, int | None]:
        """The Activity card; early 2018 pages print no follower count, but networkinfo
        has it (seen 2018-02/05)."""
        activity, followers = super().activity(member, unknown)
        if followers is None and member.network is not None:
            count = embedded.dig(member.network.body, *sel.J18_FOLLOWERS)
            followers = count if isinstance(count, int) else None
        return activity, followers

    def experience(
        self, member: Member2018, unknown: dict[str, str]
    ) -> tuple[int | None, Position | None]:
        """Positions and the current one; the JSON's paging total wins over the DOM count."""
        positions, current = super().experience(member, unknown)
        if member.view is not None:
            positions = embedded.paging_total(member.view.body, sel.J18_POSITIONS) or positions
        return positions, current

    def education(self, member: Member2018, unknown: dict[str, str]) -> int | None:
        """Education entries; the JSON's paging total wins over the DOM count."""
        education = super().education(member, unknown)
        if member.view is not None:
            education = embedded.paging_total(member.view.body, sel.J18_EDUCATION) or education
        return education

    def stated_skills_total(self, member: Member2018) -> int | None:
        """The skills total of the owner's profileView (``skillView`` paging)."""
        body = member.view.body if member.view else None
        return embedded.paging_total(body, sel.J18_SKILLS) if body else None


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
    for member in embedded.members(found, sel.PROFILE_VIEW):
        response = embedded.owner_response(found, member, sel.PROFILE_VIEW)
        profile = _profile_entity(response.body) if response else None
        first = _text(profile, sel.J18_FIRST_NAME) or ""
        full = clean(f"{first} {_text(profile, sel.J18_LAST_NAME) or ''}")
        if name and full == name:
            return member
    return None


def _profile_entity(body: Any) -> dict[str, Any] | None:
    """The Profile entity of a profileView body."""
    return embedded.entity(body, embedded.dig(body, *sel.J18_PROFILE))


def _text(data: dict[str, Any] | None, key: str) -> str | None:
    """A cleaned non-empty string field of a JSON entity, or None."""
    raw = data.get(key) if data else None
    return clean(raw) or None if isinstance(raw, str) else None


layout = In2018()
