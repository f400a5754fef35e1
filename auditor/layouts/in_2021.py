"""Layout in-2021: the logged-in Ember profile of early 2021 (``section.pv-top-card``, no h1).

The name is the first item of ``ul.pv-top-card--list``; location and connections are
in ``ul.pv-top-card--list-bullet``. Sections below the fold sit in deferred areas:
``div.pv-deferred-area--pending`` is one LinkedIn had not loaded when the page was
saved (seen Feb 2021: Skills, Recommendations, Accomplishments), so what it would
hold is unknown, never missing. The 2018 section readers still apply to the rest.
"""

from __future__ import annotations

import lxml.html

from auditor.dom import find
from auditor.layouts._ember import EmberLayout
from auditor.layouts._ember import Member
from auditor.page import Page
from auditor.selectors import ember as sel


class In2021(EmberLayout[Member]):
    """The early-2021 logged-in profile: section.pv-top-card and deferred sections."""

    NAME = "in_2021"
    LABEL = "in-2021"
    TOP_CARD = sel.TOP_CARD_2021
    MEMBER_NAME = sel.NAME_2021
    HEADLINE = sel.HEADLINE_2021
    LOCATION = sel.LOCATION_2021
    PHOTO = sel.PHOTO_2021
    CONNECTIONS = (sel.CONNECTIONS_2021,)
    NO_FOLLOWERS = "no follower count on this page"
    NOT_SHOWN = {
        "industry": "the 2021 top card does not print the industry",
        "open_to_work": "no open-to-work frame seen in the 2021 layout",
        "creator": "creator mode is not shown in the 2021 layout",
    }

    def detect(self, page: Page) -> bool:
        """Whether the page has the 2021 top card (and not the 2022+ cards' h1 name)."""
        if find(page.root, sel.LIST_BULLET_2021) is None:
            return False
        # 2022-2025 pages still carry ul.pv-top-card--list-bullet; their h1 marks them.
        if find(page.root, sel.H1_CARDS) is not None:
            return False
        return find(page.root, sel.TOP_CARD_2021) is not None

    def member(self, page: Page) -> Member:
        """The top card, and whether a deferred area had not loaded."""
        top = find(page.root, sel.TOP_CARD_2021)
        assert top is not None  # detect() checked it
        return Member(page, top, pending=find(page.root, sel.DEFERRED_PENDING) is not None)

    def about_paragraph(self, member: Member) -> lxml.html.HtmlElement | None:
        """The About card's text; the card is not deferred, so its absence means none."""
        section = find(member.page.root, sel.ABOUT_2021)
        return find(section, sel.ABOUT_TEXT_2021) if section is not None else None

    def featured(self, member: Member, unknown: dict[str, str]) -> bool | None:
        """True when a Featured section is shown; its absence proves nothing."""
        if find(member.page.root, sel.FEATURED) is not None:
            return True
        if member.pending:
            unknown["featured"] = "part of the page did not load (lazy sections): audit again"
        else:
            # No saved 2021 page has a Featured section: its absence proves nothing.
            unknown["featured"] = (
                "no Featured section on this page, and its 2021 markup is unconfirmed"
            )
        return None


layout = In2021()
