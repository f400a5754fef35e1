"""What the 2026 server-driven (SDUI) layouts share (the profile page and its /details/
pages): ``SduiLayout``, with the readers of a list entry's text runs (positions, skills),
the list entries and recommendation tabs by their componentkeys, and the Profile.

A layout module of this family subclasses it and reads only what its own page differs in.
"""

from __future__ import annotations

from typing import ClassVar

import lxml.html

from auditor import ui_words
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import visible_text
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import sdui as sel
from auditor.text import parse_count

Element = lxml.html.HtmlElement


class SduiLayout:
    """A 2026 SDUI page: what its profile page and /details/ pages read alike.

    A subclass sets ``NAME`` and ``KIND``, defines ``detect`` and ``extract``, and
    overrides the class attributes where its page holds the lists elsewhere.
    """

    NAME: ClassVar[str]
    KIND: ClassVar[PageKind]
    LABEL: ClassVar[str] = "in-2026"  # the era the report names, on every 2026 page
    # Each recommendation tab: its fact and its panel, relative to the card (the details
    # page searches its whole tree instead).
    RECOMMENDATION_PANELS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("recommendations_received", sel.RECEIVED_PANEL),
        ("recommendations_given", sel.GIVEN_PANEL),
    )

    def detect(self, page: Page) -> bool:
        """Whether the page is of this layout (positive evidence only)."""
        raise NotImplementedError

    def extract(self, page: Page) -> Profile:
        """Read the facts of a page ``detect`` accepted."""
        raise NotImplementedError

    def profile(self, facts: dict[str, object], unknown: dict[str, str]) -> Profile:
        """The Profile of the page's facts, with this layout's page kind and era label."""
        return Profile(kind=self.KIND, layout=self.LABEL, unknown=unknown, **facts)  # type: ignore[arg-type]

    def entries(self, scope: Element) -> list[Element]:
        """The keyed list entries (Experience, recommendations) in a card or panel."""
        return find_all(scope, sel.ENTITY_ITEMS)

    def stated_count(self, link: Element) -> int | None:
        """The number a link states, in its label or its text ("Show all 12 ...")."""
        return parse_count(link.get("aria-label")) or parse_count(visible_text(link))

    def name_from_title(self, title: str) -> str | None:
        """The name in a "<Section> | <Name> | LinkedIn" title (a /details/ page's)."""
        parts = [part.strip() for part in title.split(sel.TITLE_SEPARATOR)]
        return parts[-2] if len(parts) >= 3 and parts[-1] == sel.TITLE_BRAND else None

    def read_position(self, item: Element) -> Position:
        """Title, company, company page link and description of an Experience entry.

        The entry's text runs are title, "Company · Employment type", dates, place (real
        2026 card); its description is an expandable text box.
        """
        runs = [r for r in (visible_text(p) for p in find_all(item, sel.ITEM_RUNS)) if r]
        company = runs[1].split(" · ")[0].strip() if len(runs) > 1 else None
        return Position(
            title=runs[0] if runs else None,
            company=company or None,
            company_linked=find(item, sel.ITEM_COMPANY_LINK) is not None,
            has_description=find(item, sel.ABOUT_TEXT) is not None,
        )

    def read_skill(self, item: Element) -> Skill | None:
        """A skill entry: its name (first run) and an endorsement count where one is printed.

        The real 2026 card prints none: its runs are the name and where the skill was used
        ("<title> bei <company>"); the endorse button's label is not a run.
        """
        runs = [t for t in (visible_text(p) for p in find_all(item, sel.ITEM_RUNS)) if t]
        if not runs:
            return None
        endorsements = next(
            (parse_count(r) for r in runs[1:] if ui_words.has("endorsements", r)), None
        )
        return Skill(name=runs[0], endorsements=endorsements)

    def read_skills(self, items: list[Element]) -> list[Skill]:
        """The skills of a list's skill entries (an entry without a name left out)."""
        return [s for s in (self.read_skill(item) for item in items) if s is not None]
