"""Logged-in /in/<vanity>/details/<section>/ pages in the 2026 server-driven UI (MODELLED).

No real 2026 details page has been saved publicly. This reader models one on the real
2026 profile cards (auditor/selectors/sdui.py, "details pages"): skill items keyed
``com.linkedin.sdui.profile.skill(<urn>, N)``, Experience entries keyed
``entity-collection-item--<hash>`` under a ``profile_experience_top_anchor_<vanity>``
anchor, recommendation pills keyed ``<vanity>recommendations_received_pillContent``. The
page is a details page when its address says so (``/details/<section>/``) or its title
reads "<Section> | <Name> | LinkedIn". Where the page is not that shape, the section's
facts are unknown: the reader refuses to guess. A list still paging in (a busy region, a
progress bar or a "show more results" button) gives the entries it shows, not a total.
"""

from __future__ import annotations

import re
from typing import Any

from auditor import ui_words
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import run
from auditor.dom import visible_text
from auditor.layouts._sdui import SduiLayout
from auditor.model import FACTS
from auditor.model import PageKind
from auditor.model import Profile
from auditor.page import Page
from auditor.selectors import sdui as sel

NOT_HERE = "not shown on a /details/ page"
PAGED = (
    "the list was still loading when the page was captured ({} shown): scroll to its end"
    " and audit again"
)
UNRECOGNISED = "the {} details page is not in the markup this version knows: not read"
OTHER_TAB = "the Recommendations details page shows the other tab only"

_SECTIONS = (sel.DETAILS_SKILLS, sel.DETAILS_EXPERIENCE, sel.DETAILS_RECOMMENDATIONS)
_DETAILS_PATH = re.compile(sel.DETAILS_PATH_PATTERN)


