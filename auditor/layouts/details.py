"""Logged-in /in/<vanity>/details/<section>/ pages, 2022-2025 (one section, all items).

Items are ``li#profilePagedListComponent-<urnId>-<SECTION>-VIEW-DETAILS-...-NONE-<locale>-<n>``:
the id names the subject (urn id), the section and the UI locale. Name, headline and
photo sit in the sticky header mini profile. Everything else is not on such a page.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml.html import HtmlElement

from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.layouts._cards import CardsLayout
from auditor.model import PageKind
from auditor.model import Profile
from auditor.page import Page
from auditor.selectors import cards as sel

_ITEM_ID = re.compile(sel.DETAILS_ITEM_ID_PATTERN, re.VERBOSE)
_IN_LINK = re.compile(sel.DETAILS_LINK_PATTERN)

PAGED = (
    "the list was saved before it finished loading (only {} shown above “Show more"
    " results”): scroll to its end and audit again"
)

# The facts a details page gives by counting its items.
_COUNTS = (
    "positions",
    "education",
    "skills_total",
    "recommendations_received",
    "recommendations_given",
)


class DetailsList(CardsLayout):
    """A /details/<section>/ page: the sticky header and one section's full list."""

    NAME = "details"
    KIND = PageKind.DETAILS
    NOT_HERE = "not shown on a /details/ page"

    def detect(self, page: Page) -> bool:
        """A list of profilePagedListComponent items with a -VIEW-DETAILS- id."""
        first = find(page.root, sel.DETAILS_ITEMS)
        return first is not None and sel.DETAILS_ID_MARK in (first.get("id") or "")

    def extract(self, page: Page) -> Profile:
        """Read the subject's name, headline, photo, vanity and the section's item count."""
        root = page.root
        items = find_all(root, sel.DETAILS_ITEMS)
        parsed = [m for m in (_ITEM_ID.match(li.get("id") or "") for li in items) if m]
        first = parsed[0] if parsed else None
        facts: dict[str, Any] = {}
        header = find(root, sel.STICKY_HEADER)
        if header is not None:
            facts["name"] = value(header, sel.STICKY_NAME)
            facts["headline"] = value(header, sel.STICKY_HEADLINE) or ""
            facts["photo"] = self.photo(header, sel.STICKY_PHOTO)
        if not facts.get("name"):
            facts["name"] = self.name_from_title(page.title)
        paged: dict[str, str] = {}
        if first is not None:
            urn, section, _, locale = first.groups()  # DETAILS_ITEM_ID_PATTERN's groups
            facts["ui_language"] = locale
            facts["vanity"] = self._vanity(page, urn)
            facts |= self._section_counts(items, section)
            if find(items[0], sel.DETAILS_LOAD_MORE) is not None:
                # Only the first pages loaded: what is listed is not the total.
                shown = {name: facts.pop(name) for name in _COUNTS if facts.get(name) is not None}
                paged = {name: PAGED.format(count) for name, count in shown.items()}
        unknown = self.not_here(facts) | paged
        return self.profile(self._layout(root, header), facts, unknown)

    def _layout(self, root: HtmlElement, header: HtmlElement | None) -> str:
        """2024+ entities carry data-view-name; 2023 images carry evi-image; else 2022."""
        if find(root, sel.ENTITY_2024) is not None:
            return "in-2024"
        img = find(header, sel.STICKY_PHOTO) if header is not None else None
        if img is not None and sel.EVI_IMAGE_CLASS in (img.get("class") or ""):
            return "in-2023"
        return "in-2022"

    def _vanity(self, page: Page, urn: str) -> str | None:
        """The subject's vanity: embedded JSON that names this urn, else the page's own links.

        The first publicIdentifier in the JSON is the VIEWER's, so only the profile object
        whose entityUrn ends with the subject's urn id (from the item ids) is trusted.
        """
        for code in find_all(page.root, sel.CODE_BLOCKS):
            text = code.text or ""
            if urn not in text or sel.JSON_PUBLIC_IDENTIFIER not in text:
                continue
            try:
                data = json.loads(text)
            except ValueError:
                continue
            included = data.get(sel.JSON_INCLUDED, []) if isinstance(data, dict) else []
            for entity in included:
                if (
                    isinstance(entity, dict)
                    and entity.get(sel.JSON_ENTITY_URN) == sel.PROFILE_URN_PREFIX + urn
                    and entity.get(sel.JSON_PUBLIC_IDENTIFIER)
                ):
                    return str(entity[sel.JSON_PUBLIC_IDENTIFIER])
        for link in find_all(page.root, sel.DETAILS_SELF_LINKS):
            match = _IN_LINK.search(link.get("href") or "")
            if match:
                return vanity_rules.from_url(match.group(0))
        return None

    def _section_counts(self, items: list[HtmlElement], section: str) -> dict[str, Any]:
        """The count this section's page states: positions, education, skills, recommendations."""
        # A grouped position is an item whose roles are nested items; count the roles.
        leaves = [li for li in items if find(li, sel.DETAILS_NESTED) is None]
        if section == sel.SECTION_EXPERIENCE:
            first = find(items[0], sel.ITEMS) if items else None
            current = self.read_position(first) if first is not None else None
            return {"positions": len(leaves), "current_position": current}
        if section == sel.SECTION_EDUCATION:
            return {"education": len(leaves)}
        if section == sel.SECTION_SKILLS:
            read = (
                self.read_skill(li) for li in leaves if sel.ALL_SKILLS_MARK in (li.get("id") or "")
            )
            skills = [skill for skill in read if skill is not None]
            return {"skills_total": len(skills), "skills": skills} if skills else {}
        if section == sel.SECTION_RECOMMENDATIONS:
            received = sum(1 for li in leaves if sel.RECEIVED_MARK in (li.get("id") or ""))
            given = sum(1 for li in leaves if sel.GIVEN_MARK in (li.get("id") or ""))
            counts = {"recommendations_received": received, "recommendations_given": given}
            return {k: v for k, v in counts.items() if v}
        return {}


layout = DetailsList()