class SduiDetails(SduiLayout):
    """A 2026 /details/<section>/ page (modelled): one section's list, all its entries."""

    NAME = "details_2026"
    KIND = PageKind.DETAILS
    # The recommendation tabs are searched in the whole page, not in a card.
    RECOMMENDATION_PANELS = (
        ("recommendations_received", sel.PAGE_RECEIVED_PANEL),
        ("recommendations_given", sel.PAGE_GIVEN_PANEL),
    )

    def detect(self, page: Page) -> bool:
        """A 2026 details page of a known section: its address names the section and the page
        is SDUI (the list may then be unreadable: its facts are unknown), or its title reads
        like a details page's and it carries the 2026 keys of a section's list."""
        section = self._section(page)
        if section is None:
            return False
        return self._has_2026_items(page, section) or find(page.root, sel.SDUI_ANY) is not None

    def extract(self, page: Page) -> Profile:
        """The facts of the section this details page lists; everything else is unknown."""
        section = self._section(page)
        assert section is not None  # detect() guarantees it
        facts: dict[str, Any] = {
            "name": self.name_from_title(page.title),
            "vanity": self._vanity(page),
        }
        unknown: dict[str, str] = {}
        loading = self._still_loading(page)
        if section == sel.DETAILS_SKILLS:
            self._skills(page, loading, facts, unknown)
        elif section == sel.DETAILS_EXPERIENCE:
            self._experience(page, loading, facts, unknown)
        else:
            self._recommendations(page, loading, facts, unknown)
        facts = {k: v for k, v in facts.items() if v is not None}
        unknown = {name: NOT_HERE for name in FACTS if name not in facts} | unknown
        return self.profile(facts, unknown)

    def _section(self, page: Page) -> str | None:
        """The section named by the page's address, else by its title's first part."""
        for address in (page.url, page.canonical):
            match = _DETAILS_PATH.search(address or "")
            if match:
                return match.group(2) if match.group(2) in _SECTIONS else None
        parts = [part.strip() for part in page.title.split(sel.TITLE_SEPARATOR)]
        if len(parts) == 3:
            # "Skills | <Name> | LinkedIn": the section in the UI language (the brand is not
            # read either: no word decides), so the list's 2026 keys tell which section it is.
            return next((s for s in _SECTIONS if self._has_2026_items(page, s)), None)
        return None

    def _has_2026_items(self, page: Page, section: str) -> bool:
        """Whether the page carries the 2026 keys of a section's list."""
        if section == sel.DETAILS_SKILLS:
            return find(page.root, sel.PAGE_SKILL_ITEMS) is not None
        if section == sel.DETAILS_EXPERIENCE:
            return find(page.root, sel.EXPERIENCE_ANCHOR) is not None
        received = find(page.root, sel.PAGE_RECEIVED_PANEL)
        return received is not None or find(page.root, sel.PAGE_GIVEN_PANEL) is not None

    def _vanity(self, page: Page) -> str | None:
        """The owner's vanity: the page's address, the Experience anchor, or its own links."""
        for address in (page.url, page.canonical):
            match = _DETAILS_PATH.search(address or "")
            if match:
                return vanity_rules.from_url(match.group(0))
        anchor = find(page.root, sel.EXPERIENCE_ANCHOR)
        if anchor is not None:
            return (anchor.get(sel.KEY_ATTRIBUTE) or "")[
                len(sel.EXPERIENCE_ANCHOR_PREFIX) :
            ] or None
        for href in run(page.root, sel.DETAILS_SELF_LINKS):
            slug = vanity_rules.from_url(str(href))
            if slug:
                return slug
        return None

    def _still_loading(self, page: Page) -> bool:
        """Whether the list is still paging in: a busy region, a progress bar, or a "show
        more results" button (modelled)."""
        if find(page.root, sel.DETAILS_LOADING) is not None:
            return True
        buttons = find_all(page.root, sel.DETAILS_BUTTONS)
        return any(ui_words.has("more_results", visible_text(b), page.lang) for b in buttons)

    def _skills(
        self, page: Page, loading: bool, facts: dict[str, Any], unknown: dict[str, str]
    ) -> None:
        """Every skill listed, with endorsements where printed; the total once fully loaded."""
        skills = self.read_skills(find_all(page.root, sel.PAGE_SKILL_ITEMS))
        if not skills:
            unknown["skills"] = unknown["skills_total"] = UNRECOGNISED.format("Skills")
            return
        facts["skills"] = skills
        if loading:
            unknown["skills_total"] = PAGED.format(f"{len(skills)} skills")
        else:
            facts["skills_total"] = len(skills)

    def _experience(
        self, page: Page, loading: bool, facts: dict[str, Any], unknown: dict[str, str]
    ) -> None:
        """Every position listed and the first (current) one; the count once fully loaded."""
        items = find_all(page.root, sel.PAGE_ENTITY_ITEMS)
        nested = any(find(item, sel.NESTED_ENTITY_ITEMS) is not None for item in items)
        if not items or nested:
            # No entries, or grouped roles (entries in entries): a shape not modelled yet.
            why = UNRECOGNISED.format("Experience")
            unknown["positions"] = unknown["current_position"] = why
            return
        facts["current_position"] = self.read_position(items[0])
        if loading:
            unknown["positions"] = PAGED.format(f"{len(items)} positions")
        else:
            facts["positions"] = len(items)

    def _recommendations(
        self, page: Page, loading: bool, facts: dict[str, Any], unknown: dict[str, str]
    ) -> None:
        """Received and given: the entries of each tab the page shows, once fully loaded."""
        for fact, panel_sel in self.RECOMMENDATION_PANELS:
            panel = find(page.root, panel_sel)
            if panel is None:
                unknown[fact] = (
                    OTHER_TAB
                    if self._has_2026_items(page, sel.DETAILS_RECOMMENDATIONS)
                    else (UNRECOGNISED.format("Recommendations"))
                )
                continue
            items = self.entries(panel)
            if not items:
                # An empty tab has a wording this version does not know: not 0 by guess.
                unknown[fact] = UNRECOGNISED.format("Recommendations")
            elif loading:
                unknown[fact] = PAGED.format(f"{len(items)} recommendations")
            else:
                facts[fact] = len(items)


layout = SduiDetails()
